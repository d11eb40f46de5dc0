"""Issue 11 (the Events list's keys ≤ 8 ms), session 63, scale69: the views the list's
next PageDown and End reveal, laid out while the app waits, in the cases list57 left to
the key.

At 1 000 events ``make bench`` (int63) had End at 43 ms and the PageDowns that scroll
at 39-71 ms, as at 100 000: the key's reveal laid the view out in its frame because
(1) the event End selects sits in a "+N" badge where the view scrolls to, and the work
ahead prepared nothing for an event drawn out of a badge (the reveal zooms no further
but still scrolls there); (2) after a key that moved the current row but not the view,
nothing asked the list for its next keys' events again; (3) the view there wants the
other compact-lanes choice, and only the view's own choice was laid out.

These tests count layouts (never time), and compare what the keys leave on screen,
in Details and in the selection with the same keys pressed with nothing prepared.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from test_list53_keys import _afresh, _frame, _key, _shown
from test_list57_reveal_ahead import _rested, made  # noqa: F401 - (a fixture)
from test_view_ride import _on_screen

from benchmarks.synthetic import synthetic_timeline
from timeline_app.ui.timeline_view import TimelineView


def _synthetic(window) -> list[str]:  # type: ignore[no-untyped-def]
    """``make bench``'s timeline of 1 000 events at Fit All in its 1600x900 timeline, the
    Events list focused with no current row; the ids in the list's order."""
    window.document.replace_timeline(synthetic_timeline(1000, seed=1), None)
    view = window.view
    for _ in range(3):  # (the window's layout settles in a turn or two)
        viewport = view.viewport()
        window.resize(window.width() + 1600 - viewport.width(),
                      window.height() + 900 - viewport.height())
        _frame()
    view.fit_all()
    _frame()
    window.event_list.setFocus()
    _frame()
    model = window.event_list.model()
    return [model.event_id(row) for row in range(model.rowCount())]


def _state(window) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """What the user sees once the keys stop: the view's place, the selection, the
    current row, Details' text and the view's pixels."""
    view, table = window.view, window.event_list
    _shown(window, view)
    return (view._origin, view._px_per_day, view.verticalScrollBar().value(),
            view._compact_lanes, window.selection.event_ids, table.currentIndex().row(),
            window.detail_pane.toPlainText(), _on_screen(view).tobytes())


def _keys(qtbot, keys: list[Qt.Key], prepared: bool) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """``keys`` pressed in the Events list of a new main window (as the ``window``
    fixture's), each after a pause (the reveals prepared while the app waits, or none:
    ``set_reveal_candidates(None)``); what they leave."""
    from timeline_app.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    _synthetic(window)
    view = window.view
    if not prepared:
        view.set_reveal_candidates(None)
    for key in keys:
        _rested(view)
        _key(window.event_list, key)
    state = _state(window)
    window.document.undo_stack.setClean()
    window.close()
    return state


def test_end_finds_its_view_laid_out_when_its_event_is_in_a_badge(window, made):  # type: ignore[no-untyped-def]  # noqa: F811
    ids = _synthetic(window)
    view, table = window.view, window.event_list
    _key(table, Qt.Key.Key_PageDown)
    _rested(view)
    made.clear()
    _key(table, Qt.Key.Key_End)
    assert window.selection.event_id == ids[-1]
    # int63: End's view, where its event is drawn out of a "+N" badge, laid out in the key
    assert "layout" not in made
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0
    window.document.undo_stack.setClean()


def test_a_key_within_the_view_prepares_the_next_keys_views(window, made):  # type: ignore[no-untyped-def]  # noqa: F811
    _synthetic(window)
    view, table = window.view, window.event_list
    _key(table, Qt.Key.Key_PageDown)
    _rested(view)
    scrolled = 0
    for _ in range(12):
        before = (view._origin, view._px_per_day)
        made.clear()
        _key(table, Qt.Key.Key_PageDown)
        if (view._origin, view._px_per_day) != before:
            scrolled += 1
            # int63: after PageDowns within the view the one that scrolled laid it out
            assert "layout" not in made
            _shown(window, view)
            assert (_on_screen(view) != _afresh(view)).sum() == 0
        _rested(view)
    assert scrolled
    window.document.undo_stack.setClean()


@pytest.mark.parametrize("keys", [
    [Qt.Key.Key_End],
    [Qt.Key.Key_PageDown, Qt.Key.Key_End],
    [Qt.Key.Key_PageDown] * 6,
    [Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_Home,
     Qt.Key.Key_PageDown],
])
def test_keys_leave_what_they_leave_with_nothing_prepared(qtbot, keys):  # type: ignore[no-untyped-def]
    # (a first window leaves its docks' sizes in the settings, which the next ones
    # start from: the lanes' height, and so the vertical scroll, differ after it)
    _keys(qtbot, keys[:1], prepared=False)
    plain = _keys(qtbot, keys, prepared=False)
    ahead = _keys(qtbot, keys, prepared=True)
    assert ahead[:-1] == plain[:-1]
    assert np.array_equal(np.frombuffer(ahead[-1], np.uint8),  # type: ignore[arg-type]
                          np.frombuffer(plain[-1], np.uint8))  # type: ignore[arg-type]


def test_the_compact_choice_of_ends_view_is_laid_out_too(window, made, monkeypatch):  # type: ignore[no-untyped-def]  # noqa: F811
    ids = _synthetic(window)
    view, table = window.view, window.event_list
    _key(table, Qt.Key.Key_PageDown)
    # The view at the data's end wants compact lanes, the view here not (as in ``make
    # bench``'s window, the other way round): the key lays End's view out twice, the
    # view's choice first, then the one it wants.
    end_day = float(view._origin) + 30_000
    wanted = TimelineView._compact_wanted
    monkeypatch.setattr(TimelineView, "_compact_wanted",
                        lambda self, layout: self._origin > end_day or wanted(self, layout))
    assert not view._compact_lanes
    _rested(view)
    made.clear()
    _key(table, Qt.Key.Key_End)
    assert window.selection.event_id == ids[-1] and view._compact_lanes
    # int63: the layout with compact lanes made in the key's frame
    assert "layout" not in made
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0
    window.document.undo_stack.setClean()
