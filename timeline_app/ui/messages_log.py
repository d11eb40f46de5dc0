"""View → Messages…: this session's status-bar messages, each whole (verify76 F18).

A temporary message wider than the status bar's room is shortened there with "…"
(``main_window._ElidingStatusBar``), and its tooltip gives it whole, but a tooltip needs
the pointer: at 150 % on a 1366×768 screen (a window 910 px wide in Qt's units) a
keyboard-only analyst read "Hid the “Treaty” lane (its events stay in their other…"
and messages went after their seconds before they were read.  The log keeps every
message shown (``MESSAGES_KEPT``, the newest last) and lists them whole, wrapped, as
plain text one can select and copy.
"""

from __future__ import annotations

import datetime as _dt
from collections import deque

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from timeline_app.ui.focus_back import keys_seen

#: The messages kept for the log (the oldest go first).
MESSAGES_KEPT = 200


class MessagesLog:
    """The status bar's messages of this session: ``(local time "HH:MM:SS", message)``,
    oldest first, at most ``MESSAGES_KEPT``; a message shown again straight after itself
    (a progress line set twice) is kept once."""

    def __init__(self) -> None:
        self.entries: deque[tuple[str, str]] = deque(maxlen=MESSAGES_KEPT)

    def add(self, message: str, now: _dt.datetime | None = None) -> None:
        """Keep ``message`` (an empty one, the bar cleared, is not kept)."""
        if not message or (self.entries and self.entries[-1][1] == message):
            return
        when = (now or _dt.datetime.now()).strftime("%H:%M:%S")
        self.entries.append((when, message))

    def text(self) -> str:
        """The log as the dialog shows it: a message a paragraph, its time before it, a
        blank line between (a message wrapped over two lines reads as one)."""
        return "\n\n".join(f"{when}  {message}" for when, message in self.entries)


class MessagesDialog(QDialog):
    """The log, read-only, scrolled to its newest message, the keys in it (arrows and
    PgUp/PgDn scroll, Ctrl+A, Ctrl+C copy); Esc or Close closes it."""

    def __init__(self, log: MessagesLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Messages")
        self.text = QPlainTextEdit(self)  # (plain text: a message quotes file names)
        self.text.setReadOnly(True)
        # A caret the arrows move (Shift+arrows select, Ctrl+C copies): it shows the keys
        # are in the text from the start; read-only text shows nothing else (verify86 F5)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlainText(log.text() or "No messages yet in this session.")
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        self.text.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        if parent is not None:  # (within the window, at any scale: 910 px at 150 %)
            self.resize(min(720, parent.width() - 40), min(360, parent.height() - 40))
        self.text.setFocus()
        keys_seen(self)  # (opened with ``open``, not ``run_modal``)
