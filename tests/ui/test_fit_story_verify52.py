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
