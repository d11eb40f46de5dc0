"""An event added or moved into a lane takes no untouched event's row (verify68 F10: a
merge moved the untouched "Ministers … meet in Tashkent" from row 3 to row 6 of the
Meeting lane, and "Visit cancelled" edited into the Visit lane moved the Toktogul visit
from row 1 to row 3, though the README says the other events keep their rows).  The event
with no row before in the lane took the first free row, which an event after it had
before, and that event went to a new row at the bottom; with a row for each event the one
that came goes there instead (``layout._hinted_row``)."""

from __future__ import annotations

import dataclasses

from timeline_app.ui.layout import LaneItem, pack_lane

# rows before: B 0, C 1; N came into the lane (no row before) and reaches over both
N = LaneItem("came", 0.0, 0.0, 300.0)
B = LaneItem("b", 10.0, 10.0, 300.0)
C = LaneItem("c", 20.0, 20.0, 300.0)


def test_the_event_that_came_goes_below_the_rows_of_the_others() -> None:
    packing = pack_lane([N, B, C], 12, view_left=0.0, view_right=1000.0,
                        rows_before=lambda key: {"b": 0, "c": 1}.get(key, -1))
    rows = {p.key: p.row for p in packing.placements}
    assert rows == {"b": 0, "c": 1, "came": 2}
    assert not packing.clusters


def test_with_fewer_rows_than_events_it_still_takes_a_row_it_is_shown_in() -> None:
    packing = pack_lane([N, B, C], 2, view_left=0.0, view_right=1000.0,
                        rows_before=lambda key: {"b": 0, "c": 1}.get(key, -1))
    rows = {p.key: p.row for p in packing.placements}
    assert rows["came"] == 0  # shown, as before (verify54 F13): the one it displaced folds
    assert len(rows) == 2 and [c.keys for c in packing.clusters] in ([["b"]], [["c"]])


def _lane_rows(view, lane: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.view_base import LANE_HEADER, ROW_HEIGHT

    view.viewport().repaint()
    QApplication.processEvents()
    return {item.event_id: round((item.marker.center().y() - geometry.top - LANE_HEADER
                                  - ROW_HEIGHT / 2) / ROW_HEIGHT)
            for geometry in view._layout().lanes if geometry.category == lane
            for item in geometry.items}


def _story():  # type: ignore[no-untyped-def]
    from timeline_app.core import Event, FuzzyDate, Timeline

    def day(y: int, m: int, d: int) -> FuzzyDate:
        return FuzzyDate.of_ymd(y, m, d)

    # a century around a fortnight (as the trial's 1924 to 2040): the fortnight's events
    # share one x, so each takes a row of its own
    return Timeline.from_events([
        Event("delim", "Soviet national delimitation", day(1924, 10, 27), category="treaty"),
        Event("goal", "Basin-wide water treaty to take effect", day(2040, 1, 1),
              category="treaty"),
        Event("pipe", "Pipeline shut", day(2026, 11, 25), category="policy"),
        Event("cancel", "Visit cancelled", day(2026, 12, 3), category="policy"),
        Event("dam", "Mirziyoyev and Japarov visit Toktogul dam", day(2026, 12, 15),
              category="visit"),
        Event("osh", "Shavkat Mirziyoyev visits Osh (scheduled)", day(2026, 12, 16),
              category="visit"),
        Event("tash", "Ministers meet in Tashkent", day(2026, 12, 1), category="meeting"),
        Event("khujand", "Presidents meet in Khujand", day(2025, 3, 13),
              category="meeting"),
        Event("talks", "Talks in Bishkek (scheduled)", day(2026, 12, 14),
              category="meeting"),
    ], title="Syr Darya")


def _shown_story(window):  # type: ignore[no-untyped-def]
    """The story in ``window`` at Fit All: its document and view."""
    from PySide6.QtWidgets import QApplication

    window.document.replace_timeline(_story(), None)
    QApplication.processEvents()
    window.view.fit_all()
    return window.document, window.view


def test_an_event_edited_into_a_lane_leaves_its_events_rows(window) -> None:  # type: ignore[no-untyped-def]
    document, view = _shown_story(window)
    before = _lane_rows(view, "visit")
    assert sorted(before.values()) == [0, 1]
    cancelled = document.timeline.get("cancel")
    document.update_event(dataclasses.replace(cancelled, category="visit"))
    after = _lane_rows(view, "visit")
    assert {key: after[key] for key in before} == before
    assert after["cancel"] == 2


def test_an_event_merged_in_leaves_the_lanes_rows(window) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import Event, FuzzyDate

    document, view = _shown_story(window)
    before = _lane_rows(view, "meeting")
    document.add_event(Event("treaty", "Presidents sign border treaty",
                             FuzzyDate.of_ymd(2026, 12, 2), category="meeting"))
    added = _lane_rows(view, "meeting")
    assert {key: added[key] for key in before} == before
    document.merge_into_one(["talks", "treaty"])
    merged = _lane_rows(view, "meeting")
    assert merged["tash"] == before["tash"] and merged["khujand"] == before["khujand"]
