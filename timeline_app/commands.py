"""Undo commands: they store event values (never widgets) and change the model via the document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from timeline_app.core import Event, Source

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


class ImportEventsCommand(QUndoCommand):
    """Adds an article (if new) and the events accepted from it, as one undo step."""

    def __init__(self, document: Document, source: Source | None, events: list[Event]) -> None:
        super().__init__(f"Import {len(events)} event{'s' if len(events) != 1 else ''}")
        self._document = document
        self._source = source
        self._events = list(events)
        self._added_source = False

    def redo(self) -> None:
        if self._source is not None and self._source.id not in self._document.timeline.sources:
            self._document._apply_add_source(self._source)
            self._added_source = True
        for event in self._events:
            self._document._apply_add(event)

    def undo(self) -> None:
        for event in reversed(self._events):
            self._document._apply_remove(event.id)
        if self._added_source and self._source is not None:
            self._document._apply_remove_source(self._source.id)
            self._added_source = False
