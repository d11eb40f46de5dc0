"""TimelineJS exchange, verify46 F11 and F10.

F11: a TimelineJS file's ``<a href>`` links in slide text came back on export as "words
(http://…)" in plain text (README: links are kept), and every slide gained a
``display_date`` that overrode TimelineJS's own localized date.  F10: a file without our
key brought its eras back as a lane "Era" though the export wrote ``"group": "Phases"``.
"""

from __future__ import annotations

import json

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.clock import ClockTime
from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

_FILE = {
    "title": {"text": {"headline": "Debate"}},
    "events": [{
        "start_date": {"year": "2012", "month": "1", "day": "3"},
        "text": {"headline": "Iowa caucuses",
                 "text": "<p>There was <a href=\"http://www.example.com/iowa?a=1&b=2\">much "
                         "debate</a> about it. <a href=\"javascript:alert(1)\">no</a> "
                         "&lt;b&gt;kept&lt;/b&gt;</p>"}}],
}


def test_links_in_slide_text_are_links_again_on_export() -> None:
    timeline = loads_timelinejs(json.dumps(_FILE)).timeline
    (slide,) = json.loads(dumps_timelinejs(timeline))["events"]
    text = slide["text"]["text"]
    assert '<a href="http://www.example.com/iowa?a=1&amp;b=2">' in text
    assert "(http://" not in text  # no address in brackets on the published slide
    assert "javascript" not in text and "<b>" not in text and "&lt;b&gt;" in text


def test_a_display_date_only_where_the_date_parts_cannot_say_it() -> None:
    day = FuzzyDate.of_ymd(2012, 1, 3)
    timeline = Timeline.from_events([
        Event("day", "Caucuses", day),
        Event("timed", "Results", day.with_time(ClockTime(23, 5))),
        Event("month", "Campaign", FuzzyDate.of_month(2011, 12)),
        Event("late", "Late campaign", FuzzyDate.of_part(2011, "late")),
        Event("circa", "Rally", FuzzyDate.of_ymd(2011, 11, 2, circa=True)),
        Event("offset", "Statement", day.with_time(ClockTime(9, 45, 60))),
    ])
    document = json.loads(dumps_timelinejs(timeline))
    slides = {s["unique_id"]: s for s in document["events"]}
    for plain in ("day", "timed", "month"):
        assert "display_date" not in slides[plain], plain
        assert "display_date" not in slides[plain]["start_date"], plain
    assert slides["late"]["display_date"] == "late 2011"
    assert slides["circa"]["display_date"].startswith("c. ")
    assert "UTC+01:00" in slides["offset"]["display_date"]
    # without our key, as TimelineJS writes it back: the same dates
    del document[NAMESPACE]
    for slide in document["events"]:
        del slide[NAMESPACE]
    back = {e.title: e.date for e in loads_timelinejs(json.dumps(document)).timeline}
    assert back == {e.title: e.date for e in timeline}


def test_eras_without_our_key_come_back_in_the_lane_their_group_names() -> None:
    timeline = Timeline.from_events([
        Event("talks", "Talks", FuzzyDate.of_ymd(2013, 4, 19), category="meeting"),
        Event("p1", "Technical dialogue", FuzzyDate.of_year(2011),
              end=FuzzyDate.of_year(2012), category="phases"),
    ])
    timeline.era_lanes = frozenset({"phases"})
    document = json.loads(dumps_timelinejs(timeline))
    (era,) = document["eras"]
    assert era["group"] == "Phases"
    del document[NAMESPACE]
    for slide in document["events"] + document["eras"]:
        del slide[NAMESPACE]
    back = loads_timelinejs(json.dumps(document)).timeline
    lanes = {e.title: e.category for e in back}
    assert lanes["Technical dialogue"] == "phases"
    assert back.is_era_lane("phases")
