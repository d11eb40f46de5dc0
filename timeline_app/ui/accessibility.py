"""Telling assistive technology (screen readers) what changed in the painted timeline.

The timeline view paints its events rather than using child widgets, so a screen
reader cannot discover the selected event by itself: the view's accessible
description names it, and ``announce_selection`` sends the events clients listen
to (description changed, and an announcement of the new selection).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QWidget


def send(event: QAccessibleEvent) -> None:
    """Deliver an accessibility event; tests replace this to record what is sent."""
    QAccessible.updateAccessibility(event)


def announce_selection(widget: QWidget, text: str) -> None:
    """Report a new selection in ``widget`` (described by ``text``) to accessibility clients."""
    send(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
    send(QAccessibleEvent(widget, QAccessible.Event.Selection))
    if text:
        send(QAccessibleAnnouncementEvent(widget, text))
