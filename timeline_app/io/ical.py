"""iCalendar (RFC 5545) import and export, with the ``icalendar`` library.

Each event becomes an all-day ``VEVENT`` over the days its date covers: a day as that day,
a single date not known to the day (a month, a part of a year, a year, a decade) from its
first day to its last, a span from its start's first to its end's last, whatever their
precision (``DTEND`` exclusive, as RFC 5545 §3.6.1 requires for ``DATE`` values: "May 2020
– 21 October 2024" from 1 May 2020 to 22 October 2024, verify61 F14; "the early 1990s"
from 1 January 1990 to 31 December 1993, verify70 F14), a week an article named as one
entry on its Monday (``one_day_entry``); a date or an end not
known to the day is in words in the title (``dated_in_title``, ``calendar_title``), the
precision and "circa" stated in the description too, since calendars have no notion of
either. Every entry is
``TRANSP:TRANSPARENT`` and has a ``SEQUENCE`` and ``LAST-MODIFIED`` of the export's moment
(``stamp_lines``), so that a calendar sent again updates the entries it had. A day with a
time of day is a timed ``VEVENT`` instead (``DATE-TIME``, RFC 5545 §3.3.5): a UTC time with
``Z``, a time with another UTC offset in that offset's fixed zone or as the same instant in
UTC (RFC 5545 has no numeric offsets, only ``TZID``s, and an offset names no zone), and a
local time written without an offset in the zone of the event's place, else of its article's
dateline (``core.time_zones``: "10:30" of a Seoul meeting is ``TZID=Asia/Seoul``, with the
zone's ``VTIMEZONE``); only a time whose place nothing tells stays floating, which calendars
show at their reader's own clock (§3.3.5's first form), and the export's message counts
those. Our own property keeps the time as written. ``UID`` is stable (``<event
id>@diplomatic-timeline``) so that re-importing an updated export updates the calendar
rather than duplicating it; ``CATEGORIES`` is the lane and ``LOCATION`` the place. Our own
fields (precision, part of year, circa, participants, evidence, date basis; at the calendar
level every document field of the native format, ``exchange.timeline_fields``: title,
description, lane colours, sources) travel as JSON in one ``X-DIPLOMATIC-TIMELINE``
property, so that our own round trip is lossless; other calendar programs ignore it (RFC
5545 §3.8.8.2), and may drop it when they write the file again: then the description our
export wrote ("Date: c. January 2025 (precision: month, circa)", "How the date was found:
…", "Participants: …", the summary, "Source: “…”") is read back (see ``_labelled``).

Import reads any calendar: each ``VEVENT`` becomes an event of day precision — ``DTSTART``'s
day (a date-time's day where it was written; a UTC time in the calendar's ``X-WR-TIMEZONE``),
ending on the last day ``DTEND`` (exclusive for dates, RFC 5545 §3.6.1) or ``DURATION``
covers (a timed event shorter than a day is on its start day only, even past midnight); a
date-time's time of day is kept on its day, with the UTC offset it has there (a ``TZID``'s
zone or ``X-WR-TIMEZONE`` converts a UTC time honestly, by the zone's rules; a floating
time has none), and a timed end on its day when it is not midnight;
``SUMMARY`` the title, ``DESCRIPTION`` the summary, with the times of day, how the
event repeats and, for more than one category, all of them ("Categories: …") added to it;
``LOCATION`` the place, the first of the ``CATEGORIES`` the lane, ``ATTENDEE``/``ORGANIZER``
names the participants.  A recurring event is on the timeline once, at its first time; the
summary after the import says how many recurred; to-dos, journal entries and events without
a start are counted and left out.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..core.clock import ClockTime
from ..core.dates import FuzzyDate, Precision, from_day_number
from ..core.merge import correction_notes_last, is_correction_note, readable_basis
from ..core.model import Event, Evidence, Source, Timeline
from ..core.names import name_list, split_name_list
from ..core.occurrence import NOT_HELD_SUFFIX, SCHEDULED_SUFFIX, not_held_note_of
from ..core.plans import was_words, without_was
from ..core.status import status_told_first, without_status_told_first
from ..core.time_zones import zone_of_place
from ..core.weeks import WEEK_DAYS, WEEK_PRECISION, told_week, week_words
from ..words import counted, same_words, shortened
from .errors import FormatError, go_on
from .exchange import (
    ImportNotes,
    ImportResult,
    category_from_display,
    colors_from_fields,
    date_from_fields,
    dated_first,
    described_date,
    display_category,
    edited_note,
    era_lanes_read,
    event_fields,
    evidence_from_fields,
    hand_read,
    known_sources_only,
    labelled_note,
    order_from_fields,
    reference_paragraphs,
    source_paragraph,
    sources_from_fields,
    status_from_fields,
    status_paragraph,
    take_label,
    take_references,
    take_sentences,
    take_status,
    tellers,
    timeline_fields,
    with_edits,
)

__all__ = ["FORMAT_WORDS", "OURS", "SEQUENCE_FROM", "UID_DOMAIN", "calendar_status",
           "calendar_title", "clock_zone", "date_words", "dated_in_title", "dumps_icalendar",
           "event_description", "export_losses", "icalendar_pieces", "loads_icalendar",
           "one_day_entry", "stamp_lines"]

UID_DOMAIN = "diplomatic-timeline"
FORMAT_WORDS = "iCalendar"
#: The property holding our own fields (JSON), on each VEVENT and on the VCALENDAR.
OURS = "X-DIPLOMATIC-TIMELINE"
#: The label of the description's date basis paragraph (:func:`_vevent`).
_BASIS = "How the date was found: "


def export_losses(timeline: Timeline) -> list[str]:
    """What :func:`dumps_icalendar` leaves out of ``timeline`` or cannot say as written: a
    line with the count and titles of events before AD 1 (calendars count days from AD 1),
    and a line with those whose time of day is written floating (no offset given, and
    neither their place nor their article's dateline names a known zone: a calendar shows
    "10:30" at its reader's own clock, RFC 5545 §3.3.5), or nothing."""
    lines = []
    left_out = [e for e in timeline
                if not e.date.fits_datetime or not (e.end or e.date).fits_datetime]
    if left_out:
        noun = "event" if len(left_out) == 1 else "events"
        lines.append(f"{len(left_out)} {noun} before AD 1 left out: {_titles(left_out)}")
    # By identity, not ``e not in left_out``: each test compared Event dataclasses
    # field by field, 16 million of them for 100 000 events with 164 before AD 1 — the
    # ~19 s the export's dialog sat at 100 % after the file was written (verify60 F13).
    outside = {id(e) for e in left_out}
    floating = [e for e in timeline if id(e) not in outside and _floating_time(e)
                and clock_zone(e, timeline.sources) is None]
    if floating:
        lines.append(f"{counted(len(floating), 'time')} of day written without a time zone "
                     "(no place or dateline gives one; a calendar shows it at its reader's "
                     f"clock): {_titles(floating)}")
    return lines


def _titles(events: list[Event]) -> str:
    """The first five titles, quoted and shortened, and how many more."""
    names = ", ".join(f"\u201c{shortened(e.title)}\u201d" for e in events[:5])
    return names + (f" and {len(events) - 5} more" if len(events) > 5 else "")


def _floating_time(event: Event) -> bool:
    """Whether ``event``'s date or end has a time of day without a UTC offset."""
    return any(date is not None and date.time is not None and date.time.offset is None
               for date in (event.date, event.end))


def clock_zone(event: Event, sources: dict[str, Source]) -> str | None:
    """The tz database zone ``event``'s times of day without an offset are written in
    (``core.time_zones.zone_of_place``): its place's ("Tokyo", "Munich, Germany"), else the
    dateline place of its article (``Event.source_id``: "SEOUL, March 22 (Yonhap)"); the
    time was the local clock of where it happened, as a wire story gives it ("10:30 local
    time"), and a story filed there tells of it.  ``None`` when the event has no such time,
    or neither place is known (a state of several clocks, "United States", names none): the
    time is then written floating."""
    return _place_zone(event, sources) if _floating_time(event) else None


def _place_zone(event: Event, sources: dict[str, Source]) -> str | None:
    """:func:`clock_zone` of an event known to have a time without an offset."""
    zone = zone_of_place(event.location)
    if zone is None and event.source_id is not None:
        source = sources.get(event.source_id)
        zone = zone_of_place(source.dateline_place) if source is not None else None
    return zone if zone is not None and _zone_info(zone) is not None else None


@lru_cache(maxsize=512)
def _zone_info(name: str) -> _dt.tzinfo | None:
    """The ``zoneinfo`` zone ``name``, or ``None`` where Python has no tz data for it."""
    import zoneinfo

    try:
        return zoneinfo.ZoneInfo(name)
    except (ValueError, zoneinfo.ZoneInfoNotFoundError):
        return None


def _now() -> _dt.datetime:
    """The export's ``DTSTAMP`` when none is given: now, in UTC (tests replace this)."""
    return _dt.datetime.now(_dt.UTC)


def dumps_icalendar(timeline: Timeline, stamp: _dt.datetime | None = None) -> bytes:
    """The timeline as an iCalendar file.

    Args:
        timeline: The events to write.
        stamp: ``DTSTAMP`` of every event (UTC); default now.  Fixed in tests.

    Returns:
        The ``.ics`` bytes (UTF-8, CRLF, folded lines): :func:`icalendar_pieces` joined.
    """
    return "".join(icalendar_pieces(timeline, stamp)).encode("utf-8")


_CALENDAR_END = "END:VCALENDAR\r\n"


def icalendar_pieces(timeline: Timeline, stamp: _dt.datetime | None = None) -> Iterator[str]:
    """The text of :func:`dumps_icalendar`, one piece at a time: the calendar's head, then
    one ``VEVENT`` per event in timeline order ("" for an event before AD 1, which calendars
    cannot hold), then ``END:VCALENDAR``.

    Each line is written here as the ``icalendar`` library writes it (properties in its
    canonical order, TEXT escaped as RFC 5545 §3.3.11 says, lines folded at 75 octets, §3.1): the
    library holds a whole calendar as one tree of objects and took ~290 µs and ~13 KB per
    event (a 1 000 000-event export grew past 11 GB and never finished: new-user trial 10,
    issue 11).  ``tests/io/test_io_export_stream.py`` checks the bytes against the library's.

    Args:
        timeline: The events to write.
        stamp: ``DTSTAMP`` of every event (UTC); default now.

    Yields:
        Text pieces whose concatenation is the whole file (CRLF line ends).
    """
    stamp = stamp or _now()
    # The calendar's own lines, in the library's canonical order.  Written here too: the
    # library folded the line of the sources' JSON (~100 MB for 100 100 articles) a
    # character at a time, 3.5 s before the first event.
    ours = _json_text(timeline_fields(timeline))
    yield ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Diplomatic Timeline//EN\r\n"
           # The description where calendars keep theirs (Apple's and Google's
           # ``X-WR-CALDESC``): one that drops our own property keeps it (verify47 F18).
           + (_folded("X-WR-CALDESC:" + _escaped(timeline.description))
              if timeline.description else "")
           + _folded("X-WR-CALNAME:" + _escaped(timeline.title))
           + _folded(f"{OURS}:" + _escaped(ours)))
    del ours
    yield "".join(_vtimezone(zone, *days) for zone, days in _zones_used(timeline).items())
    lines = stamp_lines(stamp)
    for event in timeline:
        yield _vevent(event, lines, timeline.sources)
    yield _CALENDAR_END


#: ``SEQUENCE`` counts the minutes from this moment to the export (:func:`stamp_lines`).
SEQUENCE_FROM = _dt.datetime(2000, 1, 1, tzinfo=_dt.UTC)


def stamp_lines(stamp: _dt.datetime) -> tuple[str, str, str]:
    """The ``DTSTAMP``, ``SEQUENCE`` and ``LAST-MODIFIED`` lines of every entry of an
    export made at ``stamp`` (UTC).

    RFC 5545 §3.8.7.4: a calendar takes an entry with a known ``UID`` as the newer version
    of it when its ``SEQUENCE`` is higher; without one (0) a re-sent calendar with a moved
    date may be ignored or doubled (verify58 F18).  The app keeps no count of each event's
    revisions from one session to the next, so every export's entries carry the minutes
    from ``SEQUENCE_FROM`` (2000-01-01 UTC) to the export (13 904 640 on 2026-06-09),
    which grow from one export to the next (an integer of 32 bits until the year 6083);
    an unchanged event is then taken as updated to itself.  ``LAST-MODIFIED`` (§3.8.7.3)
    is the export's moment too: the calendar's copy was last revised then."""
    import icalendar

    moment = icalendar.vDDDTypes(stamp).to_ical().decode("ascii")
    utc = stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=_dt.UTC)
    minutes = max(0, int((utc - SEQUENCE_FROM).total_seconds() // 60))
    return (f"DTSTAMP:{moment}\r\n", f"SEQUENCE:{minutes}\r\n",
            f"LAST-MODIFIED:{moment}\r\n")


def event_description(event: Event, sources: dict[str, Source]) -> str:
    """The ``DESCRIPTION`` of ``event``'s ``VEVENT``: "Date: … (precision: …)", "How the date
    was found: …", "Participants: …", the summary's paragraphs that are not a source
    sentence (quoted below anyway, U3), then every source sentence — the one the date was
    read from first — each as ``Source: “…” — AFP`` with who told it
    (``exchange.source_paragraph``).  Only the first sentence was written: a merged event
    dated 10 December quoted AFP's "… on December 12", the date not kept, and the three
    sentences that gave its date were gone (verify42 F10)."""
    # (a week an article named is no known day: "week", as the CSV's Precision, verify72
    # F20)
    week = event.end is not None and told_week(event)
    lines = [f"Date: {date_words(event)} (precision: "
             f"{WEEK_PRECISION if week else event.date.precision_words()})"]
    if event.date_basis:
        lines.append(_BASIS + readable_basis(event.date_basis))  # (verify58 F26)
    lines += status_paragraph(event.status)  # "Status: Disputed" (none if not assessed)
    if event.participants:
        lines.append("Participants: " + name_list(event.participants))
    if event.summary:
        summary = correction_notes_last(event.summary)  # (a wire's note not first: F26)
        paragraphs = summary.split("\n\n")
        kept = [p for p in paragraphs
                if not any(same_words(p, e.sentence) for e in event.evidence)]
        if kept:
            lines.append(summary if len(kept) == len(paragraphs) else "\n\n".join(kept))
    quoted = dated_first(event)
    # (a wire's correction note quoted last, even when it gave the date: the first thing a
    # calendar shows of the attack is the attack, verify58 F26)
    quoted = ([e for e in quoted if not is_correction_note(e.sentence)]
              + [e for e in quoted if is_correction_note(e.sentence)])
    lines += reference_paragraphs(event)
    lines += [source_paragraph(e.sentence, who)
              for e, who in zip(quoted, tellers(event, sources, quoted), strict=True)]
    return "\n\n".join(lines)


def date_words(event: Event) -> str:
    """``event``'s date in words, its end after " – " ("April 2026", "c. 1988",
    "September 2013 – July 2015"), a week an article named as the day of it that it is
    ("some day in the week of 23 November 2026", ``core.weeks``): the description's
    "Date:" line and the words a :func:`one_day_entry`'s title ends with."""
    if event.end is not None and told_week(event):
        return week_words(event)
    return event.date.describe() + (f" \u2013 {event.end.describe()}" if event.end else "")


def one_day_entry(event: Event) -> bool:
    """Whether ``event`` is written as one all-day entry on its first day, its date in
    words in the title (:func:`calendar_title`), not over the days its date covers: only
    a week an article named (``core.weeks.told_week``), which is some day of it, not a
    seven-day stay (verify63 F6: DTEND 20261130 for a visit some day of 23-29 November
    2026), one entry on its Monday titled "… (some day in the week of 23 November 2026)".

    Every other date is an all-day entry over the days it covers, from its first day to
    its last (``DTEND`` the day after, RFC 5545 §3.6.1's exclusive end, as the
    ``icalendar`` library reads it), its date in words in the title when it is not known
    to the day (:func:`dated_in_title`): a month, a season, a year, a decade ("the early
    1990s": 1 January 1990 to 31 December 1993), and a span from its start's first day to
    its end's last day.  Session 54 (verify70 F14) undid verify58 F18's one entry on the
    period's first day: a colleague's calendar showed a war of "the early 1990s" on New
    Year's Day 1990, and "2027" on 1 January 2027, a day nobody named; the period is what
    is known.  A day's time of day is never coarser: timed entries stay as they are.

    A plan (a title ending " (scheduled)") of one date not known to the day, untimed, is
    one entry on its first day too, "(scheduled, spring 2027)" in its title (verify87 F7:
    a visit planned for "2027" filled the whole year of a correspondent's calendar, a
    donors' conference "in the spring" three months): what a reader books is when to
    look out for it, which is when the period opens, and the period's days are a guess
    about a day still to be fixed.  A past event's period is what is known of it, and
    stays its days (verify70 F14's war of the early 1990s)."""
    if event.end is None:
        date = event.date
        return (date.time is None and date.precision is not Precision.DAY
                and _told_ending(event.title) == SCHEDULED_SUFFIX)
    return told_week(event)


def dated_in_title(event: Event) -> bool:
    """Whether ``event``'s calendar title ends with its date in words
    (:func:`calendar_title`): a date or an end not known to the day, or circa, or a part
    of a day — the precision a calendar has no field for (a :func:`one_day_entry`, or a span such as
    "Galwan standoff (May 2020 – 21 October 2024)"), and a week an article named."""
    return _not_to_the_day(event.date, event.end) or one_day_entry(event)


def _not_to_the_day(date: FuzzyDate, end: FuzzyDate | None) -> bool:
    """Whether ``date`` or ``end`` (untimed) is not known to the day, or circa, or names
    a part of its day ("late on 1 December 2026", "1 December 2026, night": no clock
    time, so an all-day entry, and the part a calendar has no field for in the title;
    ext132)."""
    return any(side is not None and side.time is None
               and (side.precision is not Precision.DAY or side.circa
                    or side.day_part is not None)
               for side in (date, end))


def calendar_title(event: Event) -> str:
    """The ``SUMMARY`` of ``event``'s entry: its title, and when :func:`dated_in_title`
    its date in words in brackets ("Galwan standoff (May 2020 – 21 October 2024)"), in
    the brackets of a title's told ending when it has one ("Technical meeting (scheduled,
    spring 2027)", not "… (scheduled) (spring 2027)", two pairs of brackets: verify71
    F8), unless the title already says them ("Saudi Arabia breaks off relations, April
    1988"); a status that warns said first ("Disputed: Faroese officials say …",
    ``core.status.status_told_first``: verify75 F11, the status was only in the
    description, which a calendar shows only when the entry is opened)."""
    return status_told_first(_dated_title(event), event.status)


def _dated_title(event: Event) -> str:
    """``event``'s title with its date in words when :func:`dated_in_title`
    (:func:`calendar_title` without the status), and a moved plan's "was 14 Jan" in its
    " (scheduled)" ending ("Talks resume (scheduled, was 14 Jan)", ``core.plans``;
    verify87 F3: the entry on the new day did not say the talks were delayed)."""
    title = _titled_date(event)
    was = was_words(event) if " from " in event.date_basis else ""
    return f"{title[:-1]}, {was})" if was and title.endswith(")") else title


def _titled_date(event: Event) -> str:
    """``event``'s title with its date in words when :func:`dated_in_title`."""
    if not dated_in_title(event):
        return event.title
    words = date_words(event)
    if words.casefold() in event.title.casefold():
        return event.title
    title = event.title.rstrip()
    if _told_ending(title):
        return f"{title[:-1]}, {words})"
    return f"{event.title} ({words})"


#: The endings of a title that say whether it happened, in brackets (the extractor's
#: " (scheduled)", ``core.occurrence.SCHEDULED_SUFFIX``, and " (did not take place)",
#: ``core.occurrence.NOT_HELD_SUFFIX``): :func:`calendar_title` puts the date in them.
_TOLD_ENDINGS = (SCHEDULED_SUFFIX, NOT_HELD_SUFFIX)


def _told_ending(title: str) -> str:
    """The told ending (``_TOLD_ENDINGS``) ``title`` ends with, any case; "" for none."""
    folded = title.rstrip().casefold()
    return next((end for end in _TOLD_ENDINGS if folded.endswith(end)), "")


def calendar_status(event: Event) -> str | None:
    """The ``STATUS`` of ``event``'s entry (RFC 5545 §3.8.1.11): ``TENTATIVE`` for a
    planned event, a title ending in the extractor's " (scheduled)"
    (``core.occurrence.SCHEDULED_SUFFIX``; verify71 F8: a calendar showed a meeting
    planned for the spring of 2027 as certain); ``CANCELLED`` for one put off, called off
    or not held, a title ending in " (postponed)", " (cancelled)" or " (did not take
    place)" (``core.occurrence.not_held_note_of``; verify73 F15: "Meeting … in Addis
    Ababa (postponed)" was booked on 10 December as a plain event).  A ``VEVENT``'s
    status is one of ``TENTATIVE``, ``CONFIRMED`` and ``CANCELLED`` (the RFC has no
    "postponed"); a meeting put off with no new date will not take place on the day the
    entry books, so that entry is cancelled — ``TENTATIVE`` would say it may still be held
    that day.  Its new date, when told, is another event of its own (a plan: tentative).
    Else ``None`` (no ``STATUS`` line: an event that happened is no appointment to
    confirm)."""
    if not_held_note_of(event.title.rstrip()):
        return "CANCELLED"
    return "TENTATIVE" if _told_ending(event.title) == SCHEDULED_SUFFIX else None


def _when_lines(event: Event, zone: str | None = None) -> list[str] | None:
    """``DTSTART`` and ``DTEND`` of ``event``'s ``VEVENT``: dates, or date-times when the
    date or its end has a time of day, a time without an offset in ``zone``
    (:func:`clock_zone`; ``None``: floating) (``None`` before AD 1, which calendars cannot
    hold)."""
    values = _written_values(event, zone)
    if values is None:
        return None
    start, end = values
    if not isinstance(start, _dt.datetime):
        assert isinstance(end, _dt.date)
        return [f"DTSTART;VALUE=DATE:{start.year:04d}{start.month:02d}{start.day:02d}\r\n",
                f"DTEND;VALUE=DATE:{end.year:04d}{end.month:02d}{end.day:02d}\r\n"]
    lines = [f"DTSTART{_date_time_text(start)}\r\n"]
    if end is not None:
        lines.append(f"DTEND{_date_time_text(end)}\r\n")  # type: ignore[arg-type]
    return lines


def _written_values(event: Event, zone: str | None = None
                    ) -> tuple[_dt.date, _dt.date | None] | None:
    """The ``DTSTART`` and ``DTEND`` values :func:`_when_lines` writes: the first day and
    the exclusive end day; with a time of day on the date or its end, date-times (in the
    time's offset, or in ``zone`` when it has none, else floating; an untimed side at the
    day's midnight, as RFC 5545 §3.8.2.2 wants both of one type), and no ``DTEND`` for an
    instant; a :func:`one_day_entry` on its first day only."""
    last = event.end if event.end is not None else event.date
    try:
        first_day, end_day = event.date.start, last.end
    except (ValueError, OverflowError):
        return None  # before AD 1: calendars cannot hold it
    if event.date.time is None and (event.end is None or event.end.time is None):
        if one_day_entry(event):
            return first_day, first_day + _dt.timedelta(days=1)
        return first_day, end_day
    start = _date_time(first_day, event.date.time, zone)
    if event.end is None:
        return start, None
    if event.end.time is None:
        end = _date_time(end_day, None)
        # (midnight in the start's zone: RFC 5545 §3.8.2.2, one type on both sides)
        return start, end.replace(tzinfo=start.tzinfo) if _zone_name(start) else end
    return start, _date_time(event.end.start, event.end.time, zone)


def _date_time(day: _dt.date, time: ClockTime | None, zone: str | None = None
               ) -> _dt.datetime:
    """``day`` at ``time`` (midnight for ``None``): without an offset, in the tz database's
    ``zone`` (:func:`clock_zone`), or floating when it is ``None``; with an offset of whole
    hours, the clock time as written in that offset's fixed zone
    (``fixed_zone``: ``DTSTART;TZID=Etc/GMT-9``, the local time a reader checks, as the
    source wrote it); with UTC or any other offset (+05:30 has no such zone), the same
    instant in UTC."""
    moment = _dt.datetime(day.year, day.month, day.day,
                          0 if time is None else time.hour, 0 if time is None else time.minute or 0)
    if time is None:
        return moment
    if time.offset is None:
        info = _zone_info(zone) if zone is not None else None
        return moment if info is None else moment.replace(tzinfo=info)
    fixed = fixed_zone(time.offset)
    if fixed is not None:
        return moment.replace(tzinfo=_dt.timezone(_dt.timedelta(minutes=time.offset), fixed))
    return (moment - _dt.timedelta(minutes=time.offset)).replace(tzinfo=_dt.UTC)


def fixed_zone(offset: int) -> str | None:
    """The tz database's name of the fixed zone of a UTC ``offset`` (minutes east of UTC)
    of whole hours, for a ``TZID`` (RFC 5545 §3.2.19): "Etc/GMT-9" for +09:00 (the
    ``etcetera`` file's zones, named with POSIX's inverted sign, "Etc/GMT-14" to
    "Etc/GMT+12"); None for UTC (written with ``Z``) and for an offset with minutes
    (+05:30, +05:45: no such zone), which are written in UTC.  A name every calendar that
    reads the tz database knows, where a numeric offset names no zone."""
    if not offset or offset % 60:
        return None
    hours = offset // 60
    return f"Etc/GMT{-hours:+d}" if -12 <= hours <= 14 else None


def _zone_name(value: _dt.datetime) -> str | None:
    """The ``TZID`` a date-time of ``_date_time`` is written with (None: floating or UTC):
    a tz database zone's key ("Asia/Seoul"), or a fixed zone's name ("Etc/GMT-9")."""
    if value.tzinfo is None or value.tzinfo is _dt.UTC:
        return None
    key = getattr(value.tzinfo, "key", None)
    return str(key) if key else value.tzname()


def _date_time_text(value: _dt.datetime) -> str:
    """A ``DATE-TIME`` property's parameters and value after its name (RFC 5545 §3.3.5):
    ":<floating time>", ":<UTC time>Z" or ";TZID=<zone>:<local time>"."""
    zone = _zone_name(value)
    # (not strftime: its %Y writes AD 800 as "800", which no calendar reads)
    text = (f"{value.year:04d}{value.month:02d}{value.day:02d}"
            f"T{value.hour:02d}{value.minute:02d}{value.second:02d}")
    if zone is not None:
        return f";TZID={zone}:{text}"
    return ":" + text + ("Z" if value.tzinfo is not None else "")


def _vtimezone(zone: str, first: _dt.date, last: _dt.date) -> str:
    """The ``VTIMEZONE`` of a ``TZID`` used (RFC 5545 §3.6.5: one for each), for the times
    written in it from day ``first`` to day ``last``.  A ``fixed_zone`` name: one
    observance from 1601, the offset for ever.  A tz database zone ("Asia/Seoul"): its
    observances from ``first`` to the day after ``last``, as the ``icalendar`` library
    builds them from ``zoneinfo`` (``Timezone.from_tzid``; by default it covers 1970-2038
    only, where a diplomatic timeline's times are often older)."""
    if not zone.startswith("Etc/GMT"):
        import icalendar

        return str(icalendar.Timezone.from_tzid(
            zone, first_date=max(first, _dt.date(1, 1, 2)) - _dt.timedelta(days=1),
            last_date=min(last, _dt.date(9999, 12, 30)) + _dt.timedelta(days=1)
        ).to_ical().decode("utf-8"))
    hours = -int(zone[len("Etc/GMT"):])
    offset = f"{'+' if hours >= 0 else '-'}{abs(hours):02d}00"
    return (f"BEGIN:VTIMEZONE\r\nTZID:{zone}\r\nBEGIN:STANDARD\r\n"
            f"DTSTART:16010101T000000\r\nTZNAME:UTC{offset[:3]}:00\r\n"
            f"TZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\nEND:STANDARD\r\n"
            "END:VTIMEZONE\r\n")


def _zones_used(timeline: Timeline) -> dict[str, tuple[_dt.date, _dt.date]]:
    """The zones the events' times of day are written in (``fixed_zone`` names and the
    tz database's, :func:`clock_zone`), sorted, each with the first and last day written
    in it."""
    used: dict[str, list[int]] = {}  # zone → [first day number, last day number]
    sources = timeline.sources
    for event in timeline:
        date, end = event.date, event.end
        times = (date.time, None if end is None else end.time)
        if times == (None, None):
            continue
        zones = {fixed_zone(time.offset) for time in times
                 if time is not None and time.offset}
        if any(time is not None and time.offset is None for time in times):
            zones.add(_place_zone(event, sources))
        zones.discard(None)
        if not zones or not date.fits_datetime or not (end or date).fits_datetime:
            continue
        first, last = date.start_day(), (end or date).end_day() - 1
        for zone in zones:
            assert zone is not None
            span = used.setdefault(zone, [first, last])
            span[0], span[1] = min(span[0], first), max(span[1], last)
    return {zone: (_dt.date(*from_day_number(first)), _dt.date(*from_day_number(last)))
            for zone, (first, last) in sorted(used.items())}


def _written_when(event: Event) -> _When | None:
    """The :class:`_When` an import reads from the ``VEVENT`` :func:`_vevent` writes for
    ``event`` (``None`` before AD 1): what an unchanged calendar entry says."""
    values = _written_values(event)
    if values is None:
        return None
    start, end = values
    if isinstance(start, _dt.datetime):
        return _when_of(start, end if isinstance(end, _dt.datetime) else None, None, None)
    assert isinstance(end, _dt.date)
    return _When(start, max(start, end - _dt.timedelta(days=1)), "")


#: Every entry is free time (RFC 5545 §3.8.2.7): a timeline's events are news, not the
#: reader's own appointments, and must not block a colleague's calendar (verify58 F18).
_TRANSPARENT = "TRANSP:TRANSPARENT\r\n"


def _vevent(event: Event, stamp_lines: tuple[str, str, str],
            sources: dict[str, Source]) -> str:
    """One event's ``VEVENT`` (CRLF line ends), or "" for an event before AD 1;
    ``stamp_lines``: its ``DTSTAMP``, ``SEQUENCE`` and ``LAST-MODIFIED`` lines
    (:func:`stamp_lines`)."""
    when = _when_lines(event, clock_zone(event, sources))  # (cached per place)
    if when is None:
        return ""  # before AD 1: calendars cannot hold it
    stamp, sequence, modified = stamp_lines
    out = ["BEGIN:VEVENT\r\n", _folded("SUMMARY:" + _escaped(calendar_title(event))), *when,
           stamp, _folded(f"UID:{_escaped(event.id)}@{UID_DOMAIN}"), sequence,
           _folded("CATEGORIES:" + _escaped(display_category(event.category))),
           _folded("DESCRIPTION:" + _escaped(event_description(event, sources))),
           modified]
    if event.location:
        out.append(_folded("LOCATION:" + _escaped(event.location)))
    status = calendar_status(event)
    if status is not None:
        out.append(f"STATUS:{status}\r\n")  # (the library's order: after LOCATION)
    out.append(_TRANSPARENT)
    out.append(_folded(f"{OURS}:" + _escaped(_json_text(event_fields(event)))))
    if event.date.circa:
        out.append(f"{OURS}-CIRCA:TRUE\r\n")
    out.append("END:VEVENT\r\n")
    return "".join(out)


def _escaped(text: str) -> str:
    """TEXT escaped as the ``icalendar`` library escapes it (RFC 5545 §3.3.11; a written
    ``\\N`` and every line end become ``\\n``), in the library's order."""
    return (text.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;")
            .replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
            .replace("\r", "\\n"))


#: RFC 5545 §3.1: lines "SHOULD NOT be longer than 75 octets"; the library starts a new
#: line before an octet would make 75, so a line holds at most 74 (then CRLF and a space).
_FOLD_OCTETS = 74


def _folded(line: str) -> str:
    """``line`` folded as the ``icalendar`` library folds it, with its CRLF: cut at 74
    octets, never inside a UTF-8 character, and never right after a backslash or a caret
    (an escape stays whole on the next line, icalendar issue #1501)."""
    data = line.encode("utf-8")
    size = len(data)
    if size <= _FOLD_OCTETS:
        return line + "\r\n"
    pieces = []
    start = 0
    while size - start > _FOLD_OCTETS:
        end = start + _FOLD_OCTETS
        while data[end] & 0xC0 == 0x80:  # inside a character: cut before it
            end -= 1
        if data[end - 1] in b"\\^":
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode("utf-8") + "\r\n"


# -- import ------------------------------------------------------------------------------

_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def _json_text(value: object) -> str:
    """``value`` as compact JSON whose text never holds a backslash before ``N``.

    The icalendar library's TEXT escaping first reads ``\\N`` as an escaped newline
    (``escape_char``), so a title or summary holding a backslash followed by "N" (JSON
    ``"\\\\N"``) came back as a newline, and the JSON around it no longer parsed (found by
    ``tests/io/test_io_exchange_properties.py``).  A backslash of the text is written as
    ``\\u005c`` instead: every backslash left in the JSON then starts one of its own
    escapes (``\\"``, ``\\n``, ``\\u``...), none of them ``\\N``.
    """
    # In JSON text every backslash starts an escape, so each "\\" pair, read from the
    # left, is one escaped backslash.
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("\\\\", "\\u005c")


def _unescaped(raw: object) -> str:
    """A TEXT value of a property the library leaves escaped (X- properties): ``\\n``,
    ``\\,``, ``\\;`` and ``\\\\`` undone in one pass (RFC 5545 §3.3.11)."""
    return _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), str(raw))


def _ours(component: Any) -> dict[str, Any] | None:
    raw = component.get(OURS)
    if raw is None:
        return None
    try:
        value = json.loads(_unescaped(raw))
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _day_of(value: object) -> _dt.date | None:
    """The calendar day of a DATE or DATE-TIME value (a date-time's day where it was
    written: its own time zone, or floating)."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return None


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):  # a property given more than once
        value = value[0]
    return str(value).strip()


def _person(value: Any) -> str:
    """An ATTENDEE or ORGANIZER in words: its CN, else the address without ``mailto:``."""
    params = getattr(value, "params", {})
    name = params.get("CN") if params else None
    if name:
        return str(name).strip()
    text = str(value).strip()
    return text[7:] if text.lower().startswith("mailto:") else text


def _participants(component: Any) -> tuple[str, ...]:
    people: list[str] = []
    for name in ("ORGANIZER", "ATTENDEE"):
        value = component.get(name)
        for one in value if isinstance(value, list) else [value] if value is not None else []:
            person = _person(one)
            if person and person not in people:
                people.append(person)
    return tuple(people)


def _categories(component: Any) -> list[str]:
    """Every name of the event's ``CATEGORIES`` (one property or several, each a list),
    in order, each once; [] without any."""
    value = component.get("CATEGORIES")
    names: list[str] = []
    for one in value if isinstance(value, list) else [value] if value is not None else []:
        cats = getattr(one, "cats", None)
        for cat in cats if cats is not None else [one]:
            text = str(cat).strip()
            if text and text not in names:
                names.append(text)
    return names


@dataclass(frozen=True)
class _When:
    """The days a VEVENT covers, and its times of day in words ("" for all-day events);
    ``start_time`` the time of ``first`` (``None``: all day), ``end_time`` the time of
    ``last`` when the end is kept at a time of day."""

    first: _dt.date
    last: _dt.date
    times: str
    start_time: ClockTime | None = None
    end_time: ClockTime | None = None

    def dates(self) -> tuple[FuzzyDate, FuzzyDate | None]:
        """The event's date and end (``None``: one day, or one instant of it)."""
        first, last = self.first, self.last
        date = FuzzyDate(first.year, first.month, first.day, Precision.DAY,
                         time=self.start_time)
        end = (FuzzyDate(last.year, last.month, last.day, Precision.DAY, time=self.end_time)
               if last > first or self.end_time is not None else None)
        return date, end


def _clock(value: _dt.datetime) -> ClockTime | None:
    """A date-time's time of day, with its UTC offset when it has one (``None`` past the
    offsets ``ClockTime`` holds)."""
    offset = value.utcoffset()
    try:
        return ClockTime(value.hour, value.minute,
                         None if offset is None else int(offset.total_seconds()) // 60)
    except ValueError:
        return None


def _local(value: _dt.datetime, zone: _dt.tzinfo | None) -> _dt.datetime:
    """A UTC date-time in the calendar's own time zone (``X-WR-TIMEZONE``, as Google and
    Apple write it), so that 22:30 UTC in Nairobi falls on the next day, as it does there;
    a date-time with its own zone, or floating, is left as written."""
    if zone is not None and value.tzinfo is not None and value.utcoffset() == _dt.timedelta(0):
        return value.astimezone(zone)
    return value


def _when(component: Any, zone: _dt.tzinfo | None) -> _When | None:
    """``DTSTART`` to the last day ``DTEND`` or ``DURATION`` covers (RFC 5545 §3.6.1: a
    DATE end is exclusive; a timed event ends on the day its end falls on, and one shorter
    than a day is on its start day only, even past midnight: a session from 23:00 to 00:30
    is dated by the day it began, as people and the earlier new-user trial date it, and
    its times stay in the summary); ``None`` without a start."""
    start, end_value, duration = (_decoded(component, name)
                                  for name in ("DTSTART", "DTEND", "DURATION"))
    if isinstance(start, _dt.datetime):
        return _when_of(start, end_value, duration, zone)
    if not isinstance(start, _dt.date):
        return None
    if isinstance(end_value, _dt.date) and not isinstance(end_value, _dt.datetime):
        last = end_value - _dt.timedelta(days=1)
    elif isinstance(duration, _dt.timedelta):
        last = start + duration - _dt.timedelta(days=1)
    else:
        last = start
    return _When(start, max(start, last), "")


def _when_of(start: _dt.datetime, end_value: object, duration: object,
             zone: _dt.tzinfo | None) -> _When:
    """:func:`_when` of a timed event: ``DTSTART`` ``start``, ``DTEND`` ``end_value`` or
    ``DURATION`` ``duration`` (either may be ``None``), in the calendar's ``zone``."""
    start = _local(start, zone)
    end = _local(end_value, zone) if isinstance(end_value, _dt.datetime) else (
        start + duration if isinstance(duration, _dt.timedelta) else None)
    times = start.strftime("%H:%M")
    if end is not None and end > start:
        times += "–" + end.strftime("%H:%M")
    name = start.tzname() or ""
    if start.tzinfo is not None and getattr(start.tzinfo, "key", None):
        name = str(start.tzinfo.key)  # type: ignore[attr-defined]  # a ZoneInfo
    times += f" ({name})" if name else ""
    start_time = _clock(start)
    if end is None or end <= start or (
            end - start < _dt.timedelta(days=1) and end.date() != start.date()):
        return _When(start.date(), start.date(), times, start_time)
    if (end.hour, end.minute) == (0, 0):  # the end of a day: that day is the last
        return _When(start.date(), (end - _dt.timedelta(microseconds=1)).date(), times,
                     start_time)
    return _When(start.date(), end.date(), times, start_time, _clock(end))


def _decoded(component: Any, name: str) -> object:
    """A property's value as the library decodes it; ``None`` when absent or malformed."""
    if name not in component:
        return None
    try:
        return component.decoded(name)
    except (ValueError, TypeError, KeyError, OverflowError):
        return None


_FREQUENCY_WORDS = {"YEARLY": "every year", "MONTHLY": "every month", "WEEKLY": "every week",
                    "DAILY": "every day", "HOURLY": "every hour"}


def _repeats(component: Any) -> str:
    """How a recurring event repeats, in words ("" when it does not)."""
    rule = component.get("RRULE")
    if rule is None:
        return "on other dates too (RDATE)" if "RDATE" in component else ""
    try:
        frequency = rule.get("FREQ", [""]) if hasattr(rule, "get") else [""]
    except ValueError:  # the library's BrokenCalendarProperty: a malformed rule
        return "on a schedule (RRULE)"
    word = str(frequency[0] if isinstance(frequency, list) and frequency else frequency)
    return _FREQUENCY_WORDS.get(word.upper(), "on a schedule (RRULE)")


def _event_of(component: Any, notes: ImportNotes, used_ids: set[str],
              zone: _dt.tzinfo | None = None) -> Event | None:
    title = _text(component, "SUMMARY")
    when = _when(component, zone)
    if when is None:
        notes.skip("events without a start date", title or "(untitled)")
        return None
    repeats = _repeats(component)
    ours = _ours(component)
    if when.times and not ours:
        notes.note("times of day are kept in the events' dates, with the UTC offset the "
                   "calendar gives, and in each event's summary with its time zone's name")
    date = date_from_fields(ours.get("date")) if ours else None
    end = date_from_fields(ours.get("end")) if ours and "end" in ours else None
    if date is None:
        date, end = when.dates()
    if end is not None and end.start_day() < date.start_day():  # the native format's rule
        end = None
    uid = _text(component, "UID")
    event_id = uid[:-len(UID_DOMAIN) - 1] if uid.endswith("@" + UID_DOMAIN) else ""
    if not event_id or event_id in used_ids:
        from ..core.model import new_event_id

        event_id = new_event_id()
    used_ids.add(event_id)
    if ours:
        raw = ours.get("participants")
        restored = Event(
            event_id, str(ours.get("title", title)) or "(untitled)", date, end,
            str(ours.get("category") or "event"),
            tuple(str(p) for p in raw) if isinstance(raw, list) else (),
            str(ours.get("location", "")), str(ours.get("summary", "")),
            str(ours.get("date_basis", "")),
            ours.get("source") if isinstance(ours.get("source"), str) else None,
            evidence_from_fields(ours.get("evidence")), status_from_fields(ours))
        return _with_calendar_edits(restored, component, when, title, notes)
    summary = _text(component, "DESCRIPTION")
    participants = _participants(component)
    basis = "the calendar entry's start"
    labelled = _labelled(summary, date, end)
    if labelled is not None:  # our export, written back without our own property
        notes.tally["labelled lines"] += 1
        summary = labelled.summary
        participants = labelled.participants or participants
        if labelled.date is not None:
            date, end = labelled.date, labelled.end
            basis = labelled.basis or basis
        title = _without_date_words(without_status_told_first(title, labelled.status),
                                    labelled.words)  # (verify58 F18, verify75 F11)
        title = without_was(title, Event("", title, date, end, date_basis=basis))
    url = _text(component, "URL")
    # Our export written back: its date line gives the time as written, a "Time:" line
    # would add it to the summary a second time (session 44's round trip of The Timeline
    # Project's example: "Time: 12:28" on 42 of its 59 events).
    told = (labelled is not None and labelled.date is not None
            and labelled.date.time is not None and when.start_time is not None
            and labelled.date.time.without_offset() == when.start_time.without_offset())
    facts = [f"Time: {when.times}"] if when.times and not told else []
    categories = _categories(component)
    if len(categories) > 1:
        # The lane is the first; the others would be lost without a word (verify28, 8).
        facts.append("Categories: " + ", ".join(categories))
        notes.tally["more categories"] += 1
    if repeats:
        facts.append(f"Repeats {repeats} in the calendar; the timeline shows the first time.")
    if url:
        facts.append(url)
    summary = "\n\n".join(part for part in (summary, "\n".join(facts)) if part)
    # Lanes are lower case, as the editor makes them ("Meeting" is the meeting lane); our
    # export written back names its lanes as the window shows them: "Planned Release", a
    # lane of The Timeline Project's example, came back as "planned release".
    lane = ("event" if not categories
            else category_from_display(categories[0]) if labelled is not None
            else categories[0].casefold())
    return Event(event_id, title or "(untitled)", date, end, lane, participants,
                 _text(component, "LOCATION"), summary, basis, None,
                 labelled.evidence if labelled is not None else (),
                 labelled.status if labelled is not None else "")


def _with_calendar_edits(restored: Event, component: Any, when: _When, title: str,
                         notes: ImportNotes) -> Event:
    """``restored`` (the event our ``X-DIPLOMATIC-TIMELINE`` property describes) with what
    a calendar app changed since our export (verify36 F1: the property won and a moved,
    renamed event came back as it was): days other than the ``DTSTART``/``DTEND``
    :func:`_vevent` wrote (read as days, as a calendar's own event is), a ``SUMMARY`` other
    than the title, a first ``CATEGORIES`` other than the lane as shown.  Unchanged: as
    restored."""
    edited: set[str] = set()
    dates: tuple[FuzzyDate, FuzzyDate | None] | None = None
    try:
        written = (restored.date.start, (restored.end or restored.date).end
                   - _dt.timedelta(days=1))
    except (ValueError, OverflowError):
        written = None  # before AD 1: never written as a VEVENT
    exported = _written_when(restored)
    unmoved = {(exported.first, exported.last)} if exported is not None else set()
    if written is not None and dated_in_title(restored):
        unmoved.add(written)  # (an export of before session 47: the days of the month)
        # (an export of sessions 47-48: a span not known to the day on its first day
        # alone, verify61 F14)
        unmoved.add((written[0], written[0]))
    if written is not None and exported is not None and (
            (when.first, when.last) not in unmoved
            or not _same_clock(when.start_time, exported.start_time)
            or not _same_clock(when.end_time, exported.end_time)):
        dates = when.dates()
        edited.add("dates")
    shown = calendar_title(restored)  # ("… (April 2026)": verify58 F18)
    new_title = (title if title and title.split() != restored.title.split()
                 and title.split() != shown.split()
                 and title.split() != _as_read("SUMMARY", shown)[0].split()
                 else None)
    if new_title is not None:  # (a retyped title keeps the "Disputed: " written first)
        new_title = without_status_told_first(new_title, restored.status)
    if new_title is not None and dated_in_title(restored):
        new_title = _without_date_words(new_title, date_words(restored))
    if new_title is not None:  # (retyped, a moved plan's "was 14 Jan" kept: verify87 F3)
        new_title = without_was(new_title, restored)
    if new_title is not None:
        edited.add("titles")
    categories = _categories(component)
    lane_shown = display_category(restored.category)
    lane = (category_from_display(categories[0])
            if categories and categories[0] != lane_shown
            and categories[:1] != _as_read("CATEGORIES", lane_shown)[:1] else None)
    if lane is not None:
        edited.add("lanes")
    if not edited:
        return restored
    notes.tally["edited"] += 1
    notes.edited_kinds |= edited
    return with_edits(restored, "the calendar", title=new_title, dates=dates, category=lane)


def _without_date_words(title: str, words: str) -> str:
    """``title`` without the " (April 2026)" :func:`calendar_title` ended it with, or the
    ", April 2026" it put in a told ending's brackets ("… (scheduled, April 2026)"), (a
    title edited in the calendar keeps them), else as it is."""
    tail = f" ({words})"
    if title.endswith(tail):
        return title[:-len(tail)].rstrip() or title
    inside = f", {words})"  # ("… (scheduled, April 2026)": verify71 F8)
    if title.endswith(inside) and _told_ending(title[:-len(inside)] + ")"):
        return title[:-len(inside)] + ")"
    return title


def _same_clock(read: ClockTime | None, written: ClockTime | None) -> bool:
    """Whether a calendar entry's time ``read`` is the time ``written`` as the export
    wrote it: the same, or a time without an offset read back with the offset of the zone
    it was written in (:func:`clock_zone`: "10:30" of a Seoul meeting comes back as
    10:30 UTC+09:00 from ``TZID=Asia/Seoul``), the clock unchanged."""
    if read is None or written is None or written.offset is not None:
        return read == written
    return read.without_offset() == written


def _as_read(name: str, text: str) -> list[str]:
    """``text`` written as :func:`_vevent` writes property ``name`` (SUMMARY, CATEGORIES),
    as the library reads it back: what an unchanged property says (the library's TEXT
    unescaping reads some escapes its own way: "\\N" came back as "\\n")."""
    import icalendar

    try:
        component = icalendar.Event.from_ical(
            f"BEGIN:VEVENT\r\n{name}:{_escaped(text)}\r\nEND:VEVENT\r\n")
    except (ValueError, KeyError, IndexError, TypeError):
        return [text]
    return _categories(component) if name == "CATEGORIES" else [_text(component, name)]


@dataclass(frozen=True)
class _Labelled:
    """An event's fields read back from the description :func:`_vevent` writes."""

    summary: str
    participants: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    date: FuzzyDate | None  # None: the calendar's days no longer match the date line
    end: FuzzyDate | None
    basis: str
    status: str = ""  # (``core.status``; "" when the description has no status line)
    words: str = ""  # the date line's date in words (the title may end with them)


#: How the date line of a week an article named begins (``core.weeks.week_words``).
_SOME_DAY_IN_THE_WEEK = "some day in the week of "

#: The first paragraph of the description :func:`_vevent` writes.
_DATE_LINE = re.compile(r"Date: (?P<when>[^\n]+) \(precision: (?P<words>[^()\n]+)\)")


def _labelled(description: str, date: FuzzyDate, end: FuzzyDate | None) -> _Labelled | None:
    """Our fields from a description our export wrote ("Date: c. January 2025 (precision:
    month, circa)", "How the date was found: …", "Status: Disputed", "Participants: …",
    the summary, "Source:
    “…”"), read back when a calendar program wrote the file again without our
    ``X-DIPLOMATIC-TIMELINE`` property; ``None`` when the description does not start with
    our date line (another calendar's text is kept as it is).  ``date``/``end``: the days
    ``DTSTART``/``DTEND`` give; the date line's date is taken only when it covers exactly
    those days with the precision it names, else it stays in the summary as text."""
    blocks = description.split("\n\n")
    m = _DATE_LINE.fullmatch(blocks[0])
    if m is None:
        return None
    line = blocks.pop(0)
    described = described_date(m["when"], date.start_day(), (end or date).end_day())
    if described is None and end is None and date.precision is Precision.DAY:
        # One entry on the first day of a date not known to the day (``one_day_entry``).
        from ..core.parse_date import parse_typed_date

        read = parse_typed_date(m["when"], True)
        if (read.date is not None and read.date.time is None
                and read.date.start_day() == date.start_day()
                and _not_to_the_day(read.date, read.end)):
            described = described_date(m["when"], read.date.start_day(),
                                       (read.end or read.date).end_day())
    if described is None and end is None and m["when"].startswith(_SOME_DAY_IN_THE_WEEK):
        # One entry on the Monday of a week an article named (``one_day_entry``): the
        # week again, Monday to Sunday, its basis read back with it (``core.weeks``)
        monday = described_date(m["when"].removeprefix(_SOME_DAY_IN_THE_WEEK),
                                date.start_day(), date.end_day())
        sunday = FuzzyDate.of_day_number(date.start_day() + WEEK_DAYS - 1)
        if monday is not None and monday[1] is None and sunday is not None:
            described = monday[0], sunday
    if described is not None and described[0].precision_words() != m["words"] and not (
            m["words"] == WEEK_PRECISION and m["when"].startswith(_SOME_DAY_IN_THE_WEEK)):
        described = None
    basis = take_label(blocks, _BASIS, 0)
    status = take_status(blocks, 0)
    names = take_label(blocks, "Participants: ", 0)
    sentences = take_sentences(blocks)
    references = take_references(blocks)  # ("Link: …", "Reference: …" before them)
    if described is None:  # the calendar's days win; the old date and basis stay as text
        blocks[:0] = [line] + ([_BASIS + basis] if basis is not None else [])
        basis = None
    return _Labelled("\n\n".join(blocks), split_name_list(names or ""),
                     tuple(Evidence(s, 0, len(s), None, None) for s in sentences)
                     + references,
                     described[0] if described else None, described[1] if described else None,
                     basis or "", status or "", m["when"])


def _calendar_zone(calendar: Any) -> _dt.tzinfo | None:
    """The calendar's own time zone (``X-WR-TIMEZONE``), if it names one Python knows."""
    import zoneinfo

    name = _text(calendar, "X-WR-TIMEZONE")
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (ValueError, zoneinfo.ZoneInfoNotFoundError):
        return None


def loads_icalendar(data: bytes, path: str | os.PathLike[str] | None = None,
                    progress: Callable[[int, int], bool] | None = None) -> ImportResult:
    """Import an iCalendar (``.ics``) file.

    Args:
        data: The file's bytes (UTF-8, or any encoding :func:`.files.decode_text` reads:
            RFC 5545 says UTF-8, but calendars saved by hand are not always).
        path: The file's name, for error messages.
        progress: Called with about how many of ``data``'s bytes are read and their
            number, after each piece of a large calendar (``PIECE_CHARS``, see
            :func:`_calendar_pieces`) and at the end; returning ``False`` cancels.

    Returns:
        The timeline (its title from ``X-WR-CALNAME``, else the file name) and one line per
        kind of thing that could not be carried.

    Raises:
        FormatError: Not an iCalendar file, or one the ``icalendar`` library cannot parse;
            or cancelled through ``progress`` (problem ``"cancelled"``, no place).
    """
    import warnings

    from .files import decode_text

    name = os.fspath(path) if path is not None else None
    try:
        text, _encoding = decode_text(data)
    except UnicodeDecodeError as exc:
        raise FormatError(name, f"byte {exc.start}", "is not text in UTF-8, UTF-16 or "
                          "Windows-1252") from None
    notes = ImportNotes()
    # The library warns about what it had to guess (a vendor's time-zone name read as the
    # zone it ends with): said in the import's summary, not on a terminal nobody reads.
    with warnings.catch_warnings(record=True) as guesses:
        warnings.simplefilter("always")
        timeline = _calendar_timeline(text, name, notes, _told_in_bytes(progress, len(data),
                                                                        len(text)))
    for guess in guesses:
        if guess.category.__module__.startswith("icalendar"):
            notes.note("guessed: " + str(guess.message).split(". ", 1)[0])
        else:
            warnings.warn_explicit(guess.message, guess.category, guess.filename, guess.lineno)
    return ImportResult(timeline, FORMAT_WORDS, notes.lines())


def _calendar_timeline(text: str, name: str | None, notes: ImportNotes,
                       progress: Callable[[int, int], bool] | None = None) -> Timeline:
    """The events of every VCALENDAR in ``text`` (see :func:`loads_icalendar`), parsed
    piece by piece (:func:`_calendar_pieces`); ``progress`` is told how many characters
    of ``text`` are parsed."""
    calendar = None  # the first: the title and our own fields; events from every VCALENDAR
    used: set[str] = set()
    events: list[Event] = []
    zone = None
    recurring = 0
    for piece, parsed_to in _calendar_pieces(text):
        calendars = _parsed(piece, name)
        if calendar is None:
            if not calendars:
                raise FormatError(name, None, "not a calendar this app can read: it has no "
                                  "complete BEGIN:VCALENDAR … END:VCALENDAR (cut short?)")
            calendar = calendars[0]
            zone = _calendar_zone(calendar)
        for component in (c for one in calendars for c in one.walk()):
            kind = getattr(component, "name", "")
            if kind == "VEVENT":
                try:
                    event = _event_of(component, notes, used, zone)
                    recurring += bool(_repeats(component))
                except ValueError:  # a property the library found malformed only when read
                    notes.skip("events with a malformed property", _text(component, "SUMMARY"))
                    continue
                if event is not None:
                    events.append(event)
            elif kind in ("VTODO", "VJOURNAL"):
                notes.skip("to-dos and journal entries (not events)",
                           _text(component, "SUMMARY"))
        del calendars  # a piece's components are not kept: a third of the peak memory
        go_on(progress, parsed_to, len(text), name)
    assert calendar is not None  # _calendar_pieces gives one piece at least
    if notes.tally["edited"]:
        notes.note(edited_note(notes.tally["edited"], notes.edited_kinds))
    if notes.tally["labelled lines"]:
        notes.note(labelled_note(notes.tally["labelled lines"],
                                 "precision, circa, statuses, participants and source "
                                 "sentences"))
    if notes.tally["more categories"]:
        notes.note(f"{counted(notes.tally['more categories'], 'event')} with more than one "
                   "category: each is in the lane of its first; its summary lists them all")
    if recurring:
        notes.note(f"{recurring} recurring event{'s' if recurring != 1 else ''}: the timeline "
                   "shows the first time of each; its summary says how it repeats")
    ours = _ours(calendar) or {}
    sources = sources_from_fields(ours.get("sources"))
    events = known_sources_only(events, sources)
    fallback = os.path.splitext(os.path.basename(name))[0] if name else "Imported calendar"
    title = str(ours.get("title") or _unescaped(_text(calendar, "X-WR-CALNAME")) or fallback)
    # (No "Imported from …" description: it was published as the TimelineJS title slide's
    # text and the print's header, verify55 F16; the import summary says it.)
    description = (str(ours.get("description", ""))
                   or _unescaped(_text(calendar, "X-WR-CALDESC")))
    timeline = Timeline.from_events(
        events, title=title, description=description, sources=sources,
        category_colors=colors_from_fields(ours.get("category_colors")),
        lane_order=order_from_fields(ours.get("lane_order")))
    timeline.era_lanes = era_lanes_read(ours.get("era_lanes"), ())  # (our export's choice)
    if name and not (ours.get("title") or _text(calendar, "X-WR-CALNAME")):
        timeline.file_named_title = title  # (no name of its own: edit85 F4(e))
    hand_read(timeline, ours)
    return timeline


#: About how many characters of a calendar are parsed at a time (``_calendar_pieces``):
#: ~900 events of our own export, ~0.4 s of CPU.
PIECE_CHARS = 1 << 20

# A component's first or last line: BEGIN or END, and the component's name.
_COMPONENT_LINE = re.compile(r"^(BEGIN|END):([^\r\n;:]*?)[ \t]*\r?$",
                             re.MULTILINE | re.IGNORECASE)


def _calendar_pieces(text: str) -> Iterator[tuple[str, int]]:
    """``text`` as pieces the ``icalendar`` library parses one after another, each with
    how far into ``text`` it ends; a calendar of ``PIECE_CHARS`` or less, or one whose
    components do not nest as RFC 5545 §3.4/3.6 says (each BEGIN closed by its END, the
    last closed at the end of the text), is one piece, as given.

    Parsed whole, a 100 000-event calendar (128 MB) showed no progress for ~100 s and
    held 1.6 GB (verify38 F6): the library reads every line into objects before the
    first event can be made.  A larger calendar is cut after the END:VEVENT nearest each
    ``PIECE_CHARS`` that closes an event of a VCALENDAR, and each piece wrapped so that
    it is a calendar of its own (a BEGIN:VCALENDAR before it, an END:VCALENDAR after it,
    where the cut left them out); the first piece holds the first calendar's own
    properties and time zones (the library keeps a VTIMEZONE it has read for the pieces
    after), so what is read is what the whole parse reads.
    """
    if len(text) <= PIECE_CHARS:
        yield text, len(text)
        return
    stack: list[str] = []
    cuts: list[int] = []
    due = PIECE_CHARS
    for line in _COMPONENT_LINE.finditer(text):
        kind, component = line.group(1).upper(), line.group(2).upper()
        if kind == "BEGIN":
            stack.append(component)
        elif not stack or stack.pop() != component:
            break  # not nested: read whole, as the library reads it
        elif (component == "VEVENT" and stack == ["VCALENDAR"]
              and line.end() >= due and len(text) - line.end() > PIECE_CHARS // 4):
            cuts.append(line.end())
            due = line.end() + PIECE_CHARS
    else:
        if not stack and cuts:
            start = 0
            for cut in cuts:
                head = "BEGIN:VCALENDAR\r\n" if start else ""
                yield f"{head}{text[start:cut]}\r\nEND:VCALENDAR\r\n", cut
                start = cut
            yield "BEGIN:VCALENDAR\r\n" + text[start:], len(text)
            return
    yield text, len(text)


def _parsed(text: str, name: str | None) -> list[Any]:
    """The VCALENDARs the ``icalendar`` library reads in ``text`` (complete ones only).

    Raises:
        FormatError: The library cannot parse it.
    """
    import icalendar

    try:
        return list(icalendar.Calendar.from_ical(text, multiple=True))
    except (ValueError, KeyError, IndexError, TypeError, RecursionError) as exc:
        problem = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise FormatError(name, None, f"not a calendar this app can read: {problem}") from None


def _told_in_bytes(progress: Callable[[int, int], bool] | None, size: int, chars: int,
                   ) -> Callable[[int, int], bool] | None:
    """``progress`` told bytes of a file of ``size`` bytes for characters of its ``chars``
    decoded ones (in proportion)."""
    if progress is None:
        return None
    return lambda done, _total: progress(size * done // max(chars, 1), size)
