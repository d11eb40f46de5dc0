"""Keys typed while a dialog is being built go into it, not into the void.

verify72 (F14): in the New Event editor she pressed Alt+A (Add quote…) and typed "second
share" at once; under load the "Add a source" dialog took more than 1.5 s to appear, and
the words were lost.  While the dialog was being built the event loop did not run: the
keys waited in the window system's queue, addressed to the editor's window, and were read
only once the dialog was shown modal over it, when Qt drops a key for a window a modal
dialog blocks (``QGuiApplicationPrivate::processKeyEvent``, ``qt_try_modal``).

``kept(window)`` (a context manager, around the building and running of a dialog over
``window``) holds back from ``window`` the keys meant for it (a pointer's clicks on it
too: the dialog is about to take them) and keeps the characters typed; ``run_modal``
calls ``hand_over(dialog)`` just before the dialog is shown: the events queued so far are
run, then the characters typed are typed into the dialog's focus widget, its filter field
(Backspace takes one back).  Other keys (Return, Escape, Tab, arrows, shortcuts) are dropped: they
would act on a dialog not yet seen.  Keys typed after it is shown and before the window
manager gives it the keys are still the platform's to drop (a few ms, where the building
took seconds).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShortcutEvent, QWindow
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

__all__ = ["SHORTCUT_WAIT_MS", "hand_over", "keep_after_letter", "kept"]

#: The input events held back from the window while a dialog for it is built.
_HELD = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                   QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                   QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel})
#: Modifiers with which a key is a command, not a character typed.
_COMMANDS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.MetaModifier)


class _Keeper(QObject):
    """An application event filter holding back the input meant for ``window`` and
    keeping the characters typed (``typed``)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.typed = ""
        #: Started by a button's letter (``keep_after_letter``), not yet ``kept``'s.
        self.early = False

    def _for_window(self, watched: QObject) -> bool:
        if not shiboken6.isValid(self.window):
            return False
        if isinstance(watched, QWidget):
            return watched.window() is self.window
        if isinstance(watched, QWindow):
            return watched is self.window.windowHandle()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() not in _HELD or not self._for_window(watched):
            return False
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            text = event.text()
            if event.key() == Qt.Key.Key_Backspace and not event.modifiers() & _COMMANDS:
                self.typed = self.typed[:-1]
            elif text and text.isprintable() and not event.modifiers() & _COMMANDS:
                self.typed += text
        return True


#: The keepers at work, innermost last.
_keepers: list[_Keeper] = []
#: How long (ms) keys are kept after a button's letter (Alt+A) for the click it makes.
SHORTCUT_WAIT_MS = 1000


def _start(window: QWidget) -> _Keeper:
    keeper = _Keeper(window)
    _keepers.append(keeper)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(keeper)  # (an event run while the dialog is built too)
    return keeper


def _stop(keeper: _Keeper) -> None:
    if keeper in _keepers:
        _keepers.remove(keeper)
    app = QApplication.instance()
    if app is not None:
        app.removeEventFilter(keeper)
    keeper.deleteLater()


@contextmanager
def kept(widget: QWidget) -> Iterator[None]:
    """Meanwhile, keys typed at ``widget``'s window before a dialog over it is shown go
    into that dialog (``hand_over``, which ``run_modal`` calls); with those typed since
    the letter of a button that made this (``keep_after_letter``)."""
    window = widget.window()
    early = next((k for k in _keepers if k.window is window and k.early), None)
    keeper = early or _start(window)
    keeper.early = False  # (adopted: no longer dropped after SHORTCUT_WAIT_MS)
    try:
        yield
    finally:
        _stop(keeper)


class _LetterWatch(QObject):
    """``keep_after_letter``'s filter on a button: its letter (a ``Shortcut`` event)
    starts keeping the keys of its window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if (isinstance(event, QShortcutEvent) and not event.isAmbiguous()
                and isinstance(watched, QWidget) and watched.isEnabled()):
            window = watched.window()
            if not any(k.window is window for k in _keepers):
                keeper = _start(window)
                keeper.early = True
                QTimer.singleShot(SHORTCUT_WAIT_MS, keeper, lambda k=keeper: _give_back(k))
        return False


def _give_back(keeper: _Keeper) -> None:
    """A keeper a button's letter started that no ``kept`` adopted (the click did not
    come): stopped, the characters it kept typed into its window's focus widget."""
    if not keeper.early:
        return
    _stop(keeper)
    if shiboken6.isValid(keeper.window):
        _type_into(keeper.window.focusWidget(), keeper.typed)


def _type_into(target: QWidget | None, typed: str) -> bool:
    """``typed`` typed into ``target`` as one key press of that text; False (nothing
    done) when there is no text or no target."""
    if not typed or target is None:
        return False
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                             Qt.KeyboardModifier.NoModifier, typed))
    return True


def keep_after_letter(button: QAbstractButton) -> None:
    """Keys typed after ``button``'s letter (Alt+A) are kept for the dialog its click
    builds (``kept``): Qt clicks a button for its letter 100 ms later
    (``QAbstractButton::animateClick``), and meanwhile the keys went to the button, which
    has the focus, and nowhere (verify72 F14, under Xvfb: "second share" typed at once
    gave "cond share")."""
    button.installEventFilter(_LetterWatch(button))


class _NoSelectAll(QObject):
    """Once: the focus a dialog gives its first field as it is shown, given without
    the reason a line edit selects its text for (``QDialog::setVisible`` sends a
    ``FocusIn`` of ``TabFocusReason``): the words typed ahead are not replaced by the
    next key."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if (isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusIn
                and event.reason() in (Qt.FocusReason.TabFocusReason,
                                       Qt.FocusReason.BacktabFocusReason,
                                       Qt.FocusReason.ShortcutFocusReason)):
            watched.removeEventFilter(self)
            self.deleteLater()
            QApplication.sendEvent(watched, QFocusEvent(QEvent.Type.FocusIn,
                                                        Qt.FocusReason.OtherFocusReason))
            return True
        return False


def hand_over(dialog: QWidget) -> str:
    """Just before ``dialog`` is shown: when ``kept`` watches the window it stands on,
    run the events queued so far, holding back the input meant for that window, and
    type the characters typed into the dialog's focus widget (its first field); the text
    typed so ("" when nothing was, or nothing watches)."""
    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else None
    keeper = next((k for k in reversed(_keepers) if k.window is window), None)
    app = QApplication.instance()
    if keeper is None or app is None:
        return ""
    _keepers.remove(keeper)  # (once: a question the dialog asks is not given them)
    try:
        QApplication.processEvents()  # (the keys queued for the window: held, kept)
    finally:
        app.removeEventFilter(keeper)
    typed = keeper.typed
    target = dialog.focusWidget()
    if _type_into(target, typed):
        target.installEventFilter(_NoSelectAll(target))  # type: ignore[union-attr]
    return typed
