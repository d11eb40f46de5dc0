"""The one selection that the timeline view, the event list and the detail pane share."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class EventSelection(QObject):
    """Which event is selected (or none).

    Signals:
        changed(str): the selected event id, or "" for none.
    """

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event_id = ""

    @property
    def event_id(self) -> str:
        return self._event_id

    def select(self, event_id: str | None) -> None:
        event_id = event_id or ""
        if event_id != self._event_id:
            self._event_id = event_id
            self.changed.emit(event_id)
