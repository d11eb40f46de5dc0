"""TimelineJS 3 JSON (Knight Lab's format, the journalists' standard): import and export.

The format (TimelineJS's "JSON format" documentation): a top-level object with ``title``
(a slide), ``events`` (slides with ``start_date``/``end_date`` objects of ``year``,
``month``, ``day``, ``hour``, ``minute``, … as numbers or strings, ``display_date``,
``text.headline``, ``text.text`` in HTML, ``media`` {url, caption, credit}, ``group``,
``unique_id``, ``background``), ``eras`` ({start_date, end_date, text}) and ``scale``
("human" or "cosmological").

Import: the precision follows what the date gives (year only → year, year and month →
month, a day → day, an hour or an hour and minute → that time of the day, kept as the
local clock time it is: TimelineJS has no time zone; seconds are dropped and counted in the
notes); HTML becomes plain
text (paragraphs kept, http(s) links kept as "text (url)", nothing loaded); media are kept
as a "Media: …" paragraph of the summary, never fetched, that the export writes back as the
slide's media (the title slide's, a paragraph of the timeline's description); eras become
events in the "era" lane.  Years BC are counted as TimelineJS
labels them ("year": -168 is its "168 BCE": :func:`year_from_timelinejs`), both ways.  A slide that
cannot be read (a month 13, no start date) is left out and named, with its reason, in the
notes; the rest is imported (a file with no readable slide is refused with the first
slide's problem).  Export writes a file TimelineJS accepts and puts our own fields
(precision, part of year, circa, participants, place, evidence, category, date basis) under
the one key ``NAMESPACE`` of each slide, and every document field of the native format
(``exchange.timeline_fields``: title, description, lane colours, sources) under the same
key at the top level, so that our own round trip is lossless.

A file written back without our key (a TimelineJS Google Sheet, another tool) still has
what the export wrote as text: the "Participants: …", "Place: …" and "Source: “…”"
paragraphs ending a slide's text are read back as those fields, and a display date in the
words ``FuzzyDate.describe`` writes ("late 2024") that covers exactly the slide's start
and end dates gives its precision and circa back (``exchange.described_date``); other
texts and display dates are left as they are.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
import json
import os
import re
from collections.abc import Callable, Iterator
from json.encoder import encode_basestring as _encode_text  # the C one
from typing import Any

from ..core.clock import ClockTime
from ..core.dates import FuzzyDate, Precision
from ..core.merge import TIMELINEJS_BASIS
from ..core.model import Event, Evidence, Source, Timeline
from ..core.names import name_list, split_name_list
from ..core.picture import CAPTION, CREDIT, MEDIA, is_image_address, split_picture
from ..core.plans import PLANNED_FOR, planned_for_paragraph
from ..core.weeks import told_week, week_words
from ..words import counted, same_words, shortened
from .errors import FormatError, go_on
from .exchange import (
    DEFAULT_LANE,
    ERA_LANES,
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
    html_to_text,
    known_sources_only,
    labelled_note,
    names_default_lane,
    order_from_fields,
    reference_paragraphs,
    safe_day,
    safe_month,
    safe_year,
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
    vague_span,
    with_edits,
)

__all__ = [
    "FORMAT_WORDS",
    "NAMESPACE",
    "SHEET_HEADER",
    "dumps_timelinejs",
    "loads_timelinejs",
    "looks_like_timelinejs",
    "media_paragraph",
    "news_slide",
    "opening_note",
    "timelinejs_pieces",
    "timelinejs_sheet_pieces",
]

FORMAT_WORDS = "TimelineJS JSON"
#: The one key under which our own fields travel inside a TimelineJS slide / the document.
NAMESPACE = "diplomatic_timeline"
ERA_CATEGORY = "era"
#: The date basis of a slide's event the file dates with its own date parts, without our
#: own fields (``core.merge.imported_from`` reads it): a printed list's "Reported by"
#: said "entered by hand" of such events (verify55 F12).
FILE_BASIS = TIMELINEJS_BASIS


def looks_like_timelinejs(document: object) -> bool:
    """True for a decoded JSON value shaped like a TimelineJS document: slides with a
    ``start_date`` or a ``text`` object (``{"headline": …}``: a slide whose date is missing
    is still a TimelineJS slide, refused with its problem, not as "a JSON file of another
    kind": verify32, F15), or a ``title`` slide."""
    if not isinstance(document, dict) or "format" in document:
        return False
    events = document.get("events")
    if isinstance(events, list) and any(
            isinstance(e, dict) and ("start_date" in e or isinstance(e.get("text"), dict))
            for e in events):
        return True
    return isinstance(events, list) and isinstance(document.get("title"), dict)


# -- import ------------------------------------------------------------------------------

def _int_field(value: object) -> int | None:
    """A TimelineJS date part: a number or a numeric string; '' and None mean absent."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("a date part cannot be true/false")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isdigit() and len(text) <= 12:
            return int(text)
    raise ValueError(f"{str(value)[:30]!r} is not a whole number")


#: The date parts of a TimelineJS date object (its ``display_date`` is words, not a part).
_DATE_PARTS = ("year", "month", "day", "hour", "minute", "second", "millisecond")


def _has_year(raw: dict[str, Any]) -> bool:
    """Whether a TimelineJS date object gives a year ("" and None do not: an end date of
    empty parts, as a converted sheet writes one, is no end date)."""
    return raw.get("year") not in (None, "")


def year_from_timelinejs(year: int) -> int:
    """A TimelineJS ``year`` as our astronomical year: -168 → -167 (168 BC); AD years as they
    are; 0 → 0 (1 BC).

    TimelineJS counts a negative year as the BC year of that number, without a year 0:
    ``TLDate._createDateObj`` (src/js/date/TLDate.js) gives the year to a JavaScript
    ``Date`` unchanged, and ``Language.formatJSDate`` (src/js/language/Language.js) labels it
    ``Math.abs(y)`` with the ``era_labels.negative_year`` suffix "BCE", on the slide and on
    the axis: "year": "-168" reads "168 BCE" there, so it is 168 BC here (verify28, fault 5).
    Its year 0 has no suffix; it is read as 1 BC, the year before AD 1.
    """
    return year + 1 if year < 0 else year


def year_to_timelinejs(year: int) -> int:
    """Our astronomical year as TimelineJS's ``year`` (the inverse of
    :func:`year_from_timelinejs`): -420 (421 BC) → -421, which TimelineJS labels "421 BCE";
    0 (1 BC) → -1 ("1 BCE"); AD years as they are."""
    return year - 1 if year <= 0 else year


def _read_date(raw: object, place: str, path: str | None, notes: ImportNotes) -> FuzzyDate | None:
    """A TimelineJS date object as a FuzzyDate; ``None`` when outside what we can represent."""
    if not isinstance(raw, dict):
        raise FormatError(path, place, "a date must be an object with at least a year")
    try:
        year = _int_field(raw.get("year"))
        month = _int_field(raw.get("month"))
        day = _int_field(raw.get("day"))
        hour = _int_field(raw.get("hour"))
        minute = _int_field(raw.get("minute"))
        seconds = (_int_field(raw.get("second")), _int_field(raw.get("millisecond")))
    except ValueError as exc:
        raise FormatError(path, place, str(exc)) from None
    if year is None:
        raise FormatError(path, place, "a date needs a year")
    if year == 0:
        notes.note("year 0 read as 1 BC, the year before AD 1")
    written, year = year, year_from_timelinejs(year)
    if (hour is not None or minute is not None) and day is None:
        notes.note("times of day without a day dropped: a time goes with a day")
    if month is not None and not 1 <= month <= 12:
        raise FormatError(path, f"{place}.month", f"month {month} is not 1-12")
    if month is None:
        return safe_year(year)
    if day is None:
        return safe_month(year, month)
    date = safe_day(year, month, day)
    if date is None and safe_month(year, month) is not None:
        raise FormatError(path, f"{place}.day",
                          f"{written}-{month:02d}-{day:02d} is not a valid date")
    if date is None or hour is None:
        if minute is not None and hour is None:
            notes.note("minutes without an hour dropped")
        return date
    if not 0 <= hour <= 23:
        raise FormatError(path, f"{place}.hour", f"hour {hour} is not 0-23")
    if minute is not None and not 0 <= minute <= 59:
        raise FormatError(path, f"{place}.minute", f"minute {minute} is not 0-59")
    if any(seconds):
        notes.note("seconds dropped: this app keeps times of day to the minute")
    return date.with_time(ClockTime(hour, minute))


def _text_of(slide: dict[str, Any]) -> tuple[str, str]:
    text = slide.get("text")
    if not isinstance(text, dict):
        return "", ""
    headline = text.get("headline")
    body = text.get("text")
    return (html_to_text(headline) if isinstance(headline, str) else "",
            html_to_text(body) if isinstance(body, str) else "")


#: The labels of a slide's media paragraph (:func:`_media_line`), read back on export
#: (:func:`_media_of`).
_MEDIA, _CAPTION, _CREDIT = MEDIA, CAPTION, CREDIT
#: A media ``url`` that is a link (TimelineJS also takes protocol-relative "//host/…");
#: anything else is embedded HTML (a quotation, a tweet) and comes back as a blockquote.
_LINK = re.compile(r"(?:https?:)?//\S+", re.IGNORECASE)
#: A link as ``html_to_text`` writes one, "text (https://…)", in a caption or credit.
_TEXT_LINK = re.compile(r"([^()\n]+) \((https?://[^\s()]+)\)")


def _media_line(slide: dict[str, Any], notes: ImportNotes) -> str:
    """A slide's ``media`` as a paragraph of the summary: "Media: <url or the quotation>",
    then a "Caption: …" and a "Credit: …" line when given.  The export reads it back as the
    slide's media (:func:`_media_of`), so a photo or video survives import, edit and export
    (verify28, fault 6)."""
    media = slide.get("media")
    if not isinstance(media, dict):
        return ""
    url = media.get("url")
    if not isinstance(url, str) or not url.strip():
        return ""
    notes.note("media kept with their events (Details shows each slide's picture, video "
               "or quotation apart; links never fetched); the export writes them back as "
               "the slides' media")
    caption, credit = media.get("caption"), media.get("credit")
    return media_paragraph(url, caption if isinstance(caption, str) else "",
                           credit if isinstance(credit, str) else "")


def media_paragraph(url: str, caption: str = "", credit: str = "") -> str:
    """A slide's media as the paragraph of a summary the export reads back as the slide's
    ``media`` (:func:`_media_of`): "Media: <url, or an embedded quotation's text>", then
    "Caption: …" and "Credit: …" lines when given (HTML read as plain text, links as
    "text (url)"); "" when ``url`` is blank.  Used for a TimelineJS file's slides and a
    TimelineJS sheet's Media, Media Caption and Media Credit columns (``csv_table``)."""
    url = url.strip()
    if not url:
        return ""
    if _LINK.fullmatch(url):
        link = url
    else:  # TimelineJS also accepts embedded HTML (quotes, tweets) as "media"
        link = html_to_text(url).replace("\n\n", "\n")
    lines = [_MEDIA + link]
    for value, label in ((caption, _CAPTION), (credit, _CREDIT)):
        if value.strip():
            lines.append(label + " ".join(html_to_text(value).split()))
    return "\n".join(lines)


#: A link as ``html_to_text`` writes one in a slide's text: the words before " (url)" back
#: to the clause's start (a stop, comma, colon, bracket, quotation mark or dash), which is
#: as far as the plain text can tell the link's words went: "There was much debate
#: (http://…)" is linked as "There was much debate"; a second round trip keeps it so.
_CLAUSE_LINK = re.compile(r"([^\s(),.;:!?\"\u201c\u201d\u2014\u2013]"
                          r"[^(),.;:!?\"\u201c\u201d\u2014\u2013\n]*?) \((https?://[^\s()]+)\)")


def _media_html(text: str, pattern: re.Pattern[str] = _TEXT_LINK) -> str:
    """A caption or credit as TimelineJS HTML: escaped, its "text (url)" links links again
    (``pattern``: group 1 the words, group 2 the http(s) address, after " (": both
    patterns here need " (http", and a text without it is only escaped, the same text the
    search gives, without a search from every character: a summary's lines took 43 % of a
    TimelineJS Sheet export's CPU; session 62, suite62)."""
    import html

    if " (http" not in text:
        return html.escape(text, quote=False)
    out, at = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[at:match.start()], quote=False))
        out.append(f'<a href="{html.escape(match[2])}">{html.escape(match[1], quote=False)}</a>')
        at = match.end()
    return "".join(out) + html.escape(text[at:], quote=False)


def _media_of(summary: str) -> tuple[str, dict[str, str] | None]:
    """The summary without its picture's lines and the picture as a slide's ``media``
    (``core.picture.split_picture``: the last paragraph :func:`_media_line` wrote, its
    older one-line form "Media: url (caption; credit)", or "Media:", "Caption:" and
    "Credit:" lines typed at the end of the last paragraph — verify57 F27); ``(summary,
    None)`` otherwise.  A "Media:" text that is no address is an embedded quotation."""
    import html

    head, picture = split_picture(summary)
    if picture is None:
        return summary, None
    url = picture.url if picture.is_link else (
        "<blockquote>" + html.escape(picture.url).replace("\n", "<br>") + "</blockquote>")
    return head, {"url": url, "caption": _media_html(picture.caption),
                  "credit": _media_html(picture.credit)}


def _linked_picture(event: Event) -> dict[str, str] | None:
    """A slide's ``media`` for an event with no picture that cites a picture's address as a
    link (Add quote… → "a link" before it offered "the slide's picture": verify57 F27's
    note, "Link: https://…jpg" exported as text only): the first such link
    (``core.picture.is_image_address``), which stays a "Link:" paragraph too; None when
    it cites none."""
    from ..core.sourced import Reference

    for evidence in event.evidence:
        if isinstance(evidence, Reference) and evidence.kind == "link" \
                and is_image_address(evidence.sentence):
            return {"url": evidence.sentence.strip()}
    return None


#: A display date that marks its date approximate, as ``FuzzyDate.describe`` writes it
#: ("c. January 2025") or as people do ("circa 1965", "about 2000", "ca. 1900").
_SAYS_CIRCA = re.compile(r"\s*(?:c\.|ca\.|circa\b|about\b|approx)", re.IGNORECASE)


#: A display date ending in a question mark ("1994?", "c. 1994?"): a date the file's author
#: was not sure of, read as circa (verify59 F3: "1994?" came in as a plain 1994).
_ASKS = re.compile(r"\?\s*$")


def _ours(slide: dict[str, Any]) -> dict[str, Any] | None:
    value = slide.get(NAMESPACE)
    return value if isinstance(value, dict) else None




def _event_from_slide(slide: object, place: str, path: str | None, notes: ImportNotes,
                      used_ids: set[str], category: str | None = None,
                      era_lanes: frozenset[str] = frozenset(),
                      untold_of: dict[str, frozenset[str]] | None = None) -> Event | None:
    if not isinstance(slide, dict):
        raise FormatError(path, place, "an event must be an object")
    headline, body = _text_of(slide)
    ours = _ours(slide)
    edited = _edited_since_export(slide, ours, headline, category) if ours else {}
    date = date_from_fields(ours.get("date")) if ours and "dates" not in edited else None
    if date is None:
        if "start_date" not in slide:
            raise FormatError(path, place, "an event needs a start_date")
        date = _read_date(slide["start_date"], f"{place}.start_date", path, notes)
    if date is None:
        notes.skip("date outside the years this app represents", headline or place)
        return None
    end: FuzzyDate | None = None
    if ours and "dates" not in edited:
        end = date_from_fields(ours.get("end")) if "end" in ours else None
    elif isinstance(slide.get("end_date"), dict) and _has_year(slide["end_date"]):
        end = _read_date(slide["end_date"], f"{place}.end_date", path, notes)
        same_start = end is not None and end.start_day() <= date.start_day()
        if (end is not None and same_start and end.precision == date.precision
                and end.sort_key() <= date.sort_key()):
            end = None  # an end on the start day says nothing more (a later time does)
        elif (end is not None and end.precision is Precision.DAY and end.time is None
              and date.precision is not Precision.DAY
              and date.start_day() <= end.start_day() and end.end_day() == date.end_day()):
            end = None  # the last day of the start's own year or month (our export's end
            # of an era of 1979, written to 31 December for TimelineJS: verify80 F17)
    elif isinstance(slide.get("end_date"), dict) and any(
            slide["end_date"].get(part) not in (None, "") for part in _DATE_PARTS):
        # TimelineJS's own sheet reader deletes an end date without a year (its
        # ``extractGoogleEntryData_V4``; a converted sheet writes every column, empty
        # ones as ""): so here, rather than leaving the slide out (verify40, F11).
        notes.note("end dates without a year dropped, as TimelineJS drops them")
    if end is not None and end.start_day() < date.start_day():  # the native format's rule
        notes.note("end dates before their start dropped")
        end = None
    summary = str(ours.get("summary", body)) if ours else body
    participants: tuple[str, ...] = ()
    location = ""
    evidence: tuple[Evidence, ...] = ()
    status = status_from_fields(ours)
    if not ours:
        summary, participants, location, evidence, status = _labelled(summary, notes)
        media = _media_line(slide, notes)
        if media:
            summary = f"{summary}\n\n{media}" if summary else media
        display = slide.get("display_date")
        if isinstance(display, str) and display.strip():
            notes.note("display dates kept as the date's basis")
            said = display_date_read(display, date, end)
            if said[:2] != (date, end) and said[2]:
                notes.tally["display dates"] += 1
            date, end = said[0], said[1]
    event_id = slide.get("unique_id")
    if not isinstance(event_id, str) or not event_id or event_id in used_ids:
        from ..core.model import new_event_id

        event_id = new_event_id()
    used_ids.add(event_id)
    group = slide.get("group")
    own = str(ours.get("category")) if ours and ours.get("category") else None
    if category is not None and own not in ERA_LANES and own not in era_lanes:
        own = None  # an era is in a lane of eras (``era_lanes``: the file's, our export's
        # top-level key), whatever else our key says
    # An era back in the lane of eras it was written from ("eras", verify34 F5); without
    # our key, in the lane its group names: our export writes an era's lane there
    # ("Phases"; verify46 F10: it came back as a lane "Era"), the file's lane of eras.
    grouped = (category_from_display(html_to_text(group))
               if isinstance(group, str) and group.strip() else None)
    lane = own or (grouped if category is not None and not ours else None) or category \
        or grouped or "event"
    if slide.get("background"):
        notes.note("slide backgrounds not carried")
    date_basis = ""
    source_id = None
    if ours:
        raw = ours.get("participants")
        participants = tuple(str(p) for p in raw) if isinstance(raw, list) else ()
        location = str(ours.get("location", ""))
        date_basis = str(ours.get("date_basis", ""))
        evidence = evidence_from_fields(ours.get("evidence"))
        source_id = ours.get("source") if isinstance(ours.get("source"), str) else None
    elif isinstance(slide.get("display_date"), str) and slide["display_date"].strip():
        date_basis = f"shown as '{html_to_text(slide['display_date'])}' in the TimelineJS file"
    else:  # (its own dates: "a TimelineJS file" reported it, not a person: verify55 F12)
        date_basis = FILE_BASIS
    if ours and isinstance(ours.get("title"), str):
        headline = ours["title"]
    if not ours and untold_of is not None:
        # A slide without our key tells participants, place and status only by labelled
        # lines: without one, their empty values say nothing (verify80 F7).
        untold = frozenset(name for name, told in (
            ("participants", participants), ("place", location), ("status", status)) if not told)
        if untold:
            untold_of[event_id] = untold
    event = Event(event_id, headline or "(untitled)", date, end, lane, participants, location,
                  summary, date_basis, source_id, evidence, status)
    if edited:
        # The slide's own fields changed since our export (in TimelineJS, by hand, by
        # another tool): they win over our key, as in The Timeline Project's import.
        if "dates" in edited:
            own_date, own_end = edited["dates"]
            shown = _display_edited(slide, own_date, own_end,
                                    str((ours or {}).get("date_basis", "")))
            if shown is not None and not _parts_edited(slide, own_date, own_end):
                # Only the display date was changed (the parts are as exported): it is
                # what TimelineJS shows, so it is the person's new date (verify36's
                # leftover of F1); words it cannot read leave the date as it was.
                read = _display_date(shown, date, end)
                if read is not None:
                    date, end = read
                else:
                    notes.note("display dates changed after the export that are not a "
                               "date kept the events' dates")
            if (date, end) == (own_date, own_end):
                edited.pop("dates")
            else:
                event = with_edits(dataclasses.replace(event, date=own_date, end=own_end),
                                   "the TimelineJS file", dates=(date, end))
        event = with_edits(event, "the TimelineJS file", title=edited.get("titles"),
                           category=edited.get("lanes"))
        if edited:
            notes.tally["edited"] += 1
            notes.edited_kinds |= set(edited)
    return event


def _written_parts(date: FuzzyDate | None, end: bool = False
                   ) -> tuple[int | None, ...] | None:
    """(year, month, day, hour, minute) as our export writes ``date`` in a slide, as its
    start (:func:`_date_parts`) or with ``end`` as its end (:func:`_end_parts`), ``None``
    for no date."""
    if date is None:
        return None
    parts = _end_parts(date) if end else _date_parts(date)
    return tuple(parts.get(key) for key in _COMPARED_PARTS)


def _parts_edited(slide: dict[str, Any], own: FuzzyDate, own_end: FuzzyDate | None,
                  era: bool = False) -> bool:
    """Whether the slide's ``start_date``/``end_date`` parts no longer say what our export
    wrote for ``own`` (to ``own_end``); ``era``: an era's slide, which always has an end."""
    written_end = own_end if own_end is not None else (
        own if era or _spans_parts(own) else None)
    return (_read_parts(slide.get("start_date")) != _written_parts(own)
            or _read_parts(slide.get("end_date")) != _written_parts(written_end, end=True))


def _display_edited(slide: dict[str, Any], own: FuzzyDate, own_end: FuzzyDate | None,
                    basis: str = "") -> str | None:
    """The slide's ``display_date`` as plain text when it no longer says what our export
    wrote for ``own`` (to ``own_end``; ``basis`` its date basis, which tells a week an
    article named, ``core.weeks``) — TimelineJS shows it in place of the date parts,
    so a person who edits only it ("June 1965" → "c. June 1965", "22 June 1965") means a
    new date; ``None`` when it is missing, blank or as exported (spaces aside)."""
    raw = slide.get("display_date")
    if not isinstance(raw, str) or not raw.strip():
        return None
    shown = html_to_text(raw)
    written = _display_words(own, own_end)
    if own_end is not None:
        week = Event("week", "", own, own_end, date_basis=basis)
        if told_week(week):
            written = week_words(week)
    return None if shown.split() == written.split() else shown


def display_date_read(display: str, date: FuzzyDate, end: FuzzyDate | None
                      ) -> tuple[FuzzyDate, FuzzyDate | None, bool]:
    """The date and end a slide's (or a TimelineJS sheet's) display date says, over the
    days of its date parts ``date`` to ``end``: our export's "late 2024" over September to
    December names the precision (and circa) the parts cannot (new-user trial 16, finding
    2), and "c. January 2025" that the date is approximate; the third item is whether the
    precision was read (not only circa).  ``display`` is HTML; anything else leaves the
    dates as they are."""
    words = html_to_text(display)
    described = described_date(words, date.start_day(), (end or date).end_day())
    if described is not None and described != (date, end):
        return described[0], described[1], True
    if end is None and date.month is None and (wider := _wider_reading(words, date)):
        # ("late 1980s" over the year 1989 alone: a sheet needs a year where its author
        # knew less, and TimelineJS shows the words; verify59 F3)
        return wider, None, True
    if (_SAYS_CIRCA.match(words) or _ASKS.search(words)) and not date.circa:
        return date.with_circa(), end, False
    return date, end, False


def _wider_reading(words: str, year: FuzzyDate) -> FuzzyDate | None:
    """The one date ``words`` read as (``parse_typed_date``), when it is a span of years
    wider than ``year`` (a date known to the year only) and holds it: "late 1980s" over
    1989, "the 1990s" over 1994; ``None`` otherwise (a year, a month or a day; words read
    two ways; a span not holding the year)."""
    from ..core.parse_date import parse_typed_date

    result = parse_typed_date(words, True)
    wider = result.date
    if wider is None or result.end is not None or result.alternatives \
            or wider.month is not None or wider == year:
        return None
    inside = wider.start_day() <= year.start_day() and year.end_day() <= wider.end_day()
    return wider if inside and wider.end_day() - wider.start_day() > \
        year.end_day() - year.start_day() else None


def _display_words(date: FuzzyDate, end: FuzzyDate | None) -> str:
    """A slide's ``display_date`` as our export writes it: 'c. June 1965', '1965 – 1970'."""
    return date.describe() if end is None else f"{date.describe()} \u2013 {end.describe()}"


def _display_date(words: str, date: FuzzyDate, end: FuzzyDate | None
                  ) -> tuple[FuzzyDate, FuzzyDate | None] | None:
    """The date (and end) a display date changed by hand says, read as the event editor
    reads a typed date (``parse_typed_date``), when it has one reading; ``None`` when it
    cannot be read, is ambiguous, or merely repeats the date parts (``date``, ``end``)."""
    from ..core.parse_date import parse_typed_date

    result = parse_typed_date(words, True)
    if result.date is None or result.alternatives or (result.date, result.end) == (date, end):
        return None
    return result.date, result.end


#: The parts :func:`_parts_edited` compares with what the export wrote.
_COMPARED_PARTS = ("year", "month", "day", "hour", "minute")


def _read_parts(raw: object) -> tuple[int | None, ...] | None:
    """A slide's ``start_date``/``end_date`` as (year, month, day, hour, minute) numbers;
    ``None`` when it has none, all ``None`` when it cannot be read (then it differs from
    any date the export wrote, and :func:`_read_date` says what is wrong with it)."""
    if not isinstance(raw, dict) or not raw:
        return None
    try:
        return tuple(_int_field(raw.get(key)) for key in _COMPARED_PARTS)
    except ValueError:
        return (None,) * len(_COMPARED_PARTS)


def _edited_since_export(slide: dict[str, Any], ours: dict[str, Any], headline: str,
                         category: str | None) -> dict[str, Any]:
    """The visible fields of a slide that no longer say what our export wrote beside our
    key (``ours``), by kind (``exchange.EDITED_KINDS``): "dates" → the old (start, end) of
    our key (the slide's own are read as for a slide of another tool), "titles" → the
    headline, "lanes" → the group's lane.  An era's group is the lane of eras, never
    taken.  Empty when the slide is as exported (verify36 F1)."""
    edited: dict[str, Any] = {}
    own = date_from_fields(ours.get("date"))
    own_end = date_from_fields(ours.get("end")) if "end" in ours else None
    basis = str(ours.get("date_basis", ""))
    if own is not None and "start_date" in slide and (
            _parts_edited(slide, own, own_end, category is not None)
            or _display_edited(slide, own, own_end, basis) is not None):
        edited["dates"] = (own, own_end)
    title = ours.get("title")
    if isinstance(title, str) and headline.strip() and headline.split() != title.split():
        edited["titles"] = headline
    group = slide.get("group")
    own_lane = ours.get("category")
    if (category is None and isinstance(group, str) and group.strip()
            and isinstance(own_lane, str) and own_lane not in ERA_LANES):
        shown = html_to_text(group)
        if shown != display_category(own_lane):
            edited["lanes"] = category_from_display(shown)
    return edited


#: Slides left out that the import's summary names one by one; the rest are counted.
_LISTED = 5


def _refused_words(slide: object, place: str, error: FormatError) -> str:
    """A slide left out, for the import's summary: 'event 2 ("Month 13"), its start date:
    month 13 is not 1-12'."""
    kind, _, rest = place[2:].partition("[")
    where = f"{'era' if kind == 'eras' else 'event'} {int(rest.split(']')[0]) + 1}"
    headline = _text_of(slide)[0] if isinstance(slide, dict) else ""
    if headline:
        where += f" (\u201c{shortened(headline)}\u201d)"
    inner = (error.place or "")[len(place):].lstrip(".")
    field = inner.split(".")[0].replace("_", " ")
    return f"{where}{', its ' + field if field else ''}: {error.problem}"


def labelled_paragraphs(text: str, notes: ImportNotes
                        ) -> tuple[str, tuple[str, ...], str, tuple[Evidence, ...], str]:
    """:func:`_labelled`, for a TimelineJS sheet's Text (``csv_table``)."""
    return _labelled(text, notes)


def _labelled(text: str, notes: ImportNotes
              ) -> tuple[str, tuple[str, ...], str, tuple[Evidence, ...], str]:
    """The summary, participants, place, source sentences and status our export wrote as
    the last paragraphs of a slide's text ("Status: Disputed", "Participants: …",
    "Place: …", "Source: “…”", :func:`_slide`), read back from a file that lost our key;
    the text unchanged, and no fields, when it does not end so."""
    blocks = text.split("\n\n")
    sentences = take_sentences(blocks)
    references = take_references(blocks)  # (before them: "Link: …", "Reference: …")
    place = take_label(blocks, "Place: ")
    names = take_label(blocks, "Participants: ")
    status = take_status(blocks)
    moved = take_label(blocks, PLANNED_FOR)  # (the basis says it: ``core.plans``)
    if not sentences and place is None and names is None and status is None \
            and moved is None:
        return text, (), "", (), ""
    notes.tally["labelled lines"] += 1
    return ("\n\n".join(blocks), split_name_list(names or ""),
            place or "", tuple(Evidence(s, 0, len(s), None, None) for s in sentences)
            + references, status or "")


def loads_timelinejs(text: str, path: str | os.PathLike[str] | None = None,
                     progress: Callable[[int, int], bool] | None = None) -> ImportResult:
    """Import a TimelineJS JSON document.

    Args:
        text: The file's text.
        path: The file's name, for error messages.
        progress: Called with how many slides are read and how many there are, every
            ``PROGRESS_SLIDES`` slides and at the end (see :func:`import_timelinejs`);
            returning ``False`` cancels.

    Returns:
        The timeline and one line per kind of thing that could not be carried.

    Raises:
        FormatError: Not JSON, or not a TimelineJS document, with the JSON path of the
            problem (e.g. ``$.events[3].start_date.month``); or cancelled through
            ``progress`` (problem ``"cancelled"``, no place).
    """
    name = os.fspath(path) if path is not None else None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(name, f"line {exc.lineno}, column {exc.colno}",
                          f"invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise FormatError(name, None, "invalid JSON: nested too deeply") from None
    return import_timelinejs(document, name, progress)


#: How many slides ``import_timelinejs`` reads between two calls of its ``progress``
#: (~0.2 s of CPU: 100 000 slides of our own export take ~20 s, verify38 F5).
PROGRESS_SLIDES = 1000


def import_timelinejs(document: object, path: str | None = None,
                      progress: Callable[[int, int], bool] | None = None) -> ImportResult:
    """Import an already decoded TimelineJS document (see :func:`loads_timelinejs`, and
    ``progress`` there)."""
    if not isinstance(document, dict):
        raise FormatError(path, "$", "a TimelineJS document is a JSON object")
    events_raw = document.get("events", [])
    if not isinstance(events_raw, list):
        raise FormatError(path, "$.events", "must be a list of slides")
    notes = ImportNotes()
    if document.get("scale") == "cosmological":
        notes.note("the file uses TimelineJS's cosmological scale; years outside "
                   "the representable range are skipped")
    used: set[str] = set()
    events: list[Event] = []
    markup: dict[str, dict[str, Any]] = {}  # the slides' own HTML, by event id
    refused: list[FormatError] = []
    left_out: list[str] = []
    eras = document.get("eras", [])
    top = _ours(document) or {}
    era_lanes = frozenset(order_from_fields(top.get("era_lanes")))
    era_categories: set[str] = set()  # the lanes the file's eras went into
    untold_of: dict[str, frozenset[str]] = {}  # (``ImportResult.untold_of``)
    slides: list[tuple[str, object, str | None]] = [
        (f"$.events[{i}]", slide, None) for i, slide in enumerate(events_raw)]
    if isinstance(eras, list):
        slides += [(f"$.eras[{i}]", era, ERA_CATEGORY) for i, era in enumerate(eras)]
    for done, (place, slide, category) in enumerate(slides):
        if done % PROGRESS_SLIDES == 0:
            go_on(progress, done, len(slides), path)
        try:
            event = _event_from_slide(slide, place, path, notes, used, category, era_lanes,
                                      untold_of)
        except FormatError as exc:
            # One bad slide (a month 13) leaves out that slide, not the file: the rest is
            # imported and the summary names what was left out and why, as a CSV import
            # does (new-user trial 16, finding 5).
            refused.append(exc)
            left_out.append(_refused_words(slide, place, exc))
            continue
        if event is not None:
            events.append(event)
            if category is not None:
                era_categories.add(event.category)
            html = _markup_of(slide)
            if html is not None:
                markup[event.id] = html
    go_on(progress, len(slides), len(slides), path)
    if refused and not events:
        raise refused[0]  # nothing to import: the first slide's problem is the answer
    if notes.tally["edited"]:
        notes.note(edited_note(notes.tally["edited"], notes.edited_kinds))
    if notes.tally["labelled lines"]:
        notes.note(labelled_note(notes.tally["labelled lines"],
                                 "statuses, participants, places and source sentences"))
    if notes.tally["display dates"]:
        notes.note(f"the precision (a month, a part of a year, circa…) of "
                   f"{counted(notes.tally['display dates'], 'event')} read back from the "
                   "display dates this app's export writes")
    links = sum(1 for html in markup.values() if _LINK_TAG.search(
        " ".join(str(value) for value in html.values())))
    if links:  # (verify49 F11)
        notes.note(f"links and formatting of {counted(links, 'slide')} kept as written "
                   "while their text is not edited here; the export writes an edited "
                   "slide from its plain text: its links then start at the clause's "
                   "start, and bold, italics and link titles are lost")
    if left_out:
        shown = "; ".join(left_out[:_LISTED]) + (
            f"; and {len(left_out) - _LISTED} more" if len(left_out) > _LISTED else "")
        notes.note(f"{counted(len(left_out), 'entry', 'entries')} left out, not readable: {shown}")
    title_slide = document.get("title")
    title, description = ("Imported TimelineJS timeline", "")
    if isinstance(title_slide, dict):
        headline, body = _text_of(title_slide)
        title = headline or title
        # The title slide's photo and its credit, kept as a slide's are (verify40, F1).
        media = _media_line(title_slide, ImportNotes())  # (its own note, below)
        description = "\n\n".join(part for part in (body, media) if part)
        if media:
            notes.note("the title slide's media kept as a link in the timeline's description "
                       "(Timeline → Properties), never fetched; the export writes it back")
    ours = _ours(document) or {}
    sources = sources_from_fields(ours.get("sources"))
    if isinstance(ours.get("title"), str):
        title = ours["title"]
    if isinstance(ours.get("description"), str):
        description = ours["description"]
    # Evidence and sources only travel together: drop dangling source references.
    events = known_sources_only(events, sources)
    timeline = Timeline.from_events(events, title=title, description=description, sources=sources,
                                    category_colors=colors_from_fields(ours.get("category_colors")),
                                    lane_order=order_from_fields(ours.get("lane_order")))
    timeline.era_lanes = era_lanes_read(ours.get("era_lanes"), era_categories)
    hand_read(timeline, ours)
    timeline.kept_markup = {event.id: (event, markup[event.id]) for event in events
                            if event.id in markup}
    return ImportResult(timeline, FORMAT_WORDS, notes.lines(), untold_of=untold_of)


#: An HTML link, as a slide's text or a media credit writes one.
_LINK_TAG = re.compile(r"<a\s", re.IGNORECASE)


def _markup_of(slide: object) -> dict[str, Any] | None:
    """A slide's own ``{"headline", "text", "media"}`` (``media`` None when it has none)
    when its text, headline or media holds markup (a tag or an entity) that the plain text
    an event keeps cannot tell again: links on their words, emphasis, a credit's
    ``title=``; else None (most slides: nothing kept).  The strings are the decoded
    document's own, not copies (verify49 F11)."""
    if not isinstance(slide, dict):
        return None
    text = slide.get("text")
    headline, body = (text.get("headline"), text.get("text")) if isinstance(text, dict) \
        else (None, None)
    media = slide.get("media") if isinstance(slide.get("media"), dict) else None
    said = [value for value in (headline, body, *(media or {}).values())
            if isinstance(value, str)]
    if not any("<" in value or "&" in value for value in said):
        return None
    if not all(map(_harmless, said)):
        return None  # written from its plain text, as before: its script is not ours to pass on
    return {"headline": headline if isinstance(headline, str) else "",
            "text": body if isinstance(body, str) else "", "media": media}


#: The tags a slide's HTML may hold to be written back as it was (:func:`_harmless`): text
#: markup, links, quotations, lists, pictures; none that runs or embeds a page.
_TEXT_TAGS = frozenset((
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "del", "div", "em", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "mark", "ol", "p", "q", "s",
    "small", "span", "strong", "sub", "sup", "u", "ul"))
#: An address a link or picture of such HTML may have: http(s), mailto, or protocol- or
#: page-relative (no other scheme: ``javascript:`` is one).
_SAFE_ADDRESS = re.compile(r"(?:https?:|mailto:|//|[^:]*$)", re.IGNORECASE)


def _harmless(markup: str) -> bool:
    """Whether ``markup`` (a slide's HTML) holds only :data:`_TEXT_TAGS`, no event
    handler (``on…=``) or style, and links and pictures to :data:`_SAFE_ADDRESS` only:
    what may be written back as it was.  A slide with anything else (a script, a
    ``javascript:`` link, an iframe) is written from its plain text, as the plain text
    the app shows is all the person has seen of it (verify46 F11's rule: such a link is
    dropped)."""
    if "<" not in markup:
        return True
    check = _markup_check()(convert_charrefs=True)
    check.feed(markup)
    check.close()
    return bool(check.ok)


@functools.cache
def _markup_check() -> type[Any]:
    """The HTML parser class of :func:`_harmless` (made once, at its first use: the
    import of ``html.parser`` is left to the first slide with markup)."""
    from html.parser import HTMLParser

    class Check(HTMLParser):
        ok = True

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag not in _TEXT_TAGS:
                self.ok = False
            for name, value in attrs:
                if name.startswith("on") or name == "style" or (
                        name in ("href", "src") and not _SAFE_ADDRESS.match(
                            "".join((value or "").split()))):
                    self.ok = False

        handle_startendtag = handle_starttag

    return Check


def _as_imported(event: Event, imported: Event) -> bool:
    """Whether ``event``'s text — title, summary, participants, place, status and source
    sentences, all a slide's text is written from — is as the TimelineJS import made it
    (``imported``): its slide's own HTML (``Timeline.kept_markup``) still says it."""
    return (event.title == imported.title and event.summary == imported.summary
            and event.participants == imported.participants
            and event.location == imported.location and event.status == imported.status
            and event.evidence == imported.evidence)


def export_losses(timeline: Timeline) -> list[str]:
    """What the TimelineJS export of ``timeline`` does not write back as the file it was
    opened from had it: the links and formatting of the slides whose text was edited
    since (``Timeline.kept_markup``), one line, or none (verify49 F11)."""
    edited = [event for event_id, (imported, html) in timeline.kept_markup.items()
              if event_id in timeline
              and not _as_imported(event := timeline.get(event_id), imported)]
    if not edited:
        return []
    names = ", ".join(f"\u201c{shortened(e.title)}\u201d" for e in edited[:3])
    more = f" and {len(edited) - 3} more" if len(edited) > 3 else ""
    return [f"{counted(len(edited), 'slide')} whose text was edited since the TimelineJS "
            f"file was opened ({names}{more}) written from the plain text: a link is put "
            "on the words before its address back to the clause's start, and bold, "
            "italics and link titles are not kept"]




#: How many days before its dateline an article's last held event may end and still be
#: the news it reports ("on Friday", "this week"), not the background a retrospective
#: ends with (verify74 F10: a feature's last event was two months before its date).
NEWS_DAYS = 7


def news_slide(timeline: Timeline) -> tuple[int, Event] | None:
    """The slide of ``timeline``'s TimelineJS export a reader of its news looks for
    first, and its number as TimelineJS counts slides for its ``start_at_slide`` option.

    Each dated article's own news is the last event that cites it and tells its happening
    as held (``core.duplicates.tells_held``: no plan, "(scheduled)", nor one called off),
    dated on or before the article's dateline (what it announces for later comes after).
    The timeline's news is the latest of those that end at most ``NEWS_DAYS`` before
    their article's date (news reported, not a retrospective's background); when none
    does, the newest article's own; else the latest of any article's.  An event typed by
    hand cites no article and is never the news (verify74 F10: a legal review typed by
    hand for January 2025 was "the news is slide 22", after the date typed for an
    undated feature, over the Montevideo conclusion of the wire's day).  Numbered from the
    title slide (0) in the order TimelineJS sorts the events, by start date, ties in the
    file's order (``Timeline._getSlideIndex`` and ``DateUtil.sortByDate`` of TimelineJS
    3.x; eras are no slides).  ``None`` when no article is dated, or when the news is the
    first slide after the title, where TimelineJS's next arrow goes anyway.  One pass
    from the last slide back: O(events)."""
    from ..core.duplicates import tells_held
    from ..core.sourced import cited_sources

    cited = set(cited_sources(timeline))
    dates = {source_id: source.dateline_date for source_id, source in timeline.sources.items()
             if source_id in cited and source.dateline_date is not None}
    if not dates:
        return None
    is_era = timeline.is_era_lane
    slides = [event for event in timeline if not is_era(event.category)]
    keys = [_sorted_as_timelinejs(event.date) for event in slides]
    order = sorted(range(len(slides)), key=keys.__getitem__)
    newest = max(dates.values())
    # (the slides starting after the newest dateline are no article's news: skipped by
    # bisection, as a timeline's planned years or a long tail typed by hand may be many)
    after = bisect.bisect_right(order, (newest.year, newest.month, newest.day, 24, 60),
                                key=keys.__getitem__)
    own: dict[str, tuple[int, Event]] = {}  # each article's own news
    for number in range(after, 0, -1):
        event = slides[order[number - 1]]
        waiting = [source_id for source_id in dict.fromkeys(cited_sources((event,)))
                   if source_id in dates and source_id not in own]
        if not waiting:
            continue
        try:
            first_day = event.date.start
        except (ValueError, OverflowError):
            continue  # before AD 1: long before any article
        told = [source_id for source_id in waiting if first_day <= dates[source_id]]
        if told and tells_held(event):
            own.update((source_id, (number, event)) for source_id in told)
            if len(own) == len(dates):
                break
    if not own:
        return None

    def reported(source_id: str) -> bool:
        _number, event = own[source_id]
        last_day = (event.end or event.date).end_day() - 1
        return dates[source_id].toordinal() - last_day <= NEWS_DAYS

    news = (max((own[i] for i in own if reported(i)), key=lambda pair: pair[0], default=None)
            or max((own[i] for i in own if dates[i] == newest), key=lambda pair: pair[0],
                   default=None)
            or max(own.values(), key=lambda pair: pair[0]))
    return news if news[0] > 1 else None


def _sorted_as_timelinejs(date: FuzzyDate) -> tuple[int, int, int, int, int]:
    """The key TimelineJS compares slides' start dates by: the written parts, a month or
    day not written as 1, an hour or minute as 0 (``TL.Date``, its ``getTime``)."""
    parts = _astronomical_parts(date)
    return (parts["year"], parts.get("month", 1), parts.get("day", 1), parts.get("hour", 0),
            parts.get("minute", 0))


def opening_note(timeline: Timeline) -> str | None:
    """What to tell whoever publishes the export of ``timeline``: TimelineJS opens a file
    on its title slide, and the page that shows it, not the file, chooses another
    (TimelineJS's ``start_at_slide``/``start_at_end`` options, given to ``TL.Timeline`` or
    in the embed address; its JSON format has no field for them): the number of the
    :func:`news_slide`, or ``None``."""
    news = news_slide(timeline)
    if news is None:
        return None
    number, event = news
    return (f"TimelineJS opens the file on its title slide, and the next arrow goes to the "
            f"oldest event; the news, \u201c{shortened(event.title)}\u201d "
            f"({event.date.describe()}), is slide {number}: to open on it, show the file "
            f"with TimelineJS's option start_at_slide: {number} (in an embed address "
            f"&start_at_slide={number}); start_at_end: true opens on the last slide")


# -- export ------------------------------------------------------------------------------

def _astronomical_parts(date: FuzzyDate, last: bool = False) -> dict[str, Any]:
    """TimelineJS date parts with our astronomical year: year, plus month and day as far as
    the precision goes (:func:`_date_parts` gives the year as TimelineJS counts it).

    For a span precision (part of year, decade) the first (or with ``last``, the last) month
    is given, so that TimelineJS draws the whole span; for the early, mid or late part of a
    month (``mod``) its first (or last) day, and of a decade its first (or last) year.
    """
    p = date.precision
    span = vague_span(date)  # (the CSV's ISO and End cells' rule too: verify74 F12)
    if span is not None:
        told = span[1] if last else span[0]
        parts: dict[str, Any] = {"year": told.year}
        if told.precision is not Precision.YEAR:
            parts["month"] = told.month
        if told.precision is Precision.DAY:
            parts["day"] = told.day
        return parts
    if p is Precision.DAY:
        if date.time is not None:  # the local clock (TimelineJS has no time zone)
            clock: dict[str, Any] = {"hour": date.time.hour}
            if date.time.minute is not None:
                clock["minute"] = date.time.minute
            return {"year": date.year, "month": date.month, "day": date.day, **clock}
        return {"year": date.year, "month": date.month, "day": date.day}
    if p is Precision.MONTH:
        return {"year": date.year, "month": date.month}
    return {"year": date.year}



def _date_parts(date: FuzzyDate, last: bool = False) -> dict[str, Any]:
    """TimelineJS date parts (:func:`_astronomical_parts`), the year as TimelineJS counts
    it (:func:`year_to_timelinejs`): 421 BC is written -421, which it labels "421 BCE";
    with a ``display_date`` only where the parts cannot say the date (:func:`_needs_words`).
    """
    parts = _astronomical_parts(date, last)
    parts["year"] = year_to_timelinejs(parts["year"])
    if _needs_words(date):
        parts["display_date"] = date.describe()
    return parts


def _end_parts(date: FuzzyDate) -> dict[str, Any]:
    """A slide's or an era's ``end_date`` for ``date`` as an end (its last parts,
    :func:`_date_parts`), down to its last day: TimelineJS reads a year alone as its 1
    January and a month as its 1st (``TLDate``), so an era of 1969 to 1979 written
    ``{"year": 1979}`` ended there a year early (verify80 F17), "summer 2019" on 1
    August.  Its words are the slide's ``display_date`` (:func:`_slide`), which reads the
    precision back (:func:`display_date_read`)."""
    parts = _date_parts(date, last=True)
    if "day" not in parts:
        told = vague_span(date)
        last = told[1] if told is not None else date
        year = last.year
        month = last.month if last.month is not None else 12
        parts["month"] = month
        parts["day"] = calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else (
            31 if month in (1, 3, 5, 7, 8, 10, 12) else 30 if month != 2 else 28)
    return parts


def _spans_parts(date: FuzzyDate) -> bool:
    """Whether a slide of ``date`` (with no end of its own) needs an ``end_date`` to draw
    it: its last date parts differ from its first (late December: 21 to 31 December; a
    season, a decade).  A month or a year alone has none: TimelineJS shows a slide with an
    ``end_date`` and no ``display_date`` as "start — end" (its ``Slide.getFormattedDate``),
    which read "2027 — 2027" and "October 2020 — October 2020", and puts a year's end on
    its 1 January, so the end drew no span either (verify70 F7).  Without it, TimelineJS
    shows the date to its precision ("2027", "October 2020": ``TLDate.findBestFormat``),
    as a TimelineJS author writes a month or a year."""
    return not date.is_point and _date_parts(date, last=True) != _date_parts(date)


def _needs_words(date: FuzzyDate) -> bool:
    """Whether TimelineJS's date parts cannot say ``date`` as it is: circa, a part of a
    year ("winter 2024"), of a month or a decade ("late 2011"), of a day ("late on 1
    December 2026", ext132), a decade, a limit ("by 20 December 2026"), a time with a UTC
    offset (TimelineJS has no time zone).  Only such a date gets a ``display_date``, which
    TimelineJS shows instead of its own localized date (verify46 F11: every slide had one,
    "3 January 2012" over TimelineJS's own)."""
    return (date.circa or date.mod is not None or date.limit is not None
            or date.day_part is not None
            or date.precision in (Precision.PART_OF_YEAR, Precision.DECADE)
            or (date.time is not None and date.time.offset is not None))


def _paragraphs_html(text: str) -> str:
    """``text``'s paragraphs (split at blank lines) as ``<p>``, its lines joined by
    ``<br>``; a line's leading spaces as ``&nbsp;``, which HTML does not collapse, so an
    indented line stays indented in TimelineJS and in a file another tool saved again
    without our copy of the text (verify32, finding 13; ``exchange.html_to_text``).  A
    link the import wrote as "words (http://…)" is a link again (``_CLAUSE_LINK``;
    verify46 F11: the published slide showed the address in brackets); everything else
    is escaped."""

    def line_html(line: str) -> str:
        body = line.lstrip(" ")
        return "&nbsp;" * (len(line) - len(body)) + _media_html(body, _CLAUSE_LINK)

    return "".join("<p>" + "<br>".join(line_html(line) for line in p.split("\n")) + "</p>"
                   for p in text.split("\n\n") if p.strip())


def _slide(event: Event, sources: dict[str, Source] | None = None,
           markup: dict[str, tuple[Event, dict[str, Any]]] | None = None,
           groups: bool = False, working_notes: bool = True) -> dict[str, Any]:
    """One slide of ``event``; ``sources`` (the timeline's articles) name who told each
    source sentence ("Source: “…” — AFP"); ``markup`` (``Timeline.kept_markup``) holds
    the HTML of the slide it was read from, written back as it was while the event's text
    is as imported (verify49 F11: links moved onto the clause's start, credits lost their
    ``title=``); ``groups``: whether other slides have a group, so that an event of the
    default lane has "Event" (``exchange.names_default_lane``); ``working_notes``: False
    leaves the "Participants: …" and "Place: …" paragraphs out of the slide's text, a
    publisher's choice (verify74 F11: "Participants: Uruguay, France" was public), our
    own key keeping both, but for a slide that has no other text (no summary, status,
    reference or source: verify78 F5, an event typed by hand was an empty slide).  An
    article without an outlet is named by its whole headline (verify74 F11: cut with "…"
    in a published attribution)."""
    import html

    body, media = _media_of(event.summary)
    if media is None:
        media = _linked_picture(event)
    # ("Originally planned for: 14 January 2027" of a moved plan, verify87 F3; "Status:
    # Disputed"; none if not assessed)
    facts = planned_for_paragraph(event) + status_paragraph(event.status)
    notes = []
    if event.participants:
        notes.append("Participants: " + name_list(event.participants))
    if event.location:
        notes.append("Place: " + event.location)
    # Every source sentence, the one the date was read from first, each with its article:
    # only the first was quoted, under a merged event's date another sentence gave
    # (verify42 F10, as the calendar).
    quoted = dated_first(event)
    told = reference_paragraphs(event)
    told += [source_paragraph(e.sentence, who) for e, who in
             zip(quoted, tellers(event, sources or {}, quoted, whole=True), strict=True)]
    # A slide with nothing else to say names who and where all the same (verify78 F5:
    # "Congress of Vienna", typed by hand, was an empty slide): its names were typed or
    # imported by a person, not read by the extractor from a sentence (an event read so
    # has its sentence), whose misreadings the choice keeps off published slides.
    if working_notes or not (body.strip() or facts or told):
        facts += notes
    facts += told
    if body and event.evidence:
        # The extractor's summary is its sentence: the page quotes it once, as the
        # source (verify24, U3); our own fields below still carry the summary.
        paragraphs = body.split("\n\n")
        kept = [p for p in paragraphs
                if not any(same_words(p, e.sentence) for e in event.evidence)]
        body = body if len(kept) == len(paragraphs) else "\n\n".join(kept)
    text = _paragraphs_html("\n\n".join([body, *facts]) if body else "\n\n".join(facts))
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": _date_parts(event.date),
        # (text, not an attribute: "Wang Yi's" is written so, not "Wang Yi&#x27;s", which a
        # colleague opening the spreadsheet saw; verify59 F17)
        "text": {"headline": html.escape(event.title, quote=False), "text": text},
    }
    if _needs_words(event.date) or (event.end is not None and _needs_words(event.end)):
        slide["display_date"] = _display_words(event.date, event.end)
    elif event.end is not None and told_week(event):
        # (a week an article named is some day of it, which TimelineJS shows in place of
        # its own "23 November 2026 – 29 November 2026": verify63 F6; read back as the
        # week, its basis naming it, ``core.weeks``)
        slide["display_date"] = week_words(event)
    if event.category != DEFAULT_LANE or names_default_lane(event, groups):
        # A slide without a group stays so: a group "Event" would add a row in
        # TimelineJS that the file it came from did not have (verify28, fault 6); an
        # event of ours among groups has its lane's name (verify70 F8).
        slide["group"] = display_category(event.category)
    if media is not None:
        slide["media"] = media
    told_end = event.end if event.end is not None else (
        event.date if _spans_parts(event.date) else None)
    if told_end is not None:
        slide["end_date"] = _end_parts(told_end)
        if "display_date" not in slide and "day" not in _date_parts(told_end, last=True):
            # (the end written to its last day: TimelineJS would show "1969 — December
            # 31, 1979"; the words say "1969 – 1979" and read the precision back)
            slide["display_date"] = _display_words(event.date, event.end)
    as_read = (markup or {}).get(event.id)
    if (as_read is not None and _as_imported(event, as_read[0])
            and _notes_as_chosen(as_read[1]["text"], event, working_notes)):
        own = as_read[1]
        slide["text"] = {"headline": own["headline"], "text": own["text"]}
        if own["media"] is not None:
            slide["media"] = own["media"]
    slide[NAMESPACE] = event_fields(event)
    return slide


def _notes_as_chosen(html_text: object, event: Event, working_notes: bool) -> bool:
    """Whether a slide's own HTML text (``Timeline.kept_markup``) has the working notes
    as the export is asked to write them: none of our "Participants:" / "Place:"
    paragraphs without ``working_notes``, and each that ``event`` has with them.  Else
    the slide is written from the plain text: our own export reopened and exported again
    kept its slides' HTML, notes or none, whatever the choice (verify74 F11)."""
    text = html_text if isinstance(html_text, str) else ""
    has = ("<p>Participants: " in text, "<p>Place: " in text)
    if not working_notes and not slide_says_nothing_else(event):
        return not any(has)
    return (has[0] or not event.participants) and (has[1] or not event.location)


def slide_says_nothing_else(event: Event) -> bool:
    """Whether ``event``'s slide has no text but its participants and place: no summary
    (a picture aside), no assessed status, no reference, no source sentence.  Such a
    slide names them without the working notes too (``_slide``; verify78 F5)."""
    body, _media = _media_of(event.summary)
    return not (body.strip() or status_paragraph(event.status)
                or reference_paragraphs(event) or event.evidence)


def dumps_timelinejs(timeline: Timeline, working_notes: bool = True) -> str:
    """The timeline as a TimelineJS 3 JSON document (UTF-8 text, indented).

    Eras are not separate in our model: the events of every lane shown as eras
    (``Timeline.is_era_lane``: by default the "era" and "eras" lanes) are written as eras.
    Our own fields travel under ``NAMESPACE`` in each slide and at the top level.
    ``working_notes``: False leaves participants and places out of the slides' text
    but for a slide with no other text (:func:`_slide`).
    """
    return "".join(timelinejs_pieces(timeline, working_notes))


def _nested(value: object, level: int) -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=1)`` writes it ``level``
    deep in a document.

    The standard library encodes an indented document in pure Python, a generator per
    level (~75 % of a TimelineJS export's time, ~35 µs a slide); the slides hold only
    dicts with text keys, lists, text, integers, booleans and ``None``, written here with
    the library's own C string encoder.  Anything else (a float, a key that is not text)
    goes to ``json.dumps``.  ``tests/io/test_io_export_stream.py`` compares the two.
    """
    if isinstance(value, str):
        return _encode_text(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is dict and all(type(key) is str for key in value):
        if not value:
            return "{}"
        inner = "\n" + " " * (level + 1)
        return ("{" + inner + ("," + inner).join(
            _encode_text(key) + ": " + _nested(item, level + 1) for key, item in value.items())
            + "\n" + " " * level + "}")
    if type(value) in (list, tuple):
        items: list[object] | tuple[object, ...] = value  # type: ignore[assignment]
        if not items:
            return "[]"
        inner = "\n" + " " * (level + 1)
        return ("[" + inner + ("," + inner).join(_nested(item, level + 1) for item in items)
                + "\n" + " " * level + "]")
    # (a JSON text holds no raw line end: each of its line ends starts an indented line)
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)


def _list_pieces(items: Iterator[dict[str, Any]]) -> Iterator[str]:
    """A list one deep in the document, as ``json.dumps(..., indent=1)`` writes it, one
    item at a time ("[]" when empty)."""
    separator = "[\n  "
    for item in items:
        yield separator + _nested(item, 2)
        separator = ",\n  "
    yield "[]" if separator.startswith("[") else "\n ]"


def _title_slide(timeline: Timeline) -> dict[str, Any]:
    """The timeline's title slide: its name, its description as HTML paragraphs, and the
    description's media paragraph as the slide's media (verify40, F1)."""
    import html

    description, media = _media_of(timeline.description)
    title: dict[str, Any] = {"text": {"headline": html.escape(timeline.title, quote=False),
                                      "text": _paragraphs_html(description)}}
    if media is not None:
        title["media"] = media
    return title


def _grouped(timeline: Timeline) -> bool:
    """Whether a slide of ``timeline`` (not an era) has a group other than the default
    lane's (``exchange.names_default_lane``)."""
    is_era = timeline.is_era_lane
    return any(lane != DEFAULT_LANE and not is_era(lane) for lane in timeline.categories())


def timelinejs_pieces(timeline: Timeline, working_notes: bool = True) -> Iterator[str]:
    """The text of :func:`dumps_timelinejs`, one slide at a time: the document as
    ``json.dumps(document, ensure_ascii=False, indent=1)`` writes it, without the whole
    document (a dict per slide, ~13 KB each at 100 000 events) ever in memory (issue 11).
    ``tests/io/test_io_export_stream.py`` checks it against ``json.dumps``."""

    is_era = timeline.is_era_lane
    groups = _grouped(timeline)

    def eras() -> Iterator[dict[str, Any]]:
        for event in timeline:
            if is_era(event.category):
                era = _slide(event, timeline.sources, timeline.kept_markup,
                             working_notes=working_notes)
                era.setdefault("end_date", _end_parts(event.date))
                yield era

    yield '{\n "scale": "human",\n "title": ' + _nested(_title_slide(timeline), 1) \
        + ',\n "events": '
    yield from _list_pieces(_slide(e, timeline.sources, timeline.kept_markup, groups,
                                   working_notes)
                            for e in timeline.reading_order() if not is_era(e.category))
    yield f",\n {json.dumps(NAMESPACE)}: " + _nested(timeline_fields(timeline), 1)
    if any(map(is_era, timeline.categories())):
        yield ',\n "eras": '
        yield from _list_pieces(eras())
    yield "\n}\n"


#: The columns of TimelineJS's authoring spreadsheet (its Google Sheets template), in its
#: order: what a TimelineJS user pastes a table into (verify57 F18).
SHEET_HEADER = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
                "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit",
                "Media Caption", "Media Thumbnail", "Type", "Group", "Background")
_WHOLE_NUMBER = re.compile(r"-?\d+")


def _sheet_row(slide: dict[str, Any], kind: str = "") -> list[str]:
    """One row of ``SHEET_HEADER`` for a slide as :func:`_slide` makes it (``kind``: the
    Type column, "title" or "era"); its Text stays HTML, as the sheet's is."""

    def parts(key: str) -> list[str]:
        date = slide.get(key)
        if not isinstance(date, dict):
            return ["", "", "", ""]
        cells = [str(date[part]) if date.get(part) is not None else ""
                 for part in ("year", "month", "day")]
        hour, minute = date.get("hour"), date.get("minute")
        cells.append(f"{hour:02d}:{minute or 0:02d}" if isinstance(hour, int) else "")
        return cells

    start, end = parts("start_date"), parts("end_date")
    display = slide.get("display_date") or (slide.get("start_date") or {}).get(
        "display_date", "")
    text = slide.get("text") or {}
    media = slide.get("media") or {}
    return [*start, *end, str(display), str(text.get("headline", "")),
            str(text.get("text", "")), str(media.get("url", "")),
            str(media.get("credit", "")), str(media.get("caption", "")), "", kind,
            str(slide.get("group", "")), ""]


def timelinejs_sheet_pieces(timeline: Timeline, working_notes: bool = True) -> Iterator[str]:
    """The timeline as a CSV table of TimelineJS's authoring spreadsheet (``SHEET_HEADER``),
    one row at a time: its title slide (Type "title": the timeline's name and description),
    a row per event as :func:`timelinejs_pieces` writes its slide (date parts, display date,
    headline, the text's HTML with its participants, place, status and source sentences,
    media, group), then the eras (Type "era").  A teacher who keeps her timelines in a
    Google Sheet pastes it there; TimelineJS's JSON needs hosting (verify57 F18).  Read
    back here, the sheet's import gives the same events' fields (``csv_table``), but not
    our own key's (ids, dates' bases, articles).  Commas, UTF-8 (the caller adds a BOM);
    a cell a spreadsheet would read as a formula starts with an apostrophe
    (``csv_table``'s rule), a whole number is written as it is ("-44": TimelineJS's 44
    BCE).  ``working_notes``: False leaves participants and places out of the rows' Text,
    as out of :func:`timelinejs_pieces`' slides (verify76 F16; the sheet has no key to
    keep them)."""
    import csv
    import io

    from .csv_table import formula_safe

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def row(cells: list[str]) -> str:
        writer.writerow([c if _WHOLE_NUMBER.fullmatch(c) else formula_safe(c) for c in cells])
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    yield row(list(SHEET_HEADER))
    yield row(_sheet_row(_title_slide(timeline), "title"))
    is_era = timeline.is_era_lane
    groups = _grouped(timeline)
    for event in timeline.reading_order():  # a deadline at its end (verify57 F29)
        if not is_era(event.category):
            yield row(_sheet_row(_slide(event, timeline.sources, timeline.kept_markup,
                                        groups, working_notes)))
    for event in timeline:
        if is_era(event.category):
            era = _slide(event, timeline.sources, timeline.kept_markup,
                         working_notes=working_notes)
            era.setdefault("end_date", _end_parts(event.date))
            yield row(_sheet_row(era, "era"))
