"""An SVG picture's text is the size the view lays it out at (verify36, F8: QSvgGenerator's
own 72 dpi wrote the view's 9 pt font as font-size 9 in a viewBox of the view's pixels,
where the view draws it 12 px high: every title, "…" cut and label box was measured at
12 px, and the titles came out three quarters of their size)."""

from __future__ import annotations

import re


def test_the_svg_writes_the_views_font_at_the_views_pixel_size(window):
    from timeline_app.ui.export_picture import export_picture

    view = window.view
    svg = export_picture(view, "SVG", "unused.svg", "South Korea and Japan", "")
    sizes = {float(s) for s in re.findall(rb'font-size="([0-9.]+)"', svg)}
    font = view.font()
    pixels = (font.pixelSize() if font.pixelSize() > 0
              else font.pointSizeF() * view.logicalDpiY() / 72)
    assert any(abs(size - pixels) < 0.01 for size in sizes), (sizes, pixels)
