"""The document: a timeline, its undo stack and its file — the one place that changes a timeline."""

from __future__ import annotations

import contextlib
import dataclasses
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Source, Timeline, new_event_id
from timeline_app.core.dates import describe_range
from timeline_app.core.model import LeftOut, is_color, with_date_words_true
from timeline_app.lazy_module import LazyModule
from timeline_app.records import FrozenRecord

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from timeline_app.io.fingerprint import Fingerprint
    from timeline_app.io.native import Snapshot
    from timeline_app.io.recovery import RecoveredChange

#: A timeline of this many events or more is saved, and its recovery copies written, on
#: a worker thread, the window responsive meanwhile with progress (``MainWindow.
#: _save_in_background``, ``Autosaver.write_soon``); a smaller one at once (5 000
#: events: ~15 ms of the GUI thread; 100 000 events: 0.3 s of CPU, 0.6-0.8 s with the
#: fsync, which held the window 2.7-3 s before session 9).
SAVE_IN_BACKGROUND_FROM = 5_000


def writes_in_background(timeline: Timeline, many: int = SAVE_IN_BACKGROUND_FROM) -> bool:
    """Whether a save (or a recovery copy) of ``timeline`` is written on a worker thread:
    from ``many`` events (``SAVE_IN_BACKGROUND_FROM``), or when that many deleted events'
    readings are still to be worked out (``core.reimport.PendingLeftOut``: after deleting
    every event of a large file, the first copy made 65 000 readings on the window's
    thread)."""
    from timeline_app.core.reimport import pending_events

    return len(timeline) >= many or pending_events(timeline.left_out) >= many

#: The title of a timeline nobody named (``Timeline.title``'s default).
UNTITLED: str = Timeline().title

#: A step that adds, replaces or removes more events than this at once (a lane renamed, a
#: merge, an import, a delete) tells the views with one ``events_replaced`` signal instead
#: of one ``event_added``/``event_changed``/``event_removed`` per event: each view's
#: refresh after one event reads every event (the legend's counts, the filters' facets),
#: so one signal per event made renaming a lane of 1 000 events of a 1 000-event timeline
#: take 23 s of CPU (lanes16, session 15), and File → Merge… of 1 000 new events 35 s
#: (lanes17; added and removed events at once since lanes18, session 16).
REPLACED_ONE_BY_ONE = 20

# The undo commands and the file fingerprints, imported on first use: the timeline's first
# paint needs neither (issue 11).
commands = LazyModule("timeline_app.commands")
fingerprints = LazyModule("timeline_app.io.fingerprint")


def dates_in_words(date: FuzzyDate, end: FuzzyDate | None = None) -> str:
    """An event's date, or its range, as a person writes it: "March–June 1965"
    (``dates.describe_range``)."""
    return describe_range(date, end)


MOVED_BY_HAND = "moved by hand from "
"""How the basis of an event moved by hand (dragged, Ctrl+arrow) begins; the date follows."""


def with_date_basis_kept_true(old: Event, new: Event) -> Event:
    """``new``, with a date basis and source marks that still explain its date.

    The basis says how the date follows from a text ("'last month' in an article dated
    22 March 2025"); once the date (or end) is changed by hand that is no longer true. An
    edit that sets its own basis (the editor writes "entered by hand") keeps it; one that
    leaves the basis as it was (dragging, Ctrl+arrow) gets "moved by hand from <old date>",
    the date before the first such move: a second Ctrl+→ kept only the date one step back
    (verify28: "moved by hand from 25 October 1648" for an event of 24 October moved twice),
    and the dates other tellings gave ("; told otherwise: …", ``core.merge.told_otherwise``)
    after it.

    Likewise each source sentence's marked date expression (``Evidence.date_start``/
    ``date_end``: "the words the date was read from", highlighted in the details and the
    article) no longer gives the date: the marks of the old sentences are dropped, the
    sentences kept (they still tell of the event), unless the words still say the new date
    (only "circa" changed: ``core.model.date_words_still_say``).  A sentence the edit
    brings (Add quote…) keeps its own marks; one it kept did too, so a date typed with a
    quote added kept the old words marked (verify39 F6).  Undo brings the marks back with
    the old date (verify9: a hand-typed date showed "two months following" highlighted as
    its evidence).
    """
    if (new.date, new.end) == (old.date, old.end):
        return new
    if new.date_basis == old.date_basis and not old.date_basis.startswith(MOVED_BY_HAND):
        # (the dates other tellings gave stay said: a disputed event moved by Ctrl+→ lost
        # "told otherwise: 16 October 2026 by AFP (…)", verify52 F13; the editor keeps it)
        from timeline_app.core.merge import (  # (not at start-up, as below)
            TOLD_OTHERWISE,
            told_otherwise_kept,
        )
        from timeline_app.core.weeks import when_words

        told = old.date_basis.find(TOLD_OTHERWISE)
        # (a week an article named, "moved by hand from some day in the week of 23
        # November 2026": still a week where it lands, ``core.weeks.told_week``, F6)
        # (moved to the date another telling gave: no "told otherwise" of the date it has,
        # verify79 F3)
        new = dataclasses.replace(
            new, date_basis=f"{MOVED_BY_HAND}{when_words(old)}" + (told_otherwise_kept(
                old.date_basis[told:], describe_range(new.date, new.end)) if told >= 0
                else ""))
    evidence = with_date_words_true(new.evidence, old.evidence, (old.date, old.end),
                                    (new.date, new.end))
    if evidence != new.evidence:
        new = dataclasses.replace(new, evidence=evidence)
    return new


#: A timeline of this many events or more, replaced by an import's new timeline while it
#: is its native file unchanged (saved, not edited since, the file as loaded or saved), is
#: kept by the import's undo step as that file's path and fingerprint, not in memory, and
#: read again on undo (``Document._swap_shown``).  Measured (``benchmarks/
#: bench_new_timeline_undo_memory.py``, session 52, load average 16): at 100 000 events
#: held in memory the step kept 24 MiB more resident than a freed timeline (291 against
#: 267 MiB; the timeline alone is 124 MiB in a bare process), kept as its file nothing
#: (267 MiB); but the undo then reads the file on the GUI thread, 4.6 s against 0.3 s
#: (the open took 6.5 s there).  Below this size the memory is small (~12 MiB at 50 000)
#: and the undo instant, so the timeline stays in memory.  The coordinator's decision at
#: merge (session 52): 2 000 000, beyond the sizes issue 11 targets.  Up to a million
#: events the step's memory (~0.25 KiB an event, ~240 MiB at 1 000 000 on a ~1.1 GiB
#: peak) stays inside the 2 GiB target, while reading the file again is a wait of the
#: whole open (8-10 s at 1 000 000) on the GUI thread with no progress; past it memory
#: is what gives out first.
KEEP_SHOWN_FROM = 2_000_000


class ShownTimeline(FrozenRecord):
    """A timeline a document shows or showed, with what goes with it: its native file
    (``path``, None: none), the file's ``fingerprint`` as loaded or saved, the lanes an
    import review chose for the extractor's kinds, and whether it was another tool's
    file untouched (``Document.is_untouched_import``).  ``timeline`` None: it is its file
    unchanged, read again when shown (``KEEP_SHOWN_FROM``).  A frozen record, not a
    dataclass: this module is imported before the first paint (``timeline_app.records``
    says why)."""

    _fields = ("timeline", "path", "fingerprint", "lanes_for_kinds", "untouched_import",
               "size")
    timeline: Timeline | None
    path: str | None
    fingerprint: Fingerprint | None
    lanes_for_kinds: dict[str, str]
    untouched_import: bool
    #: How many events it had (for a timeline kept as its file: the busy cursor's count).
    size: int

    def __init__(self, timeline: Timeline | None, path: str | None,
                 fingerprint: Fingerprint | None, lanes_for_kinds: dict[str, str],
                 untouched_import: bool = False, size: int = 0) -> None:
        object.__setattr__(self, "timeline", timeline)
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "fingerprint", fingerprint)
        object.__setattr__(self, "lanes_for_kinds", lanes_for_kinds)
        object.__setattr__(self, "untouched_import", untouched_import)
        object.__setattr__(self, "size", size)


class FileChangedOnDiskError(OSError):
    """Saving would overwrite a file that changed on disk since it was opened or saved."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} was changed by another program since it was opened")
        self.path = path


class PendingSave:
    """A save begun (``Document.begin_save``): where it goes and what it writes.

    Attributes:
        target: The file to write.
        snapshot: The timeline as it was when the save began (``io.native.snapshot``).
        timeline: The timeline object the document showed then.
        changes: The document's count of changes then.
    """

    __slots__ = ("changes", "snapshot", "target", "timeline")

    def __init__(self, target: str, snapshot: Snapshot, timeline: Timeline,
                 changes: int) -> None:
        self.target = target
        self.snapshot = snapshot
        self.timeline = timeline
        self.changes = changes

    def write(self, progress: Callable[[int, int], object] | None = None
              ) -> Fingerprint | None:
        """Write the file atomically (any thread; see ``io.native.save``).

        Args:
            progress: ``progress(items_written, items)`` after each piece and before the
                rename; returning ``False`` cancels the save.

        Returns:
            The written file's fingerprint.

        Raises:
            OSError: the file could not be written (the previous file is unchanged).
            io.atomic.WriteCancelledError: ``progress`` returned ``False``; the previous
                file is unchanged and no temporary file is left.
        """
        return timeline_io.save(self.snapshot, self.target, progress)


class Document(QObject):
    """A timeline being viewed and edited.

    Views never write the model: they call the methods here, which push undo
    commands; the commands change the model and the document tells the views.

    Signals:
        event_added(str): an event with this id was added.
        event_changed(str): the event with this id was replaced by an edited copy.
        event_removed(str): the event with this id was removed.
        sources_changed(): an article was added to or removed from the timeline.
        reset(): the whole timeline was replaced (a file was opened).
        modified_changed(bool): the document differs (or no longer) from its file.
        path_changed(str): the file the document is saved to changed.
        properties_changed(): the timeline's title or description changed.
        category_colors_changed(): a category's chosen colour was set, changed or
            cleared (``Timeline.category_colors``).
        events_replaced(tuple[str, ...]): more than ``REPLACED_ONE_BY_ONE`` events (these
            ids) were added, replaced by edited copies or removed in one step (a lane
            renamed or merged, many events moved to a lane or dragged, File → Merge…,
            an import, a delete of many, and their undo): one signal instead of one
            ``event_added``/``event_changed``/``event_removed`` each.  An id no longer in
            the timeline was removed.  The timeline is the same; a view refreshes what it
            shows of it, keeping its place (not what ``reset`` does: another timeline).
        lane_order_changed(): the order of the lanes (``Timeline.lane_order``) changed.
        era_lanes_changed(): the lanes shown as eras (``Timeline.era_lanes``) changed.
        many_changing(int): this many events (more than ``REPLACED_ONE_BY_ONE``) are about
            to be changed in one step, before ``events_replaced``: the window shows a
            busy cursor while a large step and its views' refresh run (verify27,
            finding 5: a 100 000-event delete or undo, seconds with no sign of work).
    """

    event_added = Signal(str)
    event_changed = Signal(str)
    event_removed = Signal(str)
    sources_changed = Signal()
    reset = Signal()
    modified_changed = Signal(bool)
    path_changed = Signal(str)
    properties_changed = Signal()
    #: The app's name followed its events' years in the step just pushed (an edit by
    #: hand: ``_title_follows_step``): the old name and the new one, for the window's
    #: status line (verify80 F12: only New Event said so; a delete, a move or an edit
    #: renamed the timeline without a word).
    name_followed_years = Signal(str, str)
    category_colors_changed = Signal()
    events_replaced = Signal(object)
    lane_order_changed = Signal()
    era_lanes_changed = Signal()
    many_changing = Signal(int)

    def __init__(self, timeline: Timeline | None = None, path: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline if timeline is not None else Timeline()
        self.path = path
        #: The timeline the last ``replace_timeline`` left, until ``let_go_of_left``.
        self.timeline_left: Timeline | None = None
        self.undo_stack = QUndoStack(self)
        #: True while a new undo step is being pushed (not while one is undone or redone).
        self.pushing = False
        #: Asked before each change (``_push``): True refuses it, unmade (the window says
        #: why).  The window refuses changes while a file opens into it: the timeline
        #: shown stays readable then (verify60 F15), and an edit of it would be lost when
        #: the file arrives.  The menus' ways in are disabled; this catches the rest (a
        #: drag in the view, Ctrl+→, the legend's menu).
        self.changes_refused: Callable[[], bool] = lambda: False
        #: Lane colours a save writes beside the chosen ones (``category_colors``): the
        #: window's colours that the file, opened again, would not give its lanes
        #: (``ui.style.colours_a_reopen_would_change``, set by the window; verify67 F5).
        self.colours_to_keep: Callable[[Timeline], dict[str, str]] = lambda _timeline: {}
        #: The lane of this timeline chosen in an import review for each of the
        #: extractor's kinds ("treaty" → "Agreement"): the next review's rows of that kind
        #: propose it (``ui.import_article.ReviewDialog.lanes_chosen``, verify50 F11).
        #: Kept while the timeline is shown, not in its file.
        self.lanes_for_kinds: dict[str, str] = {}
        #: The timeline's title as its file holds it, when loaded or last saved (None: no
        #: file): see ``renamed_since_saved``.
        self.file_title: str | None = self.timeline.title if path else None
        #: The file as it was when loaded or last saved (None: no file, or unreadable).
        self.disk_fingerprint: Fingerprint | None = (
            fingerprints.file_fingerprint(path) if path else None)
        # A bound method, not a lambda: Qt drops the connection when the document dies.
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        #: Counts every change (a step pushed, undone or redone; another timeline shown):
        #: a save under way marks the document saved only if it did not move.
        self._changes = 0
        self.undo_stack.indexChanged.connect(self._count_change)
        #: ``_changes`` when another tool's file was shown (``replace_timeline`` with
        #: ``unsaved``), else None: see ``is_untouched_import``.
        self._import_changes: int | None = None
        #: The name a person typed in Timeline → Properties while this timeline is shown
        #: (None: none): never changed by the years its events span
        #: (:meth:`_title_follows_step`).
        #: ``_named_by_app``'s answer and what it was worked out for (title, articles).
        self._named_by_app: tuple[tuple[str, int, int], bool] | None = None

    # -- reading -------------------------------------------------------------------
    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def title_by_hand(self, event_id: str) -> bool:
        """Whether the title of event ``event_id`` was typed or corrected by a person
        (``update_event``, ``merge_into_one``, ``note_titles_by_hand``): a merge keeps
        such a title word for word (``core.duplicates.merge_events``' ``keep_title``;
        verify46 F2).  Noted in the timeline (``Timeline.titles_by_hand``), so its file
        keeps it.  An edit or a merge notes it in its own undo step: undone, the note
        goes with it (verify56 F16)."""
        return event_id in self.timeline.titles_by_hand

    def note_titles_by_hand(self, event_ids: Iterable[str]) -> None:
        """Note that the events ``event_ids`` have titles a person typed (a review's
        corrected Title cells, added by an import): see ``title_by_hand``."""
        self.timeline.titles_by_hand.update(event_ids)

    def _left_out_step(self, dropped: Iterable[LeftOut], taken: Iterable[LeftOut]
                       ) -> list[QUndoCommand]:
        """The step that notes what a person left out of an import (``dropped``: the
        readings of the rows they unticked) and took (``taken``: forgotten if noted
        before), in the timeline (``Timeline.left_out``, kept by its file): a later
        import of the same article offers those rows unticked
        (``core.reimport.left_out_before``; verify46 F15).  Part of the import's undo
        step (``import_events``, ``merge_events``): undone and redone with it (session
        38 noted them outside the undo stack, so an undone import still offered its rows
        unticked as "left out when you imported this article").  None when it changes
        nothing."""
        from timeline_app.core.reimport import with_left_out

        after = with_left_out(self.timeline.left_out, dropped, taken)
        if after == list(self.timeline.left_out):
            return []
        return [commands.NoteLeftOutCommand(self, after)]

    @property
    def is_untouched_import(self) -> bool:
        """True while the document shows another tool's file (TimelineJS, The Timeline
        Project, CSV, iCalendar) exactly as it was opened: modified, as no native file
        holds it, but closing it loses nothing of the person's — the file is still on
        disk.  File → Open of another file asked "Save the changes…?" about changes
        nobody made (verify45, a researcher who only looked at a colleague's file)."""
        return self._import_changes is not None and self._import_changes == self._changes

    @property
    def display_name(self) -> str:
        return Path(self.path).name if self.path else self.timeline.title

    @property
    def window_name(self) -> str:
        """The window's title's name: the timeline's name (``shown_title``) and its file's
        ("Faroes and EU, 1958-2030 — mackerel.json"; a name of over 80 characters cut
        after a word), the file's alone when the name is only its stem
        ("iran_talks.json"), the name alone without a file.  verify75 F16:
        after the first save the title read "mackerel.json" alone, the timeline's name
        gone."""
        if not self.path:
            return self.timeline.title
        file = Path(self.path).name
        title = " ".join(self.shown_title.split())
        if not title or title.casefold() in (Path(self.path).stem.casefold(),
                                             file.casefold()):
            return file
        from timeline_app.words import shortened

        return f"{shortened(title, 80)} — {file}"

    @property
    def renamed_since_saved(self) -> bool:
        """Whether the timeline has a file and its title is no longer the one that file
        holds (Timeline → Properties, or an import's rename, since it was opened or
        saved): Save As then proposes the new name rather than the file's (verify63
        F10)."""
        return (self.path is not None and self.file_title is not None
                and self.timeline.title != self.file_title)

    @property
    def shown_title(self) -> str:
        """The timeline's name as Details and Properties show it: its title, or, while
        that is still the default "Untitled timeline" (never given) and the timeline has
        a file, the file's name without its extension ("iran_talks"), as the window's
        title names it: after Save As "iran_talks.json", Details still said "Untitled
        timeline" (verify22, finding 10).  The title itself is not changed."""
        title = self.timeline.title
        if self.path and (title.strip() in ("", UNTITLED) or self.title_from_file_name()):
            return Path(self.path).stem or title
        return title

    def title_from_file_name(self) -> bool:
        """Whether the timeline's title is only the name of the other tool's file it was
        opened from (``Timeline.file_named_title``: "timeline-project-example" for
        timeline-project-example.timeline), not one typed or given by an article: a save
        then names it after the file it writes (:meth:`begin_save`), an export without a
        file of the document's own after the exported file (``ui.export_job.
        exported_timeline``).  edit85 F4(e): a colleague's Timeline Project file opened,
        merged into and exported as merged.timeline reopened titled after the
        colleague's file."""
        timeline = self.timeline
        named = timeline.file_named_title
        return named is not None and timeline.title == named != timeline.typed_title

    def __del__(self) -> None:
        """The undo steps deleted first, while every Python object is whole.

        A document the garbage collector frees (one in a reference cycle: a view's, a
        test's) had its ``QUndoStack`` deleted with it, and the stack's destructor
        crashed in ``QUndoStack::clear`` (segmentation fault, PySide6 6.11; gdb, session
        13), seemingly on commands whose Python side the collector had already cleared
        (not traced inside shiboken).  The collector runs finalizers like this one before
        it clears anything (PEP 442).  Freed after its window (the C++ stack deleted
        first), it does nothing.
        """
        try:
            # (silently: a view connected to the stack's indexChanged -- session 52's rows
            # of undo states -- was called in the middle of the collection and crashed
            # the interpreter, test_date_basis_on_move)
            self.undo_stack.blockSignals(True)
            self.undo_stack.clear()
        except (RuntimeError, AttributeError):
            pass  # the C++ stack already deleted, or __init__ never got that far

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    # -- files -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Load a document; raises ``FormatError`` and leaves nothing half-made."""
        timeline = timeline_io.load(path)
        return cls(timeline, str(path), parent)

    def replace_timeline(self, timeline: Timeline, path: str | None,
                         unsaved: bool = False,
                         fingerprint: Fingerprint | None = None) -> None:
        """Show another timeline in this document (after File → Open).

        Args:
            timeline: The timeline to show.
            path: Its native file, or ``None`` for a new document.
            unsaved: True for content that exists in no native file yet (an import of
                another tool's file): the document counts as modified until saved, so
                closing or opening another file asks first.
            fingerprint: The file's fingerprint when the caller already took it (a load
                off the GUI thread does, so that hashing a large file never blocks the
                window); otherwise it is taken here.
        """
        # The timeline left is kept until the window lets go of it (``let_go_of_left``),
        # once the new one is painted: freeing 100 000 events took ~50 ms of CPU in the
        # middle of the switch, the window grey meanwhile (verify91 F2).
        self.timeline_left = self.timeline
        self.timeline = timeline
        self._changes += 1
        self.lanes_for_kinds.clear()  # (another timeline's lanes)
        self._named_by_app = None
        self.undo_stack.clear()
        self.undo_stack.setClean()
        # (before ``resetClean``, which says "modified": an untouched import is not
        # marked, and the window's title read "big.json*" meanwhile, verify91 F2)
        self._import_changes = self._changes if unsaved and not path else None
        if unsaved:
            self.undo_stack.resetClean()  # no state of the stack is the saved one
        if fingerprint is None and path:
            fingerprint = fingerprints.file_fingerprint(path)
        self.disk_fingerprint = fingerprint if path else None
        self.file_title = timeline.title if path else None
        self._set_path(path)
        self.reset.emit()
        self.modified_changed.emit(unsaved)

    def let_go_of_left(self) -> None:
        """Free the timeline the last ``replace_timeline`` left (kept until now: see
        there), unless it is shown again."""
        left, self.timeline_left = self.timeline_left, None
        del left  # (its events freed here, by reference counting)

    def file_changed_on_disk(self) -> bool:
        """True if the document's file is no longer what was loaded or last saved
        (changed, replaced or deleted by someone else)."""
        if not self.path or self.disk_fingerprint is None:
            return False
        return not fingerprints.same_file_content(self.path, self.disk_fingerprint)

    def save(self, path: str | None = None, overwrite_changed: bool = False) -> None:
        """Write the timeline atomically; the previous file survives any failure.

        The whole of :meth:`begin_save`, the write and :meth:`end_save`, on this thread.

        Args:
            path: Where to write; the document's own file if ``None``.
            overwrite_changed: Write even if the document's file changed on disk.

        Raises:
            FileChangedOnDiskError: the target is the document's file and someone else
                changed it since it was loaded or saved (nothing written).
            OSError: the file could not be written (the message says why).
        """
        pending = self.begin_save(path, overwrite_changed)
        self.end_save(pending, pending.write())

    def begin_save(self, path: str | None = None,
                   overwrite_changed: bool = False) -> PendingSave:
        """What a save of the document as it is now writes, for :meth:`PendingSave.write`
        (any thread) and then :meth:`end_save` (this thread).

        The document may change meanwhile: the save writes this moment's timeline (a
        snapshot of immutable events), and ``end_save`` marks the document saved only
        if nothing changed since.

        Args:
            path: Where to write; the document's own file if ``None``.
            overwrite_changed: Write even if the document's file changed on disk.

        Raises:
            FileChangedOnDiskError: the target is the document's file and someone else
                changed it since it was loaded or saved (nothing written).
            ValueError: no path, and the document has no file yet.
        """
        target = path or self.path
        if not target:
            raise ValueError("the document has no file name yet")
        if (not overwrite_changed and self.path and os.path.exists(target)
                and os.path.realpath(target) == os.path.realpath(self.path)
                and self.file_changed_on_disk()):
            raise FileChangedOnDiskError(target)
        from timeline_app.io import native

        snapshot = native.snapshot(self.timeline)
        if self.title_from_file_name():  # (the file's name, not the other tool's file's)
            snapshot.title = Path(target).stem or snapshot.title
        kept = self.colours_to_keep(self.timeline)
        if kept:  # (the chosen colours first; nothing of the model changes)
            snapshot.category_colors = {**kept, **snapshot.category_colors}
        return PendingSave(target, snapshot, self.timeline, self._changes)

    def end_save(self, pending: PendingSave, fingerprint: Fingerprint | None) -> None:
        """A save begun with :meth:`begin_save` has written its file: the document's file
        is now ``pending.target``, and the document is unmodified unless it changed
        since the save began (then it stays modified: no state of the undo stack is the
        saved one any more, so undoing back does not claim to be saved either).  A save
        of a timeline the document no longer shows (another file opened meanwhile)
        changes nothing here."""
        if pending.timeline is not self.timeline:
            return
        self.disk_fingerprint = fingerprint
        timeline = self.timeline
        if self.title_from_file_name():
            # Named after the file saved to, as written (:meth:`title_from_file_name`), as
            # that file reopened is: this app's own file's name, kept by its exports
            # (verify32 F3), and by a Save As elsewhere.
            renamed = timeline.title != pending.snapshot.title
            timeline.title = pending.snapshot.title
            timeline.file_named_title = None
            if renamed:
                self.properties_changed.emit()
        self.file_title = pending.snapshot.title
        self._set_path(pending.target)
        if pending.changes == self._changes:
            self.undo_stack.setClean()
        else:
            self.undo_stack.resetClean()

    def _count_change(self, *_args: object) -> None:
        self._changes += 1

    def _set_path(self, path: str | None) -> None:
        if path != self.path:
            self.path = path
            self.path_changed.emit(path or "")

    # -- the one way to change a timeline ---------------------------------------------
    # Every method below is one undo step; the undo stack is unlimited (its default).
    def add_event(self, event: Event, shown: Sequence[str] = ()) -> None:
        """Add a new event (its id must not be in the timeline yet).  ``shown``: every lane
        in the order shown, first to last; an event in a new lane puts that lane after
        them, in the same undo step (``_order_for_new_lane``)."""
        if event.id in self.timeline:
            raise ValueError(f"event id {event.id!r} is already in the timeline")
        self._push_in_lane_order(commands.AddEventCommand(self, event),
                                 self._order_for_new_lane(event.category, shown),
                                 before=self._title_follows_step(added=[event]))

    def remove_event(self, event_id: str) -> None:
        """Remove one event as one undo step; the sentences it cites of articles the
        timeline keeps are noted as deleted (:meth:`_removed_step`).

        Raises:
            KeyError: no event has this id."""
        event = self.timeline.get(event_id)
        self._push(*self._removed_step([event], LeftOut.DELETED),
                   *self._title_follows_step(removed=[event]),
                   commands.RemoveEventCommand(self, event))

    def remove_events(self, event_ids: list[str]) -> None:
        """Remove several events as one undo step; unknown ids are ignored.  As
        :meth:`remove_event`, their readings are noted as deleted."""
        events = [self.timeline.get(i) for i in dict.fromkeys(event_ids) if i in self.timeline]
        if len(events) == 1:
            self.remove_event(events[0].id)
        elif events:
            self._push(*self._removed_step(events, LeftOut.DELETED),
                       *self._title_follows_step(removed=events),
                       commands.RemoveEventsCommand(self, events))

    def _removed_step(self, events: Iterable[Event], how: str) -> list[QUndoCommand]:
        """The step that notes the readings of articles ``events`` held as deleted or
        merged by hand (``how``; ``core.reimport.readings_removed``) in
        ``Timeline.left_out``: a later import of the same article offers their rows
        unticked, saying so (verify49 F20: a deleted event came back ticked as new).
        Part of the deletion's or merge's undo step; none when nothing is noted.  Only the
        readings a review can ask for are noted (``core.reimport.reviewable``: of articles
        kept under the id an import gives them; session 40, edit39: deleting 100 000
        events of a generated file noted 65 000 readings, 2.4× the delete's work and
        13 MB more in the saved file, that no review could ever ask for).

        The readings are worked out when first read (``core.reimport.PendingLeftOut``),
        not here: a delete of 100 000 events of imported articles made ~65 000 readings
        at once, 2.4× the delete's own work (edit39's leftover; session 41, edit40),
        which only a save (on its own thread), a review of one of those articles or an
        export reads.  What they are made of is kept as it is now: the events deleted,
        the articles, the day.  None at once when no article has an import's id."""
        import datetime as dt

        from timeline_app.core.reimport import (
            PendingLeftOut,
            could_be_reviewed,
            readings_removed,
            with_left_out,
        )

        sources = self.timeline.sources
        if not could_be_reviewed(sources):
            return []
        removed = list(events)
        if not removed:
            return []
        sources = dict(sources)  # (as they are now: a later change of them changes nothing)
        before = self.timeline.left_out
        on = dt.date.today()

        def make() -> list[LeftOut]:
            dropped = readings_removed(removed, sources, on, how, reviewable_only=True)
            return with_left_out(before, dropped, ()) if dropped else list(before)

        return [commands.NoteLeftOutCommand(self, PendingLeftOut(make, len(removed)))]

    def update_event(self, event: Event, text: str = "", shown: Sequence[str] = ()) -> None:
        """Replace the event of the same id by this edited copy (any fields); no-op if equal.

        Args:
            event: The edited copy.
            text: The undo step's name ("Move “Summit” to April 2025"); default "Edit …".
            shown: Every lane in the order shown; an edit into a new lane puts it after
                them, in the same undo step (``_order_for_new_lane``).

        An edit that moves the date (or end) but leaves the date basis as it was gets the
        basis "moved by hand from <old date>" (``with_date_basis_kept_true``).

        Raises:
            KeyError: no event has this id.
        """
        old = self.timeline.get(event.id)
        event = with_date_basis_kept_true(old, event)
        if old != event:
            order = (self._order_for_new_lane(event.category, shown)
                     if event.category != old.category else None)
            edit = commands.EditEventCommand(self, old, event, text)
            # (a retitle is noted in the edit's undo step: undone, the note goes too,
            # verify56 F16)
            note = ([commands.NoteTitlesByHandCommand(self, {event.id}, edit.text())]
                    if old.title.split() != event.title.split()
                    and event.id not in self.timeline.titles_by_hand else [])
            self._push_in_lane_order(edit, order, before=[
                *note, *self._title_follows_step(added=[event], removed=[old])])

    def update_events(self, events: list[Event], text: str,
                      keeps_selection: bool = False) -> None:
        """Replace several events by edited copies as one undo step named ``text``
        (dragging several selected events); unchanged ones are left out.
        ``keeps_selection``: a step on every event of a name, not on those picked (Join
        Names): its undo and redo give back the selection it was made with
        (``commands.DocumentCommand.keeps_selection``).

        Raises:
            KeyError: an event's id is not in the timeline.
        """
        kept_true = [with_date_basis_kept_true(self.timeline.get(e.id), e) for e in events]
        changed = [e for e in kept_true if self.timeline.get(e.id) != e]
        if len(changed) == 1:
            self.update_event(changed[0], text)
        elif changed:
            step = commands.MergeEventsCommand(self, [], [], changed, text)
            step.keeps_selection = keeps_selection
            self._push(*self._title_follows_step(
                added=changed, removed=[self.timeline.get(e.id) for e in changed]), step)

    def set_status(self, event_ids: Sequence[str], status: str) -> int:
        """Give the events ``event_ids`` the status ``status`` (``core.status``; ``""``:
        not assessed) as one undo step, "Mark “Truce signed” disputed" or "Mark 3 events
        disputed"; events that have it already, and unknown ids, are left out.

        Returns:
            How many events changed (0: no undo step).

        Raises:
            ValueError: ``status`` is none of ``core.status``'s.
        """
        from timeline_app.core.status import is_status, status_words

        if not is_status(status):
            raise ValueError(f"no such status: {status!r}")
        timeline = self.timeline
        changed = [dataclasses.replace(event, status=status) for event in
                   (timeline.get(i) for i in dict.fromkeys(event_ids) if i in timeline)
                   if event.status != status]
        if changed:
            words = status_words(status).lower()
            what = (commands.quoted_title(changed[0].title) if len(changed) == 1
                    else f"{len(changed)} events")
            self.update_events(changed, f"Mark {what} {words}")
        return len(changed)

    def mark_held(self, event_ids: Sequence[str]) -> int:
        """The plans among the events ``event_ids`` (a title ending " (scheduled)") told as
        held, their titles without that mark (``core.occurrence.held_title``), as one undo
        step, "Mark “Lawmakers vote on new agreement” as held" or "Mark 3 plans as held";
        other events, and unknown ids, are left out.  verify72 F10: Set Status had no way
        to say that a plan took place.

        Returns:
            How many events changed (0: no undo step).
        """
        from timeline_app.core.occurrence import held_title

        timeline = self.timeline
        changed = [dataclasses.replace(event, title=title) for event in
                   (timeline.get(i) for i in dict.fromkeys(event_ids) if i in timeline)
                   if (title := held_title(event.title)) is not None]
        if changed:
            what = (commands.quoted_title(changed[0].title) if len(changed) == 1
                    else f"{len(changed)} plans")
            self.update_events(changed, f"Mark {what} as held")
        return len(changed)

    def mark_planned(self, event_ids: Sequence[str]) -> int:
        """The events among ``event_ids`` that are no plans told as plans, still to come:
        " (scheduled)" added to their titles (``core.plans.planned_title``), as one undo
        step, "Mark “Summit in Tarsa” as planned" or "Mark 3 events as planned"; plans
        already, titles ending in a standing of the person's own ("(announced)", "(did not
        take place)"), eras and unknown ids are left out.  Mark as Held's opposite
        (verify88 F1: a plan typed by hand had no way to become one).

        Returns:
            How many events changed (0: no undo step).
        """
        from timeline_app.core.occurrence import NOT_HELD_SUFFIX, OWN_STANDING
        from timeline_app.core.plans import is_plan_title, planned_title

        timeline = self.timeline
        changed = [dataclasses.replace(event, title=planned_title(event.title, True))
                   for event in (timeline.get(i) for i in dict.fromkeys(event_ids)
                                 if i in timeline)
                   if not is_plan_title(event.title) and event.title.strip()
                   and OWN_STANDING.search(event.title.rstrip()) is None
                   and not event.title.rstrip().casefold().endswith(NOT_HELD_SUFFIX)
                   and not timeline.is_era_lane(event.category)]
        if changed:
            what = (commands.quoted_title(changed[0].title.removesuffix(' (scheduled)'))
                    if len(changed) == 1 else f"{len(changed)} events")
            self.update_events(changed, f"Mark {what} as planned")
        return len(changed)

    def join_names(self, old: str | Sequence[str], new: str, by_place: bool = False) -> int:
        """Write participant ``old`` (``by_place``: place ``old``; or several names at once,
        "Vučić", "Aleksandar Vucic"), in every spelling of its lane
        (``core.names.lane_name_key``), as ``new`` in every event that names it, as one undo
        step: "Join participant “Vučić” into “Aleksandar Vučić”" when ``new`` is a name the
        timeline already has (one lane, one Filters row from then on), "Join participants
        “Vučić”, “Aleksandar Vucic” into …" for several, "Rename participant …" otherwise
        (``core.names.joined_names``; verify43 F9).

        Returns:
            How many events changed (0: no undo step).

        Raises:
            ValueError: ``new`` is blank.
        """
        from timeline_app.core.names import joined_names, lane_name_key

        olds = [old] if isinstance(old, str) else list(dict.fromkeys(old))
        timeline = self.timeline
        changed = joined_names(timeline.events, olds, new, by_place)
        if not changed:
            return 0
        new = " ".join(new.split())
        kind = "place" if by_place else "participant"
        new_key = lane_name_key(new)
        old_keys = {lane_name_key(name) for name in olds}
        # the names that change: a name already written as ``new`` is the one joined into
        moved = [name for name in olds if name != new] or olds
        existing = (new_key not in old_keys or len(old_keys) > 1) and any(
            lane_name_key(name) == new_key for event in timeline.events
            for name in ((event.location,) if by_place else event.participants))
        if len(moved) == 1:
            what = f"{kind} {commands.quoted_title(moved[0])}"
        elif len(moved) <= 3:
            what = f"{kind}s " + ", ".join(commands.quoted_title(name) for name in moved)
        else:
            what = f"{len(moved)} {kind}s"
        verb = f"Join {what} into" if existing else f"Rename {what} to"
        # (its undo selected every event naming them, as a lane's rename did: verify60 F20)
        self.update_events(changed, f"{verb} {commands.quoted_title(new)}",
                           keeps_selection=True)
        return len(changed)

    def duplicate_event(self, event_id: str, **changes: object) -> Event:
        """Add a copy of an event under a new id (with ``changes`` applied); returns the copy."""
        copy = dataclasses.replace(self.timeline.get(event_id), id=new_event_id(),
                                   **changes)  # type: ignore[arg-type]
        self._push(*self._title_follows_step(added=[copy]),
                   commands.AddEventCommand(self, copy, f"Duplicate “{copy.title}”"))
        return copy

    def merge_into_one(self, event_ids: Sequence[str], title_from: int = 0,
                       date_from: int = 0, place_from: int = 0,
                       status: str | None = None, lane_from: int | None = None) -> Event:
        """Merge the events ``event_ids`` (two or more, a person found them to be the same)
        into the first, as one undo step (Edit → Merge Selected Events; the rule:
        ``core.merge.merge_into_one``, whose indexes ``title_from``, ``date_from``,
        ``place_from`` and ``lane_from`` say whose title, date, place and lane are kept —
        the lane, by default, the kept title's event's —, and ``status`` the merged
        event's status, ``None`` for the first given).  Undo gives back every event as
        it was, under its own id and in its own lane.

        Returns:
            The merged event (the first event's id).

        Raises:
            KeyError: an id is not in the timeline.
            ValueError: fewer than two distinct ids, an index out of range, or no such
                status.
        """
        from timeline_app.core.merge import merge_into_one
        from timeline_app.core.sourced import evidence_source

        events = [self.timeline.get(event_id) for event_id in dict.fromkeys(event_ids)]
        merged = merge_into_one(events, title_from, date_from, place_from, self.date_teller,
                                status, lane_from)
        # The readings of the events merged away are noted (``_removed_step``), but not
        # one the first event also has (the same first sentence): that still tells it.
        first = {(evidence_source(events[0], x), x.sentence) for x in events[0].evidence[:1]}
        away = [event for event in events[1:] if not event.evidence or (
            evidence_source(event, event.evidence[0]), event.evidence[0].sentence) not in first]
        step = commands.MergeSelectedEventsCommand(self, events, merged)
        # the title a person chose among them, noted in the merge's undo step (verify56
        # F16: undone, the merge left its event noted as titled by hand)
        self._push(*self._removed_step(away, LeftOut.MERGED),
                   commands.NoteTitlesByHandCommand(self, {merged.id}, step.text()),
                   *self._title_follows_step(added=[merged], removed=events), step)
        return merged

    def date_teller(self, event: Event) -> str:
        """Who told ``event``'s date, in a few words: the outlet of the article its date
        was read from (``core.merge.date_source``), else that article's headline in
        quotes (shortened to 60 characters), else "" (an event typed by hand, an article
        no longer in the timeline).  A merged event's basis names each date told
        otherwise so ("12 December 2026 by AFP"), and Merge Selected Events names each
        date's teller (verify42 F8: four outlets, two dates, and nothing said who gave
        which).  A date of no article that a file gave (``core.merge.imported_from``):
        that file, "a Timeline Project file" (verify55 F13: her own date was credited to
        RFE/RL, whose row had been merged into her event).  A date a person set
        (``core.merge.dated_by_hand``): "" (verify70 F6)."""
        from timeline_app.core.merge import date_source, dated_by_hand, imported_from
        from timeline_app.io.exchange import article_teller

        source = date_source(event)
        if source is None:
            # (a date a person set: theirs, not the file's nor an article's, verify70 F6)
            return "" if dated_by_hand(event) else imported_from(event.date_basis)
        return article_teller(self.timeline.sources.get(source))

    def split_event(self, kept: Event, new: Event, shown: Sequence[str] = ()) -> None:
        """Split an event in two, as one undo step (Edit → Split Event…; the rule:
        ``core.split.split_event``): the event of ``kept``'s id is replaced by ``kept``
        and ``new`` is added.  ``shown``: every lane in the order shown; a new event in a
        new lane puts that lane after them, in the same undo step.  Undo gives the event
        back as it was and removes the new one.

        Raises:
            KeyError: no event has ``kept``'s id.
            ValueError: ``new``'s id is already in the timeline.
        """
        old = self.timeline.get(kept.id)
        if new.id in self.timeline:
            raise ValueError(f"event id {new.id!r} is already in the timeline")
        self._push_in_lane_order(commands.SplitEventCommand(self, old, kept, new),
                                 self._order_for_new_lane(new.category, shown),
                                 before=self._title_follows_step(added=[kept, new],
                                                                 removed=[old]))

    def set_properties(self, title: str, description: str, typed: bool = True) -> None:
        """Rename the timeline and set its description (no-op when nothing changes).
        ``typed``: the name is the person's (Timeline → Properties), never changed by the
        years its events span (:meth:`_title_follows_step`) while it is shown; False: a
        name the app offered and the person took as it was."""
        if typed and title != self.timeline.title:
            self.timeline.typed_title = title
        if (title, description) != (self.timeline.title, self.timeline.description):
            self._push(commands.SetTimelinePropertiesCommand(self, title, description))

    def _title_follows_step(self, added: Sequence[Event] = (),
                            removed: Sequence[Event] = ()) -> list[QUndoCommand]:
        """The rename that keeps a name the app made (``extract.subject.timeline_name``:
        "Central Asian states, 2018-2026", after an article's headline, not typed in
        Timeline → Properties since it was shown) true to the years of the events once
        ``removed`` are taken out and ``added`` put in (an edit: both), a part of that
        change's undo step; none when the events' first and last years stay the same, or
        the name is a person's (typed: ``set_properties``; or one that does not read as
        the app's, ``core.name_years.name_made_from``).  verify68 F12: events added by
        hand in 1924 and "by 2040" left the name "…, 2018-2026", and the exported
        picture's heading said it over "1924 – by the end of 2040".  A name typed before
        the file was saved and opened again is told apart only by its words."""
        timeline = self.timeline
        title = timeline.title
        if (not (added or removed) or title == timeline.typed_title or not timeline.sources
                or sorted(e.day_range() for e in added)
                == sorted(e.day_range() for e in removed)):
            return []
        from timeline_app.core.dates import from_day_number
        from timeline_app.core.name_years import name_with_years, name_years

        days = timeline.day_range()
        if days is None or name_years(title) is None or not self._name_made_by_app(title):
            return []
        first, end = days
        if any(e.day_range()[0] <= first or e.day_range()[1] >= end for e in removed):
            # (an event at either end taken out: the others' days, once)
            gone = {event.id for event in removed}
            spans = [span for i, span in zip(timeline.ids(), timeline.day_spans(), strict=True)
                     if i not in gone]
            spans.extend(e.day_range() for e in added)
            if not spans:
                return []
            first, end = min(a for a, _b in spans), max(b for _a, b in spans)
        else:
            for event in added:
                a, b = event.day_range()
                first, end = min(first, a), max(end, b)
        def years(first: int, end: int) -> tuple[int, int]:
            return from_day_number(first)[0], from_day_number(max(first, end - 1))[0]

        after = years(first, end)
        # (only a change of the first or last year: an edit inside the span leaves a name
        # whose years left out a plan to come, as an import's name does, as it is)
        if after == years(*days):
            return []
        renamed = name_with_years(title, *after)
        if renamed is None:
            return []
        rename = commands.SetTimelinePropertiesCommand(self, renamed, timeline.description)
        rename.follows_years = (title, renamed)  # (said once pushed: ``_push``)
        return [rename]

    def events_years(self) -> tuple[int, int] | None:
        """The first and last year (astronomical: 0 is 1 BC) of the timeline's events,
        first day to last (``Timeline.day_range``; a span's exclusive end's day before),
        or None without events: the years the app's name follows
        (``_title_follows_step``) and Timeline → Properties offers."""
        from timeline_app.core.dates import from_day_number

        days = self.timeline.day_range()
        if days is None:
            return None
        first, end = days
        return from_day_number(first)[0], from_day_number(max(first, end - 1))[0]

    def name_typed(self) -> bool:
        """Whether the timeline's name is one a person typed in Timeline → Properties
        (``set_properties``): never changed by the app.  The file keeps it
        (``Timeline.typed_title``, format version 13's ``title_typed``)."""
        typed = self.timeline.typed_title
        return typed is not None and self.timeline.title == typed

    def name_follows_years(self) -> bool:
        """Whether the timeline's name is the app's, which follows the years of its events
        (``_title_follows_step``): not typed (``name_typed``), years at its end
        (``core.name_years.name_years``) and words that read as an import's name after
        one of its articles (``_name_made_by_app``)."""
        from timeline_app.core.name_years import name_years

        title = self.timeline.title
        return (not self.name_typed() and bool(self.timeline.sources)
                and name_years(title) is not None and self._name_made_by_app(title))

    def _name_made_by_app(self, title: str) -> bool:
        """Whether ``title`` reads as the name an import gives after one of the timeline's
        articles (``core.name_years.name_made_from``), kept for the title, the number of
        articles and the timeline's revision."""
        timeline = self.timeline
        key = (title, len(timeline.sources), timeline.revision)
        if self._named_by_app is not None and self._named_by_app[0] == key:
            return self._named_by_app[1]
        from timeline_app.core.name_years import name_made_from

        made = name_made_from(
            title, [source.title for source in timeline.sources.values()],
            # (an imported article's events' names; a large timeline's name came from its
            # file or a person)
            () if len(timeline) > 50_000 else
            (name for event in timeline if event.source_id for name in event.participants))
        self._named_by_app = (key, made)
        return made

    def set_category_color(self, category: str, color: str | None) -> None:
        """Choose the colour of a category's lane (``"#rrggbb"``), or with ``None`` go back
        to the app's own colour for it; one undo step (no-op when nothing changes).

        Raises:
            ValueError: ``color`` is not ``#rrggbb``.
        """
        if color is not None and not is_color(color):
            raise ValueError(f"not a #rrggbb colour: {color!r}")
        if self.timeline.category_colors.get(category) != color:
            self._push(commands.SetCategoryColorCommand(self, category, color))

    def rename_lane(self, old: str, new: str, color: str | None = None,
                    shown: Sequence[str] = ()) -> bool:
        """Rename lane ``old`` to ``new``: every event of it and its chosen colour, as one
        undo step ("Rename lane …"); onto an existing lane's name, a merge into that lane
        ("Merge lane … into …"; the rule for colours: ``core.lanes.rename_lane``;
        ``color``: the colour the lane is shown in, ``#rrggbb``, kept under the new name).
        ``shown``: every lane in the order shown, first to last; a renamed lane keeps its
        place in it, also when ``Timeline.lane_order`` does not list it (never set).

        Returns:
            True if a step was pushed (False: nothing to change).

        Raises:
            ValueError: ``new`` is empty or only white space, or ``color`` is not
                ``#rrggbb``.
        """
        from timeline_app.core import lanes
        from timeline_app.io.exchange import display_category

        merging = new != old and new in lanes.lane_names(self.timeline)
        if color is not None and not is_color(color):
            raise ValueError(f"not a #rrggbb colour: {color!r}")
        change = lanes.rename_lane(self.timeline, old, new, color, shown)
        if not change:
            return False
        before = display_category(old) or "Uncategorised"
        text = (f"Merge lane {before} into {display_category(new)}" if merging
                else f"Rename lane {before} to {display_category(new)}")
        self._push(commands.ChangeLanesCommand(self, change, text, keeps_selection=True))
        return True

    def set_era_lane(self, lane: str, eras: bool) -> bool:
        """Show ``lane`` (a category; it need not have events yet) as eras — its events
        drawn as bands behind every lane and written as eras by the TimelineJS and
        Timeline Project exports — or, with ``eras`` False, as a lane of rows again; one
        undo step ("Show Filling phases as Eras", ``core.lanes.with_era_lane``).  The
        choice is the timeline's (``Timeline.era_lanes``), kept by its file.

        Returns:
            True if a step was pushed (False: the lane is shown so already).
        """
        from timeline_app.core import lanes

        new = lanes.with_era_lane(self.timeline, lane, eras)
        if new is self.timeline.era_lanes:
            return False
        self._push(commands.SetEraLanesCommand(self, lane, eras, new))
        return True

    def move_events_to_lane(self, event_ids: list[str], lane: str,
                            shown: Sequence[str] = ()) -> bool:
        """Move the events ``event_ids`` to ``lane`` (an existing or a new lane) as one undo
        step; unknown ids and events already there are left out.  ``shown``: every lane in
        the order shown; a new lane goes after them (``_order_for_new_lane``).

        Returns:
            True if a step was pushed (False: no event moves).

        Raises:
            ValueError: ``lane`` is empty or only white space.
        """
        from timeline_app.core import lanes
        from timeline_app.io.exchange import display_category

        change = lanes.move_to_lane(self.timeline, event_ids, lane)
        if not change:
            return False
        order = self._order_for_new_lane(lane, shown)
        if order is not None:
            change = dataclasses.replace(change, new_order=order)
        moved = change.new_events
        what = f"“{moved[0].title}”" if len(moved) == 1 else f"{len(moved)} events"
        self._push(commands.ChangeLanesCommand(
            self, change, f"Move {what} to lane {display_category(lane)}"))
        return True

    def move_lane(self, lane: str, where: str | int, lanes: list[str]) -> bool:
        """Move ``lane`` up (one place earlier: up the timeline, left in the legend), down,
        to the top or to the bottom among ``lanes`` (every lane as shown, first to last),
        or to place ``where`` (0: first; a legend entry dragged), as one undo step ("Move
        lane Treaty up"); the order is kept in ``Timeline.lane_order``
        (``core.lanes.reorder_lane``) and so in the file.

        Returns:
            True if a step was pushed (False: the lane is already there).

        Raises:
            ValueError: ``lane`` is not in ``lanes``, or ``where`` is not "up", "down",
                "top" or "bottom".
        """
        from timeline_app.core import lanes as lanes_module
        from timeline_app.io.exchange import display_category

        change = lanes_module.reorder_lane(self.timeline, lanes, lane, where)  # type: ignore[arg-type]
        if not change:
            return False
        def named(category: str) -> str:
            return display_category(category) or "Uncategorised"

        how = {"up": " up", "down": " down", "top": " to the top", "bottom": " to the bottom"}
        if isinstance(where, int):  # a dragged legend entry: where it went (the step read
            # "Move lane Visit", verify19)
            order = list(change.new_order)
            at = order.index(lane)
            words = (how["top"] if at == 0 else how["bottom"] if at == len(order) - 1 else
                     f" after {named(order[at - 1])}")
        else:
            words = how[where]
        self._push(commands.ChangeLanesCommand(self, change, f"Move lane {named(lane)}{words}"))
        return True

    def merge_events(self, sources: list[Source], added: list[Event],
                     replaced: list[Event], text: str = "",
                     category_colors: dict[str, str] | None = None,
                     era_lanes: frozenset[str] | None = None, *,
                     dropped: Iterable[LeftOut] = (), taken: Iterable[LeftOut] = (),
                     removed: Sequence[str] = (),
                     lane_order: Sequence[str] | None = None) -> None:
        """Add events and replace existing ones (merged duplicates) as one undo step.

        ``category_colors``: colours of the incoming events' categories (``#rrggbb``);
        those of categories this timeline already has, coloured or not, are left as they
        are, the others added (what File → Merge… keeps of the other file's colours).
        ``era_lanes``: the lanes the incoming file shows as eras (its
        ``Timeline.era_lane_set()``); a lane new to this timeline is shown as there, in
        the same undo step (``core.lanes.merged_era_lanes``); None: the lanes stay as
        they are.  ``dropped``, ``taken``: an import's rows left out and taken, noted in
        the same undo step (:meth:`_left_out_step`).  ``removed``: ids of events to
        delete in the same step (File → Merge… of a copy of this timeline that lacks them,
        verify49 F10); ids not in the timeline are passed over.  ``lane_order``: the
        ``Timeline.lane_order`` to set in the same step (:meth:`_lane_order_step`).
        """
        gone = [self.timeline.get(i) for i in dict.fromkeys(removed) if i in self.timeline]
        steps: list[QUndoCommand] = []
        if gone:
            steps.append(commands.RemoveEventsCommand(self, gone))
            # Their readings noted as deleted, as Delete notes them (``_removed_step``),
            # in the same step: a later import of their article offers those rows
            # unticked, "deleted" (verify61 F17: "S. Jaishankar visits Beijing", deleted
            # by a colleague's copy's merge, came back ticked, "no").
            import datetime as dt

            from timeline_app.core.reimport import readings_removed

            dropped = [*dropped, *readings_removed(gone, self.timeline.sources,
                                                   dt.date.today(), LeftOut.DELETED,
                                                   reviewable_only=True)]
        if added or replaced:
            steps.append(commands.MergeEventsCommand(self, sources, added, replaced, text,
                                                     category_colors, era_lanes))
        elif steps and text:
            steps[-1].setText(text)
        if steps:
            self._push(*self._left_out_step(dropped, taken),
                       *self._lane_order_step(lane_order, steps[-1].text()), *steps)

    @contextlib.contextmanager
    def correcting_source(self, source: Source | None) -> Iterator[None]:
        """What the block pushes (an import), with the timeline's article of
        ``source.id``, when it has it, taking ``source``'s headline and outlet, in the
        same undo step (an import review's corrected headline or outlet: verify61 F9;
        an article new to the timeline comes with its import as corrected).  Named as
        the block's step."""
        stored = None if source is None else self.timeline.sources.get(source.id)
        if (source is None or stored is None
                or (stored.title, stored.outlet) == (source.title, source.outlet)):
            yield
            return
        stack = self.undo_stack
        before = stack.index()
        stack.beginMacro("Correct the article")
        try:
            self._push(commands.SetSourceCommand(
                self, stored, dataclasses.replace(stored, title=source.title,
                                                  outlet=source.outlet)))
            yield
        finally:
            stack.endMacro()
            step = stack.command(before)
            if step is not None and step.childCount():  # named as the import (if any)
                step.setText(step.child(step.childCount() - 1).text())
                stack.undoTextChanged.emit(step.text())  # (Edit → Undo says it)

    @contextlib.contextmanager
    def in_new_timeline(self, title: str) -> Iterator[None]:
        """What the block pushes (an import), made in a new, empty timeline named
        ``title`` shown in place of this one, as one undo step named as the block's
        step: undone, the timeline shown before is back — its events, name, file,
        saved state and undo history (verify64 F10: the undo of an import over the
        sample left an empty timeline with the article's name, not marked unsaved);
        redone, the new timeline with the import again.  Nothing is started when changes
        are refused (``changes_refused``: the block's pushes are refused too)."""
        if self.changes_refused():
            yield
            return
        stack = self.undo_stack
        before = stack.index()
        self.pushing = True
        self._saved_before_step = not self.is_modified
        stack.beginMacro("Start a new timeline")
        try:
            try:
                stack.push(commands.ShowTimelineCommand(self, Timeline(title=title)))
            finally:
                self._saved_before_step = None
            self.pushing = False
            yield
        finally:
            self.pushing = True
            try:
                stack.endMacro()
            finally:
                self.pushing = False
            step = stack.command(before)
            if step is not None and step.childCount() > 1:  # named as the import
                step.setText(step.child(step.childCount() - 1).text())
                stack.undoTextChanged.emit(step.text())  # (Edit → Undo says it)

    def _swap_shown(self, shown: ShownTimeline) -> ShownTimeline:
        """Show ``shown`` (a timeline with its file, fingerprint and import state) in
        place of the timeline shown now, which is returned (``commands.
        ShowTimelineCommand``'s undo and redo).  Views are told by ``reset``; the undo
        stack's index change that follows says whether it is modified.

        The timeline shown now is returned as its file alone when it is that file
        unchanged and has ``KEEP_SHOWN_FROM`` events or more (edit58 kept a 100 000-event
        timeline in memory for the undo); ``shown`` given so is read again from its file
        (:meth:`_read_again`)."""
        # (while the step is first pushed its macro has moved the stack's index already:
        # the state before it says whether the timeline was saved)
        saved = (not self.is_modified if self._saved_before_step is None
                 else self._saved_before_step)
        on_disk = (len(self.timeline) >= KEEP_SHOWN_FROM and saved
                   and self.path is not None and self.disk_fingerprint is not None
                   and not self.is_untouched_import and not self.file_changed_on_disk())
        was = ShownTimeline(None if on_disk else self.timeline, self.path,
                            self.disk_fingerprint, dict(self.lanes_for_kinds),
                            self.is_untouched_import, len(self.timeline))
        if shown.timeline is None:
            self.many_changing.emit(shown.size)  # (the window's busy cursor: a load)
            timeline, fingerprint, path = self._read_again(shown)
        else:
            timeline, fingerprint, path = shown.timeline, shown.fingerprint, shown.path
        self.timeline = timeline
        self.disk_fingerprint = fingerprint
        shown = ShownTimeline(timeline, path, fingerprint, shown.lanes_for_kinds,
                              shown.untouched_import)
        self.lanes_for_kinds = dict(shown.lanes_for_kinds)
        # An untouched import again once the stack's index has moved back (that move
        # counts one change: ``_count_change``).
        self._import_changes = self._changes + 1 if shown.untouched_import else None
        self._set_path(shown.path)
        self.reset.emit()
        return was

    #: Whether the timeline shown was saved, while ``in_new_timeline`` pushes its step
    #: (None otherwise: the undo stack's clean state says it).
    _saved_before_step: bool | None = None

    #: What the last undo that read a timeline again from its file has to say when that
    #: file was not as it was left ("" when it was or none was read): the window says it
    #: with the undo and sets it back to "" (``MainWindow._say_undone``).
    reread_note = ""

    def _read_again(self, shown: ShownTimeline) -> tuple[Timeline, Fingerprint | None,
                                                           str | None]:
        """The timeline, fingerprint and path of ``shown``, a timeline kept as its native
        file (``shown.timeline`` None): read again from that file.  The file as it was
        left (``fingerprint.same_file_content``) gives the timeline that was shown.  A
        file changed since by another program is read as it is now, and one gone or
        unreadable gives an empty timeline named after it, without a file: either is
        said in ``reread_note``, since the timeline that was shown then exists nowhere
        any more.  Raises nothing."""
        from timeline_app.io.errors import FormatError

        path, fingerprint = shown.path, shown.fingerprint
        assert path is not None and fingerprint is not None
        name = Path(path).name
        same = fingerprints.same_file_content(path, fingerprint)
        try:
            timeline = timeline_io.load(path)
        except FormatError as error:
            self.reread_note = (f"{name} is gone or cannot be read any more ({error.problem})"
                                f": Undo shows an empty timeline in its place")
            return Timeline(title=Path(path).stem), None, None
        if same:
            self.reread_note = ""
            return timeline, fingerprint, path
        self.reread_note = (f"{name} was changed by another program since the import: Undo "
                            "shows it as it is now")
        return timeline, fingerprints.file_fingerprint(path), path

    def import_events(self, source: Source | None, events: list[Event],
                      name: str | None = None, *, dropped: Iterable[LeftOut] = (),
                      taken: Iterable[LeftOut] = (),
                      lane_order: Sequence[str] | None = None) -> None:
        """Add events read from an article (and the article itself) as one undo step.

        ``name``: the timeline's name after the import when it is still empty, untitled
        and without a file (File → New's timeline), renamed in the same undo step.  An
        article imported there kept "Untitled timeline", which TimelineJS exports then
        used as their headline (verify28), where an import into a new timeline is named
        after its article (``ui.import_article.article_title``).  ``dropped``, ``taken``:
        the rows the review left out and took, noted in the same undo step
        (:meth:`_left_out_step`).  ``lane_order``: the ``Timeline.lane_order`` to set in
        the same undo step (:meth:`_lane_order_step`).
        """
        if not events:
            return
        command = commands.ImportEventsCommand(self, source, events)
        timeline = self.timeline
        left_out = [*self._left_out_step(dropped, taken),
                    *self._lane_order_step(lane_order, command.text())]
        if (not name or self.path or timeline.events
                or timeline.title.strip() not in ("", UNTITLED)):
            self._push(*left_out, command)
            return
        self._push(*left_out,
                   commands.SetTimelinePropertiesCommand(self, name, timeline.description),
                   command)

    def _lane_order_step(self, order: Sequence[str] | None, text: str) -> list[QUndoCommand]:
        """The step that sets ``Timeline.lane_order`` to ``order`` (named ``text``), or
        none when ``order`` is None or the order already (an import's new lanes after
        the person's own: verify57 F16)."""
        if order is None or tuple(order) == tuple(self.timeline.lane_order):
            return []
        from timeline_app.core.lanes import LaneChange

        colors = dict(self.timeline.category_colors)
        change = LaneChange(old_colors=colors, new_colors=dict(colors),
                            old_order=tuple(self.timeline.lane_order), new_order=tuple(order))
        return [commands.ChangeLanesCommand(self, change, text)]

    def keep_article(self, source: Source) -> bool:
        """Add an article without events, as one undo step: one that gave no event (an
        encyclopedia article of BC dates, which the reader cannot date), kept so that Add
        quote… offers its sentences to the events entered by hand (verify41, F12).

        Returns:
            False, changing nothing, when the timeline has that article already.
        """
        if source.id in self.timeline.sources:
            return False
        title = source.title or "the article"
        self._push(commands.ImportEventsCommand(self, source, [], text=f"Keep “{title}”"))
        return True

    def _order_for_new_lane(self, lane: str, shown: Sequence[str]) -> tuple[str, ...] | None:
        """The ``Timeline.lane_order`` that puts ``lane``, when no event is in it yet (a
        lane the user adds), after every lane in ``shown`` (the lanes in the order shown,
        first to last); None when ``lane`` is there already or ``shown`` is empty.

        A new lane had its alphabetical place among the lanes ("Sudan talks" between
        Statement and Treaty), where nobody looked for it (new-user trials, ui22 item 3).
        It goes last, where the lanes' own order already puts a lane made after a move
        (``core.lanes.reorder_lane``: "a lane made later follows them"), and where an item
        added to a list the user orders goes.  Neither tool named in the brief says
        otherwise: Aeon Timeline's help (Timeline View: "Group by"; Manage Entities)
        does not say where a new group goes, and Timeline Project (thetimelineproj) has
        no lanes by category (searched, session 19).  Undo restores the order (one step
        with the event's change).
        """
        if not shown or lane in shown:  # (a lane shown is no new one: no scan of events)
            return None
        if any(event.category == lane for event in self.timeline):
            return None
        order = (*dict.fromkeys(name for name in shown if name != lane), lane)
        return order if order != tuple(self.timeline.lane_order) else None

    def _push_in_lane_order(self, command: QUndoCommand, order: tuple[str, ...] | None,
                            before: Sequence[QUndoCommand] = ()) -> None:
        """Push ``command``; with ``order``, the lane order first, and ``before`` (steps
        of the same change), all as one undo step named as ``command``."""
        if order is None:
            self._push(*before, command)
            return
        from timeline_app.core.lanes import LaneChange

        colors = dict(self.timeline.category_colors)
        change = LaneChange(old_colors=colors, new_colors=dict(colors),
                            old_order=tuple(self.timeline.lane_order), new_order=order)
        self._push(commands.ChangeLanesCommand(self, change, command.text()), *before,
                   command)

    def _push(self, *steps: QUndoCommand) -> None:
        """Push ``steps`` as one undo step, named as the last of them when there are
        several (a macro)."""
        if self.changes_refused():
            return
        # ``pushing`` tells a listener to ``undo_stack.indexChanged`` a new step from an
        # undo/redo (QUndoStack signals both alike): only the latter moves the selection.
        self.pushing = True
        try:
            if len(steps) == 1:
                self.undo_stack.push(steps[0])
            else:
                self.undo_stack.beginMacro(steps[-1].text())
                for step in steps:
                    self.undo_stack.push(step)
                self.undo_stack.endMacro()
        finally:
            self.pushing = False
        for step in steps:
            followed = getattr(step, "follows_years", None)
            if followed is not None:
                self.name_followed_years.emit(*followed)

    # Called by the undo commands only.
    def _apply_properties(self, title: str, description: str) -> None:
        self.timeline.title = title
        self.timeline.description = description
        self.properties_changed.emit()

    def _apply_left_out(self, left_out: list[LeftOut]) -> None:
        from timeline_app.core.reimport import pending

        # (a deletion's readings not yet made stay so: ``_removed_step``)
        self.timeline.left_out = left_out if pending(left_out) else list(left_out)

    def _apply_category_colors(self, colors: dict[str, str]) -> None:
        self.timeline.category_colors = dict(colors)
        self.category_colors_changed.emit()

    def _apply_add_source(self, source: Source) -> None:
        self.timeline.sources[source.id] = source
        self.sources_changed.emit()

    def _apply_remove_source(self, source_id: str) -> None:
        del self.timeline.sources[source_id]
        self.sources_changed.emit()

    def _apply_add(self, event: Event) -> None:
        self.timeline.add(event)
        self.event_added.emit(event.id)

    def _apply_remove(self, event_id: str) -> None:
        self.timeline.remove(event_id)
        self.event_removed.emit(event_id)

    def _apply_replace(self, event: Event) -> None:
        self.timeline.replace(event)
        self.event_changed.emit(event.id)

    def _apply_replace_many(self, events: tuple[Event, ...] | list[Event]) -> None:
        """Replace events by edited copies; more than ``REPLACED_ONE_BY_ONE`` are told to
        the views with one ``events_replaced`` signal."""
        self._apply_many(replace=events)

    def _apply_many(self, add: Sequence[Event] = (), replace: Sequence[Event] = (),
                    remove: Sequence[str] = ()) -> None:
        """Remove the events of ids ``remove``, replace events by the edited copies
        ``replace`` and add the events ``add``, in that order.  More than
        ``REPLACED_ONE_BY_ONE`` in all are told to the views with one ``events_replaced``
        signal (the ids of all three), fewer with one signal per event.

        Raises:
            KeyError: an id of ``remove`` or ``replace`` is not in the timeline.
            ValueError: an event of ``add`` has an id already there.
        """
        if len(add) + len(replace) + len(remove) <= REPLACED_ONE_BY_ONE:
            for event_id in remove:
                self._apply_remove(event_id)
            for event in replace:
                self._apply_replace(event)
            for event in add:
                self._apply_add(event)
            return
        self.many_changing.emit(len(add) + len(replace) + len(remove))
        # In bulk, as ``remove``/``replace``/``add`` of each would leave the timeline (a
        # replaced event keeps its place): one list insert or pop each was O(n) apiece,
        # ~7 s of a 100 000-event delete and its undo (verify27, finding 5).
        timeline = self.timeline
        timeline.remove_many([*remove, *(event.id for event in replace)])
        timeline.add_many([*replace, *add])
        self.events_replaced.emit((*remove, *(e.id for e in replace), *(e.id for e in add)))

    def _apply_timeline_fields(self, fields: dict[str, object]) -> None:
        """Set the timeline's own fields named in ``fields`` (``io.recovery``'s
        ``TIMELINE_FIELDS``), each told as its own step tells it."""
        timeline = self.timeline
        if "title" in fields or "description" in fields:
            self._apply_properties(str(fields.get("title", timeline.title)),
                                   str(fields.get("description", timeline.description)))
        if "category_colors" in fields:
            self._apply_category_colors(dict(fields["category_colors"]))  # type: ignore[call-overload]
        if "lane_order" in fields:
            self._apply_lane_order(list(fields["lane_order"]))  # type: ignore[call-overload]
        if "era_lanes" in fields:
            self._apply_era_lanes(fields["era_lanes"])  # type: ignore[arg-type]
        if "titles_by_hand" in fields:
            timeline.titles_by_hand = set(fields["titles_by_hand"])  # type: ignore[call-overload]
        if "left_out" in fields:
            self._apply_left_out(list(fields["left_out"]))  # type: ignore[call-overload]

    def restore_recovered(self, recovered: Timeline, path: str | None,
                          change: RecoveredChange, clean: bool) -> None:
        """Show ``recovered``, a recovery copy restored after a crash, in place of its
        file ``path`` (None: it had none), with one undo step "Restore recovered
        changes" (``change``: what it changed in the file as saved) whose undo gives the
        saved file back (or, with no file, an empty timeline).  ``clean``: the file on
        disk is still the one the edits were made to, so the state before the step is
        the saved one (not modified); otherwise no state is."""
        self.replace_timeline(recovered, path)
        if path and "title" in change.fields_before:  # renamed in the copy, not the file
            self.file_title = change.fields_before["title"]
        # (not through ``_push``: a restore is never refused, or the copy would show as
        # saved and go unasked at close)
        self.pushing = True
        try:
            self.undo_stack.push(commands.RestoreRecoveredCommand(self, change))
        finally:
            self.pushing = False
        if not clean:
            self.undo_stack.resetClean()

    def _apply_lane_order(self, order: list[str]) -> None:
        self.timeline.lane_order = list(order)
        self.lane_order_changed.emit()

    def _apply_era_lanes(self, lanes: frozenset[str] | None) -> None:
        self.timeline.era_lanes = lanes
        self.era_lanes_changed.emit()
