"""Fit All on a linear scale reads the most recent titles whole (the coordinator, session
26, on a history teacher's timeline of verify34: 1947-2025, the Cold War era filling the
gaps so the scale is linear, the last decade dense; verify35's journalist saw the same on
his 1990-2026 file and in the whole timeline's picture).  Stage 2 of the view's packing
(frames29) shortened a title at the view's right edge instead of flipping it left of its
marker, so that it stays put while the view pans; at Fit All the recent half read
"Yoon…", "Japan…", "Fumi…" and a dozen markers had no title.  Where the view shows the
data's end there is nothing to pan into: the lanes are packed as before (``pack_lane``,
titles left of their markers at the edge), the world's chunks only while the data goes
on past the right edge (``TimelineView._world_beyond_the_right``)."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

pytestmark = pytest.mark.usefixtures("world_packing", "swapped_at_rest")  # (conftest)

RECENT = [  # (year, month, lane, title): the last decade, dense
    (2015, 12, "treaty", "South Korea and Japan agree on comfort women"),
    (2016, 11, "treaty", "South Korea and Japan sign the GSOMIA pact"),
    (2018, 10, "dispute", "Supreme Court orders Nippon Steel to compensate"),
    (2019, 7, "policy", "Japan tightens export controls on three materials"),
    (2019, 8, "policy", "Japan removes South Korea from its white list"),
    (2023, 3, "meeting", "Yoon Suk Yeol and Fumio Kishida meet in Tokyo"),
    (2023, 5, "meeting", "Fumio Kishida visits Seoul for a return summit"),
    (2024, 11, "dispute", "South Korea boycotts the Sado mines memorial"),
    (2025, 2, "meeting", "Cho and Iwaya meet in Munich"),
    (2025, 3, "meeting", "Cho and Iwaya hold talks in Tokyo"),
]


def _timeline() -> Timeline:
    events = [Event("cold-war", "Cold War", FuzzyDate.of_year(1947),
                    end=FuzzyDate.of_year(1991), category="eras"),
              Event("moon", "Moon Jae-in presidency", FuzzyDate.of_month(2017, 5),
                    end=FuzzyDate.of_month(2022, 5), category="eras"),
              Event("treaty-1965", "Treaty on Basic Relations", FuzzyDate.of_ymd(1965, 6, 22),
                    category="treaty")]
    events += [Event(f"r{i}", title, FuzzyDate.of_month(year, month), category=lane)
               for i, (year, month, lane, title) in enumerate(RECENT)]
    return Timeline.from_events(events)


def test_fit_all_on_a_linear_scale_reads_the_recent_titles_whole(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_timeline(), (1000, 700))
    QApplication.processEvents()
    assert not view._scale.breaks  # the case: a linear scale (the eras fill the gaps)
    assert not view._world_beyond_the_right()
    width = view.viewport().width()
    items = {item.event_id: item for lane in view._layout().lanes for item in lane.items}
    titles = {f"r{i}": title for i, (_y, _m, _l, title) in enumerate(RECENT)}
    cut = [(titles[key], items[key].label) for key in titles
           if key in items and items[key].label != titles[key]]
    assert not cut, f"{len(cut)} recent titles not whole: {cut}"
    assert all(key in items for key in titles)  # none in a "+N"
    for key in titles:
        assert 0 <= items[key].label_rect.left() and items[key].label_rect.right() <= width


def test_the_worlds_chunks_pack_a_view_with_data_beyond_its_right_edge(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_timeline(), (1000, 700))
    first = _dt.date(2015, 1, 1).toordinal()
    view.go_to_days(first, first + 2 * 365)
    QApplication.processEvents()
    assert view._world_beyond_the_right()  # 2015-2016 of a timeline to 2025
    last = _dt.date(2024, 6, 1).toordinal()
    view.go_to_days(last, last + 2 * 365)
    QApplication.processEvents()
    assert not view._world_beyond_the_right()  # its end on screen


def test_at_rest_the_data_end_keeps_pack_lane(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """The chunks are swapped in once the view rests (session 27, frames31), but not
    where it shows the data's end: the same zoom, panned to the end, is ``pack_lane``'s
    whole titles again."""
    view = shown_view(_timeline(), (1000, 700))
    first = _dt.date(2015, 1, 1).toordinal()
    view.go_to_days(first, first + 2 * 365)
    QApplication.processEvents()
    view._world_rest_timer.setInterval(150)  # (tests: views never rest unless made to)
    view._world_rest_timer.start()
    qtbot.waitUntil(lambda: view._world_at == view._world_here(), timeout=10000)
    assert view._layout().world_lanes is not None
    last = _dt.date(2023, 6, 1).toordinal()
    view.go_to_days(last, last + 2 * 365)  # (the same zoom: the chunks' zoom)
    QApplication.processEvents()
    assert view._world_at == view._world_here()
    assert not view._world_beyond_the_right()
    layout = view._layout()
    assert layout.world_lanes is None  # packed by ``pack_lane``
    width = view.viewport().width()
    items = {item.event_id: item for lane in layout.lanes for item in lane.items}
    for key in ("r8", "r9"):  # 2025's: whole, on screen
        assert items[key].label == RECENT[int(key[1:])][3]
        assert 0 <= items[key].label_rect.left() and items[key].label_rect.right() <= width
