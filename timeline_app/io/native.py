"""The app's own file format: versioned JSON that keeps every date's precision.

A file looks like this (``resources/timeline.schema.json`` is the formal version)::

    {
      "format": "diplomatic-timeline",
      "version": 1,
      "title": "...",
      "description": "...",
      "sources": [{"id": "...", "title": "...", "outlet": "...", "dateline_place": "...",
                   "dateline_date": "2025-03-22", "date_basis": "...", "text": "...",
                   "url": ""}],
      "events": [{"id": "...", "title": "...",
                  "date": {"value": "2024", "precision": "part_of_year", "part": "late"},
                  "end": null, "category": "dispute", "participants": ["..."],
                  "location": "...", "summary": "...", "date_basis": "...",
                  "source": "...",
                  "evidence": [{"sentence": "...", "start": 10, "end": 52,
                                "date_start": 20, "date_end": 34}]}]
    }

Dates are objects with an explicit ``precision`` (``day``, ``month``,
``part_of_year``, ``year``, ``decade``) rather than bare strings, so a date whose
precision the reader does not know is an error instead of a silent guess.  The
``value`` is ``YYYY-MM-DD`` for a day, ``YYYY-MM`` for a month and ``YYYY`` for
the rest (a decade's first year), in ISO 8601 with astronomical years: a year
before AD 1 is an expanded year with a minus sign (44 BC is ``-0043``, 1 BC is
``0000``; see ``FuzzyDate.to_iso``); ``part`` names the part of a year (``early``,
``Q3``, ``SU``, ...), and ``"circa": true`` marks a loosely derived date.

Reading is strict and all-or-nothing: anything wrong raises one ``FormatError``
naming the file, the JSON path and the problem, and no partial timeline is ever
returned.  Writing is atomic: a temporary file in the same folder is written,
flushed to disk and renamed over the target, so a failed save leaves the previous
file as it was.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import stat
from typing import Any, NoReturn

from ..core.dates import PART_OF_YEAR_MONTHS, FuzzyDate, Precision
from ..core.model import Event, Evidence, Source, Timeline
from .atomic import remove_stale_temporaries, write_atomically
from .errors import FormatError

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "dumps",
    "load",
    "loads",
    "save",
]

FORMAT_NAME = "diplomatic-timeline"
FORMAT_VERSION = 1
"""The newest version this code reads, and the version it writes."""

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Files larger than this are refused before reading: a timeline of 100 000 events
with evidence is a few tens of megabytes, and a multi-gigabyte file is far more
likely a mistake (or an attack) than a timeline."""

# Keys of each object, as (required, optional).  The schema test checks that
# resources/timeline.schema.json agrees with these tables.
TOP_KEYS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("format", "version", "events"),
    ("title", "description", "sources"),
)
SOURCE_KEYS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("id",),
    ("title", "outlet", "dateline_place", "dateline_date", "date_basis", "text", "url"),
)
EVENT_KEYS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("id", "title", "date"),
    (
        "end",
        "category",
        "participants",
        "location",
        "summary",
        "date_basis",
        "source",
        "evidence",
    ),
)
EVIDENCE_KEYS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("sentence", "start", "end"),
    ("date_start", "date_end"),
)
DATE_KEYS: tuple[tuple[str, ...], tuple[str, ...]] = (("value", "precision"), ("part", "circa"))

# [0-9] rather than \d, because \d also matches other scripts' digits, which int() would
# then happily accept (event dates: FuzzyDate.from_iso, which does the same).
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")  # a dateline: AD, as datetime


# -- reading ------------------------------------------------------------------------------


def load(path: str | os.PathLike[str]) -> Timeline:
    """Read a timeline file.

    Args:
        path: The file to read.

    Returns:
        The timeline, complete and validated.

    Raises:
        FormatError: The file is missing, unreadable, too large, not UTF-8, or not a
            valid timeline.  No other exception escapes for bad input.
    """
    name = os.fspath(path)
    data = _read_limited(name)
    # A save of this file killed before its rename left a full copy beside it.
    remove_stale_temporaries(name)
    if data.startswith(b"\xef\xbb\xbf"):
        # Some Windows editors prepend a byte order mark; it carries no content.
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(
            name, _line_column_of_byte(data, exc.start), "is not valid UTF-8 text"
        ) from None
    return loads(text, name)


def _read_limited(name: str) -> bytes:
    """The file's bytes, refusing directories, special files and oversized files.

    The size is checked with ``stat`` before reading so that a huge file fails at once
    without being read, and the read itself is capped too, because the file can grow
    between ``stat`` and ``read`` and some special files report a size of 0.
    """
    if "\x00" in name:
        raise FormatError(name.replace("\x00", "\\0"), None,
                          "a file name cannot contain a NUL character")
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise FormatError(name, None, "is a folder, not a timeline file")
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or a device could block or never end.
            raise FormatError(name, None, "is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise FormatError(name, None, _too_big(info.st_size))
        with open(name, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise FormatError(name, None, "no such file") from None
    except IsADirectoryError:
        raise FormatError(name, None, "is a folder, not a timeline file") from None
    except PermissionError:
        raise FormatError(name, None, "permission denied: the file cannot be read") from None
    except (OSError, ValueError) as exc:
        problem = getattr(exc, "strerror", None) or exc
        raise FormatError(name, None, f"cannot be read: {problem}") from None
    if len(data) > MAX_FILE_BYTES:
        raise FormatError(name, None, _too_big(len(data)))
    return data


def _too_big(size: int) -> str:
    mib = 1024 * 1024
    return (
        f"is too large ({size / mib:,.1f} MiB, {size:,} bytes); "
        f"the limit is {MAX_FILE_BYTES // mib} MiB"
    )


def _line_column_of_byte(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return f"line {line}, column {column} (byte {offset})"


def loads(text: str, path: str | os.PathLike[str] | None = None) -> Timeline:
    """Parse a timeline from JSON text.

    Args:
        text: The JSON text.
        path: The file it came from, named in error messages; ``None`` for text from
            elsewhere.

    Returns:
        The timeline, complete and validated.

    Raises:
        FormatError: The text is not a valid timeline.
    """
    name = os.fspath(path) if path is not None else None
    try:
        document = json.loads(
            text, object_pairs_hook=_object_without_duplicates, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        raise FormatError(
            name, f"line {exc.lineno}, column {exc.colno}", f"invalid JSON: {exc.msg}"
        ) from None
    except _JsonProblem as exc:
        raise FormatError(name, None, f"invalid JSON: {exc}") from None
    except RecursionError:
        raise FormatError(name, None, "invalid JSON: nested too deeply") from None
    except ValueError as exc:
        # e.g. an integer with more digits than Python will convert.
        raise FormatError(name, None, f"invalid JSON: {exc}") from None
    return _Reader(name).timeline(document)


class _JsonProblem(ValueError):
    """Valid JSON syntax that the format does not accept (raised while parsing)."""


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json keeps the last of repeated keys silently; in a timeline that would hide data.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _JsonProblem(f"the key {_short(key)} appears twice in one object")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise _JsonProblem(f"{name} is not a JSON number")


def _kind(value: object) -> str:
    """A JSON-flavoured name for the type of a value, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "a number with a decimal point"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _short(value: object, limit: int = 60) -> str:
    """``repr`` of a value, cut short so a message stays readable."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Reader:
    """Turns a parsed JSON document into a Timeline, checking every value on the way.

    Every check raises ``FormatError`` at the first problem, with a JSON path
    (``$.events[3].date.value``) that leads a person straight to it.
    """

    def __init__(self, path: str | None) -> None:
        self.path = path

    def fail(self, place: str, problem: str) -> NoReturn:
        raise FormatError(self.path, place, problem)

    # -- generic checks ----------------------------------------------------------------
    def expect_object(
        self, value: Any, place: str, keys: tuple[tuple[str, ...], tuple[str, ...]]
    ) -> dict[str, Any]:
        required, optional = keys
        if not isinstance(value, dict):
            self.fail(place, f"expected an object, found {_kind(value)}")
        for key in required:
            if key not in value:
                self.fail(place, f"missing required key {key!r}")
        allowed = set(required) | set(optional)
        for key in value:
            if key not in allowed:
                # Unknown keys within a version are mistakes (typos, or a file from a
                # fork); keeping them would lose them silently on the next save.
                self.fail(place, f"unknown key {_short(key)}")
        return value

    def string(self, obj: dict[str, Any], key: str, place: str, default: str = "") -> str:
        value = obj.get(key, default)
        where = f"{place}.{key}"
        if not isinstance(value, str):
            self.fail(where, f"expected a string, found {_kind(value)}")
        self.check_encodable(value, where)
        return value

    def check_encodable(self, value: str, where: str) -> None:
        # JSON escapes can spell an unpaired surrogate ("\ud800"), which cannot be
        # written back as UTF-8: accepting it would make the next save fail.
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.fail(where, "the text contains an unpaired surrogate (\\ud800-\\udfff)")

    def integer(self, value: Any, where: str, minimum: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, f"expected a whole number, found {_kind(value)}")
        if value < minimum:
            self.fail(where, f"{value} is less than {minimum}")
        return value

    def list_of(self, obj: dict[str, Any], key: str, place: str) -> list[Any]:
        value = obj.get(key, [])
        if not isinstance(value, list):
            self.fail(f"{place}.{key}", f"expected a list, found {_kind(value)}")
        return value

    def identifier(self, obj: dict[str, Any], place: str) -> str:
        value = self.string(obj, "id", place)
        if not value.strip():
            self.fail(f"{place}.id", "an id must not be empty")
        return value

    # -- the document ------------------------------------------------------------------
    def timeline(self, document: Any) -> Timeline:
        if not isinstance(document, dict):
            self.fail("$", f"expected a JSON object, found {_kind(document)}: not a timeline file")
        # Format and version come first: a newer file may differ in any other way,
        # and "written by a newer version" is then the only useful message.
        marker = document.get("format")
        if marker != FORMAT_NAME:
            if "format" not in document:
                self.fail("$", f'not a timeline file (no "format": "{FORMAT_NAME}")')
            self.fail(
                "$.format", f"expected {FORMAT_NAME!r}, found {_short(marker)}: not a timeline file"
            )
        if "version" not in document:
            self.fail("$", "missing required key 'version'")
        version = document["version"]
        if isinstance(version, bool) or not isinstance(version, int):
            self.fail("$.version", f"expected a whole number, found {_kind(version)}")
        if version > FORMAT_VERSION:
            self.fail(
                "$.version",
                f"was written by a newer version of Diplomatic Timeline (version {version}); "
                f"this app reads version {FORMAT_VERSION}",
            )
        if version < 1:
            self.fail("$.version", f"unsupported version {version}")
        self.expect_object(document, "$", TOP_KEYS)

        title = self.string(document, "title", "$", "Untitled timeline")
        description = self.string(document, "description", "$")
        sources: dict[str, Source] = {}
        for i, raw in enumerate(self.list_of(document, "sources", "$")):
            source = self.source(raw, f"$.sources[{i}]")
            if source.id in sources:
                self.fail(f"$.sources[{i}].id", f"duplicate source id {_short(source.id)}")
            sources[source.id] = source
        events: list[Event] = []
        seen: set[str] = set()
        for i, raw in enumerate(self.list_of(document, "events", "$")):
            event = self.event(raw, f"$.events[{i}]", sources)
            if event.id in seen:
                self.fail(f"$.events[{i}].id", f"duplicate event id {_short(event.id)}")
            seen.add(event.id)
            events.append(event)
        return Timeline.from_events(events, title=title, description=description, sources=sources)

    def source(self, raw: Any, place: str) -> Source:
        obj = self.expect_object(raw, place, SOURCE_KEYS)
        dateline = obj.get("dateline_date")
        dateline_date: _dt.date | None = None
        if dateline is not None:
            where = f"{place}.dateline_date"
            if not isinstance(dateline, str):
                self.fail(where, f"expected a date YYYY-MM-DD or null, found {_kind(dateline)}")
            dateline_date = self.iso_day(dateline, where)
        return Source(
            id=self.identifier(obj, place),
            title=self.string(obj, "title", place),
            outlet=self.string(obj, "outlet", place),
            dateline_place=self.string(obj, "dateline_place", place),
            dateline_date=dateline_date,
            date_basis=self.string(obj, "date_basis", place),
            text=self.string(obj, "text", place),
            url=self.string(obj, "url", place),
        )

    def iso_day(self, value: str, where: str) -> _dt.date:
        m = _ISO_DAY.fullmatch(value)
        if not m:
            self.fail(where, f"{_short(value)} is not a date of the form YYYY-MM-DD")
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            self.fail(where, f"{value} is not a valid date")

    def event(self, raw: Any, place: str, sources: dict[str, Source]) -> Event:
        obj = self.expect_object(raw, place, EVENT_KEYS)
        event_id = self.identifier(obj, place)
        date = self.date(obj["date"], f"{place}.date")
        end: FuzzyDate | None = None
        if obj.get("end") is not None:
            end = self.date(obj["end"], f"{place}.end")
            if end.start_day() < date.start_day():
                self.fail(f"{place}.end", f"ends ({end}) before it starts ({date})")
        participants = []
        for j, name in enumerate(self.list_of(obj, "participants", place)):
            where = f"{place}.participants[{j}]"
            if not isinstance(name, str):
                self.fail(where, f"expected a string, found {_kind(name)}")
            self.check_encodable(name, where)
            participants.append(name)
        source_id = obj.get("source")
        source: Source | None = None
        if source_id is not None:
            if not isinstance(source_id, str):
                self.fail(
                    f"{place}.source", f"expected a source id or null, found {_kind(source_id)}"
                )
            if source_id not in sources:
                self.fail(f"{place}.source", f"unknown source {_short(source_id)}")
            source = sources[source_id]
        evidence = tuple(
            self.evidence(item, f"{place}.evidence[{j}]", source)
            for j, item in enumerate(self.list_of(obj, "evidence", place))
        )
        return Event(
            id=event_id,
            title=self.string(obj, "title", place),
            date=date,
            end=end,
            category=self.string(obj, "category", place, "event"),
            participants=tuple(participants),
            location=self.string(obj, "location", place),
            summary=self.string(obj, "summary", place),
            date_basis=self.string(obj, "date_basis", place),
            source_id=source_id,
            evidence=evidence,
        )

    def date(self, raw: Any, place: str) -> FuzzyDate:
        obj = self.expect_object(raw, place, DATE_KEYS)
        precision_value = obj["precision"]
        try:
            precision = Precision(precision_value)
        except (ValueError, TypeError):
            known = ", ".join(p.value for p in Precision)
            self.fail(
                f"{place}.precision",
                f"unknown precision {_short(precision_value)}; expected one of {known}",
            )
        value = self.string(obj, "value", place)
        where = f"{place}.value"
        circa = obj.get("circa", False)
        if not isinstance(circa, bool):
            self.fail(f"{place}.circa", f"expected true or false, found {_kind(circa)}")
        part = obj.get("part")
        if precision is Precision.PART_OF_YEAR:
            if part is None:
                self.fail(place, "missing required key 'part' for part_of_year precision")
            if not isinstance(part, str) or part not in PART_OF_YEAR_MONTHS:
                known = ", ".join(PART_OF_YEAR_MONTHS)
                self.fail(
                    f"{place}.part", f"unknown part of year {_short(part)}; expected one of {known}"
                )
        elif part is not None:
            self.fail(
                f"{place}.part",
                f"a part of the year goes with part_of_year precision, not {precision.value}",
            )
        # The value's shape, range and calendar are the core's business (one reader for
        # files, import and the parser); its messages are written to be shown as they are.
        try:
            return FuzzyDate.from_iso(value, precision, part, circa)
        except ValueError as exc:
            self.fail(where, str(exc))

    def evidence(self, raw: Any, place: str, source: Source | None) -> Evidence:
        obj = self.expect_object(raw, place, EVIDENCE_KEYS)
        sentence = self.string(obj, "sentence", place)
        start = self.integer(obj["start"], f"{place}.start")
        end = self.integer(obj["end"], f"{place}.end")
        if end < start:
            self.fail(f"{place}.end", f"end {end} is before start {start}")
        date_start_raw, date_end_raw = obj.get("date_start"), obj.get("date_end")
        if (date_start_raw is None) != (date_end_raw is None):
            self.fail(place, "date_start and date_end go together: give both or neither")
        date_start = date_end = None
        if date_start_raw is not None:
            date_start = self.integer(date_start_raw, f"{place}.date_start")
            date_end = self.integer(date_end_raw, f"{place}.date_end")
            if date_end < date_start:
                self.fail(
                    f"{place}.date_end", f"date_end {date_end} is before date_start {date_start}"
                )
        if source is not None:
            # Offsets point into the source's text; the views highlight with them, so
            # they must land inside it and on the sentence the file claims.
            length = len(source.text)
            for key, offset in (("end", end), ("date_end", date_end)):
                if offset is not None and offset > length:
                    self.fail(
                        f"{place}.{key}",
                        f"offset {offset} is beyond the end of the text of source "
                        f"{_short(source.id)} ({length} characters)",
                    )
            if source.text[start:end] != sentence:
                self.fail(
                    f"{place}.sentence",
                    f"does not match the text of source {_short(source.id)} at {start}-{end}",
                )
        return Evidence(sentence, start, end, date_start, date_end)


# -- writing ------------------------------------------------------------------------------


def dumps(timeline: Timeline) -> str:
    """The timeline as the text of a native file.

    The output is stable: keys in a fixed order, sources sorted by id and events in
    date order, so equal timelines give identical files and diffs stay small.

    Args:
        timeline: The timeline to write.

    Returns:
        Pretty-printed JSON (UTF-8 characters kept as they are), ending in a newline.
    """
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "title": timeline.title,
        "description": timeline.description,
        "sources": [_source_json(s) for s in sorted(timeline.sources.values(), key=lambda s: s.id)],
        "events": [_event_json(e) for e in timeline.events],
    }
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _date_json(date: FuzzyDate) -> dict[str, Any]:
    result: dict[str, Any] = {"value": date.to_iso(), "precision": date.precision.value}
    if date.part is not None:
        result["part"] = date.part
    if date.circa:
        # Written only when true: most dates are not circa, and the reader defaults it.
        result["circa"] = True
    return result


def _source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "outlet": source.outlet,
        "dateline_place": source.dateline_place,
        "dateline_date": source.dateline_date.isoformat() if source.dateline_date else None,
        "date_basis": source.date_basis,
        "text": source.text,
        "url": source.url,
    }


def _evidence_json(evidence: Evidence) -> dict[str, Any]:
    return {
        "sentence": evidence.sentence,
        "start": evidence.start,
        "end": evidence.end,
        "date_start": evidence.date_start,
        "date_end": evidence.date_end,
    }


def _event_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "title": event.title,
        "date": _date_json(event.date),
        "end": _date_json(event.end) if event.end is not None else None,
        "category": event.category,
        "participants": list(event.participants),
        "location": event.location,
        "summary": event.summary,
        "date_basis": event.date_basis,
        "source": event.source_id,
        "evidence": [_evidence_json(e) for e in event.evidence],
    }


def save(timeline: Timeline, path: str | os.PathLike[str]) -> None:
    """Write the timeline to a file atomically (see :func:`.atomic.write_atomically`).

    A symbolic link is followed, so the link keeps pointing at the saved file.  A target
    that exists and is not a regular file (``/dev/null``, a FIFO, a socket) is refused,
    never replaced.

    Args:
        timeline: The timeline to write.
        path: The file to write.

    Raises:
        NotARegularFileError: The target is a device, FIFO, socket or folder (an ``OSError``).
        OSError: The file could not be written; the previous file is unchanged.
    """
    # Serialize first: a failure here must not even create a temporary file.
    data = dumps(timeline).encode("utf-8")
    write_atomically(path, data)
