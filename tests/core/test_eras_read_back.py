"""A person's eras exported to The Timeline Project and read back without this app's
comments (as that program saves the file again) are the same eras (verify47 F17): File →
Merge… of a colleague's copy offered all five ticked "Keep both", "≠ lane" (theirs in
"era", hers in "Periods"), two also "≠ date"/"≠ end" (the file keeps days: an era from a
day to a month came back from that day to the month's last day), and accepting drew
every band twice.  Matched, an era takes our lane and, covering the same days, our
dates."""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.duplicates import find_duplicates
from timeline_app.core.lanes import eras_in_own_lanes
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

PERIODS = (
    Event("e3", "E3 talks", FuzzyDate.of_day(dt.date(2003, 10, 21)),
          FuzzyDate.of_month(2005, 8), "Periods"),
    Event("obama", "Obama-era talks", FuzzyDate.of_month(2013, 6),
          FuzzyDate.of_day(dt.date(2015, 7, 14)), "Periods"),
    Event("jcpoa", "JCPOA in force", FuzzyDate.of_day(dt.date(2016, 1, 16)),
          FuzzyDate.of_day(dt.date(2018, 5, 8)), "Periods"),
    Event("years", "Maximum pressure", FuzzyDate.of_year(2018), FuzzyDate.of_year(2021),
          "Periods"),
)


def _ours() -> Timeline:
    timeline = Timeline()
    for event in PERIODS:
        timeline.add(event)
    timeline.add(Event("talk", "Talks in Vienna", FuzzyDate.of_month(2021, 4),
                       category="meeting"))
    timeline.era_lanes = frozenset({"Periods"})
    return timeline


def _read_back(timeline: Timeline) -> Timeline:
    text = dumps_timeline_project(timeline)
    stripped = re.sub(r"<!--\s*diplomatic-timeline.*?-->", "", text, flags=re.DOTALL)
    assert "diplomatic-timeline" not in stripped
    return loads_timeline_project(stripped.encode()).timeline


def test_read_back_eras_are_our_eras_whatever_their_lane() -> None:
    ours = _ours()
    other = _read_back(ours)
    eras = [e for e in other.events if other.is_era_lane(e.category)]
    assert {e.category for e in eras} == {"era"}  # (the file has no lane names)
    for era in eras_in_own_lanes(other, ours):
        other.replace(era)
    found = find_duplicates(ours.events, other.events)
    for event in other.events:
        if event.title in {p.title for p in PERIODS}:
            match = found[event.id]
            assert match.likely, event.title
            assert (event.category, event.date, event.end) == (
                match.existing.category, match.existing.date, match.existing.end)


def test_an_era_of_another_title_or_time_stays_theirs() -> None:
    ours = _ours()
    other = Timeline()
    other.add(Event("x1", "E3 talks", FuzzyDate.of_year(2010), FuzzyDate.of_year(2012), "era"))
    other.add(Event("x2", "Snapback", FuzzyDate.of_year(2003), FuzzyDate.of_year(2005), "era"))
    other.add(Event("x3", "JCPOA in force", FuzzyDate.of_day(dt.date(2016, 1, 16)),
                    FuzzyDate.of_day(dt.date(2018, 5, 8)), "meeting"))  # not an era there
    assert eras_in_own_lanes(other, ours) == []
