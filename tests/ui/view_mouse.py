"""Mouse gestures on the timeline view's viewport, as ``QMouseEvent``s with the button
held while moving (what a person's drag sends; ``QTest.mouseMove`` does not hold it)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from timeline_app.ui.timeline_view import TimelineView

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


def _mouse(view: TimelineView, kind: QMouseEvent.Type, pos: QPointF,
           modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    held = LEFT if kind != QMouseEvent.Type.MouseButtonRelease else Qt.MouseButton.NoButton
    button = Qt.MouseButton.NoButton if kind == QMouseEvent.Type.MouseMove else LEFT
    event = QMouseEvent(kind, pos, view.viewport().mapToGlobal(pos), button, held, modifiers)
    QApplication.sendEvent(view.viewport(), event)


def press(view, pos, modifiers=NO_MODIFIER):  # type: ignore[no-untyped-def]
    _mouse(view, QMouseEvent.Type.MouseButtonPress, QPointF(pos), modifiers)


def move(view, pos, modifiers=NO_MODIFIER):  # type: ignore[no-untyped-def]
    _mouse(view, QMouseEvent.Type.MouseMove, QPointF(pos), modifiers)


def release(view, pos, modifiers=NO_MODIFIER):  # type: ignore[no-untyped-def]
    _mouse(view, QMouseEvent.Type.MouseButtonRelease, QPointF(pos), modifiers)


def drag(view, start, end, steps=6, modifiers=NO_MODIFIER):  # type: ignore[no-untyped-def]
    start, end = QPointF(start), QPointF(end)
    press(view, start, modifiers)
    for i in range(1, steps + 1):
        move(view, start + (end - start) * (i / steps), modifiers)


def click(view, pos, modifiers=NO_MODIFIER):  # type: ignore[no-untyped-def]
    """Press and release without moving: on an event, selects it (only a selected event
    is moved by a drag)."""
    press(view, QPointF(pos), modifiers)
    release(view, QPointF(pos), modifiers)
