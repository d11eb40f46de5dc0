"""Alt + a letter that is no mnemonic types nothing into a text field.

Qt on Linux inserts the letter: ``QInputControl::isAcceptableInput`` refuses a key's text
only under Ctrl or Ctrl+Shift, so Alt+F, which is no mnemonic of the event editor, put an
"f" into its Title (a new user's trial, verify18: "Alt + a letter that is no mnemonic types
the letter into the focused field"), where GTK fields and Windows type nothing.  A
mnemonic (Alt+D in the editor) is a shortcut, matched before the field sees the key, so
it works as before.  Ctrl+Alt (AltGr on Windows) still types its character; on macOS
Option + a letter is how accented letters are typed, so there nothing is changed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


class AltTypesNothing(QObject):
    """An event filter for text fields: an Alt + key press with printable text that no
    shortcut took is dropped (with the platform's beep), not typed.  Install it with
    :func:`guard_alt_typing`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers()
            text = event.text()
            if (mods & Qt.KeyboardModifier.AltModifier
                    and not mods & Qt.KeyboardModifier.ControlModifier
                    and text and text.isprintable()):
                QApplication.beep()
                return True
        return super().eventFilter(watched, event)


def guard_alt_typing(owner: QObject, fields: list[QWidget]) -> AltTypesNothing | None:
    """Install one :class:`AltTypesNothing`, parented to ``owner``, on each of ``fields``
    (line edits, plain-text edits, an editable combo box's line edit).

    Returns:
        The filter, or None on macOS, where Option + a letter types accented letters.
    """
    if sys.platform == "darwin":
        return None
    guard = AltTypesNothing(owner)
    for field in fields:
        field.installEventFilter(guard)
    return guard
