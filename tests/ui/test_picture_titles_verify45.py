"""Pictures and prints of the whole timeline keep the oldest titles whole (verify45 F13):
the think-tank researcher's GERD timeline (``fit_cases/gerd_verify45.json``: 1929,
1959, 1960, 2010-2026 and 2028) as File → Export → PNG picture and in the print
preview showed the 1929 and 1959 titles as "Nile…", "Eg…" in the narrow stretches
between two gaps' bands, while the axis ran on to 2054.  A picture cannot be zoomed
into: it draws the bands only when they cut no more titles than a linear axis.  Fails
on main ``ad8e74e8``."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QSize

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.io.native import load
from timeline_app.ui.export_picture import WHOLE_TIMELINE_SIZE, whole_timeline_view
from timeline_app.ui.scale import day_number, ymd_of_day
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


def test_the_printed_whole_timeline_draws_the_window_s_bands(window) -> None:  # type: ignore[no-untyped-def]
    """A print drew a linear axis here, its titles whole; since verify85 F8 (2018-2025
    drawn straight put ten 2025 events in the page's last millimetres) it draws the
    bands the window's Fit All draws at its width, a title a band's stretch cuts whole in
    the dated list printed after it (``print_pages.chronology_rows``)."""
    from timeline_app.ui.print_pages import chronology_rows

    window.document.replace_timeline(_gerd(), None)
    view = window._print_view(True, 1100)  # (as wide as an A4 page's keeps 7 pt titles)
    try:
        assert view.has_gap_bands() == window.view.has_gap_bands()
        listed = {title for _d, title, _p, _w in chronology_rows(
            window.document.timeline.events, window.document.timeline.sources)}
        assert all(any(_shown_title(event) in title for title in listed)
                   for event in window.document.timeline)
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


_WORDS = ("talks between the two neighbours on the border and on trade, flights and "
          "visas for pilgrims, journalists and students, the ministers said in a statement")


def _news_timeline() -> Timeline:
    """verify61 F21's shape (a news desk's timeline, its dates and lanes, words of its
    own): a 1950 background event, a few from 1962 to 2021, then a 2024-2026 cluster of
    long titles that stick out to the right of their markers."""
    y, m, d = FuzzyDate.of_year, FuzzyDate.of_month, FuzzyDate.of_ymd
    dated = [  # (date, end, lane, the title's length)
        (d(1950, 4, 1), None, "treaty", 27), (m(1962, 10), m(1962, 11), "statement", 15),
        (m(1993, 9), None, "treaty", 67), (y(1996), None, "treaty", 41),
        (m(2003, 4), None, "event", 82), (m(2005, 4), None, "treaty", 68),
        (m(2013, 10), None, "treaty", 43), (m(2017, 6), m(2017, 8), "military", 25),
        (m(2020, 5), None, "event", 33), (d(2020, 6, 15), None, "event", 57),
        (m(2021, 2), None, "policy", 51), (m(2024, 2), None, "meeting", 27),
        (d(2024, 10, 21), None, "statement", 59), (d(2024, 10, 23), None, "meeting", 42),
        (d(2024, 10, 30), None, "military", 46), (d(2024, 12, 18), None, "meeting", 45),
        (y(2025), None, "anniversary", 80), (d(2025, 1, 26), d(2025, 1, 27), "visit", 27),
        (m(2025, 6), None, "people", 60), (d(2025, 7, 14), None, "visit", 33),
        (d(2025, 7, 23), None, "meeting", 34), (d(2025, 7, 24), None, "policy", 48),
        (d(2025, 8, 18), None, "meeting", 43), (d(2025, 8, 18), d(2025, 8, 19), "visit", 24),
        (d(2025, 8, 19), None, "meeting", 47), (d(2025, 8, 19), None, "visit", 41),
        (d(2025, 8, 31), None, "meeting", 51), (d(2025, 8, 31), None, "treaty", 93),
        (d(2025, 10, 2), None, "policy", 55), (d(2025, 10, 26), None, "policy", 64),
        (d(2025, 11, 10), None, "policy", 45), (d(2025, 12, 3), None, "meeting", 28),
        (m(2026, 1), None, "meeting", 54), (y(2026), None, "treaty", 80)]
    events = [Event(f"e{n}", f"{n} {_WORDS}"[:length].rstrip(), date, end, lane)
              for n, (date, end, lane, length) in enumerate(dated)]
    events += [Event("era1", "Standoff", m(2020, 5), d(2024, 10, 21), "eras"),
               Event("era2", "Thaw", d(2024, 10, 21), m(2025, 11), "eras")]
    return Timeline.from_events(events)


def test_the_whole_timeline_picture_draws_no_axis_past_the_data(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify61 F21: "1 April 1950 – 2026" with an axis to the "2050s", a quarter of the
    picture future decades held only for titles that stick out: the titles keep their
    room, the axis (its labels, ticks and grid lines) stops at the data's end."""
    view = whole_timeline_view(Document(_news_timeline()), WHOLE_TIMELINE_SIZE)
    qtbot.addWidget(view)
    assert ymd_of_day(int(view.day_at(view.viewport().width())))[0] >= 2027  # the room
    # (a century's label, "1900–1999" since verify78 F10, names the period, not a tick)
    years = [int(text[:4]) for _rect, text in view.axis_labels()
             if text[:4].isdigit() and "–" not in text]
    # (the data's last event is in 2026: its year may be labelled once Fit All gives the
    # 2024-2026 story its room, view57; the decades past it may not)
    assert years and max(years) <= 2026  # was 2050
    assert min(years) >= 1950  # was 1930: no decade before the first event's
    # (the data's last date is the year 2026, to its last day: no grid line from 2027 on)
    last_x = view.x_of_day(float(day_number(_dt.date(2027, 1, 1))))
    assert all(x < last_x for major in (False, True)
               for x in view._grid_columns(view._axis_segments(), major))


def test_a_short_story_s_picture_keeps_the_axis_around_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Fit All's least span around a lone day (a month around 5 March 2025) is context,
    not room for titles: its days keep their ticks; a year's picture stops at its end."""
    lone = whole_timeline_view(Document(Timeline.from_events(
        [Event("a", "Summit", FuzzyDate.of_ymd(2025, 3, 5))])), QSize(900, 400))
    qtbot.addWidget(lone)
    texts = [text for _rect, text in lone.axis_labels()]
    assert "February 2025" in texts and len(texts) >= 5  # (its days before March too)
    year = whole_timeline_view(Document(Timeline.from_events(
        [Event("a", "Summit", FuzzyDate.of_year(2025))])), QSize(900, 400))
    qtbot.addWidget(year)
    texts = [text for _rect, text in year.axis_labels()]
    assert "2025" in texts and "2026" not in texts and texts.count("Jan") == 1
