"""An era's band reads unbroken behind the rows of titles (verify74 F17, session 56): the
plates under the titles (opaque, so that no grid or article line strikes through a title)
had cut a white gap into the band at each row ("Phases": a presidency 2019-2023 behind a
lane of meetings).  The plates are now tinted by the bands they lie in
(``EraMixin._tint_plates``), their titles drawn over them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline


def _timeline() -> Timeline:
    """A presidency 2019-2023 in lane "phases" (shown as eras) and six meetings of 2018
    whose long titles run right across it, one row each."""
    events = [Event("era", "Presidency", FuzzyDate.of_year(2019),
                    end=FuzzyDate.of_year(2023), category="phases")]
    for n in range(6):
        events.append(Event(f"m{n}", f"Negotiators met again for round {n + 1} of the long "
                            "trade talks on farm and industrial tariffs",
                            FuzzyDate.of_day(dt.date(2018, 3, 1 + 3 * n)),
                            category="meeting"))
    timeline = Timeline.from_events(events)
    timeline.era_lanes = frozenset({"phases"})
    return timeline


def _gaps(image: QImage, x: int, top: int, bottom: int, plain: QColor) -> list[int]:
    """The rows of the column ``x`` within ``[top, bottom)`` whose pixel is the lane's
    own fill ``plain``: the band broken there."""
    return [y for y in range(top, bottom) if image.pixelColor(x, y).rgb() == plain.rgb()]


def _column_gaps(view) -> list[int]:  # type: ignore[no-untyped-def]
    """The rows down three columns of the band, from the first title crossing it to the
    last, where the lane's own fill shows (none: the band reads unbroken)."""
    lanes = view._layout().lanes
    lane = next(lane for lane in lanes if lane.category == "meeting")
    plain = view._lane_fill(lanes.index(lane))
    offset = view._content_offset()
    x = round(view.x_of_day(dt.date(2021, 1, 1).toordinal()))
    # (titles run across the column: their plates were the white gaps)
    crossing = [item for item in lane.items if item.label_rect.left() < x - 20
                and item.label_rect.right() > x + 20]
    assert len(crossing) >= 4
    top = round(crossing[0].label_rect.top() + offset) - 4
    bottom = round(crossing[-1].label_rect.bottom() + offset) + 4
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    # A column outside the band keeps the lane's own fill on the plates.
    outside = round(view.x_of_day(dt.date(2018, 11, 1).toordinal()))
    assert _gaps(image, outside, top, bottom, plain)
    return [y for probe in (x - 6, x, x + 7) for y in _gaps(image, probe, top, bottom, plain)]


def _shown(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_timeline(), (1100, 520), fit=False)
    view.go_to_days(dt.date(2016, 1, 1).toordinal(), dt.date(2024, 1, 1).toordinal())
    QApplication.processEvents()
    return view


@pytest.mark.parametrize("batched", [True, False])
def test_the_band_is_unbroken_down_a_column_of_titles(shown_view, batched: bool) -> None:  # type: ignore[no-untyped-def]
    """Chips copied (batched) or titles drawn one by one: no white run down the band."""
    view = _shown(shown_view)
    view._batched = batched
    assert _column_gaps(view) == []


def test_titles_beside_a_selection_keep_the_band(shown_view) -> None:  # type: ignore[no-untyped-def]
    """With an event selected the lane's items are drawn one by one (``_paint_items``'
    own path): their plates are tinted too."""
    view = _shown(shown_view)
    view._selection.select("m0")
    QApplication.processEvents()
    assert _column_gaps(view) == []
