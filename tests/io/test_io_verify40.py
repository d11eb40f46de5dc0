"""Exchange findings of a newsroom editor's trial (verify40).

F1. A TimelineJS title slide's media (a photo with its caption and credit) was dropped on
    import without a word and never written back: the timeline's description now keeps it
    as a "Media:" paragraph, as a slide's summary does, and the export writes it back as
    the title slide's media.
F2. The Timeline Project: an era's colour was dropped without a word and every era was
    exported grey (200,200,200): the era lane now takes the eras' colour, and the export
    writes the era lane's chosen colour back.

The fixtures are small files written here (the shared example files are only read).
"""

from __future__ import annotations

import json
from typing import Any

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

_TITLE_PHOTO = {"url": "https://example.org/vienna.jpg", "caption": "Palais <i>Coburg</i>",
                "credit": '<a href="https://example.org/by">J. Klamar</a>/AFP', "thumbnail": ""}


def _sheet(title: dict[str, Any]) -> str:
    return json.dumps({"title": title, "events": [
        {"start_date": {"year": "2015", "month": "7", "day": "14"},
         "text": {"headline": "JCPOA concluded"}}]})


def _foreign(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` as another tool writes it back: without our key anywhere."""
    document.pop(NAMESPACE, None)
    for slide in document.get("events", []) + document.get("eras", []):
        slide.pop(NAMESPACE, None)
    return document


def test_the_title_slide_s_media_is_kept_in_the_description_and_said() -> None:
    result = loads_timelinejs(_sheet({"text": {"headline": "Iran talks",
                                               "text": "<p>A decade.</p>"},
                                      "media": _TITLE_PHOTO}))
    assert result.timeline.description == (
        "A decade.\n\nMedia: https://example.org/vienna.jpg\nCaption: Palais Coburg\n"
        "Credit: J. Klamar (https://example.org/by)/AFP")
    assert any(line.startswith("the title slide's media kept") for line in result.notes)
    assert not any(line.startswith("media kept") for line in result.notes)  # no slide's


def test_a_title_slide_with_media_only_gets_a_description_of_its_media() -> None:
    result = loads_timelinejs(_sheet({"text": {"headline": "Iran talks"},
                                      "media": {"url": "https://example.org/v.mp4"}}))
    assert result.timeline.description == "Media: https://example.org/v.mp4"


def test_the_title_slide_s_media_is_written_back_both_ways() -> None:
    timeline = loads_timelinejs(_sheet({"text": {"headline": "Iran talks",
                                                 "text": "<p>A decade.</p>"},
                                        "media": _TITLE_PHOTO})).timeline
    ours = dumps_timelinejs(timeline)
    for text in (ours, json.dumps(_foreign(json.loads(ours)))):
        title = json.loads(text)["title"]
        assert title["media"] == {
            "url": "https://example.org/vienna.jpg", "caption": "Palais Coburg",
            "credit": '<a href="https://example.org/by">J. Klamar</a>/AFP'}
        assert title["text"]["text"] == "<p>A decade.</p>"
        assert loads_timelinejs(text).timeline.description == timeline.description


def test_a_description_without_media_writes_no_title_media() -> None:
    timeline = Timeline.from_events([Event("e1", "JCPOA", FuzzyDate.of_ymd(2015, 7, 14))],
                                    title="T", description="Plain words.")
    title = json.loads(dumps_timelinejs(timeline))["title"]
    assert "media" not in title
    assert title["text"]["text"] == "<p>Plain words.</p>"


# -- F2: era colours ----------------------------------------------------------------------

def _timeline_file(*eras: tuple[str, str]) -> str:
    era_xml = "".join(
        f"<era><name>{name}</name><start>2005-08-03 00:00:00</start>"
        f"<end>2013-08-03 00:00:00</end><color>{color}</color></era>" for name, color in eras)
    return ('<?xml version="1.0" encoding="utf-8"?><timeline><version>2.9.0</version>'
            f"<timetype>gregoriantime</timetype><eras>{era_xml}</eras><categories/>"
            "<events><event><start>2015-07-14 00:00:00</start><end>2015-07-14 00:00:00</end>"
            "<text>JCPOA</text><fuzzy>False</fuzzy><locked>False</locked>"
            "<ends_today>False</ends_today></event></events></timeline>")


def test_an_era_s_colour_becomes_the_era_lane_s_colour() -> None:
    result = loads_timeline_project(_timeline_file(("Ahmadinejad presidency", "200,200,255")))
    assert result.timeline.category_colors == {"era": "#c8c8ff"}


def test_the_default_grey_of_an_era_is_no_choice() -> None:
    result = loads_timeline_project(_timeline_file(("Ahmadinejad presidency", "200,200,200")))
    assert "era" not in result.timeline.category_colors


def test_eras_of_several_colours_keep_the_first_and_say_so() -> None:
    result = loads_timeline_project(_timeline_file(("Khatami", "255,0,0"),
                                                   ("Ahmadinejad", "0,0,255")))
    assert result.timeline.category_colors == {"era": "#ff0000"}
    assert any("era" in line and "colour" in line for line in result.notes)


def test_the_era_lane_s_chosen_colour_is_exported_and_read_back() -> None:
    timeline = Timeline.from_events(
        [Event("a1", "Ahmadinejad presidency", FuzzyDate.of_year(2005),
               FuzzyDate.of_year(2013), "era"),
         Event("e1", "JCPOA", FuzzyDate.of_ymd(2015, 7, 14), category="talks")],
        category_colors={"era": "#c8c8ff"})
    text = dumps_timeline_project(timeline)
    assert "<color>200,200,255</color>" in text
    assert loads_timeline_project(text).timeline.category_colors.get("era") == "#c8c8ff"


def test_an_era_lane_without_a_chosen_colour_stays_without_one() -> None:
    timeline = Timeline.from_events(
        [Event("a1", "Ahmadinejad presidency", FuzzyDate.of_year(2005),
               FuzzyDate.of_year(2013), "era")])
    text = dumps_timeline_project(timeline)
    assert "<color>200,200,200</color>" in text
    assert "era" not in loads_timeline_project(text).timeline.category_colors


def test_an_era_lane_without_a_chosen_colour_is_written_in_the_window_s_colour() -> None:
    """verify53 F4: the window draws the era lane in its indigo; the export wrote The
    Timeline Project's default grey.  Now the window's colour (as the categories'), read
    back by the app as not chosen."""
    from timeline_app.io.timeline_project import timeline_project_pieces

    timeline = Timeline.from_events(
        [Event("a1", "Ahmadinejad presidency", FuzzyDate.of_year(2005),
               FuzzyDate.of_year(2013), "era"),
         Event("e1", "JCPOA", FuzzyDate.of_ymd(2015, 7, 14), category="talks")])
    text = "".join(timeline_project_pieces(timeline, {"era": "#5b5bd6", "talks": "#808000"}))
    assert "<color>91,91,214</color>" in text and "<color>200,200,200</color>" not in text
    assert "era" not in loads_timeline_project(text).timeline.category_colors


# -- F11: an empty end date -------------------------------------------------------------

def _sheet_slide(end_date: dict[str, Any]) -> str:
    return json.dumps({"title": {"text": {"headline": "From a sheet"}}, "events": [
        {"start_date": {"year": "2015", "month": "7", "day": "14", "display_date": ""},
         "end_date": end_date, "text": {"headline": "JCPOA concluded", "text": ""},
         "media": {"url": "", "caption": "", "credit": ""}, "group": ""}]})


def test_an_end_date_of_empty_parts_is_no_end() -> None:
    """A converted Google Sheet writes every column, empty ones as "": TimelineJS's own
    sheet reader deletes such an end date (``extractGoogleEntryData_V4``); the slide was
    left out here ("its end date: a date needs a year")."""
    result = loads_timelinejs(_sheet_slide({"year": "", "month": "", "day": "",
                                            "display_date": ""}))
    [event] = list(result.timeline)
    assert event.title == "JCPOA concluded" and event.end is None
    assert str(event.date) == "14 July 2015"
    assert not any("left out" in line for line in result.notes)


def test_an_end_date_without_a_year_is_dropped_and_said() -> None:
    result = loads_timelinejs(_sheet_slide({"year": "", "month": "7", "day": "20"}))
    [event] = list(result.timeline)
    assert event.end is None
    assert any("end date" in line and "year" in line for line in result.notes)
