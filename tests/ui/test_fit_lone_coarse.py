"""Fit All with one event dated only to a year, far from the story (verify31, finding 7).

Four wire stories of one negotiation gave 16 events: "2009" (Iceland's first unilateral
quota, a year), 31 January 2020, and 14 between 12 October 2026 and early 2027.  Fit All
gave 2009 its 365 days at the scale of the story's months, ~230 px of a 1440 px window,
and the story's 14 events ~30 px (12 October and 5 November at nearly one x).  A year
alone in its stretch is now compressed with the gap's band beside it
(``scale.find_breaks``' ``lone_coarse``), its title inside its shorter bar, and the axis
marks no month inside it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision
from timeline_app.ui.scale import Break, find_breaks


def _date(value: str, precision: str = "day", circa: bool = False,
          part: str | None = None) -> FuzzyDate:
    return FuzzyDate.from_iso(value, Precision(precision), part=part, circa=circa)


# (date, end, category, title): verify31's timeline after its four articles
STORY = [
    (_date("2009", "year"), None, "dispute", "Iceland sets first unilateral mackerel quota"),
    (_date("2020-01-31"), None, "event", "Britain leaves the EU"),
    (_date("2026-10-12"), _date("2026-10-14"), "meeting",
     "London round of talks ends without a deal"),
    (_date("2026-11-04"), None, "policy",
     "Norway tables offer cutting Iceland's share to 7 percent"),
    (_date("2026-11-04"), None, "meeting", "Technical talks in Bergen"),
    (_date("2026-11-05"), None, "meeting", "Ministerial meeting in Bergen postponed"),
    (_date("2026-11-19"), None, "policy",
     "Iceland sets unilateral 2027 mackerel quota of 21,800 tonnes"),
    (_date("2026-11-19"), None, "meeting",
     "Postponed ministerial meeting reset for 26 November in London"),
    (_date("2026-11-23", circa=True), _date("2026-11-29", circa=True), "meeting",
     "Ministerial meeting (scheduled)"),
    (_date("2026-11-26"), None, "meeting", "Ministerial meeting in London (scheduled)"),
    (_date("2026-11-29"), _date("2026-11-30"), "meeting", "Ministerial talks in London"),
    (_date("2026-11-30"), None, "treaty", "Mackerel sharing framework signed at Lancaster House"),
    (_date("2026-12", "month"), None, "policy",
     "Faroes to set own 2027 quota if no deal (scheduled)"),
    (_date("2027-01-01"), None, "treaty", "Framework takes effect (scheduled)"),
    (_date("2027-01", "month"), None, "meeting",
     "EU talks with the four coastal states (scheduled)"),
    (_date("2027", "part_of_year", part="early"), None, "treaty",
     "Althingi vote on the framework (scheduled)"),
]


def _story() -> Timeline:
    timeline = Timeline(title="Mackerel talks")
    for index, (date, end, category, title) in enumerate(STORY):
        timeline.add(Event(f"e{index}", title, date, end=end, category=category))
    return timeline


@pytest.mark.parametrize("window_width", [1000, 1440, 1920])
def test_fit_all_gives_the_story_the_width_of_a_lone_year(window, window_width):  # type: ignore[no-untyped-def]
    window.resize(window_width, 860)
    QApplication.processEvents()
    timeline = _story()
    window.document.replace_timeline(timeline, None)
    QApplication.processEvents()
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    width = view.viewport().width()
    events = timeline.events
    lone = next(e for e in events if e.id == "e0")
    story = [e for e in events if e.id not in ("e0", "e1")]
    first = min(e.day_range()[0] for e in story)
    last = max(e.day_range()[1] for e in story)
    story_px = view.x_of_day(last) - view.x_of_day(first)
    start, stop = lone.day_range()
    year_px = view.x_of_day(stop) - view.x_of_day(start)
    # The story's months: at least a fifth of the view (on main 54 px of 678, 135 of
    # 1034, 261 of 1514; then 184, 453, 792).  (fit45: at 1440 Fit All now takes the
    # way that gives "Britain leaves the EU", alone between the two bands, room for its
    # title: 253 px of 1034 for the story, every title whole but "Althingi vote on the
    # framework…", where the quarter's 453 px cut four, "Britai…" among them.)
    assert story_px >= 0.2 * width, (story_px, width)
    assert year_px < 0.3 * width, (year_px, width)  # on main 475 of 1514
    # Its title starts inside its bar (it went left of it, into the margin: "Ice…").
    label = view.label_rect(lone.id)
    assert label.left() >= view.x_of_day(start), (label.left(), view.x_of_day(start))
    # No month is marked inside the compressed year ("Jan", "Feb", "Mar" beside it).
    for segment in view._axis_segments():
        if segment.ticks is None:
            continue
        for tick in segment.ticks.minor + segment.ticks.major:
            assert not start < tick.day < stop, tick


def test_a_lone_year_longer_than_the_story_is_compressed_with_its_band():
    year = (733408.0, 733773.0)  # 2009
    intervals = [year, (737455.0, 737456.0), (739901.0, 740100.0)]
    plain = find_breaks(intervals)
    squeezed = find_breaks(intervals, lone_coarse=[year])
    assert len(plain) == len(squeezed) == 2
    first: Break = squeezed[0]
    # The band says the empty period's length (2010-2020), and compresses 2009 too.
    assert (first.empty_first, first.empty_last) == (plain[0].empty_first, plain[0].empty_last)
    assert year[0] < first.first_day < year[0] + 30 < year[1]
    assert first.last_day == pytest.approx(first.empty_last - (first.first_day - year[0] - 1))


def test_a_lone_year_shorter_than_the_story_keeps_its_days():
    year = (733408.0, 733773.0)
    story = (739000.0, 740100.0)  # three years of events
    assert find_breaks([year, story], lone_coarse=[year]) == find_breaks([year, story])


def test_years_alone_make_no_bands_between_them():
    """A narrative told in years (1939, 1941, 1944, 1950) with one day-dated event: each
    year alone in its stretch, and no gap between them a band (as without the rule)."""
    def year(y: int) -> tuple[float, float]:
        date = FuzzyDate.of_year(y)
        return float(date.start_day()), float(date.end_day())

    years = [year(y) for y in (1939, 1941, 1944, 1950)]
    day = (years[-1][1] + 800.0, years[-1][1] + 801.0)
    intervals = [*years, day]
    assert find_breaks(intervals, lone_coarse=years) == find_breaks(intervals)
