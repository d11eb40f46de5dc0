"""A calendar's description where calendars keep theirs (verify47 F18)."""

from __future__ import annotations

import re

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.ical import OURS, dumps_icalendar, loads_icalendar


def test_the_description_survives_a_calendar_that_drops_our_own_property() -> None:
    """A calendar program that writes the file back without our X- properties kept the
    events (from their labelled lines) but the timeline's description became "Imported
    from stripped.ics"; ``X-WR-CALDESC`` (Apple's and Google's) now carries it."""
    timeline = Timeline.from_events(
        [Event("e1", "JCPOA concluded in Vienna", FuzzyDate.of_ymd(2015, 7, 14))],
        title="Iran talks", description="Lecture IR 3.2: the Iran nuclear talks, 2003-2026")
    text = dumps_icalendar(timeline).decode("utf-8")
    assert "X-WR-CALDESC:Lecture IR 3.2: the Iran nuclear talks\\, 2003-2026\r\n" in text
    stripped = re.sub(rf"^{OURS}[^\r\n]*\r\n(?:[ \t][^\r\n]*\r\n)*", "", text,
                      flags=re.MULTILINE | re.IGNORECASE)
    assert OURS not in stripped
    back = loads_icalendar(stripped.encode("utf-8"), "stripped.ics").timeline
    assert back.description == "Lecture IR 3.2: the Iran nuclear talks, 2003-2026"
    assert back.title == "Iran talks"
