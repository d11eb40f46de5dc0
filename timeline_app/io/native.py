"""The app's own file format: versioned JSON that keeps every date's precision.

A file looks like this (``resources/timeline.schema.json`` is the formal version)::

    {
      "format": "diplomatic-timeline",
      "version": 1,
      "title": "...",
      "description": "...",
      "category_colors": {"dispute": "#c0392b"},
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
``Q3``, ``SU``, ...), and ``"circa": true`` marks a loosely derived date.  Since version 2
a month or a decade may carry ``"mod"`` (``START``, ``MID``, ``END``: TimeML's TIMEX3 mod
for its early, mid or late part, e.g. "late December 2024" is
``{"value": "2024-12", "precision": "month", "mod": "END"}``).  A file is written at the
lowest version that holds it (``needed_version``): without a ``mod`` it stays version 1,
which older copies of the app open, and they refuse a version 2 file as newer.  Since
version 5 any date may carry ``"limit"`` (``BEFORE``, ``ON_OR_BEFORE``, ``AFTER``,
``ON_OR_AFTER``: TimeML's TIMEX3 mods for "before", "by", "after", "no earlier than"),
e.g. "by mid 2027" is ``{"value": "2027", "precision": "part_of_year", "part": "mid",
"limit": "ON_OR_BEFORE"}``; a file without one stays at its older version.  Since
version 6 a day may carry ``"time"``, the time of day as a TIMEX3 value writes it after
the ``T`` (``core.clock.ClockTime``): "22 March 2025, 10:30 UTC+09:00" is ``{"value":
"2025-03-22", "precision": "day", "time": "10:30+09:00"}``; likewise only then.  Since
version 14 a day without a time may carry ``"day_part"`` (``dates.DAY_PARTS``: TIMEX3's
``MO``, ``AF``, ``EV``, ``NI`` and ``START``, ``END`` for "early on", "late on"): "late
on 1 December 2026" is ``{"value": "2026-12-01", "precision": "day", "day_part":
"END"}``; likewise only then.
``category_colors`` (optional, written only when not empty) keeps the colour a lane's
owner chose, ``#rrggbb`` by category name.  ``lane_order`` (optional, version 2, written
only when not empty) lists the lanes in the order their owner put them.  An event's
``status`` (optional, version 4, written only when set: ``confirmed``, ``unconfirmed``,
``disputed`` or ``denied``; ``core.status``) says how its claim stands; absent, it is not
assessed.  ``era_lanes`` (optional, version 7, written only when the timeline says which
lanes are eras: ``Timeline.era_lanes``) lists the lanes whose events are eras, drawn as
bands behind the lanes; absent, the lanes "era" and "eras" are.  ``titles_by_hand``
(optional, version 8, written only when not empty: ``Timeline.titles_by_hand``) lists the
ids of the events whose title a person typed, which a later merge keeps; ``left_out``
(optional, version 8: ``Timeline.left_out``) lists the readings a person left out of an
import (article id, sentence, category, date in words and the day), which a later import
of the same article offers unticked; an entry's ``how`` (optional, version 9:
``LeftOut.how``) says its event was deleted or merged by hand after the import.  An
evidence's ``kind`` (optional, version 11, with ``"source": null``: ``reference`` or
``link``; ``core.sourced.Reference``) says a source typed by hand is a reference to a work
or a web address, not a quote of a text; absent, it is a sentence or a quote.
``timeline_project`` (optional, version 12, written only when not empty:
``Timeline.project_shape``) keeps what a Timeline Project file said of its events that the
lanes do not hold — ``milestones`` (event ids), ``containers`` (lanes), ``own_categories``
(sub-event id → its category in the file), ``parents`` (lane → the lane it was under),
and since version 13 ``colors`` (event id → its own ``#rrggbb`` colour in the file) —
which the Timeline Project export writes back (verify55 F14, verify70 F9).
``title_typed`` (optional, version 13, written only when true: ``Timeline.typed_title``)
says the title is the name a person typed, which the app never renames to follow its
events' years.

A file is written as version 1 unless it uses a key of version 2 (``needed_version``), so
that a copy of the app that reads only version 1 still opens it; a file that says version
1 and holds a key of version 2 is refused.

Reading is strict and all-or-nothing: anything wrong raises one ``FormatError``
naming the file, the place (a JSON path, or line and column for broken JSON) and the
problem, and no partial timeline is ever returned.  The types and keys are declared once
in ``native_schema`` (msgspec ``Struct`` types, decoded in C, and the source of the JSON
Schema); this module checks what types cannot say and words every message for people.

Writing is atomic: a temporary file in the same folder is written,
flushed to disk and renamed over the target, so a failed save leaves the previous
file as it was.
"""

from __future__ import annotations

import datetime as _dt
import gc
import itertools
import json
import math
import operator
import os
import re
import sys
import time
from array import array
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn, cast

import msgspec
from msgspec import UNSET, UnsetType

from ..core.clock import ClockTime
from ..core.dates import MIN_DAY, PART_OF_YEAR_MONTHS, FuzzyDate, Precision
from ..core.model import (
    SEQUENCE_BITS,
    Event,
    Evidence,
    LeftOut,
    ProjectShape,
    Source,
    Timeline,
    date_sort_number,
    is_color,
    make_event,
    make_evidence,
    make_source,
)
from ..core.sourced import Reference, SourcedEvidence, evidence_kept_by
from . import key_mirror
from . import native_schema as schema
from .atomic import WriteCancelledError, remove_stale_temporaries, write_atomically
from .errors import FormatError, go_on
from .files import open_regular_file, read_regular_file
from .key_check import KEY_CHECK_PROCESS_BYTES, KeyCheck
from .native_schema import FORMAT_NAME, FORMAT_VERSION

if TYPE_CHECKING:
    from .fingerprint import Fingerprint

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "Snapshot",
    "dumps",
    "encode_pieces",
    "load",
    "loads",
    "needed_version",
    "save",
    "snapshot",
]

MAX_FILE_BYTES = 1024 * 1024 * 1024
"""Files larger than this (1 GiB) are refused before reading: a million events with
evidence is about 500 MB, and a bigger file is far more likely a mistake (or an attack)
than a timeline."""

# [0-9] rather than \d, because \d also matches other scripts' digits, which int() would
# then happily accept (event dates: FuzzyDate.from_iso, which does the same).
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")  # a dateline: AD, as datetime

_DECODER = msgspec.json.Decoder(schema.TimelineFile)
_HEADER_DECODER = msgspec.json.Decoder(schema.Header)
_ENCODER = msgspec.json.Encoder()


# -- reading ------------------------------------------------------------------------------


def load(path: str | os.PathLike[str],
         progress: Callable[[int, int], bool] | None = None) -> Timeline:
    """Read a timeline file.

    A large file is read and decoded a piece of events at a time (``_PIECE_BYTES``), each
    piece made into events before the next is read, so that the file's bytes and its
    decoded form never both exist whole beside the timeline (issue 11: 1 000 000 events
    in under 2 GiB).  A file that cannot be cut into pieces that way (events not last
    in it, or anything wrong with it) is read whole, which gives every error its usual
    message and place.

    The cyclic garbage collector does not run during the load, and the loaded objects
    are frozen out of its reach afterwards (``gc.freeze``): a timeline is hundreds of
    thousands of acyclic objects that a full collection would otherwise walk again and
    again while the user pans (pauses of 120-190 ms with 100 000 events, issue 11).

    Args:
        path: The file to read.
        progress: Called with the bytes read so far and the file's size in bytes, after
            each piece (about every ``_PIECE_BYTES``); returning ``False`` cancels the
            load.  Called from the thread that loads.

    Returns:
        The timeline, complete and validated.

    Raises:
        FormatError: The file is missing, unreadable, too large, not UTF-8, or not a
            valid timeline; or the load was cancelled (problem ``"cancelled"``, no place).
            No other exception escapes for bad input.
    """
    name = os.fspath(path)
    handle, size = open_regular_file(name, MAX_FILE_BYTES, _too_big)
    with handle:
        # A save of this file killed before its rename left a full copy beside it.
        remove_stale_temporaries(name)
        if size > _PIECE_BYTES:
            # A large file's keys are checked by a second process beside the load
            # (``io.key_check``; from ``KEY_CHECK_PROCESS_BYTES`` on, None if it cannot
            # be started).
            check = (KeyCheck.start(name, handle) if size >= KEY_CHECK_PROCESS_BYTES
                     else None)
            try:
                timeline = load_in_pieces(handle, name, size, progress, check)
            finally:
                if check is not None:
                    check.close()
            if timeline is not None:
                return timeline
            # else read it whole below, once everything of the attempt is freed
    go_on(progress, 0, size, name)
    timeline = _parse([_read_limited(name)], name, freeze=True)
    if progress is not None:
        progress(size, size)
    return timeline


def load_in_pieces(handle: BinaryIO, name: str, size: int,
                   progress: Callable[[int, int], bool] | None = None,
                   check: KeyCheck | None = None) -> Timeline | None:
    """The timeline in ``handle`` read a piece at a time, as :func:`load` reads a large
    file: also a stream that is not a file (a recovery copy's text, unescaped as it is
    read: ``io.recovery.read_recovery``).

    Args:
        handle: A binary stream with ``readinto``, at the start of the native text.
        name: The file's name, for errors.
        size: About how many bytes the stream holds (``progress``'s total).
        progress: As for :func:`load`.
        check: The duplicate-key check of the same file running in a second process
            (``io.key_check``), or ``None``: each piece is checked here.  With a check,
            the pieces' keys are not checked here, nor a lazy load's evidence (see
            ``checked_in_pieces``); its verdict is awaited at the end (still
            cancellable through ``progress``): a repeated key or a wrong evidence
            found there reads the file whole (which words it), and no verdict (the
            process failed, or saw another file) loads the file again with everything
            checked here.

    Returns:
        The timeline, or ``None`` when it cannot be read in pieces (not laid out as the
        app writes it, a read error, or anything wrong with it): read it whole then,
        which words the error.

    Raises:
        FormatError: The load was cancelled (problem ``"cancelled"``, no place).
    """
    try:
        with _no_garbage_collection(freeze=True):
            if check is None:
                timeline = _load_in_pieces(handle, name, size, progress)
            else:
                timeline = _load_in_pieces(handle, name, size, progress, check_keys=False,
                                           evidence_later=check.evidence)
                once = check.verdict(handle, lambda: _going_on(progress, size))
                if once is False:
                    raise _NotInPiecesError
                if once is None:
                    del timeline
                    handle.seek(0)
                    timeline = _load_in_pieces(handle, name, size, progress)
                elif check.sourced and timeline.store is not None:
                    # (its evidence not decoded here: the second process saw a sentence
                    # naming its own article, as ``_Reader.evidence_item`` would have)
                    cast("_LoadedEvents", timeline.store).reader.sourced = True
    except _NotInPiecesError:
        return None
    except _CancelledError:
        raise FormatError(name, None, "cancelled") from None
    release_free_memory()
    return timeline


def release_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim(0)``), and
    from now on place every block of 1 MiB or more in its own mapping
    (``mallopt(M_MMAP_THRESHOLD, 1 MiB)``), returned whole when freed.

    A large load frees as much as it keeps (each piece's bytes and decoded objects), and
    glibc keeps freed memory in its heaps, where it counts as the app's until reused:
    5-9 MiB after the 100 000-event open, for 0.5 ms.  And glibc raises its threshold
    for mappings to the size of each mapped block freed, up to 32 MiB: once a window
    picture (15 MB at 2560x1440) was freed, the next ones came from the heap, which
    keeps what they leave free; with the threshold fixed the app in use at 2560x1440
    held 7 MiB less (issue 11: <= 300 MiB in use with 100 000 events open).  Nothing
    elsewhere (another C library, another system).
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes  # here: only a large load needs it

        libc = ctypes.CDLL(None)
        trim, mallopt = libc.malloc_trim, libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return
    mallopt(_M_MMAP_THRESHOLD, 1 << 20)
    trim(0)


_M_MMAP_THRESHOLD = -3  # glibc's <malloc.h>


_LET_GO_AT_ONCE = 2_000
"""Items a cancelled load frees at a time (``_Reader.let_go``), between which the window's
thread may take the GIL: its longest stall after the Cancel of a 1 000 000-event open at
30 % was 62-87 ms (``benchmarks/bench_give_back.py``, session 49)."""

_FREEZE_MADE = 10_000
"""A lazily loaded timeline of this many events or more is frozen out of the cyclic
collector's reach once all its events are made (``_LoadedEvents.events``; ``load``)."""

_MADE_AT_ONCE = 256
"""Events made in one loop of ``_LoadedEvents.make_some`` (~1.5 ms at 100 000 events'
rate of ~6 µs an event, session 21); also the fewest a ``make_all`` shows the busy
cursor for."""

WHILE_MAKING_ALL: Callable[[], AbstractContextManager[Callable[[int, int], object] | None]] = (
    nullcontext)
"""What ``_LoadedEvents.make_all`` runs in when it makes many events at once: the window
sets its busy cursor and progress (``ui.lazy_events``; what the context yields is told
``(made, of)``); nothing in a plain load."""

_TELL_EVERY_S = 0.1
"""How often ``_LoadedEvents.make_all`` tells its progress, s of wall clock."""

LAZY_LOAD = True
"""Whether a file read in pieces (over ``_PIECE_BYTES``) keeps its decoded events and
makes each ``Event`` on its first request (``core.model.LazyEvents``): the checks of a
load without making and sharing every event cost ~40 % of the model's build
(benchmarks/README.md, "Session 19, branch open21" and "Session 21, branch open23")."""

_NUMPY_KEYS = 1024
"""A piece of this many events or more has its index keys computed with numpy
(``_Reader.add_keys``); below, numpy's import (~45 ms) is not worth it."""

_SHARED_OFFSETS = 1 << 14
"""Evidence offsets under this are one int object per value for a whole load (see
``_Reader``): articles are a few kB; the list is 0.6 MB while a load lasts, and made in
0.2 ms."""

_PIECE_BYTES = 2 * 1024 * 1024
"""A file over this size is read and decoded this many bytes of sources or events at a
time (about 3 300 events).

Large enough that the per-piece costs vanish, small enough that a piece's bytes and
decoded objects are a small part of the peak, and that decoding one (a C call that holds
the GIL) stalls a window waiting on a background load for a few tens of milliseconds
only."""

_HEAD_BYTES = 16 * 1024 * 1024
"""How far into a file its first list ("sources" or "events") is looked for: beyond, the
file is read whole (a header is a few hundred bytes; a 1 GB file of blanks or NULs is not
read twice in full)."""

# The "sources" or "events" key and the list it opens.  In valid JSON a string followed by
# a colon is a key (a string value is never followed by a colon, and inside a string every
# quote is escaped); that it is the file object's own key is proved by decoding what
# precedes it.
_LIST_KEY = re.compile(rb'"(sources|events)"[ \t\n\r]*:[ \t\n\r]*\[')
# The end of the sources, as the app and the benchmark write them: the events come next.
_SOURCES_END = re.compile(rb'\][ \t\n\r]*,[ \t\n\r]*"events"[ \t\n\r]*:[ \t\n\r]*\[')
_SOURCES_END_WORD = b'"events"'  # in every match of _SOURCES_END
# Between two events (or sources) of a list, as the app and the benchmark write them: "}",
# a comma, and the next item's "{" whose first key is "id".  A cut elsewhere (a file
# written otherwise, or invalid) cannot decode as a list of items, and the file is read
# whole.
_EVENT_GAP = re.compile(rb'\}[ \t\n\r]*,[ \t\n\r]*(?=\{[ \t\n\r]*"id"[ \t\n\r]*:)')
_GAP_WINDOW = 64 * 1024  # where the last gap of a piece is looked for first
_EVENTS_END = re.compile(rb'\][ \t\n\r]*\}[ \t\n\r]*\Z')  # the list, the object, the file
_EVENTS_DECODER = msgspec.json.Decoder(list[schema.Event])


def _event_struct(evidence_later: bool, status: bool = True) -> type[msgspec.Struct]:
    """``schema.Event`` as a load's pieces are decoded: with ``evidence_later``, its
    evidence kept undecoded (``msgspec.Raw``: see ``_EVENTS_EVIDENCE_LATER_DECODER``);
    without ``status``, for a file that says a version before ``STATUS_VERSION``: no
    ``status`` field, so a "status" key is refused in C, as any unknown key (the piece
    is then read whole, where ``_Reader.add_events`` words it), and a class attribute
    ``status`` that is ``UNSET`` for every event, read as a decoded event's is.  A
    Python check of every event of such a file for the key (``any(map(...))``) cost ~300
    instructions an event, and the field itself ~120 more (its default filled in, a
    larger struct): +54 M of the 100 000-event load's 3 852 M (session 33)."""
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for field in msgspec.structs.fields(schema.Event):
        if field.name == "status" and not status:
            continue
        kind = msgspec.Raw if field.name == "evidence" and evidence_later else field.type
        fields.append((field.name, kind) if field.required
                      else (field.name, kind, field.default))
    # Padded to the made ``Event``'s size class (session 39, frames42): a lazy load keeps
    # each decoded event until its ``Event`` is made after the first paint, which then
    # frees it.  In pymalloc's 112-byte class (11-12 fields of 8 bytes and a 16-byte
    # header; an ``Event`` takes 128 with its collector's header) those freed structs
    # stayed as 11 MB of holes at 100 000 events; in the same class, each is the block
    # the next event made takes.  A pad field's type is ``UnsetType``: no JSON value
    # decodes to it, so a file that has such a key is read whole, which refuses the key
    # as any unknown one.
    made = Event.__basicsize__ + _GC_HEADER_BYTES
    while 16 + 8 * len(fields) <= made - _PYMALLOC_ALIGNMENT:
        fields.append((f"pad_to_size_class_{len(fields)}", UnsetType, UNSET))
    return msgspec.defstruct("Event", fields, forbid_unknown_fields=True, gc=False,
                             namespace=None if status else {"status": UNSET})


#: CPython 3.11's object header for the cyclic collector, and pymalloc's block alignment
#: (``Objects/obmalloc.c``: ``ALIGNMENT``), bytes: see ``_event_struct``.
_GC_HEADER_BYTES = 16
_PYMALLOC_ALIGNMENT = 16


_EventWithEvidenceLater: Any = _event_struct(evidence_later=True)
_EVENTS_EVIDENCE_LATER_DECODER = msgspec.json.Decoder(
    list[_EventWithEvidenceLater])
_EventBeforeStatus: Any = _event_struct(evidence_later=False, status=False)
_EventWithEvidenceLaterBeforeStatus: Any = _event_struct(evidence_later=True, status=False)
_EVENTS_DECODER_BEFORE_STATUS = msgspec.json.Decoder(list[_EventBeforeStatus])
_LazyEvent: Any = _event_struct(evidence_later=False)
_LAZY_EVENTS_DECODER = msgspec.json.Decoder(list[_LazyEvent])  # (a lazy load's: padded)
_EVENTS_EVIDENCE_LATER_DECODER_BEFORE_STATUS = msgspec.json.Decoder(
    list[_EventWithEvidenceLaterBeforeStatus])
"""Decodes a lazy load's pieces when a second process started early checks the file
(``io.key_check.start_early``, ``KeyCheck.evidence``): each event's evidence is kept as
its JSON text, checked there (the same ``_Reader.evidence``) and decoded only when its
``Event`` is made.  The evidence was half the events' decode (100-113 against 198-284 ms
of CPU for 100 000 events); with its checks, ``io.load`` of 100 000 events counted
2 557.2 -> 2 167.4 M instructions (session 23).  The second process decodes the whole
file anyway, on the other CPU."""
_EVIDENCE_DECODER = msgspec.json.Decoder(list[schema.Evidence])
_RAW: Any = msgspec.Raw
_SOURCES_DECODER = msgspec.json.Decoder(list[schema.Source])
_BYTE_ORDER_MARK = b"\xef\xbb\xbf"
_ESCAPED_COLON = re.compile(rb"\\u003[aA]")
_PART_OF_YEAR = Precision.PART_OF_YEAR  # (a class attribute read costs ~100 ns: core.dates)


class _NotInPiecesError(Exception):
    """The file cannot be read in pieces (it is not laid out as expected, or it is not a
    valid timeline): it is read whole, which words the error if there is one."""


class _CancelledError(Exception):
    """``progress`` returned ``False``."""


class _Pieces:
    """A file read forward into one buffer, reused: what is not used yet moves to the
    front, and more of the file is read in after it (``readinto``), so each byte is
    copied once, by the kernel, and pieces are decoded where they lie.

    Attributes:
        data: The buffer; ``data[pos:end]`` holds bytes read and not used yet (beyond
            ``end``, stale bytes: every search stops at ``end``).
        done: Bytes read from the file so far.
        at_end: The whole file has been read.
    """

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.data = bytearray()
        self.pos = self.end = self.done = 0
        self.at_end = False

    def want(self, count: int) -> None:
        """Hold at least ``count`` unused bytes (fewer only at the end of the file).

        Raises:
            _NotInPiecesError: The file cannot be read, or grew over the size limit (read
                whole, the error is worded).
        """
        if self.end - self.pos >= count or self.at_end:
            return
        count += self.pos and 1
        data = self.data
        try:
            if self.pos:  # the byte before the unused ones is kept too (see _load_in_pieces)
                data[:self.end - self.pos + 1] = data[self.pos - 1:self.end]
                self.pos, self.end = 1, self.end - self.pos + 1
            if len(data) < count:
                data.extend(bytes(max(count, 2 * len(data)) - len(data)))
            view = memoryview(data)
            while self.end < count:
                read = self.handle.readinto(view[self.end:])  # type: ignore[attr-defined]
                if not read:
                    self.at_end = True
                    break
                self.end += read
                self.done += read
                if self.done > MAX_FILE_BYTES:
                    raise _NotInPiecesError
            del view
        except (OSError, MemoryError, BufferError):
            raise _NotInPiecesError from None

    def used(self) -> int:
        """Bytes of the file used so far."""
        return self.done - (self.end - self.pos)


def _going_on(progress: Callable[[int, int], bool] | None, size: int) -> None:
    """Ask ``progress`` (all bytes read) whether to go on.

    Raises:
        _CancelledError: It said no.
    """
    if progress is not None and not progress(size, size):
        raise _CancelledError


def _head_of_pieces(pieces: _Pieces) -> tuple[schema.TimelineFile, bool]:
    """The header of the file in ``pieces`` (its keys checked), and whether the sources
    come next, as a list to read in pieces (else the events do); ``pieces.pos`` is then
    just after that list's "[".

    Raises:
        _NotInPiecesError: Not laid out as expected, or not valid: read the file whole.
    """
    pieces.want(_PIECE_BYTES)
    start = len(_BYTE_ORDER_MARK) if pieces.data.startswith(_BYTE_ORDER_MARK) else 0
    searched = start
    while (key := _LIST_KEY.search(pieces.data, searched, pieces.end)) is None:
        if pieces.at_end or pieces.end > _HEAD_BYTES:
            raise _NotInPiecesError
        searched = max(start, pieces.end - 256)  # the key may straddle two reads
        pieces.want(pieces.end + _PIECE_BYTES)
    # What precedes the first list (the header, and the sources if they come first
    # in another layout), closed with an empty list of events.
    head = bytes(pieces.data[start:key.start()]) + b'"events":[]}'
    pieces.pos = key.end()
    try:
        document = _DECODER.decode(head)
    except (msgspec.MsgspecError, RecursionError):
        raise _NotInPiecesError from None
    if (_escaped_colon(head)
            or head.count(b":") != _colons_when_encoded(_key_count_decode(schema.TimelineFile,
                                                                          head))):
        raise _NotInPiecesError
    if key[1] == b"sources" and document.sources is UNSET:
        return document, True
    if key[1] != b"events":
        raise _NotInPiecesError
    return document, False


def _keys_once_in_pieces(handle: BinaryIO) -> bool:
    """Whether the file in ``handle`` can be read in pieces with no key repeated in any
    object: the check ``load`` makes of each piece, alone."""
    pieces = _Pieces(handle)
    try:
        with _no_garbage_collection(freeze=False):
            _document, sources_first = _head_of_pieces(pieces)
            if sources_first:
                for _raws in _list_in_pieces(pieces, _SOURCES_DECODER, _SOURCES_END, 0, None):
                    pass
            for _raws in _list_in_pieces(pieces, _EVENTS_DECODER, None, 0, None):
                pass
    except _NotInPiecesError:
        return False
    return True


def checked_in_pieces(handle: BinaryIO, evidence: bool = True) -> tuple[bool, bool]:
    """What ``io.key_check``'s second process checks beside the load, of the file in
    ``handle``: whether it can be read in pieces with no key repeated in any object (the
    check ``load`` makes of each piece) and every event's evidence right
    (``_Reader.evidence``: offsets, and the sentence at them in its article's text,
    which a lazy load does not check itself: ``_EVENTS_EVIDENCE_LATER_DECODER``); and
    whether a sentence names its own article (``_Reader.sourced``).

    ``(False, _)``: read the file whole, which words what is wrong (a repeated key, a
    colon written ``\\u003a``, wrong evidence, a file not laid out as the app writes it,
    or not valid).  The header's and the sources' own problems make it False too; the
    events' other checks are the load's.  Without ``evidence``, the keys only
    (``sourced`` is then False).
    """
    if not evidence:
        return _keys_once_in_pieces(handle), False
    pieces = _Pieces(handle)
    reader = _Reader(None)
    try:
        with _no_garbage_collection(freeze=False):
            document, sources_first = _head_of_pieces(pieces)
            reader.header(document)
            count = 0
            if sources_first:
                for sources in _list_in_pieces(pieces, _SOURCES_DECODER, _SOURCES_END, 0,
                                               None):
                    reader.add_sources(sources, count)
                    count += len(sources)
            sources_get, check_evidence = reader.sources.get, reader.evidence
            unset = UNSET
            count = 0
            for raws in _list_in_pieces(pieces, _EVENTS_DECODER, None, 0, None):
                for i, raw in enumerate(raws, count):
                    raw_evidence = raw.evidence
                    if raw_evidence is not unset and raw_evidence:
                        # As the load's loop does (an unknown source is the load's error)
                        source_id = raw.source
                        check_evidence(raw_evidence, i, None if source_id is unset
                                       or source_id is None else sources_get(source_id),
                                       make=False)
                count += len(raws)
    except (_NotInPiecesError, FormatError):
        return False, False
    return True, reader.sourced


def _load_in_pieces(handle: BinaryIO, name: str, size: int,
                    progress: Callable[[int, int], bool] | None,
                    check_keys: bool = True, evidence_later: bool = False) -> Timeline:
    """The timeline in ``handle``: the header, then the sources and the events a piece at a
    time (see ``load``); ``check_keys``: each piece's keys checked (see
    ``_list_in_pieces``); without, the second process checks the keys, and with
    ``evidence_later`` the evidence too (``checked_in_pieces``), which a lazy load then
    does not decode or check here.

    Raises:
        _NotInPiecesError: Not laid out as expected, or not valid: read the file whole.
        _CancelledError: ``progress`` returned ``False``.
    """
    pieces = _Pieces(handle)
    document, sources_first = _head_of_pieces(pieces)
    reader = _Reader(name, lazy=LAZY_LOAD)
    # The second process checks the evidence too (``checked_in_pieces``): a lazy load
    # keeps it undecoded until its event is made.
    reader.evidence_later = reader.lazy and evidence_later and not check_keys
    # A file of a version before statuses: events decoded without a ``status`` field
    # (``_event_struct``), which refuses the key in C; ``add_events`` then need
    # not look at every event for one.
    before_status = document.version < schema.STATUS_VERSION
    reader.status_refused = before_status
    events_decoder = (
        (_EVENTS_EVIDENCE_LATER_DECODER_BEFORE_STATUS if before_status
         else _EVENTS_EVIDENCE_LATER_DECODER) if reader.evidence_later
        else _EVENTS_DECODER_BEFORE_STATUS if before_status else _LAZY_EVENTS_DECODER)
    try:
        reader.header(document)
        if sources_first:
            count = 0
            for raws in _list_in_pieces(pieces, _SOURCES_DECODER, _SOURCES_END, size, progress,
                                        check_keys):
                reader.add_sources(raws, count)
                count += len(raws)
        count = 0
        for raws in _list_in_pieces(pieces, events_decoder, None, size, progress, check_keys):
            reader.add_events(raws, count)
            count += len(raws)
        return reader.finish(document)
    except FormatError:
        # Found in one piece, worded for it; read whole, the file is checked in the usual
        # order (types everywhere before meanings), and the same error is the first.
        raise _NotInPiecesError from None
    except _CancelledError:
        reader.let_go()
        raise


def _list_in_pieces(pieces: _Pieces, decoder: msgspec.json.Decoder[list[Any]],
                    end_of_list: re.Pattern[bytes] | None, size: int,
                    progress: Callable[[int, int], bool] | None,
                    check_keys: bool = True) -> Iterator[list[Any]]:
    """The items of the list that starts at ``pieces.pos``, decoded a piece at a time.

    Args:
        pieces: The file, just after the list's "[".
        decoder: Decodes a list of the items.
        end_of_list: Where the list ends, from its "]" on (the "]" is the match's first
            byte); ``None`` for the events, which end the file (``_EVENTS_END``).
        size: The file's size, for ``progress``.
        progress: See ``load``; called after each piece.
        check_keys: Check that no object of a piece repeats a key (and that no colon
            is written ``\\u003a``, which the check cannot count); ``False`` when
            another process checks the same file (``io.key_check``).

    Raises:
        _NotInPiecesError: The list cannot be cut into pieces, or a piece does not decode
            (or repeats a key).
        _CancelledError: ``progress`` returned ``False``.
    """
    colons = _ColonCounter() if check_keys else None
    while True:
        pieces.want(_PIECE_BYTES)
        data, pos, end = pieces.data, pieces.pos, pieces.end
        last = None
        if end_of_list is not None:
            limit = min(end, pos + _PIECE_BYTES)
            # The end looked for names the events' key (``_SOURCES_END``): a piece without
            # that word cannot hold it, and ``find`` rules it out far faster than the
            # pattern, which tries a match at every "]" of the articles' texts.
            if data.find(_SOURCES_END_WORD, pos, limit) >= 0:
                last = end_of_list.search(data, pos, limit)
            if last is not None:
                cut, pieces.pos = last.start(), last.end()
        elif pieces.at_end and end - pos <= _PIECE_BYTES:
            last = _EVENTS_END.search(data, pos, end)
            if last is None:
                raise _NotInPiecesError
            cut, pieces.pos = last.start(), end
        if last is None:
            gap = _last_gap(data, pos, pos + _PIECE_BYTES)
            if gap is None:
                raise _NotInPiecesError
            cut, pieces.pos = gap.start() + 1, gap.end()
        # The piece is decoded where it lies, as a list: the byte before it (the list's
        # own "[", or the comma or blank before an item) becomes "[", the byte after it
        # (the list's own "]", or a comma or blank) "]".
        data[pos - 1] = ord("[")
        data[cut] = ord("]")
        try:
            raws = decoder.decode(memoryview(data)[pos - 1:cut + 1])
        except (msgspec.MsgspecError, RecursionError):
            raise _NotInPiecesError from None
        if colons is not None and (
                colons.escaped_colon(data, pos, cut)
                or colons(data, pos, cut) != _colons_when_encoded(
                    _key_count_decode(list[schema.Source], memoryview(data)[pos - 1:cut + 1])
                    if decoder is _SOURCES_DECODER else raws, colons)):
            raise _NotInPiecesError  # a repeated key (or a colon escaped): read it whole
        yield raws
        del raws
        if progress is not None and not progress(pieces.used(), size):
            raise _CancelledError
        if last is not None:
            return


def _last_gap(data: bytearray, first: int, end: int) -> re.Match[bytes] | None:
    """The last gap between two events in ``data[first:end]``, if any."""
    window = min(_GAP_WINDOW, end - first)
    while True:
        found = None
        for found in _EVENT_GAP.finditer(data, max(first, end - window), end):  # noqa: B007
            pass
        if found is not None or window >= end - first:
            return found
        window = min(window * 8, end - first)


def _escaped_colon(data: bytes | bytearray, first: int = 0, end: int | None = None) -> bool:
    """Whether a colon is written as ``\\u003a`` (which the colon count cannot see)."""
    end = len(data) if end is None else end
    # A backslash first: one memchr, and many texts have none at all (a large file's
    # pieces: ``_ColonCounter.escaped_colon``).
    return (data.find(b"\\", first, end) >= 0
            and _ESCAPED_COLON.search(data, first, end) is not None)


def _read_limited(name: str) -> bytes:
    """The file's bytes, refusing folders, special files and files over the size limit
    (see :func:`.files.read_regular_file`)."""
    return read_regular_file(name, MAX_FILE_BYTES, _too_big)


def _too_big(size: int) -> str:
    mib = 1024 * 1024
    return (
        f"is too large ({size / mib:,.1f} MiB, {size:,} bytes); "
        f"the limit is {MAX_FILE_BYTES / (1024 * mib):g} GiB"
    )


def _line_column_of_byte(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def loads(text: str | bytes, path: str | os.PathLike[str] | None = None,
          lazy: bool = False) -> Timeline:
    """Parse a timeline from JSON text.

    Args:
        text: The JSON text, or its UTF-8 bytes.
        path: The file it came from, named in error messages; ``None`` for text from
            elsewhere.
        lazy: Keep the decoded events and make each ``Event`` on its first request, as
            :func:`load` does for a large file (``LAZY_LOAD``; the same checks and errors).

    Returns:
        The timeline, complete and validated.

    Raises:
        FormatError: The text is not a valid timeline.
    """
    name = os.fspath(path) if path is not None else None
    if isinstance(text, str):
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate in a Python string
            place = _path_at(text[:exc.start]) or f"character {exc.start + 1}"
            raise FormatError(name, place,
                              "the text contains an unpaired surrogate (\\ud800-\\udfff)"
                              ) from None
    else:
        data = text
    return _parse([data], name, lazy=lazy)


@contextmanager
def _no_garbage_collection(freeze: bool) -> Iterator[None]:
    """Keep the cyclic collector out of a load: it would walk the growing heap of new,
    acyclic objects over and over (1.6 of the 4 s a 100 000-event load took, issue 11).

    With ``freeze``, everything is frozen (``gc.freeze``) when the block succeeds, before
    the collector is back: its first collection would otherwise walk every object of the
    load once more (0.1 s for 100 000 events, a second for a million) only to see them
    frozen right after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze:
            gc.freeze()
    finally:
        if was_enabled:
            gc.enable()


def _parse(buffer: list[bytes], name: str | None, freeze: bool = False,
           lazy: bool = False) -> Timeline:
    """The timeline in ``buffer``'s one item, which is taken out (and freed) once decoded:
    the file's bytes need not stay in memory while the model is built (373 MiB for a
    million events).  ``freeze``: see ``_no_garbage_collection``."""
    data = buffer.pop()
    if data.startswith(b"\xef\xbb\xbf"):
        # Some Windows editors prepend a byte order mark; it carries no content.
        data = data[3:]
    with _no_garbage_collection(freeze):
        document = _decode(data, name)
        _check_no_duplicate_keys(data, document, name)
        del data
        return _Reader(name, lazy).timeline(document)


def _decode(data: bytes, name: str | None) -> schema.TimelineFile:
    """Types and keys, checked in C; structure is rejected at the first wrong value, so a
    file of 20 million empty lists fails as fast as a file with one."""
    try:
        return _DECODER.decode(data)
    except msgspec.ValidationError as exc:
        raise _header_problem(data, name) or _validation_error(str(exc), name) from None
    except msgspec.DecodeError as exc:
        raise _syntax_error(data, str(exc), name) from None
    except RecursionError:  # not reachable with today's types; kept as a clear message
        raise FormatError(name, "$", "invalid JSON: nested too deeply") from None


def _header_problem(data: bytes, name: str | None) -> FormatError | None:
    """The error to show for a file that does not decode, if its header explains why.

    Format and version come first: a file from a newer version may differ in any other
    way, and "written by a newer version" is then the only useful message.
    """
    try:
        header = _HEADER_DECODER.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return None
    if header.format is UNSET:
        return FormatError(name, "$", f'not a timeline file (no "format": "{FORMAT_NAME}")')
    marker = _raw_value(header.format)
    if marker != FORMAT_NAME:
        return FormatError(name, "$.format", f"expected {FORMAT_NAME!r}, found "
                           f"{_short(marker)}: not a timeline file")
    if header.version is UNSET:
        return FormatError(name, "$", "missing required key 'version'")
    version = _raw_value(header.version)
    if version is _TOO_BIG:
        return FormatError(name, "$.version", "the number is too large")
    if isinstance(version, bool) or not isinstance(version, int):
        return FormatError(name, "$.version", f"expected a whole number, found {_kind(version)}")
    return _version_problem(version, name)


def _version_problem(version: int, name: str | None) -> FormatError | None:
    if version > FORMAT_VERSION:
        return FormatError(
            name, "$.version",
            f"was written by a newer version of Diplomatic Timeline (version {version}); "
            f"this app reads version {FORMAT_VERSION}")
    if version < 1:
        return FormatError(name, "$.version", f"unsupported version {version}")
    return None


_TOO_BIG = object()


def _raw_value(raw: msgspec.Raw) -> Any:
    try:
        return msgspec.json.decode(raw)
    except msgspec.ValidationError:  # "Integer value out of range"
        return _TOO_BIG


# msgspec's names for JSON types, and the words a person reads instead.
_TYPE_WORDS = {
    "str": "a string",
    "int": "a whole number",
    "float": "a number with a decimal point",
    "bool": "true or false",
    "null": "null",
    "object": "an object",
    "array": "a list",
}
# What was found, where the expected word would mislead ("found a whole number" for 3.0).
_FOUND_WORDS = {"int": "a number"}
# What a few fields hold, where "a string" would not help.
_FIELD_WORDS = {
    "source": "a source id",
    "dateline_date": "a date YYYY-MM-DD",
    "precision": "one of " + ", ".join(p.value for p in Precision),
    "part": "one of " + ", ".join(PART_OF_YEAR_MONTHS),
    "mod": "one of START, MID, END",
    "limit": "one of BEFORE, ON_OR_BEFORE, AFTER, ON_OR_AFTER",
    "status": "one of confirmed, unconfirmed, disputed, denied",
}
# The path is one of ours ($, .name, [index]); a key that spells " - at `$..." itself
# could still mislead the split, but only into another FormatError.
# ``[...]``: a value of a JSON object with free keys (``category_colors``), which msgspec
# does not name; the place is then the object.
_VALIDATION = re.compile(r"(?P<what>.*?)(?: - at `(?P<path>\$(?:\.\w+|\[\d+\])*)"
                         r"(?:\[\.\.\.\])?`)?",
                         re.DOTALL)
_EXPECTED = re.compile(r"Expected `(?P<expected>[^`]*)`, got `(?P<found>[^`]*)`")
_NAMED_FIELD = re.compile(r"Object (?P<kind>missing required|contains unknown) field "
                          r"`(?P<key>.*)`", re.DOTALL)
_ENUM = re.compile(r"Invalid enum value (?P<value>.*)", re.DOTALL)


def _validation_error(message: str, name: str | None) -> FormatError:
    """msgspec's validation message ("Expected `str`, got `null` - at `$.events[0].title`")
    in the loader's words, at the same JSON path."""
    m = _VALIDATION.fullmatch(message)
    assert m is not None  # the pattern matches any text
    what, place = m["what"], m["path"] or "$"
    field = re.sub(r"\[\d+\]$", "", place).rpartition(".")[2]
    if expected := _EXPECTED.fullmatch(what):
        wanted = _FIELD_WORDS.get(field) or " or ".join(
            _TYPE_WORDS.get(kind, kind) for kind in expected["expected"].split(" | "))
        if place == "$" and expected["expected"] == "object":
            return FormatError(name, place, f"expected a JSON object, found "
                               f"{_TYPE_WORDS.get(expected['found'], expected['found'])}: "
                               "not a timeline file")
        if field in ("source", "dateline_date") and "null" in expected["expected"]:
            wanted += " or null"
        found = _FOUND_WORDS.get(expected["found"]) or _TYPE_WORDS.get(
            expected["found"], expected["found"])
        return FormatError(name, place, f"expected {wanted}, found {found}")
    if named := _NAMED_FIELD.fullmatch(what):
        kind = "missing required" if named["kind"] == "missing required" else "unknown"
        # Unknown keys within a version are mistakes (typos, or a file from a fork);
        # keeping them would lose them silently on the next save.
        return FormatError(name, place, f"{kind} key {_short(named['key'])}")
    if enum := _ENUM.fullmatch(what):
        noun = {"precision": "precision", "part": "part of year",
                "mod": "mod", "limit": "limit", "status": "status"}.get(field, "value")
        return FormatError(name, place, f"unknown {noun} {_cut(enum['value'])}; expected "
                           f"{_FIELD_WORDS.get(field, 'another value')}")
    if what == "Integer value out of range":
        return FormatError(name, place, "the number is too large")
    return FormatError(name, place, what[:1].lower() + what[1:])


_SYNTAX = re.compile(r"JSON is malformed: (?P<what>.*) \(byte (?P<offset>\d+)\)")


def _syntax_error(data: bytes, message: str, name: str | None) -> FormatError:
    """Broken JSON, at its line and column (JSON paths need a parsed document)."""
    if message == "Invalid UTF-8 encoded string":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return FormatError(name, _line_column_of_byte(data, exc.start),
                               "is not valid UTF-8 text")
    if message == "Input data was truncated":
        return FormatError(name, _line_column_of_byte(data, len(data)),
                           "invalid JSON: the text ends before the timeline does")
    m = _SYNTAX.fullmatch(message)
    if m is None:
        return FormatError(name, "line 1, column 1", f"invalid JSON: {message}")
    offset = int(m["offset"])
    what = m["what"]
    if "surrogate" in what:
        # Valid UTF-8 up to here: the path of the string is worth the walk.
        place = _path_at(data[:offset].decode("utf-8", "replace"))
        return FormatError(name, place or _line_column_of_byte(data, offset),
                           "the text contains an unpaired surrogate (\\ud800-\\udfff)")
    elif what == "invalid character":
        word = re.match(rb"-?(?:NaN|Infinity)", data[offset:offset + 9])
        if word:
            if offset and data[offset - 1:offset] == b"-":  # msgspec points after the sign
                offset -= 1
                what = f"-{word[0].decode()} is not a JSON number"
            else:
                what = f"{word[0].decode()} is not a JSON number"
        elif offset < len(data) and data[offset] >= 0x80:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as exc:
                return FormatError(name, _line_column_of_byte(data, exc.start),
                                   "is not valid UTF-8 text")
    return FormatError(name, _line_column_of_byte(data, offset), f"invalid JSON: {what}")


def _check_no_duplicate_keys(data: bytes, document: schema.TimelineFile,
                             name: str | None) -> None:
    """Refuse an object that repeats a key: msgspec keeps the last one silently, and in a
    timeline that would hide data.

    Cheap test first: outside strings a colon only ever ends a key, and re-encoding the
    decoded document writes each key it kept exactly once (optional keys default to
    UNSET, which is not written) and never escapes a colon.  So without duplicates both
    texts hold the same number of colons; a colon written as ``\\u003a`` inside a string
    could hide a difference, so such a file takes the exact (slower) path.  The header
    and the sources re-encoded are a second decode of ``data`` into ``key_mirror``
    types, not ``document``'s, whose strings would keep a UTF-8 copy each (see
    ``key_mirror``); the events are ``document``'s (``_key_count_decode``).
    """
    # One scan for the common prefix; the exact test only when it is there.
    if not _escaped_colon(data) and data.count(b":") == _colons_when_encoded(
            document, header=_key_count_decode(schema.TimelineFile, data, ("events",))):
        return
    found = _walk(data.decode("utf-8"))
    if found is not None:
        place, key = found
        raise FormatError(name, place, f"the key {_short(key)} appears twice in one object")


def _key_count_decode(kind: Any, data: bytes | memoryview, opaque: tuple[str, ...] = ()
                      ) -> Any:
    """``data``, which decoded as ``kind``, decoded into ``kind``'s ``key_mirror`` (with
    the fields named in ``opaque`` kept as JSON text), what the duplicate-key check
    re-encodes in place of the load's own strings; ``None`` if it does not decode so (it
    then counts as a repeated key: the exact check, or the file read whole, says what
    is wrong).

    Only the header and the sources are decoded so, a second time: their articles'
    texts are a file's long strings.  A second decode of the events cost more than
    their own decode's half (+1 100 M instructions, +26 %, of the 100 000-event load
    without a second process; session 40, mem45): they are re-encoded as decoded."""
    try:
        return key_mirror.mirror_decoder(kind, opaque).decode(data)
    except (msgspec.MsgspecError, RecursionError):
        return None


def _colons_when_encoded(document: Any,
                         count: Callable[[bytes], int] = operator.methodcaller("count", b":"),
                         header: Any = UNSET) -> int:
    """Colons in the document (or list of events or sources) as msgspec writes it,
    encoded a slice of events at a time so that no second copy of a big file is ever
    held whole.  ``document``: decoded, or as ``_key_count_decode`` gives it; ``header``:
    what is encoded in place of its header and sources (``_key_count_decode``'s); either
    ``None``: -1, no file's count.  ``count``: counts the colons of a text (a
    ``_ColonCounter`` for a large file)."""
    if document is None or header is None:
        return -1
    if isinstance(document, list):
        events, colons = document, 0
    else:
        events = document.events
        colons = count(_ENCODER.encode(msgspec.structs.replace(
            document if header is UNSET else header, events=[])))
    for first in range(0, len(events), 2_500):  # short C calls (see _PIECE_BYTES)
        colons += count(_ENCODER.encode(events[first:first + 2_500]))
    return colons


class _ColonCounter:
    """Counts the colons of a large file's pieces and of their re-encodings, for the
    duplicate-key check (``_list_in_pieces``), with numpy, into one buffer per load.

    ``bytes.count`` tests one byte at a time; numpy's vectorised compare and count take
    about a third of its time (a 64 MB file: 9-11 ms against 31-34 ms of CPU, each the
    same count), and the check counts every byte of a large file twice, in series with
    the rest of the load under one GIL (issue 11: open 100 000 events in ≤ 1 s).  Only
    for files read in pieces, which hold thousands of events: the view imports numpy for
    their lanes anyway; a small file never imports it here.  The compare writes into one
    buffer, grown as needed, rather than a new array per piece.
    """

    def __init__(self) -> None:
        import numpy as np  # first use: a large file's first piece (see above)

        self._np = np
        self._flags = np.empty(0, dtype=bool)

    def __call__(self, data: bytes | bytearray, first: int = 0, end: int | None = None
                 ) -> int:
        """The colons in ``data[first:end]``."""
        np = self._np
        end = len(data) if end is None else end
        if end <= first:
            return 0
        flags = self._flags_for(end - first)
        view = np.frombuffer(data, np.uint8, count=end - first, offset=first)
        try:
            np.equal(view, 58, out=flags)  # 58: ":"
            return int(np.count_nonzero(flags))
        finally:
            del view  # a bytearray cannot grow while a view of it exists (``_Pieces.want``)

    def escaped_colon(self, data: bytes | bytearray, first: int = 0, end: int | None = None
                      ) -> bool:
        """``_escaped_colon(data, first, end)``, with numpy: the backslashes found in one
        vectorised compare, then the five bytes after each of them compared.

        Texts with a quote or a line break have backslashes, and then the regular
        expression walked the rest of the piece: 12 ms of the 100 000-event load's CPU
        (its 13 MB of sources), against 3 ms here (issue 11)."""
        np = self._np
        end = len(data) if end is None else end
        first = data.find(b"\\", first, end)  # one memchr: many pieces have no backslash
        if first < 0 or end - first < len(b"\\u003a"):
            return False
        flags = self._flags_for(end - first)
        view = np.frombuffer(data, np.uint8, count=end - first, offset=first)
        try:
            np.equal(view[:-5], 92, out=flags[:end - first - 5])  # 92: a backslash
            where = np.flatnonzero(flags[:end - first - 5])
            for offset, byte in enumerate(b"u003", 1):
                if not len(where):
                    return False
                where = where[view[where + offset] == byte]
            return bool(np.any(view[where + 5] | 0x20 == ord("a")))  # "a" or "A"
        finally:
            del view

    def _flags_for(self, count: int) -> Any:
        """The first ``count`` flags of the buffer, grown if need be."""
        if len(self._flags) < count:
            self._flags = self._np.empty(count, dtype=bool)
        return self._flags[:count]


_WHITESPACE = re.compile(r"[ \t\n\r]*")
_STRING_REST = re.compile(r'(?:[^"\\]++|\\.)*+"', re.DOTALL)
_SCALAR = re.compile(r'[^ \t\n\r{}\[\],:"]++')


def _path_at(text: str) -> str | None:
    """The JSON path of the value that ``text`` (the start of a JSON document) ends in."""
    found = _walk(text, to_end=True)
    return found[0] if found else None


def _walk(text: str, to_end: bool = False) -> tuple[str, str] | None:
    """The JSON path of the first object that repeats a key, and the key; ``None`` if none.

    ``text`` is JSON already checked by the decoder.  One pass, stopping at the first
    repeat, so a hostile object of millions of equal keys is refused at once.  With
    ``to_end``, ``text`` is the start of a document cut inside a value, and the result
    is the path of that value (and its key, or "").
    """
    # A frame per open container: [keys seen (None for a list), current key or index].
    frames: list[list[Any]] = []
    expecting_key = False
    pos, end = 0, len(text)
    scanstring = json.decoder.scanstring  # type: ignore[attr-defined]
    while pos < end:
        char = text[pos]
        if char in " \t\n\r":
            pos = _WHITESPACE.match(text, pos).end()  # type: ignore[union-attr]
        elif char == "{":
            frames.append([set(), None])
            expecting_key = True
            pos += 1
        elif char == "[":
            frames.append([None, 0])
            pos += 1
        elif char in "}]":
            frames.pop()
            expecting_key = False
            pos += 1
        elif char == ",":
            if frames[-1][0] is None:
                frames[-1][1] += 1
            else:
                expecting_key = True
            pos += 1
        elif char == ":":
            pos += 1
        elif char == '"':
            if expecting_key:
                try:
                    key, pos = scanstring(text, pos + 1)
                except ValueError:  # the text ends inside this key (``to_end``)
                    break
                seen = frames[-1][0]
                if key in seen:
                    return _path(frames[:-1]), key
                seen.add(key)
                frames[-1][1] = key
                expecting_key = False
            else:
                rest = _STRING_REST.match(text, pos + 1)
                if rest is None:  # the text ends inside this string (``to_end``)
                    break
                pos = rest.end()
        else:
            pos = _SCALAR.match(text, pos).end()  # type: ignore[union-attr]
    if to_end and frames:
        return _path(frames), ""
    return None


def _path(frames: list[list[Any]]) -> str:
    steps = ["$"]
    for keys, step in frames:
        steps.append(f"[{step}]" if keys is None else f".{step}")
    return "".join(steps)


def _kind(value: object) -> str:
    """A JSON-flavoured name for the type of a value, for messages ("null", not "None")."""
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
    """A value as JSON would spell it (``null``, ``true``, ``'text'``), cut short so a
    message stays readable."""
    if value is None or isinstance(value, bool):
        return _kind(value)
    return _cut(repr(value), limit)


def _cut(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _or(value: Any, default: Any) -> Any:
    return default if value is UNSET else value


class _LoadedEvents:
    """A lazily loaded timeline's events (``core.model.EventStore``): each decoded event
    checked by ``_Reader.check_events``, made into its ``Event`` on the first request
    (by ``_Reader.made_event``, with the load's shared strings) and kept in its place.

    Used on one thread at a time (the GUI thread once the load is over).
    """

    __slots__ = ("cursor", "dates", "ends", "reader", "slots", "unmade")

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        # Per position in the file: the decoded event, then its Event once made.
        self.slots: list[schema.Event | Event] = []
        self.dates: list[FuzzyDate] = []  # each event's date and end, as checked
        self.ends: list[FuzzyDate | None] = []
        self.unmade = 0  # how many of ``slots`` are not made yet (set by ``finish``)
        self.cursor = 0  # ``make_some`` made every event before this position

    def event_id(self, position: int) -> str:
        return self.slots[position].id

    def event_ids(self, items: list[Event | int]) -> list[str]:
        slots = self.slots
        return [(slots[item] if type(item) is int else item).id  # type: ignore[union-attr]
                for item in items]

    def category(self, position: int) -> str:
        category = self.slots[position].category
        return "event" if category is UNSET else category

    def __len__(self) -> int:
        return len(self.slots)

    def dates_of(self, position: int) -> tuple[FuzzyDate, FuzzyDate | None]:
        return self.dates[position], self.ends[position]

    def facts(self, items: list[Event | int]
              ) -> tuple[list[tuple[str, ...]], list[str], list[str | None]]:
        # One loop here, the appends bound once: a method call an item cost about twice
        # as much (session 23).
        slots, unset, made = self.slots, UNSET, Event
        people: list[tuple[str, ...]] = []
        places: list[str] = []
        sources: list[str | None] = []
        add_people, add_place, add_source = people.append, places.append, sources.append
        for item in items:
            slot = slots[item] if type(item) is int else item
            if type(slot) is made:
                add_people(slot.participants)
                add_place(slot.location)
                add_source(slot.source_id)
                continue
            participants, location = slot.participants, slot.location  # type: ignore[union-attr]
            source = slot.source  # type: ignore[union-attr]
            add_people(() if participants is unset else participants)
            add_place("" if location is unset else location)
            add_source(None if source is unset else source)
        return people, places, sources

    def statuses(self, items: list[Event | int]) -> list[str]:
        slots, unset = self.slots, UNSET
        out: list[str] = []
        add = out.append
        for item in items:
            slot = slots[item] if type(item) is int else item
            status = slot.status  # type: ignore[union-attr]
            add("" if status is unset else status)
        return out

    def sourced_evidence(self) -> bool:
        return self.reader.sourced

    def may_have_status(self) -> bool:
        return self.reader.version >= schema.STATUS_VERSION

    def event(self, position: int) -> Event:
        item = self.slots[position]
        if type(item) is Event:
            return item
        event = self.reader.made_event(item, self.dates[position],  # type: ignore[arg-type]
                                       self.ends[position])
        self.slots[position] = event
        self.unmade -= 1
        return event

    def events(self, items: list[Event | int] | range) -> list[Event]:
        # The cyclic collector is kept out, as during the load (``load``): its collections
        # of the new events were ~40 % of making 100 000 (session 21).  Once every event
        # is made they are frozen out of its reach, as the load would have left them.
        with _no_garbage_collection(freeze=False):
            out, made = self.made(items)
        if made:
            self.unmade -= made
            if self.unmade <= 0 and len(self.slots) >= _FREEZE_MADE:
                gc.freeze()
        return out

    def made(self, items: list[Event | int] | range) -> tuple[list[Event], int]:
        """``items`` as events, each position made and kept (the loop of ``events``,
        without its bookkeeping: the eager load's, see ``_Reader.add_events``); and how
        many were made now."""
        slots, dates, ends = self.slots, self.dates, self.ends
        make = self.reader.made_event
        out: list[Event] = []
        add = out.append
        made = 0
        for item in items:
            if type(item) is int:
                slot = slots[item]
                if type(slot) is not Event:
                    slot = slots[item] = make(slot, dates[item],  # type: ignore[arg-type]
                                              ends[item])
                    made += 1
                add(slot)
            else:
                add(item)  # type: ignore[arg-type]
        return out, made

    def make_some(self, seconds: float) -> bool:
        """Make events not made yet, in the file's order, a slice (``_MADE_AT_ONCE``) at a
        time for about ``seconds`` of wall clock (at least one slice); returns whether
        every event is made now.  For the window's idle time after the first paint
        (``ui.lazy_events``): ~0.6 s of CPU at 100 000 events in all (session 21), so a
        slice of 1-4 ms leaves the window answering input between slices."""
        count = len(self.slots)
        at = self.cursor
        deadline = time.perf_counter() + seconds
        while at < count and self.unmade > 0:
            end = min(at + _MADE_AT_ONCE, count)
            self.events(range(at, end))
            at = end
            if time.perf_counter() >= deadline:
                break
        self.cursor = at
        if at >= count:
            self.unmade = 0  # (events removed from the timeline are made too: undo)
        return self.unmade <= 0

    def make_all(self) -> None:
        """Make every event not made yet, at once (for a reader of every event that the
        store cannot answer without them, as an export), in ``WHILE_MAKING_ALL`` (the
        window's busy cursor) when there are ``_MADE_AT_ONCE`` or more; what that
        yields, if not None, is told
        ``(made, of)`` every ``_TELL_EVERY_S`` of making (the window's progress, shown
        once it takes over a second: ~5 s at 1 000 000 events)."""
        if self.unmade <= 0:
            return
        if self.unmade < _MADE_AT_ONCE:
            self.make_some(math.inf)
            return
        with WHILE_MAKING_ALL() as told:
            if told is None:
                self.make_some(math.inf)
                return
            total = self.unmade
            while not self.make_some(_TELL_EVERY_S):
                told(total - max(self.unmade, 0), total)
            told(total, total)

    def copy_of(self, position: int) -> Event:
        """The event at ``position`` (equal to ``event``'s) without keeping it: for a
        save's thread, beside the GUI thread's ``event`` (an event made here is not the
        timeline's object, only its value, and nothing is stored)."""
        item = self.slots[position]
        if type(item) is Event:
            return item
        return self.reader.made_event(item, self.dates[position],  # type: ignore[arg-type]
                                      self.ends[position])


class _StoredEvents:
    """A snapshot's events of a lazily loaded timeline (see :func:`snapshot`): the
    timeline's items (``Event``s, or positions in its store) copied on the GUI thread,
    made into ``Event``s a slice at a time by the thread that writes (``copy_of``: the
    timeline's events are not made, and the window does not wait for them)."""

    __slots__ = ("items", "store")

    def __init__(self, items: list[Event | int] | Any, store: _LoadedEvents) -> None:
        self.items = items
        self.store = store

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: slice) -> list[Event]:
        items = self.items[index]
        if not isinstance(items, list):
            items = items.tolist()  # a numpy array of objects (see snapshot)
        copy = self.store.copy_of
        return [copy(item) if type(item) is int else item  # type: ignore[misc]
                for item in items]

    def __iter__(self) -> Iterator[Event]:
        return iter(self[:])

    def any_sourced_evidence(self) -> bool:
        """Whether a sentence names its own article (``SourcedEvidence``), nothing made:
        the file's unmade events had one if its load met one (``_Reader.sourced``)."""
        if self.store.reader.sourced:
            return True
        return any(isinstance(evidence, SourcedEvidence) for item in self.items
                   if type(item) is not int for evidence in item.evidence)  # type: ignore[union-attr]

    def any_reference(self) -> bool:
        """Whether a source is a reference or a link (``Reference``), nothing made: the
        file's load met one, or (its evidence not decoded yet: a lazy load) a file of
        version 11 or later has a source of no article, which may be one (a save then
        keeps version 11: never too old a version, which would refuse the key)."""
        reader = self.store.reader
        if reader.kinded or (reader.sourced and reader.version >= schema.KIND_VERSION):
            return True
        return any(isinstance(evidence, Reference) for item in self.items
                   if type(item) is not int for evidence in item.evidence)  # type: ignore[union-attr]

    def any_status(self) -> bool:
        """Whether an event has a status (``Event.status``), nothing made: a decoded
        event's is ``UNSET`` (falsy) when the file gave none."""
        slots = self.store.slots
        return any(map(_status_of, (slots[item] if type(item) is int else item
                                    for item in self.items)))

    def dates(self) -> Iterator[FuzzyDate | None]:
        """Each event's date and end (``None`` for none), nothing made."""
        store = self.store
        for item in self.items:
            if type(item) is int:
                yield store.dates[item]
                yield store.ends[item]
            else:
                yield item.date  # type: ignore[union-attr]
                yield item.end  # type: ignore[union-attr]


class _Reader:
    """Turns a decoded file into a Timeline, checking what the types cannot say.

    Every check raises ``FormatError`` at the first problem, with a JSON path
    (``$.events[3].date.value``) that leads a person straight to it.  Paths are only
    spelt out when something is wrong: formatting one per event costs more than the rest
    of the checks.

    The events may come in several lists (``add_events``, pieces of a large file), each
    checked and kept (``_LoadedEvents``) before the next is decoded.
    """

    def __init__(self, path: str | None, lazy: bool = False) -> None:
        self.path = path
        # The decoded events, checked (``add_events``), kept until made: with ``lazy``
        # the timeline keeps them and makes each ``Event`` on the first request
        # (``core.model.LazyEvents``), else ``finish`` makes them all.
        self.lazy = lazy
        # A lazy load's pieces decoded with each event's evidence as its JSON text
        # (``_EVENTS_EVIDENCE_LATER_DECODER``), checked by the second process: see
        # ``_load_in_pieces``.  ``made_event`` decodes it.
        self.evidence_later = False
        self.store = _LoadedEvents(self)
        self.categories: list[str] = []  # each event's category (a lazy timeline's)
        # FuzzyDate is immutable: equal date objects of the file share one instance, so a
        # 100 000-event timeline parses and lays out each distinct date once (about a
        # third as many as events in the synthetic benchmark) and keeps fewer objects.
        # The decoded date (a frozen, hashable Struct) is the key; the value carries what
        # the loop needs of the date: (date, date_sort_number, first day, exclusive end,
        # (first day, exclusive end)).
        self._dates: dict[schema.Date, tuple[FuzzyDate, int, int, int, tuple[int, int]]] = {}
        # Repeated strings (lanes, places, date bases, outlets) are kept once: a million
        # events otherwise hold millions of copies of a few thousand strings.  The file
        # is decoded a piece at a time, so the timeline is the peak, and this lowers it:
        # 1 000 000 events, 1438 -> 1274 MiB, at no measurable cost.  Sharing equal lists
        # of participants too saved 160 MiB more but cost 2-3 s of CPU (a dict of
        # hundreds of thousands of tuples, each hashed and compared name by name); each
        # name of a list is shared instead (a lookup an event, ``map``; see add_events): 100 000
        # events' 262 000 names are 50 distinct strings in the synthetic benchmark, and
        # the app in use keeps 15 MiB less (issue 11: <= 300 MiB).
        self._strings: dict[str, str] = {}
        self.share = self._strings.setdefault  # (bound once: made_event runs per event)
        # Each lane name as the file writes it → the lane (``lane``), shared.
        self._lanes: dict[str, str] = {}
        self.shared = self._strings.__getitem__
        # A lazy load's participants, each distinct tuple of names once (``add_events``);
        # emptied by ``finish``, as ``_dates``.
        self._people: dict[tuple[str, ...], tuple[str, ...]] = {}
        # Evidence offsets over 256 are one int object each (CPython caches only -5..256):
        # four an item, and the same few thousand values recur (offsets into articles of
        # a few kB).  Those under _SHARED_OFFSETS are taken from one list instead (an
        # index, cheaper than a dict's setdefault): 5 MiB less at 100 000 events.
        self._offsets: list[int] = list(range(_SHARED_OFFSETS))
        self.sources: dict[str, Source] = {}
        self.events: list[int] = []  # each event's position (see add_events)
        # See Timeline._from_keys; an array rather than a list: no int object per event
        # (32 MiB at a million events, freed in one long C call) and no conversion of
        # the whole list at the end, a C call of 30-40 ms that held the GIL (issue 11).
        self.keys: array[int] = array("q")
        # Each event's (first day, exclusive end day), known in the loop anyway: the
        # timeline's day_spans, which the view's lanes are built from (issue 11).  An
        # event without an end shares its date's tuple (the fifth item of ``_dates``).
        self.spans: list[tuple[int, int]] = []
        # Built a piece at a time for Timeline._from_keys (see there: no long C call).
        self.by_id: dict[str, int] = {}  # each event's position (see add_events)
        self.in_order = True
        self.last_end = MIN_DAY  # the largest exclusive end day so far
        self.version = FORMAT_VERSION  # the file's, once its header is read
        #: Whether a sentence named its own article (``SourcedEvidence``): a lazily loaded
        #: timeline's save then needs version 3 before its events are made.
        self.sourced = False
        #: Whether a source was a reference or a link (``Reference``, version 11).
        self.kinded = False
        #: Whether the events' decoder refuses a status (``_event_struct``: a
        #: file of an older version, read in pieces), so none need be looked for.
        self.status_refused = False

    def fail(self, place: str, problem: str) -> NoReturn:
        raise FormatError(self.path, place, problem)

    def identifier(self, value: str, place: str) -> str:
        if not value.strip():
            self.fail(f"{place}.id", "an id must not be empty")
        return value

    def offset(self, value: int, where: str) -> int:
        if value < 0:
            self.fail(where, f"{value} is less than 0")
        return value

    # -- the document ------------------------------------------------------------------
    def timeline(self, document: schema.TimelineFile) -> Timeline:
        """The timeline of a file decoded whole."""
        self.header(document)
        raws = document.events
        for first in range(0, len(raws), 10_000):  # each slice let go once made into events
            piece = raws[first:first + 10_000]
            raws[first:first + len(piece)] = [None] * len(piece)  # type: ignore[list-item]
            self.add_events(piece, first)
            del piece
        return self.finish(document)

    def let_go(self) -> None:
        """Free what a cancelled load read so far, here, a slice at a time, and the
        reader's tie to its store (the two refer to each other).

        A Cancel at 30 % of 1 000 000 events left ~200 MB that only a full collection
        freed (verify60 F8), in one C call that held the GIL for 0.8-0.9 s of the
        window's time on a busy machine (``benchmarks/bench_give_back.py``).  Freed here,
        on the loading thread, ``_LET_GO_AT_ONCE`` items at a time: the window's thread
        gets the GIL between slices (``sys.setswitchinterval``)."""
        store = self.store
        for items in (store.slots, store.dates, store.ends, self.events, self.categories):
            while items:
                del items[-_LET_GO_AT_ONCE:]
        for table in (self.sources, self._dates, self._strings, self._people, self._lanes):
            while table:
                for _ in range(min(len(table), _LET_GO_AT_ONCE)):
                    table.popitem()
        store.reader = None  # type: ignore[assignment]
        vars(self).clear()

    def header(self, document: schema.TimelineFile) -> None:
        """Check format and version, and read the sources the document holds."""
        if document.format != FORMAT_NAME:
            self.fail("$.format", f"expected {FORMAT_NAME!r}, found "
                      f"{_short(document.format)}: not a timeline file")
        problem = _version_problem(document.version, self.path)
        if problem is not None:
            raise problem
        self.version = document.version
        kept = document.kept_lanes
        if kept is not UNSET:  # (version 10) read as written, whatever their letters
            self.lanes_listed(document, "kept_lanes", kept, schema.KEPT_LANES_VERSION,
                              bool(kept))
            for lane in kept:
                self._lanes[lane] = self.share(lane, lane)
        self.add_sources(_or(document.sources, []), 0)

    def add_sources(self, raws: list[schema.Source], first: int) -> None:
        """Add the sources of ``raws``, the file's sources from index ``first`` on."""
        sources = self.sources
        for i, raw in enumerate(raws, first):
            source = self.source(raw, f"$.sources[{i}]")
            if source.id in sources:
                self.fail(f"$.sources[{i}].id", f"duplicate source id {_short(source.id)}")
            sources[source.id] = source

    def finish(self, document: schema.TimelineFile) -> Timeline:
        """The timeline of the header and the events added."""
        store = self.store
        events: list[Event] | list[int] = self.events
        by_id: dict[str, Event] | dict[str, int] = self.by_id
        if not self.lazy:  # every event made by ``add_events``, in the file's order,
            events = cast("list[Event]", store.slots)  # and by id
        try:
            timeline = Timeline._from_keys(
                cast("list[Event]", events), self.keys,
                title=_or(document.title, "Untitled timeline"),
                description=_or(document.description, ""), sources=self.sources,
                last_end=self.last_end if events else None,
                by_id=cast("dict[str, Event]", by_id), in_order=self.in_order,
                day_spans=self.spans,
                category_colors=self.category_colors(_or(document.category_colors, {})),
                lane_order=self.lane_order(document), store=store if self.lazy else None,
                categories=self.categories if self.lazy else None)
            timeline.era_lanes = self.era_lanes(document)
        except ValueError:  # two events share an id: find the first repeat, for its place
            seen: set[str] = set()
            for i, event_id in enumerate(map(store.event_id, range(len(events)))):
                if event_id in seen:
                    self.fail(f"$.events[{i}].id", f"duplicate event id {_short(event_id)}")
                seen.add(event_id)
            raise
        timeline.titles_by_hand = self.titles_by_hand(document, timeline)
        if document.title_typed is not UNSET:
            self.key_of_version(document, "title_typed", schema.PROJECT_COLORS_VERSION, True)
            if document.title_typed:
                timeline.typed_title = timeline.title
        timeline.left_out = self.left_out(document)
        timeline.project_shape = self.project_shape(document, timeline)
        store.unmade = len(store.slots) if self.lazy else 0
        # The store keeps this reader (a lazy timeline's): only what making events needs.
        self.events, self.keys, self.spans, self.categories = [], array("q"), [], []
        self.by_id = {}
        # Nor what only the load's loop looks up (its keys, the decoded dates, and the
        # dates' tuples would otherwise live as long as the store, that is as long as the
        # view's lanes hold its positions: 7 MB at 100 000 events; session 40, frames43).
        self._dates, self._people = {}, {}
        # ... and the reader lets go of the store: the two were a reference cycle, left to
        # the cyclic collector, and a load freezes what is alive once it ends (``load``):
        # a timeline replaced by the next File → Open was frozen by that load with its
        # store and reader, then never freed (session 37: 100 000 events each time, the
        # events, their dates and sources; ``tests/io/test_io_native_load.py``).
        del self.store
        return timeline

    def lane(self, name: str) -> str:
        """The lane a lane name of the file stands for, one string for the load: the
        file writes each lane as the window shows it ("The war", "Treaty": verify51
        F13, the lanes typed with a capital were saved in lower case), the model keeps
        the lane those exports read back (``exchange.category_from_display``: "the
        war", "treaty"; "USA" as it is).  A file of before wrote the lanes as kept
        ("treaty"), which read back as they were; a lane the file's ``kept_lanes`` lists
        is read as written (``header``)."""
        lane = self._lanes.get(name)
        if lane is None:
            from .exchange import category_from_display

            kept = category_from_display(name)
            lane = self._lanes[name] = self.share(kept, kept)
        return lane

    def category_colors(self, raw: dict[str, str]) -> dict[str, str]:
        """The file's category colours, each checked to be ``#rrggbb``, by lane
        (:meth:`lane`)."""
        for category, color in raw.items():
            if not is_color(color):
                self.fail(f"$.category_colors[{json.dumps(category, ensure_ascii=False)}]",
                          f"{_short(color)} is not a colour: expected #rrggbb, as #1f77b4")
        return {self.lane(category): color for category, color in raw.items()}

    def lane_order(self, document: schema.TimelineFile) -> list[str]:
        """The file's order of lanes (version 2), each lane listed once (:meth:`lane`)."""
        order: list[str] = _or(document.lane_order, [])
        self.lanes_listed(document, "lane_order", order, 2, bool(order))
        return list(dict.fromkeys(map(self.lane, order)))

    def era_lanes(self, document: schema.TimelineFile) -> frozenset[str] | None:
        """The file's lanes shown as eras (version 7), each listed once; None when the
        file does not say (the default lanes, ``Timeline.era_lanes``)."""
        lanes = document.era_lanes
        if lanes is UNSET:
            return None
        # (an empty list too: it says "no lane is", which the default does not)
        self.lanes_listed(document, "era_lanes", lanes, schema.ERA_LANES_VERSION, True)
        return frozenset(map(self.lane, lanes))

    def titles_by_hand(self, document: schema.TimelineFile, timeline: Timeline) -> set[str]:
        """The file's ids of events whose title a person typed (version 8), each an
        event of the file, listed once (``Timeline.titles_by_hand``)."""
        ids = document.titles_by_hand
        if ids is UNSET:
            return set()
        self.key_of_version(document, "titles_by_hand", schema.HAND_VERSION, bool(ids))
        seen: set[str] = set()
        for i, event_id in enumerate(ids):
            if event_id in seen:
                self.fail(f"$.titles_by_hand[{i}]", f"lists the event {_short(event_id)} twice")
            if event_id not in timeline:
                self.fail(f"$.titles_by_hand[{i}]", f"names no event of the file: "
                          f"{_short(event_id)}")
            seen.add(event_id)
        return seen

    def project_shape(self, document: schema.TimelineFile, timeline: Timeline) -> ProjectShape:
        """The file's ``timeline_project`` (version 12, its ``colors`` version 13;
        ``Timeline.project_shape``): what a Timeline Project file said of its events that
        the lanes do not hold.  An id of no event of the file is left out: the app wrote
        the ids of events deleted after the import until session 55 (the file then
        refused to reopen), and these are hints for the Timeline Project export only.

        Raises:
            FormatError: A key of a newer version than the file says, or a colour that
                is not ``#rrggbb``.
        """
        kept = document.timeline_project
        if kept is UNSET:
            return ProjectShape()
        self.key_of_version(document, "timeline_project", schema.PROJECT_SHAPE_VERSION, True)
        self.key_of_version(document, "timeline_project.colors",
                            schema.PROJECT_COLORS_VERSION, bool(kept.colors))
        for event_id, color in kept.colors.items():
            if not is_color(color):
                self.fail(f"$.timeline_project.colors[{json.dumps(event_id)}]",
                          f"{_short(color)} is not a colour: expected #rrggbb, as #c0c0c0")
        return ProjectShape(frozenset(i for i in kept.milestones if i in timeline),
                            tuple(dict.fromkeys(map(self.lane, kept.containers))),
                            tuple((i, c) for i, c in kept.own_categories.items()
                                  if i in timeline),
                            tuple((self.lane(lane), self.lane(parent))
                                  for lane, parent in kept.parents.items()),
                            tuple((i, c.lower()) for i, c in kept.colors.items()
                                  if i in timeline))

    def left_out(self, document: schema.TimelineFile) -> list[LeftOut]:
        """The file's readings left out of imports (version 8), in its order
        (``Timeline.left_out``)."""
        raws = document.left_out
        if raws is UNSET:
            return []
        self.key_of_version(document, "left_out", schema.HAND_VERSION, bool(raws))
        self.key_of_version(document, "left_out[].how", schema.REMOVED_VERSION,
                            any(raw.how is not UNSET for raw in raws))
        return [LeftOut(raw.source, raw.sentence, self.lane(raw.category), raw.date,
                        self.iso_day(raw.on, f"$.left_out[{i}].on"),
                        "" if raw.how is UNSET else raw.how)
                for i, raw in enumerate(raws)]

    def key_of_version(self, document: schema.TimelineFile, key: str, version: int,
                       used: bool) -> None:
        """Refuse a file whose ``key``, a key of ``version``, is ``used`` while the file
        says an older version.

        Raises:
            FormatError: It does (``fail``), at the key.
        """
        if used and document.version < version:
            self.fail(f"$.{key}", f"is a key of version {version}, but the file says version "
                      f"{document.version}")

    def lanes_listed(self, document: schema.TimelineFile, key: str, lanes: list[str],
                     version: int, used: bool) -> None:
        """Check a list of lanes under the file's ``key``, a key of ``version``: the file
        says that version or a later one when the key is ``used``, and lists no lane
        twice.

        Raises:
            FormatError: Either is not so (``fail``), at the key or the repeat.
        """
        self.key_of_version(document, key, version, used)
        seen: set[str] = set()
        for i, lane in enumerate(lanes):
            if lane in seen:
                self.fail(f"$.{key}[{i}]", f"lists the lane {_short(lane)} twice")
            seen.add(lane)

    def source(self, raw: schema.Source, place: str) -> Source:
        # Once per source (10 000 in the 100 000-event benchmark): no call that is not
        # needed, and the usual dateline read by ``datetime`` (see ``iso_day``).
        dateline = raw.dateline_date
        share = self._strings.setdefault
        unset = UNSET
        source_id, title, text, url = raw.id, raw.title, raw.text, raw.url
        outlet, dateline_place, date_basis = raw.outlet, raw.dateline_place, raw.date_basis
        if not source_id or source_id.isspace():
            self.identifier(source_id, place)  # words it
        return make_source(
            source_id,
            "" if title is unset else title,
            "" if outlet is unset else share(outlet, outlet),
            "" if dateline_place is unset else share(dateline_place, dateline_place),
            (None if dateline is None or dateline is unset
             else self.iso_day(dateline, f"{place}.dateline_date")),
            "" if date_basis is unset else share(date_basis, date_basis),
            "" if text is unset else text,
            "" if url is unset else url,
        )

    def iso_day(self, value: str, where: str) -> _dt.date:
        if len(value) == 10 and value[4] == value[7] == "-":
            # YYYY-MM-DD, ASCII digits, a day that exists (as FuzzyDate.from_iso reads a
            # day); anything else (year 0, no such day, another shape) goes the checked
            # way below, which words the problem.
            try:
                return _dt.date.fromisoformat(value)
            except ValueError:
                pass
        m = _ISO_DAY.fullmatch(value)
        if not m:
            self.fail(where, f"{_short(value)} is not a date of the form YYYY-MM-DD")
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            self.fail(where, f"{value} is not a valid date")

    def add_events(self, raws: list[schema.Event], first: int) -> None:
        """Add the events of ``raws``, the file's events from index ``first`` on.

        This is the hot loop of a load, once per event: per event it calls only builtins
        and dict lookups (a new date is made once, however often it recurs), and makes
        no ``Event``: each decoded event is checked and kept in ``store`` with its date,
        made into its ``Event`` on request (a lazy reader's timeline) or at the end
        (``finish``).  Making and sharing every event here was ~60 % of the model's
        build (benchmarks/README.md, "Session 19, branch open21").

        The timeline's list holds each event's position in the file (``self.events``,
        an ``int`` also in ``by_id``: ``Timeline.index_of`` compares them by identity).
        """
        if (self.version < schema.STATUS_VERSION and not self.status_refused
                and any(map(_status_of, raws))):
            self.status_too_new(raws, first)
        store = self.store
        dates_get = self._dates.get
        new_date = self.date
        sources_get = self.sources.get
        check_evidence = self.evidence
        add_position = self.events.append
        add_raw, add_date, add_end = store.slots.append, store.dates.append, store.ends.append
        add_category = self.categories.append
        by_id: dict[str, int] = self.by_id
        # A file the app wrote is in date order, so an event's date is most often its
        # predecessor's: one comparison of the decoded dates rather than a hash and a
        # lookup (73 % of the 100 000-event benchmark's events).
        last_raw: schema.Date | None = None
        found = None
        # Each event's date_sort_number (its date's, one int object for all its events)
        # goes to a list, made into the piece's index keys at the end (``add_keys``).
        numbers: list[int] = []
        add_number = numbers.append
        # Each event's (first day, exclusive end day); an event without an end shares
        # its date's tuple (see ``spans``).
        add_span = self.spans.append
        last_end = self.last_end
        unset = UNSET
        lazy = self.lazy
        evidence_later = self.evidence_later
        make_event = self.made_event
        share, shared = self.share, self.shared
        lanes_get, lane_of = self._lanes.get, self.lane
        people = self._people
        people_get = people.get
        for i, raw in enumerate(raws, first):
            event_id = raw.id
            if not event_id or event_id.isspace():
                self.fail(f"$.events[{i}].id", "an id must not be empty")
            raw_date = raw.date
            if raw_date != last_raw:
                found = dates_get(raw_date) or new_date(raw_date, i, "date")
                last_raw = raw_date
            date, number, first_day, end_day, span = found  # type: ignore[misc]
            end: FuzzyDate | None = None
            raw_end = raw.end
            if raw_end is not None and raw_end is not unset:
                found_end = dates_get(raw_end) or new_date(raw_end, i, "end")
                end = found_end[0]
                if found_end[2] < first_day:
                    self.fail(f"$.events[{i}].end", f"ends ({end}) before it starts ({date})")
                end_day = found_end[3]
                span = (first_day, end_day)
            if end_day > last_end:
                last_end = end_day
            source_id = raw.source
            source = None
            if source_id is not unset and source_id is not None:
                source = sources_get(source_id)
                if source is None:
                    self.fail(f"$.events[{i}].source", f"unknown source {_short(source_id)}")
                if lazy:
                    raw.source = source.id  # (the decoded copy dies here: see below)
            raw_evidence = raw.evidence
            if not lazy:
                # The eager load makes the event here, its evidence checked and made in
                # one pass, as before the lazy model (its eager load, in two loops, was
                # 16 % more instructions: session 22); its decoded event goes with the
                # piece.  ``by_id`` holds the events themselves (``finish``).
                event = make_event(raw, date, end, source, () if raw_evidence is unset
                                   or not raw_evidence else check_evidence(
                                       raw_evidence, i, source))
                add_raw(event)
                by_id[event_id] = event  # type: ignore[assignment]
                add_number(number)
                add_span(span)
                continue
            if evidence_later:
                # Its text copied out of the piece's buffer (read into again), unless
                # an empty list ("[]"); checked by the second process.
                raw.evidence = (raw_evidence.copy()
                                if raw_evidence is not unset and len(raw_evidence) > 2
                                else unset)
            elif raw_evidence is not unset and raw_evidence:
                # Decoded here anyway (no second process checks it): made here too, and
                # kept made (``made_event`` takes the tuple), so that the decoded list
                # and items die within the piece, whose decoding reuses their memory.
                # Kept decoded until the event was made (idle time after the first
                # paint), they died there: 64-byte holes that pymalloc keeps (10 MB at
                # 100 000 events, the app at rest; session 40, frames43).
                raw.evidence = check_evidence(raw_evidence, i, source)  # type: ignore[assignment]
            # Its repeated strings are shared here, as the event's are, so that the
            # decoded copies die within the piece, whose decoding reuses their memory.
            # Kept until the event was made (idle time after the first paint), they died
            # there, scattered among the strings that live on: holes that pymalloc keeps
            # (44 MB free in its arenas at 100 000 events, session 39).  Sharing category,
            # place, basis and source here: the app at rest 358 -> 340 MiB, for 8.8 %
            # more instructions of the load and 3 % fewer of the making (frames42).
            category = raw.category
            if category is unset:
                add_category("event")
            else:
                raw.category = category = lanes_get(category) or lane_of(category)
                add_category(category)
            location = raw.location
            if location is not unset:
                raw.location = share(location, location)
            basis = raw.date_basis
            if basis is not unset:
                raw.date_basis = share(basis, basis)
            # The participants' names too, in the tuple ``made_event`` then keeps: with
            # the four above 358 -> 327 MiB, io.load +19.7 % instructions, the making
            # -18.6 % (the two together +4.1 %; frames42).
            # Equal lists of names share one tuple too (session 40, frames43: 37 798
            # tuples for the benchmark's 100 000 events, 4 MB less), found by the decoded
            # tuple itself (its names hashed as ``shared`` would hash them).
            participants = raw.participants
            if participants is not unset:
                kept = people_get(participants)
                if kept is None:
                    try:  # (as ``made_event``'s own sharing: a look-up when all are known)
                        kept = tuple(map(shared, participants))
                    except KeyError:
                        kept = tuple(map(share, participants, participants))
                    people[kept] = kept
                raw.participants = kept
            # The decoded date is not kept (its FuzzyDate is, in ``store.dates``): a
            # struct and a string an event, ~110 MiB at 1 000 000 events.
            raw.date = None  # type: ignore[assignment]
            add_raw(raw)
            add_date(date)
            add_end(end)
            add_position(i)
            by_id[event_id] = i
            add_number(number)
            add_span(span)
        self.last_end = last_end
        self.add_keys(numbers, first)
        if self.in_order and numbers:
            self.forget_past_dates(numbers[-1])

    def forget_past_dates(self, number: int) -> None:
        """Let go of the dates made so far that sort before ``date_sort_number``
        ``number``, the last event's: in a file in date order (as the app writes it)
        no later event has them.

        Kept to the load's end, they were freed there (the decoded date, its string,
        the table's tuple and sort number, ~250 bytes each), scattered among what lives
        on: holes pymalloc keeps and nothing made after the load took (issue 11, session
        40: 27 068 dates at 100 000 events; frames43 found them).  Let go of a piece at a
        time, they die where the next pieces' decoding reuses their memory.  A file out
        of order keeps them all, shared by every event that repeats one; one that turns
        out of order later only makes a date twice that it let go of.
        """
        self._dates = {raw: found for raw, found in self._dates.items() if found[1] >= number}

    def status_too_new(self, raws: list[schema.Event], first: int) -> NoReturn:
        """Refuse the first status among ``raws`` (events from index ``first`` on) of a
        file that says a version before ``STATUS_VERSION``: as a mod or a lane order in a
        version-1 file, a key its version does not have."""
        at = next(i for i, raw in enumerate(raws, first) if raw.status)
        self.fail(f"$.events[{at}].status",
                  f"an event's status needs version {schema.STATUS_VERSION} of the format, "
                  f"and this file says version {self.version}")

    def made_event(self, raw: schema.Event, date: FuzzyDate, end: FuzzyDate | None,
                   source: Source | None = None,
                   evidence: tuple[Evidence, ...] | None = None) -> Event:
        """The ``Event`` of a decoded event that ``add_events`` checked, its strings
        shared (one string for each distinct lane, place, name, date basis and source id
        of the load).  ``source`` and ``evidence``: the event's, if the caller has them
        (the eager load's loop, which checks and makes the evidence in one pass)."""
        share = self.share
        unset = UNSET
        source_id = raw.source
        if source_id is unset or source_id is None:
            source_id = None
        else:
            if source is None:
                source = self.sources[source_id]
            source_id = source.id  # one string for the source and its events
        if evidence is None:
            raw_evidence: Any = raw.evidence
            if type(raw_evidence) is tuple:  # (a lazy load's, made: ``add_events``)
                evidence = raw_evidence
            else:
                if type(raw_evidence) is _RAW:  # (``evidence_later``; checked)
                    raw_evidence = _EVIDENCE_DECODER.decode(cast(Any, raw_evidence))
                evidence = () if raw_evidence is unset or not raw_evidence else (
                    self.evidence(raw_evidence, 0, source))
        participants = raw.participants
        if participants is unset:
            participants = ()
        elif self.lazy:
            pass  # shared by the lazy load's loop (``add_events``): kept as it is
        else:
            try:  # each name one string for the whole load; a lookup when all are known
                participants = tuple(map(self.shared, participants))
            except KeyError:  # a name not seen before (a few dozen in a load)
                participants = tuple(map(share, participants, participants))
        category, location, summary = raw.category, raw.location, raw.summary
        date_basis, status = raw.date_basis, raw.status
        return make_event(
            raw.id,
            raw.title,
            date,
            end,
            "event" if category is unset else self._lanes.get(category) or self.lane(category),
            participants,
            "" if location is unset else share(location, location),
            "" if summary is unset else summary,
            "" if date_basis is unset else share(date_basis, date_basis),
            source_id,
            evidence,
            "" if status is unset else status,
        )

    def add_keys(self, numbers: list[int], first: int) -> None:
        """Append the index keys of the events from index ``first`` on, whose dates'
        ``date_sort_number`` are ``numbers`` (see ``Timeline._from_keys``: ``number <<
        SEQUENCE_BITS | index``), and note whether the keys still ascend.

        They ascend as long as the numbers never fall, since the indices rise.  A piece
        of a large file (``_NUMPY_KEYS`` events or more) is computed with numpy, in a few
        C calls over the whole column: in Python each key was two new int objects and
        the array's conversion of the list, ~900 instructions an event, 3 % of the
        100 000-event load (Valgrind; issue 11).  The view imports numpy anyway.
        """
        if not numbers:
            return
        keys = self.keys
        if len(numbers) < _NUMPY_KEYS:
            if self.in_order:
                self.in_order = ((not keys or keys[-1] >> SEQUENCE_BITS <= numbers[0])
                                 and all(map(operator.le, numbers,
                                             itertools.islice(numbers, 1, None))))
            keys.fromlist([number << SEQUENCE_BITS | index
                           for index, number in enumerate(numbers, first)])
            return
        import numpy as np  # a large file only (see above)

        column = np.array(numbers, dtype=np.int64)
        if self.in_order:
            self.in_order = ((not keys or keys[-1] >> SEQUENCE_BITS <= numbers[0])
                             and bool(np.all(column[1:] >= column[:-1])))
        column <<= SEQUENCE_BITS
        column |= np.arange(first, first + len(numbers), dtype=np.int64)
        keys.frombytes(column.tobytes())

    def date(self, raw: schema.Date, index: int, key: str
             ) -> tuple[FuzzyDate, int, int, int, tuple[int, int]]:
        """The date of a decoded date object, made once for all its equal copies."""
        precision, part = raw.precision, raw.part
        part_name = None if part is UNSET else part.value
        circa = raw.circa is True
        mod = None if raw.mod is UNSET else raw.mod
        if mod is not None and self.version < schema.MOD_VERSION:
            self.fail(f"$.events[{index}].{key}.mod",
                      f"a date's mod (early/mid/late) needs version {schema.MOD_VERSION} of "
                      f"the format, and this file says version {self.version}")
        limit = None if raw.limit is UNSET else raw.limit
        if limit is not None and self.version < schema.LIMIT_VERSION:
            self.fail(f"$.events[{index}].{key}.limit",
                      f"a date's limit (before/by/after) needs version {schema.LIMIT_VERSION} "
                      f"of the format, and this file says version {self.version}")
        time = None
        if raw.time is not UNSET:
            if self.version < schema.TIME_VERSION:
                self.fail(f"$.events[{index}].{key}.time",
                          f"a day's time needs version {schema.TIME_VERSION} of the format, "
                          f"and this file says version {self.version}")
            time = _clock_time(raw.time, f"$.events[{index}].{key}", self.path)
        day_part = None
        if raw.day_part is not UNSET:
            if self.version < schema.DAY_PART_VERSION:
                self.fail(f"$.events[{index}].{key}.day_part",
                          f"a part of a day needs version {schema.DAY_PART_VERSION} of the "
                          f"format, and this file says version {self.version}")
            day_part = raw.day_part
        try:
            if (precision is _PART_OF_YEAR) != (part_name is not None):
                raise ValueError  # date_from_json words it
            date = FuzzyDate.from_iso(raw.value, precision, part_name, circa, mod, limit,
                                      time, day_part)
        except ValueError:
            # The same checks again, for the message: the JSON path is only spelt out now.
            date_from_json(raw.value, precision, part_name, circa, f"$.events[{index}].{key}",
                           self.path, mod, limit, time, day_part)
            raise AssertionError("date_from_json accepted a date from_iso refused") from None
        days = date.start_day(), date.end_day()
        found = self._dates[raw] = (date, date_sort_number(date), *days, days)
        return found

    def evidence(self, raws: list[schema.Evidence], index: int, source: Source | None,
                 make: bool = True) -> tuple[Evidence, ...]:
        """The evidence of event ``index``: all checks in one expression per item, and
        the item-by-item checks with their messages only when one fails; ``make``:
        False to check only (returns ``()``)."""
        unset = UNSET
        text = None if source is None else source.text
        length = 0 if text is None else len(text)
        shared = self._offsets
        top = _SHARED_OFFSETS
        items: list[Evidence] = []
        for raw in raws:
            if raw.source is not unset or raw.kind is not unset:
                # a sentence of another article (a merged event), or a reference
                items.append(self.evidence_item(
                    raw, f"$.events[{index}].evidence[{len(items)}]", source))
                continue
            sentence, start, end = raw.sentence, raw.start, raw.end
            date_start, date_end = raw.date_start, raw.date_end
            if date_start is unset:
                date_start = None
            if date_end is unset:
                date_end = None
            if (start < 0 or end < start
                    or (date_start is None) is not (date_end is None)
                    or (date_start is not None and (  # both set (checked just above)
                        date_start < 0 or date_end < date_start  # type: ignore[operator]
                        or (text is not None and date_end > length)))  # type: ignore[operator]
                    or (text is not None and (
                        end > length or end - start != len(sentence)
                        or not text.startswith(sentence, start)))):
                break
            if not make:
                continue
            if text is not None and not sentence.isascii():
                # The article's own characters, a new string: the decoded one may hold a
                # UTF-8 copy of itself for life, made when the duplicate-key check
                # re-encoded the piece (``_key_count_decode``); it dies with the piece.
                sentence = text[start:end]
            # (every offset is >= 0 here: checked just above)
            items.append(make_evidence(
                sentence, shared[start] if start < top else start,
                shared[end] if end < top else end,
                shared[date_start] if date_start is not None and date_start < top
                else date_start,
                shared[date_end] if date_end is not None and date_end < top
                else date_end))
        else:
            return tuple(items)
        # One of them fails: find it and say why (or keep a sentence of another article
        # that a version-2 file could not name: ``evidence_item``).
        return tuple(self.evidence_item(raw, f"$.events[{index}].evidence[{j}]", source)
                     for j, raw in enumerate(raws))

    def evidence_item(self, raw: schema.Evidence, place: str, source: Source | None
                      ) -> Evidence:
        """One evidence item of an event whose article is ``source``, every check worded
        (a ``FormatError`` at ``place``); one naming its own article is checked against
        that article's text and kept as a ``SourcedEvidence``."""
        own = raw.source
        kept_by = None if source is None else source.id
        kind = raw.kind
        if kind is not UNSET:
            if self.version < schema.KIND_VERSION:
                self.fail(f"{place}.kind",
                          f"an evidence's kind needs version {schema.KIND_VERSION} of the "
                          f"format, and this file says version {self.version}")
            if own is not None:
                self.fail(f"{place}.kind", "a reference or a link is of no source: give "
                          '"source": null with a "kind"')
        if own is not UNSET:
            if self.version < schema.EVIDENCE_SOURCE_VERSION:
                self.fail(f"{place}.source",
                          f"an evidence's source needs version "
                          f"{schema.EVIDENCE_SOURCE_VERSION} of the format, and this file "
                          f"says version {self.version}")
            source = None if own is None else self.sources.get(own)
            if own is not None and source is None:
                self.fail(f"{place}.source", f"unknown source {_short(own)}")
        sentence = raw.sentence
        start = self.offset(raw.start, f"{place}.start")
        end = self.offset(raw.end, f"{place}.end")
        if end < start:
            self.fail(f"{place}.end", f"end {end} is before start {start}")
        date_start, date_end = _or(raw.date_start, None), _or(raw.date_end, None)
        if (date_start is None) != (date_end is None):
            self.fail(place, "date_start and date_end go together: give both or neither")
        if date_start is not None and date_end is not None:
            self.offset(date_start, f"{place}.date_start")
            self.offset(date_end, f"{place}.date_end")
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
                known, found = (
                    self.article_of_merged_sentence(sentence, start, end, date_end)
                    if own is UNSET and self.version < schema.EVIDENCE_SOURCE_VERSION
                    else (False, None))
                if not known:
                    self.fail(
                        f"{place}.sentence",
                        f"does not match the text of source {_short(source.id)} at "
                        f"{start}-{end}",
                    )
                self.sourced = True
                return evidence_kept_by(make_evidence(sentence, start, end, date_start,
                                                      date_end),
                                        None if found is None else found.id, kept_by)
        if kind is not UNSET:
            self.sourced = self.kinded = True
            return Reference(sentence, start, end, date_start, date_end, None, kind)
        evidence = make_evidence(sentence, start, end, date_start, date_end)
        if own is UNSET:
            return evidence
        self.sourced = True
        return evidence_kept_by(evidence, None if source is None else source.id, kept_by)

    def article_of_merged_sentence(self, sentence: str, start: int, end: int,
                                   date_end: int | None) -> tuple[bool, Source | None]:
        """Where a sentence of a version-1 or -2 file comes from when it is not its event's
        article's: files saved by the app of 2 December 2026 (before version 3) kept a
        merged event's sentences of other articles, and a quote added to an article's
        event, with no article of their own (verify30, fault 1), and could not be opened
        again.  ``(True, the one other article whose text holds sentence at its
        offsets)``; else, for a sentence at offsets 0 to its length with no date marked
        (a quote typed by hand), ``(True, None)``: no article; else ``(False, None)``
        (the file is refused as before)."""
        found = [s for s in self.sources.values()
                 if s.text[start:end] == sentence
                 and (date_end is None or date_end <= len(s.text))]
        if len(found) == 1:
            return True, found[0]
        if not found and start == 0 and end == len(sentence) and date_end is None:
            return True, None
        return False, None



def date_from_json(value: str, precision: Precision, part: str | None, circa: bool,
                   place: str, path: str | None = None,
                   mod: str | None = None, limit: str | None = None,
                   time: ClockTime | None = None,
                   day_part: str | None = None) -> FuzzyDate:
    """The one place a date value of the file becomes a ``FuzzyDate``.

    Args:
        value: ISO 8601 with astronomical years: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month)
            or ``YYYY`` (the rest; a decade's first year), a leading ``-`` before AD 1
            (44 BC is ``-0043``).
        precision: The precision the file states.
        part: The part of the year, for ``part_of_year`` precision only.
        circa: True for a loosely derived date.
        place: The JSON path of the date object, for messages.
        path: The file, for messages.
        mod: START, MID or END (early/mid/late), for month and decade precision only.
        limit: BEFORE, ON_OR_BEFORE, AFTER or ON_OR_AFTER (``dates.LIMITS``), any precision.
        time: The day's time of day (``_clock_time`` read it), day precision only.
        day_part: The part of the day (a key of ``dates.DAY_PARTS``), day precision
            without a time only.

    Raises:
        FormatError: The value does not fit its precision, no such date exists, or a mod
            goes with another precision.
    """
    if precision is Precision.PART_OF_YEAR:
        if part is None:
            raise FormatError(path, place,
                              "missing required key 'part' for part_of_year precision")
    elif part is not None:
        raise FormatError(path, f"{place}.part", "a part of the year goes with "
                          f"part_of_year precision, not {precision.value}")
    if mod is not None and precision is not Precision.MONTH \
            and precision is not Precision.DECADE:
        raise FormatError(path, f"{place}.mod", "early/mid/late (mod) goes with month or "
                          f"decade precision, not {precision.value}")
    if time is not None and precision is not Precision.DAY:
        raise FormatError(path, f"{place}.time", "a time of day goes with day precision, "
                          f"not {precision.value}")
    if day_part is not None and (precision is not Precision.DAY or time is not None):
        raise FormatError(path, f"{place}.day_part", "a part of a day goes with day "
                          "precision without a time")
    # The value's shape, range and calendar are the core's business (one reader for files,
    # imports and the parser); its messages are written to be shown as they are.
    try:
        date = FuzzyDate.from_iso(value, precision, part, circa, mod)
    except ValueError as exc:
        raise FormatError(path, f"{place}.value", str(exc)) from None
    try:
        return date.with_limit(limit).with_time(time).with_day_part(day_part)
    except ValueError as exc:
        raise FormatError(path, f"{place}.limit", str(exc)) from None


def _clock_time(text: str, place: str, path: str | None) -> ClockTime:
    """A date object's ``time`` (the schema's pattern checked its shape).

    Raises:
        FormatError: It is no time of day (a file not checked against the schema).
    """
    try:
        return ClockTime.from_iso(text)
    except ValueError as exc:
        raise FormatError(path, f"{place}.time", str(exc)) from None


# -- writing ------------------------------------------------------------------------------


class Snapshot:
    """What a save writes, taken from a timeline at one moment (see :func:`snapshot`).

    Events, sources and dates are immutable values, so a copy of the timeline's list of
    events and of its sources is all a save needs to write exactly this state while the
    timeline goes on changing (an edit replaces an event in the timeline's list, never
    changes it).  A save on a worker thread writes a snapshot taken on the GUI thread.

    Attributes:
        title: The timeline's title.
        description: Its description.
        sources: Its sources, in no order (written sorted by id: sorted by the thread
            that writes, 100 100 sources ~30 ms).
        events: Its events, in date order (a list, or for many events a numpy array of
            them, see :func:`snapshot`).
        category_colors: Category → ``"#rrggbb"`` (a copy; written sorted by category,
            and only when not empty).
        lane_order: The lanes' order (a copy; written as it is, only when not empty).
        era_lanes: The lanes shown as eras (``Timeline.era_lanes``; written sorted, only
            when not None).
        titles_by_hand: The ids of the events whose title a person typed, sorted (those
            of ``Timeline.titles_by_hand`` in the timeline; written only when not empty).
        left_out: The readings left out of imports (``Timeline.left_out``, a copy;
            written only when not empty).
        title_typed: Whether the title is the name a person typed
            (``Timeline.typed_title``; written only when true, version 13).
        lanes: The events' lanes (``Timeline.categories``: the timeline's list, which it
            replaces, never changes), or None: read from the events by the thread that
            writes (:func:`kept_lanes`).
    """

    __slots__ = ("category_colors", "description", "era_lanes", "events", "lane_order",
                 "lanes", "left_out", "project_shape", "sources", "title", "title_typed",
                 "titles_by_hand")

    def __init__(self, title: str, description: str, sources: list[Source],
                 events: list[Event] | Any,
                 category_colors: dict[str, str] | None = None,
                 lane_order: list[str] | None = None,
                 era_lanes: frozenset[str] | None = None,
                 titles_by_hand: list[str] | None = None,
                 left_out: list[LeftOut] | None = None,
                 lanes: list[str] | None = None,
                 project_shape: ProjectShape | None = None,
                 title_typed: bool = False) -> None:
        self.title = title
        self.title_typed = title_typed
        self.project_shape = project_shape or ProjectShape()
        self.description = description
        self.sources = sources
        self.events = events
        self.category_colors = dict(category_colors or {})
        self.lane_order = list(lane_order or ())
        self.era_lanes = era_lanes
        self.titles_by_hand = list(titles_by_hand or ())
        from ..core.reimport import pending

        # (a deletion's readings not made yet are made by the thread that writes)
        self.left_out = left_out if left_out is not None and pending(left_out) \
            else list(left_out or ())
        self.lanes = lanes

    def __len__(self) -> int:
        return len(self.events)


def snapshot(timeline: Timeline) -> Snapshot:
    """The timeline as a save writes it, unaffected by later edits.

    Copies the list of events and of the sources (pointers only, one C call each); no
    event is copied.  From ``_UNTRACKED_FROM`` events on, the events' copy is a numpy
    array of objects rather than a list: the cyclic garbage collector does not track
    such arrays, where a new list of a million events is walked whole by the next
    collection of each generation it passes through (~50 ms each, holding the GIL, on
    whichever thread allocates: the start of a million-event save stalled the window
    90-190 ms, session 9).  ``np.fromiter``: 40-57 ms for a million, ``list`` 22-31 ms
    plus those walks.
    """
    store = timeline.store
    events: list[Event] | Any = (timeline.event_items() if isinstance(store, _LoadedEvents)
                                 else timeline.events)
    if len(events) >= _UNTRACKED_FROM:
        import numpy as np  # here: the CLI's small saves need not import it

        events = np.fromiter(events, dtype=object, count=len(events))
    else:
        events = list(events)
    if isinstance(store, _LoadedEvents):
        # A lazily loaded timeline's events not made yet are made by the writing thread
        # (``_StoredEvents``): made here, 100 000 of them held the window ~0.5 s.
        events = _StoredEvents(events, store)
    return Snapshot(timeline.title, timeline.description, list(timeline.sources.values()),
                    events, timeline.category_colors, timeline.lane_order,
                    timeline.era_lanes,
                    sorted(i for i in timeline.titles_by_hand if i in timeline),
                    timeline.left_out, timeline.categories(),
                    present_shape(timeline.project_shape, timeline),
                    title_kept_typed(timeline))


def title_kept_typed(timeline: Timeline) -> bool:
    """Whether a save notes that the timeline's name was typed (``title_typed``, version
    13): ``core.name_years.title_kept_typed`` of its title."""
    from ..core.name_years import title_kept_typed as kept

    return kept(timeline.title, timeline.typed_title)


def present_shape(shape: ProjectShape, timeline: Timeline) -> ProjectShape:
    """``shape`` (``Timeline.project_shape``) with only the ids of events in ``timeline``:
    an event deleted after a Timeline Project import is no milestone, sub-event or
    coloured event of the file a save writes (its id there made the file refuse to
    reopen until session 55)."""
    if not (shape.milestones or shape.own_categories or shape.colors):
        return shape
    return ProjectShape(frozenset(i for i in shape.milestones if i in timeline),
                        shape.containers,
                        tuple((i, c) for i, c in shape.own_categories if i in timeline),
                        shape.parents,
                        tuple((i, c) for i, c in shape.colors if i in timeline))


def needed_version(document: Snapshot | Timeline) -> int:
    """The lowest format version that holds ``document``: the version a save writes.

    1 unless a version-2 field is used: the file's ``lane_order``, or a date's (or an
    end's) ``mod``; 3 if an evidence names its own source (``SourcedEvidence``); 4 if an
    event has a status (``Event.status``); 5 if a date (or an end) is a limit
    (``FuzzyDate.limit``); 6 if a day (or an end) has a time (``FuzzyDate.time``); 7 if
    the timeline says which lanes are eras (``Timeline.era_lanes``); 8 if it notes
    titles typed by hand (of events in it) or readings left out of imports
    (``Timeline.titles_by_hand``, ``Timeline.left_out``); 9 if a reading left out was
    deleted or merged by hand (``LeftOut.how``); 10 if a lane would read back as another
    unless listed (:func:`kept_lanes`); 11 if a source is a reference or a link
    (``core.sourced.Reference``); 12 if it keeps a Timeline Project file's milestones,
    containers or categories under others (``Timeline.project_shape``); 13 if it keeps
    a Timeline Project file's event colours (``ProjectShape.colors``) or says its name
    was typed (``Timeline.typed_title``); 14 if a day (or an end) names a part of the
    day (``FuzzyDate.day_part``).  Older
    copies of the app read their versions only and refuse a newer one with a clear
    message, so a file that needs nothing new stays readable by them.  Every later field
    that needs a new version is decided here (and only here).

    Args:
        document: What a save writes (a :func:`snapshot`), or the timeline itself.

    Returns:
        1 to 14 (never more than ``FORMAT_VERSION``).
    """
    events = document.events
    if isinstance(events, _StoredEvents):  # nothing made for it
        if any(map(_day_part_of, filter(None, events.dates()))):
            return schema.DAY_PART_VERSION
    elif any(map(_day_part_of, map(_date_of, events))) or any(
            map(_day_part_of, filter(None, map(_end_of, events)))):
        return schema.DAY_PART_VERSION
    if document.project_shape.colors or (
            document.title_typed if isinstance(document, Snapshot)
            else title_kept_typed(document)):
        return schema.PROJECT_COLORS_VERSION
    if document.project_shape:
        return schema.PROJECT_SHAPE_VERSION
    events = document.events
    if (events.any_reference() if isinstance(events, _StoredEvents)
            else any(map(isinstance, itertools.chain.from_iterable(map(_evidence_of, events)),
                         itertools.repeat(Reference)))):
        return schema.KIND_VERSION
    if kept_lanes(document):
        return schema.KEPT_LANES_VERSION
    if any(x.how for x in document.left_out):
        return schema.REMOVED_VERSION
    if isinstance(document, Snapshot):
        if document.titles_by_hand or document.left_out:
            return schema.HAND_VERSION
    elif document.left_out or any(i in document for i in document.titles_by_hand):
        return schema.HAND_VERSION
    if document.era_lanes is not None:
        return schema.ERA_LANES_VERSION
    events = document.events
    if isinstance(events, _StoredEvents):  # nothing made for it
        if any(map(_time_of, filter(None, events.dates()))):
            return schema.TIME_VERSION
    elif any(map(_time_of, map(_date_of, events))) or any(
            map(_time_of, filter(None, map(_end_of, events)))):
        return schema.TIME_VERSION
    if isinstance(events, _StoredEvents):  # nothing made for it
        if any(map(_limit_of, filter(None, events.dates()))):
            return schema.LIMIT_VERSION
    elif any(map(_limit_of, map(_date_of, events))) or any(
            map(_limit_of, filter(None, map(_end_of, events)))):
        return schema.LIMIT_VERSION
    # (one pass in C: an event's status is "" when not assessed)
    if (events.any_status() if isinstance(events, _StoredEvents)
            else any(map(_status_of, events))):
        return schema.STATUS_VERSION
    # (a sentence of another article: an event merged from several; rare, one pass in C)
    if isinstance(events, _StoredEvents):  # nothing made for it
        if events.any_sourced_evidence():
            return schema.EVIDENCE_SOURCE_VERSION
    elif any(map(isinstance, itertools.chain.from_iterable(map(_evidence_of, events)),
                 itertools.repeat(SourcedEvidence))):
        return schema.EVIDENCE_SOURCE_VERSION
    if document.lane_order:
        return 2
    if isinstance(events, _StoredEvents):  # nothing made for it
        return schema.MOD_VERSION if any(map(_mod_of, filter(None, events.dates()))) else 1
    # Two passes in C (attrgetter, map, filter, any): 100 000 events in a few ms.
    if any(map(_mod_of, map(_date_of, events))) or any(
            map(_mod_of, filter(None, map(_end_of, events)))):
        return schema.MOD_VERSION
    return 1


_UNTRACKED_FROM = 50_000
"""A snapshot of this many events or more holds them in an array the garbage collector
does not walk (see :func:`snapshot`); at 100 000 events each walk of a list was ~5 ms."""


_source_id = operator.attrgetter("id")


class _WrittenDate(msgspec.Struct, gc=False):
    """A date as the file has it (keys in this order; ``part``, ``circa`` and ``mod`` left
    out when unset: circa is written only when true, and the reader defaults it)."""

    value: str
    precision: Precision
    part: str | UnsetType = UNSET
    circa: bool | UnsetType = UNSET
    mod: str | UnsetType = UNSET
    limit: str | UnsetType = UNSET  # version 5, written only when set
    time: str | UnsetType = UNSET  # version 6, written only when set
    day_part: str | UnsetType = UNSET  # version 14, written only when set


class _WrittenEvent(msgspec.Struct, gc=False):
    """An event as the file has it, keys in this order.  ``evidence`` is the model's own
    tuple of ``Evidence``: msgspec encodes a dataclass by its fields, in order, which are
    the file's keys (``sentence``, ``start``, ``end``, ``date_start``, ``date_end``)."""

    id: str
    title: str
    date: _WrittenDate
    end: _WrittenDate | None
    category: str
    participants: tuple[str, ...]
    location: str
    summary: str
    date_basis: str
    source: str | None
    evidence: tuple[Evidence, ...]
    status: str | UnsetType = UNSET  # written only when set: files without stay as they were


class _Piece(msgspec.Struct, gc=False):
    """A piece of a list, encoded inside one key so that ``msgspec.json.format`` indents
    its items as deep as the file's lists are (4 spaces)."""

    items: list[Any]


_WRITE_PIECE = 1000
"""Events (or sources) encoded at a time: one piece of 100 000 events' file is about
0.9 MB, encoded and indented in C in a few milliseconds (a C call holds the GIL, so a
window beside a save on a worker thread waits at most that long), and the per-piece costs
vanish beside the per-event loop."""

_PIECE_HEAD = b'{\n  "items": [\n'
_PIECE_TAIL = b"\n  ]\n}"


def encode_pieces(snap: Snapshot,
                  progress: Callable[[int, int], object] | None = None) -> Iterator[bytes]:
    """The native file of ``snap``, as UTF-8 bytes a piece at a time.

    The pieces joined are exactly what ``json.dumps(document, indent=2,
    ensure_ascii=False) + "\\n"`` wrote before (session 9, branch ``save10``; a test checks
    it against that writer): keys in a fixed order, sources sorted by id, events in date
    order, so equal timelines give identical files and diffs stay small.  The encoding
    and the indentation are msgspec's, in C (the standard library's indenting encoder is
    pure Python: 2.7 s of 100 000 events' 3 s save); only the choice of keys is done in
    Python, an event at a time, ``_WRITE_PIECE`` events a piece.

    Args:
        snap: What to write (see :func:`snapshot`).
        progress: Called after each piece with the sources and events encoded so far and
            their total, from the thread that encodes.

    Yields:
        Bytes whose concatenation is the file (about ``_WRITE_PIECE`` events each).

    Raises:
        UnicodeEncodeError: A text holds a lone surrogate (no UTF-8 for it).
    """
    encode = _ENCODER.encode
    indent = msgspec.json.format
    head_end = -len(b"\n}")
    header: dict[str, Any] = {"format": FORMAT_NAME, "version": needed_version(snap),
                              "title": snap.title, "description": snap.description}
    if snap.title_typed:  # version 13; absent unless a person typed the name
        header["title_typed"] = True
    kept = kept_lanes(snap)
    shown = _LanesAsShown(kept)
    if snap.category_colors:  # absent when empty: the files of before stay byte-identical
        header["category_colors"] = dict(sorted(
            (shown(lane), color) for lane, color in snap.category_colors.items()))
    if snap.lane_order:  # version 2; absent when empty, as above
        header["lane_order"] = list(map(shown, snap.lane_order))
    if snap.era_lanes is not None:  # version 7; absent while the default holds
        header["era_lanes"] = sorted(map(shown, snap.era_lanes))
    if snap.titles_by_hand:  # version 8; absent when empty
        header["titles_by_hand"] = snap.titles_by_hand
    if snap.left_out:  # version 8; absent when empty
        from .exchange import left_out_fields

        header["left_out"] = [left_out_fields(x) for x in snap.left_out]
        for fields in header["left_out"]:
            fields["category"] = shown(fields["category"])
    if kept:  # version 10; absent when no lane needs it
        header["kept_lanes"] = sorted(kept)
    if snap.project_shape:  # version 12; absent unless a Timeline Project file said it
        shape = snap.project_shape
        project: dict[str, Any] = {
            "milestones": sorted(shape.milestones),
            "containers": list(map(shown, shape.containers)),
            "own_categories": dict(shape.own_categories),
            "parents": {shown(lane): shown(parent) for lane, parent in shape.parents},
            "colors": dict(shape.colors)}  # version 13
        header["timeline_project"] = {key: value for key, value in project.items() if value}
    total = len(snap.sources) + len(snap.events)
    done = 0
    opened = indent(encode(header), indent=2)[:head_end]
    lists: tuple[tuple[bytes, list[Any], Callable[[list[Any]], list[Any]] | None], ...] = (
        (b"sources", sorted(snap.sources, key=_source_id), None),
        (b"events", snap.events, lambda events: _written_events(events, shown)))
    for key, items, convert in lists:
        if not len(items):
            opened += b',\n  "' + key + b'": []'
            continue
        yield opened + b',\n  "' + key + b'": [\n'
        for at in range(0, len(items), _WRITE_PIECE):
            piece = items[at:at + _WRITE_PIECE]
            if not isinstance(piece, list):
                piece = piece.tolist()  # a numpy array of events (see snapshot)
            text = indent(encode(_Piece(piece if convert is None else convert(piece))),
                          indent=2)
            yield (b",\n" if at else b"") + text[len(_PIECE_HEAD):-len(_PIECE_TAIL)]
            done += len(piece)
            if progress is not None:
                progress(done, total)
        opened = b"\n  ]"
    yield opened + b"\n}\n"


def _lane_shown(lane: str) -> str:
    """``lane`` as the window shows it ("the war" → "The war"; ``exchange.display_category``)
    when the reader reads that back as ``lane`` (``exchange.category_from_display``), else
    as kept (a lane whose capital would not read back: "ß…" shows as "SS…")."""
    from .exchange import category_from_display, display_category

    shown = display_category(lane)
    return shown if category_from_display(shown) == lane else lane


def _lane_read_as_other(lane: str) -> bool:
    """Whether ``lane`` written as :func:`_lane_shown` writes it would be read back as
    another lane: a lane kept with a capital and the rest in lower case ("Treaty"),
    which the reader takes for the lane "treaty" (one the app's editor and imports never
    make: they keep "treaty", shown "Treaty")."""
    from .exchange import category_from_display

    return category_from_display(_lane_shown(lane)) != lane


def _lanes_of(document: Snapshot | Timeline) -> set[str]:
    """Every lane ``document`` names: its events', its colours', its order's, its eras'
    and its readings left out's."""
    if isinstance(document, Timeline):
        lanes = set(document.categories())
    elif document.lanes is not None:
        lanes = set(document.lanes)
    else:
        lanes = {e.category for e in document.events}
    lanes.update(document.category_colors, document.lane_order, document.era_lanes or (),
                 (x.category for x in document.left_out))
    return lanes


def kept_lanes(document: Snapshot | Timeline) -> frozenset[str]:
    """The lanes of ``document`` a file lists in ``kept_lanes`` (version 10): those the
    file's usual writing would read back as other lanes (:func:`_lane_read_as_other`).
    Empty for any timeline the app's own editing and imports made."""
    return frozenset(filter(_lane_read_as_other, _lanes_of(document)))


class _LanesAsShown:
    """Each lane as a file writes it: as the window shows it ("the war" → "The war",
    "treaty" → "Treaty": :func:`_lane_shown`), which the reader's ``_Reader.lane`` reads
    back as the lane (verify51 F13: the lanes a person typed with a capital were saved in
    lower case, while the CSV and TimelineJS exports kept the capital).  A lane of
    ``kept`` (the file's ``kept_lanes``) as it is, and so a lane whose shown name is one
    of them ("treaty" beside a kept "Treaty": read as written, "treaty" is itself).  A
    lane's answer is kept: called once per event."""

    __slots__ = ("_kept", "_shown")

    def __init__(self, kept: frozenset[str] = frozenset()) -> None:
        self._kept = kept
        self._shown: dict[str, str] = {}

    def __call__(self, lane: str) -> str:
        shown = self._shown.get(lane)
        if shown is None:
            shown = _lane_shown(lane)
            if lane in self._kept or shown in self._kept:
                shown = lane
            self._shown[lane] = shown
        return shown


def _written_events(events: list[Event],
                    shown: Callable[[str], str] | None = None) -> list[_WrittenEvent]:
    """The events as the file has them (a date made once for all its copies in a piece;
    each lane as ``shown`` writes it, default ``_LanesAsShown``)."""
    lane_shown = shown or _LanesAsShown()
    lanes: dict[str, str] = {}  # (a lookup an event, not a call)
    lanes_get = lanes.get
    dates: dict[int, _WrittenDate] = {}
    get_date = dates.get
    new_date = _written_date
    written = _WrittenEvent
    out: list[_WrittenEvent] = []
    add = out.append
    for e in events:
        date, end, lane = e.date, e.end, e.category
        add(written(
            e.id, e.title, get_date(id(date)) or new_date(date, dates),
            None if end is None else get_date(id(end)) or new_date(end, dates),
            lanes_get(lane) or lanes.setdefault(lane, lane_shown(lane)), e.participants,
            e.location, e.summary, e.date_basis,
            e.source_id, e.evidence, e.status or UNSET))
    return out


def _written_date(date: FuzzyDate, dates: dict[int, _WrittenDate]) -> _WrittenDate:
    part, mod, limit, time, day_part = date.part, date.mod, date.limit, date.time, \
        date.day_part
    written = dates[id(date)] = _WrittenDate(
        date.to_iso(), date.precision, UNSET if part is None else part,
        True if date.circa else UNSET, UNSET if mod is None else mod,
        UNSET if limit is None else limit, UNSET if time is None else time.to_iso(),
        UNSET if day_part is None else day_part)
    return written


_date_of = operator.attrgetter("date")
_evidence_of = operator.attrgetter("evidence")
_end_of = operator.attrgetter("end")
_mod_of = operator.attrgetter("mod")
_limit_of = operator.attrgetter("limit")
_time_of = operator.attrgetter("time")
_day_part_of = operator.attrgetter("day_part")
_status_of = operator.attrgetter("status")


def _date_json(date: FuzzyDate) -> dict[str, Any]:
    """A date as the file has it, as a dict (for the benchmarks' generator of files)."""
    result: dict[str, Any] = {"value": date.to_iso(), "precision": date.precision.value}
    if date.part is not None:
        result["part"] = date.part
    if date.circa:
        result["circa"] = True
    if date.mod is not None:
        result["mod"] = date.mod
    if date.limit is not None:
        result["limit"] = date.limit
    if date.time is not None:
        result["time"] = date.time.to_iso()
    if date.day_part is not None:
        result["day_part"] = date.day_part
    return result


def dumps(timeline: Timeline) -> str:
    """The timeline as the text of a native file (see :func:`encode_pieces`).

    Args:
        timeline: The timeline to write.

    Returns:
        Pretty-printed JSON (UTF-8 characters kept as they are), ending in a newline.
    """
    return b"".join(encode_pieces(snapshot(timeline))).decode("utf-8")


def save(timeline: Timeline | Snapshot, path: str | os.PathLike[str],
         progress: Callable[[int, int], object] | None = None) -> Fingerprint:
    """Write the timeline to a file atomically (see :func:`.atomic.write_atomically`).

    The file is encoded a piece at a time into the temporary file (see
    :func:`encode_pieces`): a million events' 860 MB never exist whole in memory, nor
    does their text beside their bytes.  A failure part way (a full disk, a text that
    cannot be encoded) removes the temporary file; the target is untouched.

    A symbolic link is followed, so the link keeps pointing at the saved file.  A target
    that exists and is not a regular file (``/dev/null``, a FIFO, a socket) is refused,
    never replaced.

    Args:
        timeline: The timeline to write, or a :func:`snapshot` of one (a save on a worker
            thread writes a snapshot taken on the GUI thread).
        path: The file to write.
        progress: Called after each piece with the items written so far and their total
            (see :func:`encode_pieces`), on the thread that saves, and once more with
            both equal after the flush, right before the rename.  Returning ``False``
            (not merely a falsy value) cancels the save: ``WriteCancelledError``.

    Returns:
        The written file's fingerprint, its SHA-256 taken from the bytes as they were
        written (the file is not read again).

    Raises:
        NotARegularFileError: The target is a device, FIFO, socket or folder (an ``OSError``).
        ReadOnlyFileError: The target is read-only (an ``OSError``).
        OSError: The file could not be written; the previous file is unchanged.
        UnicodeEncodeError: A text holds a lone surrogate; nothing was written.
        WriteCancelledError: ``progress`` returned ``False``; the target is as it was and
            no temporary file is left.
    """
    import hashlib  # here: the loader never needs them

    from .fingerprint import Fingerprint

    snap = timeline if isinstance(timeline, Snapshot) else snapshot(timeline)
    digest = hashlib.sha256()
    total = len(snap.sources) + len(snap.events)

    def going_on(done: int, of: int) -> None:
        if progress is not None and progress(done, of) is False:
            raise WriteCancelledError(os.fspath(path))

    def hashed() -> Iterator[bytes]:
        for piece in encode_pieces(snap, going_on):
            digest.update(piece)
            yield piece

    written = write_atomically(path, hashed(), lambda: going_on(total, total))
    info = os.stat(written)
    return Fingerprint(info.st_size, info.st_mtime_ns, digest.hexdigest())
