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


SUBTITLE = ("13 December 2023 – 20 January 2026 · 23 of the timeline’s 34 events and 2 eras "
            "in view · 20 of 32 events and 2 eras shown (filter: dates) · ? = disputed")


def test_a_narrow_picture_s_subtitle_takes_a_second_line(window, recorded_prompts,
                                                         tmp_path):
    """verify61 F15: at a web column's 900 px the subtitle was cut ("… 23 of the
    timeline's 34…") and the key to the "?" marks lost: it goes on a second line, broken
    between its parts."""
    font = QFont()
    font.setPointSizeF(9)
    metrics = QFontMetricsF(font)
    lines = export_picture.subtitle_lines(SUBTITLE, metrics, 700.0)
    assert len(lines) == 2 and " · ".join(lines) == SUBTITLE
    assert all(metrics.horizontalAdvance(line) <= 700.0 for line in lines)
    assert export_picture.subtitle_lines("1 April 1950 – 2026", metrics, 700.0) == [
        "1 April 1950 – 2026"]
    assert export_picture.subtitle_lines(SUBTITLE, metrics, 700.0, 1)[0].endswith("…")
    # In the picture: every part of a long subtitle is there.
    window.document.set_properties("Border talks", "")
    window._picture_subtitle = lambda *_args: SUBTITLE  # type: ignore[method-assign]
    recorded_prompts.picture_width = "640"
    path = tmp_path / "web.svg"
    recorded_prompts.export_path = str(path)
    assert window.export_picture("SVG", whole=False)
    texts = _texts(path.read_bytes())
    assert "? = disputed" in " ".join(texts) and not any(t.endswith("…") for t in texts
                                                      if "December 2023" in t)
