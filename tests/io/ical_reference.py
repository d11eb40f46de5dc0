"""The iCalendar export as it was written before session 9 (one ``icalendar.Calendar``
tree per file): the reference that ``io.ical.icalendar_pieces`` must match byte for byte."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core.model import Timeline
from timeline_app.io.exchange import display_category, event_fields, timeline_fields
from timeline_app.io.ical import (
    OURS,
    SEQUENCE_FROM,
    UID_DOMAIN,
    _json_text,
    calendar_status,
    calendar_title,
    event_description,
    one_day_entry,
)


def library_calendar(timeline: Timeline, stamp: _dt.datetime) -> bytes:
    """``timeline`` as the ``icalendar`` library writes a whole calendar of it."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Diplomatic Timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", icalendar.vText(timeline.title))
    if timeline.description:
        calendar.add("x-wr-caldesc", icalendar.vText(timeline.description))
    calendar.add(OURS, icalendar.vText(_json_text(timeline_fields(timeline))))
    for event in timeline:
        last = event.end if event.end is not None else event.date
        try:
            first_day, end_day = event.date.start, last.end
        except (ValueError, OverflowError):
            continue
        if one_day_entry(event):  # (a week an article named: one entry, verify63 F6)
            end_day = first_day + _dt.timedelta(days=1)
        entry = icalendar.Event()
        entry.add("uid", f"{event.id}@{UID_DOMAIN}")
        entry.add("dtstamp", stamp)
        entry.add("sequence", int((stamp - SEQUENCE_FROM).total_seconds() // 60))
        entry.add("last-modified", stamp)
        entry.add("transp", "TRANSPARENT")
        entry.add("dtstart", first_day)
        entry.add("dtend", end_day)
        entry.add("summary", calendar_title(event))
        # (the words are the export's own; what is compared is how they are encoded)
        entry.add("description", event_description(event, timeline.sources))
        entry.add("categories", [display_category(event.category)])
        if event.location:
            entry.add("location", event.location)
        if calendar_status(event) is not None:  # (verify71 F8)
            entry.add("status", calendar_status(event))
        if event.date.circa:
            entry.add("x-diplomatic-timeline-circa", "TRUE")
        entry.add(OURS, icalendar.vText(_json_text(event_fields(event))))
        calendar.add_component(entry)
    data: bytes = calendar.to_ical()
    return data
