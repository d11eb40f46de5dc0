"""Titles that stay put while panning (issue 11, frames28, frames29): a pan by small steps
keeps every title that stays in view in its row, on its side of its marker, with its
text.

The view packed each lane of rows from its left edge at every frame (``layout.pack_lane``
through ``TimelineView._pack_by_stretch``), so the rows were dealt again and titles jumped
rows and were cut elsewhere under the user's eyes (257 titles moved in this test).  On a
linear scale the view now packs from chunks anchored to the world
(``TimelineView._world_packing``, ``ui.chunk_packing.WorldLane``: stage 2 of frames28's
plan, ``benchmarks/README.md``).  Titles at the view's edges follow the edges' rules
(``timeline_view._at_the_edges``: shortened at the right edge, moved to the left edge, a
title left of its marker shortened at the left edge):
a title shortened at the right edge is not wholly in view, and is not compared."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed

from timeline_app.ui.layout import LABEL_GAP
from timeline_app.ui.timeline_view import MAX_LABEL_PX, TimelineView

pytestmark = pytest.mark.usefixtures("world_packing")  # (conftest: views rest only when made to)


def _rested(qtbot, view: TimelineView) -> None:  # type: ignore[no-untyped-def]
    """The view left to rest: its world chunks packed while the app waits and swapped in
    (``TimelineView._world_rested``; a new zoom level is packed by ``pack_lane`` until
    then, session 27, frames31), and its frame painted."""
    view._world_rest_timer.setInterval(0)  # (tests: views never rest unless made to)
    view._world_rest_timer.start()
    qtbot.waitUntil(lambda: view._world_at == view._world_here(), timeout=10000)
    view.viewport().repaint()


def _titles(view: TimelineView) -> dict[str, tuple[int, bool, str]]:
    """Per event whose marker and whole title are in the view (lanes of rows on
    screen): its row (the title's middle, px), whether the title is left of its marker,
    and the title's text."""
    width = view.viewport().width()
    shown: dict[str, tuple[int, bool, str]] = {}
    for lane in view._layout().lanes:
        if lane.dense:
            continue
        for item in lane.items:
            label, marker = item.label_rect, item.marker
            if (label.left() < 0 or label.right() > width or marker.right() < 0
                    or marker.left() > width or label.width() <= 0):
                continue
            whole = min(view._label_width(view._placed[item.event_id]), MAX_LABEL_PX)
            if not item.label_inside and label.left() + whole > width:
                continue  # shortened at the right edge ("…"): the rest shows as it pans
            if (label.right() <= marker.left() and marker.left() - LABEL_GAP - whole < 0.5
                    and label.width() + 0.5 < whole):
                # left of its marker, shortened at the left edge (verify43 F11): whole,
                # it would cross the edge (it ends at its marker, view86: not always
                # from the edge)
                continue
            shown[item.event_id] = (round(label.center().y()),
                                    label.right() <= marker.left(), item.label)
    return shown


def test_a_pan_by_small_steps_keeps_each_titles_row_side_and_text(qtbot, shown_view):
    view = shown_view(_mixed(4500), (1100, 560), fit=False)
    first = _dt.date(1993, 1, 1).toordinal()
    view.go_to_days(first, first + 120)  # (a year: every lane a density at 1100 px)
    QApplication.processEvents()
    _rested(qtbot, view)
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 16)
    before = _titles(view)
    assert len(before) > 10  # a crowded view of rows
    moved: list[tuple[str, object, object]] = []
    for _ in range(12):
        bar.setValue(bar.value() + step)
        QApplication.processEvents()
        now = _titles(view)
        moved += [(event_id, before[event_id], place) for event_id, place in now.items()
                  if event_id in before and before[event_id] != place]
        before = now
    assert not moved, f"{len(moved)} titles moved, e.g. {moved[:3]}"


def _drag_titles(view: TimelineView) -> dict[str, tuple[int, bool, str]]:
    """``_titles`` of the view's layout as shown now (a drag's frame: its stretch seen
    from the view), titles at the edges left out as there."""
    return _titles(view)


@pytest.mark.parametrize("days", [60.0, 120.0, 200.0])
def test_a_drag_keeps_the_titles_at_its_start_and_at_its_release(qtbot, shown_view, days):
    """Frames28's plan, step 5: a drag packs its stretch from the same chunks as the view,
    so no title jumps when the drag starts (the view at rest -> its frames) or ends (its
    last frame -> the view at rest)."""
    from test_view_drag_frames import FIRST, _empty_spot, _mouse
    from test_view_pan_gesture import _move, _release, _shown

    view = shown_view(_mixed(4500), (1100, 560), fit=False)
    view.go_to_days(FIRST, FIRST + days)
    QApplication.processEvents()
    _rested(qtbot, view)
    rest = _titles(view)
    assert len(rest) > 10
    # Titles the view at rest shortened at its right edge stay so while the drag shows
    # what it showed (``_pinned_stretch``, as on main) and are whole after the release.
    width = view.viewport().width()
    cut = {item.event_id for lane in view._layout().lanes if not lane.dense
           for item in lane.items if item.label_rect.left() + min(
               view._label_width(view._placed[item.event_id]), MAX_LABEL_PX) > width}
    press = _empty_spot(view)
    _mouse(view, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    x = press.x()
    moved: list[tuple[str, object, object]] = []
    before = rest
    for dx in (-9, -17, -31, -60, -45):
        x += dx
        _move(view, x, press.y())
        _shown(view)
        now = _drag_titles(view)
        moved += [(event_id, before[event_id], place) for event_id, place in now.items()
                  if event_id in before and before[event_id] != place
                  and event_id not in cut]
        before = now
    assert view._pan is not None and view._pan.moved
    _release(view, x, press.y())
    assert view._pan is None
    _shown(view)
    after = _titles(view)
    moved += [(event_id, before[event_id], place) for event_id, place in after.items()
              if event_id in before and before[event_id] != place and event_id not in cut]
    assert not moved, f"{len(moved)} titles moved, e.g. {moved[:3]}"


def test_the_edges_rules():
    """``_at_the_edges`` (viewport px, a view 1000 px wide): a title crossing the right
    edge is shortened to end there; one with less than ``EDGE_FLIP_PX`` there goes left
    of its marker where its row has room for twice that, else, with less than
    ``EDGE_TITLE_LEAST_PX``, it is not shown; a bar's label wholly past the edge goes
    inside its part on screen; a label inside a bar begun off screen starts at the edge,
    or goes right of the bar when more of it fits there."""
    from timeline_app.ui.layout import LaneItem, Placement
    from timeline_app.ui.timeline_view import EDGE_TITLE_LEAST_PX, _at_the_edges

    def edges(*rows: tuple[Placement, LaneItem]) -> list[Placement]:
        return _at_the_edges([p for p, _i in rows], {i.key: i for _p, i in rows}, 1000.0)

    # right edge: cut where its row is taken left of it (a title ending at 860 px),
    # or nothing under the least width
    _before, cut = edges((Placement("q", 0, 512.0, False, 348.0),
                          LaneItem("q", 500.0, 500.0, 348.0)),
                         (Placement("p", 0, 900.0, False, 300.0),
                          LaneItem("p", 888.0, 888.0, 300.0)))
    assert (cut.label_x, cut.label_width) == (900.0, 100.0)
    # its row free on the left: whole left of its marker (verify57 F25)
    (whole,) = edges((Placement("p", 0, 900.0, False, 300.0),
                      LaneItem("p", 888.0, 888.0, 300.0)))
    assert (whole.label_x, whole.label_width) == (888.0 - 6.0 - 6.0 - 300.0, 300.0)
    # too long for either side: left of its marker, shortened, where twice as much of it
    # reads there as on the right (its row taken up to 510 px; 138 px on the right)
    _q, left_cut = edges((Placement("q", 0, 312.0, False, 188.0),
                          LaneItem("q", 300.0, 300.0, 188.0)),
                         (Placement("p", 0, 862.0, False, 460.0),
                          LaneItem("p", 850.0, 850.0, 460.0)))
    assert (left_cut.label_x, left_cut.label_width) == (510.0, 850.0 - 12.0 - 510.0)
    # ... else shortened on the right (its row taken up to 610 px: 228 px on the left)
    _q, right_cut = edges((Placement("q", 0, 312.0, False, 288.0),
                           LaneItem("q", 300.0, 300.0, 288.0)),
                          (Placement("p", 0, 862.0, False, 460.0),
                           LaneItem("p", 850.0, 850.0, 460.0)))
    assert (right_cut.label_x, right_cut.label_width) == (862.0, 138.0)
    # a label inside a bar at the right edge, too long for it: whole left of the bar
    (bar_left,) = edges((Placement("b", 0, 904.0, True, 300.0),
                         LaneItem("b", 900.0, 1100.0, 300.0)))
    assert (bar_left.label_x, bar_left.label_width) == (900.0 - 6.0 - 300.0, 300.0)
    assert not bar_left.label_inside
    # (its row taken left of it: a title ending at 860 px)
    _before, tiny = edges((Placement("q", 0, 512.0, False, 348.0),
                           LaneItem("q", 500.0, 500.0, 348.0)),
                          (Placement("p", 0, 1000.0 - EDGE_TITLE_LEAST_PX + 1, False, 300.0),
                           LaneItem("p", 970.0, 970.0, 300.0)))
    assert tiny.label_width == 0.0
    # under ``EDGE_FLIP_PX`` on the right, its row free on the left: left of its marker
    (flipped,) = edges((Placement("p", 0, 1000.0 - EDGE_TITLE_LEAST_PX + 1, False, 300.0),
                        LaneItem("p", 970.0, 970.0, 300.0)))
    assert (flipped.label_x, flipped.label_width) == (970.0 - 6.0 - 6.0 - 300.0, 300.0)
    (left,) = edges((Placement("p", 0, 930.0, False, 300.0),
                     LaneItem("p", 918.0, 918.0, 300.0)))
    assert left.label_x + left.label_width < 918.0
    # a bar running past the right edge whose label lies past it: inside, shortened
    (bar,) = edges((Placement("b", 0, 1506.0, False, 200.0),
                    LaneItem("b", 800.0, 1500.0, 200.0)))
    assert bar.label_inside and bar.label_x == 804.0 and bar.label_width == 192.0
    # a marker just off the left edge: its title at the edge, before the next item
    slid, nxt = edges((Placement("a", 0, -4.0, False, 300.0),
                       LaneItem("a", -16.0, -16.0, 300.0)),
                      (Placement("n", 0, 162.0, False, 100.0),
                       LaneItem("n", 150.0, 150.0, 100.0)))
    assert (slid.label_x, slid.label_width) == (0.0, 150.0 - 6.0 - 10.0)
    assert nxt == Placement("n", 0, 162.0, False, 100.0)
    # a title away from the edges: the world's
    (away,) = edges((Placement("n", 0, 162.0, False, 100.0),
                     LaneItem("n", 150.0, 150.0, 100.0)))
    assert away == Placement("n", 0, 162.0, False, 100.0)
    # a label inside a bar begun off screen: at the edge; right of a short part
    (inside,) = edges((Placement("s", 0, -496.0, True, 200.0),
                       LaneItem("s", -500.0, 400.0, 200.0)))
    assert inside.label_inside and inside.label_x == 4.0 and inside.label_width == 200.0
    (out,) = edges((Placement("s", 0, -496.0, True, 200.0),
                    LaneItem("s", -500.0, 30.0, 200.0)))
    assert not out.label_inside and out.label_x == 36.0 and out.label_width == 200.0


def _meetings(seed: int):  # type: ignore[no-untyped-def]
    """benchmarks/rows_kept.py's timeline: 140 meetings over 2025 in one lane, 40
    statements and 20 treaties, titles of 2-8 words."""
    import random

    from rows_kept import _timeline

    return _timeline(random.Random(seed))


def _rows_of(view: TimelineView, lane: str) -> dict[str, int]:
    from rows_kept import _rows

    return _rows(view, lane)


@pytest.mark.parametrize("where", ["fit", "fit_import", "month"])
def test_an_import_into_a_crowded_lane_keeps_the_rows_of_the_events_shown(
        qtbot, shown_view, where):  # type: ignore[no-untyped-def]
    """verify54 F13: an import into a crowded lane packed its rows again from scratch,
    and events the user was looking at changed row under the pointer.  The rows shown
    before are hints to the packing (``pack_lane``'s ``rows_before``, and the world's
    chunks' at a month's zoom).  Of the meetings shown, 8 added across the view
    (benchmarks/rows_kept.py's timelines 3, 4 and 2), before → now: ``fit`` 35 of 42
    in another row and 7 in a "+N" → 0 and 2; ``fit_import`` (the import then shown as
    ``MainWindow`` shows an article's: Fit All again, a little wider for the new events,
    the hints serving a zoom within ``ROW_HINTS_ZOOM``) 25 of 41 and 13 → 0 and 12;
    ``month`` 11 of 11 → 1 (an added meeting shown takes a row, the one there moves or
    joins the "+N"); as many of the added ones shown."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from timeline_app.core import Event, FuzzyDate

    view = shown_view(_meetings({"fit": 3, "fit_import": 4, "month": 2}[where]),
                      size=(1366, 700))
    if where == "month":
        view.go_to_days(_dt.date(2025, 6, 1).toordinal(), _dt.date(2025, 6, 30).toordinal())
    view._auto_fit = False
    first, last = view.visible_days()
    before = _rows_of(view, "meeting")
    step = (last - first - 2) / 8
    added = [Event(f"new{i}", f"Added meeting number {i}",
                   FuzzyDate.of_day(_dt.date.fromordinal(int(first + 1 + i * step + 3))),
                   category="meeting") for i in range(8)]
    view._document.import_events(None, added)
    if where == "fit_import":
        from timeline_app.ui.main_window import FIT_AFTER_IMPORT

        ppd = view.px_per_day()
        view.fit_all()
        fitted = view.px_per_day()
        view.fit_days(added[0].day_range()[0], added[-1].day_range()[1])
        assert fitted >= FIT_AFTER_IMPORT * view.px_per_day()
        view.fit_all()
        assert view.px_per_day() != ppd  # (a zoom a little wider for the new events)
    QApplication.processEvents()
    after = _rows_of(view, "meeting")
    moved = sorted(key for key, row in before.items() if after.get(key, row) != row)
    folded = sorted(key for key in before if key not in after)
    assert len(moved) <= 1, moved
    assert len(folded) <= {"fit": 2, "fit_import": 12, "month": 0}[where], folded
    assert sum(key.startswith("new") for key in after) >= (8 if where == "month" else 1)
