"""A test that turns the dark theme on leaves the next test of its worker light
(``palette_given_back`` in ``tests/ui/conftest.py``; session 52's fresh-clone CI failed a
pixel test that ran after a dark-theme test in the same worker)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from timeline_app.ui import theme


def test_a_test_turns_the_dark_theme_on(qapp: QApplication) -> None:
    theme.set_theme(qapp, "dark")
    assert QGuiApplication.palette().window().color().lightness() < 128


def test_the_next_test_starts_with_the_palette_from_before(qapp: QApplication) -> None:
    # Runs after the test above (pytest keeps a file's order, and a worker runs a whole file).
    assert QGuiApplication.palette().window().color().lightness() >= 128
