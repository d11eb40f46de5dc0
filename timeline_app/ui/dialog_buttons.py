"""The OK/Cancel row every small dialog of the app ends with."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def ok_cancel_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """An OK/Cancel box wired to the dialog's accept/reject, and its OK button.

    Alt+O presses OK in every dialog, whatever the platform's button texts: "OK" has no
    letter on some desktops, where Alt+O typed an "o" into the event editor's Category
    (verify22, finding 3) and did nothing in Timeline → Properties (verify28).  Cancel
    shows no letter (Escape cancels), so that it takes no letter from a field: Alt+C is
    the event editor's Category."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText("&OK")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Cancel")
    return buttons, ok
