"""A TimelineJS slide whose display date alone was edited comes back with that date.

TimelineJS shows a slide's ``display_date`` in place of its date parts, so a person who
changes only it ("July 2014" → "c. July 2014", "9 November 2013" → "8 November 2013")
means a new date.  With our key in the slide, the edit was ignored (verify36's leftover of
F1: the parts were compared with the export, the display date never was).
"""

from __future__ import annotations

import json

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.timelinejs import dumps_timelinejs, loads_timelinejs


def _timeline() -> Timeline:
    return Timeline.from_events([
        Event("stall", "Talks stall", FuzzyDate.of_ymd(2013, 11, 9), category="dispute"),
        Event("ext", "Talks extended", FuzzyDate.of_month(2014, 7), category="policy"),
    ])


def _loaded(edit: dict[str, str]) -> tuple[dict[str, Event], tuple[str, ...]]:
    document = json.loads(dumps_timelinejs(_timeline()))
    for slide in document["events"]:
        if slide["unique_id"] in edit:
            slide["display_date"] = edit[slide["unique_id"]]
    result = loads_timelinejs(json.dumps(document))
    return {e.id: e for e in result.timeline}, tuple(result.notes)


def test_a_display_date_made_circa_makes_the_date_circa() -> None:
    events, notes = _loaded({"ext": "c. July 2014"})
    assert events["ext"].date == FuzzyDate.of_month(2014, 7).with_circa()
    assert "changed in the TimelineJS file" in events["ext"].date_basis
    assert events["stall"].date == FuzzyDate.of_ymd(2013, 11, 9)
    assert any("changed after this app exported" in n and "date" in n for n in notes), notes


def test_a_display_date_moved_to_another_day_moves_the_event() -> None:
    events, _ = _loaded({"stall": "8 November 2013"})
    assert events["stall"].date == FuzzyDate.of_ymd(2013, 11, 8)


def test_a_display_date_that_is_no_date_keeps_the_date_and_says_so() -> None:
    events, notes = _loaded({"stall": "the week of the talks"})
    assert events["stall"].date == FuzzyDate.of_ymd(2013, 11, 9)
    assert events["stall"] == {e.id: e for e in _timeline()}["stall"]
    assert any("not a date" in n for n in notes), notes
    assert not any("changed after this app exported" in n for n in notes), notes


def test_a_display_date_respaced_is_no_edit() -> None:
    events, notes = _loaded({"stall": " 9  November 2013 "})
    assert events == {e.id: e for e in _timeline()}
    assert not any("changed after" in n for n in notes), notes
