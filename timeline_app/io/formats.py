"""Open any timeline file a user drops on the app: the format is recognised by content.

:func:`detect_format` looks at the first bytes (and, for JSON, the decoded shape), never at
the extension alone: native JSON, TimelineJS JSON, The Timeline Project's XML, iCalendar and
CSV are read; anything else gets one sentence saying what it looks like and what the app reads
("this looks like an Excel workbook; save it as CSV"), never "invalid JSON at line 1".
:func:`open_timeline_file` reads the file with the matching reader.  Exports live here too,
keyed by name, so that the window and the command line offer the same list.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from ..core.model import Timeline
from ..words import counted, shortened
from .errors import FormatError
from .files import read_regular_file

__all__ = [
    "ARTICLE_TEXT_KINDS",
    "CSV_FOR_EXCEL",
    "EMPTY",
    "EXPORTS",
    "READABLE",
    "TIMELINEJS_SHEET",
    "WORKING_NOTE_KINDS",
    "Detected",
    "ExportCancelledError",
    "Opened",
    "detect_file",
    "detect_format",
    "error_in_words",
    "export_bytes",
    "export_notes",
    "export_pieces",
    "open_timeline_file",
    "read_file_bytes",
]

#: What File → Open reads, in the words error messages use.
READABLE = "this app reads its own timelines (.json), TimelineJS (.json), The Timeline " \
           "Project (.timeline), iCalendar (.ics) and CSV (.csv)"
#: The largest file any importer reads (the native loader has its own limit).
MAX_IMPORT_BYTES = 256 * 1024 * 1024

NATIVE, TIMELINEJS, TIMELINE_PROJECT, CSV = "native", "timelinejs", "timeline-project", "csv"
ICALENDAR = "icalendar"


@dataclass(frozen=True)
class Detected:
    """What a file's content looks like.

    Attributes:
        kind: ``"native"``, ``"timelinejs"``, ``"timeline-project"``, ``"icalendar"``,
            ``"csv"``, or ``None``
            for a kind the app does not read.
        words: The kind in words for messages ("an Excel workbook").
        advice: For an unreadable kind, what to do instead; else "".
    """

    kind: str | None
    words: str
    advice: str = ""


#: A file of no bytes, or of nothing but blank space and a byte-order mark.
EMPTY = Detected(None, "an empty file")

# Magic numbers of files people drop by mistake: (prefix, words, advice).
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (an Excel workbook, a Word document or similar)",
     "if it is a spreadsheet, save it as CSV"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (Excel 97-2003 or Word)",
     "if it is a spreadsheet, save it as CSV"),
    (b"%PDF", "a PDF document", "to read an article, copy its text into File → Import Article"),
    (b"\x89PNG", "a PNG image", ""), (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"GIF8", "a GIF image", ""), (b"{\\rtf", "an RTF document",
                                   "save the article as plain text and use File → Import Article"),
    (b"SQLite format 3", "an SQLite database", ""),
    (b"\x1f\x8b", "a gzip-compressed file", "uncompress it first"),
)


def looks_like_timeline_project(head: bytes) -> bool:
    """True when the first bytes of a file look like a ``.timeline`` document (The
    Timeline Project's XML, read by :mod:`.timeline_project`).

    Here, not there: every open asks, and that module's imports (XML, HTML entities, the
    exchange helpers) cost 7 ms of CPU on the loading thread of a file that is not one
    (issue 11).
    """
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<?xml"):
        end = text.find(b"?>")
        text = text[end + 2:].lstrip() if end >= 0 else text
    return text.startswith(b"<timeline>") or text.startswith(b"<timeline ")


def detect_format(head: bytes, name: str = "") -> Detected:
    """Recognise a file from its first bytes (a few kB are enough; more is fine).

    Args:
        head: The start of the file.
        name: The file name, used only to word the answer for ambiguous text.
    """
    for magic, words, advice in _MAGIC:
        if head.startswith(magic):
            return Detected(None, words, advice)
    head = _as_utf8(head)
    if not head.lstrip(b"\xef\xbb\xbf").strip():
        return EMPTY  # not "plain text" (new-user trial 16, finding 7)
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    lower = text[:200].lower()
    if looks_like_timeline_project(head):
        return Detected(TIMELINE_PROJECT, "a Timeline Project file")
    if lower.startswith((b"<!doctype html", b"<html")):
        return Detected(None, "a web page (HTML)",
                        "to read an article, copy its text into File → Import Article")
    if lower.startswith(b"<?xml") or lower.startswith(b"<"):
        return Detected(None, "an XML document of another kind", "")
    if lower.startswith(b"begin:vcalendar"):
        return Detected(ICALENDAR, "an iCalendar file")
    if text.startswith((b"{", b"[")):
        return Detected(NATIVE, "a JSON file")  # refined by open_timeline_file once decoded
    if b"\x00" in head[:4096]:
        return Detected(None, "a binary file", "")
    sample = head[:65536].decode("utf-8", errors="replace").lstrip("\ufeff")
    if _looks_tabular(sample) or (name.lower().endswith((".csv", ".tsv"))
                                  and _looks_tabular(sample, least_records=1)):
        # (a .csv file of a header row alone is a table too, told so when read, not
        # "plain text": verify18)
        return Detected(CSV, "a CSV table")
    # (not "plain text (t.json)": the message names the file already, verify20 F10)
    return Detected(None, "plain text", "to read an article, use File → Import Article")


def _as_utf8(head: bytes) -> bytes:
    """A head of UTF-16 or UTF-32 text with a byte-order mark (Excel's "Unicode Text",
    Notepad's "Unicode") as UTF-8, so that it is judged as the text it is, not as binary;
    other heads unchanged.  The head may end inside a character: that one is replaced."""
    from .files import decode_text

    if not head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return head
    for cut in range(4):  # a whole number of code units
        try:
            return decode_text(head[:len(head) - cut])[0].encode("utf-8")
        except UnicodeDecodeError:
            continue
    return head


def _looks_tabular(sample: str, least_records: int = 2) -> bool:
    """True when the text reads as ``least_records`` or more records of a constant width
    (2+ columns) under a CSV reader with one of the usual delimiters; quoted cells may hold
    delimiters and newlines."""
    import csv
    import io

    for delimiter in (",", ";", "\t", "|"):
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        widths = []
        try:
            for row in reader:
                if any(cell.strip() for cell in row):
                    widths.append(len(row))
                if len(widths) >= 20:
                    break
        except csv.Error:
            continue
        if len(widths) > 2 and reader.line_num < sample.count("\n") + 1:
            widths = widths[:-1]  # the sample may cut the last record short
        if widths and widths[0] >= 2 and len(widths) >= least_records:
            agreeing = sum(w == widths[0] for w in widths)
            if agreeing >= max(least_records, int(0.8 * len(widths))):
                return True
    return False


@dataclass
class Opened:
    """A timeline read from a file of any readable kind.

    Attributes:
        timeline: What was read.
        kind: The format kind (see :class:`Detected`).
        format_name: The format in words.
        native: True when the file is ours: Save may write back to it.  Imported files
            open as new, unsaved documents and Save never writes over the original.
        notes: What could not be carried (one line per kind), for the summary after import.
        view_days: The days the file's own tool showed (``ImportResult.view_days``), or None.
        untold: The fields the file has no place for (a CSV without a Summary column:
            ``csv_table.fields_not_told``): its events' empty values there say nothing.
        columns_not_read: A CSV's columns nothing was read from, by their header names
            (``csv_table.columns_not_read``), for File → Merge to say (verify61 F13).
        rows_left_out: A CSV's rows that could not become events, in words ("row 2:
            'banana' is not a date …"), for File → Merge to say before it merges.
        ids_left_out: Those rows' Id cells: their events are in the copy, unreadable,
            not deleted there (verify62: they were offered for deletion).
        untold_of: Event id → the fields that event's entry has no place for
            (``exchange.ImportResult.untold_of``: a TimelineJS slide without this app's
            key and without a "Participants: …" line), as ``untold`` for one event.
    """

    timeline: Timeline
    kind: str
    format_name: str
    native: bool
    notes: list[str] = field(default_factory=list)
    view_days: tuple[int, int] | None = None
    untold: frozenset[str] = frozenset()
    columns_not_read: tuple[str, ...] = ()
    rows_left_out: tuple[str, ...] = ()
    ids_left_out: frozenset[str] = frozenset()
    untold_of: Mapping[str, frozenset[str]] = field(default_factory=dict)


def read_file_bytes(name: str, size: int | None = None) -> bytes:
    """The file's bytes (or its first ``size``), refusing what is not a regular file
    (see :func:`.files.read_regular_file`)."""
    return read_regular_file(name, MAX_IMPORT_BYTES, _too_big_to_import, size)


def _too_big_to_import(size: int) -> str:
    return (f"is {size / 2**20:.0f} MiB, larger than the {MAX_IMPORT_BYTES // 2**20} MiB "
            "this app imports")


def detect_file(path: str | os.PathLike[str]) -> Detected:
    """What the file at ``path`` looks like, from its first 64 KiB.

    Raises:
        FormatError: Missing, a folder, not a regular file, or unreadable.
    """
    name = os.fspath(path)
    return detect_format(read_file_bytes(name, 65536), name)


def open_timeline_file(path: str | os.PathLike[str],
                       parse_date: Callable[[str], object] | None = None,
                       progress: Callable[[int, int], bool] | None = None) -> Opened:
    """Read a timeline file of any kind the app reads, recognised by its content.

    Args:
        path: The file.
        parse_date: For CSV: a date parser to use instead of ``parse_typed_date`` (which
            reads ranges, and numeric dates in the order the column decides, else the
            system's).  CSV columns are mapped by their English header names; a dialog
            that lets the user confirm the mapping uses :mod:`.csv_table` directly.
        progress: Called with how far the open is and how far it goes as it loads
            (bytes read and the file's size in bytes for a native file and a large
            iCalendar file, slides or events read and their number for TimelineJS and
            The Timeline Project); returning False cancels (see :func:`.native.load`,
            :func:`.ical.loads_icalendar`, :func:`.timelinejs.loads_timelinejs`,
            :func:`.timeline_project.loads_timeline_project`).

    Raises:
        FormatError: Unreadable, of a kind the app does not read (one sentence saying what
            it looks like and what the app reads), invalid in its own format, or
            cancelled through ``progress``.
    """
    from . import native

    name = os.fspath(path)
    head = read_file_bytes(name, 65536)
    detected = detect_format(head, name)
    if detected == EMPTY:
        raise FormatError(name, None, f"the file is empty: there is no timeline in it "
                          f"({READABLE})")
    if detected.kind is None:
        advice = f"; {detected.advice}" if detected.advice else ""
        raise FormatError(name, None, f"this looks like {detected.words}, not a timeline"
                          f"{advice} ({READABLE})")
    if detected.kind == NATIVE:
        # A file that starts as our writer starts one is ours: decoded whole a first time
        # only to be told so, 25 MB took ~1 s of CPU in one call that held the GIL, the
        # window frozen grey where the Open dialog had been (verify82 F3).
        data = read_file_bytes(name) if _is_small(name) and not _starts_as_ours(head) \
            else b""
        if not data and is_timelinejs_file(name):
            # Too large to decode twice, but its head says TimelineJS: the app's own export
            # of 20 000 slides or more was sent to the native loader, which refused it as
            # "not a timeline file" (verify38 F5).
            from .timelinejs import FORMAT_WORDS, loads_timelinejs

            result = loads_timelinejs(_text(read_file_bytes(name), name), name, progress)
            return Opened(result.timeline, TIMELINEJS, FORMAT_WORDS, False, result.notes,
                          untold_of=result.untold_of)
        if data:
            kind = _json_kind(data)
            if kind == TIMELINEJS:
                from .timelinejs import FORMAT_WORDS, loads_timelinejs

                result = loads_timelinejs(_text(data, name), name, progress)
                return Opened(result.timeline, TIMELINEJS, FORMAT_WORDS, False, result.notes,
                              untold_of=result.untold_of)
            if kind == _OTHER_JSON:  # not "$: not a timeline file" (new-user trial 16, 7)
                raise FormatError(name, None, "this is a JSON file of another kind, not a "
                                  f"timeline ({READABLE})")
        return Opened(native.load(name, progress), NATIVE, "Diplomatic Timeline", True)
    data = read_file_bytes(name)
    if detected.kind == TIMELINE_PROJECT:
        from .timeline_project import FORMAT_WORDS as TP_WORDS
        from .timeline_project import loads_timeline_project

        result = loads_timeline_project(data, name, progress)
        return Opened(result.timeline, TIMELINE_PROJECT, TP_WORDS, False, result.notes,
                      result.view_days)
    if detected.kind == ICALENDAR:
        from .ical import FORMAT_WORDS as ICAL_WORDS
        from .ical import loads_icalendar

        result = loads_icalendar(data, name, progress)
        return Opened(result.timeline, ICALENDAR, ICAL_WORDS, False, result.notes)
    from .csv_table import (
        columns_not_read,
        read_table,
        rows_to_events,
        sheet_untold,
        title_slide,
    )

    table = read_table(data, name)
    if "date" not in table.mapping:
        raise FormatError(name, "row 1", "no column is named like a date (Date, Start, When…); "
                          "name one so, or open it with File → Open… in the window, "
                          "which asks which column holds what")
    untold_of: dict[str, frozenset[str]] = {}  # (a TimelineJS sheet's rows': verify80 F7)
    events, errors = rows_to_events(table, table.mapping, parse_date,  # type: ignore[arg-type]
                                    untold_of=untold_of)
    notes = []
    changed = [e for e in errors if e.changed]
    if changed:  # verify46 F9: a date changed in the table, its basis saying so
        notes.append(f"{counted(len(changed), 'date')} changed in the table (the date "
                     f"basis says so): " + "; ".join(str(e) for e in changed[:3])
                     + ("…" if len(changed) > 3 else ""))
    for kept, words in ((False, "rows skipped"), (True, "dates read two ways, check them")):
        listed = [e for e in errors if e.kept is kept and not e.changed and not e.repeated
                  and not e.end_dropped]
        if listed:
            notes.append(f"{len(listed)} {words}: " + "; ".join(str(e) for e in listed[:3])
                         + ("…" if len(listed) > 3 else ""))
    repeated = [e for e in errors if e.repeated]
    if repeated:  # verify60 F6: a repeated Id was replaced without a word
        notes.append(f"{counted(len(repeated), 'row')} with an earlier row's Id, imported with "
                     "a new Id: " + "; ".join(str(e) for e in repeated[:3])
                     + ("…" if len(repeated) > 3 else ""))
    no_end = [e for e in errors if e.end_dropped]
    if no_end:  # verify60 F5: such a row was left out whole
        notes.append(f"{counted(len(no_end), 'row')} with an end before the start, imported "
                     "without an end: " + "; ".join(str(e) for e in no_end[:3])
                     + ("…" if len(no_end) > 3 else ""))
    title = os.path.splitext(os.path.basename(name))[0]
    # No description: it is the TimelineJS title slide's text and the print's header, where
    # "Imported from events.csv" was published (verify55 F16); the import summary says it.
    # A TimelineJS sheet's own title slide gives both (verify57 F1).
    description = ""
    slide = title_slide(table, table.mapping)
    if slide is not None:
        title, description = slide[0] or title, slide[1]
        notes.append("the sheet's title slide gave the timeline's name and description")
    timeline = Timeline.from_events(events, title=title, description=description)
    if slide is None or not slide[0]:
        timeline.file_named_title = title  # (no name of its own: edit85 F4(e))
    left_out = [e for e in errors if not e.kept]
    return Opened(timeline, CSV, "CSV", False, notes, untold=sheet_untold(table, table.mapping),
                  untold_of=untold_of,
                  columns_not_read=tuple(columns_not_read(table)),
                  rows_left_out=tuple(str(e) for e in left_out),
                  ids_left_out=frozenset(e.row_id for e in left_out if e.row_id))


def _starts_as_ours(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) opens a JSON object whose first key is
    ``"format"`` with our format's name, ``{"format": "diplomatic-timeline"``, as
    ``native.save`` writes it (any white space, a UTF-8 BOM); a recovery copy's or another
    program's format is not ours."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    for part in (b"{", b'"format"', b":", b'"diplomatic-timeline"'):
        if not text.startswith(part):
            return False
        text = text[len(part):].lstrip()
    return True


def _is_small(name: str) -> bool:
    """A JSON file small enough to decode twice (once to look at its shape)."""
    try:
        return os.stat(name).st_size <= 32 * 1024 * 1024
    except OSError:
        return False


def _text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(name, f"byte {exc.start}", "is not valid UTF-8 text") from None


#: :func:`_json_kind` of JSON that is neither ours nor TimelineJS's.
_OTHER_JSON = "other-json"


def is_timelinejs_file(path: str | os.PathLike[str]) -> bool:
    """True if the JSON file at ``path`` is a TimelineJS document, judged from its first
    64 KiB: :func:`detect_file` calls every JSON file ours, and the open refines that only
    once the file is read, too late for a choice made before (the app's restart reopens
    only its own files, verify16 finding 8).

    A head that names our format (``"diplomatic-timeline"``, the first key our writer
    puts) is ours; a file read whole is judged as the open judges it (``_json_kind``); a
    longer one by a ``"start_date"`` key in its head (every TimelineJS slide has one:
    TimelineJS3's JSON format).

    Raises:
        FormatError: The file cannot be read.
    """
    head = read_file_bytes(os.fspath(path), 65536)
    if b'"diplomatic-timeline"' in head:
        return False
    if len(head) < 65536:
        return _json_kind(head) == TIMELINEJS
    return b'"start_date"' in head


def _json_kind(data: bytes) -> str:
    """``"timelinejs"`` for a TimelineJS document; ``_OTHER_JSON`` for a JSON value with
    no ``"format"`` key (another program's data: ``{"hello": [1, 2]}``, a list); else
    ``"native"``, whose loader judges (and words a JSON error with its line and column, a
    wrong marker or version with its place)."""
    from .timelinejs import looks_like_timelinejs

    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return NATIVE
    if looks_like_timelinejs(document):
        return TIMELINEJS
    return NATIVE if isinstance(document, dict) and "format" in document else _OTHER_JSON


# -- exports -----------------------------------------------------------------------------

def _timelinejs(timeline: Timeline, working_notes: bool = True) -> Iterator[str]:
    from .timelinejs import timelinejs_pieces

    return timelinejs_pieces(timeline, working_notes)


def _timeline_project(timeline: Timeline,
                      lane_colors: Mapping[str, str] | None = None) -> Iterator[str]:
    from .timeline_project import timeline_project_pieces

    return timeline_project_pieces(timeline, lane_colors)


def _csv(timeline: Timeline) -> Iterator[str]:
    from .csv_table import csv_pieces

    # With a BOM: Excel then reads UTF-8 (names such as "Moon Jae-in" or "Kōno" intact).
    yield "\ufeff"
    yield from csv_pieces(timeline)


def _csv_for_excel(timeline: Timeline) -> Iterator[str]:
    from .csv_table import EXCEL_DELIMITER, csv_pieces

    yield "\ufeff"
    yield from csv_pieces(timeline, EXCEL_DELIMITER)


def _timelinejs_sheet(timeline: Timeline, working_notes: bool = True) -> Iterator[str]:
    from .timelinejs import timelinejs_sheet_pieces

    yield "\ufeff"  # (UTF-8 for Excel too; Google Sheets ignores it)
    yield from timelinejs_sheet_pieces(timeline, working_notes)


def _ics(timeline: Timeline) -> Iterator[str]:
    from .ical import icalendar_pieces

    return icalendar_pieces(timeline)


#: The export of a CSV table with semicolons (``csv_table.EXCEL_DELIMITER``).
CSV_FOR_EXCEL = "CSV for Excel"
#: The export of TimelineJS's authoring spreadsheet as CSV (``timelinejs.SHEET_HEADER``).
TIMELINEJS_SHEET = "TimelineJS Sheet"

#: The exports whose own fields carry the articles' texts (``exchange.source_fields``):
#: written without them, but for the sentences cited, unless a person asks
#: (``ui.export_job.without_article_texts``; verify58 F18).  CSV and the TimelineJS
#: spreadsheet never carry them.
ARTICLE_TEXT_KINDS = frozenset({"TimelineJS", "Timeline Project", "iCalendar"})

#: The exports whose slides may leave out the working notes, participants and places
#: (verify74 F11: a publisher's embed showed "Participants: Uruguay, France"): TimelineJS,
#: whose own key brings them back here, and its spreadsheet, whose rows are the slides a
#: sheet publishes (verify76 F16: the sheet wrote "Place: Minsk", misread, on every row
#: with the item off); the sheet has no key, so left out there they are not read back.
_SLIDES_OF: dict[str, Callable[[Timeline, bool], Iterator[str]]] = {
    "TimelineJS": _timelinejs, TIMELINEJS_SHEET: _timelinejs_sheet}
WORKING_NOTE_KINDS = frozenset(_SLIDES_OF)

#: Export name → (file-dialog filter, default extension, the file's text in pieces).
EXPORTS: dict[str, tuple[str, str, Callable[[Timeline], Iterator[str]]]] = {
    "TimelineJS": ("TimelineJS JSON (*.json)", ".json", _timelinejs),
    # its Google Sheets template's columns, for a sheet TimelineJS reads (verify57 F18)
    TIMELINEJS_SHEET: ("TimelineJS spreadsheet, CSV (*.csv)", ".csv", _timelinejs_sheet),
    "Timeline Project": ("The Timeline Project (*.timeline)", ".timeline", _timeline_project),
    "CSV": ("CSV table (*.csv)", ".csv", _csv),
    # the same table with semicolons, as Excel opens it in Germany, France… (verify37 F11)
    CSV_FOR_EXCEL: ("CSV table for Excel, semicolons (*.csv)", ".csv", _csv_for_excel),
    "iCalendar": ("iCalendar (*.ics)", ".ics", _ics),
}


def export_bytes(timeline: Timeline, kind: str,
                 lane_colors: Mapping[str, str] | None = None,
                 working_notes: bool = True) -> bytes:
    """The timeline in an export format of ``EXPORTS`` (``KeyError`` for an unknown kind):
    :func:`export_pieces` joined (``lane_colors``, ``working_notes``: see there)."""
    return b"".join(export_pieces(timeline, kind, lane_colors=lane_colors,
                                  working_notes=working_notes))


class ExportCancelledError(Exception):
    """:func:`export_pieces`' ``report`` returned False: the export was cancelled."""


#: The text gathered into one piece of :func:`export_pieces` (characters): few enough
#: writes and reports, and a piece of a few MB at most.
PIECE_CHARS = 1 << 20


def export_pieces(timeline: Timeline, kind: str,
                  report: Callable[[int, int], bool] | None = None,
                  lane_colors: Mapping[str, str] | None = None,
                  working_notes: bool = True) -> Iterator[bytes]:
    """The file of an export of ``EXPORTS``, about ``PIECE_CHARS`` characters at a time,
    each encoded as it is made: a large export is never whole in memory (issue 11).

    Args:
        timeline: The events to write; it must not change until the pieces are all taken.
        kind: A key of ``EXPORTS`` (``KeyError`` otherwise).
        report: Called before each piece with the events written so far and the number
            of events (an estimate of the work; an exporter's first lines count as one);
            returning False stops the export with :class:`ExportCancelledError`.
        lane_colors: The window's colour of each lane without a chosen one
            (``#rrggbb``), for the exports that write lane colours (The Timeline
            Project's categories: ``timeline_project_pieces``); None: their own.
        working_notes: False leaves the participants and places out of a TimelineJS
            file's slide texts (``WORKING_NOTE_KINDS``; its own key keeps them) and out of
            its spreadsheet's rows (which have no key: not read back then).

    Yields:
        The file's bytes (UTF-8) in pieces.

    Raises:
        ExportCancelledError: ``report`` returned False.
        UnicodeEncodeError: A text holds a lone surrogate, which UTF-8 cannot hold.
    """
    total = len(timeline)
    texts = (_timeline_project(timeline, lane_colors) if kind == "Timeline Project"
             else _SLIDES_OF[kind](timeline, working_notes) if kind in _SLIDES_OF
             else EXPORTS[kind][2](timeline))
    gathered: list[str] = []
    size = done = 0
    for text in texts:
        gathered.append(text)
        size += len(text)
        done += 1
        if size >= PIECE_CHARS:
            if report is not None and not report(min(done, total), total):
                raise ExportCancelledError
            yield "".join(gathered).encode("utf-8")
            gathered.clear()
            size = 0
    if report is not None and not report(total, total):
        raise ExportCancelledError
    yield "".join(gathered).encode("utf-8")


@dataclass(frozen=True)
class ExportNotes:
    """What an export could not hold, for a message after it is written.

    Attributes:
        sentence: One plain sentence for the message ("The Timeline Project's format
            cannot hold everything in this timeline.").
        details: One line per kind of loss, with counts.
        summary: One short line for the status bar ("1 event before AD 1 left out"): the
            sentence ends in a colon that the details complete, so it cannot stand alone.
        in_full: The titles a detail quotes cut (``words.shortened``), whole, one a line,
            for the message's Details (verify24, U4); empty when none was cut.
    """

    sentence: str
    details: list[str]
    summary: str
    in_full: tuple[str, ...] = ()

    def text(self) -> str:
        """The sentence, then one bulleted line per detail (a message box wraps each
        detail onto two lines; unbulleted, they read as one paragraph)."""
        return "\n\n".join([self.sentence, "\n".join(f"• {d}" for d in self.details)])


def export_notes(timeline: Timeline, kind: str,
                 working_notes: bool = True) -> ExportNotes | None:
    """What the ``kind`` export (a key of ``EXPORTS``) of ``timeline`` does not carry into
    the other tool, or ``None`` when it carries everything that tool can show (TimelineJS:
    its fields and our own key bring everything back here; but the slides of the file it
    was opened from whose text was edited since lose their links' words and formatting,
    ``timelinejs.export_losses``)."""
    if kind == "Timeline Project":
        from .timeline_project import export_losses as project_losses

        details = project_losses(timeline)
        if details:
            return ExportNotes(
                "The Timeline Project cannot hold everything in this timeline as its own "
                "fields (this app reads the file back in full); there:", details,
                # (Details… says how; short enough to read whole beside a file's name
                # and a selection's status line at 1024 px, verify63 F12)
                "not all in its own fields")
    elif kind in ("CSV", CSV_FOR_EXCEL):
        from .csv_table import export_losses as table_losses

        details = table_losses(timeline)
        if details:
            return ExportNotes("A CSV table cannot hold everything in this timeline; "
                               "reopening it here brings back each event's columns, but not:",
                               details,
                               # (short: the status bar cut it, edit44's leftover)
                               counted(len(details), "kind of detail", "kinds of detail")
                               + " not in it",
                               _in_full("The timeline's title", [timeline.title], details))
    elif kind == TIMELINEJS_SHEET:
        lost = ["the events' ids: File → Merge of the sheet finds its events by their titles "
                "and dates", "how each date was found (its date basis)"]
        from .timelinejs import slide_says_nothing_else

        # (a row with no other text names them all the same: verify78 F5)
        if not working_notes and any((e.participants or e.location)
                                     and not slide_says_nothing_else(e) for e in timeline):
            lost.insert(0, "the participants and places (File → Export → Participants and "
                        "Places in TimelineJS Slides writes them in each row's Text)")
        if timeline.sources:
            lost.append(f"the articles' texts and outlets "
                        f"({counted(len(timeline.sources), 'article')}); each source sentence "
                        "is quoted in its event's Text")
        kept = ("participants, place, " if working_notes else "")
        return ExportNotes("A TimelineJS spreadsheet holds what TimelineJS shows; reopening "
                           f"it here brings back each event's date, title, lane, {kept}"
                           "status, media and source sentences, but not:", lost,
                           counted(len(lost), "kind of detail", "kinds of detail")
                           + " not in it")
    elif kind == "TimelineJS":
        from .timelinejs import export_losses as slide_losses
        from .timelinejs import news_slide, opening_note

        details = slide_losses(timeline)
        opening = opening_note(timeline)  # (verify54 F28)
        news = news_slide(timeline)
        if details:  # (verify49 F11)
            return ExportNotes("The slides are written as the TimelineJS file had them, "
                               "links and formatting too, except:",
                               details + ([opening] if opening else []),
                               details[0].split(" whose ")[0] + " written from plain text")
        if opening is not None and news is not None:
            return ExportNotes("A TimelineJS file cannot say which slide opens: the page "
                               "that shows it does.", [opening],
                               # what "the news is slide 16" meant (verify86 F8)
                               f"it opens on its title slide, not on the latest news "
                               f"(slide {news[0]}): see Details")
    elif kind == "iCalendar":
        from .ical import export_losses as calendar_losses

        details = calendar_losses(timeline)
        if details:
            named = [e.title for e in timeline
                     if not e.date.fits_datetime or not (e.end or e.date).fits_datetime][:5]
            if not named:  # only times of day that no place puts in a zone (verify54 F27)
                return ExportNotes("Calendars show a time of day without a time zone at "
                                   "their reader's own clock:", details,
                                   details[0].split(" (")[0])  # "1 time of day written …"
            return ExportNotes("Calendars cannot hold dates before AD 1, so some events are "
                               "not in the exported file:", details,
                               details[0].split(":")[0],  # "1 event before AD 1 left out"
                               _in_full("Left out", named, details))
    return None


def _in_full(label: str, texts: list[str], details: list[str]) -> tuple[str, ...]:
    """``texts`` that a line of ``details`` quotes cut (``words.shortened``), whole, as
    lines "<label>: “<text>”" for the message's Details; () when none was cut."""
    quoted = "\n".join(details)
    return tuple(f"{label}: \u201c{text}\u201d" for text in texts
                 if shortened(text) != text and f"\u201c{shortened(text)}\u201d" in quoted)


# -- errors in words ----------------------------------------------------------------------

_JSON_PLACE = re.compile(r"\$\.(events|eras)\[(\d+)\](?:\.(\w+))?")
#: A field of an event (native or TimelineJS) in the words of the editor.
_FIELD_WORDS = {
    "date": "its date", "end": "its end date", "start_date": "its start date",
    "end_date": "its end date", "title": "its title", "text": "its text",
    "category": "its category", "participants": "its participants", "location": "its place",
    "summary": "its summary", "date_basis": "how its date was found",
    "evidence": "its source sentences", "source": "its article", "id": "its id",
    "unique_id": "its id", "group": "its group", "media": "its media",
}
#: Files up to this size are read again to name the event an error is in.
_TITLE_LOOKUP_BYTES = 32 * 1024 * 1024


def error_in_words(error: FormatError) -> str:
    """The error as a user reads it: "baddate.json: event 2 ("Treaty signed"), its date:
    2024-13-45 is not a valid date", with the JSON path (``$.events[1].date.value``) kept on
    a line of its own for whoever fixes the file.  Errors placed otherwise (a line and
    column, an XML element) read as ``str(error)``.

    The event's title is read again from the file (JSON up to 32 MiB; else only the
    number is given).
    """
    match = _JSON_PLACE.match(error.place or "")
    if match is None:
        return str(error)
    kind, index, field_name = match.group(1), int(match.group(2)), match.group(3)
    noun = "era" if kind == "eras" else "event"
    where = f"{noun} {index + 1}"
    title = _title_at(error.path, kind, index)
    if title:
        where += f" (\u201c{title}\u201d)"
    if field_name:
        where += ", " + _FIELD_WORDS.get(field_name, f"its {field_name.replace('_', ' ')}")
    name = os.path.basename(error.path) if error.path else ""
    head = f"{name}: " if name else ""
    return f"{head}{where}: {error.problem}\n\nWhere in the file: {error.place}"


def _title_at(path: str | None, kind: str, index: int) -> str:
    """The title (native) or headline (TimelineJS, as text) of item ``index`` of ``kind``
    in the JSON file ``path``, or "" when it cannot be read."""
    if path is None:
        return ""
    try:
        if os.stat(path).st_size > _TITLE_LOOKUP_BYTES:
            return ""
        document = json.loads(read_file_bytes(path).decode("utf-8-sig"))
        item = document[kind][index]
    except (FormatError, OSError, ValueError, RecursionError, KeyError, IndexError, TypeError):
        return ""
    if not isinstance(item, dict):
        return ""
    title = item.get("title")
    if not isinstance(title, str):
        text = item.get("text")
        headline = text.get("headline") if isinstance(text, dict) else None
        if not isinstance(headline, str):
            return ""
        from .exchange import html_to_text

        title = html_to_text(headline)
    title = " ".join(title.split())
    return title if len(title) <= 60 else title[:59] + "\u2026"
