"""The OK/Cancel row every small dialog of the app ends with."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

#: The keys that press OK from anywhere in the dialog, a text box too, as they import
#: in the article review and merge in Merge (verify86 F5: Ctrl+Enter in Timeline →
#: Properties' Description did nothing).
OK_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def ok_cancel_buttons(dialog: QDialog, *, ok_keys: bool = True
                      ) -> tuple[QDialogButtonBox, QPushButton]:
    """An OK/Cancel box wired to the dialog's accept/reject, and its OK button.

    Alt+O presses OK in every dialog, whatever the platform's button texts: "OK" has no
    letter on some desktops, where Alt+O typed an "o" into the event editor's Category
    (verify22, finding 3) and did nothing in Timeline → Properties (verify28).  Cancel
    shows no letter (Escape cancels), so that it takes no letter from a field: Alt+C is
    the event editor's Category.  Ctrl+Return (``OK_KEYS``) presses OK while it is
    enabled, unless ``ok_keys`` is False (a dialog that gives those keys its own
    meaning)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText("&OK")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Cancel")
    if ok_keys:
        def press_ok() -> None:
            if ok.isEnabled() and ok.isVisible():
                ok.click()

        for keys in OK_KEYS:
            QShortcut(QKeySequence(keys), dialog, press_ok)
    return buttons, ok
