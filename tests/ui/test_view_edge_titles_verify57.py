"""Titles at the right edge of a view at rest read whole left of their markers where their
rows are empty there (verify57 F25).

A teacher's Quad lane at 2022-2025 (a view packed from the world's chunks: the timeline
goes on past its right edge) read "Quad foreign…", "Ind…", "Au…" at the right edge with
the rows empty for 1000 px (at 150 %) to their left: the edge rules
(``view_base._at_the_edges``) put a title left of its marker only with under
``EDGE_FLIP_PX`` on the right, and year bars placed in the free rows
(``TimelineView._world_context``) had their titles right of the bar, cut, or inside, cut."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtWidgets import QApplication
from view_pictures import rest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import TimelineView

pytestmark = pytest.mark.usefixtures("world_packing", "swapped_at_rest")  # (conftest)


def _day(year: int, month: int, day: int) -> FuzzyDate:
    return FuzzyDate.of_day(_dt.date(year, month, day))


def _quad() -> Timeline:
    events = [
        Event("tokyo", "Quad leaders meet in Tokyo", _day(2022, 5, 24), category="quad"),
        Event("wilm", "Quad summit in Wilmington", _day(2024, 9, 21), category="quad"),
        Event("wash", "Quad foreign ministers meet in Washington", _day(2025, 1, 21),
              category="quad"),
        Event("minerals", "Quad foreign ministers launch a Critical Minerals Initiative",
              _day(2025, 7, 1), category="quad"),
        Event("india", "India to host the Quad Leaders' Summit (scheduled)",
              FuzzyDate.of_year(2025), category="quad"),
        Event("hutch", "CK Hutchison agrees to sell its stake", _day(2025, 3, 4),
              category="treaty"),
        # After the view: the timeline goes on past its right edge.
        Event("later", "Quad leaders meet in Delhi", _day(2027, 3, 1), category="quad"),
        Event("later2", "Ports deal signed", _day(2027, 6, 1), category="treaty"),
    ]
    return Timeline.from_events(events)


def test_titles_at_the_right_edge_go_whole_left_of_their_markers_into_empty_rows(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view: TimelineView = shown_view(_quad(), (880, 500), fit=False)
    view.show_range(_dt.date(2022, 1, 1).toordinal(), _dt.date(2026, 1, 1).toordinal())
    view.viewport().repaint()
    QApplication.processEvents()
    assert view._world_beyond_the_right()
    rest(view)
    assert view._world_at == view._world_here()
    view.viewport().repaint()
    items = view._layout().items_by_id
    timeline = view._document.timeline
    for key in ("wash", "minerals", "india", "hutch"):
        item = items[key]
        assert item.label == timeline.get(key).title, key  # whole, not "Quad foreign…"
        assert item.label_rect.right() <= item.marker.left(), key  # left of its marker


def test_titles_at_the_right_edge_after_a_drag_of_the_overview(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """Session 47 (view53): the same titles when the overview's window is dragged there
    from Fit All (``_strip_press`` / ``_strip_move``, as the mouse drags it), while it
    moves and at rest: "Torrijos–Carter…" and "Manu…" read cut at the right edge after
    such a drag in the teacher's screenshot (verify57 F25, taken before view52)."""
    view: TimelineView = shown_view(_quad(), (880, 500))
    strip = view._strip()
    target = view._scale.u_of_day(_dt.date(2022, 1, 1).toordinal())
    view.show_range(_dt.date(2022, 1, 1).toordinal(), _dt.date(2026, 1, 1).toordinal())
    units = view._view_units()
    view.fit_all()
    view._set_scale(view.viewport().width() / units)
    start = view._origin
    units_per_px = (strip.last_u - strip.first_u) / strip.width
    press = strip.width / 2
    view._strip_drag = ("move", press, start, start, start + view._view_units())
    for step in range(1, 9):  # the drag, frame by frame
        view._strip_move(press + (target - start) / units_per_px * step / 8)
        view.viewport().repaint()
        QApplication.processEvents()
    view._strip_drag = None
    assert abs(view._origin - target) * view.px_per_day() < 2
    assert view._world_beyond_the_right()
    for rested in (False, True):
        if rested:
            rest(view)
            view.viewport().repaint()
        items = view._layout().items_by_id
        timeline = view._document.timeline
        width = view.viewport().width()
        for key in ("wash", "minerals", "india", "hutch"):
            item = items[key]
            assert item.label == timeline.get(key).title, (rested, key)  # whole
            assert 0 <= item.label_rect.left() and item.label_rect.right() <= width, key
