"""Fit All of a news desk's timeline (verify61 F16): a few background dates (1950, 1962,
1993, 1996, 2003, 2005, 2013, 2017) before the story the desk works on, 26 events of
May 2020 - 2026 with two eras over them.

The sparse years chained into one stretch with the story (no gap three times the
stretch beside it: 1962 → 1993, 31 years, weighed against 1993-2026's 33), so only
1950 → 1962 got a band and there was no story by gaps (``_story_cluster``): Fit All
drew 1924-2044 linear after the band, the story in ~70 of 1194 px, the eras' titles
cut.  The newest events far denser than the years before them are now the story
(``_dense_story_cluster``).  (The desk's own file is evaluation material: this one is
written for the test, of its shape.)"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

D, M, Y = FuzzyDate.of_ymd, FuzzyDate.of_month, FuzzyDate.of_year

BACKGROUND = [
    ("Diplomatic ties established", D(1950, 4, 1), "Treaty", None),
    ("Border war", M(1962, 10), "Statement", M(1962, 11)),
    ("Agreement on peace and tranquility", M(1993, 9), "Treaty", None),
    ("Agreement on confidence-building measures", Y(1996), "Treaty", None),
    ("Special representatives appointed", M(2003, 4), "Event", None),
    ("Agreement on political parameters", M(2005, 4), "Treaty", None),
    ("Border Defence Cooperation Agreement signed", M(2013, 10), "Treaty", None),
    ("Plateau standoff (73 days)", M(2017, 6), "Military", M(2017, 8)),
]
STORY = [
    ("Standoffs begin in the east", M(2020, 5), "Event", None),
    ("Valley clash: soldiers killed", D(2020, 6, 15), "Event", None),
    ("Two armies pull back from the lake", M(2021, 2), "Policy", None),
    ("Corps commander-level talks", M(2024, 2), "Meeting", None),
    ("Patrolling agreement announced", D(2024, 10, 21), "Statement", None),
    ("Leaders meet at the summit", D(2024, 10, 23), "Meeting", None),
    ("Disengagement completed", D(2024, 10, 30), "Military", None),
    ("23rd round of talks", D(2024, 12, 18), "Meeting", None),
    ("75th anniversary of ties", Y(2025), "Anniversary", None),
    ("Vice minister visits the capital", D(2025, 1, 26), "Visit", D(2025, 1, 27)),
    ("Pilgrims return to the mountain", M(2025, 6), "People", None),
    ("Minister calls on the president", D(2025, 7, 14), "Visit", None),
    ("Working mechanism meets", D(2025, 7, 23), "Meeting", None),
    ("Tourist visas resume", D(2025, 7, 24), "Policy", None),
    ("Foreign ministers meet", D(2025, 8, 18), "Meeting", None),
    ("Foreign minister visits", D(2025, 8, 18), "Visit", D(2025, 8, 19)),
    ("24th round of talks", D(2025, 8, 19), "Meeting", None),
    ("Foreign minister meets the prime minister", D(2025, 8, 19), "Visit", None),
    ("Regional summit", D(2025, 8, 31), "Meeting", None),
    ("Leaders agree they are partners", D(2025, 8, 31), "Treaty", None),
    ("Flights to resume, ministry says", D(2025, 10, 2), "Policy", None),
    ("Direct flights resume", D(2025, 10, 26), "Policy", None),
    ("Second airline plans flights", D(2025, 11, 10), "Policy", None),
    ("34th working mechanism meeting", D(2025, 12, 3), "Meeting", None),
    ("Next working mechanism meeting (scheduled)", M(2026, 1), "Meeting", None),
    ("25th round of talks (scheduled)", Y(2026), "Treaty", None),
]
ERAS = [("Standoff", M(2020, 5), D(2024, 10, 21)), ("Thaw", D(2024, 10, 21), M(2025, 11))]
STORY_FIRST = dt.date(2020, 5, 1).toordinal()
DATA_END = dt.date(2027, 1, 1).toordinal()


def _timeline(skip: int = 0) -> Timeline:
    events = [Event(f"e{i}", title, date, category=category, end=end)
              for i, (title, date, category, end) in enumerate(BACKGROUND + STORY)
              if i >= skip]
    events += [Event(f"era{i}", title, start, category="Eras", end=end)
               for i, (title, start, end) in enumerate(ERAS)]
    timeline = Timeline.from_events(events, title="Border talks")
    timeline.era_lanes = frozenset({"Eras"})
    return timeline


def _fitted(window, size: tuple[int, int], skip: int = 0):  # type: ignore[no-untyped-def]
    window.resize(*size)
    QApplication.processEvents()
    window.document.replace_timeline(_timeline(skip), None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    return window.view


@pytest.mark.parametrize(("size", "skip"), [((1600, 900), 0), ((1366, 768), 2)],
                         ids=["band", "no-band"])
def test_fit_all_gives_a_news_timelines_busy_years_the_width(window, size, skip) -> None:  # type: ignore[no-untyped-def]
    """With 1950 and 1962, one band; without them (1993 on) none: 1992-2028 linear, the
    story 176 of 960 px at 1366×768."""
    view = _fitted(window, size, skip)
    width = view.viewport().width()
    story = view.x_of_day(DATA_END) - view.x_of_day(STORY_FIRST)
    assert story >= 0.4 * width, (story, width)  # (~70 of 1194 px before)
    first, last = view.visible_days()
    assert last - DATA_END < 365, dt.date.fromordinal(int(last))  # (2044 before)
    for i in range(skip, len(BACKGROUND)):  # the background still drawn, in order, left of it
        start = window.document.timeline.get(f"e{i}").day_range()[0]
        assert first <= start
        assert 0 <= view.x_of_day(start) < view.x_of_day(STORY_FIRST)
    # the story's titles read whole
    cut = [title for i, (title, *_rest) in enumerate(STORY, len(BACKGROUND))
           if view.label_text(f"e{i}") != title]
    assert len(cut) <= 2, cut
    # the eras' titles whole (``Standoff`` read "Sta…" and ``Thaw`` "…" at her size)
    titled = view._era_titles(view._content_offset())
    assert {event.title for event, *_rest in titled} == {"Standoff", "Thaw"}
    for event, _x0, _x1, _row, box in titled:
        assert box.width() >= view._era_title_px(event), event.title


def test_a_title_before_a_wide_band_takes_the_bands_room(window) -> None:  # type: ignore[no-untyped-def]
    """verify61 F12: zoomed in on 1950, its title read "China…" in the 60 px before a
    360 px band (drawn with ticks) beside an empty lane.  A band that wide is room for the
    titles before it, up to its far edge, never into the next stretch."""
    from timeline_app.ui.view_base import BREAK_TICKS_PX

    view = _fitted(window, (1536, 864))
    day = window.document.timeline.get("e0").day_range()[0]
    view.show_range(dt.date(1949, 12, 1).toordinal(), dt.date(1964, 5, 2).toordinal(),
                    open_breaks=False)  # (as her view of 1 December 1949 - 2 May 1964)
    QApplication.processEvents()
    band = view.scale().breaks[0]
    x0, x1 = view.x_of_day(band.first_day), view.x_of_day(band.last_day)
    assert x1 - x0 >= BREAK_TICKS_PX
    assert view.x_of_day(day) < x0
    assert view.label_text("e0") == BACKGROUND[0][0]  # ("Diplomatic ties…" before)
    assert view.label_rect("e0").right() <= x1
