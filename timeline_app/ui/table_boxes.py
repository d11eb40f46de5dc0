"""Boxes in a table's cells that leave the mouse wheel to the table (verify57 F22).

A ``QComboBox`` takes the wheel (its focus policy is ``Qt.WheelFocus``) and steps its
choice under the pointer: a teacher scrolling the import review with the wheel changed
rows' lanes ("Treaty" → "China–Pacific") and File → Merge's "Merge into …" to "Keep both",
and the table never scrolled.  A box made by :func:`wheel_scrolls_table` takes the focus
only by a click or the keys (``Qt.StrongFocus``, as Qt's documentation of
``QWidget.focusPolicy`` advises for widgets inside scroll areas) and, without the focus,
passes the wheel on to the table's viewport, which scrolls.  A box with the focus (clicked,
or reached with Tab) still steps with the wheel, as any box does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QWidget

__all__ = ["wheel_scrolls_table"]


class _WheelToTable(QObject):
    """Sends a wheel turned over an unfocused box to the box's parent (the viewport)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) \
                or watched.hasFocus():
            return False
        parent = watched.parentWidget()
        if parent is not None:
            QCoreApplication.sendEvent(parent, event)
        return True


def wheel_scrolls_table(box: QComboBox) -> QComboBox:
    """``box`` (a table cell's widget) made to leave the wheel to its table unless it has
    the focus; returns ``box``."""
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    watcher = _WheelToTable(box)  # (a child: it goes with the box)
    box.installEventFilter(watcher)
    return box
