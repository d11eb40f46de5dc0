"""The Timeline Project's ``.timeline`` XML (the open-source desktop peer): import and export.

The format is defined by The Timeline Project's reader ``timelinelib/dataimport/timelinexml.py``
(and its writer): ``<timeline>`` with ``<version>`` ("2.3.0 development"), optional
``<timetype>`` (only ``gregoriantime`` is read here), optional ``<eras>`` (name, start, end,
color), ``<categories>`` (name, color "r,g,b", optional parent), ``<events>`` (start, end as
"YYYY-MM-DD HH:MM:SS" — a leading "-" for years before 1, astronomical — text, fuzzy,
milestone, category, description, hyperlink, …) and ``<view>``.  A container's text starts
with "[id]" and its sub-events' with "(id)".

Import: every event becomes one of ours at day precision (the format keeps instants), its
inclusive end day as ``end`` when it lasts; ``fuzzy`` → circa; a category → the lane, its
``color`` → the lane's colour (``Timeline.category_colors``; the export writes it back);
an event without a category → the lane "event" (``NO_CATEGORY_LANE``), which takes its
``<default_color>`` unless that is the default grey (the export writes such events without
a category, the lane's chosen colour as their ``<default_color>``);
sub-events take their container's name as their lane and the container itself is not an
event; milestones are events; eras become events in the "era" lane, which takes their
colour (``_take_era_colors``; the export writes the lane's chosen colour back as its
eras'); an event's ``<hyperlink>`` (its "Goto URL") becomes a link of its sources
(``core.sourced.Reference``, kind "link": under "Link" in Details, opened in the browser;
verify55 F3), and the export writes an event's first link back as its ``<hyperlink>``
(verify55 F14); the file's displayed period (``<view><displayed_period>``) is the days the
window opens at (``ImportResult.view_days``, verify55 F1), but for the whole timeline, which
opens at Fit All (``_period_shown``, verify65 F8); a category's parent has no place
in our lanes, which are flat: each is named in the notes (verify55 F2); the lanes keep the
order of the file's ``<categories>``, each category's children right after it
(``_file_order``, verify73 F17).  Times of day,
progress and "locked" have no place in our model: each is counted in the notes.  XML is
parsed with ``defusedxml``: external
entities, DTDs and entity expansion ("billion laughs") are refused.

Our own round trip: the exporter writes every field of ours (precision, part of year,
participants, place, date basis, evidence, sources) as JSON in an XML comment
``<!-- diplomatic-timeline {...} -->`` inside each ``<event>``/``<era>`` and after
``<timeline>``; an event's summary, which its ``<description>`` holds whole, is not repeated
there (only a fingerprint of it, to see a description changed since).  Each category gets
the ``progress_color`` and ``done_color`` The Timeline Project itself derives from its
colour (``_progress_color``).  The Timeline Project reads its files with a SAX handler
(``timelinelib/xml/parser.py``) that has no comment callback, so comments are ignored there
(unknown elements, by contrast, are refused by its schema); a file it saves again loses
them, and then the labelled lines of the description ("Participants: …") are what is left.
The comment never overrides the file's own fields: an event (era) whose start, end, text,
fuzzy, category or description (name, start, end) differ from what the exporter writes for
the comment's event was changed after the export, and is read from its own fields; the
comment then adds only what does not conflict (see ``_keep_from_marker``) and a note counts
such events.  The file-level comment's title, description and sources have no field in the
format to conflict with.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any
from xml.etree.ElementTree import Comment, Element

from ..core.clock import ClockTime
from ..core.dates import FuzzyDate, Precision, from_day_number
from ..core.merge import FILE_BASES, TIMELINE_PROJECT_BASIS
from ..core.model import Event, Evidence, ProjectShape, Timeline, is_color, new_event_id
from ..core.names import name_list, split_name_list
from ..core.sourced import Reference, reference
from ..core.weeks import told_week
from ..words import counted
from . import exchange as _exchange
from .errors import FormatError, go_on
from .exchange import ImportNotes, ImportResult, changed_note, safe_day
from .formats import looks_like_timeline_project  # there: recognising needs nothing of this

__all__ = ["FILE_BASIS", "FORMAT_WORDS", "MARKER", "dumps_timeline_project", "export_losses",
           "loads_timeline_project", "looks_like_timeline_project", "timeline_project_pieces"]

FORMAT_WORDS = "Timeline Project"  # "(Timeline Project (.timeline))": verify20 F10
#: The newest major version of the format this reader knows (The Timeline Project 2.x).
NEWEST_MAJOR_VERSION = 2
WRITTEN_VERSION = "2.3.0"
ERA_CATEGORY = "era"
#: The lane of an event without a category (the model's default lane, ``Event.category``):
#: written without ``<category>`` (verify40, F6: a category "Event" appeared in The Timeline
#: Project that the file did not have), its chosen colour as the events'
#: ``<default_color>``, the colour The Timeline Project draws such an event in.
NO_CATEGORY_LANE = "event"
_TIME = re.compile(r"(-?)(\d{1,5})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2}):(\d{2}))?")
_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")
#: The word that starts our XML comments (see the module's docstring).
MARKER = "diplomatic-timeline"
#: The date basis of an event or era the file gives without our own (``core.merge.
#: imported_from`` reads it): a printed list's "Reported by" said "entered by hand" of
#: her file's events, and Merge Selected Events credited such a date to the article of a
#: row merged into the event (verify55 F12, F13).  The export writes no "Date:" line for
#: it (``_event_own_fields``): the file's own dates say it.
FILE_BASIS = TIMELINE_PROJECT_BASIS


def _marker_comment(fields: dict[str, Any], indent: str) -> str:
    """``fields`` as JSON in an XML comment.  "--" may not occur in a comment: inside JSON
    strings (the only place it can) it is written "-\\u002d", which JSON reads back as "--"."""
    text = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).replace("--", "-\\u002d")
    return f"{indent}<!-- {MARKER} {text} -->\n"


def _marker(element: Element) -> dict[str, Any] | None:
    """The fields of our comment among ``element``'s children, or ``None`` (no comment, or
    one that is not ours or not valid JSON: the format's own fields are read instead)."""
    for child in element:
        if child.tag is Comment:  # type: ignore[comparison-overlap]  # ElementTree's own test
            text = (child.text or "").strip()
            if text.startswith(MARKER + " "):
                try:
                    value = json.loads(text[len(MARKER) + 1:])
                except (ValueError, RecursionError):
                    return None
                return value if isinstance(value, dict) else None
    return None


def _fields_with_id(event: Event) -> dict[str, Any]:
    return {"id": event.id, **_exchange.event_fields(event)}


def _claim_id(candidate: object, used_ids: set[str]) -> str:
    """``candidate`` when it is an id not used yet in this file, else a new one; either way
    recorded in ``used_ids``."""
    event_id = candidate if isinstance(candidate, str) and candidate not in used_ids else ""
    event_id = event_id or new_event_id()
    used_ids.add(event_id)
    return event_id


def _event_from_marker(ours: dict[str, Any], category: str,
                       description: str | None = None) -> Event | None:
    """The event our exporter described in its comment, or ``None`` when the fields are
    not usable (then the format's own fields are read).  Its id is the comment's as it is
    (maybe "" or taken): the caller claims it with :func:`_claim_id` if it keeps it.

    A comment without ``"summary"`` (exports since verify28) leaves it to the event's
    ``description`` (its text as written, or ``None``): the summary is what precedes the
    labelled lines the export adds (:func:`_summary_in`), when it has the comment's
    ``"summary_digest"``; else the summary is "" and the description no longer agrees."""
    date = _exchange.date_from_fields(ours.get("date"))
    if date is None or not isinstance(ours.get("title"), str):
        return None
    end = _exchange.date_from_fields(ours.get("end")) if "end" in ours else None
    if end is not None and end.start_day() < date.start_day():
        end = None
    raw = ours.get("participants")
    participants = tuple(str(p) for p in raw) if isinstance(raw, list) else ()
    source = ours.get("source") if isinstance(ours.get("source"), str) else None
    raw_id = ours.get("id")
    event_id = raw_id if isinstance(raw_id, str) else ""
    event = Event(event_id, ours["title"] or "(untitled)", date, end,
                  str(ours.get("category") or category), participants,
                  str(ours.get("location", "")), str(ours.get("summary", "")),
                  str(ours.get("date_basis", "")), source,
                  _exchange.evidence_from_fields(ours.get("evidence")),
                  _exchange.status_from_fields(ours))
    if "summary" not in ours:
        summary = _summary_in(event, description or "")
        # A description changed since the export says another summary: none is taken
        # from it here, so that the file's own description is read (and the change named),
        # as when the comment held the summary.  A summary that is a source sentence is
        # written only as the source (``_summary_told``, verify84 F4).
        told = [] if summary else [e.sentence for e in event.evidence
                                   if not isinstance(e, Reference)]
        found = next((text for text in (summary, *told)
                      if ours.get("summary_digest") == _digest(text)), None)
        if found is not None:
            event = replace(event, summary=found)
    return event


def _digest(summary: str) -> str:
    """A short fingerprint of a summary (16 hex digits of its SHA-256) that the comment
    keeps in place of the summary the description already holds."""
    import hashlib

    return hashlib.sha256(summary.encode("utf-8")).hexdigest()[:16]


def _summary_in(event: Event, description: str) -> str:
    """The summary in a ``description`` :func:`_event_own_fields` wrote for ``event``
    (whose own summary is not used): the text before the labelled lines it adds for the
    event's participants, place, sources and date; the whole description when it does not
    end with them (changed since: the file's own fields then win anyway); the lines as
    exports before session 54 wrote them too (a hand's basis in the date line)."""
    bare = replace(event, summary="")
    for hand_basis in (False, True):
        extras = _event_own_fields(bare, hand_basis=hand_basis)["description"]
        if not extras:
            continue
        if description == extras:
            return ""
        tail = "\n\n" + extras
        if description.endswith(tail):
            return description[:-len(tail)]
    return description


def _agreement(expected: dict[str, str], element: Element, end_tag: str = "end") -> set[str]:
    """The names of ``expected``'s fields (what our exporter writes for the comment's
    event, :func:`_event_own_fields`) that ``element``'s own elements still hold, compared
    without surrounding white space; ``end_tag`` is read for "end" ("start" for a
    milestone)."""
    same: set[str] = set()
    for field, value in expected.items():
        tag = end_tag if field == "end" else field
        if (_child_text(element, tag) or "").strip() == value.strip():
            same.add(field)
    return same


def _child_text(element: Element, tag: str) -> str | None:
    child = element.find(tag)
    if child is None:
        return None
    return child.text or ""


def _parse_time(text: str | None, path: str | None, place: str) -> tuple[int, int, int] | None:
    if text is None:
        raise FormatError(path, place, "missing")
    m = _TIME.fullmatch(text.strip())
    if not m:
        raise FormatError(path, place, f"'{text.strip()[:40]}' is not a time "
                          "(expected YYYY-MM-DD HH:MM:SS)")
    sign, year, month, day = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4))
    return (-year if sign else year), month, day


def _clock_of(text: str | None) -> ClockTime | None:
    """The time of day of an instant "YYYY-MM-DD HH:MM:SS", to the minute; ``None`` at
    midnight, which is what The Timeline Project writes for an event whose "Show time" is
    off (its ``GregorianTime`` of a date alone), so an event at exactly 00:00 is read as
    the whole day.  The Timeline Project has no time zones: the time is a local clock's."""
    m = _TIME.fullmatch((text or "").strip())
    if not m or m.group(5) is None:
        return None
    hour, minute = int(m.group(5)), int(m.group(6))
    if (hour, minute) == (0, 0) or not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return ClockTime(hour, minute)


def _has_seconds(text: str | None) -> bool:
    """True when an instant "YYYY-MM-DD HH:MM:SS" has seconds (which are dropped)."""
    m = _TIME.fullmatch((text or "").strip())
    return bool(m and m.group(7) is not None and int(m.group(7)) != 0)


def _era_precision(first: FuzzyDate, last: FuzzyDate) -> tuple[FuzzyDate, FuzzyDate]:
    """An era's first and last days (``<start>``, ``<end>``) as whole years or months when
    they bound whole years or months: 1 January 1993 – 31 December 2000 is 1993–2000.

    The Timeline Project keeps instants only; an era 1993–2000 exported by this app is
    written 1993-01-01 – 2000-12-31 (``_time_text``) and, if the tool that saved the file
    again dropped our comment, came back at day precision (verify32, finding 12).  Only
    eras are read so: an era is a period, and has no description to carry a "Date:" line;
    an event between the same days stays two days (it may mean them).

    Returns:
        ``(first, last)``: years if ``first`` is a 1 January and ``last`` a 31 December,
        else months if ``first`` is a month's first day and ``last`` a month's last, else
        the two days unchanged.
    """
    y1, m1, d1 = first.year, first.month or 1, first.day or 1
    y2, m2 = last.year, last.month or 1
    if d1 != 1 or FuzzyDate.of_month(y2, m2).end_day() != last.start_day() + 1:
        return first, last
    if (m1, m2) == (1, 12):
        return FuzzyDate.of_year(y1), FuzzyDate.of_year(y2)
    return FuzzyDate.of_month(y1, m1), FuzzyDate.of_month(y2, m2)


def _today() -> _dt.date:
    """Today, the end of an event The Timeline Project draws up to the day it is shown
    (``<ends_today>``); tests replace this."""
    return _dt.date.today()


def _day(parts: tuple[int, int, int] | None, circa: bool = False) -> FuzzyDate | None:
    if parts is None:
        return None
    return safe_day(*parts, circa=circa)


#: How many events ``loads_timeline_project`` reads between two calls of its ``progress``
#: (~0.5 s of CPU: 20 000 events take ~10 s, session 29).
PROGRESS_EVENTS = 1000


def loads_timeline_project(data: bytes, path: str | os.PathLike[str] | None = None,
                           progress: Callable[[int, int], bool] | None = None) -> ImportResult:
    """Import a ``.timeline`` XML document.

    Args:
        data: The file's bytes.
        path: The file's name, for error messages.
        progress: Called with how many ``<event>`` elements are read and how many there
            are, every ``PROGRESS_EVENTS`` and at the end (the XML is parsed before the
            first call); returning ``False`` cancels.

    Returns:
        The timeline and one line per kind of thing that could not be carried.

    Raises:
        FormatError: Not well-formed XML, forbidden XML features (DTD, entities), a newer
            major version than 2, another calendar than Gregorian, or a bad value — naming
            the XML line or element; or cancelled through ``progress`` (problem
            ``"cancelled"``, no place).
    """
    from xml.etree.ElementTree import TreeBuilder

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser

    name = os.fspath(path) if path is not None else None
    try:
        # Comments kept: ours carry the fields the format has no place for.
        parser = DefusedXMLParser(target=TreeBuilder(insert_comments=True), forbid_dtd=True)
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException as exc:
        raise FormatError(name, None, "the XML uses a DTD or entities, which are refused "
                          f"for safety ({type(exc).__name__})") from None
    except Exception as exc:
        position = getattr(exc, "position", None)
        place = f"line {position[0]}, column {position[1] + 1}" if position else None
        raise FormatError(name, place, f"not well-formed XML: {str(exc).split(':')[0]}") from None
    if root.tag != "timeline":
        raise FormatError(name, f"<{root.tag}>", "not a Timeline Project file (no <timeline>)")
    version_text = (_child_text(root, "version") or "").strip()
    m = _VERSION.match(version_text)
    if not m:
        raise FormatError(name, "<version>", f"'{version_text[:30]}' is not a version number")
    if int(m.group(1)) > NEWEST_MAJOR_VERSION:
        raise FormatError(name, "<version>", f"written by The Timeline Project {version_text}, "
                          f"newer than the {NEWEST_MAJOR_VERSION}.x files this app reads")
    timetype = (_child_text(root, "timetype") or "gregoriantime").strip()
    if timetype != "gregoriantime":
        raise FormatError(name, "<timetype>", f"uses the '{timetype[:30]}' calendar; only "
                          "Gregorian timelines can be read")
    notes = ImportNotes()
    ours_top = _marker(root) or {}
    category_colors = _category_colors(root.find("categories"), ours_top, notes)
    dropped = {"seconds": 0, "progress": 0, "locked": 0}
    ongoing = 0  # events "ending today" (``<ends_today>``), ended today here
    used_ids: set[str] = set()
    restored_from_lines = 0
    changed = 0  # events whose own fields no longer say what our comment says
    changed_fields: set[str] = set()  # which of their fields (``_event_own_fields``' keys)
    events: list[Event] = []
    uncategorised_colors: list[str] = []  # the chosen ``<default_color>``s of such events
    # (an event's id and its ``<default_color>`` other than the default: verify70 F9)
    event_colors: list[tuple[str, str]] = []
    containers: dict[str, str] = {}
    events_element = root.find("events")
    raw_events = list(events_element) if events_element is not None else []
    # Containers first, so that sub-events before their container still find its name.
    for element in raw_events:
        text = _child_text(element, "text") or ""
        if text.startswith("["):
            cid, _, rest = text[1:].partition("]")
            containers[cid] = rest.strip() or "container"
    if containers:
        notes.note("containers became lanes named after them (File \u2192 Export \u2192 "
                   "Timeline Project writes them back as containers)")
    own_categories_lost: dict[str, None] = {}  # sub-events' own categories (F2), in order
    milestones: set[str] = set()  # (verify55 F14: kept for the export, ``ProjectShape``)
    own_categories: list[tuple[str, str]] = []  # (sub-event id, its own category)
    for n, element in enumerate(raw_events):
        if n % PROGRESS_EVENTS == 0:
            go_on(progress, n, len(raw_events), name)
        place = f"<events>/<event>[{n + 1}]"
        if element.tag != "event":
            continue
        raw_text = _child_text(element, "text")
        if raw_text is None:
            raise FormatError(name, f"{place}/<text>", "missing")
        text = raw_text
        if text.startswith("["):
            continue
        named = (_child_text(element, "category") or "").strip()
        category = _exchange.category_from_display(named) or NO_CATEGORY_LANE
        own_color = _color_from_text((_child_text(element, "default_color") or "").strip())
        if own_color == _DEFAULT_EVENT_COLOR:
            own_color = None
        if not named and not text.startswith("(") and own_color is not None:
            uncategorised_colors.append(own_color)
            own_color = None  # (the lane's colour, written back as such)
        if text.startswith("("):
            cid, _, rest = text[1:].partition(")")
            if named and cid in containers and containers[cid] != named:
                own_categories_lost[named] = None
            category = containers.get(cid, category)
            text = rest
        elif text[:2] in (" (", " ["):
            text = text[1:]  # the writer adds a space before a leading bracket
        fuzzy = (_child_text(element, "fuzzy") or "").strip() == "True"
        milestone = (_child_text(element, "milestone") or "").strip() == "True"
        start = _parse_time(_child_text(element, "start"), name, f"{place}/<start>")
        end = start if milestone else _parse_time(_child_text(element, "end"), name,
                                                   f"{place}/<end>")
        ours = _marker(element)
        restored = _event_from_marker(ours, category, _child_text(element, "description")
                                      ) if ours else None
        same: set[str] = set()
        if restored is not None:
            # (an event of the lane "event" among categories has the category "Event":
            # ``exchange.names_default_lane``, verify70 F8)
            expected = _event_own_fields(restored, named_lane=(
                restored.category == NO_CATEGORY_LANE
                and named == _exchange.display_category(NO_CATEGORY_LANE)))
            if raw_text.startswith("("):  # a sub-event as the export writes it (F14)
                expected = {**expected, "category": named,
                            "text": raw_text[:len(raw_text) - len(text)] + restored.title}
            same = _agreement(expected, element, "start" if milestone else "end")
            if "description" not in same and restored.end is not None and (
                    (_child_text(element, "description") or "").strip()
                    == _event_own_fields(restored, whole_span=False)["description"].strip()):
                same.add("description")  # a span as exports before verify32 wrote it
            if "description" not in same and (
                    (_child_text(element, "description") or "").strip()
                    == _event_own_fields(restored, hand_basis=True)["description"].strip()):
                same.add("description")  # a hand's basis in the line, as before session 54
            if (_child_text(element, "hyperlink") or "").strip() != _first_link(restored):
                same.discard("description")  # a link added or changed: not our description
            if same == set(expected):
                events.append(replace(restored, id=_claim_id(restored.id, used_ids)))
                _note_shape(events[-1], milestone, raw_text, named, containers,
                            milestones, own_categories)
                if own_color is not None:
                    event_colors.append((events[-1].id, own_color))
                continue
            # Changed after our export (by hand, a script, a tool that keeps comments):
            # the file's own fields win; the comment adds only what does not conflict.
            changed += 1
            changed_fields |= set(expected) - same
        if _has_seconds(_child_text(element, "start")) or (
                not milestone and _has_seconds(_child_text(element, "end"))):
            dropped["seconds"] += 1
        if (_child_text(element, "progress") or "0").strip() not in ("", "0"):
            dropped["progress"] += 1
        if (_child_text(element, "locked") or "").strip() == "True":
            dropped["locked"] += 1
        date = _day(start, fuzzy)
        end_date = _day(end)
        if date is None or end_date is None:
            notes.skip("an impossible date or one outside 9999 BC-AD 9999", text)
            continue
        date = date.with_time(_clock_of(_child_text(element, "start")))
        if not milestone:
            end_date = end_date.with_time(_clock_of(_child_text(element, "end")))
        if not milestone and (_child_text(element, "ends_today") or "").strip() == "True":
            # Ongoing in The Timeline Project, which draws it up to the day it is shown,
            # whatever its <end> (verify55 F17: an instant here): up to today, said.
            today = _today()
            until = FuzzyDate.of_ymd(today.year, today.month, today.day)
            if until.start_day() >= date.start_day():
                end_date, ongoing = until, ongoing + 1
        if end_date.start_day() < date.start_day() or end_date.sort_key() <= date.sort_key():
            end_date = None  # (the same instant: a point in time)
        description = _child_text(element, "description") or ""
        labelled = _from_labelled_lines(description, date, end_date)
        if labelled is not None:  # our export, saved again by The Timeline Project
            # (no summary but the source sentence: it was the summary, written once as the
            # source, ``_summary_told``, verify84 F4)
            description = labelled.summary or next(
                (e.sentence for e in labelled.evidence if not isinstance(e, Reference)), "")
            date, end_date = labelled.date, labelled.end
            # The file's own "fuzzy" wins over the date line, but for a date that is vague
            # as told ("the mid-1990s"), which the export writes fuzzy (``_vague``)
            if date.circa != fuzzy and not (fuzzy and (
                    _vague(date) or _vague(end_date) or told_week(
                        Event("week", "", date, end_date, date_basis=labelled.basis)))):
                date = date.with_circa(fuzzy)
            if "text" not in same or "description" not in same:
                restored_from_lines += 1
        hyperlink = (_child_text(element, "hyperlink") or "").strip()
        links: tuple[Evidence, ...] = ()
        address = " ".join(hyperlink.split())
        if address and not any(  # (our export's "Link: …" paragraph of it, read back)
                isinstance(e, Reference) and " ".join(e.sentence.split()) == address
                for e in (labelled.evidence if labelled else ())):
            # a link of the event's sources, not a line of its summary (verify55 F3)
            links = (reference(hyperlink, "link"),)
            blocks = description.split("\n\n")
            description = "\n\n".join(b for b in blocks if b.strip() != "Link: " + address)
        if element.find("icon") is not None:
            notes.note("event icons not carried")
        if element.find("alert") is not None:
            notes.note("alerts not carried")
        event = Event(new_event_id(), text.strip() or "(untitled)", date, end_date,
                      category, labelled.participants if labelled else (),
                      labelled.place if labelled else "", description.strip(),
                      labelled.basis if labelled else FILE_BASIS, None,
                      (labelled.evidence if labelled else ()) + links,
                      labelled.status if labelled else "")
        if restored is not None:
            event = _keep_from_marker(event, restored, same, used_ids,
                                      sub_event=raw_text.startswith("("))
        events.append(event)
        _note_shape(event, milestone, raw_text, named, containers, milestones, own_categories)
        if own_color is not None:
            event_colors.append((event.id, own_color))
    go_on(progress, len(raw_events), len(raw_events), name)
    if own_categories_lost:
        notes.note("sub-events' own categories are not their lanes here (their lane is "
                   "their container's), and the export writes them back: "
                   + ", ".join(f"\u201c{n}\u201d" for n in own_categories_lost))
    if changed:
        notes.note(_changed_words(changed, "event", changed_fields))
    if restored_from_lines:
        notes.note("statuses, participants, places, source sentences and dates of "
                   f"{counted(restored_from_lines, 'event')} read back from the labelled "
                   "lines this app's export writes in descriptions (the articles themselves "
                   "are not in the file)")
    if ongoing:
        today = _today()
        notes.note(f"{counted(ongoing, 'event')} \u201cending today\u201d (ongoing) in The "
                   "Timeline Project end on "
                   f"{FuzzyDate.of_ymd(today.year, today.month, today.day).describe()} here, "
                   "the day of the import, and stay there: this app has no ongoing events")
    for kind, count in dropped.items():
        if count:
            notes.note(_DROPPED_WORDS[kind].format(count=count,
                                                   s="" if count == 1 else "s"))
    eras = root.find("eras")
    changed_eras = 0
    changed_era_fields: set[str] = set()
    era_colors: dict[str, list[str]] = {}  # each era lane's eras' chosen colours, in order
    era_categories: set[str] = set()  # the lanes the eras went into
    # each era lane's colour our export wrote from the window, not chosen (lane → #rrggbb)
    era_palette = ours_top.get("era_palette_colors")
    era_palette = era_palette if isinstance(era_palette, dict) else {}
    for n, element in enumerate(list(eras) if eras is not None else []):
        place = f"<eras>/<era>[{n + 1}]"
        if element.tag != "era":
            continue
        ours = _marker(element)
        restored = _event_from_marker(ours, ERA_CATEGORY) if ours else None
        era_color = _color_from_text((_child_text(element, "color") or "").strip())
        lane = restored.category if restored is not None else ERA_CATEGORY
        if (era_color is not None and era_color != _DEFAULT_ERA_COLOR
                and era_palette.get(lane) != era_color):  # (the window's, not chosen)
            era_colors.setdefault(lane, []).append(era_color)
        if restored is not None:
            expected = _era_own_fields(restored)
            same = _agreement(expected, element)
            if same == set(expected):
                events.append(replace(restored, id=_claim_id(restored.id, used_ids)))
                era_categories.add(restored.category)
                continue
            changed_eras += 1
            changed_era_fields |= set(expected) - same
        title = (_child_text(element, "name") or "").strip() or "(era)"
        start_date = _day(_parse_time(_child_text(element, "start"), name, f"{place}/<start>"))
        end_date = _day(_parse_time(_child_text(element, "end"), name, f"{place}/<end>"))
        if start_date is None or end_date is None:
            notes.skip("an impossible or out-of-range date", title)
            continue
        first, last = _era_precision(start_date, end_date)
        era = Event(new_event_id(), title, first,
                    last if last.start_day() > first.start_day() else None, ERA_CATEGORY,
                    date_basis=FILE_BASIS)
        if restored is not None:
            # An era has no text, fuzzy, lane or description of its own to conflict with.
            kept = same | {"fuzzy", "category", "description"} | (
                {"text"} if "name" in same else set())
            era = _keep_from_marker(era, restored, kept, used_ids)
        events.append(era)
        era_categories.add(era.category)
    if changed_eras:
        notes.note(_changed_words(changed_eras, "era", changed_era_fields))
    if uncategorised_colors:
        era_colors[NO_CATEGORY_LANE] = uncategorised_colors
    _take_era_colors(era_colors, category_colors, notes)
    title = os.path.splitext(os.path.basename(name))[0] if name else "Imported timeline"
    # No "Imported from …" description: it is the TimelineJS title slide's text and the
    # print's header, where it was published (verify55 F16); the import summary says it.
    description = ""
    if isinstance(ours_top.get("title"), str):
        title = ours_top["title"]
    if isinstance(ours_top.get("description"), str):
        description = ours_top["description"]
    sources = _exchange.sources_from_fields(ours_top.get("sources"))
    # Evidence and sources only travel together: drop dangling source references.
    events = _exchange.known_sources_only(events, sources)
    timeline = Timeline.from_events(events, title=title, description=description,
                                    sources=sources, category_colors=category_colors,
                                    lane_order=_exchange.order_from_fields(
                                        ours_top.get("lane_order")) if ours_top
                                    else _file_order(root.find("categories")))
    if not isinstance(ours_top.get("title"), str) and name:
        timeline.file_named_title = title  # (no name of its own: edit85 F4(e))
    timeline.era_lanes = _exchange.era_lanes_read(ours_top.get("era_lanes"), era_categories)
    _exchange.hand_read(timeline, ours_top)
    timeline.project_shape = ProjectShape(
        frozenset(milestones), tuple(dict.fromkeys(containers.values())),
        tuple(own_categories), _parents(root.find("categories")),
        tuple(event_colors))
    return ImportResult(timeline, FORMAT_WORDS, notes.lines(),
                        _period_shown(_displayed_period(root.find("view"), name), timeline))


def _period_shown(days: tuple[int, int] | None, timeline: Timeline) -> tuple[int, int] | None:
    """The days the window opens the file at: ``days`` (the file's displayed period, day
    numbers ``(first, after the last)``), or ``None`` (Fit All) when they are the whole
    timeline, its first event's first day to its last event's last day — the period this
    app's export writes (``_whole_period``), which opened drawn linearly put a story of
    months in 30 px beside a lone event of decades before, where Fit All shows it with its
    empty years as bands (verify65 F8)."""
    if days is None or not len(timeline):
        return days
    first = min(event.date.start_day() for event in timeline)
    last = max((event.end or event.date).end_day() for event in timeline)
    return None if days == (first, last) else days


def _note_shape(event: Event, milestone: bool, raw_text: str, named: str,
                containers: Mapping[str, str], milestones: set[str],
                own_categories: list[tuple[str, str]]) -> None:
    """Note what ``event`` (read from an ``<event>``) was in the file that its lane does not
    say, for ``ProjectShape``: a milestone (``milestones``); a sub-event's own category
    ``named`` other than its container's name (``own_categories``)."""
    if milestone:
        milestones.add(event.id)
    if raw_text.startswith("(") and named:
        cid = raw_text[1:].partition(")")[0]
        if cid in containers and containers[cid] != named:
            own_categories.append((event.id, named))


def _file_order(categories: Element | None) -> list[str]:
    """The lanes of the file's ``<categories>`` in its order, each category's children
    (``<parent>``) right after it, in theirs (``Timeline.lane_order``): a file of The
    Timeline Project's own, without our comment (which has its ``lane_order``).  verify73
    F17: its lanes came out alphabetically, "Correction Release", "Future Release",
    "Planned Release", where the file lists Planned, Correction, Future.  A lane of no
    category (the lane "event", containers, eras) follows in the app's own order."""
    if categories is None:
        return []
    named = [((_child_text(element, "name") or "").strip(),
              (_child_text(element, "parent") or "").strip())
             for element in categories.findall("category")]
    names = {name for name, _parent in named if name}
    children: dict[str, list[str]] = {}
    for name, parent in named:
        if name:  # (a parent the file does not list: at the top)
            children.setdefault(parent if parent in names and parent != name else "",
                                []).append(name)
    order: dict[str, None] = {}

    def place(name: str) -> None:
        if name not in order:  # (a loop of parents stops here)
            order[name] = None
            for child in children.get(name, ()):
                place(child)

    for name in children.get("", ()):
        place(name)
    for name, _parent in named:  # (in a loop of parents only: in the file's order)
        if name:
            place(name)
    return list(dict.fromkeys(_exchange.category_from_display(name) for name in order))


def _parents(categories: Element | None) -> tuple[tuple[str, str], ...]:
    """(lane, the lane of its ``<parent>``) for each category under another, in order."""
    if categories is None:
        return ()
    return tuple(
        (_exchange.category_from_display(name), _exchange.category_from_display(parent))
        for element in categories.findall("category")
        if (name := (_child_text(element, "name") or "").strip())
        and (parent := (_child_text(element, "parent") or "").strip()))


def _displayed_period(view: Element | None, path: str | None) -> tuple[int, int] | None:
    """The days of ``<view><displayed_period>`` (its ``<start>`` and ``<end>`` instants) as
    day numbers ``(first, after the last)``; ``None`` without one, or when it is not a
    range of possible dates (a view is no data: never an error)."""
    period = view.find("displayed_period") if view is not None else None
    if period is None:
        return None
    try:
        first = _day(_parse_time(_child_text(period, "start"), path, "start"))
        last = _day(_parse_time(_child_text(period, "end"), path, "end"))
    except FormatError:
        return None
    if first is None or last is None or last.end_day() <= first.start_day():
        return None
    return first.start_day(), last.end_day()


def _category_colors(categories: Element | None, ours_top: dict[str, Any],
                     notes: ImportNotes) -> dict[str, str]:
    """The colours the file's ``<categories>`` give their categories, by our lane name
    (``category_from_display``), as ``#rrggbb``.

    A colour this app's export wrote from its own palette for a lane that had none chosen
    (listed in the file comment's ``"palette_colors"``) is not a choice and is left out,
    unless it was changed since.  A file exported before colours were kept (a file comment
    without that list) chose none.  A file without our comment (The Timeline Project
    keeps no comments when it saves a file: verify40, F7) has the colours
    :func:`_palette_written` finds to be ours left out.  A colour that is not "r,g,b"
    (0-255 each) or ``#rrggbb`` is left out and counted in a note.  A category under another
    (``<parent>``) is a lane of its own, as every lane is: a note names it and its parent
    (verify55 F2: the hierarchy was lost without a word).
    """
    if categories is not None:
        nested = [f"\u201c{name}\u201d under \u201c{parent}\u201d"
                  for element in categories.findall("category")
                  if (name := (_child_text(element, "name") or "").strip())
                  and (parent := (_child_text(element, "parent") or "").strip())]
        if nested:
            notes.note("categories under others became lanes of their own (this app's lanes "
                       "are not nested; the export writes them under their parents again): "
                       + ", ".join(nested))
    if categories is None or (ours_top and "palette_colors" not in ours_top):
        return {}
    ours = ours_top.get("palette_colors")
    ours = ours if isinstance(ours, dict) else {}
    found = [((_child_text(element, "name") or "").strip(),
              (_child_text(element, "color") or "").strip())
             for element in categories.findall("category")]
    if not ours_top:
        ours = _palette_written({name: written for name, written in found if name})
    colors: dict[str, str] = {}
    unreadable = 0
    for name, written in found:
        if not name or not written or ours.get(name) == written:
            continue
        color = _color_from_text(written)
        if color is None:
            unreadable += 1
        else:
            colors[_exchange.category_from_display(name)] = color
    if unreadable:
        notes.note(f"{counted(unreadable, 'category colour')} not read (not \"r,g,b\"): "
                   "those lanes get this app's colours")
    return colors


#: The colour The Timeline Project draws an event without a category in when its
#: ``<default_color>`` is not given (``DEFAULT_COLOR`` of its
#: ``timelinelib/canvas/data/event.py``; its reader's default too): no choice.
_DEFAULT_EVENT_COLOR = "#c8c8c8"

#: The colour The Timeline Project gives a new era (``Era``'s default in its
#: ``timelinelib/canvas/data/era.py``), which this app's export writes for an era lane
#: without a chosen colour: no choice of the file's author.
_DEFAULT_ERA_COLOR = "#c8c8c8"


def _take_era_colors(era_colors: dict[str, list[str]], category_colors: dict[str, str],
                     notes: ImportNotes) -> None:
    """Give each era lane of ``era_colors`` (lane → its eras' colours, ``#rrggbb``, in the
    file's order) the colour of its first era in ``category_colors`` (verify40, F2): the
    eras share one lane here, which has one colour; a note says so when its eras had
    several.  A lane a category of the file already coloured keeps that colour.  The lane
    ``NO_CATEGORY_LANE`` holds the chosen ``<default_color>``s of the events without a
    category, read alike."""
    several = []
    for lane, colors in era_colors.items():
        category_colors.setdefault(lane, colors[0])
        if len(set(colors)) > 1:
            several.append("events without a category" if lane == NO_CATEGORY_LANE
                           else "eras")
    for what in several:
        noun = "event" if what.startswith("events") else "era"
        notes.note(f"{what} of several colours share one lane here, coloured as its first "
                   f"{noun}")


def _color_from_text(text: str) -> str | None:
    """``#rrggbb`` of The Timeline Project's "r,g,b" (0-255 each, as its writer puts
    them) or of a ``#rrggbb`` colour; ``None`` for anything else."""
    if is_color(text):
        return text.lower()
    parts = text.split(",")
    if len(parts) != 3 or not all(p.strip().isdigit() and len(p.strip()) <= 3 for p in parts):
        return None
    values = [int(p) for p in parts]
    if max(values) > 255:
        return None
    return "#" + "".join(f"{v:02x}" for v in values)


def _color_as_text(color: str) -> str:
    """``#rrggbb`` as The Timeline Project's "r,g,b"."""
    return ",".join(str(int(color[i:i + 2], 16)) for i in (1, 3, 5))


def _progress_color(text: str) -> str:
    """The progress (and done) colour The Timeline Project gives a category of colour
    ``text`` ("r,g,b"), as "r,g,b": a grey made 1.2 times brighter (at most 255), another
    colour with its HSL lightness set to 0.8 × its saturation, each channel cut to a whole
    number.  The rule is its ``Category.update`` (``timelinelib/canvas/data/category.py``)
    calling ``get_progress_color`` (``timelinelib/canvas/drawing/drawers/__init__.py``,
    GRAY_FACTOR 1.2, LUMINENCE_FACTOR 0.8); it gives the example file's 128,255,128 →
    153,255,153 and 255,128,255 → 255,153,254 (verify28, fault 8)."""
    import colorsys

    rgb = [int(part) for part in text.split(",")]
    if min(rgb) == max(rgb):
        return ",".join(str(min(255, int(1.2 * c))) for c in rgb)
    hue, _, saturation = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    return ",".join(str(int(255 * c))
                    for c in colorsys.hls_to_rgb(hue, 0.8 * saturation, saturation))


def _font_color(color: str) -> str:
    """Black or white, whichever reads better on ``color`` (#rrggbb): the text colour of
    a category in The Timeline Project ("r,g,b").  WCAG 2.2 relative luminance: black
    has the larger contrast above 0.179, where (L + 0.05) / 0.05 = 1.05 / (L + 0.05)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(color[i:i + 2], 16)) for i in (1, 3, 5))
    return "0,0,0" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 else "255,255,255"


#: What each own field of an event or era (``_event_own_fields``, ``_era_own_fields``)
#: is called in a note, in the order a note names them.
_FIELD_WORDS = {"start": "dates", "end": "dates", "fuzzy": "circa marks", "text": "titles",
                "name": "names", "category": "lanes", "description": "descriptions"}


def _changed_words(count: int, noun: str, fields: set[str]) -> str:
    """The note for ``count`` events (or eras) changed after our export, naming only the
    kinds of field that changed (it said "dates, titles and lanes" when only a
    description had: session 8): "1 event was changed after this app exported it: its
    description is read from the file's own fields" (``exchange.changed_note``)."""
    return changed_note(count, noun, list(dict.fromkeys(
        _FIELD_WORDS[f] for f in _FIELD_WORDS if f in fields)))


def _keep_from_marker(event: Event, restored: Event, same: set[str], used_ids: set[str],
                      sub_event: bool = False) -> Event:
    """``event`` (read from the file's own fields) with what our comment's event
    (``restored``) adds without conflicting with them; ``same`` names the own fields that
    still say what our exporter wrote (:func:`_agreement`).

    Days unchanged: the comment's precision, part of year and date basis.  Lane unchanged
    (and not a sub-event, whose lane is its container): the comment's lane.  Title
    unchanged: the comment's id, and with the description unchanged too its participants,
    place, summary, source and evidence (with their offsets in the article).
    """
    fields: dict[str, Any] = {}
    if {"start", "end", "fuzzy"} <= same:
        fields.update(date=restored.date, end=restored.end, date_basis=restored.date_basis)
    if "category" in same and not sub_event:
        fields.update(category=restored.category)
    if "text" in same:
        fields.update(id=_claim_id(restored.id, used_ids), title=restored.title)
        if "description" in same:
            fields.update(participants=restored.participants, location=restored.location,
                          summary=restored.summary, source_id=restored.source_id,
                          evidence=restored.evidence)
    return replace(event, **fields)


@dataclass(frozen=True)
class _Labelled:
    """An event's fields read back from the labelled lines of its description."""

    summary: str
    participants: tuple[str, ...]
    place: str
    evidence: tuple[Evidence, ...]
    date: FuzzyDate
    end: FuzzyDate | None
    basis: str
    status: str = ""  # (``core.status``; "" without a "Status: …" line)


_DATE_LINE = re.compile(r"Date: (?P<when>[^();\n]+) \((?P<words>[^)\n]+)\)(?:; (?P<basis>.*))?",
                        re.DOTALL)


def _from_labelled_lines(description: str, date: FuzzyDate,
                         end: FuzzyDate | None) -> _Labelled | None:
    """Our fields from the labelled lines :func:`dumps_timeline_project` ends a description
    with ("Status: Disputed", "Participants: …", "Place: …", "Source: “…”", "Date: late
    2024 (part of year); basis"), or ``None`` when the description does not end with them.
    The date line's date is taken only when it covers exactly the days the file's start
    and end give."""
    from ..core.parse_date import parse_typed_date

    blocks = description.split("\n\n")
    participants: tuple[str, ...] = ()
    place, basis = "", ""
    found = False
    new_date, new_end = date, end
    tail: list[str] = []  # a date line that does not match the file's days stays text
    if blocks and (m := _DATE_LINE.fullmatch(blocks[-1])):
        read = parse_typed_date(m.group("when"), True)  # a span's start and end (verify32)
        parsed, parsed_end = read.date, read.end
        last = end if end is not None else date
        if (parsed is None or parsed.start_day() != date.start_day()
                or (parsed_end or parsed).end_day() != last.end_day()):
            tail.append(blocks.pop())
        else:
            new_date, new_end, basis, found = parsed, parsed_end, m.group("basis") or "", True
            blocks.pop()
    sentences = _exchange.take_sentences(blocks)
    references = _exchange.take_references(blocks)
    found = found or bool(sentences)  # (references alone: maybe another tool's own words)
    if (where := _exchange.take_label(blocks, "Place: ")) is not None:
        place, found = where, True
    if (names := _exchange.take_label(blocks, "Participants: ")) is not None:
        participants, found = split_name_list(names), True
    if (status := _exchange.take_status(blocks)) is not None:
        found = True
    if not found:
        return None
    evidence = tuple(Evidence(s, 0, len(s), None, None) for s in sentences) + references
    return _Labelled("\n\n".join(blocks + tail), participants, place, evidence, new_date, new_end,
                     basis, status or "")


#: The notes for what an event of The Timeline Project has and ours has not.
_DROPPED_WORDS = {
    "seconds": "seconds of times of day dropped ({count} event{s}): this app keeps hours "
               "and minutes",
    "progress": "progress percentages dropped ({count} event{s}): this app has no progress",
    "locked": "\"locked\" dropped ({count} event{s}): this app has no locked events",
}


# -- export ------------------------------------------------------------------------------

def _time_text(date: FuzzyDate, last: bool = False) -> str:
    """An instant for the first (or with ``last``, the last) day a date covers, at 00:00:00,
    or at a day's time of day (its local clock: The Timeline Project has no time zones;
    ``_instant_says_all`` tells whether the description's date line must say more).

    Years are astronomical with a "-" before AD 1, as The Timeline Project's Gregorian
    time type writes them ("%d-%02d-%02d %02d:%02d:%02d").
    """
    year, month, day = from_day_number(date.end_day() - 1 if last else date.start_day())
    time = date.time
    if time is None:
        return f"{year}-{month:02d}-{day:02d} 00:00:00"
    return f"{year}-{month:02d}-{day:02d} {time.hour:02d}:{time.minute or 0:02d}:00"


def _instant_says_all(date: FuzzyDate | None) -> bool:
    """Whether :func:`_time_text`'s instant reads back (``_clock_of``) as ``date``'s time:
    not for a time known only to the hour (read as its minute :00), a UTC offset, or
    00:00 (read as the whole day), nor for a part of a day, which no instant says ("late on
    1 December 2026": the description's date line says it; ext132)."""
    if date is not None and date.day_part is not None:
        return False
    time = None if date is None else date.time
    return time is None or (time.offset is None and time.minute is not None
                            and time.minute_of_day() != 0)


_LANE_COLOURS = ["128,177,255", "255,179,128", "153,222,153", "255,153,170", "200,170,255",
                 "230,210,120", "140,220,220", "210,210,210"]

#: More light colours (The Timeline Project draws black text on a category's colour) for
#: lanes beyond the eight above: a 4×4×4 grid of 128-255 per channel, without the greys.
_MORE_COLOURS = [f"{r},{g},{b}" for r in (128, 170, 212, 255) for g in (128, 170, 212, 255)
                 for b in (128, 170, 212, 255) if max(r, g, b) - min(r, g, b) >= 60]

#: Two lanes' colours at least this far apart (Euclidean, in RGB) are told apart at a
#: glance; the eight colours above are 41 or more apart.
_APART = 40.0


def _rgb_distance(a: str, b: str) -> float:
    """The Euclidean distance of two "r,g,b" colours (0-441)."""
    return math.dist([int(x) for x in a.split(",")], [int(y) for y in b.split(",")])


def _palette_colours(names: list[str | None], taken: list[str]) -> dict[str, str]:
    """A colour ("r,g,b") for each lane named in ``names`` (the lanes in order, ``None``
    for one with a chosen colour), each apart from the others and from ``taken`` (the
    chosen ones): a lane's place among :data:`_LANE_COLOURS` as before while that colour
    is free, else the colour of that list or :data:`_MORE_COLOURS` farthest from every
    colour in use.
    Before verify32 (F2) the list wrapped round: a ninth lane had the first's colour."""
    used = list(taken)
    colours: dict[str, str] = {}
    candidates = _LANE_COLOURS + _MORE_COLOURS
    for n, name in enumerate(names):
        if name is None:
            continue
        own = _LANE_COLOURS[n] if n < len(_LANE_COLOURS) else None
        if own is not None and all(_rgb_distance(own, c) >= _APART for c in used):
            colour = own
        else:
            colour = max(candidates, key=lambda c: min((_rgb_distance(c, u) for u in used),
                                                       default=441.0))
        colours[name] = colour
        used.append(colour)
    return colours


#: :func:`_palette_written` compares a file's colours with the export's palette for at
#: most this many categories (each comparison costs up to ~60 colour distances per
#: category and colour in use, and up to one comparison per category is made).
_GUESS_CATEGORIES = 16


def _palette_written(written: dict[str, str]) -> dict[str, str]:
    """The categories of a file without our comment whose colours are the ones this app's
    export writes for lanes without a chosen colour (:func:`_palette_colours`), by name,
    as written ("r,g,b").

    The Timeline Project drops comments when it saves a file and writes each category's
    colour back as it read it ("%i,%i,%i", ``color_string`` of its
    ``timelinelib/dataexport/timelinexml.py``), so such a file is our export with no list
    of the palette's colours: read as choices, "Talks" (dark blue in the app) came back
    pink (verify40, F7).  The categories taken for ours are

    - those the export would have written exactly so if the categories whose colours are
      not the palette's had been the chosen ones — or those and one more (a lane may
      choose a palette colour: the others then get other colours); the first
      explanation that fits every category is taken;
    - else (no explanation leaves any category to the palette: a category added in The
      Timeline Project shifts the palette's places), those with one of the first seven
      colours of :data:`_LANE_COLOURS` (128,177,255 …: values no one picks to the unit
      by chance; not its grey 210,210,210, nor The Timeline Project's default red for a
      new category, 255,0,0 of its ``wxgui/dialogs/editcategory/controller.py``).

    The example file's 128,255,128, 255,128,255 and 128,255,255 are in the palette's
    grid but are not what the export writes for its three categories: all three are
    choices.  Only the second rule is used for more than :data:`_GUESS_CATEGORIES`
    categories.
    """
    names = sorted(written)
    palette = set(_LANE_COLOURS + _MORE_COLOURS)
    surely = {name for name in names if written[name] not in palette}

    def fits(chosen: set[str]) -> bool:
        expected = _palette_colours([None if name in chosen else name for name in names],
                                    [written[name] for name in names if name in chosen])
        return all(written[name] == colour for name, colour in expected.items())

    if len(names) <= _GUESS_CATEGORIES:
        for extra in [None, *(name for name in names if name not in surely)]:
            chosen = surely | ({extra} if extra is not None else set())
            if len(chosen) < len(names) and fits(chosen):
                return {name: written[name] for name in names if name not in chosen}
    return {name: written[name] for name in names if written[name] in _LANE_COLOURS[:7]}


def _era_own_fields(era: Event) -> dict[str, str]:
    """The texts :func:`dumps_timeline_project` writes in an ``<era>``'s own elements."""
    last = era.end if era.end is not None else era.date
    return {"name": era.title, "start": _time_text(era.date),
            "end": _time_text(last, last=True)}


def _first_link(event: Event) -> str:
    """The first of ``event``'s links (``Reference`` of kind "link"), "" when it has none:
    what an ``<event>``'s ``<hyperlink>`` holds, one address (the others are "Link: …"
    paragraphs of its description, as every link is)."""
    return next((" ".join(e.sentence.split()) for e in event.evidence
                 if isinstance(e, Reference) and e.kind == "link"), "")


def _summary_told(event: Event) -> bool:
    """Whether ``event``'s summary is one of its source sentences word for word (an
    article's event: its summary is the sentence it was read from), which the description's
    ``Source: “…”`` paragraph already gives: written once, there (verify84 F4: in The
    Timeline Project every event of an article showed its sentence twice)."""
    summary = event.summary.strip()
    return bool(summary) and any(
        not isinstance(evidence, Reference) and evidence.sentence.strip() == summary
        for evidence in event.evidence)


def _vague(date: FuzzyDate | None) -> bool:
    """Whether a date is not exact to the day, month, quarter, half or year it states:
    circa, a decade or a part of one ("the mid-1990s"), a season or a third of a year
    ("autumn 2025", "early 2025"), a part of a month ("early May"), or a limit ("by the
    late 1970s").  The export writes such a date ``fuzzy`` True: The Timeline Project
    draws a fuzzy event's ends as triangles, its edges uncertain (its 0.14.0 release
    notes, in its own example file), where a hard range would read as exact (verify84
    F4: "by the late 1970s" was 1977-1979, ``fuzzy`` False)."""
    if date is None:
        return False
    if date.circa or date.mod is not None or date.limit is not None:
        return True
    if date.precision is Precision.DECADE:
        return True
    return date.precision is Precision.PART_OF_YEAR and date.part not in (
        "Q1", "Q2", "Q3", "Q4", "H1", "H2")


def _event_own_fields(event: Event, whole_span: bool = True,
                      hand_basis: bool = False, named_lane: bool = False) -> dict[str, str]:
    """The texts :func:`dumps_timeline_project` writes in an ``<event>``'s own elements
    (start, end, text, fuzzy, category, description; "" for no description).

    The description's date line names a span's start and end ("Date: September 2013 –
    July 2015 (month)"), so that a file The Timeline Project saved again (it keeps no
    comments) gives both back at their precision; with ``whole_span`` False, the line as
    exports before verify32 wrote it (the start only), to recognise such a file unchanged.
    A date a person set here (its basis "typed by hand (was 30 June 2014, 15:16; …)",
    ``core.duplicates.HAND_DATED``) has no line when the file's own fields say it (a day),
    and its line no basis: the history of our edits is not the file's text, which The
    Timeline Project shows in the event's description (verify70 F9: every edited release
    got a "Date: …; typed by hand (was …)" paragraph); our comment keeps the basis.  With
    ``hand_basis``, the line as exports before session 54 wrote it, to recognise such a
    file unchanged.  With ``named_lane``, an event of the lane "event" has the category
    "Event" (``exchange.names_default_lane``), else none.
    """
    from ..core.merge import HAND_DATED

    last = event.end if event.end is not None else event.date
    text = event.title
    if text[:1] in ("(", "["):
        text = " " + text  # as The Timeline Project's writer does: not a container
    # (a summary that is the source sentence is written once, as the source: verify84 F4)
    description = "" if _summary_told(event) else event.summary
    extras = _exchange.status_paragraph(event.status)  # (none while not assessed)
    if event.participants:
        extras.append("Participants: " + name_list(event.participants))
    if event.location:
        extras.append("Place: " + event.location)
    extras += _exchange.reference_paragraphs(event)
    extras += [_exchange.source_paragraph(evidence.sentence) for evidence in event.evidence
               if not isinstance(evidence, Reference)]
    end = event.end if whole_span else None
    # (a file's own basis says no more than its dates, a hand's is our history: no line
    # for either)
    basis = "" if event.date_basis in FILE_BASES or (
        event.date_basis.startswith(HAND_DATED) and not hand_basis) else event.date_basis
    if (event.date.precision is not Precision.DAY or basis
            or (end is not None and (end.precision is not Precision.DAY or end.circa))
            or not _instant_says_all(event.date) or not _instant_says_all(end)):
        when = event.date.describe() + (f" \u2013 {end.describe()}" if end is not None else "")
        extras.append(f"Date: {when} ({event.date.precision_words()})"
                      + (f"; {basis}" if basis else ""))
    if extras:
        description = "\n\n".join([description, *extras] if description else extras)
    return {"start": _time_text(event.date), "end": _time_text(last, last=True), "text": text,
            # (a week an article named, "the week of 17 March", is some day of it, not
            # all seven: fuzzy too, verify85 F9)
            "fuzzy": ("True" if _vague(event.date) or _vague(event.end) or told_week(event)
                      else "False"),
            "category": ("" if event.category == NO_CATEGORY_LANE and not named_lane
                         else _exchange.display_category(event.category)),
            "description": description}


def dumps_timeline_project(timeline: Timeline) -> str:
    """The timeline as a ``.timeline`` XML document The Timeline Project 2.x reads.

    A date that is not a single day is written as the span of days it covers, fuzzy when
    circa; the precision itself is not representable there (a month becomes its days).
    Events of every lane shown as eras (``Timeline.is_era_lane``: by default the "era"
    and "eras" lanes) are written as eras,
    those of the lane "event" (``NO_CATEGORY_LANE``) without a category.
    """
    return "".join(timeline_project_pieces(timeline))


def timeline_project_pieces(timeline: Timeline,
                            lane_colors: Mapping[str, str] | None = None) -> Iterator[str]:
    """The text of :func:`dumps_timeline_project`, one era or event at a time, so that a
    large document never exists whole in memory (issue 11).

    Args:
        timeline: What to write.
        lane_colors: The colour (``#rrggbb``) the window draws each lane in that has no
            chosen colour (its light theme's: ``ui.style.category_color``), by lane; such
            a lane's category gets it, with a font colour that reads on it, so the file
            shows the window's colours (verify50: Diplomacy peach in the file, olive in
            the window).  Listed in the file's comment as not chosen, as the palette's
            are.  None, or a lane not in it: this module's palette (a file written with
            no window, by the command line).
    """
    from xml.sax.saxutils import escape

    def tag(name: str, value: str, indent: str) -> str:
        return f"{indent}<{name}>{escape(value)}</{name}>\n"

    is_era = timeline.is_era_lane
    shape = timeline.project_shape
    # The lanes that were containers (verify55 F14): written as containers, not categories
    containers = {lane: cid for cid, lane in enumerate(
        (lane for lane in shape.containers if not is_era(lane)
         and lane != NO_CATEGORY_LANE and any(e.category == lane for e in timeline)), 1)}
    own_category = {event_id: _exchange.category_from_display(named)
                    for event_id, named in shape.own_categories}
    lanes = {_exchange.display_category(e.category): e.category for e in timeline
             if not is_era(e.category) and e.category != NO_CATEGORY_LANE
             and e.category not in containers}
    for event in timeline:  # a sub-event's own category is a category of the file too
        if (event.category in containers and (its_own := own_category.get(event.id))
                and its_own not in containers and its_own != NO_CATEGORY_LANE
                and not is_era(its_own)):
            lanes.setdefault(_exchange.display_category(its_own), its_own)
    # The lane "event" as a category "Event" for the events of ours in it, when others
    # are named (verify70 F8); a file's own uncategorised events stay so (verify40 F6).
    named_default = {e.id for e in timeline if not is_era(e.category)
                     and _exchange.names_default_lane(e, bool(lanes or containers))}
    if named_default:
        lanes[_exchange.display_category(NO_CATEGORY_LANE)] = NO_CATEGORY_LANE
    categories = _parents_first(sorted(lanes), lanes, dict(shape.parents))
    # A lane's chosen colour, else one of ours: those are listed in the file's comment so
    # that reading the file back does not take them for choices (``_category_colors``).
    chosen = timeline.category_colors
    colors = {name: _color_as_text(chosen[lanes[name]]) for name in categories
              if lanes[name] in chosen}
    # Each lane without a chosen colour its own (verify32, F2), at its place among the
    # lanes as before (a lane with a chosen colour keeps its place in the count).
    given = lane_colors or {}
    shown_hex = {name: given[lanes[name]] for name in categories
                 if name not in colors and is_color(given.get(lanes[name]))}
    shown = {name: _color_as_text(color) for name, color in shown_hex.items()}
    colors.update(_palette_colours(
        [None if name in colors or name in shown else name for name in categories],
        list(colors.values()) + list(shown.values())))
    colors.update(shown)
    # (no title when it is only a file's name: the file reopened is named after itself,
    # not after the other tool's file the timeline came from; edit85 F4(e))
    ours: dict[str, Any] = {"title": timeline.title, "description": timeline.description,
                            "sources": [_exchange.source_fields(s)
                                        for s in timeline.sources.values()],
                            "palette_colors": {name: colors[name] for name in categories
                                               if lanes[name] not in chosen}}
    if timeline.file_named_title is not None and timeline.file_named_title == timeline.title:
        del ours["title"]
    if timeline.lane_order:  # the lanes' order (lanes18): the categories listed in it too
        ours["lane_order"] = list(timeline.lane_order)
        place = {lane: at for at, lane in reversed(list(enumerate(timeline.lane_order)))}
        categories = _parents_first(
            sorted(categories, key=lambda name: place.get(lanes[name], len(place))), lanes,
            dict(shape.parents))
    if timeline.era_lanes is not None:  # the lanes shown as eras, when a person chose
        ours["era_lanes"] = sorted(timeline.era_lanes)
    eras = [e for e in timeline if is_era(e.category)]
    # An era lane of no chosen colour: its eras in the colour the window draws them in
    # (verify53 F4: The Timeline Project's default grey beside the window's indigo),
    # listed in the comment as not chosen, as the categories' are.
    era_shown = {lane: color for lane in dict.fromkeys(e.category for e in eras)
                 if lane not in chosen and is_color(color := given.get(lane))}
    if era_shown:
        ours["era_palette_colors"] = era_shown
    yield "".join([
        '<?xml version="1.0" encoding="utf-8"?>\n', "<timeline>\n",
        _marker_comment(ours, "  "),
        tag("version", WRITTEN_VERSION, "  "), tag("timetype", "gregoriantime", "  ")])
    no_category_color = _color_as_text(chosen.get(NO_CATEGORY_LANE, _DEFAULT_EVENT_COLOR))
    if eras:
        yield "  <eras>\n"
        for era in eras:
            own = _era_own_fields(era)
            yield "".join(["    <era>\n", _marker_comment(_fields_with_id(era), "      "),
                           tag("name", own["name"], "      "),
                           tag("start", own["start"], "      "),
                           tag("end", own["end"], "      "),
                           tag("color", _color_as_text(
                               chosen.get(era.category) or era_shown.get(era.category)
                               or _DEFAULT_ERA_COLOR), "      "),
                           "    </era>\n"])
        yield "  </eras>\n"
    out = ["  <categories>\n"]
    parents = dict(shape.parents)
    by_lane = {lane: name for name, lane in lanes.items()}
    for category in categories:
        chosen_color = chosen.get(lanes[category])
        parent = by_lane.get(parents.get(lanes[category], ""))
        out += ["    <category>\n", tag("name", category, "      "),
                tag("color", colors[category], "      "),
                tag("progress_color", _progress_color(colors[category]), "      "),
                tag("done_color", _progress_color(colors[category]), "      "),
                tag("font_color", _font_color(chosen_color) if chosen_color is not None
                    else _font_color(shown_hex[category]) if category in shown_hex
                    else "0,0,0", "      "),
                tag("parent", parent, "      ") if parent and parent != category else "",
                "    </category>\n"]
    out.append("  </categories>\n  <events>\n")
    yield "".join(out)
    container_days = _container_days(timeline, containers)
    own_colors = dict(shape.colors)  # (an event's own <default_color>, verify70 F9)
    for event in timeline:
        if is_era(event.category):
            continue
        cid = containers.get(event.category)
        if cid is not None and event.category in container_days:
            # the container before its first sub-event: The Timeline Project's reader
            # looks a sub-event's container up as it reads it
            first, last = container_days.pop(event.category)
            yield "".join(["    <event>\n", tag("start", _time_text(first), "      "),
                           tag("end", _time_text(last, last=True), "      "),
                           tag("text", f"[{cid}]{_exchange.display_category(event.category)}",
                               "      "),
                           tag("progress", "0", "      "), tag("fuzzy", "False", "      "),
                           tag("locked", "False", "      "),
                           tag("ends_today", "False", "      "),
                           tag("default_color", "200,200,200", "      "), "    </event>\n"])
        own = _event_own_fields(event, named_lane=event.id in named_default)
        if cid is not None:  # a sub-event: "(1)" before its title, its own category
            own_lane = own_category.get(event.id)
            own_name = _exchange.display_category(own_lane) if own_lane else ""
            own = {**own, "text": f"({cid}){event.title}",
                   "category": own_name if lanes.get(own_name) == own_lane else ""}
        milestone = event.id in shape.milestones and event.end is None and cid is None
        fields = _fields_with_id(event)
        if "\r" not in event.summary:  # (XML reads a CR back as a line feed)
            # The description holds the summary whole (``_event_own_fields``): the
            # comment does not repeat it, which doubled a file (verify28, fault 8).
            del fields["summary"]
            fields["summary_digest"] = _digest(event.summary)
        out = ["    <event>\n", _marker_comment(fields, "      "),
               tag("start", own["start"], "      "),
               tag("end", own["end"], "      "),
               tag("text", own["text"], "      "),
               tag("progress", "0", "      "),
               tag("fuzzy", own["fuzzy"], "      "),
               tag("locked", "False", "      "),
               tag("ends_today", "False", "      ")]
        if own["category"]:
            out.append(tag("category", own["category"], "      "))
        if own["description"]:
            out.append(tag("description", own["description"], "      "))
        if link := _first_link(event):  # (The Timeline Project's "Goto URL": verify55 F14)
            out.append(tag("hyperlink", link, "      "))
        out += [tag("default_color", no_category_color if event.category == NO_CATEGORY_LANE
                    else _color_as_text(own_colors[event.id]) if event.id in own_colors
                    else "200,200,200", "      ")]
        if milestone:  # (after <default_color>, as The Timeline Project's reader wants)
            out.append(tag("milestone", "True", "      "))
        out.append("    </event>\n")
        yield "".join(out)
    # The period the program opens at: the whole timeline, first day to last (verify59 F20:
    # without it The Timeline Project opened a colleague's file at its own default period).
    period = _whole_period(timeline)
    yield ("  </events>\n  <view>\n" + (
        "    <displayed_period>\n" + tag("start", period[0], "      ")
        + tag("end", period[1], "      ") + "    </displayed_period>\n" if period else "")
        + "    <hidden_categories>\n    </hidden_categories>\n  </view>\n</timeline>\n")


def _whole_period(timeline: Timeline) -> tuple[str, str] | None:
    """The ``<displayed_period>`` instants of the whole timeline: its first event's first
    day to its last event's last day, each at 00:00:00, as an event's end is written
    (``_time_text``) and read back (``_displayed_period``); ``None`` for an empty timeline."""
    first = min(timeline, key=lambda e: e.date.start_day(), default=None)
    last = max(timeline, key=lambda e: (e.end or e.date).end_day(), default=None)
    if first is None or last is None:
        return None
    instants = []
    for day_number in (first.date.start_day(), (last.end or last.date).end_day() - 1):
        year, month, day = from_day_number(day_number)
        instants.append(f"{year}-{month:02d}-{day:02d} 00:00:00")
    return instants[0], instants[1]


def _parents_first(names: list[str], lanes: Mapping[str, str],
                   parents: Mapping[str, str]) -> list[str]:
    """``names`` (categories as written, in order) with each category's parent (by lane,
    ``ProjectShape.parents``) before it: The Timeline Project's reader refuses a
    ``<parent>`` it has not read yet.  A parent no longer written, or a loop, is left
    out of the order (the category is then written without it)."""
    by_lane = {lane: name for name, lane in lanes.items()}
    done: dict[str, None] = {}

    def place(name: str, seen: frozenset[str]) -> None:
        parent = by_lane.get(parents.get(lanes[name], ""))
        if parent is not None and parent not in done and parent not in seen:
            place(parent, seen | {name})
        done.setdefault(name, None)

    for name in names:
        place(name, frozenset())
    return list(done)


def _container_days(timeline: Timeline, containers: Mapping[str, int]
                    ) -> dict[str, tuple[FuzzyDate, FuzzyDate]]:
    """Each container lane's first date and last date (its events' earliest start and
    latest end), the period its ``<event>`` covers."""
    days: dict[str, tuple[FuzzyDate, FuzzyDate]] = {}
    for event in timeline:
        if event.category not in containers:
            continue
        last = event.end if event.end is not None else event.date
        if event.category not in days:
            days[event.category] = (event.date, last)
        else:
            first, latest = days[event.category]
            days[event.category] = (
                event.date if event.date.sort_key() < first.sort_key() else first,
                last if last.end_day() > latest.end_day() else latest)
    return days


def export_losses(timeline: Timeline) -> list[str]:
    """What a ``.timeline`` export of ``timeline`` cannot hold in The Timeline Project's own
    fields, one line per kind with a count (empty when nothing): the comments of
    :func:`dumps_timeline_project` bring it back only in this app.

    Returns:
        Lines such as "3 dates that are not single days (months, years, parts of years)
        written as the days they cover".
    """
    def count(test: Any) -> int:
        return sum(1 for event in timeline if test(event))

    lines = []
    for number, one, many in (
            (count(lambda e: e.date.precision is not Precision.DAY
                   or (e.end is not None and e.end.precision is not Precision.DAY)),
             "date that is not a single day (a month, a year, a part of a year) is written "
             "as the days it covers",
             "dates that are not single days (months, years, parts of years) are written "
             "as the days they cover"),
            # (some day of a week, drawn and said so here: written as its seven days,
            # a stay of a week there, verify63 F6)
            (count(lambda e: e.end is not None and told_week(e)),
             "week an article named (some day of it: “last week”) is written as its days",
             "weeks an article named (some day of each: “last week”) are written as their "
             "days"),
            (count(lambda e: e.participants),
             "event's participants are written as a \"Participants:\" line of the "
             "description",
             "events' participants are written as a \"Participants:\" line of the "
             "description"),
            (count(lambda e: e.location),
             "event's place is written as a \"Place:\" line of the description",
             "events' places are written as a \"Place:\" line of the description"),
            (count(lambda e: e.evidence),
             "event's source sentences are written as \"Source:\" lines of the "
             "description; the articles are not carried",
             "events' source sentences are written as \"Source:\" lines of the "
             "description; the articles are not carried")):
        if number:
            lines.append(f"{number} {one if number == 1 else many}")
    return lines
