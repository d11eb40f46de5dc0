"""Session 42, list47 (issue 11: the Events list's keys at 100 000 rows in ≤ 8 ms): an
event hidden in a "+N" badge is revealed with one layout of the view.

``MainWindow.reveal_event`` zoomed in a quarter of the days at a time and laid the whole
view out at each step (seven layouts, 28 ms of Ctrl+End in the Events list at 100 000
events).  It now works out the zoom that draws the event from the event's own lanes
(``TimelineView.zoom_steps_to_item``) and makes it in one move: the same view as the
steps reached, one layout."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.scale import event_days

MEETINGS = 60


def _crowded_end(window, gaps: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    """Meetings two a day over the last month of a timeline with an event a year from 1950
    on (more titles overlapping in time at Fit All than the lane's rows hold); their ids
    in date order.  ``gaps``: an event in 1950 and one in 1990 instead of one a year (the
    view's scale has gaps' bands)."""
    first = dt.date(2025, 3, 1).toordinal()
    events = [Event(f"m{i:03}", f"Round {i} of the talks on the nuclear programme",
                    FuzzyDate.of_day(dt.date.fromordinal(first + i // 2)), category="meeting")
              for i in range(MEETINGS)]
    events += [Event(f"t{year}", f"Annual review of the treaty, {year}",
                     FuzzyDate.of_ymd(year, 6, 1), category="treaty")
               for year in ((1950, 1990) if gaps else range(1950, 2025))]
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.view.fit_all()
    QApplication.processEvents()
    return [e.id for e in events[:MEETINGS]]


def _count_layouts(view) -> list[int]:  # type: ignore[no-untyped-def]
    """A counter of the view's whole layouts (``_compute_layout``) from now on."""
    made = [0]
    compute = view._compute_layout

    def counted():  # type: ignore[no-untyped-def]
        made[0] += 1
        return compute()

    view._compute_layout = counted
    return made


def _steps(window, event_id: str) -> tuple[int, bool] | None:  # type: ignore[no-untyped-def]
    start, _end = event_days(window.document.timeline.get(event_id))
    return window.view.zoom_steps_to_item(event_id, start + 0.5, 4.0, 8)  # type: ignore[no-any-return]


def test_reveal_lays_the_view_out_once_at_the_least_zoom_that_draws_the_event(window):  # type: ignore[no-untyped-def]
    ids = _crowded_end(window)
    view = window.view
    hidden = [i for i in ids if not view.has_item(i)]
    assert hidden, "the test needs an event in a badge"
    target = max(hidden, key=lambda i: _steps(window, i) or (0, False))
    planned = _steps(window, target)
    assert planned is not None and planned[1] and planned[0] >= 2, planned
    ppd_before = view._px_per_day
    # Not the current event: the current one, counted in a badge on screen, is drawn
    # out of it and not zoomed to (verify64 F9); any other is zoomed to, as before.
    window.selection.select(ids[0] if target != ids[0] else ids[1])
    QApplication.processEvents()
    made = _count_layouts(view)
    assert window.reveal_event(target)
    assert view.has_item(target)
    assert made[0] == 1  # (a layout a step before)
    # The zoom the steps reached: as many of them (each 4 times closer) as planned.
    assert view._px_per_day == ppd_before * 4.0 ** planned[0]
    # and the least that draws it: a quarter as close, it is in a badge again.
    start, _end = event_days(window.document.timeline.get(target))
    view.zoom_by(0.25, anchor_x=view.x_of_day(start + 0.5))
    assert not view.has_item(target)


@pytest.mark.parametrize(("gaps", "zoomed"), [(False, False), (True, False), (False, True)])
def test_ctrl_end_in_the_list_reveals_the_last_event_with_one_layout(window, gaps, zoomed):  # type: ignore[no-untyped-def]
    """``zoomed``: from a view zoomed in on the start of the data, the last event off
    screen: the view is scrolled to it, where it is in a badge, then zoomed in on it,
    and laid out once, at the zoom it shows; the view's own scroll on the selection's
    change laid out the end of the data at the zoom it left at once too (session 43,
    list48)."""
    ids = _crowded_end(window, gaps)
    assert window.view._scale.is_linear != gaps
    view = window.view
    last_id = ids[-1]
    if zoomed:
        view.zoom_by(4.0, anchor_x=0.0)  # (the first years: the meetings off screen)
        x = view.x_of_day(event_days(window.document.timeline.get(last_id))[0])
        assert x > view.viewport().width()
    assert not view.has_item(last_id), "the test needs the last event in a badge"
    table = window.event_list
    table.setFocus()
    QApplication.processEvents()
    made = _count_layouts(view)
    # (End: Ctrl+End moves only the current row since verify58 F10)
    QApplication.sendEvent(table, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_End,
                                            Qt.KeyboardModifier.NoModifier))
    assert window.selection.event_id == last_id
    # drawn out of its badge where it is, not zoomed to (verify64 F9)
    assert view.has_item(last_id) or view.drawn_out_of_badge(last_id)
    assert made[0] <= 1
    QApplication.processEvents()
    assert window.detail_pane.toPlainText().startswith(f"Round {MEETINGS - 1}")


def test_the_probe_leaves_the_view_as_it_was(window):  # type: ignore[no-untyped-def]
    ids = _crowded_end(window)
    view = window.view
    target = next(i for i in ids if not view.has_item(i))
    before = (view._origin, view._px_per_day, view.visible_days())
    planned = _steps(window, target)
    assert planned is not None and planned[1]
    assert (view._origin, view._px_per_day, view.visible_days()) == before


def _key(kind: QEvent.Type, key: Qt.Key, repeat: bool) -> QKeyEvent:
    return QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, "", repeat)


def test_a_held_key_reveals_the_row_it_stops_on_not_each_row(window, qtbot):  # type: ignore[no-untyped-def]
    """Each auto-repeat of a held ↑ selects its row (the timeline's ring follows), but
    the timeline zooms in to draw it out of its badge only for the row the key stops on:
    at the key's release.  Details shows that row then too (session 43, list48)."""
    ids = _crowded_end(window)
    view = window.view
    table = window.event_list
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_End)  # (Ctrl+End moves only the current row)
    assert view.drawn_out_of_badge(ids[-1])  # (not zoomed to: verify64 F9)
    window.view.fit_all()
    QApplication.processEvents()
    shown = view.visible_days()
    for _ in range(3):
        QApplication.sendEvent(table, _key(QEvent.Type.KeyPress, Qt.Key.Key_Up, True))
        QApplication.sendEvent(table, _key(QEvent.Type.KeyRelease, Qt.Key.Key_Up, True))
    assert window.selection.event_id == ids[-4]
    # Details still shows the row the key was pressed on, not each row it passes
    assert window.detail_pane.toPlainText().startswith(f"Round {MEETINGS - 1}")
    assert view.visible_days() == shown  # not zoomed for the rows passed
    assert not view.has_item(ids[-4])
    QApplication.sendEvent(table, _key(QEvent.Type.KeyRelease, Qt.Key.Key_Up, False))
    assert view.drawn_out_of_badge(ids[-4])  # the row it stopped on (verify64 F9)
    assert view.visible_days() == shown
    assert window.detail_pane.toPlainText().startswith(f"Round {MEETINGS - 4}")


def test_details_show_each_row_of_single_presses(window):  # type: ignore[no-untyped-def]
    """A key pressed (not held) shows its row in Details at once, as before."""
    ids = _crowded_end(window)
    table = window.event_list
    table.setFocus()
    table.selectRow(len(ids) - 1 + 75)  # (the last meeting: after the 75 reviews)
    for back in (2, 3):
        QApplication.sendEvent(table, _key(QEvent.Type.KeyPress, Qt.Key.Key_Up, False))
        assert window.detail_pane.toPlainText().startswith(f"Round {MEETINGS - back}")
        QApplication.sendEvent(table, _key(QEvent.Type.KeyRelease, Qt.Key.Key_Up, False))


def test_a_held_key_whose_release_is_not_seen_reveals_its_row_after_a_pause(window, qtbot):  # type: ignore[no-untyped-def]
    ids = _crowded_end(window)
    view = window.view
    table = window.event_list
    table.setFocus()
    table.selectRow(len(ids) - 1 + 75)  # (the last meeting: after the 75 reviews)
    window.view.fit_all()
    QApplication.processEvents()
    QApplication.sendEvent(table, _key(QEvent.Type.KeyPress, Qt.Key.Key_Up, True))
    assert window.selection.event_id == ids[-2]
    assert not view.has_item(ids[-2])
    assert window.detail_pane.toPlainText().startswith(f"Round {MEETINGS - 1}")
    qtbot.waitUntil(lambda: window.detail_pane.toPlainText().startswith(
        f"Round {MEETINGS - 2}"), timeout=2000)
    assert view.drawn_out_of_badge(ids[-2])  # (not zoomed to: verify64 F9)
    assert window.detail_pane.toPlainText().startswith(f"Round {MEETINGS - 2}")


def test_a_held_key_at_the_last_row_still_shows_what_it_held_back(window, qtbot):  # type: ignore[no-untyped-def]
    """A repeat that moves no row (↓ held on the last row) after one that did: the
    held-back row is shown once the key stops, even though the last repeat changed
    nothing."""
    ids = _crowded_end(window)
    table = window.event_list
    table.setFocus()
    last = len(ids) - 1 + 75
    table.selectRow(last - 1)
    QApplication.sendEvent(table, _key(QEvent.Type.KeyPress, Qt.Key.Key_Down, True))
    QApplication.sendEvent(table, _key(QEvent.Type.KeyPress, Qt.Key.Key_Down, True))
    assert table.currentIndex().row() == last
    assert window.detail_pane.toPlainText().startswith(f"Round {MEETINGS - 2}")
    qtbot.waitUntil(lambda: window.detail_pane.toPlainText().startswith(
        f"Round {MEETINGS - 1}"), timeout=2000)
