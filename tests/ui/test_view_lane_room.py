"""How a lane's rows are shared out (``TimelineView._lane_room``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Event, Timeline


def _lanes(meetings: int) -> Timeline:
    """One event in "event", four in "treaty", ``meetings`` days apart by one in
    "meeting": too close for two titles to share a row at Fit All."""
    events = [Event("e", "Europeans brief the United States in Washington",
                    FuzzyDate(2025, 4, 22), category="event")]
    events += [Event(f"t{i}", f"Deadline agreement number {i} on the talks",
                     FuzzyDate(2025, 3, 14 + i), category="treaty") for i in range(4)]
    events += [Event(f"m{i}", f"Round {i} of the nuclear talks in Vienna or Geneva",
                     FuzzyDate(2025, 4, 1 + i), category="meeting") for i in range(meetings)]
    return Timeline.from_events(events)


def test_a_lane_with_room_for_each_event_shows_them_all(shown_view) -> None:  # type: ignore[no-untyped-def]
    """verify22 (session 18): a lane of 7 events overlapping in time showed 6 and a "+1"
    above ~75 px left empty: each lane's need counted a "+N" row that a lane of ``n``
    events in ``n`` rows never uses, and a lane given room for ``n`` rows kept one for
    the badge all the same."""
    view = shown_view(_lanes(7), size=(900, 520))
    QApplication.processEvents()
    layout = view._layout()
    meeting = next(lane for lane in layout.lanes if lane.category == "meeting")
    shown = {item.event_id for item in meeting.items}
    assert shown == {f"m{i}" for i in range(7)}, view._lane_room()
    assert not meeting.badges
    bottom = layout.lanes[-1].top + layout.lanes[-1].height
    assert bottom <= view.viewport().height()  # it fits without a scroll


def test_a_lane_with_more_events_than_room_keeps_a_row_for_its_badge(shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_lanes(30), size=(900, 480))
    QApplication.processEvents()
    layout = view._layout()
    meeting = next(lane for lane in layout.lanes if lane.category == "meeting")
    assert meeting.badges and len(meeting.items) < 30


def test_one_event_more_than_the_rows_takes_the_badges_row(shown_view) -> None:  # type: ignore[no-untyped-def]
    """verify23 (session 18): in a small view (six rows, the least a lane gets) a lane of
    7 events overlapping in time showed 6 and a "+1" in a seventh row, where the seventh
    event's own row would have been no taller."""
    from timeline_app.ui.timeline_view import MAX_ROWS

    view = shown_view(_lanes(MAX_ROWS + 1), size=(900, 300))
    QApplication.processEvents()
    meeting = next(lane for lane in view._layout().lanes if lane.category == "meeting")
    assert {item.event_id for item in meeting.items} == {f"m{i}" for i in range(MAX_ROWS + 1)}
    assert not meeting.badges
    # More than the rows hold even with titles left of their markers (verify43 F11: two
    # a row, one each side, where the row is free left of the first): a "+N" row.  (A
    # lane's rows grow to ``LANE_ROWS_GROWN`` whatever the height, verify51 F16.)
    from timeline_app.ui.view_base import LANE_ROWS_GROWN

    crowded = shown_view(_lanes(2 * LANE_ROWS_GROWN + 2), size=(900, 300))
    QApplication.processEvents()
    lane = next(lane for lane in crowded._layout().lanes if lane.category == "meeting")
    assert len(lane.items) < 2 * LANE_ROWS_GROWN + 2 and lane.badges


def test_a_lane_of_a_few_events_grows_rows_where_the_lanes_scroll(shown_view) -> None:  # type: ignore[no-untyped-def]
    """verify51 F16: a lane of 8 events overlapping in time showed 7 and a "+1" badge in
    a maximised window whose lanes scrolled anyway (its share of the height held 6 rows,
    the floor ``MAX_ROWS``).  A lane gets a row for each of its events up to
    ``LANE_ROWS_GROWN`` whatever the height (the lanes scroll); "+N" is for crowding."""
    from timeline_app.ui.view_base import LANE_ROWS_GROWN

    for meetings in (8, LANE_ROWS_GROWN):
        view = shown_view(_lanes(meetings), size=(900, 300))
        QApplication.processEvents()
        layout = view._layout()
        meeting = next(lane for lane in layout.lanes if lane.category == "meeting")
        assert {item.event_id for item in meeting.items} == {
            f"m{i}" for i in range(meetings)}, view._lane_room()
        assert not meeting.badges
        assert view.verticalScrollBar().maximum() > 0  # the lanes scroll instead
    # Crowded: more titles overlapping in time than those rows hold.
    crowded = shown_view(_lanes(29), size=(900, 300))
    QApplication.processEvents()
    lane = next(lane for lane in crowded._layout().lanes if lane.category == "meeting")
    assert lane.badges and len(lane.items) >= LANE_ROWS_GROWN


def test_a_busier_lane_gives_up_its_rows_a_step_at_a_time(shown_view) -> None:  # type: ignore[no-untyped-def]
    """layout46's leftover: a lane of 12 events had a row for each, one of 13 fell to the
    share rule's 6 rows and a "+7" badge.  Now a row fewer for each ``LANE_ROWS_EASED``
    events more, down to ``MAX_ROWS``."""
    from timeline_app.ui.view_base import LANE_ROWS_GROWN, MAX_ROWS

    shown = []
    for meetings in range(LANE_ROWS_GROWN, LANE_ROWS_GROWN + 16):
        view = shown_view(_lanes(meetings), size=(900, 300))
        QApplication.processEvents()
        rows = dict(zip((lane.category for lane in view._lanes), view._lane_room(),
                        strict=True))["meeting"][0]
        shown.append(rows)
    assert shown[:2] == [LANE_ROWS_GROWN, LANE_ROWS_GROWN + 1], shown  # (13: no "+1")
    steps = [a - b for a, b in zip(shown[1:], shown[2:], strict=False)]
    assert max(steps) <= 2 and min(shown) == MAX_ROWS, shown  # (was 13 -> 6 at once)
    assert shown[2] == LANE_ROWS_GROWN - 1, shown
    assert shown == sorted(shown[:2]) + sorted(shown[2:], reverse=True), shown
