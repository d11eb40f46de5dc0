"""verify80 F17: the TimelineJS export wrote an era of 1969 to 1979 and a span "1969–1972"
with ``end_date: {"year": 1979}`` and ``{"year": 1972}``, which TimelineJS reads as their 1
January: the era and the span ended a year early on the website.  An end is written down to
its last day, its words as the display date, and read back as it was.

The events are written for the test."""

from __future__ import annotations

import json
from typing import Any

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

ERA = Event("era-talks", "Talks era", FuzzyDate.of_year(1969), FuzzyDate.of_year(1979),
            category="era")
SPAN = Event("span", "First round of limits", FuzzyDate.of_year(1969), FuzzyDate.of_year(1972),
             category="treaty")
MONTHS = Event("months", "Moratorium", FuzzyDate.of_month(1958, 11), FuzzyDate.of_month(1961, 9),
               category="policy")
YEAR_ERA = Event("year-era", "Year of the crisis", FuzzyDate.of_year(1962), category="era")
EVENTS = [ERA, SPAN, MONTHS, YEAR_ERA]


def _slides(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["unique_id"]: s for s in document["events"] + document.get("eras", [])}


def _stripped(value: Any) -> Any:
    """``value`` without this app's key anywhere: what TimelineJS saves of our export."""
    if isinstance(value, dict):
        return {k: _stripped(v) for k, v in value.items() if k != NAMESPACE}
    if isinstance(value, list):
        return [_stripped(v) for v in value]
    return value


def test_an_end_is_written_to_its_last_day_with_its_words() -> None:
    slides = _slides(json.loads(dumps_timelinejs(Timeline.from_events(EVENTS))))
    assert slides["era-talks"]["end_date"] == {"year": 1979, "month": 12, "day": 31}
    assert slides["era-talks"]["display_date"] == "1969 \u2013 1979"
    assert slides["span"]["end_date"] == {"year": 1972, "month": 12, "day": 31}
    assert slides["months"]["end_date"] == {"year": 1961, "month": 9, "day": 30}
    assert slides["year-era"]["end_date"] == {"year": 1962, "month": 12, "day": 31}


def test_read_back_with_or_without_this_app_s_key_the_ends_are_as_they_were() -> None:
    text = dumps_timelinejs(Timeline.from_events(EVENTS))
    for document in (json.loads(text), _stripped(json.loads(text))):
        back = {e.id: (e.date, e.end) for e in loads_timelinejs(json.dumps(document)).timeline}
        assert back == {e.id: (e.date, e.end) for e in EVENTS}
