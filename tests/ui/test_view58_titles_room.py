"""A title is given the room its row really has (view58: verify61 F12, verify62).

Each stretch between gaps' bands packs its titles within its own edges
(``_pack_by_stretch``): the title of an event just left of a narrow "≈" band was cut at
the band, or, left of its marker, at the view's edge — "D…" for "Diplomatic ties
established" with its row empty across the band and decades after it.  A title that
cannot read whole in its stretch now crosses the band, whole, right of its marker, where
its row is free (``_titles_across_bands``); one that reads whole left of its marker stays
there (trial 7: ``test_view_trial7_lanes``).  A title longer than ``MAX_LABEL_PX`` was
elided at that cap whatever the room: it now takes its row's room up to its neighbour."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from test_fit_news_background_verify61 import _timeline

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.layout import ITEM_GAP


def _row_neighbours(view, event_id: str) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    """The extents (marker and label) of the other items in ``event_id``'s row."""
    layout = view._layout()
    item = layout.items_by_id[event_id]
    mid = item.marker.center().y()
    lane = next(lane for lane in layout.lanes if item in lane.items)
    extents = []
    for other in lane.items:
        if other is item or abs(other.marker.center().y() - mid) > 1:
            continue
        box = other.marker.united(other.label_rect) if other.label else other.marker
        extents.append((box.left(), box.right()))
    return extents


@pytest.mark.parametrize("last", [(1975, 1, 1), (1990, 1, 1), (2000, 1, 1)])
def test_a_title_cut_beside_a_narrow_band_crosses_it_whole_where_its_row_is_free(
        shown_view, last) -> None:  # type: ignore[no-untyped-def]
    """A desk's 1950 event at the view's left edge, a "≈ 12 years" band 20 px right of
    it, the Treaty row empty until 1993: its title read "D…"."""
    view = shown_view(_timeline(), size=(900, 500))
    view.show_range(dt.date(1950, 3, 1).toordinal(), dt.date(*last).toordinal(),
                    open_breaks=False)
    QApplication.processEvents()
    [(band_left, band_right)] = [seg.band for seg in view._axis_segments()
                                 if seg.band is not None]
    assert band_right - band_left < 240  # a narrow band (no ticks of its own)
    title = "Diplomatic ties established"
    assert view.label_text("e0") == title
    label, marker = view.label_rect("e0"), view.marker_rect("e0")
    assert marker.right() < label.left() < band_left < label.right()  # over the band
    for left, right in _row_neighbours(view, "e0"):  # nothing of its row overlapped
        assert right + ITEM_GAP <= marker.left() or left >= label.right() + ITEM_GAP


def test_a_title_longer_than_the_cap_takes_its_rows_room(shown_view) -> None:  # type: ignore[no-untyped-def]
    """verify62's title elided with "…" while its row was empty to its right: a long
    headline over ``MAX_LABEL_PX`` (560 px) was cut at the cap at every zoom."""
    from timeline_app.ui.view_base import MAX_LABEL_PX

    long = ("Leaders agree a roadmap for the normalisation of relations and the "
            "reopening of embassies in both capitals by the end of the year")
    events = [Event("long", long, FuzzyDate.of_ymd(2025, 3, 3), category="Meeting"),
              Event("next", "Talks resume", FuzzyDate.of_ymd(2025, 3, 28),
                    category="Meeting"),
              Event("other", "Ceasefire holds", FuzzyDate.of_ymd(2025, 3, 10),
                    category="Treaty")]
    view = shown_view(Timeline.from_events(events), size=(1600, 500))
    view.show_range(dt.date(2025, 3, 1).toordinal(), dt.date(2025, 4, 1).toordinal())
    QApplication.processEvents()
    assert view._label_metrics.horizontalAdvance(long) > MAX_LABEL_PX  # (the case)
    assert view.label_text("long") == long
    label = view.label_rect("long")
    assert label.width() > MAX_LABEL_PX
    for left, right in _row_neighbours(view, "long"):
        assert right + ITEM_GAP <= view.marker_rect("long").left() or left >= label.right()
    # With a neighbour in its row close after it, it is shortened there, never over it.
    narrow = shown_view(Timeline.from_events(events), size=(900, 500))
    narrow.show_range(dt.date(2025, 3, 1).toordinal(), dt.date(2025, 4, 20).toordinal())
    QApplication.processEvents()
    label = narrow.label_rect("long")
    for left, _right in _row_neighbours(narrow, "long"):
        if left > label.left():
            assert left >= label.right() + ITEM_GAP - 0.5
