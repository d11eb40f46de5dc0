"""verify72 F22: the whole timeline's PDF was 842 × 672 pt, the timeline's own shape, so
every print of it was scaled; its page is now the locale's paper (A4, or US Letter),
landscape, the timeline fitted into it and filling its width."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import export_picture as pictures


def _page_points(path: Path) -> tuple[float, float]:
    """The first page's MediaBox (width, height) in points."""
    found = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", path.read_bytes())
    assert found is not None
    return float(found.group(1)), float(found.group(2))


@pytest.mark.parametrize(("language", "territory", "paper"), [
    (QLocale.Language.English, QLocale.Country.UnitedStates, QPageSize.PageSizeId.Letter),
    (QLocale.Language.French, QLocale.Country.Canada, QPageSize.PageSizeId.Letter),
    (QLocale.Language.Spanish, QLocale.Country.Mexico, QPageSize.PageSizeId.Letter),
    (QLocale.Language.English, QLocale.Country.UnitedKingdom, QPageSize.PageSizeId.A4),
    (QLocale.Language.German, QLocale.Country.Germany, QPageSize.PageSizeId.A4),
    (QLocale.Language.Japanese, QLocale.Country.Japan, QPageSize.PageSizeId.A4),
])
def test_the_paper_is_the_locales(language, territory, paper) -> None:  # type: ignore[no-untyped-def]
    assert pictures.locale_page_size(QLocale(language, territory)).id() == paper


def _spy_drawn(monkeypatch) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    """(the timeline's width as drawn, the room's width) of each ``_render`` on a page."""
    drawn: list[tuple[float, float]] = []
    real_render = pictures._render

    def spy(view, painter, target=None, size=None):  # type: ignore[no-untyped-def]
        if target is not None:
            whole = view.viewport().size() if size is None else size
            scale = min(target.width() / whole.width(), target.height() / whole.height())
            drawn.append((scale * whole.width(), target.width()))
        real_render(view, painter, target, size)

    monkeypatch.setattr(pictures, "_render", spy)
    return drawn


@pytest.mark.parametrize(("paper", "points"), [
    (QPageSize.PageSizeId.A4, (842, 595)), (QPageSize.PageSizeId.Letter, (792, 612))])
def test_the_whole_timeline_pdf_is_a_landscape_page_of_that_paper(
        window, recorded_prompts, tmp_path, monkeypatch, paper, points):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pictures, "locale_page_size", lambda: QPageSize(paper))
    drawn = _spy_drawn(monkeypatch)
    recorded_prompts.export_path = str(tmp_path / "whole.pdf")
    assert window.export_picture("PDF", whole=True)
    width, height = _page_points(tmp_path / "whole.pdf")
    assert (round(width), round(height)) == points  # (it was 842 × 362 here)
    (drawn_width, room), = drawn
    assert drawn_width >= 0.98 * room


def test_a_tall_timeline_fills_the_pages_width(window, recorded_prompts, tmp_path,
                                                monkeypatch):  # type: ignore[no-untyped-def]
    """Many lanes: taller than the page's shape at 1 400 px, the picture is laid out wider
    so that, fitted by its height, it fills the page's width (verify25 F7: a fifth of the
    page was blank)."""
    monkeypatch.setattr(pictures, "locale_page_size",
                        lambda: QPageSize(QPageSize.PageSizeId.A4))
    events = [Event(f"e{lane}-{n}", f"Event {n} of lane {lane}",
                    FuzzyDate.of_ymd(2020 + n, 1 + lane % 12, 1), category=f"lane {lane:02d}")
              for lane in range(16) for n in range(3)]
    window.document.replace_timeline(Timeline.from_events(events), None)
    drawn = _spy_drawn(monkeypatch)
    recorded_prompts.export_path = str(tmp_path / "tall.pdf")
    assert window.export_picture("PDF", whole=True)
    assert [round(side) for side in _page_points(tmp_path / "tall.pdf")] == [842, 595]
    (drawn_width, room), = drawn
    assert drawn_width >= 0.97 * room, (drawn_width, room)
