"""A TimelineJS or iCalendar file another tool edited comes back with the edits (verify36 F1).

A supervisor changed a slide's headline, start date and group in the TimelineJS file the
app exported (TimelineJS users edit those fields); a calendar app that keeps unknown
properties (Thunderbird does) moved an event and renamed it.  The app's own key in the
slide (``diplomatic_timeline``) and the event (``X-DIPLOMATIC-TIMELINE``) still said what
the export wrote, and won over every visible field: the edits were lost without a word.
The Timeline Project import already lets the file's own fields win when they changed
since the export (``io.timeline_project``); these two importers now do the same.
"""

from __future__ import annotations

import json

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.ical import dumps_icalendar, loads_icalendar
from timeline_app.io.timelinejs import dumps_timelinejs, loads_timelinejs


def _timeline() -> Timeline:
    return Timeline.from_events([
        Event("stall", "Talks stall", FuzzyDate.of_ymd(2013, 11, 9), category="dispute",
              participants=("France",), location="Geneva",
              summary="France raised objections to the draft."),
        Event("jpoa", "Joint Plan of Action agreed", FuzzyDate.of_ymd(2013, 11, 24),
              category="treaty", participants=("Iran", "P5+1")),
        Event("ext", "Talks extended", FuzzyDate.of_month(2014, 7), category="policy"),
    ])


def _by_id(timeline: Timeline) -> dict[str, Event]:
    return {e.id: e for e in timeline}


def test_a_timelinejs_slide_edited_after_the_export_keeps_its_new_headline_date_and_group(
) -> None:
    document = json.loads(dumps_timelinejs(_timeline()))
    slide = next(s for s in document["events"] if s["unique_id"] == "stall")
    slide["text"]["headline"] = "Talks stall over the Arak reactor"
    slide["start_date"] = {"year": "2013", "month": "11", "day": "8"}
    slide["group"] = "Setbacks"
    result = loads_timelinejs(json.dumps(document))
    events = _by_id(result.timeline)
    stall = events["stall"]
    assert stall.title == "Talks stall over the Arak reactor"
    assert stall.date == FuzzyDate.of_ymd(2013, 11, 8)
    assert stall.category == "setbacks"
    # what the visible fields do not say still comes from our key
    assert (stall.participants, stall.location, stall.summary) == (
        ("France",), "Geneva", "France raised objections to the draft.")
    # the slides nobody touched come back exactly as they were
    assert events["jpoa"] == _by_id(_timeline())["jpoa"]
    assert events["ext"] == _by_id(_timeline())["ext"]
    assert any("changed after this app exported" in line for line in result.notes), \
        result.notes


def test_an_untouched_timelinejs_export_round_trips_without_a_note() -> None:
    result = loads_timelinejs(dumps_timelinejs(_timeline()))
    assert _by_id(result.timeline) == _by_id(_timeline())
    assert not any("changed after" in line for line in result.notes)


def test_an_icalendar_event_moved_and_renamed_in_a_calendar_comes_back_moved_and_renamed(
) -> None:
    data = dumps_icalendar(_timeline())
    old = (b"SUMMARY:Talks stall\r\nDTSTART;VALUE=DATE:20131109\r\n"
           b"DTEND;VALUE=DATE:20131110")
    assert old in data
    data = data.replace(old, b"SUMMARY:Talks stall over the Arak reactor\r\n"
                             b"DTSTART;VALUE=DATE:20131108\r\nDTEND;VALUE=DATE:20131109")
    result = loads_icalendar(data)
    events = _by_id(result.timeline)
    stall = events["stall"]
    assert stall.title == "Talks stall over the Arak reactor"
    assert stall.date == FuzzyDate.of_ymd(2013, 11, 8)
    assert (stall.category, stall.location) == ("dispute", "Geneva")
    assert events["jpoa"] == _by_id(_timeline())["jpoa"]
    assert events["ext"] == _by_id(_timeline())["ext"]
    assert any("changed after this app exported" in line for line in result.notes), \
        result.notes


def test_an_untouched_icalendar_export_round_trips_without_a_note() -> None:
    result = loads_icalendar(dumps_icalendar(_timeline()))
    assert _by_id(result.timeline) == _by_id(_timeline())
    assert not any("changed after" in line for line in result.notes)
