"""Issue 11 (the Events list's keys at 100 000 rows ≤ 8 ms), session 59, open61: a key whose
row's event the timeline must zoom to or scroll sideways to shows the list's row first,
the timeline right after (``EventList._show_rows_first``).

End or the first PageDown from Fit All of a crowded timeline selects an event a density
draws no title of: ``MainWindow.reveal_event`` zooms in and lays a new view out, and the
list's new row was painted only after that, with the timeline.  These tests look at what
the list's own paints saw (never at times), and compare the screen with a fresh paint.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from test_list53_keys import _afresh, _frame, _key, _shown
from test_list56_first_key import _crowded
from test_view_ride import _on_screen

from timeline_app.ui.event_list import EventList


class _ListPaints(QObject):
    """Each paint of the list's rows while ``on``: (the current row, where the timeline
    looked: ``TimelineView.where_shown``, whether the selected event is drawn as an item
    of its own then)."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window = window
        self.on = False
        self.seen: list[tuple[int, tuple[float, float, int], bool]] = []
        window.event_list.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.on and event.type() == QEvent.Type.Paint:
            view = self.window.view
            selected = self.window.selection.event_id
            self.seen.append((self.window.event_list.currentIndex().row(), view.where_shown(),
                              bool(selected) and view.has_item(selected)))
        return False


def _pressed(window: Any, key: Qt.Key) -> _ListPaints:
    """``key`` pressed in the Events list, its list paints noted until its frame ends."""
    paints = _ListPaints(window)
    paints.on = True
    QApplication.sendEvent(window.event_list, QKeyEvent(
        QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "", False))
    _frame()
    paints.on = False
    return paints


def test_end_from_fit_all_shows_the_last_row_before_the_timeline_zooms(window):  # type: ignore[no-untyped-def]
    ids = _crowded(window)
    view, table = window.view, window.event_list
    assert table.viewport().isVisible()  # (docked below the timeline, as on a desktop)
    before = view.where_shown()
    paints = _pressed(window, Qt.Key.Key_End)
    assert window.selection.event_id == ids[-1]
    assert view.has_item(ids[-1]) and view.where_shown() != before  # zoomed in on it
    # The list's first paint after the key showed the last row with the timeline still
    # at Fit All: main painted it only with the zoomed view (the reveal first).
    assert paints.seen
    row, where, drawn = paints.seen[0]
    assert row == len(ids) - 1
    assert where == before and not drawn
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0


def test_the_first_page_down_then_end_each_show_the_row_first(window):  # type: ignore[no-untyped-def]
    ids = _crowded(window)
    view = window.view
    for key, wanted in ((Qt.Key.Key_PageDown, ids[0]), (Qt.Key.Key_End, ids[-1])):
        before = view.where_shown()
        paints = _pressed(window, key)
        assert window.selection.event_id == wanted and view.where_shown() != before
        assert paints.seen and paints.seen[0][1] == before
        # (the previous event's ring gone, the new one's drawn: the screen is a fresh paint)
        _shown(window, view)
        assert (_on_screen(view) != _afresh(view)).sum() == 0


@pytest.fixture
def shown_first(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The events whose rows a key showed before their reveal (``_show_rows_first``)."""
    shown: list[str] = []
    real = EventList._show_rows_first

    def noted(self: EventList) -> None:
        if self._pick_after_paint:
            shown.append(self._pick_after_paint)
        real(self)

    monkeypatch.setattr(EventList, "_show_rows_first", noted)
    return shown


def test_a_row_drawn_where_the_timeline_stands_is_shown_with_it(window, shown_first):  # type: ignore[no-untyped-def]
    """Down to an event the view draws already: one paint of the window, the reveal
    inside the key as before (no paint of the list before it)."""
    ids = _crowded(window)
    view, table = window.view, window.event_list
    _key(table, Qt.Key.Key_PageDown)  # (zoomed in on the first event: its neighbours drawn)
    assert view.has_item(ids[0])
    shown_first.clear()
    assert view.draws_in_view(ids[1])
    paints = _pressed(window, Qt.Key.Key_Down)
    assert window.selection.event_id == ids[1]
    assert not shown_first
    assert paints.seen and all(drawn for _row, _where, drawn in paints.seen)
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0


def test_a_list_off_screen_leaves_the_reveal_to_the_key(window, monkeypatch, shown_first):  # type: ignore[no-untyped-def]
    ids = _crowded(window)
    view, table = window.view, window.event_list
    monkeypatch.setattr(type(table.viewport()), "isVisible", lambda _self: False)
    _key(table, Qt.Key.Key_End)
    assert window.selection.event_id == ids[-1] and view.has_item(ids[-1])
    assert not shown_first


def test_rings_waiting_for_a_reveal_that_never_comes_are_painted_at_the_next_turn(window):  # type: ignore[no-untyped-def]
    ids = _crowded(window)
    view = window.view
    _key(window.event_list, Qt.Key.Key_PageDown)  # (zoomed in: the first events drawn)
    view.reveal_follows(ids[1])  # (announced, as the list's ``picking`` does) ...
    window.selection.select(ids[1])
    assert view._rings_after_reveal is not None  # ... its rings wait for the reveal
    _frame()  # ... which never comes: painted all the same
    assert view._rings_after_reveal is None
    assert (_on_screen(view) != _afresh(view)).sum() == 0


def test_a_marker_at_the_edge_counts_as_moving_the_view_and_shows_the_row_first(  # type: ignore[no-untyped-def]
        window, shown_first):
    """An item whose plate begins inside the view but whose marker stands 6-8 px from
    the left edge is drawn there, yet the reveal centres it (``scroll_to_event``'s
    margin, ``ON_SCREEN_MARGIN_PX``): ``draws_in_view`` says it moves the view, so the
    list shows the row first.  It said "drawn in view" until session 66 (scale77), and
    the list's row waited for the timeline's new layout (Up at 100 000 events: "its
    row shown" 8.1 ms in ``make bench``)."""
    from timeline_app.ui.scale import event_days, point_day
    from timeline_app.ui.view_fit import ON_SCREEN_MARGIN_PX

    ids = _crowded(window)
    view, table = window.view, window.event_list
    _key(table, Qt.Key.Key_PageDown)  # (zoomed in on the first event: its neighbours drawn)
    _key(table, Qt.Key.Key_Down)
    target = ids[2]
    event = window.document.timeline.get(target)
    x = view.x_of_day(point_day(event, event_days(event)[0]))
    # The view moved sideways so the target's marker stands 7 px from the left edge.
    view._set_origin(view._origin + (x - (ON_SCREEN_MARGIN_PX - 1)) / view._px_per_day)
    _frame()
    item = view._item_of(view._layout(), target)
    assert item is not None and item.rect.left() >= 0  # (its plate inside the view)
    assert not view.draws_in_view(target)
    before = view.where_shown()
    shown_first.clear()
    paints = _pressed(window, Qt.Key.Key_Down)
    assert window.selection.event_id == target
    assert shown_first == [target]  # the row first ...
    assert paints.seen and paints.seen[0][1] == before
    assert view.where_shown() != before  # ... then the timeline moved to it
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0


def test_drawn_in_view_means_the_reveal_moves_nothing_sideways(window):  # type: ignore[no-untyped-def]
    """Every event ``draws_in_view`` says is drawn is one ``scroll_to_event`` leaves where
    it stands (the list's promise: no layout after the row is painted with the timeline),
    with its marker brought to each of a few pixels about the left edge's margin."""
    from timeline_app.ui.scale import event_days, point_day

    ids = _crowded(window)
    view, table = window.view, window.event_list
    _key(table, Qt.Key.Key_PageDown)
    origin = view._origin
    drawn = list(view._layout().items_by_id)[:6]
    checked = 0
    for event_id in drawn:
        event = window.document.timeline.get(event_id)
        for at in (4.0, 6.5, 7.0, 7.9, 8.0, 9.0):
            view._set_origin(origin)
            x = view.x_of_day(point_day(event, event_days(event)[0]))
            view._set_origin(origin + (x - at) / view._px_per_day)
            _frame()
            if view.draws_in_view(event_id):
                kept = view._origin
                assert not view.scroll_to_event(event_id, lay_out=False)
                assert view._origin == kept
                checked += 1
    assert checked >= 6 and ids
