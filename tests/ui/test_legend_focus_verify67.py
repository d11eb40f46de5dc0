"""A focused legend entry shows a clear frame whatever moved the focus there last (after a
dialog closed the style drew none), in either theme, and Esc on it gives the keys back to
the timeline, as Esc in the Filters and Details does (verify67 F2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from timeline_app.ui.legend import LegendChip
from timeline_app.ui.style import contrast_ratio
from timeline_app.ui.theme import visible_edge


def _chip(window):  # type: ignore[no-untyped-def]
    chip = window.legend_bar.buttons()["anniversary"]
    assert isinstance(chip, LegendChip)
    window.activateWindow()
    # a focus change by no key (a dialog closing gives it back so): the window's
    # WA_KeyboardFocusChange is cleared, and the style draws no focus rectangle
    chip.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    assert chip.hasFocus()
    return chip


def _frame_pixels(chip) -> int:  # type: ignore[no-untyped-def]
    """How many pixels of the chip's edge (1 px in from its rect) are its focus frame's
    colour: the palette's highlight, lightened to 3:1 on the entry's fill."""
    image = chip.grab().toImage()
    ratio = image.devicePixelRatio()
    palette = chip.palette()
    highlight = visible_edge(palette.highlight().color(), palette.button().color(),
                             palette.buttonText().color())
    assert contrast_ratio(highlight, palette.button().color()) >= 3.0  # (WCAG 1.4.11)

    def near(color: QColor) -> bool:
        return all(abs(a - b) <= 40 for a, b in zip(color.getRgb()[:3],
                                                    highlight.getRgb()[:3], strict=True))

    w, h = image.width(), image.height()
    y = int(h / 2)
    x = int(w / 2)
    spots = [(round(ratio), y), (w - 1 - round(ratio), y),
             (x, round(ratio)), (x, h - 1 - round(ratio))]
    return sum(near(image.pixelColor(px, py)) for px, py in spots)


@pytest.mark.parametrize("dark", [False, True])
def test_a_focused_entry_draws_a_frame_of_the_highlight(window, dark) -> None:  # type: ignore[no-untyped-def]
    if dark:
        window.set_theme("dark")
        QApplication.processEvents()
    try:
        chip = _chip(window)
        assert _frame_pixels(chip) == 4
        window.view.setFocus()
        QApplication.processEvents()
        assert not chip.hasFocus()
        assert _frame_pixels(chip) == 0
    finally:
        if dark:
            window.set_theme("light")
            QApplication.processEvents()


def test_escape_on_an_entry_gives_the_keys_to_the_timeline(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    chip = _chip(window)
    qtbot.keyClick(chip, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    assert window.legend_bar.buttons()["anniversary"].isChecked()  # (its lane still shown)
