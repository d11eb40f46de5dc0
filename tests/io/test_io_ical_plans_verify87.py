"""verify87 F3 and F7: a correspondent's "what comes next" calendar.  The entry of talks a
later article pushed back said only "(scheduled)" on the new day, and vague plans filled
the calendar: a visit planned for "2027" the whole year, a conference "in the spring" three
months.  Now a moved plan's entry says the day it was set for, and a plan not known to the
day is one entry on its period's first day, its date in its title; held events' periods
still cover their days (verify70 F14)."""

from __future__ import annotations

import datetime as _dt

import icalendar
import pytest

from tests.io.test_io_ical_sharing_verify58 import reads_back
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.ical import dumps_icalendar, loads_icalendar

STAMP = _dt.datetime(2026, 12, 7, 21, 0, tzinfo=_dt.UTC)
MOVED_BASIS = ("'3 March', year chosen relative to the dateline 20 February 2027; pushed back "
               "from 24 February 2027 ('24 February', year chosen relative to the dateline "
               "10 February 2027)")


def _story() -> Timeline:
    return Timeline.from_events([
        Event("talks", "Envoys meet in Tarsk (scheduled)", FuzzyDate.of_ymd(2027, 3, 3),
              date_basis=MOVED_BASIS),
        Event("visit", "Premier visits Olm (scheduled)", FuzzyDate.of_year(2027)),
        Event("donors", "Donors' meeting (scheduled)", FuzzyDate.of_part(2027, "SP")),
        Event("war", "Border war", FuzzyDate.of_year(2019)),
    ])


def _entries(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(c["uid"]).split("@")[0]: c for c in calendar.walk("VEVENT")}


def test_a_moved_plan_s_entry_says_the_day_it_was_set_for() -> None:
    entries = _entries(dumps_icalendar(_story(), STAMP))
    talks = entries["talks"]
    assert str(talks["summary"]) == "Envoys meet in Tarsk (scheduled, was 24 Feb)"
    assert talks.decoded("dtstart") == _dt.date(2027, 3, 3)
    assert "pushed back from 24 February 2027" in str(talks["description"])


def test_a_vague_plan_is_one_entry_on_its_first_day_and_a_past_period_covers_its_days() -> None:
    entries = _entries(dumps_icalendar(_story(), STAMP))
    days = {key: (str(e["summary"]), e.decoded("dtstart"), e.decoded("dtend"))
            for key, e in entries.items() if key != "talks"}
    assert days == {
        "visit": ("Premier visits Olm (scheduled, 2027)", _dt.date(2027, 1, 1),
                  _dt.date(2027, 1, 2)),
        "donors": ("Donors' meeting (scheduled, spring 2027)", _dt.date(2027, 3, 1),
                   _dt.date(2027, 3, 2)),
        "war": ("Border war (2019)", _dt.date(2019, 1, 1), _dt.date(2020, 1, 1)),
    }
    assert str(entries["donors"]["status"]) == "TENTATIVE"


@pytest.mark.parametrize("dropped", [False, True])
def test_the_entries_read_back_as_their_titles_and_dates(dropped: bool) -> None:
    reads_back(_story(), dropped)


def test_a_moved_plan_retitled_in_the_calendar_loses_the_note() -> None:
    data = dumps_icalendar(_story(), STAMP).replace(
        b"SUMMARY:Envoys meet in Tarsk (scheduled\\, was 24 Feb)",
        b"SUMMARY:Envoys of both sides meet in Tarsk (scheduled\\, was 24 Feb)")
    back = {e.id: e for e in loads_icalendar(data).timeline}
    assert back["talks"].title == "Envoys of both sides meet in Tarsk (scheduled)"
    assert back["talks"].date == FuzzyDate.of_ymd(2027, 3, 3)


@pytest.mark.parametrize("dropped", [False, True])
def test_a_moved_plan_s_slide_says_the_day_it_was_planned_for(dropped: bool) -> None:
    """The TimelineJS slide's text says "Originally planned for: 24 February 2027"; read
    back, with our key or from a tool that dropped it, that line is no part of the
    summary (the basis says it)."""
    import json

    from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

    document = json.loads(dumps_timelinejs(_story()))
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    assert "<p>Originally planned for: 24 February 2027</p>" in slides["talks"]["text"]["text"]
    assert "Originally planned" not in slides["visit"]["text"]["text"]
    if dropped:
        document.pop(NAMESPACE, None)
        for slide in document["events"]:
            slide.pop(NAMESPACE, None)
    back = {e.title: e for e in loads_timelinejs(json.dumps(document)).timeline}
    talks = back["Envoys meet in Tarsk (scheduled)"]
    assert "Originally planned" not in talks.summary
    assert talks.date == FuzzyDate.of_ymd(2027, 3, 3)
