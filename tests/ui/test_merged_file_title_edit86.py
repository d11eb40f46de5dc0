"""A title read from a file's name is that file's name, not the timeline's (edit85 F4(e)).

A researcher opened a colleague's Timeline Project file (which names no timeline: the
window took its file name, "colleague-plan"), merged her own timeline into it with File →
Merge…, and exported the result as "merged.timeline": reopened, the timeline was still
called "colleague-plan".  The name read from a file's name now follows the file the
timeline is written to; a name typed in Timeline → Properties stays."""

from __future__ import annotations

import re
from pathlib import Path

from timeline_app import io as timeline_io
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Event, Timeline
from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project


def _event(event_id: str, title: str, day: int) -> Event:
    return Event(event_id, title, FuzzyDate(2024, 3, day), category="meeting")


def _colleague_file(tmp_path: Path) -> Path:
    """A Timeline Project file as that tool saves it: no comment of this app, no name."""
    text = dumps_timeline_project(Timeline.from_events(
        [_event("c1", "Harbour commission meets in Veltra", 4),
         _event("c2", "Second harbour commission session", 18)], title="ignored"))
    path = tmp_path / "colleague-plan.timeline"
    path.write_text(re.sub(r"<!--\s*diplomatic-timeline.*?-->", "", text, flags=re.DOTALL),
                    encoding="utf-8")
    return path


def _merge_own_file(window, tmp_path, recorded_prompts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui import prompts
    from timeline_app.ui.merge_dialog import MergeDialog

    own = Timeline.from_events([_event("m1", "Envoys of Osmark and Tarvel meet", 26)],
                               title="Osmark and Tarvel, 2024")
    path = tmp_path / "mine.json"
    timeline_io.save(own, path)
    recorded_prompts.open_path = str(path)
    monkeypatch.setattr(prompts, "review_merge",
                        lambda _parent, other, current: MergeDialog(other, current).outcome())
    assert window.merge_file()


def _open_colleague_and_merge(window, tmp_path, recorded_prompts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(str(_colleague_file(tmp_path)))
    assert window.document.timeline.title == "colleague-plan"  # (as before: its file's name)
    _merge_own_file(window, tmp_path, recorded_prompts, monkeypatch)
    assert len(window.document.timeline) == 3


def test_the_merged_export_reopens_named_after_itself(  # type: ignore[no-untyped-def]
        window, tmp_path, recorded_prompts, monkeypatch) -> None:
    _open_colleague_and_merge(window, tmp_path, recorded_prompts, monkeypatch)
    out = tmp_path / "merged.timeline"
    recorded_prompts.export_path = str(out)
    assert window.export_as("Timeline Project")
    reopened = loads_timeline_project(out.read_bytes(), out).timeline
    assert reopened.title == "merged"  # (was "colleague-plan")
    assert len(reopened) == 3
    assert window.open_path(str(out))
    assert window.document.timeline.title == "merged"


def test_a_save_names_it_after_the_saved_file_and_so_does_its_reopening(  # type: ignore[no-untyped-def]
        window, tmp_path, recorded_prompts, monkeypatch) -> None:
    _open_colleague_and_merge(window, tmp_path, recorded_prompts, monkeypatch)
    saved = tmp_path / "serin-merged.json"
    recorded_prompts.save_path = str(saved)
    assert window.save_as()
    assert window.document.timeline.title == "serin-merged"
    assert window.windowTitle().startswith("serin-merged.json")
    assert timeline_io.load(saved).title == "serin-merged"
    # (an export of the saved timeline is named after the saved file, verify32 F3's rule)
    out = tmp_path / "for-colleague.timeline"
    recorded_prompts.export_path = str(out)
    assert window.export_as("Timeline Project")
    assert loads_timeline_project(out.read_bytes(), out).timeline.title == "serin-merged"


def test_a_name_typed_over_the_files_name_stays(  # type: ignore[no-untyped-def]
        window, tmp_path, recorded_prompts, monkeypatch) -> None:
    _open_colleague_and_merge(window, tmp_path, recorded_prompts, monkeypatch)
    window.document.set_properties("Harbour talks", "")
    out = tmp_path / "merged.timeline"
    recorded_prompts.export_path = str(out)
    assert window.export_as("Timeline Project")
    assert loads_timeline_project(out.read_bytes(), out).timeline.title == "Harbour talks"
    saved = tmp_path / "serin-merged.json"
    recorded_prompts.save_path = str(saved)
    assert window.save_as()
    assert timeline_io.load(saved).title == "Harbour talks"


def test_a_file_that_names_its_timeline_keeps_the_name() -> None:
    text = dumps_timeline_project(Timeline.from_events(
        [_event("c1", "Harbour commission meets in Veltra", 4)], title="Harbour talks"))
    opened = loads_timeline_project(text.encode(), "elsewhere.timeline").timeline
    assert opened.title == "Harbour talks" and opened.file_named_title is None
    bare = re.sub(r"<!--\s*diplomatic-timeline.*?-->", "", text, flags=re.DOTALL)
    opened = loads_timeline_project(bare.encode(), "elsewhere.timeline").timeline
    assert opened.title == opened.file_named_title == "elsewhere"


def test_a_spreadsheet_opened_in_the_window_gives_its_name_up_to_the_export(  # type: ignore[no-untyped-def]
        window, tmp_path, recorded_prompts, qtbot) -> None:
    path = tmp_path / "harbour-sheet.csv"
    path.write_text("Date,Title\n4 March 2024,Harbour commission meets\n", encoding="utf-8")
    assert window.import_csv(str(path))
    qtbot.waitUntil(lambda: window.document.timeline.title == "harbour-sheet")
    out = tmp_path / "harbour.timeline"
    recorded_prompts.export_path = str(out)
    assert window.export_as("Timeline Project")
    assert loads_timeline_project(out.read_bytes(), out).timeline.title == "harbour"
