"""iCalendar (RFC 5545) export, written with the ``icalendar`` library.

Each event becomes an all-day ``VEVENT``: a day as that day, a month, a part of a year, a
year or a decade as the span of days it covers (``DTEND`` exclusive, as RFC 5545 §3.6.1
requires for ``DATE`` values), with the precision and "circa" stated in the description,
since calendars have no notion of either.  ``UID`` is stable (``<event id>@diplomatic-timeline``)
so that re-importing an updated export updates the calendar rather than duplicating it;
``CATEGORIES`` is the lane and ``LOCATION`` the place.
"""

from __future__ import annotations

import datetime as _dt

from ..core.model import Timeline

__all__ = ["UID_DOMAIN", "dumps_icalendar"]

UID_DOMAIN = "diplomatic-timeline"


def dumps_icalendar(timeline: Timeline, stamp: _dt.datetime | None = None) -> bytes:
    """The timeline as an iCalendar file.

    Args:
        timeline: The events to write.
        stamp: ``DTSTAMP`` of every event (UTC); default now.  Fixed in tests.

    Returns:
        The ``.ics`` bytes (UTF-8, CRLF, folded lines).
    """
    import icalendar

    stamp = stamp or _dt.datetime.now(_dt.UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Diplomatic Timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", timeline.title)
    for event in timeline:
        last = event.end if event.end is not None else event.date
        try:
            first_day, end_day = event.date.start, last.end
        except (ValueError, OverflowError):
            continue  # before AD 1: calendars cannot hold it
        entry = icalendar.Event()
        entry.add("uid", f"{event.id}@{UID_DOMAIN}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", first_day)
        entry.add("dtend", end_day)
        entry.add("summary", event.title)
        when = event.date.describe() + (f" – {event.end.describe()}" if event.end else "")
        lines = [f"Date: {when} (precision: {event.date.precision_words()})"]
        if event.date_basis:
            lines.append(f"How the date was found: {event.date_basis}")
        if event.participants:
            lines.append("Participants: " + ", ".join(event.participants))
        if event.summary:
            lines.append(event.summary)
        if event.evidence:
            lines.append("Source: \u201c" + event.evidence[0].sentence + "\u201d")
        entry.add("description", "\n\n".join(lines))
        entry.add("categories", [event.category])
        if event.location:
            entry.add("location", event.location)
        if event.date.circa:
            entry.add("x-diplomatic-timeline-circa", "TRUE")
        calendar.add_component(entry)
    data: bytes = calendar.to_ical()
    return data
