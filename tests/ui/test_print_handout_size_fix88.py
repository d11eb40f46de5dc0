"""verify84 F7: an A4 landscape handout of a fifty-year dispute printed its titles at ~6 pt
and its dates at ~5 pt (``pdftotext -bbox``), the bottom third of the page empty.  The
printed timeline's titles are at 9.7 pt at least and its dates at 8 pt, on A4 and Letter,
portrait and landscape, and a timeline shorter than the page is drawn narrower, larger
and in more rows, to fill the page's height."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import print_pages

#: (category, title, year, month or 0) of an invented dispute between Arland and Bovia
#: over the Pellan Sound, dated as a handout's would be.
_ROWS = (
    ("treaty", "Treaty of Orsk signed by both coastal states", 1975, 6),
    ("treaty", "Both states join the sea-bed convention", 1996, 0),
    ("treaty", "Joint statement signed in Lisbon", 2025, 1),
    ("treaty", "Fishing accord to be renewed", 2025, 6),
    ("policy", "Arland licenses drilling on the outer bank", 1978, 0),
    ("policy", "Bovia widens its claimed shelf by statute", 2003, 0),
    ("dispute", "Bovia grants a gas lease near the islets", 1984, 0),
    ("dispute", "Both sides refer the shelf to arbitration", 1993, 3),
    ("dispute", "Arbitrators hold their first hearing", 1995, 2),
    ("dispute", "Patrol boat stops a survey ship", 2014, 7),
    ("dispute", "Arland halts the joint fishing patrols", 2014, 8),
    ("meeting", "New round of border talks opens in Tallinn", 2025, 3),
    ("meeting", "Working group on charts meets in Tallinn", 2025, 4),
    ("meeting", "Second round of talks held aboard a ferry", 2025, 5),
    ("meeting", "Delegates agree to hold a third round", 2025, 9),
    ("event", "Arbitrators deliver their award on the shelf", 1998, 9),
    ("event", "Crew of twelve set free", 2014, 9),
)


def _dispute() -> Timeline:
    events = []
    for n, (category, title, year, month) in enumerate(_ROWS):
        date = (FuzzyDate.of_ymd(year, month, 10) if month
                else FuzzyDate.of_year(year))
        events.append(Event(f"d{n}", title, date, category=category))
    return Timeline.from_events(events, title="Pellan Sound dispute")


def _print(window, monkeypatch, target: Path, size: str, portrait: bool) -> None:  # type: ignore[no-untyped-def]
    """File → Print to a PDF file on ``size`` ("A4", "Letter") paper."""
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from timeline_app.ui import prompts

    def to_file(_parent, paint, *_choices, **_named):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if size == "A4"
                                      else QPageSize.PageSizeId.Letter))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait if portrait
                                   else QPageLayout.Orientation.Landscape)
        paint(printer)
        return prompts.Printed(str(target), True)

    monkeypatch.setattr(prompts, "print_with_preview", to_file)
    window.print_timeline(whole=True)


def _spied(monkeypatch) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    """Each timeline page's printed title size (points) and the share of the page's
    height its timeline takes."""
    from timeline_app.ui import export_picture

    seen: list[tuple[float, float]] = []
    real = export_picture._render

    def spy(view, painter, target=None, size=None):  # type: ignore[no-untyped-def]
        source = size if size is not None else view.viewport().size()
        scale = min(target.width() / source.width(), target.height() / source.height())
        seen.append((print_pages.printed_points(print_pages.label_points(view), scale,
                                                view.logicalDpiY(),
                                                painter.device().logicalDpiY()),
                     target.height() / painter.device().height()))
        real(view, painter, target, size)

    monkeypatch.setattr(export_picture, "_render", spy)
    return seen


@pytest.mark.parametrize(("size", "portrait"), [("A4", False), ("A4", True),
                                                ("Letter", False), ("Letter", True)])
def test_the_handout_prints_titles_and_dates_large_enough(window, monkeypatch, tmp_path,  # type: ignore[no-untyped-def]
                                                          size, portrait):
    window.document.replace_timeline(_dispute(), None)
    window.view.fit_all()
    window._print_chronology = False
    seen = _spied(monkeypatch)
    _print(window, monkeypatch, tmp_path / "handout.pdf", size, portrait)
    assert seen
    sizes = [points for points, _share in seen]
    assert min(sizes) >= 9.0, sizes
    assert min(sizes) * 0.83 >= print_pages.MIN_DATE_POINTS - 0.05, sizes


def test_a_short_timeline_fills_the_page_s_height(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_dispute(), None)
    window.view.fit_all()
    window._print_chronology = False
    seen = _spied(monkeypatch)
    _print(window, monkeypatch, tmp_path / "handout.pdf", "A4", False)
    assert len(seen) == 1, seen  # one page, not cut
    points, share = seen[0]
    assert share > 0.6, seen  # (0.55 of the page before, its titles at 6 pt)
    assert points <= print_pages.MOST_TITLE_POINTS + 0.05


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdftotext_reads_the_dates_as_large_as_the_dated_list(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """Measured as verify84 did: the smallest words of the timeline's page (its dates) are
    no smaller than the dated list's rows, printed at 8 pt."""
    window.document.replace_timeline(_dispute(), None)
    window.view.fit_all()
    target = tmp_path / "handout.pdf"
    _print(window, monkeypatch, target, "A4", False)
    heights: dict[int, list[float]] = {}
    page = 0
    words = subprocess.run(["pdftotext", "-bbox", str(target), "-"], capture_output=True,
                           text=True, check=True).stdout
    for line in words.splitlines():
        line = line.strip()
        if line.startswith("<page "):
            page += 1
        elif line.startswith("<word ") and page:
            fields = dict(part.split("=", 1) for part in line[6:line.index(">")].split())
            heights.setdefault(page, []).append(
                float(fields["yMax"].strip('"')) - float(fields["yMin"].strip('"')))
    assert len(heights) >= 2, heights.keys()
    listed = min(heights[max(heights)])  # the dated list's rows: 8 pt
    assert min(heights[1]) >= listed * 0.99, (min(heights[1]), listed)
