"""A Timeline Project file's own event colours survive a save and a reopen (native format
version 13: ``timeline_project.colors``; xchg54's note on verify70 F9: an old file's
192,192,192 came back 200,200,200 after Save → reopen → export), and an event deleted after
such an import no longer makes the saved file refuse to reopen (its id stayed among the
milestones: "names no event of the file")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.io.test_io_schema import _schema, errors
from timeline_app.io import FormatError, native
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project
from timeline_app.paths import resource_path

_EVENTS = (
    "<event><start>2024-04-19 00:00:00</start><end>2024-04-19 00:00:00</end>"
    "<text>Villages agreed</text><category>Talks</category>"
    "<default_color>192,192,192</default_color><milestone>True</milestone></event>"
    "<event><start>2024-05-19 00:00:00</start><end>2024-05-19 00:00:00</end>"
    "<text>Envoys meet</text><category>Talks</category>"
    "<default_color>10,20,30</default_color></event>")
_DATA = ('<?xml version="1.0" encoding="utf-8"?>\n<timeline><version>2.3.0</version>'
         "<timetype>gregoriantime</timetype><categories><category><name>Talks</name>"
         f"<color>1,2,3</color></category></categories><events>{_EVENTS}</events>"
         "<view></view></timeline>").encode()


def _color_of(text: str, title: str) -> str:
    found = re.search(rf"<text>{title}</text>.*?<default_color>([0-9,]+)</default_color>",
                      re.sub(r"\s*<!--.*?-->", "", text, flags=re.DOTALL), re.DOTALL)
    assert found is not None
    return found.group(1)


def test_event_colours_survive_a_save_and_a_reopen(tmp_path: Path) -> None:
    timeline = loads_timeline_project(_DATA).timeline
    path = tmp_path / "hers.json"
    native.save(timeline, path)
    written = json.loads(path.read_text("utf-8"))
    assert written["version"] == 13
    assert sorted(written["timeline_project"]["colors"].values()) == ["#0a141e", "#c0c0c0"]
    reopened = native.load(path)
    assert reopened.project_shape == timeline.project_shape
    text = dumps_timeline_project(reopened)
    assert _color_of(text, "Villages agreed") == "192,192,192"
    assert _color_of(text, "Envoys meet") == "10,20,30"


def test_a_deleted_milestone_no_longer_stops_the_file_reopening(tmp_path: Path) -> None:
    timeline = loads_timeline_project(_DATA).timeline
    (villages,) = [e for e in timeline if e.title == "Villages agreed"]
    timeline.remove(villages.id)
    path = tmp_path / "hers.json"
    native.save(timeline, path)
    written = json.loads(path.read_text("utf-8"))["timeline_project"]
    assert "milestones" not in written and villages.id not in written["colors"]
    assert [e.title for e in native.load(path)] == ["Envoys meet"]


def test_a_file_from_before_with_an_id_of_no_event_opens(tmp_path: Path) -> None:
    """Files the app wrote before this fix (version 12) may list a deleted event's id:
    they open, the id left out (it was only a hint for the Timeline Project export)."""
    document = json.loads(resource_path("default-timeline.json").read_text("utf-8"))
    document["version"] = 12
    document["timeline_project"] = {"milestones": ["gone0000000a"],
                                    "own_categories": {"gone0000000a": "Talks"}}
    opened = native.loads(json.dumps(document))
    assert not opened.project_shape
    assert len(opened) == 8


@pytest.mark.parametrize(("version", "colors", "problem"), [
    (12, {"x": "#c0c0c0"}, "is a key of version 13, but the file says version 12"),
    (13, {"x": "silver"}, "is not a colour"),
])
def test_colours_need_version_13_and_a_colour(version: int, colors: dict[str, str],
                                              problem: str) -> None:
    document = json.loads(resource_path("default-timeline.json").read_text("utf-8"))
    document["version"] = version
    document["timeline_project"] = {"colors": colors}
    schema = _schema()
    assert errors(document, schema, schema)
    with pytest.raises(FormatError, match=problem):
        native.loads(json.dumps(document))


def test_a_typed_name_is_kept_by_the_file(tmp_path: Path) -> None:
    """edit69's note on verify71 F9: a name typed in Timeline → Properties never follows
    the events' years while shown; after a save and a reopen it did (the file kept no
    note of it) when it read as the app's.  The file says so (version 13)."""
    timeline = native.load(resource_path("default-timeline.json"))
    path = tmp_path / "typed.json"
    native.save(timeline, path)
    assert "title_typed" not in json.loads(path.read_text("utf-8"))  # (an app-made name)
    timeline.typed_title = timeline.title = "South Korea and Japan, 1965-2025"
    native.save(timeline, path)
    written = json.loads(path.read_text("utf-8"))
    assert written["title_typed"] is True and written["version"] == 13
    assert native.load(path).typed_title == "South Korea and Japan, 1965-2025"
    timeline.title = "Another name"  # (Undo of the typed name: the app's again)
    native.save(timeline, path)
    assert "title_typed" not in json.loads(path.read_text("utf-8"))
    assert native.load(path).typed_title is None
    document = json.loads(path.read_text("utf-8"))
    document["title_typed"] = True
    document["version"] = 12
    schema = _schema()
    assert errors(document, schema, schema)
    with pytest.raises(FormatError, match="is a key of version 13"):
        native.loads(json.dumps(document))
