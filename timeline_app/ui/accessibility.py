"""Telling assistive technology (screen readers) what changed in the painted timeline.

The timeline view paints its events rather than using child widgets, so a screen
reader cannot discover the selected event by itself: the view's accessible
description names it, and ``announce_selection`` sends the events clients listen
to (description changed, and an announcement of the new selection).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QFocusFrame, QWidget


def send(event: QAccessibleEvent) -> None:
    """Deliver an accessibility event; tests replace this to record what is sent."""
    QAccessible.updateAccessibility(event)


def announce_selection(widget: QWidget, text: str) -> None:
    """Report a new selection in ``widget`` (described by ``text``) to accessibility clients."""
    send(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
    send(QAccessibleEvent(widget, QAccessible.Event.Selection))
    if text:
        send(QAccessibleAnnouncementEvent(widget, text))


#: Focus reasons that mean the keyboard brought the focus (Tab, Shift+Tab, a mnemonic).
_KEYBOARD_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                     Qt.FocusReason.ShortcutFocusReason)


class KeyboardFocusRing(QObject):
    """A ring around a painted widget (the timeline) while the keyboard's focus is in it.

    The timeline paints itself and draws no focus frame, so Tab through the window left
    the focus nowhere to be seen (new-user trial 9). The ring is a ``QFocusFrame``: a
    widget of its own laid over the target's edge, so the target's own pixels do not
    change. It shows when the focus comes by Tab, Shift+Tab or a mnemonic (as browsers'
    :focus-visible does) and goes when the focus leaves; a click gives no ring.
    """

    def __init__(self, widgets: list[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._frame: QFocusFrame | None = None
        for widget in widgets:
            widget.installEventFilter(self)

    def target(self) -> QWidget | None:
        """The widget ringed now, if any."""
        return self._frame.widget() if self._frame is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.FocusIn:
            reason = event.reason()  # type: ignore[attr-defined]
            if reason in _KEYBOARD_REASONS:
                if self._frame is None:
                    self._frame = QFocusFrame(watched)
                    self._frame.setObjectName("keyboardFocusRing")
                self._frame.setWidget(watched)
                self._frame.show()
        elif event.type() == QEvent.Type.FocusOut and self.target() is watched:
            assert self._frame is not None
            self._frame.setWidget(None)
            self._frame.hide()
        return False
