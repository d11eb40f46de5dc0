"""The progress of a job (``MainWindow.run_in_background``): a dialog whose Cancel alone
stops the work, or the window's own bar (``WindowProgress``) for a file opening."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QStatusBar,
    QWidget,
)

__all__ = ["ESCAPE_HINT", "JobProgressDialog", "WindowProgress"]

#: The px a window manager's title bar takes beside the title's words: the window's icon
#: and its three buttons with their gaps (openbox's on Xvfb: ~100 px; verify64 F12 saw
#: "Restore recovery copy" cut to "Resto… y copy" in a 200 px dialog).
TITLE_BAR_CHROME = 130

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

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Qt's, at least as wide as the window title's words (in bold, as title bars
        draw them) and ``TITLE_BAR_CHROME``: the dialog is sized to its text and bar,
        and a title longer than those was cut in the title bar (verify64 F12).
        ``QProgressDialog`` grows to it when shown and when its text changes."""
        hint = super().sizeHint()
        font = self.font()
        font.setBold(True)
        title = QFontMetrics(font).horizontalAdvance(self.windowTitle()) + TITLE_BAR_CHROME
        return QSize(max(hint.width(), title), hint.height())

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


class WindowProgress(QWidget):
    """A job's progress and Cancel in the window's status bar, not in a dialog: the
    window stays usable while a big file opens (verify60 F15: the modal dialog kept
    the View menu from opening, and the Escape meant for the menu cancelled the open).

    What the work does is said beside the bar (``setLabelText``: a status bar's message
    gives way to every menu item's status tip).  Made hidden; ``place`` puts it in the
    status bar, and it shows ``SHOW_AFTER_MS`` later (quick work never flashes it).
    Cancel stops the work (``canceled``): a click on it,
    Space or Return on it, Escape while it or the bar has the keyboard focus, or Escape in
    the widget ``escape_from`` names (the window's timeline, which asks ``cancel_by_escape``:
    verify65 F11, a desktop user's Escape during a slow open did nothing) — while that widget
    has the focus the label says so ("Opening big.json… · Esc cancels").  Escape elsewhere
    in the window closes a menu or goes to the widget with the focus, as ever.  The part of
    ``QProgressDialog``'s interface that
    ``MainWindow.run_in_background`` uses is kept (``setValue``, ``value``,
    ``setRange``, ``labelText``, ``forceShow``, ``wasCanceled``).
    """

    canceled = Signal()

    #: The bar shows this long after the work started (as the dialog's minimum duration).
    SHOW_AFTER_MS = 300

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobProgress")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.PlainText)  # file names from the disk
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)  # busy until the first report
        self._bar.setMaximumWidth(160)
        self._bar.setTextVisible(True)
        self._bar.setAccessibleName("Progress")
        self._cancel = QPushButton("Cancel", self)
        self._cancel.setAccessibleName("Cancel")
        self._cancel.setToolTip("Stop this work (Escape too, while this button has the "
                                "keyboard focus); the timeline shown stays as it is")
        self._cancel.clicked.connect(self._cancel_clicked)
        layout.addWidget(self._label)
        layout.addWidget(self._bar)
        layout.addWidget(self._cancel)
        self._cancelled = False
        self._finished = False
        #: The widget whose Escape cancels too (``set_escape_from``), or None.
        self._escape_from: QWidget | None = None
        self._text = text
        self.setLabelText(text)
        self.hide()
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self.forceShow)
        self._placed = False

    def place(self, bar: QStatusBar) -> None:
        """Put the widget in ``bar`` (a window's status bar); it shows ``SHOW_AFTER_MS``
        later.  Nothing once the work ended (``finish``)."""
        if self._finished:
            return
        bar.addPermanentWidget(self)
        self._placed = True
        self._show_timer.start(self.SHOW_AFTER_MS)

    def finished(self) -> bool:
        """The work ended (``finish``)."""
        return self._finished

    def setLabelText(self, text: str) -> None:  # noqa: N802 - as QProgressDialog's
        self._text = text
        self._label.setText(text + (" · Esc cancels" if self._escape_works() else ""))

    def labelText(self) -> str:  # noqa: N802 - as QProgressDialog's
        return self._text

    def set_escape_from(self, widget: QWidget) -> None:
        """Escape in ``widget`` (when it has the keyboard focus) cancels too: its owner
        calls ``cancel_by_escape``.  The label says "· Esc cancels" while it has the focus
        (followed through ``QApplication.focusChanged``)."""
        from PySide6.QtWidgets import QApplication

        self._escape_from = widget
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.setLabelText(self._text)

    def _escape_works(self) -> bool:
        widget = self._escape_from
        return (widget is not None and widget.hasFocus() and not self._cancelled
                and not self._finished)

    def _focus_moved(self, *_widgets: object) -> None:
        import shiboken6

        if shiboken6.isValid(self) and not self._finished:
            self.setLabelText(self._text)

    def cancel_by_escape(self) -> bool:
        """Escape pressed in the widget ``set_escape_from`` named: Cancel, when the bar
        is shown and the work can still be cancelled; True when it was."""
        if not self.isVisible() or not self._escape_works() or not self._cancel.isEnabled():
            return False
        self._cancel_clicked()
        return True

    def setRange(self, minimum: int, maximum: int) -> None:  # noqa: N802
        self._bar.setRange(minimum, maximum)

    def setValue(self, value: int) -> None:  # noqa: N802 - as QProgressDialog's
        self._bar.setValue(value)

    def value(self) -> int:
        return self._bar.value()

    def maximum(self) -> int:
        return self._bar.maximum()

    def forceShow(self) -> None:  # noqa: N802 - as QProgressDialog's
        """Show now (not after ``SHOW_AFTER_MS``); nothing once ended (``finish``)."""
        self._show_timer.stop()
        if self._placed and not self._finished:
            self.show()

    def wasCanceled(self) -> bool:  # noqa: N802 - as QProgressDialog's
        return self._cancelled

    def cancel_button(self) -> QPushButton:
        """The Cancel button (for keyboard focus and tests)."""
        return self._cancel

    def finish(self) -> None:
        """The job ended and the window does the rest on its own thread now: the bar
        stays up, busy, its Cancel disabled and its words left to the status bar
        ("Laying out 1,000,000 events…", ``MainWindow._begin_busy_step``) until the
        event loop runs again (verify60 F7: those words alone said it for ~5 s), then
        the widget is deleted."""
        self._show_timer.stop()
        self._finished = True
        self._cancel.setEnabled(False)
        self._label.setText(self._text)  # (no "Esc cancels" any more)
        if self.isVisible():
            self._label.hide()
            self._bar.setRange(0, 0)
        QTimer.singleShot(0, self, self._gone)

    def _gone(self) -> None:
        self.hide()
        self.deleteLater()

    def _cancel_clicked(self) -> None:
        if not self._cancelled and self._cancel.isEnabled():
            self._cancelled = True
            self._cancel.setEnabled(False)
            self._label.setText(self._text)
            self.canceled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # (the Cancel button's own Escape comes here too: a push button ignores it)
        if (event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            event.accept()
            self._cancel_clicked()
            return
        super().keyPressEvent(event)
