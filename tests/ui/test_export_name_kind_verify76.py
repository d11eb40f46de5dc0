"""verify76 F15 (session 57): a second TimelineJS export was proposed as "Lithuania and
Belarus, 2020-2027 (exported).json", beside the timeline's own .json: the name lost the
"-timelinejs" that tells a colleague which file to load.  The fresh name keeps it."""

from __future__ import annotations

from pathlib import Path


def test_a_second_timelinejs_export_keeps_its_kind_in_the_name(
        window, recorded_prompts, tmp_path):  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import _remember_folder_of

    _remember_folder_of(str(tmp_path / "exported-before.json"))  # exports start there
    recorded_prompts.export_path = None
    assert not window.export_as("TimelineJS")
    first = Path(recorded_prompts.export_suggestions[-1])
    assert first.parent == tmp_path and first.name.endswith("-timelinejs.json"), first
    first.write_text("{}", "utf-8")  # an earlier export is there
    recorded_prompts.export_path = None
    assert not window.export_as("TimelineJS")
    second = Path(recorded_prompts.export_suggestions[-1])
    assert second.parent == first.parent
    assert second.name == first.name[:-len(".json")] + " (exported).json", second.name
