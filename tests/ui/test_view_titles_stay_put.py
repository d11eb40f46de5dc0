"""Titles that stay put while panning (issue 11, frames28, frames29): a pan by small steps
keeps every title that stays in view in its row, on its side of its marker, with its
text.

The view packed each lane of rows from its left edge at every frame (``layout.pack_lane``
through ``TimelineView._pack_by_stretch``), so the rows were dealt again and titles jumped
rows and were cut elsewhere under the user's eyes (257 titles moved in this test).  On a
linear scale the view now packs from chunks anchored to the world
(``TimelineView._world_packing``, ``ui.chunk_packing.WorldLane``: stage 2 of frames28's
plan, ``benchmarks/README.md``).  Titles at the view's edges follow the edges' rules
(``timeline_view._at_the_edges``: shortened at the right edge, moved to the left edge):
a title shortened at the right edge is not wholly in view, and is not compared."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _mixed

from timeline_app.ui.timeline_view import MAX_LABEL_PX, TimelineView


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
            shown[item.event_id] = (round(label.center().y()),
                                    label.right() <= marker.left(), item.label)
    return shown


def test_a_pan_by_small_steps_keeps_each_titles_row_side_and_text(qtbot, shown_view):
    view = shown_view(_mixed(4500), (1100, 560), fit=False)
    first = _dt.date(1993, 1, 1).toordinal()
    view.go_to_days(first, first + 120)  # (a year: every lane a density at 1100 px)
    QApplication.processEvents()
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
