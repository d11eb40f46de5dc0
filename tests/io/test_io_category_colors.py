"""Category colours in the native format (new-user trial 11, finding 9): an optional
``category_colors`` object, written only when not empty, checked on load."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from native_samples import sample
from test_io_native_pieces import _filler, pieces  # noqa: F401 - a fixture

from timeline_app.core import Timeline
from timeline_app.io import FORMAT_VERSION, FormatError, dumps, load, loads


def _with_colors(colors: Any) -> dict[str, Any]:
    doc = sample()
    doc["category_colors"] = colors
    return doc


def test_colours_round_trip_and_are_written_sorted() -> None:
    timeline = loads(json.dumps(_with_colors({"meeting": "#1f77b4", "dispute": "#C0392B"})))
    assert timeline.category_colors == {"meeting": "#1f77b4", "dispute": "#C0392B"}
    text = dumps(timeline)
    # (each lane as shown since session 41: "Dispute"; verify51 F13)
    assert '"category_colors": {\n    "Dispute": "#C0392B",\n    "Meeting": "#1f77b4"\n  }' \
        in text
    assert text.index('"category_colors"') < text.index('"sources"')
    assert loads(text).category_colors == timeline.category_colors
    assert dumps(loads(text)) == text


def test_no_colours_no_key_and_old_files_load() -> None:
    timeline = loads(json.dumps(sample()))
    assert timeline.category_colors == {}
    assert "category_colors" not in dumps(timeline)
    assert Timeline().category_colors == {}


@pytest.mark.parametrize("bad", ["red", "#12345", "#1234567", "#gg0000", "rgb(1,2,3)", ""])
def test_a_bad_colour_is_refused_with_its_place(bad: str) -> None:
    with pytest.raises(FormatError) as caught:
        loads(json.dumps(_with_colors({"meeting": "#000000", "dis\"pute": bad})), "x.json")
    assert caught.value.place == '$.category_colors["dis\\"pute"]'
    assert "#rrggbb" in str(caught.value)


@pytest.mark.parametrize("bad", [["#000000"], {"meeting": 3}, "#000000"])
def test_a_colour_map_of_the_wrong_type_is_refused(bad: Any) -> None:
    with pytest.raises(FormatError) as caught:
        loads(json.dumps(_with_colors(bad)), "x.json")
    assert caught.value.place is not None
    assert caught.value.place.startswith("$.category_colors")


def test_a_repeated_category_is_refused() -> None:
    text = json.dumps(_with_colors({"meeting": "#000000"})).replace(
        '"meeting": "#000000"', '"meeting": "#000000", "meeting": "#ffffff"')
    with pytest.raises(FormatError, match="appears twice"):
        loads(text, "x.json")


def test_a_newer_version_with_colours_is_still_refused() -> None:
    doc = _with_colors({"meeting": "#000000"})
    doc["version"] = FORMAT_VERSION + 1
    with pytest.raises(FormatError, match="newer"):
        loads(json.dumps(doc), "x.json")


def test_a_large_file_read_in_pieces_keeps_its_colours(
        tmp_path: Path, pieces: list[str]) -> None:  # noqa: F811 - the fixture
    doc = _with_colors({"meeting": "#00ff00"})
    doc["events"] = doc["events"] + _filler(100)
    path = tmp_path / "big.json"
    path.write_text(dumps(loads(json.dumps(doc))), encoding="utf-8")
    timeline = load(path)
    assert pieces == ["pieces"]
    assert timeline.category_colors == {"meeting": "#00ff00"}
