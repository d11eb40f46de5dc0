"""verify86 F1: at 150 % (a 869×585 view), Ctrl+G "October 1983", → and Ctrl+0 showed
the selected event's highlight on top of another event, a row or a lane away from where
the event was drawn, and it stayed wrong while stepping with → until an edit.

Zoomed in, the lanes had their header rows; Fit All's view needs the compact layout (the
lanes' names on plates in their first rows, ``TimelineView._compact_wanted``).  Fit All's
picture had been painted ahead while the view stood zoomed in (``_prepare_sides``), with
header rows, and its key held the generation but not the headers: it was copied to the
screen, and the highlight (``_paint_overlay``) was drawn from the compact layout over it.
Now a change of the headers is a new generation (``_lane_headers_changed``): the picture
on screen is always the one of the layout the highlight, the clicks and the context
menu use.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.view_base import LANES_TOP


def _settle(qtbot, wait: int = 150) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(wait)
    for _ in range(4):
        QApplication.processEvents()


#: Seventy years of two invented neighbours, five lanes (the trial's shape, our words):
#: (year, month or None, day or None, lane, title)
_EVENTS = [
    (1951, 5, 2, "treaty", "Ostmark and Pellia open embassies in each other's capitals"),
    (1957, None, None, "treaty", "Pellia joins a mutual defence compact"),
    (1969, 8, 21, "treaty", "The Lorn Basin water accord is signed in Vienna"),
    (1990, 4, 3, "treaty", "Foreign ministers sign a joint statement in Oslo"),
    (2006, 9, 14, "treaty", "A customs union treaty is ratified by both parliaments"),
    (2027, None, None, "treaty", "A jubilee of the water accord is planned in Ostmark"),
    (1982, 11, None, "dispute", "Pellian border guards hold three Ostmark surveyors"),
    (1982, 11, 19, "dispute", "Both capitals send their envoys home for talks"),
    (1983, 2, 8, "dispute", "The surveyors go home after quiet Austrian mediation"),
    (2013, None, None, "dispute", "A quarrel over grazing rights is settled by a board"),
    (1999, 6, 1, "visit", "Short visits without a visa begin for residents"),
    (2022, 3, 9, "meeting", "The two presidents meet for the first time in Ostmark"),
    (2023, 10, 2, "meeting", "A second summit is held in the Pellian capital"),
    (2024, 2, None, "meeting", "Officials meet in Geneva to plan a student exchange"),
    (2025, 11, 20, "meeting", "The presidents will meet again in the spring (planned)"),
    (1956, 6, None, "event", "Ostmark enters a western alliance"),
    (1994, None, None, "event", "Pellia opens a trade office in a northern harbour"),
    (2024, 6, 1, "event", "Ministers reopen the rebuilt Lorn rail bridge to traffic"),
]


def _neighbours() -> Timeline:
    timeline = Timeline()
    for index, (year, month, day, lane, title) in enumerate(_EVENTS):
        date = (FuzzyDate(year, month, day) if day is not None else FuzzyDate.of_month(year, month)
                if month is not None else FuzzyDate.of_year(year))
        timeline.add(Event(id=f"e{index:02}", title=title, date=date, category=lane))
    return timeline


def _view(shown_view, qtbot):  # type: ignore[no-untyped-def]
    """The two neighbours' timeline at Fit All in a view of about the trial's 869×585."""
    view = shown_view(_neighbours(), size=(890, 605), fit=False)
    _settle(qtbot)
    view.fit_all()
    _settle(qtbot, 300)
    return view


def _fresh(view) -> QImage:  # type: ignore[no-untyped-def]
    """The view painted now from its layout, whole (the picture and the highlights)."""
    viewport = view.viewport()
    ratio = viewport.devicePixelRatioF()
    image = QImage(round(viewport.width() * ratio), round(viewport.height() * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(0)
    painter = QPainter(image)
    try:
        view._paint(painter, picture=True)
        view._paint_overlay(painter)
    finally:
        painter.end()
    return image


def _shown(view) -> QImage:  # type: ignore[no-untyped-def]
    """What the view's paint puts on the screen (its pictures kept, its highlights)."""
    return view.viewport().grab().toImage().convertToFormat(
        QImage.Format.Format_ARGB32_Premultiplied)


def _lanes_part(image: QImage, view) -> QImage:  # type: ignore[no-untyped-def]
    ratio = image.devicePixelRatio()
    return image.copy(QRect(0, round(LANES_TOP * ratio), image.width(),
                            image.height() - round(LANES_TOP * ratio)))


def _highlight_where_drawn(view) -> None:  # type: ignore[no-untyped-def]
    """The selected event is highlighted where the view draws it: the lanes on screen
    are those of the view's layout, pixel for pixel (the selected item's rectangle, the
    one the highlight and the context menu use, included)."""
    shown, fresh = _shown(view), _fresh(view)
    selected = view._selection.event_id
    item = view._layout().items_by_id[selected]
    ratio = shown.devicePixelRatio()
    rect = item.rect.translated(0, view._content_offset())
    box = QRect(round(rect.left() * ratio), round(rect.top() * ratio),
                round(rect.width() * ratio), round(rect.height() * ratio))
    assert shown.copy(box) == fresh.copy(box), (selected, rect, view._compact_lanes)
    assert _lanes_part(shown, view) == _lanes_part(fresh, view), (selected,
                                                                  view._compact_lanes)


def test_after_fit_all_from_a_month_the_highlight_is_on_the_event(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = _view(shown_view, qtbot)
    assert view._compact_lanes  # Fit All's view: the lanes' names on plates
    # A month of the timeline, zoomed in: few rows, the lanes with their header rows
    middle = view._document.timeline.get("e06")  # November 1982, in the Dispute lane
    start = middle.date.start_day()
    view.go_to_days(start - 15, start + 16)
    _settle(qtbot, 300)
    assert not view._compact_lanes
    view.select_event(middle.id)
    _settle(qtbot, 300)
    _highlight_where_drawn(view)
    # The view stays: its pictures beside it are painted, Fit All's among them
    for _ in range(40):
        if view._fit_picture is not None and view._paint_job is None:
            break
        _settle(qtbot, 100)
    assert view._fit_picture is not None
    view.fit_all()  # (Ctrl+0)
    _settle(qtbot, 300)
    assert view._compact_lanes
    _highlight_where_drawn(view)
    for _ in range(4):  # → steps on, the highlight on each event in turn
        view.step_selection(1)
        _settle(qtbot, 150)
        _highlight_where_drawn(view)
    # and back: zoomed in (header rows) and out again (compact), stepping between
    view.go_to_days(start - 15, start + 16)
    _settle(qtbot, 300)
    view.select_event(middle.id)
    _settle(qtbot, 300)
    _highlight_where_drawn(view)
    view.fit_all()
    _settle(qtbot, 300)
    view.step_selection(-1)
    _settle(qtbot, 150)
    _highlight_where_drawn(view)
