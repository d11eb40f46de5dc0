"""Fit All of a journalist's background timeline whose news is its newest week (verify52
F6; her file is ``fit_cases/blacksea_verify52.json``): 16 events of 2022 - January 2027
with one "≈ 19 months" band, at 1366×768 (her window 1366×745 below the panel).

Before: 2022-2025 took two thirds of the width, the five events of October 2026 -
January 2027 the right quarter with three titles cut ("Black Sea shipping talks resume
in…", "Kuleba says Kyiv will not accept limits…", "Grynspan says UN sees narrow…"),
and the axis ran on to April 2028, 15 months past the last event; with the Filters dock
open to May 2028.  Fit All now draws that stretch wider than its days, with days of the
band before it for titles left of their markers (``FitMixin._fit_story``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fit_case_shown import fit_case_shown

from timeline_app.core import Timeline

BLACK_SEA = Path(__file__).parent / "fit_cases" / "blacksea_verify52.json"
STORY = dt.date(2026, 1, 1).toordinal()  # (the stretch after the band: Oct 2026 on)


def _black_sea(window, dock: bool) -> Timeline:  # type: ignore[no-untyped-def]
    return fit_case_shown(window, BLACK_SEA, (1366, 745), dock)


def _story(timeline: Timeline) -> list:  # type: ignore[type-arg]
    return [event for event in timeline.events if event.day_range()[0] >= STORY]


@pytest.mark.parametrize("dock", [False, True])
def test_fit_all_ends_the_axis_near_the_last_event(window, dock):  # type: ignore[no-untyped-def]
    timeline = _black_sea(window, dock)
    last = max(event.day_range()[1] for event in timeline.events)
    _first, shown_last = window.view.visible_days()
    assert shown_last - last < 120, dt.date.fromordinal(int(shown_last))  # (was ~450)


def test_fit_all_reads_the_newest_weeks_titles(window):  # type: ignore[no-untyped-def]
    view = window.view
    timeline = _black_sea(window, dock=False)
    width = view.viewport().width()
    story = _story(timeline)
    assert len(story) == 5
    for event in story:
        assert view.has_item(event.id), event.title
        rect = view.label_rect(event.id)
        text = view.label_text(event.id)
        # Whole (before: 198-239 px, "Grynspan says UN sees narrow…"), left of its marker.
        assert text == event.title, (text, rect)
        assert rect.left() >= 0 and rect.right() <= width + 1, (text, rect)
        assert rect.right() <= view.x_of_day(event.day_range()[0]), (text, rect)
    # The titles before the band stay whole or nearly: "White House says Russia and
    # Ukraine agree on safe Black Sea…" (386 of 440 px), left of its March 2025 marker.
    for event in timeline.events:
        if event.day_range()[0] < STORY and view.has_item(event.id):
            text = view.label_text(event.id)
            assert text == event.title or view.label_rect(event.id).width() >= 300, text


def test_a_resize_step_gives_the_story_the_share_chosen_last(window, monkeypatch):  # type: ignore[no-untyped-def]
    """A window's edge dragged (``_fit_one_way``): the story's piece made at the share of
    the width Fit All chose last, alone, and every width weighed once the size settles,
    as the ways of room between bands are (fit44, fit45)."""
    view = window.view
    _black_sea(window, dock=False)
    share = view._fit_story_share
    assert share is not None and view._fit_story_piece is not None
    tried = []
    score = type(view)._fit_score

    def counted(self, *args):  # type: ignore[no-untyped-def]
        tried.append(args)
        return score(self, *args)

    monkeypatch.setattr(type(view), "_fit_score", counted)
    view._fit_one_way = True
    try:
        view.fit_all(keep_rows=True)
    finally:
        view._fit_one_way = False
    assert len(tried) == 2  # (the layout's and the one share's: not five widths)
    assert view._fit_story_piece is not None and view._fit_ways_timer.isActive()
    assert view._fit_story_share == share


#: verify54 F29's shape: a wire editor's week of May 2024 (16 events) after 80 events of
#: 2006-2023 (no gap long enough for a band), five lanes.
WEEK = ("Yoon and Kishida meet in Seoul", "North Korea notifies Japan of satellite launch",
        "Trilateral summit opens in Seoul", "Li Qiang arrives in Seoul",
        "Rocket explodes after launch", "Austin and Dong meet in Singapore",
        "Kihara and Shin hold talks", "Shangri-La Dialogue opens",
        "Joint statement on supply chains", "Japan protests launch",
        "South Korea scrambles jets", "Leaders agree on FTA talks", "China calls for calm",
        "US condemns launch", "Compensation plan announced", "Defense ministers resume talks")


def _week_after_years(background: int = 80, one_lane: bool = False) -> Timeline:
    import random

    from timeline_app.core import Event, FuzzyDate

    rng = random.Random(1)
    lanes = ("meeting", "statement", "military", "visit", "agreement")
    first, last = dt.date(2006, 3, 1).toordinal(), dt.date(2023, 10, 1).toordinal()
    events = [Event(f"b{i}", f"Background event {i} of the file",
                    FuzzyDate.of_day(dt.date.fromordinal(
                        first + (last - first) * i // (background - 1) + rng.randrange(-40, 40))),
                    category=lanes[i % 5]) for i in range(background)]
    events += [Event(f"s{i}", title, FuzzyDate.of_day(dt.date(2024, 5, 26)
                                                     + dt.timedelta(days=i * 7 // 16)),
                     category="meeting" if one_lane else lanes[i % 5])
               for i, title in enumerate(WEEK)]
    return Timeline.from_events(events)


def test_fit_all_reads_the_newest_week_with_no_band(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """verify54 F29: the story's step (``_fit_story``) needed one gap's band; a week of
    16 events in 2024 after 2006-2023 with no band took ~3 px at Fit All (its events one
    above the other, a row each, the lanes scrolling; in a crowded lane "+N" badges) and
    the axis ran 7 months past it.  The newest events far from the rest are the story
    (``_story_cluster``): its days drawn wider (its markers across ~220 px, the titles
    left of them), each title whole, the titles before it whole as before, the axis
    ending days after the week."""
    view = shown_view(_week_after_years(), size=(1366, 560))
    assert not view._scale.breaks
    assert view._fit_story_piece is not None
    events = view._document.timeline.events
    whole = [event for event in events
             if view.has_item(event.id) and view.label_text(event.id) == event.title]
    week = [event for event in events if event.id.startswith("s")]
    assert all(event in whole for event in week)
    assert len(whole) - len(week) == 80
    xs = [view.x_of_day(event.day_range()[0]) for event in week]
    assert max(xs) - min(xs) > 150, xs  # (before: 3 px)
    _first, last = view.visible_days()
    assert last - dt.date(2024, 6, 2).toordinal() < 15  # (before: 29 December 2024)


def test_fit_all_opens_the_newest_weeks_badge_with_no_band(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """verify54 F29's "+16": the week in one lane, at the right edge before, 3 of its
    titles and a "+13" badge; now 9 titles and badges of 2 at most (the story's own
    titles must read better for its piece to be kept, not only the whole's)."""
    view = shown_view(_week_after_years(one_lane=True), size=(1366, 560))
    assert view._fit_story_piece is not None
    layout = view._layout()
    assert sum(1 for key in layout.items_by_id if key.startswith("s")) >= 9  # (before: 3)
    assert max(badge.count for lane in layout.lanes for badge in lane.badges) <= 2  # (13)


def test_no_story_without_a_band_when_the_newest_events_are_not_apart(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """Events every month up to the last: no cluster far from the rest, no piece."""
    from timeline_app.core import Event, FuzzyDate

    events = [Event(f"m{i}", f"Monthly meeting number {i} of the envoys",
                    FuzzyDate.of_day(dt.date(2010 + i // 12, i % 12 + 1, 5)),
                    category="meeting") for i in range(150)]
    view = shown_view(Timeline.from_events(events), size=(1366, 560))
    assert view._story_cluster() is None and view._fit_story_piece is None


#: verify58 F13's shape: a wire editor's 7 weeks of March-April 2026 (12 events, every
#: title whole left of its marker) after a background of 1988-2024 whose gaps make two
#: bands (1988, 1991, 1999, then 2016-2024).
BACKGROUND = ((dt.date(1988, 4, 15), "Ambassadors recalled after the pilgrims' clashes"),
              (dt.date(1991, 3, 20), "Relations restored after three years"),
              (dt.date(1999, 5, 15), "First presidential visit in decades"),
              (dt.date(2016, 1, 2), "Embassy stormed by protesters"),
              (dt.date(2016, 1, 3), "Relations cut again"),
              (dt.date(2023, 3, 10), "Agreement announced in the capital"),
              (dt.date(2023, 6, 6), "Embassy reopens"),
              (dt.date(2023, 11, 19), "Car carrier seized in the strait"),
              (dt.date(2024, 2, 19), "Naval mission launched"))
SEVEN_WEEKS = ((8, "Tanker struck off the coast"), (9, "Attack condemned"),
               (10, "Frigate evacuates the crew"), (10, "Group claims the attack"),
               (12, "Ministers speak by telephone"), (18, "Ministers discuss the mandate"),
               (23, "Tanker towed into port"), (24, "Foreign minister visits"),
               (24, "Bulk carrier struck"), (26, "Leader vows more strikes"),
               (27, "Second vessel hit"), (40, "Joint committee meets"))


def _seven_weeks_after_decades(bands: int = 2) -> Timeline:
    """The seven weeks after ``BACKGROUND`` (``bands`` 2) or after its events of 2016
    on (1: the band of 2016-2023)."""
    from timeline_app.core import Event, FuzzyDate

    lanes = ("visit", "attack", "statement", "meeting", "policy", "dispute")
    background = BACKGROUND if bands == 2 else BACKGROUND[3:]
    events = [Event(f"b{i}", title, FuzzyDate.of_day(day), category=lanes[i % 6])
              for i, (day, title) in enumerate(background)]
    events += [Event(f"s{i}", title, FuzzyDate.of_day(dt.date(2026, 3, 1)
                                                     + dt.timedelta(days=day - 1)),
                     category=lanes[i % 6])
               for i, (day, title) in enumerate(SEVEN_WEEKS)]
    return Timeline.from_events(events)


@pytest.mark.parametrize("bands", [2, 1])
@pytest.mark.parametrize("size", [(2136, 750), (944, 600)])
def test_fit_all_spreads_a_crowded_story(qtbot, shown_view, size, bands):  # type: ignore[no-untyped-def]
    """verify58 F13: at 2560 px (the view 2136 px wide) the 7 weeks of 2026 sat on one x
    (~3 px), every title whole left of its marker, while 1700 px went to 1988-2024: the
    story's step was tried only with at most one band and when titles were cut.  A
    cluster of the newest events after the last band whose markers stand less than
    ``FIT_EVENT_PX`` apart is now the story (``_story_crowding``): its days drawn wider,
    each of its titles whole.  After one band the same (16-45 px before, every title
    whole: the story's step was tried only for titles cut).  With no band, still only
    for titles cut (``_fit_story``)."""
    from timeline_app.ui.view_base import FIT_EVENT_PX

    view = shown_view(_seven_weeks_after_decades(bands), size=size)
    assert len(view._scale.breaks) == bands
    events = view._document.timeline.events
    story = [event for event in events if event.id.startswith("s")]
    xs = [view.x_of_day(event.day_range()[0]) for event in story]
    days = len({event.day_range()[0] for event in story})
    assert max(xs) - min(xs) >= (days - 1) * FIT_EVENT_PX - 1, xs  # (before: ~3 px)
    for event in story:
        assert view.has_item(event.id) and view.label_text(event.id) == event.title
    _first, last = view.visible_days()
    assert last - dt.date(2026, 4, 10).toordinal() < 60, dt.date.fromordinal(int(last))
