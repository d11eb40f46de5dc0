"""The one selection that the timeline view, the event list and the detail pane share."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import filterfalse
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from timeline_app.document import Document


class EventSelection(QObject):
    """Which events are selected, and which one of them is current (shown in the details).

    ``select`` selects one event (or none); ``select_many`` several (Ctrl/Shift-click in the
    event list), for commands that act on all of them, such as Delete.

    Signals:
        changed(str): the current event id, or "" for none.
        ids_changed(): the set of selected events changed.
    """

    changed = Signal(str)
    ids_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event_id = ""
        self._event_ids: tuple[str, ...] = ()

    @property
    def event_id(self) -> str:
        return self._event_id

    @property
    def event_ids(self) -> tuple[str, ...]:
        """Every selected event id (the current one included), in selection order."""
        return self._event_ids

    def select(self, event_id: str | None) -> None:
        self.select_many([event_id] if event_id else [], event_id)

    def select_many(self, event_ids: Iterable[str], current: str | None = None) -> None:
        """Select several events; ``current`` (default: the first) is the one shown."""
        ids = tuple(dict.fromkeys(filter(None, event_ids)))  # C-level: 100 000 at an undo
        current = current or (ids[0] if ids else "")
        if current and current not in ids:
            ids = (current, *ids)
        # Both are updated before either signal, so a listener to one sees the other's state.
        old_current, old_ids = self._event_id, self._event_ids
        self._event_id, self._event_ids = current, ids
        if current != old_current:
            self.changed.emit(current)
        if ids != old_ids:
            self.ids_changed.emit()


#: The most events an undone step gives back in the order they were picked: a selection
#: a person picked one by one; the undo of a 100 000-event delete does not pay the ~10 ms
#: of sets and filters for an order nobody picked (``SelectionAcrossUndo``).
ORDER_KEPT_UP_TO = 10_000


class SelectionAcrossUndo(QObject):
    """Keeps the selection on the events an undo or redo changed, as most editors do.

    After an undo/redo the events that step added, edited or brought back (and that still
    exist) are selected, the current one kept current when it is among them.  When every
    one of them was among the events selected as the step was first made, that whole
    selection comes back (a Move to Lane of 501 events, 3 of them in the lane already,
    undone: 498 were selected, verify60 F10).  A step made on a whole lane
    (``DocumentCommand.keeps_selection``: a rename) gives back the selection it was made
    with, whatever it changed, and the view is not moved (its undo selected the lane's
    12 433 events: verify60 F20).  A step that leaves none of its events (an addition
    undone) restores the selection from before the step was first made, unless the current
    event is still there (selected since: it stays, verify85 F12); a redo that leaves
    none (a Delete redone) the selection there was when the step was undone, what the step
    left selected (verify82 F9); else it keeps what was selected and still exists.  A new
    step (a push) leaves the selection to its caller.  (A trial selected an event, edited
    it, added one and undid twice: the selection was gone and the details showed the
    summary.)

    Listen to the document before anything that clears the selection on a removal: the
    selection at a step's first change is taken as the selection before it.

    Signals:
        followed(str): after an undo or redo that selected the events it changed, the
            current one (the window brings it into view: verify18, finding 4).
    """

    followed = Signal(str)

    def __init__(self, document: Document, selection: EventSelection) -> None:
        super().__init__(selection)
        self._document = document
        self._selection = selection
        self._touched: list[str] = []
        self._before: tuple[tuple[str, ...], str] | None = None
        #: The selection before the step at each stack index was pushed.
        self._before_step: dict[int, tuple[tuple[str, ...], str]] = {}
        #: The selection after the step at each stack index, as it was when that step
        #: was last undone (what its caller selected: Delete, the nearest event left):
        #: a redo that leaves none of its events gives it back.
        self._after_step: dict[int, tuple[tuple[str, ...], str]] = {}
        self._index = document.undo_stack.index()
        for signal in (document.event_added, document.event_changed, document.event_removed):
            signal.connect(self._note_change)
        document.events_replaced.connect(self._note_changes)  # a lane renamed
        document.undo_stack.indexChanged.connect(self._on_index_changed)
        document.reset.connect(self._forget)

    def _now(self) -> tuple[tuple[str, ...], str]:
        return self._selection.event_ids, self._selection.event_id

    def _note_change(self, event_id: str) -> None:
        if self._before is None:
            self._before = self._now()
        self._touched.append(event_id)

    def _note_changes(self, event_ids: tuple[str, ...]) -> None:
        """``_note_change`` of each, in one step (100 000 at a large undo)."""
        if not event_ids:
            return
        if self._before is None:
            self._before = self._now()
        self._touched += event_ids

    def _forget(self) -> None:
        self._forget_step()
        self._before_step.clear()
        self._after_step.clear()
        self._index = self._document.undo_stack.index()

    def _on_index_changed(self, index: int) -> None:
        before = self._before or self._now()
        touched = self._touched[:]
        undone, old_index = index < self._index, self._index
        self._forget_step()
        self._index = index
        stack = self._document.undo_stack
        # (A stack being destroyed clears itself, its wrapper already invalid.)
        if not shiboken6.isValid(stack) or stack.count() == 0:  # cleared: another timeline
            self._before_step.clear()
            self._after_step.clear()
            return
        if self._document.pushing:
            self._before_step[index - 1] = before
            return
        if index == old_index:
            return
        timeline = self._document.timeline
        at = index if undone else index - 1  # the step undone or redone
        if undone:  # (what the step, or the person since, left selected)
            self._after_step[at] = before
        picked = self._before_step.get(at)
        if picked is not None and getattr(stack.command(at), "keeps_selection", False):
            # A step made on a whole lane (a rename, a merge of lanes) gives back the
            # selection it was made with and leaves the view where it is: the undo of
            # a rename selected the lane's 12 433 events, and the next Delete took them
            # all (verify60 F20).
            kept = timeline.present(picked[0])
            self._selection.select_many(kept, picked[1] if picked[1] in kept else None)
            return
        changed = timeline.present(dict.fromkeys(touched))
        if (changed and picked is not None and len(changed) < len(picked[0])
                and set(picked[0]).issuperset(changed)):
            # Every event the step changed was among those picked when it was made: the
            # whole selection comes back, in its order, not only the events changed
            # (Move to Lane of 501 events, 3 of them in the lane already: its undo and
            # its redo selected 498, verify60 F10).
            changed = timeline.present(picked[0])
            current = picked[1] if picked[1] in changed else changed[0]
        elif changed:
            current = before[1] if before[1] in changed else changed[0]
            picked = picked if undone else None
            if picked is not None and 0 < len(picked[0]) <= ORDER_KEPT_UP_TO:
                # An undone step gives its events back in the order they were picked
                # before it, the current one current again: a delete undone brings them
                # back last first (its commands undone in reverse), and a Merge right
                # after kept the last one picked, not the first (verify53 F3).
                given_back, was_picked = set(changed), set(picked[0])
                changed = [*filter(given_back.__contains__, dict.fromkeys(picked[0])),
                           *filterfalse(was_picked.__contains__, changed)]
                current = picked[1] if picked[1] in changed else changed[0]
        if changed:
            self._selection.select_many(changed, current)
            from timeline_app.commands import is_import_step  # (not before the first paint)

            if not is_import_step(stack.command(at)):
                # (an import's undo or redo keeps the view: the event it merged into
                # scrolled a March view to February, verify85 F5)
                self.followed.emit(current)
            return
        if undone and index in self._before_step and not (
                before[1] and before[1] in timeline):
            # (an event selected since, still there, stays selected: the undo of an
            # event added by hand, the clash selected after it, selected the visit
            # selected before the addition, verify85 F12)
            before = self._before_step[index]
        elif not undone and at in self._after_step:
            # A redo that leaves none of its events (a Delete redone) selects what the
            # step left selected, as the step did (verify82 F9: Delete selected the
            # event before it; Undo, then Redo, selected nothing).
            before = self._after_step[at]
        kept = timeline.present(before[0])
        current = before[1] if before[1] in kept else (kept[0] if kept else "")
        self._selection.select_many(kept, current)

    def _forget_step(self) -> None:
        self._touched.clear()
        self._before = None
