"""Autosave: while a document has unsaved changes, keep a recovery copy of it.

A copy is written every ``PERIOD_MS`` and after every change once the user has paused
for ``QUIET_MS`` (so typing in a burst of edits writes once), into the application's
data folder (``QStandardPaths.AppDataLocation``/recovery, or ``$TIMELINE_APP_RECOVERY_DIR``).
Saving, undoing back to the saved state, opening another file and a clean close remove it.

What a copy costs follows the edit, not the timeline (verify60 F19: one date step on a
million events wrote 790 MB, 12.8 s of CPU, and the edit was lost if the app died in
those seconds).  Under ``JOURNAL_FROM`` events a copy is the whole timeline
(``recovery-PID.json``, milliseconds).  From ``JOURNAL_FROM`` on, the copy is a **base**
and a **journal** (``io.recovery_journal``):

* the base is the document's own file while it holds the saved state (the undo stack
  was clean since the changes began, and the file's fingerprint on disk still matches:
  ``io.fingerprint``), else one whole copy written in the background, as before;
* each copy after that appends to ``recovery-PID.journal`` only what changed since the
  one before: the ids the document's signals named (``event_added``, ``event_changed``,
  ``event_removed``, ``events_replaced``), the articles added or removed, the timeline's
  own fields, the titles typed by hand and the readings left out when they changed.
  One date step is a record of a few kilobytes, written a second after the edit;
* past ``JOURNAL_MOST_BYTES`` of journal, or a change of more than ``WHOLE_FROM_SHARE``
  of the events in one copy, or a base file changed on disk, or a journal write that
  failed, the next copy is a whole one again (a new base; the journal starts over);
* a restored journal on a file still as it was is adopted (:meth:`Autosaver.adopt`):
  this window's journal starts with its records, and a restored large timeline is not
  written whole either.

A write started by the 30-second period stops the quiet second's timer, and a copy
follows the one being written only if something changed since its snapshot: one edit
made in the second before the period's tick wrote the whole timeline twice (the
period's copy, then the quiet second's of the same state: F19's 1.6 GB for one edit).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from timeline_app.document import SAVE_IN_BACKGROUND_FROM, Document, writes_in_background

if TYPE_CHECKING:
    from timeline_app.core.model import Source
    from timeline_app.io.recovery import RecoveryCopy
    from timeline_app.ui.jobs import BackgroundJob

#: Tests and portable set-ups point this at a folder of their own.
RECOVERY_DIR_ENV = "TIMELINE_APP_RECOVERY_DIR"
PERIOD_MS = 30_000
QUIET_MS = 1_000
#: A copy that would hold more than this share of the timeline's events as changes is
#: written whole instead (a new base): a restore then reads one file, not a base and a
#: journal nearly as large.
WHOLE_FROM_SHARE = 0.25


def recovery_folder() -> str:
    """Where recovery copies live."""
    folder = os.environ.get(RECOVERY_DIR_ENV)
    if folder:
        return folder
    # Imported here: its class makes two enums (23 members), and the start-up asks for the
    # folder only once the timeline is painted (see ``Autosaver.folder``; issue 11).
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return os.path.join(base or os.path.expanduser("~/.diplomatic-timeline"), "recovery")


#: How long closing the window waits for a cancelled copy to stop (s): it stops at its
#: next piece of 1 000 events, milliseconds away.
STOP_WAIT_S = 5.0


def _unchanged(path: str, size: int, mtime_ns: int) -> bool:
    """Whether the file at ``path`` still has this size and time (one ``stat``, on the GUI
    thread: a file merely touched counts as changed, and the next copy is a whole one,
    where ``same_file_content`` would hash it, a second for 600 MB)."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    return (info.st_size, info.st_mtime_ns) == (size, mtime_ns)


class _CopyJob:
    """A recovery copy written on a worker thread, and when it ended (any thread)."""

    def __init__(self, job: BackgroundJob, journal: bool = False,
                 base_id: str | None = None) -> None:
        self.job = job
        #: A record appended to the journal (True), or a whole copy (``base_id``: the
        #: new base it makes, ``recovery_journal``).
        self.journal = journal
        self.base_id = base_id
        self.done = threading.Event()
        job.signals.finished.connect(lambda _result: self.done.set(),
                                     Qt.ConnectionType.DirectConnection)
        job.signals.failed.connect(lambda _error: self.done.set(),
                                   Qt.ConnectionType.DirectConnection)


class Autosaver(QObject):
    """Keeps the recovery copy of one document.

    ``last_error`` holds why the latest write failed ("" when it worked).

    Signals:
        copy_failed(str): a copy could not be written after the last one was (or none
            had been tried): the system's reason, e.g. "No space left on device".  Once
            per run of failures: the next change tries again without a word.
        copy_works(): a copy was written again after ``copy_failed``.
    """

    copy_failed = Signal(str)
    copy_works = Signal()

    def __init__(self, document: Document, folder: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._folder = folder or None  # recovery_folder() when first asked for
        self.last_error = ""
        # Changed since the last copy: the periodic copy rewrites nothing that is already kept.
        self._stale = False
        self._period = QTimer(self)
        self._period.setInterval(PERIOD_MS)
        self._period.timeout.connect(self._on_period)
        self._period.start()
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.write_soon)
        #: The copy being written on a worker thread (see ``write_soon``), and whether
        #: another must follow it (a change, or a copy asked for, while it was written).
        self._job: _CopyJob | None = None
        self._again = False
        self._then: list[Callable[[], object]] = []  # see write_soon
        document.undo_stack.indexChanged.connect(self._on_change)
        document.properties_changed.connect(self._on_change)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        document.reset.connect(self._on_reset)
        # -- the journal (``io.recovery_journal``), from JOURNAL_FROM events on ----------
        #: The ids of the events added, changed or removed since the base or the last
        #: record, in order (a dict as an ordered set).
        self._touched: dict[str, None] = {}
        #: The base on disk that the journal follows (``start_journal``'s ``base``), or
        #: None: the next copy of a large timeline is a whole one.
        self._base: dict[str, Any] | None = None
        self._journal_started = False  # the journal of ``_base`` is on disk
        self._journal_bytes = 0
        #: A restored copy's records, framed, that our journal starts with (``adopt``).
        self._adopted: list[bytes] = []
        self._forget_changes(file_is_base=not document.is_modified)
        document.event_added.connect(self._touch)
        document.event_changed.connect(self._touch)
        document.event_removed.connect(self._touch)
        document.events_replaced.connect(self._touch_many)
        document.sources_changed.connect(self._on_sources_changed)

    @property
    def folder(self) -> str:
        """The folder of the recovery copies: ``folder`` as given, else ``recovery_folder()``
        when first asked for (the first copy written, or the recovery offer after the
        first paint), not while the window is built (issue 11: start-up to first paint)."""
        if self._folder is None:
            self._folder = recovery_folder()
        return self._folder

    @property
    def file(self) -> str:
        """The whole copy (``recovery-PID.json``)."""
        from timeline_app.io import recovery  # not before the first paint (issue 11)

        return str(recovery.recovery_file(self.folder))

    @property
    def journal(self) -> str:
        """The journal of changes after the base (``recovery-PID.journal``)."""
        from timeline_app.io import recovery_journal

        return str(recovery_journal.journal_file(self.folder))

    # -- what changed since the base or the last record ---------------------------------
    def _touch(self, event_id: str) -> None:
        self._touched[event_id] = None

    def _touch_many(self, event_ids: tuple[str, ...]) -> None:
        self._touched.update(dict.fromkeys(event_ids))

    def _on_sources_changed(self) -> None:
        self._sources_dirty = True

    def _forget_changes(self, file_is_base: bool) -> None:
        """The timeline as it is now is kept on disk (its file, or a whole copy's
        snapshot): changes are counted from here.  ``file_is_base``: the document's file
        holds it (the saved state), so it can be the base of a journal."""
        timeline = self._document.timeline
        self._touched = {}
        self._sources_dirty = False
        self._sources_seen: dict[str, Source] = dict(timeline.sources)  # one C-level copy
        self._titles_seen = frozenset(timeline.titles_by_hand)
        self._left_out_seen: object = timeline.left_out
        self._file_is_base = file_is_base and bool(self._document.path)

    def _on_change(self, *_args: object) -> None:
        self._stale = True
        self._quiet.start()  # restarts: the copy is written after a quiet second

    def _on_period(self) -> None:
        # A burst of edits longer than 30 s still gets a copy; so does a failed write.
        if self._stale:
            self.write_soon()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self._quiet.stop()
            self._cancel_copy()
            self.remove()
            self._start_over(file_is_base=True)
        elif self._document.undo_stack.cleanIndex() < 0:
            # No state of the undo stack is the file's any more (a restored copy, a save
            # that the document outran): the file cannot be a base.
            self._file_is_base = False
            if self._base is not None and self._base.get("kind") == "file":
                self._start_over(file_is_base=False)

    def _start_over(self, file_is_base: bool) -> None:
        self._forget_changes(file_is_base)
        self._base = None
        self._journal_started = False
        self._journal_bytes = 0
        self._adopted = []

    def adopt(self, copy: RecoveryCopy) -> bool:
        """After ``copy`` was restored into the document: when it is a journal on the
        document's own file, still as it was, this window's journal starts with its
        records (copied as they are), so that a restored large timeline is not written
        whole (11 s of CPU and 900 MB at a million events).  Call it once the document is
        modified (``resetClean``).  Returns whether it was adopted; else the next copy is
        a whole one, as for any restored timeline."""
        from timeline_app.io import recovery_journal as journal

        document = self._document
        if (copy.journal is None or copy.problem or not document.is_modified
                or len(document.timeline) < journal.JOURNAL_FROM):
            return False
        read = journal.read_journal(copy.journal)
        known = None if read is None else read.base_fingerprint
        if (read is None or known is None or read.base.get("kind") != "file"
                or not document.path or read.base.get("path") != document.path
                or not _unchanged(document.path, known.size, known.mtime_ns)):
            return False
        self._start_over(file_is_base=False)  # changes are counted from the restored state
        self._base = {"kind": "file", "path": document.path, "fingerprint": known.as_dict()}
        self._adopted = [journal.reframed(record) for record in read.records]
        self._journal_bytes = sum(map(len, self._adopted))
        return True

    def _on_reset(self) -> None:
        # Another timeline replaced this one: a restored one is modified and gets a copy soon.
        if self._document.is_modified:
            self._start_over(file_is_base=False)
            self._stale = True
            self._quiet.start()
        else:
            self._quiet.stop()
            self._cancel_copy()
            self.remove()
            self._start_over(file_is_base=True)

    def _cancel_copy(self) -> None:
        """Nothing is unsaved any more: a copy being written on a worker thread stops (its
        temporary file removed) instead of landing after ``remove``, where a kill before
        it ended (``_copy_ended`` removes it) left a copy of the saved state that the next
        start offered as unsaved changes (verify32, F9: 100 000 events killed 0.6 s after
        Save)."""
        if self._job is not None:
            self._job.job.cancel()
            self._again = False

    def write_soon(self, then: Callable[[], object] | None = None) -> None:
        """Write the copy if there are unsaved changes: at once for a timeline under
        ``SAVE_IN_BACKGROUND_FROM`` events, else on a worker thread (the timeline as it
        is now: a snapshot), the window going on meanwhile (100 000 events held it
        ~3 s a copy before session 9).  One copy at a time, the newest last: a copy
        asked for while one is written follows it.

        Args:
            then: Called once this copy is written, or no copy is needed any more (the
                document saved, the window closed); not if the write fails (it is kept
                for the next one).  A restored copy is removed so: never before ours.
        """
        if not self._document.is_modified:
            if then is not None:
                then()
            return
        if not writes_in_background(self._document.timeline, SAVE_IN_BACKGROUND_FROM):
            if self.write_now() and then is not None:
                then()
            elif then is not None:
                self._then.append(then)
            return
        if then is not None:
            self._then.append(then)
        if self._job is not None:
            self._again = True
            return
        # The period's write leaves no quiet second running to write the same state again
        # (verify60 F19: one edit, two whole copies of a million events).
        self._quiet.stop()
        if self._journal_fits():
            self._append_soon()
        else:
            self._write_whole_soon()

    def _journal_fits(self) -> bool:
        """Whether the changes since the base go into the journal (else a whole copy is
        written, the new base): a large timeline with a base on disk (or a file that can
        be one), a journal not too long, and not a quarter of the events changed."""
        from timeline_app.io import recovery_journal

        document = self._document
        count = len(document.timeline)
        if count < recovery_journal.JOURNAL_FROM:
            return False
        if self._base is None:
            known = document.disk_fingerprint
            if not (self._file_is_base and document.path and known is not None
                    and _unchanged(document.path, known.size, known.mtime_ns)):
                return False
            self._base = {"kind": "file", "path": document.path,
                          "fingerprint": known.as_dict()}
            self._journal_started = False
            self._journal_bytes = 0
        elif self._base["kind"] == "file":
            known = self._base["fingerprint"]
            if not _unchanged(self._base["path"], known["size"], known["mtime_ns"]):
                self._start_over(file_is_base=False)  # someone else changed it: whole
                return False
        return (self._journal_bytes <= recovery_journal.JOURNAL_MOST_BYTES
                and len(self._touched) <= WHOLE_FROM_SHARE * count)

    def _append_soon(self) -> None:
        """Write the changes since the last record as one record of the journal, on a
        worker thread: what changed is gathered here (the timeline's immutable events and
        articles), encoded and appended there."""
        from timeline_app.io import recovery_journal as journal
        from timeline_app.ui.jobs import BackgroundJob

        document = self._document
        timeline = document.timeline
        touched, self._touched = self._touched, {}
        events = [timeline.get(i) for i in touched if i in timeline]
        removed = [i for i in touched if i not in timeline]
        sources: list[Source] = []
        sources_removed: list[str] = []
        if self._sources_dirty:
            now, seen = timeline.sources, self._sources_seen
            sources = [source for key, source in now.items() if seen.get(key) is not source]
            sources_removed = [key for key in seen if key not in now]
            self._sources_seen, self._sources_dirty = dict(now), False
        sources += journal.cited_by(events, timeline.sources)
        titles = None
        if timeline.titles_by_hand != self._titles_seen:
            self._titles_seen = frozenset(timeline.titles_by_hand)
            titles = sorted(self._titles_seen)
        left_out = None
        if timeline.left_out is not self._left_out_seen:
            left_out = self._left_out_seen = timeline.left_out
        fields = {"title": timeline.title, "description": timeline.description,
                  "category_colors": dict(timeline.category_colors),
                  "lane_order": list(timeline.lane_order), "era_lanes": timeline.era_lanes}
        counts = (len(timeline), len(timeline.era_ids()))
        start = not self._journal_started
        before, self._adopted = self._adopted, []  # a restored copy's records first
        assert self._base is not None
        base, folder = dict(self._base), self.folder
        header = (document.display_name, document.path, document.disk_fingerprint)

        def work(report: Callable[[int, int], bool]) -> int:
            from timeline_app.io import recovery

            if not report(0, 1):
                raise recovery.CopyCancelledError(folder)
            record = journal.encode_record(events, removed, sources, sources_removed,
                                           fields, *counts, titles_by_hand=titles,
                                           left_out=left_out)
            if start:
                journal.start_journal(folder, base, *header, records=[*before, record])
                if base["kind"] == "file":  # a whole copy before it is older
                    recovery.recovery_file(folder).unlink(missing_ok=True)
            else:
                journal.append_record(journal.journal_file(folder), record)
            return len(record)

        self._start_job(_CopyJob(BackgroundJob(reporting_work=work), journal=True))

    def _write_whole_soon(self) -> None:
        """Write the whole timeline (a snapshot of now) on a worker thread: the copy of a
        small timeline, or a large one's new base (its journal then starts over)."""
        from timeline_app.io import native, recovery, recovery_journal
        from timeline_app.ui.jobs import BackgroundJob

        document = self._document
        snap = native.snapshot(document.timeline)
        base_id = os.urandom(16).hex()  # (no ``uuid`` import at start-up)
        arguments = (self.folder, snap, document.display_name, document.path,
                     document.disk_fingerprint)
        eras = len(document.timeline.era_ids())  # (kept by the timeline: the status bar's)
        self._start_over(file_is_base=False)  # changes are counted from this snapshot
        folder = self.folder

        def work(report: Callable[[int, int], bool]) -> object:
            written = recovery.write_recovery(*arguments, progress=report, era_count=eras,
                                              base_id=base_id)
            # A journal before it followed another base: gone at once (the reader would
            # not apply it to this copy anyway: another ``base_id``).
            recovery_journal.journal_file(folder).unlink(missing_ok=True)
            return written

        self._start_job(_CopyJob(BackgroundJob(reporting_work=work), base_id=base_id))

    def _start_job(self, job: _CopyJob) -> None:
        self._job = job
        self._stale = False
        job.job.signals.finished.connect(lambda result: self._copy_ended(job, None, result))
        job.job.signals.failed.connect(lambda error: self._copy_ended(job, error))
        job.job.switch_sooner()  # the GUI thread gets the GIL back sooner meanwhile
        job.job.start()

    def _copy_ended(self, job: _CopyJob, error: Exception | None,
                    result: object = None) -> None:
        job.done.set()
        job.job.switch_as_before()
        if job is not self._job:
            return
        self._job = None
        if not shiboken6.isValid(self._document):
            # the document went (its window was deleted without a close, as a test's
            # teardown does) while the copy was written: nothing left to keep a copy of,
            # and its undo stack is gone ("Internal C++ object already deleted")
            return
        if error is not None and not job.job.cancelled:
            self._failed(error)
            self._stale = True
            # The next copy is a whole one: it holds every change, those of this one too
            # (taken out of ``_touched``; the file as base would lose them).
            self._start_over(file_is_base=False)
        elif error is None:
            self._worked()
            if job.journal:
                self._journal_started = True
                self._journal_bytes += result if isinstance(result, int) else 0
            elif job.base_id is not None and self._document.is_modified:
                self._base = {"kind": "copy", "base_id": job.base_id}
                self._journal_started = False
                self._journal_bytes = 0
        if error is None or not self._document.is_modified:
            self._run_then()
        if not self._document.is_modified or job.job.cancelled:
            self.remove()  # saved (or undone back) while the copy was written
        elif self._again:
            self._again = False
            if self._stale or self._then:  # else the copy written holds the state of now
                self.write_soon()

    def _run_then(self) -> None:
        then, self._then = self._then, []
        for call in then:
            call()

    def _worked(self) -> None:
        if self.last_error:
            self.last_error = ""
            self.copy_works.emit()

    def _failed(self, error: Exception) -> None:
        # Never interrupt the user for a failed autosave (no dialog); the window says it
        # once (``copy_failed``: a new user's trial, verify18, found only a line on
        # stderr with the disk full); the next change tries again.
        first = not self.last_error
        self.last_error = str(error)
        if first:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else \
                str(error)
            self.copy_failed.emit(reason)
        print(f"timeline-app: cannot write the recovery copy: {error}", file=sys.stderr)

    def write_now(self) -> bool:
        """Write the copy if there are unsaved changes, on this thread; True if one was
        written.  A copy being written on a worker thread meanwhile is followed by
        another (it would replace this one with an older state)."""
        if not self._document.is_modified:
            return False
        if self._job is not None:
            self._again = True
        # not before the first paint (issue 11)
        from timeline_app.io import recovery, recovery_journal

        try:
            recovery.write_recovery(self.folder, self._document.timeline,
                                    self._document.display_name, self._document.path,
                                    self._document.disk_fingerprint)
        except (OSError, UnicodeEncodeError) as error:  # a lone surrogate has no UTF-8
            self._failed(error)
            return False
        # A whole copy of now: a journal before it (of a base it replaced) goes, and a
        # large timeline's next copy is a whole one again (its base).
        recovery_journal.journal_file(self.folder).unlink(missing_ok=True)
        self._start_over(file_is_base=False)
        self._worked()
        if self._job is None:
            self._run_then()
        # A copy being written meanwhile lands after this one, older: another follows it.
        self._stale = self._job is not None
        return True

    def remove(self) -> None:
        """Remove this process's recovery copy, whole copy and journal (nothing to
        recover any more)."""
        for file in (self.file, self.journal):
            try:
                os.unlink(file)
            except FileNotFoundError:
                pass
            except OSError as error:
                print(f"timeline-app: cannot remove {file}: {error}", file=sys.stderr)

    def stop(self) -> None:
        """No more copies (the window closes): a copy being written is cancelled (its
        temporary file removed) and waited for, so that none appears after ``remove``."""
        self._period.stop()
        self._quiet.stop()
        job, self._job = self._job, None
        if job is not None:
            job.job.cancel()
            job.done.wait(STOP_WAIT_S)
            job.job.switch_as_before()
        self._run_then()  # a clean close: no copy is needed any more
