"""verify78 F5: the TimelineJS export, Participants and Places in TimelineJS Slides off
(its default), wrote events typed by hand ("Congress of Vienna", Austria, Russia, …,
Vienna) as slides with ``"text": ""``: who and where were only in our own key, which
TimelineJS does not show.  The choice stays off by default (the extractor's misread
names were public on every slide: verify74 F11, verify76 F16), but a slide with no other
text (no summary, status, reference or source sentence: its names typed or imported by a
person, not read from a sentence) names them all the same, in the file and the sheet."""

from __future__ import annotations

import datetime as dt
import json

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.io.timelinejs import (
    dumps_timelinejs,
    loads_timelinejs,
    slide_says_nothing_else,
    timelinejs_sheet_pieces,
)


def _timeline() -> Timeline:
    day = FuzzyDate.of_day
    return Timeline.from_events([
        Event("vienna", "Congress of Vienna", day(dt.date(1814, 11, 1)), category="Summit",
              participants=("Austria", "Russia", "Prussia"), location="Vienna"),
        Event("talks", "Japan and Russia resume talks", day(dt.date(2025, 11, 14)),
              category="Negotiation", participants=("Japan", "Singapore"), location="Moscow",
              evidence=(Evidence("Japan and Russia resumed talks in Moscow on Friday.", 0, 51),)),
        Event("note", "Perry expedition", FuzzyDate.of_year(1853), category="Visit",
              summary="Four ships enter Edo Bay.", participants=("United States",))],
        title="Diplomacy")


def _texts(document: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {slide["text"]["headline"]: slide["text"]["text"] for slide in document["events"]}


def test_a_slide_with_no_other_text_names_who_and_where() -> None:
    texts = _texts(json.loads(dumps_timelinejs(_timeline(), working_notes=False)))
    assert texts["Congress of Vienna"] == (
        "<p>Participants: Austria, Russia, Prussia</p><p>Place: Vienna</p>")
    # a slide that says something else keeps the choice: no working notes
    assert "Participants:" not in texts["Japan and Russia resume talks"]
    assert "Singapore" not in texts["Japan and Russia resume talks"]
    assert texts["Perry expedition"] == "<p>Four ships enter Edo Bay.</p>"


def test_the_sheet_names_them_too() -> None:
    sheet = "".join(timelinejs_sheet_pieces(_timeline(), working_notes=False))
    row = next(line for line in sheet.splitlines() if "Congress of Vienna" in line)
    assert "Participants: Austria, Russia, Prussia" in row and "Place: Vienna" in row
    assert "Singapore" not in sheet


def test_reopened_and_exported_again_the_slide_still_names_them() -> None:
    first = dumps_timelinejs(_timeline(), working_notes=False)
    timeline = loads_timelinejs(first, "diplomacy.json").timeline
    vienna = next(e for e in timeline if e.title == "Congress of Vienna")
    assert vienna.participants == ("Austria", "Russia", "Prussia")
    assert slide_says_nothing_else(vienna)
    again = _texts(json.loads(dumps_timelinejs(timeline, working_notes=False)))
    assert again["Congress of Vienna"].startswith("<p>Participants: Austria")
