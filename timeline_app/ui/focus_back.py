"""The keys back to the window under a modal dialog once the dialog closes.

verify64 (session 51, item 12): after Discard in the New Event editor's "Discard this
event?" question, no window was active under openbox (``xdotool getactivewindow``
failed) and Ctrl+O did nothing until a click on the main window.  Two windows closed
within a moment (the question, then the editor it belonged to), and the window manager
gave the focus to neither the main window nor anything else (session 52, Xvfb + openbox:
1 fresh start in 8, and the first try of 2 starts in 3; the window then stayed without the
keys).  Qt's offscreen platform leaves no window active after any dialog closes, so the
tests see that state every time.

``run_modal`` runs a dialog as ``QDialog.exec`` does, then, once the events queued by
the closing have run, asks for the nearest window under it that is still shown to be
active again when no window of the app is.  Qt then gives the focus back to that
window's own focus widget (the widget that had it before the dialog opened, or the one
the caller chose since, as ``MainWindow._focus_view`` does after a review).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from timeline_app.ui.type_ahead import hand_over


def windows_under(widget: QWidget) -> list[QWidget]:
    """The windows ``widget`` (a dialog) stands on, nearest first: its parent's window,
    that window's parent's window, and so on (a question asked by the event editor:
    the editor, then the main window)."""
    windows: list[QWidget] = []
    parent = widget.parentWidget()
    while parent is not None:
        window = parent.window()
        windows.append(window)
        parent = window.parentWidget()
    return windows


#: Counts the dialogs run (``run_modal``): a give-back asked for after one is dropped once
#: another has been run since (its own give-back decides then).
_runs = [0]


def give_keys_back(windows: list[QWidget], run: int | None = None) -> None:
    """Activate the first of ``windows`` still shown, unless a window of the app is active
    already, or another modal dialog or a popup is shown (it has the keys, or will: one
    shown as the last one closed is activated after this), or another dialog was run
    since the one this is for (``run``, as ``_runs`` counted it then).  A window that is
    not modal (the Keyboard Guide) does not stop it.  Windows deleted in the meantime
    are skipped."""
    if run is not None and run != _runs[0]:
        return
    if (QApplication.activeModalWidget() is not None
            or QApplication.activePopupWidget() is not None
            or any(isinstance(shown, QDialog) and shown.isVisible()
                   and shown.windowModality() != Qt.WindowModality.NonModal
                   for shown in QApplication.topLevelWidgets())):
        return
    active = QApplication.activeWindow()
    if active is not None and active.isVisible():
        return
    for window in windows:
        if (shiboken6.isValid(window) and window.isVisible()
                and not window.windowState() & Qt.WindowState.WindowMinimized):
            window.activateWindow()
            return


def keys_back_after(parent: QWidget | None) -> None:
    """After a dialog of Qt's own static functions (``QColorDialog.getColor``,
    ``QInputDialog.getItem``) closed over ``parent``: the keys back to ``parent``'s
    window, or the windows under it, as ``run_modal`` does."""
    if parent is None:
        return
    windows = [parent.window(), *windows_under(parent.window())]
    QTimer.singleShot(0, lambda: give_keys_back(windows))


class _KeysSeen(QObject):
    """Keeps ``WA_KeyboardFocusChange`` on its dialog while the keys move in it by any
    way but a click: Qt clears it at each focus change that is not Tab, Shift+Tab or a
    mnemonic, the dialog's first (its window activated) included."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if (new is not None and new.window() is self._dialog
                and QApplication.mouseButtons() == Qt.MouseButton.NoButton):
            self._dialog.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def keys_seen(dialog: QWidget) -> None:
    """Let ``dialog`` show from its first paint where its keys are, as after a Tab: the
    style draws the focus frame of a box, a choice, a list's current row or a table's
    current cell only once the keyboard has moved the focus in that window (Qt's
    ``WA_KeyboardFocusChange``, Fusion's focus frames).  A dialog opened from the
    keyboard had its keys on a box, a row or a button with nothing to show it (verify86
    F5: Properties opened with the keys on OK, unseen; the review's and Merge's rows, the
    CSV columns' boxes likewise).  A text field showed them anyway (its caret and
    frame).  A click in the dialog still draws no frame.  Called again for the same
    dialog, nothing more is done."""
    if dialog.findChild(_KeysSeen, "", Qt.FindChildOption.FindDirectChildrenOnly) is None:
        _KeysSeen(dialog)
    if dialog.isVisible():
        dialog.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, and the keys back to the window under it once it closed (see the
    module's docstring): the result code ``exec`` returned.  Where the keys are is shown
    from the start (``keys_seen``)."""
    windows = windows_under(dialog)
    _runs[0] += 1
    keys_seen(dialog)
    hand_over(dialog)  # (keys typed while it was built: into it, verify72 F14)
    try:
        return dialog.exec()
    finally:
        if windows:
            # After the close's own queued events: a question asked inside a dialog
            # returns while that dialog is still shown, and the caller closes it next.
            run = _runs[0]
            QTimer.singleShot(0, lambda: give_keys_back(windows, run))
