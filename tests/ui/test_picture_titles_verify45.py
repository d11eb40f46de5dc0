"""Pictures and prints of the whole timeline keep the oldest titles whole (verify45 F13):
the think-tank researcher's GERD timeline (``fit_cases/gerd_verify45.json``: 1929,
1959, 1960, 2010-2026 and 2028) as File → Export → PNG picture and in the print
preview showed the 1929 and 1959 titles as "Nile…", "Eg…" in the narrow stretches
between two gaps' bands, while the axis ran on to 2054.  A picture cannot be zoomed
into: it draws the bands only when they cut no more titles than a linear axis.  Fails
on main ``ad8e74e8``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.io.native import load
from timeline_app.ui.export_picture import WHOLE_TIMELINE_SIZE, whole_timeline_view
from timeline_app.ui.scale import ymd_of_day
from timeline_app.ui.view_layout import _shown_title

CASES = Path(__file__).parent / "fit_cases"


def _gerd() -> Timeline:
    loaded = load(CASES / "gerd_verify45.json")
    return loaded if isinstance(loaded, Timeline) else loaded[0]


def _cut_titles(view) -> list[str]:  # type: ignore[no-untyped-def]
    """The titles the view draws shortened (or not at all), badges' events included."""
    timeline = view._document.timeline
    cut = []
    for lane in view._layout().lanes:
        cut += [key for badge in lane.badges for key in badge.keys]
        cut += [item.label for item in lane.items
                if item.label != _shown_title(timeline.get(item.event_id))]
    return cut


def test_the_whole_timeline_picture_keeps_the_oldest_titles_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = whole_timeline_view(Document(_gerd()), WHOLE_TIMELINE_SIZE)
    qtbot.addWidget(view)
    assert _cut_titles(view) == []  # was ['Nile…', 'Eg…', …]
    assert view.titles_not_whole() == 0
    width = view.viewport().width()
    assert ymd_of_day(int(view.day_at(width)))[0] <= 2035  # was 2054
    assert ymd_of_day(int(view.day_at(0)))[0] >= 1920


def test_the_printed_whole_timeline_keeps_them_whole_too(window) -> None:  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_gerd(), None)
    view = window._print_view(True, 1100)  # (as wide as an A4 page's keeps 7 pt titles)
    try:
        assert _cut_titles(view) == []
    finally:
        view.deleteLater()


def test_the_bands_stay_when_they_cut_no_more_titles(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A dense present after an old event: linear, the 2020s would crowd into badges;
    the picture keeps the gaps' bands (the window's way)."""
    events = [Event("old", "Treaty", FuzzyDate.of_ymd(1900, 5, 1), category="treaty")]
    events += [Event(f"e{n}", f"Talks round {n}", FuzzyDate.of_ymd(2020 + n % 6, 1 + n % 12, 3),
                     category="meeting") for n in range(30)]
    view = whole_timeline_view(Document(Timeline.from_events(events)), QSize(900, 400))
    qtbot.addWidget(view)
    assert view.collapse_empty_periods() and view.has_gap_bands()


def test_a_window_drawing_the_axis_linear_gets_a_linear_picture(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = [Event("old", "Treaty", FuzzyDate.of_ymd(1900, 5, 1), category="treaty"),
              Event("new", "Talks", FuzzyDate.of_ymd(2020, 5, 1), category="treaty")]
    view = whole_timeline_view(Document(Timeline.from_events(events)), QSize(900, 400),
                               collapse=False)
    qtbot.addWidget(view)
    assert not view.collapse_empty_periods() and not view.has_gap_bands()
