"""The one selection that the timeline view, the event list and the detail pane share."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


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
        ids = tuple(dict.fromkeys(i for i in event_ids if i))
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
