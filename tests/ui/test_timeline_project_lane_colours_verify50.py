"""verify50 (exchange): The Timeline Project export gave each lane without a chosen colour
a colour of its own palette (Diplomacy peach, Sanctions lavender), not the one the window
draws it in (olive, crimson): a colleague opening the file saw other colours than the
briefing's picture.  The export now writes the window's colours (light theme, as the
pictures), with a font colour that reads on each, still listed as not chosen."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.timeline_project import _font_color, loads_timeline_project
from timeline_app.ui.style import category_color


def _categories(text: str) -> dict[str, tuple[str, str]]:
    """name → (color, font_color) of the file's ``<categories>``."""
    return {m[0]: (m[1], m[2]) for m in re.findall(
        r"<category>\s*<name>(.*?)</name>\s*<color>(.*?)</color>.*?"
        r"<font_color>(.*?)</font_color>", text, re.S)}


def _rgb(color: str) -> str:
    return ",".join(str(int(color[i:i + 2], 16)) for i in (1, 3, 5))


def test_the_export_writes_the_windows_lane_colours(window, recorded_prompts,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    lanes = ["diplomacy", "Nuclear programme", "sanctions", "treaty"]
    timeline = Timeline.from_events(
        [Event(f"e{n}", f"Event {n}", FuzzyDate.of_day(dt.date(2015 + n, 1, 1)),
               category=lane) for n, lane in enumerate(lanes)],
        title="Iran", category_colors={"treaty": "#00ff00"})
    window.document.replace_timeline(timeline, None)
    recorded_prompts.export_path = str(tmp_path / "iran.timeline")
    assert window.export_as("Timeline Project")
    text = (tmp_path / "iran.timeline").read_text(encoding="utf-8")
    written = _categories(text)
    for lane, name in (("diplomacy", "Diplomacy"), ("Nuclear programme", "Nuclear programme"),
                       ("sanctions", "Sanctions")):
        assert written[name][0] == _rgb(category_color(lane, dark=False).name()), name
        # the category's name in the colour that reads better on it (white on most)
        assert written[name][1] == _font_color(category_color(lane, dark=False).name())
    assert written["Treaty"] == ("0,255,0", "0,0,0")  # chosen: as before
    assert "255,255,255" in {font for _color, font in written.values()}
    reopened = loads_timeline_project(text, "iran.timeline").timeline
    assert reopened.category_colors == {"treaty": "#00ff00"}  # not read as choices
