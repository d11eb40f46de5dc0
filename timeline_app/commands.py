"""Undo commands: each stores event values (never widgets) and changes the model through the document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from timeline_app.core import Event

if TYPE_CHECKING:
    from timeline_app.document import Document


class AddEventCommand(QUndoCommand):
    def __init__(self, document: Document, event: Event, text: str = "") -> None:
        super().__init__(text or f"Add “{event.title}”")
        self._document = document
        self._event = event

    def redo(self) -> None:
        self._document._apply_add(self._event)

    def undo(self) -> None:
        self._document._apply_remove(self._event.id)


class RemoveEventCommand(QUndoCommand):
    def __init__(self, document: Document, event: Event) -> None:
        super().__init__(f"Delete “{event.title}”")
        self._document = document
        self._event = event

    def redo(self) -> None:
        self._document._apply_remove(self._event.id)

    def undo(self) -> None:
        self._document._apply_add(self._event)


class EditEventCommand(QUndoCommand):
    def __init__(self, document: Document, old: Event, new: Event) -> None:
        super().__init__(f"Edit “{new.title}”")
        self._document = document
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._document._apply_replace(self._new)

    def undo(self) -> None:
        self._document._apply_replace(self._old)
