"""The progress dialog of a job (``MainWindow.run_in_background``): only its Cancel stops
the work."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QProgressDialog

__all__ = ["ESCAPE_HINT", "JobProgressDialog"]

#: Said under the dialog's text once Escape was pressed in it.
ESCAPE_HINT = "Escape does not stop this: press Cancel to stop it."


class JobProgressDialog(QProgressDialog):
    """A ``QProgressDialog`` whose Escape does not cancel: it says that Cancel does.

    Escape cancelled the open of a 1 000 000-event file: the person pressed it to close a
    menu they had clicked, which the modal dialog kept from opening, and the file they
    had waited for was dropped without a question (verify60 F15).  The Cancel button (a
    click, Space or Return on it) and closing the dialog's window still cancel.
    ``labelText()`` is the text given, without the hint.
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[call-overload]
        self._text = ""
        self._hinted = False
        self._drop_escape_shortcut()

    def _drop_escape_shortcut(self) -> None:
        """Qt gives the cancel button an Escape shortcut (``QKeySequence.Cancel``), made
        with the button: disabled, so that Escape comes to ``keyPressEvent``."""
        for shortcut in self.findChildren(QShortcut):
            if shortcut.key().matches(QKeySequence(QKeySequence.StandardKey.Cancel)) \
                    == QKeySequence.SequenceMatch.ExactMatch:
                shortcut.setEnabled(False)

    def setCancelButtonText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setCancelButtonText(text)
        self._drop_escape_shortcut()

    def setLabelText(self, text: str) -> None:  # noqa: N802 - Qt override
        """The dialog's text, with ``ESCAPE_HINT`` under it once Escape was pressed."""
        self._text = text
        super().setLabelText(f"{text}\n\n{ESCAPE_HINT}" if self._hinted else text)

    def labelText(self) -> str:  # noqa: N802 - Qt override
        """The text given to ``setLabelText`` (the hint left out)."""
        return self._text

    def escape_hinted(self) -> bool:
        """Escape was pressed, and the hint is shown."""
        return self._hinted

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if (event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            event.accept()
            if not self._hinted:
                self._hinted = True
                self.setLabelText(self._text)
            return
        super().keyPressEvent(event)
