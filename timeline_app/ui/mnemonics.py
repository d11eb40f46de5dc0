"""The Alt letters (mnemonics) a window offers, read from its widgets: for a check that no
two of them share a letter.

Two widgets of one window with the same letter make Alt + that letter ambiguous: Qt then
moves the focus between them and presses neither (a button's letter no longer presses
it).  Every dialog's letters are checked by ``tests/ui/test_dialog_mnemonics.py`` with
:func:`mnemonic_clashes`; the letters are read as Qt reads them (``QKeySequence.mnemonic``:
the character after a single ``&``, ``&&`` being a literal ampersand).
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

__all__ = ["mnemonic_clashes", "mnemonics_of"]


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
