"""verify50 F2b: two eras of one lane that overlap ("Obama administration", 20 January 2009
- 20 January 2017, and "JCPOA in force", 16 January 2016 - 8 May 2018, in "Era") read as
the wrong periods: both bands one colour, the darker overlap 2016-2017 with "JCPOA in
force" on it, and the lighter 2017-2018 looking like the Obama band's tail.  Each such era
now has its ends drawn as edges across the lanes and a bar under its title across its
extent, in the window and in the PNG and print's paint.  Fails on main ``9976eeee``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from tests.ui.view_pictures import rendered_as_picture
from timeline_app.core import Event, FuzzyDate, Timeline

D = dt.date
OBAMA = ("obama", "Obama administration", D(2009, 1, 20), D(2017, 1, 20))
JCPOA = ("jcpoa", "JCPOA in force", D(2016, 1, 16), D(2018, 5, 8))


def _view(shown_view: Any, overlap: bool = True) -> Any:
    eras = [OBAMA, JCPOA] if overlap else [OBAMA, ("jcpoa", "JCPOA in force", D(2017, 6, 1),
                                                    D(2018, 5, 8))]
    events = [Event(i, title, FuzzyDate.of_day(first), end=FuzzyDate.of_day(last),
                    category="Era") for i, title, first, last in eras]
    events += [Event("deal", "JCPOA concluded in Vienna", FuzzyDate.of_day(D(2015, 7, 14)),
                     category="Agreement"),
               Event("exit", "Trump announces US withdrawal", FuzzyDate.of_day(D(2018, 5, 8)),
                     category="Sanctions"),
               Event("start", "Tehran Declaration", FuzzyDate.of_day(D(2003, 10, 21)),
                     category="Diplomacy")]
    view = shown_view(Timeline.from_events(events), (1000, 480))
    view._document.set_era_lane("Era", True)
    view.fit_all()
    QApplication.processEvents()
    return view


def _x(view: Any, day: D) -> int:
    return int(view.x_of_day(day.toordinal()))


def _lane_coloured(image: QImage, x: int, y: int, ratio: float = 1.0) -> bool:
    """Whether the pixel differs from the plain base colour (the bar, or an edge)."""
    color = image.pixelColor(round(x * ratio), round(y * ratio))
    base = QColor(255, 255, 255)
    return abs(color.lightness() - base.lightness()) > 40 or color.saturation() > 40


def test_overlapping_eras_show_where_each_starts_and_ends(shown_view) -> None:  # type: ignore[no-untyped-def]
    view = _view(shown_view)
    shown = view._eras_on_screen()
    assert view._overlapping(shown) == {"obama", "jcpoa"}
    edges = [x for x, _category in view._era_edges(shown, view.viewport().width())]
    # each era's both ends (the Obama band's end lies inside the JCPOA one's)
    for day in (OBAMA[2], OBAMA[3], JCPOA[2], JCPOA[3]):
        assert any(abs(x - _x(view, day)) <= 1 for x in edges), day
    # a bar under each title across its era's extent, in its row of titles
    screen = view.viewport().grab().toImage()
    ratio = screen.devicePixelRatio()
    picture = rendered_as_picture(view)
    for event_id, _title, first, last in (OBAMA, JCPOA):
        box = view.era_title_rect(event_id)
        y = int(box.bottom())  # (the row's foot)
        middle = (_x(view, first) + _x(view, last)) // 2
        assert _lane_coloured(screen, middle, y, ratio), event_id
        assert _lane_coloured(picture, middle, y), event_id


def test_eras_that_do_not_overlap_are_drawn_as_before(shown_view) -> None:  # type: ignore[no-untyped-def]
    view = _view(shown_view, overlap=False)
    shown = view._eras_on_screen()
    assert view._overlapping(shown) == set()
    assert view._era_edges(shown, view.viewport().width()) == []
