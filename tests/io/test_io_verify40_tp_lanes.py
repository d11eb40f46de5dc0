"""The Timeline Project's export and its lanes (verify40, F6 and F7).

F6: an event without a lane of its own (the lane "event") is written without a category, as
The Timeline Project writes such an event, its lane's chosen colour as the event's
``<default_color>`` (the colour that tool draws it in); it was written in a category
"Event" the colleague's file did not have.

F7: The Timeline Project drops our comments when it saves a file; the palette colours our
export writes for lanes without a chosen colour were then read back as choices ("Talks",
dark blue in the app, came back pink).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.merge import TIMELINE_PROJECT_BASIS
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT.parent / "shared" / "formats" / "timeline-project-example.timeline"
needs_shared = pytest.mark.skipif(not EXAMPLE.is_file(), reason="../shared/formats is not here")


def _saved_by_the_timeline_project(text: str) -> bytes:
    """``text`` as The Timeline Project saves it again: its writer
    (``timelinelib/dataexport/timelinexml.py``) writes every element it read, colours as
    "%i,%i,%i" as read, and no comments (its SAX reader has no comment callback)."""
    return re.sub(r"\s*<!--.*?-->", "", text, flags=re.DOTALL).encode()


def _timeline(colors: dict[str, str] | None = None) -> Timeline:
    """The colleague's timeline: its event of the lane "event" is one her file had without
    a category (its basis says so; since verify70 F8 an event of ours in that lane has the
    category "Event" among others, ``exchange.names_default_lane``)."""
    lanes = ["talks", "sanctions", "event", "agreement", "statement"]
    events = [Event(f"e{n}", f"Happening {n}", FuzzyDate.of_ymd(2015, 1, n + 1), None, lane,
                    date_basis=TIMELINE_PROJECT_BASIS if lane == "event" else "")
              for n, lane in enumerate(lanes)]
    return Timeline.from_events(events, category_colors=colors or {})


def _tp_file(events: str, categories: str = "") -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<timeline><version>2.3.0</version>'
            f"<timetype>gregoriantime</timetype><categories>{categories}</categories>"
            f"<events>{events}</events><view/></timeline>").encode()


def _uncategorised(text: str, default_color: str | None) -> str:
    color = f"<default_color>{default_color}</default_color>" if default_color else ""
    return (f"<event><start>-538-10-29 00:00:00</start><end>-538-10-29 00:00:00</end>"
            f"<text>{text}</text><fuzzy>True</fuzzy>{color}</event>")


# -- F6 ----------------------------------------------------------------------------------

def test_an_event_without_a_lane_is_written_without_a_category() -> None:
    text = dumps_timeline_project(_timeline())
    assert "<name>Event</name>" not in text
    assert "<category>Event</category>" not in text
    happening = re.search(r"<event>(?:(?!</event>).)*<text>Happening 2</text>.*?</event>",
                          text, re.DOTALL)
    assert happening is not None and "<category>" not in happening.group(0)
    assert "<default_color>200,200,200</default_color>" in happening.group(0)
    back = loads_timeline_project(text.encode()).timeline
    assert [e.category for e in back] == [e.category for e in _timeline()]
    assert not any("changed after" in note
                   for note in loads_timeline_project(text.encode()).notes)


def test_the_uncategorised_lane_s_chosen_colour_is_the_events_default_colour() -> None:
    timeline = _timeline({"event": "#0a141e"})
    text = dumps_timeline_project(timeline)
    assert "<default_color>10,20,30</default_color>" in text
    assert "<name>Event</name>" not in text
    assert loads_timeline_project(text.encode()).timeline.category_colors == {
        "event": "#0a141e"}
    again = loads_timeline_project(_saved_by_the_timeline_project(text)).timeline
    assert again.category_colors == {"event": "#0a141e"}


def test_a_colleague_s_uncategorised_event_stays_so_with_its_colour() -> None:
    data = _tp_file(_uncategorised("Cyrus enters Babylon", "250,100,0")
                    + _uncategorised("Another", "0,0,255"))
    result = loads_timeline_project(data)
    assert {e.category for e in result.timeline} == {"event"}
    assert result.timeline.category_colors == {"event": "#fa6400"}
    assert any("events without a category of several colours" in n for n in result.notes)
    text = dumps_timeline_project(result.timeline)
    assert "<category>" not in text.split("<events>")[1]
    assert "<categories>\n  </categories>" in text
    assert text.count("<default_color>250,100,0</default_color>") == 2


def test_the_default_grey_of_an_uncategorised_event_is_no_choice() -> None:
    result = loads_timeline_project(_tp_file(_uncategorised("Cyrus", "200,200,200")
                                             + _uncategorised("Darius", None)))
    assert result.timeline.category_colors == {}
    assert not any("colour" in note for note in result.notes)


# -- F7 ----------------------------------------------------------------------------------

def test_palette_colours_are_no_choice_after_the_timeline_project_saved_the_export() -> None:
    timeline = _timeline({"sanctions": "#102030"})
    text = dumps_timeline_project(timeline)
    assert "<name>Talks</name>" in text
    again = loads_timeline_project(_saved_by_the_timeline_project(text)).timeline
    assert again.category_colors == {"sanctions": "#102030"}


def test_no_lane_chose_a_colour_and_none_comes_back() -> None:
    text = dumps_timeline_project(_timeline())
    assert loads_timeline_project(_saved_by_the_timeline_project(text)).timeline \
        .category_colors == {}


def test_a_lane_that_chose_a_palette_colour_keeps_it_after_the_other_tool_saved() -> None:
    timeline = _timeline({"talks": "#80b1ff"})  # the palette's first colour, 128,177,255
    text = dumps_timeline_project(timeline)
    again = loads_timeline_project(_saved_by_the_timeline_project(text)).timeline
    assert again.category_colors == {"talks": "#80b1ff"}


def test_a_colour_changed_in_the_other_tool_is_a_choice() -> None:
    text = dumps_timeline_project(_timeline())
    talks = re.search(r"<name>Talks</name>\s*<color>([^<]*)</color>", text)
    assert talks is not None
    changed = text[:talks.start(1)] + "255,0,0" + text[talks.end(1):]
    again = loads_timeline_project(_saved_by_the_timeline_project(changed)).timeline
    assert again.category_colors == {"talks": "#ff0000"}


def test_a_category_added_in_the_other_tool_leaves_the_palette_s_first_colours_no_choice(
        ) -> None:
    text = dumps_timeline_project(_timeline())
    added = text.replace("<categories>\n", "<categories>\n    <category>\n      <name>Budget"
                         "</name>\n      <color>255,0,0</color>\n    </category>\n", 1)
    again = loads_timeline_project(_saved_by_the_timeline_project(added)).timeline
    assert again.category_colors == {"budget": "#ff0000"}


@needs_shared
def test_the_example_file_s_colours_stay_choices_through_an_export_saved_again() -> None:
    first = loads_timeline_project(EXAMPLE.read_bytes()).timeline
    assert len(first.category_colors) == 3
    text = dumps_timeline_project(first)
    again = loads_timeline_project(_saved_by_the_timeline_project(text)).timeline
    assert again.category_colors == first.category_colors
