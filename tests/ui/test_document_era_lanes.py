"""Show as Eras in the model (verify45 F15, session 36): ``Document.set_era_lane`` is one
undo step (``commands.SetEraLanesCommand``) changing ``Timeline.era_lanes``; a renamed era
lane stays one (``core.lanes.renamed_eras``, inside ``ChangeLanesCommand``)."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.lanes import renamed_eras, with_era_lane
from timeline_app.document import Document


def _timeline() -> Timeline:
    return Timeline.from_events([
        Event("f1", "First filling", FuzzyDate.of_month(2020, 7), end=FuzzyDate.of_month(2020, 8),
              category="filling"),
        Event("c", "Cold War", FuzzyDate.of_year(1947), category="eras"),
        Event("t", "Talks", FuzzyDate.of_ymd(2021, 4, 4), category="meeting"),
    ])


def test_show_as_eras_is_one_undo_step(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    document = Document(_timeline())
    timeline = document.timeline
    assert timeline.era_lanes is None and timeline.is_era_lane("eras")
    with qtbot.waitSignal(document.era_lanes_changed):
        assert document.set_era_lane("filling", True)
    assert timeline.era_lanes == frozenset({"era", "eras", "filling"})
    assert document.undo_stack.undoText() == "Show Filling as Eras"
    assert document.is_modified
    assert not document.set_era_lane("filling", True)  # already: no step
    assert document.undo_stack.count() == 1
    assert document.set_era_lane("eras", False)
    assert document.undo_stack.undoText() == "Show Eras as a Lane"
    assert not timeline.is_era_lane("eras") and timeline.is_era_lane("filling")
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert timeline.era_lanes is None and not document.is_modified
    document.undo_stack.redo()
    assert timeline.is_era_lane("filling")


def test_a_renamed_era_lane_stays_one_and_undo_takes_it_back(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(_timeline())
    timeline = document.timeline
    document.set_era_lane("filling", True)
    assert document.rename_lane("filling", "Filling phases")
    assert timeline.is_era_lane("Filling phases") and not timeline.is_era_lane("filling")
    document.undo_stack.undo()
    assert timeline.is_era_lane("filling") and not timeline.is_era_lane("Filling phases")


def test_renaming_keeps_how_a_lane_is_shown() -> None:
    timeline = _timeline()
    # A lane of rows renamed "Eras" stays rows; an era lane merged into rows takes rows.
    assert renamed_eras(timeline, "meeting", "eras", merging=False) == frozenset({"era"})
    assert renamed_eras(timeline, "eras", "meeting", merging=True) == frozenset({"era"})
    assert renamed_eras(timeline, "meeting", "talks", merging=False) is None  # unchanged
    assert with_era_lane(timeline, "eras", True) is None
    assert with_era_lane(timeline, "meeting", True) == frozenset({"era", "eras", "meeting"})
