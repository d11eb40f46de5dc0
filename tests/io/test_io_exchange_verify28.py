"""Exchange with TimelineJS, iCalendar and The Timeline Project (verify28, faults 5, 6, 8).

5. TimelineJS counts a negative year as that many years BC ("year": -168 reads "168 BCE"
   there): the import and export agree with what its users see, both ways.
6. A TimelineJS slide's media survive import → edit → export; a slide without a group
   stays without one.
8. iCalendar: an event shorter than a day is on its start day, even over midnight (as
   before; the README now says so); every category of ``CATEGORIES`` is kept and noted.
   The Timeline Project: category colours are written back and an event's comment does
   not repeat its description.

The fixtures are small files written here (the shared example files are only read).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.clock import ClockTime
from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "formats"


def _foreign(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` as another tool writes it back: without our key anywhere."""
    document.pop(NAMESPACE, None)
    for slide in document.get("events", []) + document.get("eras", []):
        slide.pop(NAMESPACE, None)
    return document


def _sheet(*slides: dict[str, Any]) -> str:
    return json.dumps({"title": {"text": {"headline": "Sheet"}}, "events": list(slides)})


# -- 5. years BC ------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "shown"), [
    ("-168", "168 BC"), (-421, "421 BC"), (-1, "1 BC"), ("0", "1 BC"), ("44", "AD 44")])
def test_a_timelinejs_year_bc_reads_as_timelinejs_labels_it(written: object,
                                                            shown: str) -> None:
    result = loads_timelinejs(_sheet({"start_date": {"year": written},
                                      "text": {"headline": "A"}}))
    (event,) = result.timeline
    assert event.date.describe() == shown


def test_year_zero_is_named_in_the_summary() -> None:
    result = loads_timelinejs(_sheet({"start_date": {"year": 0}, "text": {"headline": "A"}}))
    assert any("year 0 read as 1 BC" in line for line in result.notes)


def test_a_year_bc_is_written_as_timelinejs_counts_it() -> None:
    bc421 = FuzzyDate.of_year(-420)
    assert bc421.describe() == "421 BC"
    bc1_month = FuzzyDate.of_month(0, 3)  # March 1 BC
    timeline = Timeline.from_events([
        Event("a", "Peace of Nicias", bc421),
        Event("b", "March of 1 BC", bc1_month, end=FuzzyDate(1, 2, 3)),
    ])
    document = json.loads(dumps_timelinejs(timeline))
    slides = {s["unique_id"]: s for s in document["events"]}
    assert slides["a"]["start_date"]["year"] == -421  # TimelineJS: "421 BCE"
    assert slides["b"]["start_date"]["year"] == -1  # "March 1 BCE"
    assert slides["b"]["end_date"]["year"] == 1
    # and back, with and without our own key
    for text in (json.dumps(document), json.dumps(_foreign(document))):
        back = {e.id: e for e in loads_timelinejs(text).timeline}
        assert back["a"].date == bc421
        assert back["b"].date == bc1_month


def test_the_timeline_project_keeps_astronomical_years() -> None:
    from timeline_app.io.timeline_project import dumps_timeline_project

    timeline = Timeline.from_events([Event("a", "Peace of Nicias", FuzzyDate.of_year(-420))])
    text = dumps_timeline_project(timeline)
    text = text.decode("utf-8") if isinstance(text, bytes) else text
    assert "<start>-420-" in text


# -- 6. media and groups ----------------------------------------------------------------

_PHOTO = {"url": "https://example.org/photo.jpg", "caption": "The <i>signing</i>",
          "credit": '<a href="https://example.org/by">A. Photographer</a>/Agency',
          "thumbnail": ""}
_QUOTE = {"url": "<blockquote>\u201cWe agreed.\u201d</blockquote>", "caption": "",
          "credit": "A newspaper"}


def _media_sheet() -> str:
    return _sheet(
        {"start_date": {"year": "1995", "month": "11", "day": "21"}, "media": _PHOTO,
         "text": {"headline": "Dayton", "text": "<p>Initialled.</p>"}},
        {"start_date": {"year": "2018"}, "media": _QUOTE, "group": "Treaties",
         "text": {"headline": "Prespa"}},
        {"start_date": {"year": "2019"}, "text": {"headline": "No media"}},
        {"start_date": {"year": "2020"}, "media": {"url": "//cdn.example.org/v.mp4"},
         "text": {"headline": "Relative link"}},
    )


def test_media_survive_import_edit_and_export() -> None:
    timeline = loads_timelinejs(_media_sheet()).timeline
    events = {e.title: e for e in timeline}
    assert events["Dayton"].summary == (
        "Initialled.\n\nMedia: https://example.org/photo.jpg\nCaption: The signing\n"
        "Credit: A. Photographer (https://example.org/by)/Agency")
    edited = Timeline.from_events(
        [replace(e, title="Dayton Agreement", location="Dayton") if e.title == "Dayton"
         else e for e in timeline])
    for text in (dumps_timelinejs(edited), json.dumps(_foreign(json.loads(
            dumps_timelinejs(edited))))):
        document = json.loads(text)
        slides = {s["text"]["headline"]: s for s in document["events"]}
        dayton = slides["Dayton Agreement"]
        assert dayton["media"] == {
            "url": "https://example.org/photo.jpg", "caption": "The signing",
            "credit": '<a href="https://example.org/by">A. Photographer</a>/Agency'}
        assert "Media" not in dayton["text"]["text"]
        assert "Initialled." in dayton["text"]["text"]
        assert slides["Prespa"]["media"]["url"] == "<blockquote>\u201cWe agreed.\u201d</blockquote>"
        assert slides["Prespa"]["media"]["credit"] == "A newspaper"
        assert "media" not in slides["No media"]
        assert slides["Relative link"]["media"]["url"] == "//cdn.example.org/v.mp4"
        # and the summary comes back as it was, whichever way
        again = {e.title: e for e in loads_timelinejs(text).timeline}
        assert again["Dayton Agreement"].summary == events["Dayton"].summary
        assert again["Prespa"].summary == events["Prespa"].summary


def test_the_older_one_line_media_paragraph_is_read_back() -> None:
    timeline = Timeline.from_events([Event(
        "a", "Vote", FuzzyDate(2008, 2, 17),
        summary="Parliament votes.\n\nMedia: https://www.youtube.com/watch?v=abc (Vote; RTK)")])
    (slide,) = json.loads(dumps_timelinejs(timeline))["events"]
    assert slide["media"]["url"] == "https://www.youtube.com/watch?v=abc"
    assert slide["media"]["caption"] == "Vote; RTK"


def test_the_example_files_media_survive_a_round_trip() -> None:
    path = SHARED / "timelinejs-example.json"
    if not path.exists():
        pytest.skip("the shared example files are not here")
    source = json.loads(path.read_text(encoding="utf-8"))
    exported = json.loads(dumps_timelinejs(loads_timelinejs(path.read_text("utf-8")).timeline))
    wanted = sorted(s["media"]["url"].split("//", 1)[-1][:40] for s in source["events"]
                    if s.get("media", {}).get("url", "").strip()
                    and not s["media"]["url"].lstrip().startswith("<"))
    got = sorted(s["media"]["url"].split("//", 1)[-1][:40] for s in exported["events"]
                 if "media" in s and not s["media"]["url"].startswith("<"))
    assert got == wanted
    assert not any("group" in s for s in exported["events"])  # none had one


def test_a_slide_without_a_group_stays_without_one() -> None:
    document = json.loads(dumps_timelinejs(loads_timelinejs(_media_sheet()).timeline))
    groups = {s["text"]["headline"]: s.get("group") for s in document["events"]}
    assert groups == {"Dayton": None, "Prespa": "Treaties", "No media": None,
                      "Relative link": None}


# -- 8. iCalendar -----------------------------------------------------------------------

def _calendar(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nUID:{i}@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
                   f"{e}END:VEVENT\r\n" for i, e in enumerate(events))
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}"
            "END:VCALENDAR\r\n").encode()


def test_a_calendar_event_over_midnight_is_dated_by_the_day_it_began() -> None:
    """The rule is deliberate (an earlier new-user trial: a session from 23:00 to 00:30 is
    one day, not two); the README now says so where it said "to the last day DTEND
    covers"."""
    from timeline_app.io.ical import loads_icalendar

    result = loads_icalendar(_calendar(
        "SUMMARY:Call\r\nDTSTART:20260114T233000\r\nDTEND:20260115T013000\r\n",
        "SUMMARY:Talks\r\nDTSTART:20260114T090000\r\nDTEND:20260115T180000\r\n"))
    events = {e.title: e for e in result.timeline}
    # (its start time is kept since edit33; its end past midnight stays in the summary)
    assert (events["Call"].date, events["Call"].end) == (
        FuzzyDate(2026, 1, 14).with_time(ClockTime(23, 30)), None)
    assert "23:30–01:30" in events["Call"].summary
    # a day or more: to its last day, at its time of day
    assert events["Talks"].end == FuzzyDate(2026, 1, 15).with_time(ClockTime(18, 0))
    readme = (ROOT / "docs" / "GUIDE.md").read_text(encoding="utf-8")
    assert "a session from 23:30 to 01:30 is dated by the day it began" in readme


def test_every_category_of_a_calendar_event_is_kept_and_noted() -> None:
    from timeline_app.io.ical import loads_icalendar

    result = loads_icalendar(_calendar(
        "SUMMARY:MSC\r\nDTSTART;VALUE=DATE:20260216\r\nCATEGORIES:Conference,Security\r\n",
        "SUMMARY:One\r\nDTSTART;VALUE=DATE:20260217\r\nCATEGORIES:Meeting\r\n"))
    events = {e.title: e for e in result.timeline}
    assert events["MSC"].category == "conference"
    assert "Categories: Conference, Security" in events["MSC"].summary
    assert events["One"].category == "meeting"
    assert "Categories" not in events["One"].summary
    assert ("1 event with more than one category: each is in the lane of its first; its "
            "summary lists them all") in result.notes


# -- 8. The Timeline Project ------------------------------------------------------------

_PROJECT = b"""<?xml version="1.0" encoding="utf-8"?>
<timeline>
  <version>2.3.0</version>
  <timetype>gregoriantime</timetype>
  <categories>
    <category>
      <name>Planned Release</name>
      <color>128,255,128</color>
      <progress_color>153,255,153</progress_color>
      <done_color>153,255,153</done_color>
      <font_color>0,0,0</font_color>
    </category>
    <category>
      <name>Grey</name>
      <color>200,200,200</color>
      <progress_color>240,240,240</progress_color>
      <done_color>240,240,240</done_color>
      <font_color>0,0,0</font_color>
    </category>
  </categories>
  <events>
    <event>
      <start>2013-03-30 00:00:00</start>
      <end>2013-03-30 00:00:00</end>
      <text>Release 0.20.0</text>
      <fuzzy>False</fuzzy>
      <category>Planned Release</category>
      <description>New features: Save As. Bug fixes: delete by context menu.</description>
    </event>
    <event>
      <start>2014-01-01 00:00:00</start>
      <end>2014-01-01 00:00:00</end>
      <text>Grey one</text>
      <fuzzy>False</fuzzy>
      <category>Grey</category>
    </event>
  </events>
</timeline>
"""


def test_category_progress_and_done_colours_are_written_back() -> None:
    """The Timeline Project derives both from the category's colour (``Category.update``
    calls ``get_progress_color``): the export writes what it would, which is what its own
    files hold (this fixture's values are its example file's)."""
    from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

    text = dumps_timeline_project(loads_timeline_project(_PROJECT).timeline)
    for name, color, progress in (("Planned Release", "128,255,128", "153,255,153"),
                                  ("Grey", "200,200,200", "240,240,240")):
        block = text[text.index(f"<name>{name}</name>"):]
        block = block[:block.index("</category>")]
        assert f"<color>{color}</color>" in block
        assert f"<progress_color>{progress}</progress_color>" in block
        assert f"<done_color>{progress}</done_color>" in block


def test_an_events_comment_does_not_repeat_its_description() -> None:
    from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

    timeline = loads_timeline_project(_PROJECT).timeline
    long_text = "A long description. " * 200
    timeline = Timeline.from_events(
        [replace(e, summary=long_text.strip(), participants=("A", "B"), location="Here")
         if e.title == "Grey one" else e for e in timeline],
        category_colors=timeline.category_colors)
    text = dumps_timeline_project(timeline)
    assert text.count("A long description.") == 200  # once, in <description>
    assert text.count("Save As") == 1
    back = loads_timeline_project(text.encode("utf-8"))
    assert list(back.timeline) == list(timeline)  # still lossless
    assert back.notes == []
    # a description changed in The Timeline Project is still read, and named
    edited = text.replace("New features: Save As.", "New features: Save As, Print.")
    changed = loads_timeline_project(edited.encode("utf-8"))
    release = next(e for e in changed.timeline if e.title == "Release 0.20.0")
    assert "Print" in release.summary
    assert any("changed after this app exported it" in line for line in changed.notes)


def test_the_example_files_export_is_not_much_larger_than_it() -> None:
    from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

    path = SHARED / "timeline-project-example.timeline"
    if not path.exists():
        pytest.skip("the shared example files are not here")
    data = path.read_bytes()
    result = loads_timeline_project(data, path)
    text = dumps_timeline_project(result.timeline)
    assert len(text.encode("utf-8")) < 1.4 * len(data)  # was 1.9 times (138 KB vs 72 KB)
    assert list(loads_timeline_project(text.encode("utf-8")).timeline) == list(result.timeline)


def test_indented_lines_survive_a_tool_that_drops_our_copy_of_the_text() -> None:
    """verify32, finding 13: release notes (" * Fixed: …", "  (#30)") exported to
    TimelineJS and saved again by another tool (our ``diplomatic_timeline`` key dropped)
    came back with every line's leading spaces gone: HTML collapses them."""
    summary = "Release 2.1\n * Fixed: the legend\n   (#30)\n\nThanks to  all."
    event = Event("e1", "Release", FuzzyDate.of_ymd(2020, 3, 1), summary=summary)
    document = _foreign(json.loads(dumps_timelinejs(Timeline.from_events([event],
                                                                          title="Notes"))))
    (back,) = loads_timelinejs(json.dumps(document).encode()).timeline
    assert back.summary == "Release 2.1\n * Fixed: the legend\n   (#30)\n\nThanks to all."
