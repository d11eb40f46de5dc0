"""Recovery copies: what an unsaved timeline looked like a moment ago, for after a crash.

Each running app writes ``recovery-PID.json`` into one folder (the GUI passes the
application's data folder): a small wrapper around the native file text that also says
which file the timeline came from, what it was called, when the copy was made and how
many events it holds, so the next start can offer it in words before reading it.
Copies are written atomically (:func:`.atomic.write_atomically`); a clean close removes
its own.  A copy whose process is still running belongs to another open window and is
not offered.

A large timeline's copy is a base and a journal of the changes after it
(``io.recovery_journal``: ``recovery-PID.journal``, whose base is the timeline's own file
or the whole copy ``recovery-PID.json`` of the same ``base_id``): :func:`find_recovery_copies`
offers it as one copy, described by its last whole record, and :func:`read_recovery`
reads the base and applies the journal.  Qt-free.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from timeline_app.core import Timeline
from timeline_app.core.model import Event, Source
from timeline_app.records import FrozenRecord

from .atomic import TEMPORARY_SUFFIX, write_atomically
from .errors import FormatError
from .fingerprint import Fingerprint
from .processes import process_alive

if TYPE_CHECKING:
    from .native import Snapshot

__all__ = ["RecoveredChange", "RecoveryCopy", "discard_copy", "find_recovery_copies",
           "may_hold_copies", "may_hold_drafts", "may_hold_editors", "may_hold_reviews",
           "process_alive", "read_recovery", "read_recovery_and_change",
           "read_saved_state", "recovered_change",
           "recovery_file", "remove_dead_temporaries", "restore_bytes", "write_recovery"]

RECOVERY_FORMAT = "diplomatic-timeline-recovery"
_PREFIX = "recovery-"


class RecoveryCopy(FrozenRecord):
    """A recovery copy on disk, described without reading its timeline (a frozen record,
    not a dataclass: defining one costs start-up time, see ``timeline_app/records.py``).

    Attributes:
        file: The recovery file.
        saved_at: When the copy was written (local time, seconds).
        name: The timeline's file name, or its title if it had no file.
        original_path: The file the timeline was loaded from or saved to, if any.
        event_count: How many events the copy holds, its eras among them.
        pid: The process that wrote it.
        original_fingerprint: The original file as it was loaded or last saved, so that a
            restored document still notices that someone else changed that file since.
        era_count: How many of those events are eras (``Timeline.era_ids``), so that
            the question counts them as the status bar does after the restore: "48
            events and 1 era", not "49 events" (verify57 F30); 0 in older copies.
        journal: The journal of changes after the base (``io.recovery_journal``), or
            None for a whole copy alone (then ``file`` is it; with a journal, ``file``
            is the whole copy it follows, or the journal itself when its base is the
            timeline's own file).
        problem: What is wrong with the journal's base, in words for the question
            (``recovery_journal.base_problem``: the file gone or changed), or "".
        base_id: The name a whole copy gives itself as a journal's base (None in a copy
            written as no journal's base, and in older copies).
    """

    _fields = ("file", "saved_at", "name", "original_path", "event_count", "pid",
               "original_fingerprint", "era_count", "journal", "problem", "base_id")
    file: Path
    saved_at: _dt.datetime
    name: str
    original_path: str | None
    event_count: int
    pid: int
    original_fingerprint: Fingerprint | None
    era_count: int
    journal: Path | None
    problem: str
    base_id: str | None

    def __init__(self, file: Path, saved_at: _dt.datetime, name: str,
                 original_path: str | None, event_count: int, pid: int,
                 original_fingerprint: Fingerprint | None = None,
                 era_count: int = 0, journal: Path | None = None, problem: str = "",
                 base_id: str | None = None) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "file", file)
        setattr_(self, "saved_at", saved_at)
        setattr_(self, "name", name)
        setattr_(self, "original_path", original_path)
        setattr_(self, "event_count", event_count)
        setattr_(self, "pid", pid)
        setattr_(self, "original_fingerprint", original_fingerprint)
        setattr_(self, "era_count", era_count)
        setattr_(self, "journal", journal)
        setattr_(self, "problem", problem)
        setattr_(self, "base_id", base_id)


def recovery_file(folder: str | os.PathLike[str], pid: int | None = None) -> Path:
    """This process's (or ``pid``'s) recovery file in ``folder``."""
    return Path(folder) / f"{_PREFIX}{os.getpid() if pid is None else pid}.json"


class CopyCancelledError(Exception):
    """A recovery copy's write was stopped by its ``progress`` (the window closed)."""


def write_recovery(folder: str | os.PathLike[str], timeline: Timeline | Snapshot, name: str,
                   original_path: str | None,
                   original_fingerprint: Fingerprint | None = None,
                   progress: Callable[[int, int], bool] | None = None,
                   era_count: int | None = None, base_id: str | None = None) -> Path:
    """Write this process's recovery copy atomically; creates ``folder`` if needed.

    The copy is the JSON object of ``json.dumps(wrapper, ensure_ascii=False)``, its last
    key ``"timeline"`` the native file's text as a JSON string.  It is written a piece
    of the native file at a time (``native.encode_pieces``), each piece escaped as a
    part of that string by the standard library's C escaper: the bytes are the same as
    the whole text's, which never exists whole in memory, and a worker thread can write
    a copy of a large timeline (``timeline`` a ``native.snapshot``) while the window
    goes on.

    ``progress(done, total)`` is called after each piece (events and sources written,
    of all); returning False stops the write (``CopyCancelledError``), its temporary
    file removed.  ``era_count``: how many of the events are eras, for the question
    asked at the next start (``RecoveryCopy.era_count``); None counts them from a
    ``Timeline`` (``Timeline.era_ids``, kept between calls), 0 for a snapshot.
    ``base_id``: the copy's name as the base of a journal (``io.recovery_journal``),
    written only when given (the copies of before stay byte-identical).

    Raises:
        OSError: the copy could not be written (the previous copy is unchanged).
        CopyCancelledError: ``progress`` returned False; the previous copy is unchanged.
        UnicodeEncodeError: a text holds a lone surrogate; nothing was written.
    """
    import json  # here, as the loader: the start-up does not need them (issue 11)

    from . import native

    snap = timeline if isinstance(timeline, native.Snapshot) else native.snapshot(timeline)
    Path(folder).mkdir(parents=True, exist_ok=True)
    wrapper = {
        "format": RECOVERY_FORMAT,
        "saved_at": _dt.datetime.now().replace(microsecond=0).isoformat(),
        "name": name,
        "original_path": original_path,
        "original_fingerprint": (None if original_fingerprint is None else
                                 original_fingerprint.as_dict()),
        "event_count": len(snap),
        "era_count": (era_count if era_count is not None else
                      len(timeline.era_ids()) if isinstance(timeline, Timeline) else 0),
        "pid": os.getpid(),
        **({} if base_id is None else {"base_id": base_id}),
        "timeline": "",
    }
    head = json.dumps(wrapper, ensure_ascii=False)
    assert head.endswith('""}')
    escape = json.encoder.encode_basestring  # C, as json.dumps's own

    def going_on(done: int, total: int) -> None:
        assert progress is not None
        if progress(done, total) is False:
            raise CopyCancelledError(str(recovery_file(folder)))

    def pieces() -> Iterator[bytes]:
        yield head[:-2].encode("utf-8")  # up to the string's opening quote
        for piece in native.encode_pieces(snap, None if progress is None else going_on):
            # Whole JSON tokens: a piece never ends inside a UTF-8 sequence.
            yield escape(piece.decode("utf-8"))[1:-1].encode("utf-8")
        yield b'"}'

    target = recovery_file(folder)
    write_atomically(target, pieces())
    return target


_HEAD_BYTES = 1024 * 1024
"""How much of a copy :func:`_describe` reads to find its description: the wrapper's
fields come before its last key, ``"timeline"`` (see :func:`write_recovery`)."""

_TIMELINE_KEY = b', "timeline": "'
"""Where the description ends in a copy's text.  No JSON string holds it: a ``"`` inside
one is written ``\\"``, never after ``, ``."""


def _describe(file: Path) -> RecoveryCopy | None:
    """The copy's description, from its first bytes only: a copy of a million events is
    ~1 GB, and reading it whole to learn its name skipped copies over 256 MiB, so a crash
    after an edit of such a timeline offered nothing (new-user trial 10).  None for a
    file that is not a recovery copy."""
    import json

    try:
        with file.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
        end = head.find(_TIMELINE_KEY)
        if end < 0:
            return None
        wrapper = json.loads(head[:end].decode("utf-8") + "}")
        if not isinstance(wrapper, dict) or wrapper.get("format") != RECOVERY_FORMAT:
            return None
        original = wrapper.get("original_path")
        known = wrapper.get("original_fingerprint")
        fingerprint = (Fingerprint(int(known["size"]), int(known["mtime_ns"]),
                                   str(known["sha256"])) if isinstance(known, dict) else None)
        base_id = wrapper.get("base_id")
        return RecoveryCopy(
            file, _dt.datetime.fromisoformat(str(wrapper["saved_at"])), str(wrapper["name"]),
            original if isinstance(original, str) else None, int(wrapper["event_count"]),
            int(wrapper["pid"]), fingerprint, int(wrapper.get("era_count") or 0),
            base_id=base_id if isinstance(base_id, str) else None)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _any_named(folder: str | os.PathLike[str], pattern: str) -> bool:
    """True if ``folder`` holds a file whose name matches the glob ``pattern``."""
    try:
        return any(Path(folder).glob(pattern))
    except OSError:
        return False


def may_hold_copies(folder: str | os.PathLike[str]) -> bool:
    """True if ``folder`` holds any file named like a recovery copy: a glance at the folder
    (no copy is read), False only when :func:`find_recovery_copies` would find none."""
    return _any_named(folder, f"{_PREFIX}*.json") or _any_named(folder, f"{_PREFIX}*.journal")


def may_hold_reviews(folder: str | os.PathLike[str]) -> bool:
    """True if ``folder`` holds any file named like an import review's state
    (``review_recovery``, whose reading needs msgspec: a glance first, at start-up)."""
    return _any_named(folder, "review-*.json")


def may_hold_editors(folder: str | os.PathLike[str]) -> bool:
    """True if ``folder`` holds any file named like an event editor's state (as
    :func:`may_hold_reviews`)."""
    return _any_named(folder, "editor-*.json")


def may_hold_drafts(folder: str | os.PathLike[str]) -> bool:
    """True if ``folder`` holds any file named like the Import Article dialog's kept text
    (as :func:`may_hold_reviews`)."""
    return _any_named(folder, "article-*.json")


def find_recovery_copies(folder: str | os.PathLike[str]) -> list[RecoveryCopy]:
    """Copies left by processes that are no longer running, newest first.

    Unreadable files are skipped (never raised): they are offered nowhere.
    """
    try:
        files = sorted(Path(folder).glob(f"{_PREFIX}*.json"))
        journals = sorted(Path(folder).glob(f"{_PREFIX}*.journal"))
    except OSError:
        return []
    remove_dead_temporaries(folder)
    wholes = {c.file.name: c for c in map(_describe, files) if c is not None}
    for journal in journals:
        with_journal = _describe_journal(journal, wholes.get(journal.stem + ".json"))
        if with_journal is not None:
            wholes[journal.stem + ".json"] = with_journal
    copies = [c for c in wholes.values() if not process_alive(c.pid)]
    return sorted(copies, key=lambda c: c.saved_at, reverse=True)


def _describe_journal(file: Path, whole: RecoveryCopy | None) -> RecoveryCopy | None:
    """The copy a journal and its base make (described by its last whole record), or
    None when it adds nothing to ``whole`` (the whole copy of the same process, if any):
    a journal of no whole record, of another base than ``whole`` (a whole copy written
    after it, killed before the journal went), or older than a whole copy it does not
    follow."""
    from . import recovery_journal

    journal = recovery_journal.read_journal(file, bodies=False)
    if journal is None or not journal.records:
        return None
    base = journal.base
    if base.get("kind") == "copy":
        if whole is None or whole.base_id != base.get("base_id"):
            if whole is not None:
                return None  # stale: its base was replaced
            base_copy = None
        else:
            base_copy = whole.file
    elif base.get("kind") == "file":
        base_copy = None
        if whole is not None:
            try:  # both left: the newer one is the state of last
                if whole.file.stat().st_mtime_ns > file.stat().st_mtime_ns:
                    return None
            except OSError:
                pass
    else:
        return None
    header = journal.header
    last = journal.records[-1]
    original = header.get("original_path")
    known = header.get("original_fingerprint")
    try:
        return RecoveryCopy(
            base_copy or file, last.saved_at, str(header["name"]),
            original if isinstance(original, str) else None, last.event_count,
            int(header["pid"]), recovery_journal._fingerprint(known), last.era_count,
            journal=file, problem=recovery_journal.base_problem(journal, base_copy))
    except (KeyError, TypeError, ValueError):
        return None


def discard_copy(copy: RecoveryCopy) -> None:
    """Delete a copy: its whole copy and its journal, the files of its process in its
    folder, and nothing else: never the timeline's own file that a journal is based on,
    whatever it is called."""
    # ``file`` is a copy found in the folder of copies (``find_recovery_copies``), or the
    # journal itself when its base is the timeline's file: never that file.
    files = [copy.file] if copy.journal is None else [copy.journal, copy.file]
    for file in files:
        if file.parent == files[0].parent and file.name.startswith(_PREFIX):
            file.unlink(missing_ok=True)


def restore_bytes(copy: RecoveryCopy) -> int:
    """About how many bytes a restore of ``copy`` reads (its base and its journal): to
    choose a read in the background.  0 for files that cannot be seen."""
    files = [copy.file]
    if copy.journal is not None:
        files.append(copy.journal)
        from . import recovery_journal

        journal = recovery_journal.read_journal(copy.journal, bodies=False)
        if journal is not None and journal.base.get("kind") == "file":
            files.append(Path(str(journal.base.get("path") or "")))
    total = 0
    for file in dict.fromkeys(files):
        try:
            total += file.stat().st_size
        except OSError:
            pass
    return total


def remove_dead_temporaries(folder: str | os.PathLike[str], prefix: str = _PREFIX
                             ) -> list[str]:
    """Remove the temporary files (``.recovery-PID.json.PID-XXXXXXXX.tmp``, as
    ``write_atomically`` names them) of copies whose process no longer runs: killed while
    it wrote a copy, a process left one for good (verify32, F16: 50 MB at 100 000 events,
    ~0.9 GB at a million), as only a later write of the same name, so of the same PID,
    removed it.  This process's own (a copy being written) and a running one's stay.
    ``prefix``: of another kind of file kept the same way (``"review-"``, an import
    review's state: ``review_recovery``).

    Returns:
        The paths removed (never raises: a file that cannot be removed stays).
    """
    import re

    pattern = re.compile(r"\." + re.escape(prefix) + r"(\d+)\.(?:json|journal)"
                         + TEMPORARY_SUFFIX)
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if m is None or int(m.group(1)) == os.getpid() or process_alive(int(m.group(1))):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(entry.path)
        except OSError:
            continue
    return removed


def read_recovery(copy: RecoveryCopy,
                  progress: Callable[[int, int], bool] | None = None) -> Timeline:
    """The timeline of a recovery copy; any thread.

    A large copy, as :func:`write_recovery` writes it, is read a piece at a time: its
    ``"timeline"`` string is unescaped a few MiB at a time (``_UnescapedText``) into the
    native loader's reader of large files (``native.load_in_pieces``), so that neither
    the copy's text nor the timeline's ever exists whole and no single C call holds the
    GIL for long (a million events' copy is ~0.9 GB; read whole it took seconds of C
    calls that a window beside it waited for).  Any other copy is read whole, which
    words what is wrong with it.

    Args:
        copy: The copy (from :func:`find_recovery_copies`).
        progress: ``progress(done, total)`` now and then (bytes, or 0 of 1 and 1 of 1
            for a copy read whole); returning ``False`` cancels the read.

    A copy with a journal (``copy.journal``) is its base read (the timeline's own file,
    or the whole copy) and the journal's whole records applied
    (``recovery_journal.apply_records``); with its base gone, the journal's events alone
    (``copy.problem`` says so).

    Raises:
        FormatError: the copy is unreadable or not a valid timeline, or the read was
            cancelled (problem ``"cancelled"``, no place).
    """
    if copy.journal is not None:
        return _read_with_journal(copy, progress)
    return _read_whole(copy.file, progress)


def _read_with_journal(copy: RecoveryCopy,
                       progress: Callable[[int, int], bool] | None) -> Timeline:
    """:func:`read_recovery` of a base and its journal."""
    from . import native, recovery_journal

    assert copy.journal is not None
    journal = recovery_journal.read_journal(copy.journal)
    if journal is None:
        raise FormatError(str(copy.journal), None, "not a recovery journal")
    base = journal.base
    timeline: Timeline | None = None
    if base.get("kind") == "file":
        path = str(base.get("path") or "")
        if path and os.path.isfile(path):
            timeline = native.load(path, progress)
    elif copy.file != copy.journal:
        timeline = _read_whole(copy.file, progress)
    if timeline is None:  # the base is gone: what the journal holds
        timeline = Timeline(title=copy.name)
    # (the bar stays full while the records are applied: one pass, after the base's read;
    # a Cancel meanwhile is still heard)
    return recovery_journal.apply_records(
        timeline, journal.records, str(copy.journal),
        None if progress is None else lambda _done, _total: progress(1, 1))


def _read_whole(file: Path, progress: Callable[[int, int], bool] | None) -> Timeline:
    """:func:`read_recovery` of a whole copy."""
    import json  # here, as the loader: the start-up does not need them (issue 11)

    from . import native

    timeline = _read_in_pieces(file, progress)
    if timeline is not None:
        return timeline
    if progress is not None and not progress(0, 1):
        raise FormatError(str(file), None, "cancelled")
    try:
        wrapper = json.loads(file.read_text("utf-8"))
        text = wrapper["timeline"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise FormatError(str(file), None, f"not a recovery copy: {error}") from None
    if not isinstance(text, str):
        raise FormatError(str(file), "timeline", "not a recovery copy")
    timeline = native.loads(text, file)
    if progress is not None:
        progress(1, 1)
    return timeline


_UNESCAPE_BYTES = 4 * 1024 * 1024
"""How much of a copy's escaped text :class:`_UnescapedText` unescapes at a time (one C
call of ``json.loads``, a few milliseconds)."""


def _read_in_pieces(file: Path, progress: Callable[[int, int], bool] | None
                    ) -> Timeline | None:
    """The copy's timeline read a piece at a time (see :func:`read_recovery`), or ``None``
    when it cannot be read so (small, not laid out as written, or wrong anywhere: the
    caller reads it whole, which words the problem).

    Raises:
        FormatError: cancelled.
    """
    from . import native

    try:
        handle = file.open("rb")
    except OSError:
        return None
    with handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size <= native._PIECE_BYTES:
                return None
            span = _text_span(handle, size)
        except OSError:
            return None
        if span is None:
            return None
        first, end = span
        handle.seek(first)

        def read_so_far(_used: int, total: int) -> bool:
            # The copy's bytes read, not the text's unescaped (fewer): the bar fills.
            assert progress is not None
            return progress(min(total, handle.tell() - first), total)

        text = cast(BinaryIO, _UnescapedText(handle, end))  # what the loader reads of it
        return native.load_in_pieces(text, str(file), end - first,
                                     None if progress is None else read_so_far)


def _text_span(handle: BinaryIO, size: int) -> tuple[int, int] | None:
    """Where the ``"timeline"`` string's text lies in a copy: from after its opening
    quote to its closing one, which :func:`write_recovery` puts right before the file's
    last byte (``"}``); ``None`` for a copy laid out otherwise."""
    head = handle.read(_HEAD_BYTES)
    key = head.find(_TIMELINE_KEY)
    if key < 0:
        return None
    first = key + len(_TIMELINE_KEY)
    handle.seek(max(first, size - 64))
    tail = handle.read()
    if not tail.endswith(b'"}') or size - 2 < first:
        return None
    body = tail[:-2]
    slashes = len(body) - len(body.rstrip(b"\\"))
    if (slashes == len(body) and size - 64 > first) or slashes % 2:
        return None  # the quote is escaped (or cannot be told): not the string's end
    return first, size - 2


class _UnescapedText(io.RawIOBase):
    """A copy's ``"timeline"`` string as the native text it holds, UTF-8, unescaped a
    piece of ``_UNESCAPE_BYTES`` at a time as it is read (the standard library's C
    string scanner: ``json.loads`` of the piece in quotes).

    A piece ends on a whole character and a whole escape: before the run of backslashes
    that any escape in its last 6 bytes (``\\uXXXX`` is the longest) begins with.
    Anything that does not unescape raises ``OSError`` (the loader then gives up reading
    in pieces, and the copy is read whole, which words it).
    """

    def __init__(self, handle: BinaryIO, end: int) -> None:
        super().__init__()
        self._handle = handle  # at the text's first byte
        self._left = end - handle.tell()  # escaped bytes not read yet
        self._carry = b""  # read, not unescaped yet (the start of a character or escape)
        self._out = b""
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._at >= len(self._out):
            self._out, self._at = self._more(), 0
        count = min(len(view), len(self._out) - self._at)
        view[:count] = memoryview(self._out)[self._at:self._at + count]
        self._at += count
        return count

    def _more(self) -> bytes:
        import json

        raw, cut = self._carry, 0
        while cut <= 0:  # (a piece of nothing but backslashes takes the next one too)
            if not self._left:
                cut = len(raw)
                if not cut:
                    return b""
                break
            read = self._handle.read(min(self._left, _UNESCAPE_BYTES))
            if not read:
                raise OSError("the recovery copy ended early")
            self._left -= len(read)
            raw += read
            cut = _whole_escapes(raw) if self._left else len(raw)
        self._carry = raw[cut:]
        try:
            return str(json.loads(b'"' + raw[:cut] + b'"')).encode("utf-8")
        except (ValueError, UnicodeError) as error:
            raise OSError(f"not a recovery copy's text: {error}") from None


def _whole_escapes(raw: bytes) -> int:
    """Where ``raw`` (escaped JSON string text, UTF-8) may be cut: after its last whole
    character, and before any escape that may be incomplete."""
    cut = back = len(raw)
    while back > cut - 3 and back and 0x80 <= raw[back - 1] < 0xC0:  # continuation bytes
        back -= 1
    if back and raw[back - 1] >= 0xC0:  # the lead byte of the last character
        lead = raw[back - 1]
        if cut - back + 1 < (2 if lead < 0xE0 else 3 if lead < 0xF0 else 4):
            cut = back - 1  # not read whole: it goes with the next piece
    slash = raw.rfind(b"\\", max(0, cut - 6), cut)
    if slash >= 0:
        while slash and raw[slash - 1] == 0x5C:  # the run's first backslash
            slash -= 1
        cut = slash
    return cut


#: The timeline's own fields a restored copy may have changed, beside its events and
#: articles (``RecoveredChange``).
TIMELINE_FIELDS = ("title", "description", "category_colors", "lane_order", "era_lanes",
                   "titles_by_hand", "left_out")


class RecoveredChange:
    """What a restored recovery copy changed in the timeline as last saved: the one undo
    step "Restore recovered changes" (``commands.RestoreRecoveredCommand``), whose undo
    gives the saved file back.

    Why one step, not the edits one by one: a copy holds states, not edits.  A whole
    copy is the timeline as it was a second after the last edit; a journal's records
    (``io.recovery_journal``) are the changes between two copies, each gathering the
    edits of that second, with no undo step's name or order.  What can be undone is the
    difference between the saved file and the copy.

    Attributes:
        removed: The saved file's events the copy no longer has.
        added: The copy's events the saved file does not have.
        old: The saved file's events the copy changed (the same ids as ``new``).
        new: Those events as the copy has them.
        sources_before: The saved file's articles, by id (only when they differ).
        sources_after: The copy's articles, by id (only when they differ).
        fields_before: The saved file's ``TIMELINE_FIELDS`` that differ, by name.
        fields_after: The copy's values of those fields.
    """

    __slots__ = ("added", "fields_after", "fields_before", "new", "old", "removed",
                 "sources_after", "sources_before")

    def __init__(self, removed: list[Event], added: list[Event], old: list[Event],
                 new: list[Event], sources_before: dict[str, Source] | None,
                 sources_after: dict[str, Source] | None, fields_before: dict[str, Any],
                 fields_after: dict[str, Any]) -> None:
        self.removed, self.added, self.old, self.new = removed, added, old, new
        self.sources_before, self.sources_after = sources_before, sources_after
        self.fields_before, self.fields_after = fields_before, fields_after

    @property
    def counts(self) -> tuple[int, int, int]:
        """(events added, changed, removed) by the copy."""
        return len(self.added), len(self.new), len(self.removed)


def read_recovery_and_change(copy: RecoveryCopy,
                             progress: Callable[[int, int], bool] | None = None
                             ) -> tuple[Timeline, RecoveredChange]:
    """:func:`read_recovery`, with what the copy changed in its saved file
    (:class:`RecoveredChange`); any thread.  A journal on the timeline's own file, still
    there, gives the change from its records and the base as read (the base is not read
    a second time: seconds at a million events); any other copy is compared with its
    file read again (:func:`read_saved_state`, :func:`recovered_change`).

    Raises:
        FormatError: as :func:`read_recovery`.
    """
    from . import native, recovery_journal

    journal = (recovery_journal.read_journal(copy.journal) if copy.journal is not None
               else None)
    path = str(journal.base.get("path") or "") if journal is not None else ""
    if (journal is None or journal.base.get("kind") != "file" or not path
            or path != copy.original_path or not os.path.isfile(path)):
        timeline = read_recovery(copy, progress)
        return timeline, recovered_change(read_saved_state(copy), timeline)
    timeline = native.load(path, progress)
    before = {name: _copied(getattr(timeline, name)) for name in TIMELINE_FIELDS}
    sources = dict(timeline.sources)
    replaced: dict[str, Event | None] = {}
    recovery_journal.apply_records(
        timeline, journal.records, str(copy.journal),
        None if progress is None else lambda _done, _total: progress(1, 1), replaced)
    removed, added, old, new = [], [], [], []
    for event_id, was in replaced.items():
        now = timeline.get(event_id) if event_id in timeline else None
        if was is None and now is not None:
            added.append(now)
        elif was is not None and now is None:
            removed.append(was)
        elif was is not None and now is not None and was != now:
            old.append(was)
            new.append(now)
    changed = [name for name in TIMELINE_FIELDS if before[name] != getattr(timeline, name)]
    same_sources = sources == timeline.sources
    return timeline, RecoveredChange(
        removed, added, old, new, None if same_sources else sources,
        None if same_sources else dict(timeline.sources),
        {name: before[name] for name in changed},
        {name: getattr(timeline, name) for name in changed})


def _copied(value: Any) -> Any:
    """A field's value kept as it is now (a list, dict or set copied: the records'
    application replaces them, but a copy costs nothing at their sizes)."""
    return type(value)(value) if isinstance(value, (list, dict, set)) else value


def read_saved_state(copy: RecoveryCopy) -> Timeline | None:
    """The timeline as last saved that ``copy``'s edits were made to: its file
    (``copy.original_path``) read as it is on disk now; any thread.  ``None`` when the
    timeline had no file, or it is gone or no longer readable (the step then goes back
    to an empty timeline: ``recovered_change``)."""
    from . import native

    path = copy.original_path
    if not path or not os.path.isfile(path):
        return None
    try:
        return native.load(path)
    except (FormatError, OSError):
        return None


def recovered_change(saved: Timeline | None, recovered: Timeline) -> RecoveredChange:
    """What ``recovered`` (a restored copy) changed in ``saved`` (``read_saved_state``;
    ``None``: an empty, untitled timeline); any thread.  One dictionary look-up and one
    comparison an event: 1.6 s of CPU for a million events, 0.15 s for 100 000
    (``benchmarks/bench_recovered_change.py``, session 51)."""
    before = saved if saved is not None else Timeline()
    removed = [event for event in before if event.id not in recovered]
    added: list[Event] = []
    old: list[Event] = []
    new: list[Event] = []
    for event in recovered:
        if event.id not in before:
            added.append(event)
            continue
        was = before.get(event.id)
        if was != event:
            old.append(was)
            new.append(event)
    fields_before: dict[str, Any] = {}
    fields_after: dict[str, Any] = {}
    for name in TIMELINE_FIELDS:
        if getattr(before, name) != getattr(recovered, name):
            fields_before[name] = getattr(before, name)
            fields_after[name] = getattr(recovered, name)
    same_sources = before.sources == recovered.sources
    return RecoveredChange(removed, added, old, new,
                           None if same_sources else dict(before.sources),
                           None if same_sources else dict(recovered.sources),
                           fields_before, fields_after)
