"""A long timeline name in a picture's header (verify33 F8): the import names a timeline
after its first article's headline, "Lee, Takaichi agree to hold trilateral summit with
Trump early next year"; the PNG of a 1280-px window's view cut it at the edge, mid-word
("… with Trump ea"), with nothing to say it was shortened.  It is shortened with "…" at a
word's end now, the subtitle too."""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QFontMetricsF

from timeline_app.ui import export_picture

LONG = ("Lee, Takaichi agree to hold trilateral summit with Trump early next year, and "
        "South Korea and Japan resume shuttle diplomacy after the Sado mines memorial row")


def _texts(svg: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", t).strip()
            for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg.decode("utf-8"))]


def test_a_long_name_is_shortened_with_an_ellipsis_in_the_picture(window, recorded_prompts,
                                                                   tmp_path):
    window.document.set_properties(LONG, "")
    path = tmp_path / "view.svg"
    recorded_prompts.export_path = str(path)
    assert window.export_picture("SVG", whole=False)
    texts = _texts(path.read_bytes())
    assert LONG not in texts
    title = next(t for t in texts if t.startswith("Lee, Takaichi agree"))
    assert title.endswith("…") and not title.endswith(" …")
    assert LONG.startswith(title[:-1].rstrip(",")), title


def test_the_shortened_title_fits_the_width():
    font = QFont()
    font.setPointSizeF(14)
    metrics = QFontMetricsF(font)
    shown = export_picture.header_line(LONG, metrics, 300.0)
    assert shown.endswith("…") and metrics.horizontalAdvance(shown) <= 300.0
    assert export_picture.header_line("Short", metrics, 300.0) == "Short"
