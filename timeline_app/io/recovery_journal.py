"""A recovery copy whose cost follows the edit: a base and a journal of changes.

A whole recovery copy (:func:`.recovery.write_recovery`) costs what the timeline costs:
one date step on a million events wrote 790 MB, 12.8 s of CPU, and a crash in those
seconds lost the edit (verify60 F19).  From ``JOURNAL_FROM`` events on, the window's
autosave (``ui.autosave``) keeps instead:

* a **base**: the timeline's own native file, when it is the saved state and its
  fingerprint on disk still matches (``io.fingerprint``: size and mtime, SHA-256 when
  they differ); otherwise one whole copy, ``recovery-PID.json`` as before, which names
  itself with a ``base_id``;
* a **journal**, ``recovery-PID.journal``: a header line naming the base, then one
  record per copy, each the changes since the one before it: the events added or
  changed (a small native file of just those events, with the articles they cite and
  the timeline's title, description, lane colours, lane order and era lanes), the ids
  of the events and articles removed, and, when they changed, the titles typed by hand
  and the readings left out of imports.

The journal is created with :func:`.atomic.write_atomically` (header and first record)
and then appended to, a record at a time, each framed by a line giving its length and
CRC-32 (``"LENGTH CRC32 EVENTS ERAS SAVED_AT\\n"`` then ``LENGTH`` bytes and ``\\n``): a
record cut short by a kill in the middle of its write (a torn tail) fails its length or
CRC and is ignored with anything after it, so the copy restored is the one before that
edit.  A journal whose base copy was replaced (another ``base_id``) is stale and not read.

Restoring reads the base (the file, or the whole copy) and applies the records in one
pass (:func:`apply_records`: the last state of each event, one ``remove_many`` and one
``add_many``, so an edited event keeps its place among those of its day).  When the base
file is gone, only the journal's events are restored; when it changed on disk, the
journal is applied to the file as it is now; :func:`base_problem` says which in words for
the question asked before.  Qt-free.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline_app.core import Timeline
from timeline_app.core.model import Event, Source

from .atomic import write_atomically
from .errors import FormatError
from .fingerprint import Fingerprint, same_file_content

if TYPE_CHECKING:
    from timeline_app.core.model import LeftOut

__all__ = ["JOURNAL_FORMAT", "JOURNAL_FROM", "JOURNAL_MOST_BYTES", "Journal", "Record",
           "append_record", "apply_records", "base_problem", "cited_by", "encode_record",
           "journal_file", "read_journal", "reframed", "start_journal"]

JOURNAL_FORMAT = "diplomatic-timeline-recovery-journal"

#: From this many events on, the autosave keeps a base and a journal; a smaller
#: timeline's whole copy is written in milliseconds (as ``SAVE_IN_BACKGROUND_FROM``).
JOURNAL_FROM = 5_000

#: Past this many bytes of journal, the next copy is a whole one (a new base) and the
#: journal starts again: a restore never replays much more than a base's worth.
JOURNAL_MOST_BYTES = 64 * 1024 * 1024

_PREFIX = "recovery-"


def journal_file(folder: str | os.PathLike[str], pid: int | None = None) -> Path:
    """This process's (or ``pid``'s) journal in ``folder``."""
    return Path(folder) / f"{_PREFIX}{os.getpid() if pid is None else pid}.journal"


class Record:
    """One record of a journal, as read: the changes since the record before it.

    Attributes:
        saved_at: When it was written (local time, seconds).
        event_count: The timeline's events after it, its eras among them.
        era_count: How many of those are eras.
        body: The record's bytes (decoded by :func:`apply_records`).
    """

    __slots__ = ("body", "era_count", "event_count", "saved_at")

    def __init__(self, saved_at: _dt.datetime, event_count: int, era_count: int,
                 body: bytes) -> None:
        self.saved_at = saved_at
        self.event_count = event_count
        self.era_count = era_count
        self.body = body


class Journal:
    """A journal as read: its header (``base``: ``{"kind": "file", "path", "fingerprint"}``
    or ``{"kind": "copy", "base_id"}``; ``name``, ``original_path``,
    ``original_fingerprint``, ``pid``) and its whole records; ``torn`` when its last
    record was cut short (and ignored)."""

    __slots__ = ("file", "header", "records", "torn")

    def __init__(self, file: Path, header: dict[str, Any], records: list[Record],
                 torn: bool) -> None:
        self.file = file
        self.header = header
        self.records = records
        self.torn = torn

    @property
    def base(self) -> dict[str, Any]:
        base = self.header.get("base")
        return base if isinstance(base, dict) else {}

    @property
    def base_fingerprint(self) -> Fingerprint | None:
        return _fingerprint(self.base.get("fingerprint"))


def _fingerprint(known: object) -> Fingerprint | None:
    if not isinstance(known, dict):
        return None
    try:
        return Fingerprint(int(known["size"]), int(known["mtime_ns"]), str(known["sha256"]))
    except (KeyError, TypeError, ValueError):
        return None


def encode_record(events: Iterable[Event], removed: Iterable[str],
                  sources: Iterable[Source], sources_removed: Iterable[str],
                  timeline_fields: dict[str, Any], event_count: int, era_count: int,
                  titles_by_hand: Iterable[str] | None = None,
                  left_out: list[LeftOut] | None = None) -> bytes:
    """One record's bytes, framed (see the module's docstring); any thread.

    Args:
        events: The events added or changed since the last record (their current state).
        removed: The ids of the events removed since then.
        sources: The articles added or changed since then, and those ``events`` cite
            (the native reader checks them: :func:`cited_by`).
        sources_removed: The ids of the articles removed since then.
        timeline_fields: ``title``, ``description``, ``category_colors``, ``lane_order``,
            ``era_lanes`` as the timeline has them now (small: written every time).
        event_count: How many events the timeline holds now.
        era_count: How many of those are eras.
        titles_by_hand: All the ids of titles typed by hand, when they changed; else None.
        left_out: All the readings left out of imports, when they changed; else None.

    Raises:
        UnicodeEncodeError: a text holds a lone surrogate.
    """
    from . import native

    events = list(events)
    by_id = {source.id: source for source in sources}
    meta: dict[str, Any] = {"removed": list(removed), "sources_removed": list(sources_removed)}
    if titles_by_hand is not None:
        meta["titles_by_hand"] = sorted(titles_by_hand)
    meta["left_out"] = left_out is not None
    snap = native.Snapshot(
        timeline_fields["title"], timeline_fields["description"], list(by_id.values()),
        events, timeline_fields["category_colors"], timeline_fields["lane_order"],
        timeline_fields["era_lanes"], None, left_out)
    body = (json.dumps(meta, ensure_ascii=False).encode("utf-8") + b"\n"
            + b"".join(native.encode_pieces(snap)))
    saved_at = _dt.datetime.now().replace(microsecond=0).isoformat()
    head = f"{len(body)} {zlib.crc32(body):08x} {event_count} {era_count} {saved_at}\n"
    return head.encode("ascii") + body + b"\n"


def cited_by(events: Iterable[Event], sources: dict[str, Source]) -> list[Source]:
    """The articles of ``sources`` that ``events`` cite (their own, their sentences'),
    each once: what a record holds beside its events (on the GUI thread: the timeline's
    ``sources`` change there)."""
    from timeline_app.core.sourced import cited_sources

    found: dict[str, Source] = {}
    for source_id in cited_sources(events):
        if source_id not in found and source_id in sources:
            found[source_id] = sources[source_id]
    return list(found.values())


def reframed(record: Record) -> bytes:
    """A record as read, framed again to be written into another journal (a restored
    copy's records kept by the window that restored it: ``ui.autosave``)."""
    saved_at = record.saved_at.isoformat()
    head = (f"{len(record.body)} {zlib.crc32(record.body):08x} {record.event_count} "
            f"{record.era_count} {saved_at}\n")
    return head.encode("ascii") + record.body + b"\n"


def start_journal(folder: str | os.PathLike[str], base: dict[str, Any], name: str,
                  original_path: str | None, original_fingerprint: Fingerprint | None,
                  records: Iterable[bytes] = ()) -> Path:
    """Write this process's journal anew, atomically: its header and ``records``
    (from :func:`encode_record`), replacing any journal before it.

    Args:
        base: ``{"kind": "file", "path": P, "fingerprint": F.as_dict()}`` (the timeline's
            own file, its saved state) or ``{"kind": "copy", "base_id": ID}`` (the whole
            copy ``recovery-PID.json`` whose wrapper says that ``base_id``).

    Raises:
        OSError: it could not be written (the journal before it is unchanged).
    """
    Path(folder).mkdir(parents=True, exist_ok=True)
    header = {"format": JOURNAL_FORMAT, "pid": os.getpid(), "name": name,
              "original_path": original_path,
              "original_fingerprint": (None if original_fingerprint is None else
                                       original_fingerprint.as_dict()),
              "base": base}
    target = journal_file(folder)

    def pieces() -> Iterator[bytes]:
        yield json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n"
        yield from records

    write_atomically(target, pieces())
    return target


def append_record(file: str | os.PathLike[str], record: bytes) -> None:
    """Append one record (from :func:`encode_record`) to a journal.

    Only onto a regular file (never a device or FIFO named so); flushed and fsync'ed.  A
    write that fails part way is cut back off, so that the next record does not follow a
    torn one (which the reader would stop at); if that fails too, the journal is stale
    and the caller starts a new base.

    Raises:
        OSError: not appended (``FileNotFoundError``: no journal; the caller starts one).
    """
    # Not through a symbolic link; a FIFO without a reader fails at once (``O_NONBLOCK``,
    # which a regular file ignores) instead of blocking the worker for ever.
    fd = os.open(file, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"{os.fspath(file)} is not a regular file")
        try:
            view = memoryview(record)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except OSError:
            try:
                os.ftruncate(fd, info.st_size)
            except OSError:
                pass
            raise
    finally:
        os.close(fd)


def read_journal(file: str | os.PathLike[str], bodies: bool = True) -> Journal | None:
    """A journal's header and its whole records (a torn last record ignored), or None
    for a file that is not a journal.  ``bodies``: False reads only the records' framing
    lines (for describing a copy at start-up: the bodies are skipped, not read)."""
    path = Path(file)
    try:
        handle = path.open("rb")
    except OSError:
        return None
    with handle:
        try:
            header = json.loads(handle.readline(1024 * 1024).decode("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(header, dict) or header.get("format") != JOURNAL_FORMAT:
            return None
        records: list[Record] = []
        torn = False
        while True:
            try:
                line = handle.readline(256)
            except OSError:
                torn = True
                break
            if not line:
                break
            try:
                length_text, crc_text, events, eras, saved_at = \
                    line.decode("ascii").split()
                length, crc = int(length_text), int(crc_text, 16)
                when = _dt.datetime.fromisoformat(saved_at)
                counts = int(events), int(eras)
            except (UnicodeDecodeError, ValueError):
                torn = True
                break
            if not line.endswith(b"\n"):
                torn = True
                break
            if bodies:
                body = handle.read(length + 1)
                if len(body) != length + 1 or body[-1:] != b"\n" or \
                        zlib.crc32(body[:-1]) != crc:
                    torn = True
                    break
                body = body[:-1]
            else:
                at = handle.tell()
                size = os.fstat(handle.fileno()).st_size
                if at + length + 1 > size:
                    torn = True
                    break
                handle.seek(at + length + 1)
                body = b""
            records.append(Record(when, counts[0], counts[1], body))
    return Journal(path, header, records, torn)


def base_problem(journal: Journal, base_copy: Path | None) -> str:
    """What is wrong with a journal's base, in words for the recovery question, or ""."""
    base = journal.base
    if base.get("kind") == "file":
        path = str(base.get("path") or "")
        known = journal.base_fingerprint
        name = Path(path).name or "its file"
        if not path or not os.path.isfile(path):
            return (f"{name}, which these changes were made to, is gone: only the events "
                    "you added or changed are restored; the rest of the timeline is lost.")
        if known is None or not same_file_content(path, known):
            return (f"{name} was changed by someone else after these changes were "
                    "made: they are applied to the file as it is now (check the result).")
        return ""
    if base_copy is None:
        return ("The whole copy these changes were made to is gone: only the events you "
                "added or changed are restored; the rest of the timeline is lost.")
    return ""


def _decoded(record: Record, name: str) -> tuple[dict[str, Any], Timeline]:
    from . import native

    meta_end = record.body.find(b"\n")
    try:
        meta = json.loads(record.body[:meta_end].decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise FormatError(name, None, f"not a recovery journal: {error}") from None
    if not isinstance(meta, dict):
        raise FormatError(name, None, "not a recovery journal")
    return meta, native.loads(record.body[meta_end + 1:], name)


def apply_records(timeline: Timeline, records: list[Record], name: str,
                  progress: Callable[[int, int], bool] | None = None,
                  replaced: dict[str, Event | None] | None = None) -> Timeline:
    """``timeline`` (the base, read) with ``records`` applied, in one pass: the last
    state of each event named in any of them, removed with one ``remove_many`` and put
    back (or not, if removed) with one ``add_many``; the articles likewise; the
    timeline's own fields as the last record has them.  An id removed that the base does
    not hold (a base changed on disk, or gone) is skipped.  ``replaced``, when given,
    gets each id the records name with the base's event of that id (None: the base had
    none): with the records' events, what the journal changed in its base, found without
    reading the base again (``recovery.read_recovery_and_change``).

    Raises:
        FormatError: a record is not readable (a whole one: torn ones are never given),
            or ``progress`` returned False (problem ``"cancelled"``).
    """
    events: dict[str, Event | None] = {}
    sources: dict[str, Source | None] = {}
    last: Timeline | None = None
    titles: list[str] | None = None
    left_out: list[LeftOut] | None = None
    for done, record in enumerate(records):
        if progress is not None and progress(done, len(records)) is False:
            raise FormatError(name, None, "cancelled")
        meta, part = _decoded(record, name)
        for event_id in meta.get("removed") or ():
            events[str(event_id)] = None
        for event in part.events:
            events[event.id] = event
        for source_id in meta.get("sources_removed") or ():
            sources[str(source_id)] = None
        sources.update(part.sources)
        if isinstance(meta.get("titles_by_hand"), list):
            titles = [str(i) for i in meta["titles_by_hand"]]
        if meta.get("left_out"):
            left_out = list(part.left_out)
        last = part
    if last is None:
        return timeline
    gone = [event_id for event_id in events if event_id in timeline]
    if replaced is not None:
        replaced.update((event_id, None) for event_id in events)
        replaced.update((event_id, timeline.get(event_id)) for event_id in gone)
    timeline.remove_many(gone)
    timeline.add_many([event for event in events.values() if event is not None])
    for source_id, source in sources.items():
        if source is None:
            timeline.sources.pop(source_id, None)
        else:
            timeline.sources[source_id] = source
    timeline.title, timeline.description = last.title, last.description
    timeline.category_colors = dict(last.category_colors)
    timeline.lane_order = list(last.lane_order)
    timeline.era_lanes = last.era_lanes
    if titles is not None:
        timeline.titles_by_hand = set(titles)
    if left_out is not None:
        timeline.left_out = left_out
    return timeline
