"""verify85 F9: The Timeline Project export wrote a week an article named ("the
following week", stored as the week of a Monday) as seven exact days, ``fuzzy`` False,
though the event happens on some day of it.  Now it is ``fuzzy`` True, and it reads back
as the same week (not circa).  Fails before session 62 (branch fix89)."""

from __future__ import annotations

import re

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.core.weeks import told_week
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

SENTENCE = "A joint border panel is to gather in Tarvo the following week."


def _week_event() -> Event:
    return Event("panel", "Border panel gathers in Tarvo", FuzzyDate.of_ymd(2025, 6, 9),
                 FuzzyDate.of_ymd(2025, 6, 15), "meeting",
                 date_basis="the week of 9 June 2025 (\u201cthe following week\u201d)",
                 evidence=(Evidence(SENTENCE, 0, len(SENTENCE)),))


def test_a_week_of_date_is_written_fuzzy_and_reads_back_as_the_week() -> None:
    event = _week_event()
    assert told_week(event)
    timeline = Timeline(title="Border panel")
    timeline.add(event)
    xml = dumps_timeline_project(timeline)
    element = re.search(r"<event>.*?</event>", xml, flags=re.DOTALL)
    assert element is not None
    assert "<fuzzy>True</fuzzy>" in element[0]
    back = loads_timeline_project(xml).timeline.events[0]
    assert not back.date.circa and back.date == event.date and back.end == event.end
