"""The review's focus ring (the sentences pane's, a row box's) reaches 3:1 on the pane's
base in the dark theme too (WCAG 1.4.11; verify67 F10: a Tab stop of the review read as
showing no focus in the dark theme, the selection's colour ~2.8:1 there)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from timeline_app.ui.import_article import FocusRing
from timeline_app.ui.style import contrast_ratio
from timeline_app.ui.theme import palette_for


def test_the_ring_is_three_to_one_on_the_dark_base(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = QWidget()
    qtbot.addWidget(pane)
    pane.setPalette(palette_for(True))
    pane.resize(200, 80)
    ring = FocusRing(pane)
    ring.setGeometry(pane.rect())
    ring.show()
    image = ring.grab().toImage()
    base = QColor(palette_for(True).base().color())
    inner = image.pixelColor(round(2 * image.devicePixelRatio()), image.height() // 2)
    assert contrast_ratio(inner, base) >= 3.0, inner.name()
