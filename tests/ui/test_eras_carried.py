"""Eras carried everywhere (edit34's "left", session 36): File → Merge… brings the lanes
the other file shows as eras; the Details pane says an event is drawn as an era.
Each fails on main ``ad8e74e8``."""

from __future__ import annotations

import dataclasses

from tests.ui.reviewed_import import merge_saved
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.lanes import merged_era_lanes
from timeline_app.document import Document


def _filling(event_id: str = "f1", year: int = 2020) -> Event:
    return Event(event_id, f"Filling of {year}", FuzzyDate.of_month(year, 7),
                 end=FuzzyDate.of_month(year, 8), category="filling phases")


def test_merged_era_lanes_takes_the_other_files_way_for_lanes_new_here() -> None:
    here = Timeline.from_events([Event("t", "Talks", FuzzyDate.of_ymd(2021, 4, 4),
                                       category="meeting")])
    assert merged_era_lanes(here, frozenset({"filling phases"}), ["filling phases"]) == \
        frozenset({"era", "eras", "filling phases"})
    # (a lane this timeline has keeps its own way; nothing new: the same object)
    assert merged_era_lanes(here, frozenset({"meeting"}), ["meeting"]) is None
    # the other file showed "eras" as a lane of rows: new here, so rows here too
    assert merged_era_lanes(here, frozenset(), ["eras"]) == frozenset({"era"})


def test_file_merge_brings_the_other_files_eras(  # type: ignore[no-untyped-def]
        window, tmp_path, recorded_prompts, monkeypatch) -> None:
    other = Timeline.from_events([_filling("f1", 2020), _filling("f2", 2021)])
    other.era_lanes = frozenset({"filling phases"})
    document = window.document
    assert not document.timeline.is_era_lane("filling phases")
    assert merge_saved(window, monkeypatch, recorded_prompts, other, tmp_path / "other.json")
    assert document.timeline.is_era_lane("filling phases")  # was an ordinary lane
    assert [lane.category for lane in window.view._era_lanes] == ["filling phases"]
    document.undo_stack.undo()  # one step: the events and the eras together
    assert not document.timeline.is_era_lane("filling phases")
    assert document.timeline.era_lanes is None


def test_merge_keeps_this_timelines_way_for_its_own_lanes(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(Timeline.from_events([_filling("f0", 2019)]))
    incoming = dataclasses.replace(_filling("f1", 2020))
    document.merge_events([], [incoming], [], "Merge", None, frozenset({"filling phases"}))
    assert not document.timeline.is_era_lane("filling phases")


def test_the_csv_export_note_says_which_lanes_are_shown_as_eras() -> None:
    """A CSV table has no field for a lane shown as eras: the export's note says so (it
    said nothing: a reopened table showed the "Filling phases" eras as a lane of rows)."""
    from timeline_app.io.csv_table import export_losses
    from timeline_app.io.formats import export_notes

    timeline = Timeline.from_events([
        _filling(), Event("c", "Cold War", FuzzyDate.of_year(1947), category="eras"),
        Event("t", "Talks", FuzzyDate.of_ymd(2021, 4, 4), category="meeting")])
    assert export_losses(timeline) == []  # "Eras" is read back as eras: nothing lost
    timeline.era_lanes = frozenset({"filling phases", "era"})
    lines = export_losses(timeline)
    assert lines == [
        "that \u201cFilling phases\u201d is shown as eras (a reopened table shows its events "
        "as a lane of rows; View → Lanes By → Show as Eras makes them eras again)",
        "that \u201cEras\u201d is shown as a lane of rows (a reopened table shows its events "
        "as eras)"]
    notes = export_notes(timeline, "CSV")
    assert notes is not None and "Filling phases" in notes.text()


def test_details_say_an_event_is_shown_as_an_era(window) -> None:  # type: ignore[no-untyped-def]
    document = window.document
    document.replace_timeline(Timeline.from_events([_filling()]), None)
    window.selection.select("f1")
    assert "An era" not in window.detail_pane.plain_text()
    assert document.set_era_lane("filling phases", True)
    text = window.detail_pane.plain_text()
    assert "An era: its lane is shown as eras" in text  # (nothing said it)
    assert "View → Lanes By → Show as Eras" in text
    document.undo_stack.undo()
    assert "An era" not in window.detail_pane.plain_text()
