"""Issue 11 (the Events list's keys at 100 000 rows ≤ 8 ms), session 48, list53: a key's
move of the timeline painted into its frame picture.

A key in the Events list that moved the timeline (its row's event shown: a zoom, a
sideways scroll, the lanes scrolled) had the new view painted straight on the screen, so
the next key, which most often shows the same view again, painted it whole once more: into
the picture its selection's rings are copied from, or as a whole new frame for a scroll of
the lanes.  The view a key moved to is now painted into the picture at once and copied
(``TimelineView.picture_after_key``), as after a jump.  These tests check which paints the
keys make, and that what the screen shows after each key is, pixel for pixel, the view
painted afresh with nothing kept (as main painted every new view), with Details on the
current event and the event on screen.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from test_view_ride import _on_screen, _pixels  # (the backing store's pixels, one way)

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_base import LANES_TOP

LANES = 14


def _frame() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _key(widget, key, modifiers=Qt.KeyboardModifier.NoModifier,  # type: ignore[no-untyped-def]
         repeat: bool = False) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, "", repeat))
    _frame()


def _afresh(view: TimelineView) -> np.ndarray:
    """The view as it stands painted whole, straight, with no picture kept (a new view's
    first paint, as main painted the view a key moved to), selection and all."""
    kept = (view._frame_cache, view._previous_picture, view._painted_key)
    view._frame_cache = view._previous_picture = view._painted_key = None
    try:
        return _pixels(view.viewport().grab().toImage())
    finally:
        view._frame_cache, view._previous_picture, view._painted_key = kept


def _where(view: TimelineView) -> tuple[float, float, int]:
    """Where the view looks (as ``TimelineView.where_shown``)."""
    return (view._origin, view._px_per_day, view.verticalScrollBar().value())


def _talks(window, days: int = 240, per_day: int = 3) -> list[str]:  # type: ignore[no-untyped-def]
    """``per_day`` talks a day in ``LANES`` lanes over ``days`` days (more lanes than the
    view's height shows, and "+N" badges at Fit All: the keys scroll, zoom and move the
    view); their ids in date order."""
    first = dt.date(2025, 1, 6).toordinal()
    events = []
    for i in range(days * per_day):
        day = dt.date.fromordinal(first + i // per_day)
        events.append(Event(
            f"e{i:04}", f"Round {i} of the talks on the border",
            FuzzyDate.of_day(day), category=f"Track {i % LANES:02}",
            summary=f"The delegations met for the {i}th time."))
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.view.fit_all()
    _frame()
    return [e.id for e in events]


@pytest.fixture
def paints(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The view's whole paints as they come: "straight" (on the screen), "picture" (into
    the frame picture); a strip's paint (``_scroll_picture``) is not one."""
    made: list[str] = []
    paint = TimelineView._paint
    painted_picture = TimelineView._painted_picture
    into_picture = [False]

    def counted(self, painter, picture=False, *args, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("strip") is None and not args:
            made.append("picture" if into_picture[0] else "straight")
        return paint(self, painter, picture, *args, **kwargs)

    def counted_picture(self, reused):  # type: ignore[no-untyped-def]
        into_picture[0] = True
        try:
            return painted_picture(self, reused)
        finally:
            into_picture[0] = False

    monkeypatch.setattr(TimelineView, "_paint", counted)
    monkeypatch.setattr(TimelineView, "_painted_picture", counted_picture)
    return made


def _shown(window, view: TimelineView) -> None:  # type: ignore[no-untyped-def]
    """The current row's event is the selected one, drawn and on screen, and Details
    shows it."""
    table = window.event_list
    event_id = table.model().event_id(table.currentIndex().row())
    assert window.selection.event_id == event_id
    event = window.document.timeline.get(event_id)
    assert event.title in window.detail_pane.toPlainText()
    if view.has_item(event_id):
        rect = view.event_rect(event_id)
    else:  # drawn out of its "+N" badge where the view is (verify64 F9: no zoom in)
        assert view.drawn_out_of_badge(event_id)
        mark = view._selection_mark(view._layout(), event_id)
        rect = mark[1].translated(0, view._content_offset()).toAlignedRect()
    assert view.viewport().rect().intersects(rect)
    assert rect.top() >= LANES_TOP - 1


def test_a_key_that_moves_the_view_paints_its_picture_and_the_next_key_copies_it(
        window, paints):  # type: ignore[no-untyped-def]
    ids = _talks(window)
    view, table = window.view, window.event_list
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().row_of(ids[0]), 0))
    _frame()
    moved_keys = 0
    for _ in range(12):
        before = _where(view)
        paints.clear()
        _key(table, Qt.Key.Key_PageDown)
        _shown(window, view)
        if _where(view) != before:
            moved_keys += 1
            # a new view: painted once, into its picture, which is the view on screen
            assert paints in (["picture"], []), paints  # ([]: a scroll of the picture)
            assert view._frame_cache is not None
            assert view._frame_cache[0] == view._frame_key()
        else:
            assert paints == [], paints  # its selection's rings copied from the picture
        assert (_on_screen(view) != _afresh(view)).sum() == 0
    assert moved_keys >= 3


def test_keys_in_the_list_leave_the_screen_as_a_fresh_paint(window, paints):  # type: ignore[no-untyped-def]
    ids = _talks(window)
    view, table = window.view, window.event_list
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().row_of(ids[5]), 0))
    _frame()
    keys = ([Qt.Key.Key_Down] * 3 + [Qt.Key.Key_PageDown] * 3 + [Qt.Key.Key_End, Qt.Key.Key_Up,
            Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Home, Qt.Key.Key_Down])
    whole = 0
    for key in keys:
        paints.clear()
        _key(table, key)
        whole += len(paints)
        _shown(window, view)
        assert (_on_screen(view) != _afresh(view)).sum() == 0, key
    assert whole <= len(keys)  # (at most one whole paint a key)


def test_a_held_key_that_moves_the_view_paints_its_picture(window, paints, qtbot):  # type: ignore[no-untyped-def]
    """A held key's rows (``EventList.passing``, ``TimelineView.follow_soon``): the view
    that the last of them moved to painted into its picture; the next repeat copies it."""
    ids = _talks(window)
    view, table = window.view, window.event_list
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().row_of(ids[0]), 0))
    _frame()
    moved = 0
    for _ in range(40):
        before = _where(view)
        paints.clear()
        _key(table, Qt.Key.Key_Down, repeat=True)
        if _where(view) != before:
            moved += 1
            assert "straight" not in paints, paints
            assert view._frame_cache is not None
            assert view._frame_cache[0] == view._frame_key()
        assert (_on_screen(view) != _afresh(view)).sum() == 0
    assert moved >= 1
    QApplication.sendEvent(table, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Down,
                                            Qt.KeyboardModifier.NoModifier, "", False))
    qtbot.wait(20)
    _frame()
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0
