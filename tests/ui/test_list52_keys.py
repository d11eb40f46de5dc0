"""Issue 11 (the Events list's keys at 100 000 rows ≤ 8 ms), session 47, list52: what
Details and the timeline's reveal redo at each key.

Details laid each new page out (its text shaped to break it into lines), dropped the
glyphs and shaped the text again to draw it (and once more for the text cursor): its
blocks now keep their glyphs from the layout to the paint (``DetailPane._keep_glyphs``).
The reveal of an event the view already draws asked for the view's layout twice and for
the sideways scroll again; it now looks once (``TimelineView.show_drawn_item``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import detail_pane
from timeline_app.ui.view_base import LANE_HEADER, LANES_TOP

LANES = 14


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def _key(widget, key, modifiers=Qt.KeyboardModifier.NoModifier,  # type: ignore[no-untyped-def]
         repeat: bool = False) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, "", repeat))


def _many_lanes(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Talks a day in ``LANES`` lanes over four months, each with a summary and a source
    sentence (more lanes than the view's height shows: the lanes scroll); their ids in
    date order."""
    from timeline_app.core.model import Evidence

    first = dt.date(2025, 1, 6).toordinal()
    events = []
    for i in range(120):
        day = dt.date.fromordinal(first + i)
        events.append(Event(
            f"e{i:03}", f"Round {i} of the talks on the border, in its {i % 7 + 1}th week",
            FuzzyDate.of_day(day), category=f"Track {i % LANES:02}",
            summary=f"The delegations met for the {i}th time and agreed to meet again.",
            location="Geneva" if i % 2 else "Doha",
            evidence=[Evidence(f"The envoys met on {day:%d %B} for round {i}.", 0, 0)]))
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.view.fit_all()
    QApplication.processEvents()
    return [e.id for e in events]


def _blocks(pane):  # type: ignore[no-untyped-def]
    block = pane.document().begin()
    while block.isValid():
        yield block
        block = block.next()


def _pane_picture(pane) -> QImage:  # type: ignore[no-untyped-def]
    return pane.viewport().grab().toImage()


def test_details_keep_the_glyphs_they_laid_out(window, qtbot):  # type: ignore[no-untyped-def]
    ids = _many_lanes(window)
    table = window.event_list
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().row_of(ids[3]), 0))
    _settle(qtbot)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_Up):
        _key(table, key)
        _settle(qtbot)
        pane = window.detail_pane
        event = window.document.timeline.get(window.selection.event_id)
        assert pane.plain_text().startswith(event.title)
        blocks = list(_blocks(pane))
        assert len(blocks) > 5
        # main: no block kept its glyphs (shaped again to be drawn)
        assert all(block.layout().cacheEnabled() for block in blocks)


def test_a_long_page_keeps_no_glyphs(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    ids = _many_lanes(window)
    monkeypatch.setattr(detail_pane, "KEPT_GLYPHS_CHARS", 100)
    window.selection.select(ids[5])
    _settle(qtbot)
    pane = window.detail_pane
    assert pane.document().characterCount() > 100
    assert not any(block.layout().cacheEnabled() for block in _blocks(pane))
    assert pane.plain_text().startswith(window.document.timeline.get(ids[5]).title)


def test_details_after_the_keys_look_as_a_page_laid_out_afresh(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """After keys in the list (single ones and a held one), Details shows the current
    event, pixel for pixel as a page whose glyphs were shaped again for the paint."""
    ids = _many_lanes(window)
    table = window.event_list
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().row_of(ids[0]), 0))
    _settle(qtbot)
    pane = window.detail_pane
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_Down):
        _key(table, key)
        _settle(qtbot)
    for _ in range(4):  # a held Down: Details waits for the key to stop
        _key(table, Qt.Key.Key_Down, repeat=True)
        QApplication.processEvents()
    QApplication.sendEvent(table, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Down,
                                            Qt.KeyboardModifier.NoModifier, "", False))
    _settle(qtbot)
    current = window.selection.event_id
    row = table.currentIndex().row()
    assert current == table.model().event_id(row) == ids[row]
    assert pane.plain_text().startswith(window.document.timeline.get(current).title)
    shown = _pane_picture(pane)
    # the same page laid out again with the glyphs dropped after the layout (as main)
    # the pane's text made larger (Ctrl+wheel): laid out again, its glyphs shaped anew
    pane.zoomIn(2)
    _settle(qtbot)
    zoomed = _pane_picture(pane)
    assert zoomed != shown
    monkeypatch.setattr(detail_pane, "KEPT_GLYPHS_CHARS", -1)
    pane._show(current)
    _settle(qtbot)
    assert not any(block.layout().cacheEnabled() for block in _blocks(pane))
    assert _pane_picture(pane) == zoomed
    pane.zoomOut(2)
    _settle(qtbot)
    assert _pane_picture(pane) == shown


def _rows_on_screen(view) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    top = view.verticalScrollBar().value()
    return top, top + view.viewport().height() - LANES_TOP


def test_the_reveal_of_an_event_drawn_already_looks_at_the_layout_once(window, qtbot):  # type: ignore[no-untyped-def]
    ids = _many_lanes(window)
    view = window.view
    window.resize(1400, 700)  # (the lanes taller than the view: they scroll)
    _settle(qtbot)
    drawn = [i for i in ids if view.has_item(i)]
    assert len(drawn) > 20
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0, "the test needs lanes that scroll"
    looks = [0]
    layout = view._layout

    def counted():  # type: ignore[no-untyped-def]
        looks[0] += 1
        return layout()

    view._layout = counted
    first_lane = [i for i in drawn if window.document.timeline.get(i).category == "Track 00"]
    last_lane = [i for i in drawn
                 if window.document.timeline.get(i).category == f"Track {LANES - 1:02}"]
    for event_id, scroll in ((first_lane[0], bar.maximum()), (last_lane[0], 0),
                             (first_lane[1], None)):
        if scroll is not None:
            bar.setValue(scroll)  # its row off screen: the lanes scroll to it
        window.selection.select(event_id)
        origin = view._origin
        looks[0] = 0
        assert window.reveal_event(event_id)
        assert looks[0] == 1  # main: 2 (has_item, then ensure_visible)
        assert view._origin == origin  # (not moved sideways)
        top, bottom = _rows_on_screen(view)
        rect = view._item_of(layout(), event_id).rect
        assert top <= rect.top() - LANE_HEADER and rect.bottom() <= bottom, (rect, top, bottom)


def test_up_and_down_in_the_list_show_each_event_in_the_view(window, qtbot):  # type: ignore[no-untyped-def]
    ids = _many_lanes(window)
    view = window.view
    window.resize(1400, 700)
    _settle(qtbot)
    table = window.event_list
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().row_of(ids[40]), 0))
    _settle(qtbot)
    for key in [Qt.Key.Key_Down] * 6 + [Qt.Key.Key_Up] * 3:
        _key(table, key)
        _settle(qtbot)
        event_id = window.selection.event_id
        assert view.has_item(event_id)
        item = view._item_of(view._layout(), event_id)
        top, bottom = _rows_on_screen(view)
        assert top <= item.rect.top() - LANE_HEADER and item.rect.bottom() <= bottom
        assert not view.scroll_to_event(event_id, lay_out=False)  # (on screen sideways)
        assert window.detail_pane.plain_text().startswith(
            window.document.timeline.get(event_id).title)


def _count_shown(view) -> list[str]:  # type: ignore[no-untyped-def]
    """The events the view's ``ensure_visible`` is asked for from now on."""
    shown: list[str] = []
    ensure = view.ensure_visible

    def counted(event_id):  # type: ignore[no-untyped-def]
        shown.append(event_id)
        ensure(event_id)

    view.ensure_visible = counted
    return shown


def test_a_held_key_faster_than_frames_moves_the_view_for_its_last_row(window, qtbot):  # type: ignore[no-untyped-def]
    """Auto-repeats that come before the event loop turns (frames slower than the
    keyboard's repeat): each moves the list's row, the view follows the last only."""
    ids = _many_lanes(window)
    view = window.view
    table = window.event_list
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().row_of(ids[10]), 0))
    _settle(qtbot)
    shown = _count_shown(view)
    rows = []
    for _ in range(5):  # no turn of the event loop between them
        _key(table, Qt.Key.Key_Down, repeat=True)
        rows.append(table.currentIndex().row())
        assert window.selection.event_id == ids[rows[-1]]  # (selected at each)
    assert rows == list(range(rows[0], rows[0] + 5))
    assert shown == []  # main: one for each row passed
    QApplication.processEvents()
    assert shown == [ids[rows[-1]]]
    # at a keyboard's pace (the loop turns between repeats) each row is shown
    for _ in range(3):
        _key(table, Qt.Key.Key_Down, repeat=True)
        QApplication.processEvents()
    assert shown[1:] == [ids[rows[-1] + 1], ids[rows[-1] + 2], ids[rows[-1] + 3]]
    QApplication.sendEvent(table, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Down,
                                            Qt.KeyboardModifier.NoModifier, "", False))
    _settle(qtbot)
    event_id = window.selection.event_id
    assert event_id == ids[rows[-1] + 3]
    assert window.detail_pane.plain_text().startswith(
        window.document.timeline.get(event_id).title)
    if view.has_item(event_id):
        item = view._item_of(view._layout(), event_id)
        top, bottom = _rows_on_screen(view)
        assert top <= item.rect.top() - LANE_HEADER and item.rect.bottom() <= bottom


def test_a_row_passed_then_clicked_away_is_not_followed(window, qtbot):  # type: ignore[no-untyped-def]
    ids = _many_lanes(window)
    view = window.view
    table = window.event_list
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().row_of(ids[10]), 0))
    _settle(qtbot)
    shown = _count_shown(view)
    _key(table, Qt.Key.Key_Down, repeat=True)
    window.selection.select(ids[50])  # (a click on the timeline, say) before the turn
    QApplication.processEvents()
    assert ids[11] not in shown


def test_a_key_s_row_is_shown_by_the_reveal_alone(window, qtbot):  # type: ignore[no-untyped-def]
    """A key's row is selected before Qt says it is current: the view scrolled to it as
    it was selected (``ensure_visible``, a layout where it moved), then the reveal moved
    it again (zoomed in out of a badge).  The reveal alone shows it now."""
    ids = _many_lanes(window)
    view = window.view
    table = window.event_list
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().row_of(ids[10]), 0))
    _settle(qtbot)
    calls: list[tuple[str, str]] = []
    reveal = window.reveal_event
    ensure = view.ensure_visible

    def revealed(event_id):  # type: ignore[no-untyped-def]
        calls.append(("reveal", event_id))
        return reveal(event_id)

    def ensured(event_id):  # type: ignore[no-untyped-def]
        calls.append(("ensure", event_id))
        ensure(event_id)

    window.reveal_event = revealed
    view.ensure_visible = ensured
    for key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_Up,
                Qt.Key.Key_Home):
        calls.clear()
        _key(table, key)
        event_id = window.selection.event_id
        assert event_id == ids[table.currentIndex().row()]
        assert calls and calls[0] == ("reveal", event_id), (key, calls)  # main: "ensure"
        _settle(qtbot)
        assert not view.scroll_to_event(event_id, lay_out=False)  # on screen sideways
        assert window.detail_pane.plain_text().startswith(
            window.document.timeline.get(event_id).title)
