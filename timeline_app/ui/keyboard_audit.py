"""What a keyboard or screen-reader user meets in a window, read from its widgets: its Alt
letters (mnemonics) and its Tab stops, for checks that no two widgets share a letter and
that every Tab stop says what it is.

Two widgets of one window with the same letter make Alt + that letter ambiguous: Qt then
moves the focus between them and presses neither (a button's letter no longer presses
it).  The letters are read as Qt reads them (``QKeySequence.mnemonic``: the character
after a single ``&``, ``&&`` being a literal ampersand).  A Tab stop without a name is
read by a screen reader as its role alone ("table", "combo box Treaty").  Every dialog is
checked by ``tests/ui/test_dialog_keyboard.py``.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)

__all__ = ["mnemonic_clashes", "mnemonics_of", "tab_stops", "unnamed_tab_stops"]


def _letter(text: str) -> str | None:
    """The mnemonic letter of ``text`` (lower case), or None (Qt's own reading)."""
    sequence = QKeySequence.mnemonic(text)
    if sequence.isEmpty():
        return None
    return sequence.toString().rsplit("+", 1)[-1].lower() or None


def mnemonics_of(window: QWidget) -> list[tuple[str, str, QWidget]]:
    """Every Alt letter ``window`` offers now: (letter, the text that gives it, its
    widget), from the buttons, labels with a buddy, checkable group boxes, tabs and the
    menu bar's titles visible in it (a hidden widget's letter does nothing).  Widgets of
    another window (a dialog parented to ``window``) are left out."""
    found: list[tuple[str, str, QWidget]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())
                      if widget.isTabVisible(i) and widget.isTabEnabled(i)]
        elif isinstance(widget, QMenuBar):
            texts += [action.text() for action in widget.actions() if action.isVisible()]
        for text in texts:
            letter = _letter(text)
            if letter is not None:
                found.append((letter, text, widget))
    return found


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """The Alt letters two or more of ``window``'s texts share (``mnemonics_of``): each
    letter with those texts; empty when every letter is one widget's."""
    by_letter: dict[str, list[str]] = {}
    widgets: dict[str, set[int]] = {}
    for letter, text, widget in mnemonics_of(window):
        if id(widget) in widgets.setdefault(letter, set()) and not isinstance(
                widget, (QTabBar, QMenuBar)):
            continue  # (one widget's one text read twice)
        widgets[letter].add(id(widget))
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab reaches in ``window``, in the order of its focus chain: shown,
    enabled, taking the focus by Tab, of this window (not a dialog parented to it)."""
    from PySide6.QtCore import Qt

    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _step in range(10_000):  # (the chain is a ring; a bound all the same)
        if widget is window:
            break
        if (widget.window() is window and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def unnamed_tab_stops(window: QWidget) -> list[str]:
    """The Tab stops of ``window`` (``tab_stops``) that give a screen reader no name:
    no accessible name or description of their own, no label whose buddy they are, no
    text of a button; each as "class (object name)"."""
    labelled = {id(label.buddy()) for label in window.findChildren(QLabel)
                if label.buddy() is not None and label.text().strip()}
    unnamed: list[str] = []
    for widget in tab_stops(window):
        if (widget.accessibleName().strip() or widget.accessibleDescription().strip()
                or id(widget) in labelled
                or (isinstance(widget, QAbstractButton) and widget.text().strip())):
            continue
        unnamed.append(f"{type(widget).__name__} ({widget.objectName() or 'no name'})")
    return unnamed
