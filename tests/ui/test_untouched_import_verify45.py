"""Another tool's file opened and not touched closes without "Save the changes…?"
(verify45): a researcher who only looked at a colleague's TimelineJS file was asked about
changes she never made when she opened her own.  Once she edits it, she is asked."""

from __future__ import annotations

import json

from timeline_app import io as timeline_io
from timeline_app.core import Timeline

SLIDES = {"events": [
    {"start_date": {"year": 2015, "month": 3, "day": 23},
     "text": {"headline": "Declaration of Principles signed"}},
    {"start_date": {"year": 2020, "month": 7},
     "text": {"headline": "First filling"}}]}


def _files(tmp_path):  # type: ignore[no-untyped-def]
    other = tmp_path / "colleague.json"
    other.write_text(json.dumps(SLIDES), encoding="utf-8")
    own = tmp_path / "own.json"
    timeline_io.save(Timeline(title="Own"), own)
    return other, own


def test_an_untouched_file_of_another_tool_closes_without_asking(window, tmp_path,
                                                                recorded_prompts):
    other, own = _files(tmp_path)
    assert window.open_path(str(other), background=False)
    assert window.document.path is None  # Save never writes over the other tool's file
    assert window.document.is_modified and window.document.is_untouched_import
    recorded_prompts.open_path = str(own)
    assert window.open_file()  # File → Open
    assert recorded_prompts.asked_save_changes == 0  # was 1: nothing of hers to lose
    assert window.document.timeline.title == "Own"


def test_an_edited_file_of_another_tool_still_asks(window, tmp_path, recorded_prompts):
    other, own = _files(tmp_path)
    assert window.open_path(str(other), background=False)
    window.document.set_properties("GERD, colleague's", "")
    assert not window.document.is_untouched_import
    recorded_prompts.save_choice = recorded_prompts.save_choice.CANCEL
    recorded_prompts.open_path = str(own)
    assert not window.open_file()
    assert recorded_prompts.asked_save_changes == 1
    assert window.document.timeline.title == "GERD, colleague's"  # Cancel kept it
