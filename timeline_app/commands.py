"""Undo commands: they store event values (never widgets) and change the model via the document."""

from __future__ import annotations

import dataclasses
import weakref
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from timeline_app.core import Event, Source
from timeline_app.io.exchange import display_category
from timeline_app.words import counted

if TYPE_CHECKING:
    from timeline_app.core import Timeline
    from timeline_app.core.lanes import LaneChange
    from timeline_app.core.model import LeftOut
    from timeline_app.document import Document
    from timeline_app.io.recovery import RecoveredChange


class DocumentCommand(QUndoCommand):
    """An undo step of a document, which it holds weakly (``document``).

    The document owns its undo stack and the stack its commands: a command that held its
    document strongly made every document with an undo step a reference cycle, freed by
    the garbage collector rather than when its owner dropped it.  A full collection that
    freed one with a long undo history (250 steps, after a ``gc.freeze`` as a load makes)
    crashed: a segmentation fault in ``QUndoStack::clear``, from the stack's destructor
    as the collector deleted the document (PySide6 6.11, Qt 6; in the idle collection of
    ``ui/idle_gc.py`` during the test suite, session 13; ``tests/ui/test_document_gc.py``).
    """

    #: True for a step made on a whole lane (a rename, a merge of lanes), not on the
    #: events a person picked: its undo and redo give back the selection it was made
    #: with (``selection.SelectionAcrossUndo``), not the lane's events (verify60 F20).
    keeps_selection = False
    #: True for a step that brings articles' events in (an import, File → Merge…): its
    #: undo and redo leave the view where the person had it, or Fit All's view fitted
    #: again, not scrolled to an event it merged into (verify85 F5: ``is_import_step``).
    brings_articles = False

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(text)
        self._document_ref = weakref.ref(document)

    @property
    def _document(self) -> Document:
        """The document; raises ``RuntimeError`` if it is gone (its stack, and so this
        command, go with it: never seen)."""
        document = self._document_ref()
        if document is None:
            raise RuntimeError("the undo step's document is gone")
        return document


class AddEventCommand(DocumentCommand):
    def __init__(self, document: Document, event: Event, text: str = "") -> None:
        super().__init__(document, text or f"Add “{event.title}”")
        self._event = event

    def redo(self) -> None:
        self._document._apply_add(self._event)

    def undo(self) -> None:
        self._document._apply_remove(self._event.id)


class RemoveEventCommand(DocumentCommand):
    def __init__(self, document: Document, event: Event) -> None:
        super().__init__(document, f"Delete “{event.title}”")
        self._event = event

    def redo(self) -> None:
        self._document._apply_remove(self._event.id)

    def undo(self) -> None:
        self._document._apply_add(self._event)


#: A title quoted in an edit's step name is cut to this many characters (two titles in
#: one name fit the 100 that Edit → Undo shows, ``ui.main_window.STEP_WORDS_LIMIT``).
STEP_TITLE_LIMIT = 40


def quoted_title(title: str) -> str:
    """``title`` in curly quotes, cut to ``STEP_TITLE_LIMIT`` characters: an undo step's
    name of one event ("Edit “Summit”", "Mark “Truce signed” disputed")."""
    cut = title if len(title) <= STEP_TITLE_LIMIT else title[:STEP_TITLE_LIMIT - 1] + "…"
    return f"“{cut}”"


def edit_step_name(old: Event, new: Event) -> str:
    """The undo step's name of an edit: "Edit “Summit”", or with a new title both,
    "Edit “Sanctions” → “Draft text on sanctions relief…”": named by the new title
    alone, "Undid: Edit “Draft text…”" named the event by the title the undo had just
    taken away (verify22, finding 10); by the old alone, Edit → Undo would name a title
    shown nowhere."""
    if old.status != new.status and dataclasses.replace(old, status=new.status) == new:
        # only how the claim stands changed: said so, as Set Status names its step
        from timeline_app.core.status import status_words

        return f"Mark {quoted_title(new.title)} {status_words(new.status).lower()}"
    if old.title == new.title:
        return f"Edit {quoted_title(new.title)}"
    return f"Edit {quoted_title(old.title)} → {quoted_title(new.title)}"


class EditEventCommand(DocumentCommand):
    def __init__(self, document: Document, old: Event, new: Event, text: str = "") -> None:
        super().__init__(document, text or edit_step_name(old, new))
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._document._apply_replace(self._new)

    def undo(self) -> None:
        self._document._apply_replace(self._old)


class RemoveEventsCommand(DocumentCommand):
    """Removes several events as one undo step (Delete on a multi-selection)."""

    def __init__(self, document: Document, events: list[Event]) -> None:
        text = (f"Delete “{events[0].title}”" if len(events) == 1
                else f"Delete {len(events)} events")
        super().__init__(document, text)
        self._events = list(events)

    def redo(self) -> None:
        self._document._apply_many(remove=[event.id for event in self._events])

    def undo(self) -> None:
        self._document._apply_many(add=self._events[::-1])


class SetTimelinePropertiesCommand(DocumentCommand):
    """Renames the timeline and/or changes its description; the step is named by what
    changes: "Rename the timeline “Lithuania and Belarus, 2020-2027”", "Change the
    timeline's description", else "Change timeline properties" (verify76 F19: undoing an
    automatic rename said only "Undid: Change timeline properties")."""

    #: (old name, new name) when the rename is the app's name following its events' years
    #: in an edit's step (``Document._title_follows_step``), said once pushed.
    follows_years: tuple[str, str] | None = None

    def __init__(self, document: Document, title: str, description: str) -> None:
        renamed = title != document.timeline.title
        described = description != document.timeline.description
        super().__init__(document, f"Rename the timeline “{title}”" if renamed and not described
                         else "Change the timeline's description" if described and not renamed
                         else "Change timeline properties")
        self._old = (document.timeline.title, document.timeline.description)
        self._new = (title, description)

    def redo(self) -> None:
        self._document._apply_properties(*self._new)

    def undo(self) -> None:
        self._document._apply_properties(*self._old)


class NoteLeftOutCommand(DocumentCommand):
    """Notes the readings an import left out (``Timeline.left_out``), a part of the
    import's undo step (``Document._left_out_step``)."""

    def __init__(self, document: Document, left_out: list[LeftOut]) -> None:
        super().__init__(document, "Note the rows left out")
        from timeline_app.core.reimport import pending

        # (kept as they are: a deletion's readings not made yet are not made here)
        old = document.timeline.left_out
        self._old = old if pending(old) else list(old)
        self._new = left_out if pending(left_out) else list(left_out)

    def redo(self) -> None:
        self._document._apply_left_out(self._new)

    def undo(self) -> None:
        self._document._apply_left_out(self._old)


class NoteTitlesByHandCommand(DocumentCommand):
    """Notes that events' titles were typed by a person (``Timeline.titles_by_hand``), a
    part of the edit's or merge's undo step: undone with it, the ids it noted are
    forgotten again (those noted before stay).  verify56 F16: Merge Selected Events
    undone left its event noted, so the file and the CSV export's message counted one
    title typed by hand more than before the merge."""

    def __init__(self, document: Document, event_ids: set[str], text: str) -> None:
        super().__init__(document, text)
        self._ids = frozenset(event_ids)
        self._added: frozenset[str] = frozenset()

    def redo(self) -> None:
        noted = self._document.timeline.titles_by_hand
        self._added = self._ids - noted
        noted.update(self._added)

    def undo(self) -> None:
        self._document.timeline.titles_by_hand.difference_update(self._added)


def is_import_step(step: QUndoCommand | None) -> bool:
    """Whether the undo step ``step`` (a command, or a macro of several: an import with
    its left-out rows and lane order) brings articles' events in
    (``DocumentCommand.brings_articles``).  False for None."""
    if step is None:
        return False
    if getattr(step, "brings_articles", False):
        return True
    return any(is_import_step(step.child(i)) for i in range(step.childCount()))


class MergeEventsCommand(DocumentCommand):
    """Adds new events and replaces existing ones (merged duplicates), with their articles,
    as one undo step: what File → Merge… and an import into a non-empty timeline do."""

    def __init__(self, document: Document, sources: list[Source], added: list[Event],
                 replaced: list[Event], text: str = "",
                 category_colors: dict[str, str] | None = None,
                 era_lanes: frozenset[str] | None = None) -> None:
        super().__init__(document, text or f"Merge {counted(len(added) + len(replaced), 'event')}")
        self.brings_articles = bool(sources)  # (a drag of several events brings none)
        timeline = document.timeline
        self._sources = [s for s in sources if s.id not in timeline.sources]
        self._fuller = _fuller_texts(timeline.sources, sources)
        self._added = list(added)
        self._new = list(replaced)
        self._old = [timeline.get(e.id) for e in replaced]
        # The colours before and after, when the merge brings new categories' colours.
        self._colors: tuple[dict[str, str], dict[str, str]] | None = None
        if category_colors:
            own = timeline.category_colors
            known = set(own)
            if any(c not in known for c in category_colors):  # else no need to look
                known.update(e.category for e in timeline)
            new = {c: v for c, v in category_colors.items() if c not in known}
            if new:
                self._colors = (dict(own), {**own, **new})
        # The lanes shown as eras before and after, when the incoming file showed a lane
        # new here as eras (``core.lanes.merged_era_lanes``).
        self._eras: tuple[frozenset[str] | None, frozenset[str] | None] | None = None
        if era_lanes is not None:
            from timeline_app.core.lanes import merged_era_lanes

            eras = merged_era_lanes(timeline, era_lanes, (event.category for event in added))
            if eras is not timeline.era_lanes:
                self._eras = (timeline.era_lanes, eras)

    def redo(self) -> None:
        for source in self._sources:
            self._document._apply_add_source(source)
        for _excerpt, whole in self._fuller:
            self._document._apply_add_source(whole)  # (the same id: replaces the excerpt)
        # many replaced (a drag of many selected events, a merge's duplicates) or added (a
        # merge's new events): one signal
        self._document._apply_many(add=self._added, replace=self._new)
        if self._colors is not None:
            self._document._apply_category_colors(self._colors[1])
        if self._eras is not None:
            self._document._apply_era_lanes(self._eras[1])

    def undo(self) -> None:
        if self._eras is not None:
            self._document._apply_era_lanes(self._eras[0])
        if self._colors is not None:
            self._document._apply_category_colors(self._colors[0])
        self._document._apply_many(remove=[event.id for event in reversed(self._added)],
                                   replace=self._old)
        for source in reversed(self._sources):
            self._document._apply_remove_source(source.id)
        for excerpt, _whole in self._fuller:
            self._document._apply_add_source(excerpt)


def _fuller_texts(known: dict[str, Source], sources: list[Source]
                  ) -> list[tuple[Source, Source]]:
    """``(the timeline's article, the one to replace it)`` for each of ``sources`` whose
    id the timeline knows with a text that is an excerpt of its text
    (``core.sourced.is_excerpt_of``: a colleague's export without the articles' texts,
    verify58 F18): importing the article in full brings its text back.  Kept, the
    excerpt's blanks would be the text new events' sentences point into."""
    from timeline_app.core.sourced import is_excerpt_of

    pairs = []
    for source in sources:
        old = known.get(source.id)
        if old is not None and is_excerpt_of(old.text, source.text):
            pairs.append((old, source))
    return pairs


class SetCategoryColorCommand(DocumentCommand):
    """Chooses a category's lane colour (``#rrggbb``), or clears the choice (``None``)."""

    def __init__(self, document: Document, category: str, color: str | None) -> None:
        name = display_category(category) or "Uncategorised"
        super().__init__(document, f"Change the colour of {name}" if color is not None
                         else f"Reset the colour of {name}")
        self._old = dict(document.timeline.category_colors)
        self._new = dict(self._old)
        if color is None:
            self._new.pop(category, None)
        else:
            self._new[category] = color

    def redo(self) -> None:
        self._document._apply_category_colors(self._new)

    def undo(self) -> None:
        self._document._apply_category_colors(self._old)


class SetEraLanesCommand(DocumentCommand):
    """Shows a lane as eras (bands behind the lanes) or as a lane of rows again: the
    timeline's ``era_lanes`` before and after (``core.lanes.with_era_lane``)."""

    def __init__(self, document: Document, lane: str, eras: bool,
                 new: frozenset[str] | None) -> None:
        name = display_category(lane) or "Uncategorised"
        super().__init__(document, f"Show {name} as Eras" if eras
                         else f"Show {name} as a Lane")
        self._old = document.timeline.era_lanes
        self._new = new

    def redo(self) -> None:
        self._document._apply_era_lanes(self._new)

    def undo(self) -> None:
        self._document._apply_era_lanes(self._old)


class ImportEventsCommand(DocumentCommand):
    """Adds an article (if new) and the events accepted from it, as one undo step."""

    brings_articles = True

    def __init__(self, document: Document, source: Source | None, events: list[Event],
                 text: str | None = None) -> None:
        super().__init__(document, text or
                         f"Import {len(events)} event{'s' if len(events) != 1 else ''}")
        self._source = source
        self._events = list(events)
        self._added_source = False
        # The article's excerpt a colleague's export carried, replaced by its whole text
        # (``_fuller_texts``; verify58 F18).
        self._fuller = _fuller_texts(document.timeline.sources,
                                     [source] if source is not None else [])

    def redo(self) -> None:
        if self._source is not None and self._source.id not in self._document.timeline.sources:
            self._document._apply_add_source(self._source)
            self._added_source = True
        for _excerpt, whole in self._fuller:
            self._document._apply_add_source(whole)
        self._document._apply_many(add=self._events)  # many: one signal

    def undo(self) -> None:
        self._document._apply_many(remove=[event.id for event in reversed(self._events)])
        if self._added_source and self._source is not None:
            self._document._apply_remove_source(self._source.id)
            self._added_source = False
        for excerpt, _whole in self._fuller:
            self._document._apply_add_source(excerpt)


class ChangeLanesCommand(DocumentCommand):
    """A lane renamed or merged into another, events moved to a lane, or a lane moved up or
    down, as one undo step (``core.lanes.LaneChange``: the events, category colours and
    lane order before and after).  ``keeps_selection``: a step on a whole lane (a rename, a
    merge of lanes), as ``DocumentCommand.keeps_selection``."""

    def __init__(self, document: Document, change: LaneChange, text: str,
                 keeps_selection: bool = False) -> None:
        super().__init__(document, text)
        self._change = change
        self.keeps_selection = keeps_selection

    def redo(self) -> None:
        change = self._change
        if change.new_order != change.old_order:  # before the events: their lanes in place
            self._document._apply_lane_order(list(change.new_order))
        if change.new_eras != change.old_eras:  # (a lane of eras renamed stays one)
            self._document._apply_era_lanes(change.new_eras)
        self._document._apply_replace_many(change.new_events)
        if change.new_colors != change.old_colors:
            self._document._apply_category_colors(change.new_colors)

    def undo(self) -> None:
        change = self._change
        if change.new_colors != change.old_colors:
            self._document._apply_category_colors(change.old_colors)
        self._document._apply_replace_many(change.old_events[::-1])
        if change.new_eras != change.old_eras:
            self._document._apply_era_lanes(change.old_eras)
        if change.new_order != change.old_order:
            self._document._apply_lane_order(list(change.old_order))


class MergeSelectedEventsCommand(DocumentCommand):
    """Events a person found to be the same, merged into the first of them
    (``core.merge.merge_into_one``): the first replaced by the merged event, the others
    removed, as one undo step; undo puts back every event as it was, under its own id and
    in its place among events of the same date (``Timeline.add`` keeps a removed
    event's sequence)."""

    def __init__(self, document: Document, events: list[Event], merged: Event) -> None:
        super().__init__(document, f"Merge {len(events)} events into {quoted_title(merged.title)}")
        self._old = events[0]
        self._others = list(events[1:])
        self._merged = merged

    def redo(self) -> None:
        self._document._apply_many(remove=[event.id for event in self._others],
                                   replace=[self._merged])

    def undo(self) -> None:
        self._document._apply_many(add=self._others, replace=[self._old])


class SplitEventCommand(DocumentCommand):
    """An event split in two (``core.split.split_event``): the event replaced by what it
    keeps and the new event added, as one undo step; undo removes the new event and puts
    the event back as it was, under its own id."""

    def __init__(self, document: Document, old: Event, kept: Event, new: Event) -> None:
        super().__init__(document, f"Split {quoted_title(old.title)}")
        self._old, self._kept, self._new = old, kept, new

    def redo(self) -> None:
        self._document._apply_many(add=[self._new], replace=[self._kept])

    def undo(self) -> None:
        self._document._apply_many(replace=[self._old], remove=[self._new.id])


class RestoreRecoveredCommand(DocumentCommand):
    """The changes of a recovery copy restored after a crash, as one undo step
    ("Restore recovered changes", ``io.recovery.RecoveredChange``): undone, the timeline
    is its saved file again; redone, the copy.  Pushed once the copy is shown
    (``Document.restore_recovered``): its first redo changes nothing."""

    def __init__(self, document: Document, change: RecoveredChange) -> None:
        super().__init__(document, "Restore recovered changes")
        self._change = change
        self._shown = True  # the document shows the copy already

    def redo(self) -> None:
        if self._shown:
            self._shown = False
            return
        change = self._change
        self._apply(change.removed, change.new, change.added, change.sources_after,
                    change.fields_after)

    def undo(self) -> None:
        change = self._change
        self._apply(change.added, change.old, change.removed, change.sources_before,
                    change.fields_before)

    def _apply(self, gone: list[Event], replace: list[Event], add: list[Event],
               sources: dict[str, Source] | None, fields: dict[str, object]) -> None:
        document = self._document
        document._apply_many(add=add, replace=replace, remove=[e.id for e in gone])
        if sources is not None:
            document.timeline.sources = dict(sources)
            document.sources_changed.emit()
        document._apply_timeline_fields(fields)


class SetSourceCommand(DocumentCommand):
    """An article of the timeline replaced by a corrected copy (its headline or outlet
    corrected in an import review: verify61 F9), as one undo step or part of one."""

    def __init__(self, document: Document, old: Source, new: Source) -> None:
        super().__init__(document, f"Correct the article {quoted_title(new.title or old.title)}")
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._document._apply_add_source(self._new)  # (the same id: replaces it)

    def undo(self) -> None:
        self._document._apply_add_source(self._old)


class ShowTimelineCommand(DocumentCommand):
    """A new timeline shown in place of the document's (an import review's "Start a new
    timeline"), the first part of the import's undo step (``Document.in_new_timeline``):
    its undo shows the timeline before again, with its file, fingerprint and saved state;
    its redo the new one (verify64 F10).  Each swaps what is shown with what it holds, so
    a Save As of the new timeline meanwhile is kept for the redo."""

    def __init__(self, document: Document, timeline: Timeline) -> None:
        from timeline_app.document import ShownTimeline

        super().__init__(document, "Start a new timeline")
        self._other = ShownTimeline(timeline, None, None, {})

    def redo(self) -> None:
        self._other = self._document._swap_shown(self._other)

    def undo(self) -> None:
        self._other = self._document._swap_shown(self._other)
