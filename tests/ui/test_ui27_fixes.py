"""Session 21, ui27: new-user trial verify27's leftovers in the view and the editor — an
edit that keeps the dates keeps the event's row (fault 7)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QApplication


def _rows(view, ids):  # type: ignore[no-untyped-def]
    view.viewport().repaint()
    QApplication.processEvents()
    return {event_id: view.event_rect(event_id).y() for event_id in ids}


def test_an_edit_that_keeps_the_dates_keeps_the_events_row(shown_view):
    """verify27, 7: at 100 000 events, Place Geneva → Tokyo moved "Australia and Japan
    finance ministers sign an agreement…" from row 2 to row 4 of the Treaty lane (the
    view put an edited event after every event of its day; packing deals rows in that
    order), and the two below it up a row."""
    from timeline_app.core import Event, FuzzyDate, Timeline

    day = FuzzyDate.of_day(dt.date(2002, 12, 7))
    ids = [f"t{k}" for k in range(4)]
    events = [Event(event_id, f"Treaty number {k} signed", day, category="treaty",
                    location="Geneva") for k, event_id in enumerate(ids)]
    events.append(Event("m", "A meeting elsewhere", FuzzyDate.of_day(dt.date(2003, 6, 1)),
                        category="meeting"))
    view = shown_view(Timeline.from_events(events), size=(1200, 500))
    view.go_to_date(dt.date(2002, 12, 7), 30)
    before = _rows(view, ids)
    assert len(set(before.values())) == 4  # four rows, one per treaty
    document = view._document
    for event_id in ("t0", "t2"):
        event = document.timeline.get(event_id)
        document.update_event(dataclasses.replace(event, location="Tokyo"))
        assert _rows(view, ids) == before, event_id
    document.undo_stack.undo()
    assert _rows(view, ids) == before
    # A date changed and changed back: the event is back in its row too.
    event = document.timeline.get("t1")
    document.update_event(dataclasses.replace(event, date=FuzzyDate.of_day(dt.date(2002, 12, 9))))
    document.update_event(dataclasses.replace(event, title=event.title))
    assert _rows(view, ids) == before
