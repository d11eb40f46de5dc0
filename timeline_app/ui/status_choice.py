"""A choice of an event's status (``core.status``), as the editor and Merge Selected
Events offer it: "Not assessed" first, then the verdicts from established to refuted, each
with what it means as its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from timeline_app.core.status import NOT_ASSESSED, STATUS_HINTS, STATUSES, status_words

__all__ = ["chosen_status", "status_combo"]


def status_combo(current: str = NOT_ASSESSED, parent: QWidget | None = None) -> QComboBox:
    """A drop-down of every status (its data the status, ``""`` for not assessed), at
    ``current``.  Not editable: a letter typed picks the next status starting with it
    ("d": Disputed, again: Denied)."""
    box = QComboBox(parent)
    box.setObjectName("statusChoice")
    for status in (NOT_ASSESSED, *STATUSES):
        box.addItem(status_words(status), status)
        box.setItemData(box.count() - 1, f"{status_words(status)}: {STATUS_HINTS[status]}",
                        Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.setToolTip("How this claim stands: confirmed, only reported (unconfirmed), disputed "
                   "or denied")
    return box


def chosen_status(box: QComboBox) -> str:
    """The status chosen in a ``status_combo``."""
    status = box.currentData()
    return status if isinstance(status, str) else NOT_ASSESSED
