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

from benchmarks.rows_after_undo_redo import rows as _rows
from benchmarks.rows_after_undo_redo import session_rows
from timeline_app.core import FuzzyDate, Timeline


def test_eleven_undos_and_redos_give_back_the_lanes_rows(window):  # type: ignore[no-untyped-def]
    # eleven steps, as the researcher's: dates moved, events added and removed, a lane
    # changed (the seeded draw 0, which swapped rows before)
    before, after = session_rows(window, 0)
    assert len({row for row in before.values() if row and row[0] == "treaty"}) > 3
    assert {key: (before[key], after[key]) for key in before if before[key] != after[key]} == {}


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


def test_an_event_made_with_a_list_is_still_shown_and_keyed(window):  # type: ignore[no-untyped-def]
    """Nothing stops an ``Event`` made with a list in a field (unhashable): the view's key
    of the contents takes its ``repr`` instead, and a change of it is shown as any."""
    from timeline_app.core import Event

    document, view = window.document, window.view
    key = view._contents_key
    listed = Event("listed", "Talks with a list", FuzzyDate.of_ymd(2025, 3, 1),
                   participants=["Japan", "Korea"])  # type: ignore[arg-type]
    document.add_event(listed)
    assert view._contents_key != key
    document.undo_stack.undo()
    assert view._contents_key == key
