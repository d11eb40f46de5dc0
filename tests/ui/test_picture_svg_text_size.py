"""An SVG picture's text is the size the view lays it out at (verify36 F8).

The view measures each title (its width, its "…" cut, the box behind it, the packing)
with the window's font, 9 pt = 12 px on a 96 dpi screen.  QSvgGenerator's default
resolution is 72 dpi: the same font was written ``font-size="9"`` in a viewBox of the
view's pixels, so every title and lane name in the SVG was three quarters of its size on
screen, in the PNG and in the PDF, with the room measured for it left empty."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtGui import QFontInfo


def test_the_svg_writes_the_labels_at_the_views_pixel_size(window, recorded_prompts,
                                                            tmp_path):
    path = tmp_path / "view.svg"
    recorded_prompts.export_path = str(path)
    assert window.export_picture("SVG", whole=False)
    svg = path.read_text("utf-8")
    sizes = Counter(float(size) for size in re.findall(r'font-size="([0-9.]+)"', svg))
    label_px = QFontInfo(window.view.font()).pixelSize()
    assert label_px > 0
    # the labels (the most frequent size) are written at the size the view draws them
    most, _count = sizes.most_common(1)[0]
    assert abs(most - label_px) < 0.51, (sizes, label_px)
