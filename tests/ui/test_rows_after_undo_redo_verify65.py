"""Undo and redo give back the rows they took (verify65 F13): after 11 undos and 11 redos
"Framework agreement…" and "Joint exploration zone…" had swapped rows in the Treaty lane,
the content right.  The packing takes the rows an event had before a change as hints
(verify54 F13), so the rows after a redo were dealt by the states the undos passed
through.  The view keeps the rows shown at each content of the timeline it left, known by
a key of the events themselves (``TimelineView._contents_key``), and they are the hints
when the timeline comes back to that content (``_row_hints_of``) — without a slot on the
undo stack's signals: session 52's (``indexChanged``) segfaulted the interpreter inside a
garbage collection and was reverted."""

from __future__ import annotations

import dataclasses
import random

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline


def _rows(view, ids):  # type: ignore[no-untyped-def]
    """Each event's lane and row (its marker's middle, px), None when not drawn alone."""
    view.viewport().repaint()
    QApplication.processEvents()
    rows = {item.event_id: (lane.category, round(item.marker.center().y()))
            for lane in view._layout().lanes for item in lane.items}
    return {event_id: rows.get(event_id) for event_id in ids}


def test_eleven_undos_and_redos_give_back_the_lanes_rows(window):  # type: ignore[no-untyped-def]
    timeline = Timeline(title="Boundary talks")
    for i in range(8):
        timeline.add(Event(f"t{i}", f"Treaty talk number {i} on the framework",
                           FuzzyDate.of_ymd(2026, 6 + i // 3, 1 + 7 * (i % 3)),
                           category="treaty"))
    for i in range(4):
        timeline.add(Event(f"m{i}", f"Meeting {i} of ministers",
                           FuzzyDate.of_ymd(2026, 5 + i, 10), category="meeting"))
    timeline.add(Event("far", "Independence", FuzzyDate.of_ymd(1975, 11, 25),
                       category="event"))
    document, view = window.document, window.view
    document.replace_timeline(timeline, None)
    QApplication.processEvents()
    view.fit_all()
    QApplication.processEvents()
    # eleven steps, as the researcher's: dates moved, events added and removed, a lane
    # changed (a seeded draw that swapped rows before)
    draw = random.Random(0)
    added = 0
    for _ in range(11):
        ids = [event.id for event in document.timeline if event.id != "far"]
        step, event_id = draw.choice(["move", "move", "add", "lane", "remove"]), draw.choice(ids)
        if step == "move":
            document.update_event(dataclasses.replace(
                document.timeline.get(event_id),
                date=FuzzyDate.of_ymd(2026, draw.randint(5, 9), draw.randint(1, 28))))
        elif step == "add":
            added += 1
            document.add_event(Event(f"n{added}", f"New treaty event {added} with a long title",
                                     FuzzyDate.of_ymd(2026, draw.randint(5, 9),
                                                      draw.randint(1, 28)), category="treaty"))
        elif step == "lane":
            document.move_events_to_lane([event_id], draw.choice(["treaty", "meeting"]))
        else:
            document.remove_events([event_id])
        _rows(view, ())
    ids = [event.id for event in document.timeline]
    before = _rows(view, ids)
    assert len({row for row in before.values() if row and row[0] == "treaty"}) > 3
    for _ in range(11):
        document.undo_stack.undo()
        _rows(view, ())
    for _ in range(11):
        document.undo_stack.redo()
        _rows(view, ())
    after = _rows(view, ids)
    assert {key: (before[key], after[key]) for key in ids if before[key] != after[key]} == {}


def test_the_same_edit_undone_by_hand_gives_back_its_rows_too(window):  # type: ignore[no-untyped-def]
    """The contents, not the undo stack, say which rows come back: a date moved and moved
    back by hand is the timeline shown before."""
    document, view = window.document, window.view
    before = _rows(view, [event.id for event in document.timeline])
    event = document.timeline.events[3]
    document.update_event(dataclasses.replace(event, date=FuzzyDate.of_ymd(2025, 1, 1)))
    _rows(view, ())
    document.update_event(event)
    assert _rows(view, list(before)) == before


def test_the_view_listens_to_no_signal_of_the_undo_stack(qtbot):  # type: ignore[no-untyped-def]
    """The rows come back without a slot of the view on the undo stack (the reverted
    edit60's crashed the interpreter when the stack was cleared in a garbage
    collection)."""
    from PySide6.QtCore import SIGNAL

    from timeline_app.document import Document
    from timeline_app.selection import EventSelection
    from timeline_app.ui.timeline_view import TimelineView

    document = Document(Timeline(title="Empty"))
    stack = document.undo_stack
    signals = ("indexChanged(int)", "cleanChanged(bool)", "canUndoChanged(bool)",
               "canRedoChanged(bool)", "undoTextChanged(QString)", "redoTextChanged(QString)")
    before = [stack.receivers(SIGNAL(signal)) for signal in signals]
    view = TimelineView(document, EventSelection())
    qtbot.addWidget(view)
    assert [stack.receivers(SIGNAL(signal)) for signal in signals] == before
