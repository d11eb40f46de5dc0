"""Undo and redo of the corrections typed in the import review (verify76 F2: a date typed
into the wrong row's Place cell could only be mended by remembering and retyping
"Vienna"; Ctrl+Z did nothing).

The review's cells are no document of the app's: nothing of the timeline changes until
Import, which is one step of the window's undo stack.  The review keeps its own
``QUndoStack``, of the person's cell corrections: a Date, Title, Participants, Place or
Category changed, with what the review did because of it in the same turn of the event
loop (the lane a retyped title tells, the tick of a row unticked as unsure, "Move Them
Too"'s rows) — one step each.  Ticks, Duplicate? choices, Keeps (Undo Keep), dropped
sentences and the target are not steps of it: Space and the boxes turn them back.

Ctrl+Z undoes the last step, Ctrl+Shift+Z or Ctrl+Y redoes it, wherever the review's
keys are but in a field being typed in (a cell's editor, the Headline, a Category box's
text), where they undo the typing as everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

#: One row's corrections as the review shows them: (date, title, participants, place,
#: category: the cells' text), then its tick, whether its lane was chosen by hand and
#: whether it is unticked only as unsure (``ReviewDialog.row_corrections``).
RowCorrections = tuple[str, str, str, str, str, bool, bool, bool]
#: The texts of a row's cells in ``RowCorrections`` (the rest follow from them).
CELLS = 5


class Reviewed(Protocol):
    """What the undo needs of the review (``ReviewDialog``)."""

    def row_count(self) -> int: ...

    def row_corrections(self, row: int) -> RowCorrections: ...

    def put_corrections(self, rows: dict[int, dict[int, str | bool]],
                        lanes: dict[str, str]) -> None: ...

    def lanes_for_kinds(self) -> dict[str, str]: ...


class _Correction(QUndoCommand):
    """One step: the rows it changed, before and after, and the lanes chosen for kinds
    before and after ("Move Them Too" chooses one)."""

    def __init__(self, undo: ReviewUndo, before: dict[int, RowCorrections],
                 after: dict[int, RowCorrections],
                 lanes: tuple[dict[str, str], dict[str, str]], text: str) -> None:
        super().__init__(text)
        self._undo = undo
        self._before, self._after = before, after
        self._lanes = lanes
        self._done = True  # (pushed once made: its first redo is no change)

    def undo(self) -> None:
        self._undo.put(_changes(self._after, self._before), self._lanes[0])

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._undo.put(_changes(self._before, self._after), self._lanes[1])


def _changes(old: dict[int, RowCorrections], new: dict[int, RowCorrections]
             ) -> dict[int, dict[int, str | bool]]:
    """What goes from ``old`` to ``new``, by row: each field (its index in
    ``RowCorrections``) that differs, with its value in ``new``.  Only those: a later
    Keep filled another cell of the row, which stays."""
    changes: dict[int, dict[int, str | bool]] = {}
    for row, fields in new.items():
        values: tuple[str | bool, ...] = fields
        changes[row] = {i: value for i, value in enumerate(values) if value != old[row][i]}
    return changes


def step_words(before: dict[int, RowCorrections], after: dict[int, RowCorrections],
               columns: Sequence[str]) -> str:
    """The step's name in Undo's words: "Place of row 5", "Title of row 2",
    "corrections to 3 rows" (rows counted from 1; ``columns``: the names of the five
    cells of ``RowCorrections``)."""
    changed = sorted({(row, i) for row in after for i in range(CELLS)
                      if before[row][i] != after[row][i]})
    if len({row for row, _ in changed}) > 1:
        return f"corrections to {len({row for row, _ in changed})} rows"
    if not changed:
        return "a correction"
    row = changed[0][0]
    names = [columns[i] for _, i in changed]
    return f"{' and '.join(names)} of row {row + 1}"


class ReviewUndo(QObject):
    """The review's undo stack (``stack``): a step is recorded after each turn of the
    event loop in which the person changed a cell (``changed``, the review's
    ``state_changed``), from the rows' corrections before and after.

    ``said(text)`` is told what Ctrl+Z and Ctrl+Shift+Z did ("Undid: Place of row 5").
    """

    COLUMNS = ("Date", "Title", "Participants", "Place", "Category")

    def __init__(self, review: Reviewed, window: QWidget, said: Callable[[str], None]
                 ) -> None:
        super().__init__(window)
        self._review = review
        self._said = said
        self.stack = QUndoStack(self)
        self._rows = self._all_rows()
        self._lanes = review.lanes_for_kinds()
        self._putting = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)  # after the burst of signals one correction makes
        self._soon.timeout.connect(self.record)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), window, self.undo)
        for keys in ("Ctrl+Shift+Z", "Ctrl+Y"):
            QShortcut(QKeySequence(keys), window, self.redo)

    def _all_rows(self) -> list[RowCorrections]:
        return [self._review.row_corrections(row) for row in range(self._review.row_count())]

    def changed(self) -> None:
        """Something of the review changed: a step is recorded once the burst is over."""
        if not self._putting:
            self._soon.start()

    def record(self) -> None:
        """Record the cells changed since the last step as one step (nothing when only
        ticks or other choices changed: those become the new "before")."""
        self._soon.stop()
        now = self._all_rows()
        lanes = self._review.lanes_for_kinds()
        if len(now) != len(self._rows):  # (rows never come or go; kept safe)
            self._rows, self._lanes = now, lanes
            return
        rows = [row for row, (old, new) in enumerate(zip(self._rows, now, strict=True))
                if old[:CELLS] != new[:CELLS]]
        if rows:
            before = {row: self._rows[row] for row in rows}
            after = {row: now[row] for row in rows}
            self.stack.push(_Correction(self, before, after, (self._lanes, lanes),
                                        step_words(before, after, self.COLUMNS)))
            self._said("")  # ("Undid: …" is about the step before)
        self._rows, self._lanes = now, lanes

    def flush(self) -> None:
        """A correction made in this turn of the event loop recorded now (before a Keep
        changes the rows)."""
        if self._soon.isActive():
            self.record()

    def forget_changes(self) -> None:
        """What the review shows now is the new "before", no step (a Keep, whose
        Undo Keep takes it back; a review put back after a crash)."""
        self._soon.stop()
        self._rows, self._lanes = self._all_rows(), self._review.lanes_for_kinds()

    def put(self, rows: dict[int, dict[int, str | bool]], lanes: dict[str, str]) -> None:
        """Show ``rows``' fields as they were (a step undone or redone)."""
        self._putting = True
        try:
            self._review.put_corrections(rows, lanes)
        finally:
            self._putting = False
        self.forget_changes()

    def undo(self) -> None:
        """Ctrl+Z: the last step undone (a correction still being recorded first)."""
        self.flush()
        if not self.stack.canUndo():
            self._said("Nothing to undo in the review yet (Ctrl+Z undoes a cell's "
                       "correction)")
            return
        text = self.stack.undoText()
        self.stack.undo()
        self._said(f"Undid: {text} (Ctrl+Shift+Z redoes it)")

    def redo(self) -> None:
        """Ctrl+Shift+Z or Ctrl+Y: the last step undone done again."""
        self.flush()
        if not self.stack.canRedo():
            self._said("Nothing to redo in the review")
            return
        text = self.stack.redoText()
        self.stack.redo()
        self._said(f"Redid: {text}")
