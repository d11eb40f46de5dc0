"""verify32, F15: a TimelineJS file whose slides all lack a start date (a slide half made in
another editor) was refused as "a JSON file of another kind, not a timeline": it is a
TimelineJS file, refused with its first slide's problem as one with no readable slide is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.io.errors import FormatError
from timeline_app.io.formats import error_in_words, open_timeline_file


def test_a_timelinejs_file_without_dates_is_called_one(tmp_path: Path) -> None:
    path = tmp_path / "draft.json"
    path.write_text(json.dumps({"events": [{"text": {"headline": "Oslo I Accord"}}]}),
                    encoding="utf-8")
    with pytest.raises(FormatError) as raised:
        open_timeline_file(path)
    words = error_in_words(raised.value)
    assert "another kind" not in words
    assert "Oslo I Accord" in words and "start" in words


def test_other_json_with_events_is_still_another_kind(tmp_path: Path) -> None:
    path = tmp_path / "log.json"
    path.write_text(json.dumps({"events": [{"text": "login", "at": 3}]}), encoding="utf-8")
    with pytest.raises(FormatError) as raised:
        open_timeline_file(path)
    assert "JSON file of another kind" in error_in_words(raised.value)
