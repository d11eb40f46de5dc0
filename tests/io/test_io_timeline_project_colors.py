"""The Timeline Project's category colours become the lanes' colours, and an export
writes them back (new-user trial 11, finding 9: they were dropped with a note)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import dumps, loads
from timeline_app.io.formats import open_timeline_file
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT.parent / "shared" / "formats" / "timeline-project-example.timeline"
needs_shared = pytest.mark.skipif(not EXAMPLE.is_file(), reason="../shared/formats is not here")


def _file(categories: str, events: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<timeline><version>2.3.0</version>'
            f"<timetype>gregoriantime</timetype><categories>{categories}</categories>"
            f"<events>{events}</events><view/></timeline>").encode()


def _category(name: str, color: str) -> str:
    return f"<category><name>{name}</name><color>{color}</color></category>"


def _event(text: str, category: str) -> str:
    return (f"<event><start>2020-01-02 00:00:00</start><end>2020-01-02 00:00:00</end>"
            f"<text>{text}</text><category>{category}</category></event>")


def _timeline(**colors: str) -> Timeline:
    events = [Event(f"e{i}", f"Event {i}", FuzzyDate.of_ymd(2020, 1, i + 1), category=c)
              for i, c in enumerate(["treaty", "USA summits", "meeting"])]
    return Timeline.from_events(events, category_colors=colors)


@needs_shared
def test_the_example_files_colours_become_the_lanes_colours() -> None:
    opened = open_timeline_file(EXAMPLE)
    assert opened.timeline.category_colors == {
        "Planned Release": "#80ff80", "Correction Release": "#ff80ff",
        "Future Release": "#80ffff"}
    assert not any("colour" in note for note in opened.notes)


def test_colours_are_read_by_lane_and_bad_ones_noted() -> None:
    result = loads_timeline_project(_file(
        _category("Treaty", "0,114,178") + _category("USA", "#A0B0C0")
        + _category("Odd", "300,0,0") + _category("Red", "red"),
        _event("a", "Treaty") + _event("b", "USA")))
    assert result.timeline.category_colors == {"treaty": "#0072b2", "USA": "#a0b0c0"}
    assert any("2 category colours not read" in note for note in result.notes)


def test_export_writes_chosen_colours_and_reimport_keeps_only_them() -> None:
    timeline = _timeline(**{"USA summits": "#102030"})
    text = dumps_timeline_project(timeline)
    usa = re.search(r"<name>USA summits</name>\s*<color>([^<]*)</color>\s*"
                    r"<progress_color>[^<]*</progress_color>\s*<done_color>[^<]*</done_color>"
                    r"\s*<font_color>([^<]*)</font_color>", text)
    assert usa is not None and usa.groups() == ("16,32,48", "255,255,255")  # dark: white text
    again = loads_timeline_project(text.encode()).timeline
    # The palette colours written for the other lanes are not taken for choices.
    assert again.category_colors == {"USA summits": "#102030"}


def test_a_colour_changed_in_the_other_tool_after_export_is_taken() -> None:
    text = dumps_timeline_project(_timeline())
    treaty = re.search(r"<name>Treaty</name>\s*<color>([^<]*)</color>", text)
    assert treaty is not None
    changed = text[:treaty.start(1)] + "1,2,3" + text[treaty.end(1):]
    assert loads_timeline_project(changed.encode()).timeline.category_colors == {
        "treaty": "#010203"}


def test_an_export_made_before_colours_were_kept_chooses_none() -> None:
    text = dumps_timeline_project(_timeline())
    old = re.sub(r',"palette_colors":\{[^}]*\}', "", text)
    assert "palette_colors" not in old
    assert loads_timeline_project(old.encode()).timeline.category_colors == {}


def test_colours_survive_the_native_file() -> None:
    result = loads_timeline_project(_file(_category("EU", "10,20,30"), _event("a", "EU")))
    assert loads(dumps(result.timeline)).category_colors == {"EU": "#0a141e"}
