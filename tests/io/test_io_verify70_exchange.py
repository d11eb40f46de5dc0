"""What a TimelineJS, Timeline Project, iCalendar or CSV user gets from our exports
(verify70, session 54: a researcher who swaps timelines with TimelineJS and The Timeline
Project).  Each test fails on the code before session 54."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from test_io_exchange_verify28 import _foreign

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.timelinejs import dumps_timelinejs, loads_timelinejs, timelinejs_sheet_pieces


def _researcher() -> Timeline:
    timeline = Timeline(title="Border talks")
    for event in (
        Event("ref", "Nikol Pashinyan: Referendum", FuzzyDate.of_year(2027)),
        Event("yerevan", "Border commission meets in Yerevan", FuzzyDate.of_month(2025, 12),
              category="meeting"),
        Event("war", "Armenia and Azerbaijan go to war",
              FuzzyDate.of_decade(1990, False, "START")),
        Event("talks", "Talks in Geneva", FuzzyDate(2025, 11, 18)),
    ):
        timeline.add(event)
    return timeline


def _slides(text: str) -> dict[str, dict[str, Any]]:
    return {s["unique_id"]: s for s in json.loads(text)["events"]}


def test_a_month_or_a_year_is_no_span_from_itself_to_itself_in_timelinejs() -> None:
    """F7: TimelineJS shows "2027 — 2027" for a slide whose end_date repeats its start
    and which has no display_date (``Slide.getFormattedDate``)."""
    slides = _slides(dumps_timelinejs(_researcher()))
    for key in ("ref", "yerevan"):
        slide = slides[key]
        assert "end_date" not in slide, slide
        assert "display_date" not in slide  # TimelineJS's own "2027", "December 2025"
    assert slides["ref"]["start_date"] == {"year": 2027}
    assert slides["yerevan"]["start_date"] == {"year": 2025, "month": 12}
    # a span of years still has its end, and the words TimelineJS shows
    assert slides["war"]["end_date"]["year"] == 1993
    assert slides["war"]["display_date"] == "the early 1990s"


def test_the_timelinejs_sheet_has_no_end_for_a_month_or_a_year() -> None:
    rows = list(csv.DictReader(io.StringIO("".join(timelinejs_sheet_pieces(_researcher())))))
    by_title = {row["Headline"]: row for row in rows}
    referendum = by_title["Nikol Pashinyan: Referendum"]
    assert (referendum["Year"], referendum["End Year"]) == ("2027", "")
    meeting = by_title["Border commission meets in Yerevan"]
    assert (meeting["Month"], meeting["End Year"], meeting["End Month"]) == ("12", "", "")


def test_a_month_or_a_year_reads_back_as_it_was_with_and_without_our_key() -> None:
    text = dumps_timelinejs(_researcher())
    expected = {e.id: (e.date, e.end) for e in _researcher()}
    for document in (json.loads(text), _foreign(json.loads(text))):
        result = loads_timelinejs(json.dumps(document))
        assert {e.id: (e.date, e.end) for e in result.timeline} == expected


def test_an_older_export_with_the_end_repeated_reads_as_unedited() -> None:
    """A file our export wrote before session 54 (end_date = start_date) is not taken as
    edited in TimelineJS."""
    document = json.loads(dumps_timelinejs(_researcher()))
    for slide in document["events"]:
        if slide["unique_id"] in ("ref", "yerevan"):
            slide["end_date"] = dict(slide["start_date"])
    result = loads_timelinejs(json.dumps(document))
    assert {e.id: (e.date, e.end) for e in result.timeline} == \
        {e.id: (e.date, e.end) for e in _researcher()}
    assert not any("edited" in line for line in result.notes), result.notes


def test_the_calendar_covers_a_period_s_days_not_its_first_day() -> None:
    """F14: read with the ``icalendar`` library, the early 1990s ran 1 January 1990 to
    31 December 1993 (DTEND exclusive, RFC 5545 §3.6.1), 2027 the whole year and
    December 2025 the month; the days known to the day stay one day."""
    import datetime as _dt

    import icalendar

    from timeline_app.io.ical import dumps_icalendar, loads_icalendar

    data = dumps_icalendar(_researcher(), _dt.datetime(2026, 12, 6, tzinfo=_dt.UTC))
    entries = {str(c["uid"]).split("@")[0]: c
               for c in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    days = {key: (entry.decoded("dtstart"), entry.decoded("dtend"))
            for key, entry in entries.items()}
    assert days == {
        "war": (_dt.date(1990, 1, 1), _dt.date(1994, 1, 1)),
        "ref": (_dt.date(2027, 1, 1), _dt.date(2028, 1, 1)),
        "yerevan": (_dt.date(2025, 12, 1), _dt.date(2026, 1, 1)),
        "talks": (_dt.date(2025, 11, 18), _dt.date(2025, 11, 19)),
    }
    assert str(entries["war"]["summary"]) == \
        "Armenia and Azerbaijan go to war (the early 1990s)"
    back = {e.id: (e.date, e.end) for e in loads_icalendar(data).timeline}
    assert back == {e.id: (e.date, e.end) for e in _researcher()}


def test_the_csv_s_iso_cells_carry_the_years_of_the_early_1990s() -> None:
    """F15: "Date (ISO)" 1990 and an empty "End (ISO)" read as the year 1990 in a
    spreadsheet; the ISO pair now spans 1990 to 1993, and the row reads back as the early
    1990s with no end.  verify74 F12: the End words cell says 1993 too (it was empty beside
    "End (ISO)"); read back, an End that is only the date's own last year is no end."""
    from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events

    text = dumps_csv(_researcher())
    rows = {row["Id"]: row for row in csv.DictReader(io.StringIO(text))}
    war = rows["war"]
    assert (war["Date"], war["Date (ISO)"], war["End"], war["End (ISO)"]) == (
        "the early 1990s", "1990", "1993", "1993")
    assert (rows["ref"]["Date (ISO)"], rows["ref"]["End (ISO)"]) == ("2027", "")
    assert (rows["yerevan"]["Date (ISO)"], rows["yerevan"]["End (ISO)"]) == ("2025-12", "")
    table = read_table(text.encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert {e.id: (e.date, e.end) for e in events} == \
        {e.id: (e.date, e.end) for e in _researcher()}


# -- The Timeline Project: a round trip changes nothing its user sees (F9) ------------

#: A small file as The Timeline Project 2.x writes it, with what the shared example lacks
#: (verify70 F20: no milestones, eras, fuzzy or locked events there): an era, a
#: milestone, a fuzzy and a locked event, an old default colour, a multi-line description.
_PROJECT_FILE = """<?xml version="1.0" encoding="utf-8"?>
<timeline>
  <version>2.3.0</version>
  <timetype>gregoriantime</timetype>
  <eras>
    <era>
      <name>Ceasefire</name>
      <start>1994-05-12 00:00:00</start>
      <end>2020-09-27 00:00:00</end>
      <color>255,220,200</color>
      <ends_today>False</ends_today>
    </era>
  </eras>
  <categories>
    <category>
      <name>Release</name>
      <color>255,165,0</color>
      <progress_color>255,200,102</progress_color>
      <done_color>255,200,102</done_color>
      <font_color>0,0,0</font_color>
    </category>
    <category>
      <name>Meeting</name>
      <color>173,216,230</color>
      <progress_color>213,234,241</progress_color>
      <done_color>213,234,241</done_color>
      <font_color>0,0,0</font_color>
    </category>
  </categories>
  <events>
    <event>
      <start>2014-06-30 15:16:00</start>
      <end>2014-06-30 15:16:00</end>
      <text>Timeline 1.3.0</text>
      <progress>0</progress>
      <fuzzy>False</fuzzy>
      <locked>False</locked>
      <ends_today>False</ends_today>
      <category>Release</category>
      <description>New features:
* Export to SVG
* Containers

Bug fixes.</description>
      <default_color>192,192,192</default_color>
    </event>
    <event>
      <start>1991-09-02 00:00:00</start>
      <end>1991-09-02 00:00:00</end>
      <text>Nagorno-Karabakh declares independence</text>
      <progress>0</progress>
      <fuzzy>True</fuzzy>
      <locked>False</locked>
      <ends_today>False</ends_today>
      <category>Meeting</category>
      <default_color>200,200,200</default_color>
    </event>
    <event>
      <start>2025-01-15 00:00:00</start>
      <end>2025-01-17 00:00:00</end>
      <text>Border commission meets in Baku</text>
      <progress>0</progress>
      <fuzzy>False</fuzzy>
      <locked>True</locked>
      <ends_today>False</ends_today>
      <category>Meeting</category>
      <default_color>192,192,192</default_color>
    </event>
    <event>
      <start>2025-08-08 00:00:00</start>
      <end>2025-08-08 00:00:00</end>
      <text>Washington summit</text>
      <progress>0</progress>
      <fuzzy>False</fuzzy>
      <locked>False</locked>
      <ends_today>False</ends_today>
      <category>Meeting</category>
      <default_color>192,192,192</default_color>
      <milestone>True</milestone>
    </event>
  </events>
  <view>
    <displayed_period>
      <start>1990-01-01 00:00:00</start>
      <end>2026-01-01 00:00:00</end>
    </displayed_period>
    <hidden_categories>
    </hidden_categories>
  </view>
</timeline>
"""

#: What a Timeline Project user sees of an event (``locked`` aside: not carried, said).
_SEEN = ("start", "end", "text", "fuzzy", "category", "description", "default_color",
         "milestone", "hyperlink")


def _seen(data: bytes) -> tuple[dict[str, tuple[str | None, ...]], list[tuple[str | None, ...]]]:
    from defusedxml.ElementTree import fromstring

    root = fromstring(data)
    events = {e.findtext("text") or "": tuple(
        (e.findtext(tag) or "").strip() or None for tag in _SEEN)
        for e in root.iter("event")}
    eras = [tuple(e.findtext(tag) for tag in ("name", "start", "end", "color"))
            for e in root.iter("era")]
    return events, eras


def _project(tmp_path: Any) -> Timeline:
    from timeline_app.io.timeline_project import loads_timeline_project

    path = tmp_path / "talks.timeline"
    path.write_text(_PROJECT_FILE, encoding="utf-8")
    return loads_timeline_project(path.read_bytes(), str(path)).timeline


def test_an_untouched_timeline_project_file_comes_back_as_its_user_saw_it(
        tmp_path: Any) -> None:
    """F9: the default colour 192,192,192 came back 200,200,200."""
    from timeline_app.io.timeline_project import dumps_timeline_project

    timeline = _project(tmp_path)
    written = dumps_timeline_project(timeline).encode("utf-8")
    before_events, before_eras = _seen(_PROJECT_FILE.encode("utf-8"))
    after_events, after_eras = _seen(written)
    assert after_events == before_events
    assert after_eras == before_eras
    # and the milestone, the fuzzy date and the era are ours as the file said them
    by_title = {e.title: e for e in timeline}
    assert by_title["Nagorno-Karabakh declares independence"].date.circa
    assert "Ceasefire" in by_title and timeline.is_era_lane(by_title["Ceasefire"].category)


def test_an_edited_date_adds_no_history_to_the_release_notes(tmp_path: Any) -> None:
    """F9: an event whose date was typed by hand got a last paragraph "Date: 2014
    (year); typed by hand (was 30 June 2014, 15:16; …)" in its description.  A day says
    itself (no line); a year keeps only "Date: 2014 (year)", which tells The Timeline
    Project's user the precision and brings it back here after The Timeline Project saved
    the file; our comment keeps the basis."""
    import dataclasses

    from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

    timeline = _project(tmp_path)
    by_title = {e.title: e for e in timeline}
    release = by_title["Timeline 1.3.0"]
    baku = by_title["Border commission meets in Baku"]
    basis = "typed by hand (was 30 June 2014, 15:16; as dated in a Timeline Project file)"
    timeline.replace(dataclasses.replace(release, date=FuzzyDate.of_year(2014),
                                         date_basis=basis))
    timeline.replace(dataclasses.replace(
        baku, date=FuzzyDate(2025, 1, 16), end=FuzzyDate(2025, 1, 17),
        date_basis="typed by hand (was 15 January 2025 – 17 January 2025)"))
    written = dumps_timeline_project(timeline).encode("utf-8")
    events, _ = _seen(written)
    description = events["Timeline 1.3.0"][_SEEN.index("description")]
    assert description == ("New features:\n* Export to SVG\n* Containers\n\nBug fixes."
                           "\n\nDate: 2014 (year)")
    assert events["Border commission meets in Baku"][_SEEN.index("description")] is None
    assert "typed by hand" not in written.decode("utf-8").split("-->")[-1]
    back = {e.title: e for e in loads_timeline_project(written).timeline}
    assert (back["Timeline 1.3.0"].date, back["Timeline 1.3.0"].date_basis) == \
        (FuzzyDate.of_year(2014), basis)
    assert back["Border commission meets in Baku"].date == FuzzyDate(2025, 1, 16)


@pytest.mark.parametrize("day", [False, True])
def test_a_file_exported_before_session_54_with_a_hand_s_basis_reopens_unchanged(
        tmp_path: Any, day: bool) -> None:
    """Such a file (the line "Date: …; typed by hand …", its comment) is as exported, not
    "changed after this app exported it"; a day typed by hand had a line then too."""
    import dataclasses

    from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

    timeline = _project(tmp_path)
    release = {e.title: e for e in timeline}["Timeline 1.3.0"]
    basis = "typed by hand (was 30 June 2014, 15:16; as dated in a Timeline Project file)"
    date = FuzzyDate(2014, 7, 1) if day else FuzzyDate.of_year(2014)
    timeline.replace(dataclasses.replace(release, date=date, date_basis=basis))
    written = dumps_timeline_project(timeline)
    if day:
        old = written.replace("Bug fixes.</description>",
                              f"Bug fixes.\n\nDate: 1 July 2014 (day); {basis}</description>")
    else:
        old = written.replace("Date: 2014 (year)</description>",
                              f"Date: 2014 (year); {basis}</description>")
    assert old != written
    result = loads_timeline_project(old.encode("utf-8"))
    assert not any("changed" in note for note in result.notes), result.notes
    back = {e.title: e for e in result.timeline}["Timeline 1.3.0"]
    assert (back.date, back.date_basis, back.summary) == (date, basis, release.summary)


# -- the lane "Event" in TimelineJS and The Timeline Project (F8) ---------------------

def test_the_event_lane_is_a_group_among_groups_but_not_for_a_file_s_own_slides() -> None:
    """F8: "Nikol Pashinyan: Referendum" (lane Event) had no group among grouped slides,
    a row with no label in TimelineJS; a slide read from a TimelineJS file without a group
    keeps none (verify28 fault 6), and a timeline of that lane alone names none."""
    from timeline_app.core.merge import TIMELINEJS_BASIS

    timeline = _researcher()
    timeline.add(Event("theirs", "Slide of a colleague", FuzzyDate.of_year(2020),
                       date_basis=TIMELINEJS_BASIS))
    slides = _slides(dumps_timelinejs(timeline))
    assert slides["ref"]["group"] == "Event"
    assert slides["yerevan"]["group"] == "Meeting"
    assert "group" not in slides["theirs"]
    rows = {row["Headline"]: row for row in csv.DictReader(io.StringIO(
        "".join(timelinejs_sheet_pieces(timeline))))}
    assert rows["Nikol Pashinyan: Referendum"]["Group"] == "Event"
    back = {e.id: e.category for e in loads_timelinejs(dumps_timelinejs(timeline)).timeline}
    assert back == {e.id: e.category for e in timeline}
    alone = Timeline.from_events([Event("a", "Talks", FuzzyDate.of_year(2027))])
    assert "group" not in _slides(dumps_timelinejs(alone))["a"]


def test_the_event_lane_is_a_category_among_categories_but_not_for_a_file_s_own_events(
        tmp_path: Any) -> None:
    """F8 in The Timeline Project: our event of the lane Event has the category "Event"
    among the file's categories; an event the file had without a category keeps none
    (verify40 F6); both read back into the lane, the file unchanged since the export."""
    from timeline_app.core.merge import TIMELINE_PROJECT_BASIS
    from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

    timeline = _researcher()
    timeline.add(Event("theirs", "A colleague's uncategorised event", FuzzyDate(2020, 1, 2),
                       date_basis=TIMELINE_PROJECT_BASIS))
    text = dumps_timeline_project(timeline)
    events, _ = _seen(text.encode("utf-8"))
    category = _SEEN.index("category")
    assert events["Nikol Pashinyan: Referendum"][category] == "Event"
    assert events["A colleague's uncategorised event"][category] is None
    assert "<name>Event</name>" in text
    result = loads_timeline_project(text.encode("utf-8"))
    assert not any("changed" in note for note in result.notes), result.notes
    assert {e.id: e.category for e in result.timeline} == {e.id: e.category for e in timeline}
