"""Titles and "+1" badges where the lane has room (verify39 F7).

An aide's timeline of a ceasefire's first week: at 25 November - 18 December the Treaty
lane showed "+1" at 5 and 15 December though the badges' row had room for the 5
December event's whole title (the row took its events all or none,
``layout._in_badge_row``); with the Filters' dates ending on 3 December, the last
statements read "Tshisekedi welcomes the…", "AU's…" cut at the right edge with the
view's left half empty: the hidden events after them made the view one packed from the
world's chunks (``TimelineView._world_beyond_the_right``), whose titles are cut at the
edge to stay put while panning, where ``pack_lane`` puts them whole left of their
markers."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtWidgets import QApplication
from view_pictures import rest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.layout import LaneItem, pack_lane
from timeline_app.ui.timeline_view import TimelineView

pytestmark = pytest.mark.usefixtures("world_packing", "swapped_at_rest")  # (conftest)


def test_a_badge_whose_event_fits_in_the_badges_row_is_its_event_beside_one_that_does_not():
    # Two rows taken by long titles from x=100; two events left over: at 300 (its
    # title fits in the badges' row) and at 820, whose title would go left of its
    # marker over the first one's (too wide for the right edge at 900, where 68 px are
    # left: under ``BADGE_ROW_LEAST_PX``).
    items = [LaneItem("a", 100.0, 100.0, 540.0), LaneItem("b", 110.0, 110.0, 540.0),
             LaneItem("c", 300.0, 300.0, 300.0), LaneItem("d", 820.0, 820.0, 330.0)]
    packing = pack_lane(items, 2, 0.0, 900.0, badge_row=True)
    rows = {placement.key: placement.row for placement in packing.placements}
    assert rows == {"a": 0, "b": 1, "c": 2}
    assert [cluster.keys for cluster in packing.clusters] == [["d"]]
    assert packing.rows_used == 2  # the badge shares the badges' row with "c"
    whole = next(p for p in packing.placements if p.key == "c")
    assert whole.label_width == 300.0


def test_a_title_that_would_run_over_a_badge_after_it_stays_a_badge_too():
    # "c" fits alone, but its title runs over where "d"'s badge is drawn (x=400).
    items = [LaneItem("a", 100.0, 100.0, 700.0), LaneItem("b", 110.0, 110.0, 700.0),
             LaneItem("c", 300.0, 300.0, 300.0), LaneItem("d", 400.0, 400.0, 600.0)]
    packing = pack_lane(items, 2, 0.0, 900.0, badge_row=True)
    assert {p.key for p in packing.placements} == {"a", "b"}
    assert sorted(key for cluster in packing.clusters for key in cluster.keys) == ["c", "d"]


FIRST = _dt.date(2026, 11, 29).toordinal()


def _briefing() -> Timeline:
    def day(offset: int) -> FuzzyDate:
        return FuzzyDate.of_day(_dt.date.fromordinal(FIRST + offset))

    shown = [
        ("s1", "Rwanda's foreign minister Nduhungirehe welcomes the deal", 2),
        ("s2", "Tshisekedi welcomes the ceasefire deal", 3),
        ("s3", "China welcomes the ceasefire framework", 3),
        ("s4", "AU's Youssouf calls on both sides to respect the ceasefire", 4),
    ]
    events = [Event(key, title, day(offset), category="statement")
              for key, title, offset in shown]
    events.append(Event("m1", "Boulos meets Tshisekedi in Kinshasa", day(1),
                        category="meeting"))
    # After the filter's end: hidden, and the timeline goes on past the view.
    events += [Event(f"later{i}", f"Talks resume in Doha, round {i}", day(6 + 5 * i),
                     category="statement") for i in range(4)]
    return Timeline.from_events(events)


def test_a_filtered_views_last_titles_read_whole_left_of_their_markers(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view: TimelineView = shown_view(_briefing(), (625, 420), fit=False)
    view.set_emphasis(None, {f"later{i}" for i in range(4)})
    view.go_to_days(FIRST, FIRST + 5.5)
    view.viewport().repaint()
    QApplication.processEvents()
    assert not view._world_beyond_the_right()  # the shown data ends on screen
    rest(view)
    view.viewport().repaint()
    items = view._layout().items_by_id
    for key in ("s2", "s3", "s4"):
        event = view._document.timeline.get(key)
        assert items[key].label == event.title, key  # whole, not "Tshisekedi welcomes the…"
        assert items[key].label_rect.right() <= items[key].marker.left()  # left of it


@pytest.mark.parametrize("signings", [16, 21])
def test_a_world_packed_views_badge_whose_title_fits_is_its_event(qtbot, shown_view, signings):  # type: ignore[no-untyped-def]
    """The same in a view packed from the world's chunks (the timeline goes on past its
    right edge): signings of one day fill the rows and leave a "+7"; the next
    day's "Talks open", with no row (the titles before it cannot be cut short enough),
    was a second badge, "+1", where the badges' row had room for its title.  With a
    badge of more events than a row holds ("+12", 21 signings), the events beside it
    were not tried at all (fit46): "Talks open" stayed a "+1"."""
    first = _dt.date(2026, 11, 28).toordinal()  # (where the world's chunks fall so)

    def day(offset: int) -> FuzzyDate:
        return FuzzyDate.of_day(_dt.date.fromordinal(first + offset))

    events = [Event(f"r{i}", f"Envoys of both parties sign the long-awaited ceasefire "
                    f"framework in Doha, copy {i}", day(1), category="treaty")
              for i in range(signings)]  # (16: 19 in the lane, 9 rows, ``LANE_ROWS_EASED``)
    events += [Event("fits", "Talks open", day(2), category="treaty"),
               Event("cut", "Ceasefire takes effect in North Kivu after long talks "
                     "(scheduled)", day(9), category="treaty"),
               Event("later", "Talks resume", day(40), category="treaty")]
    view: TimelineView = shown_view(Timeline.from_events(events), (900, 300), fit=False)
    view.go_to_days(first, first + 10)
    view.viewport().repaint()
    QApplication.processEvents()
    assert view._world_beyond_the_right()
    rest(view)
    assert view._world_at == view._world_here()
    lane = view._layout().lanes[0]
    badges = [set(badge.keys) for badge in lane.badges]
    assert badges and all("fits" not in keys for keys in badges)
    assert len(badges) == 1  # the signings' day's
    talks = next(item for item in lane.items if item.event_id == "fits")
    assert talks.label == "Talks open"
    assert abs(talks.rect.center().y() - lane.badges[0].rect.center().y()) < 4  # that row


@pytest.mark.parametrize("signings", [4, 12, 40])
def test_a_badge_too_big_for_the_row_leaves_the_event_beside_it_its_title(signings):
    # A day's signings fill the two rows and leave a badge; the next event's short title
    # fits in the badges' row right of it.  With more than ``BADGE_ROW_EVENTS`` in that
    # badge ("+10"), none of the badges' events were tried: "fits" was a second "+1".
    items = [LaneItem(f"r{i}", 100.0, 100.0, 540.0) for i in range(signings)]
    items += [LaneItem("fits", 300.0, 300.0, 80.0)]
    packing = pack_lane(items, 2, 0.0, 900.0, badge_row=True)
    assert [len(cluster.keys) for cluster in packing.clusters] == [signings - 2]
    fits = next(p for p in packing.placements if p.key == "fits")
    assert fits.row == 2 and fits.label_x == 312.0
    assert packing.rows_used == 2  # (the badge shares the badges' row)


def test_a_badge_whose_title_fits_shortened_at_the_edge_is_its_event():
    # Two rows taken; "c"'s title (700 px) would cross the right edge at 900 and is too
    # wide for its left: shortened to the edge it keeps more than its floor (150 px), as
    # a title in the rows may.
    # (the rows' titles never shortened: no floor)
    items = [LaneItem("a", 100.0, 100.0, 540.0), LaneItem("b", 110.0, 110.0, 540.0),
             LaneItem("c", 640.0, 640.0, 700.0, 150.0)]
    packing = pack_lane(items, 2, 0.0, 900.0, badge_row=True)
    assert not packing.clusters
    c = next(p for p in packing.placements if p.key == "c")
    assert c.row == 2 and c.label_x == 652.0 and c.label_width == 900.0 - 652.0


def _treaty_week() -> Timeline:
    """The Treaty lane of verify39's briefing: a week of signings and statements, a
    scheduled ceasefire and talks ten days later, with an event of another lane."""
    def day(date: str) -> FuzzyDate:
        return FuzzyDate.of_day(_dt.date.fromisoformat(date))

    treaty = [("2026-12-01", "DRC and M23 sign ceasefire framework in Doha"),
              ("2026-12-01", "Rwanda's foreign minister Nduhungirehe welcomes the deal"),
              ("2026-12-02", "Tshisekedi welcomes the ceasefire deal"),
              ("2026-12-02", "M23 begins pullback from Walikale"),
              ("2026-12-02", "China welcomes the ceasefire framework"),
              ("2026-12-03", "AU's Youssouf calls on both sides to respect the ceasefire"),
              ("2026-12-05", "Ceasefire takes effect in North Kivu (scheduled)"),
              ("2026-12-15", "Talks on final peace accord resume in Doha (scheduled)")]
    events = [Event(f"t{i}", title, day(date), category="treaty")
              for i, (date, title) in enumerate(treaty)]
    events += [Event("p", "M23 to withdraw its fighters (scheduled)", day("2026-12-11"),
                     category="policy"),
               Event("m", "Boulos meets Tshisekedi in Kinshasa", day("2026-11-30"),
                     category="meeting")]
    return Timeline.from_events(events)


def test_a_world_packed_views_edge_shows_titles_not_badges(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """Where the timeline goes on past the right edge (the view packed from the world's
    chunks): the 5 December ceasefire, left over from the Treaty lane's rows, was a
    "+1" though its title, shortened at the edge, fits the badges' row; "M23 to withdraw
    its fighters" at the right edge read "M23…" with its row empty to the left."""
    view: TimelineView = shown_view(_treaty_week(), (625, 420), fit=False)
    first = _dt.date(2026, 11, 23).toordinal()
    view.go_to_days(first, first + 19)
    view.viewport().repaint()
    QApplication.processEvents()
    assert view._world_beyond_the_right()
    rest(view)
    lanes = {lane.category: lane for lane in view._layout().lanes}
    treaty = lanes["treaty"]
    assert not treaty.badges
    ceasefire = next(item for item in treaty.items if item.event_id == "t6")
    assert ceasefire.label.startswith("Ceasefire takes effect")
    (withdraw,) = lanes["policy"].items
    assert withdraw.label == "M23 to withdraw its fighters (scheduled)"
    assert withdraw.label_rect.right() <= withdraw.marker.left()


def test_a_badge_whose_title_has_a_few_words_of_room_on_its_right_is_its_event():
    # s33's 15 December: its title (330 px) has 119 px right of its marker before the
    # edge at 855, under the rows' floor (150 px), and its left is taken by the title
    # placed before it in the badges' row: "Talks on final…" there, not "+1".
    items = [LaneItem("a", 100.0, 100.0, 700.0), LaneItem("b", 110.0, 110.0, 700.0),
             LaneItem("c", 387.0, 387.0, 290.0, 150.0),
             LaneItem("d", 724.0, 724.0, 330.0, 150.0)]
    packing = pack_lane(items, 2, 0.0, 855.0, badge_row=True)
    assert not packing.clusters
    d = next(p for p in packing.placements if p.key == "d")
    assert d.row == 2 and d.label_x == 736.0 and d.label_width == 855.0 - 736.0
