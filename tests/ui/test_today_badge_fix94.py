"""Session 64's new-user trial: the today badge could sit off screen. With today past the
view's right edge (a timeline of 1965-2025 at Fit All in December 2026) nothing said where
today was: the badge went with its line.  Now a today beyond an edge pins its badge there
with an arrow, "Today · 7 Dec 2026 ▶", as a pinned article badge does; a click on it
brings today into view; a picture or a print (nothing to click) leaves it out."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt

from tests.ui.test_today_line_view86 import TODAY, _story
from timeline_app.core import clock


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 7, 15, 30))


@pytest.mark.parametrize("fraction", [-0.001, 0.0, 0.01, 0.5, 0.99, 1.0, 1.001])
def test_a_today_on_screen_keeps_its_badge_in_the_view(shown_view, fraction):  # type: ignore[no-untyped-def]
    view = shown_view(_story(), size=(900, 420))
    width = view.viewport().width()
    for span in (60.0, 2000.0):
        first = TODAY.toordinal() + 0.5 - fraction * span
        view.show_visible_days(first, first + span)
        box, label = view._today_badge(width)
        assert 0 <= box.left() and box.right() <= width
        # Not pinned as if off screen: an arrow, if any, points to the line in the view
        # (at 2 000 days the article badge of 27 Nov stands over it: verify89 F9).
        x = view._today_x()
        assert x is not None and view._today_place()[1] == 0
        assert "▶" not in label or box.right() < x
        assert "◀" not in label or box.left() > x


def test_today_past_the_right_edge_pins_its_badge_there(shown_view, qtbot):  # type: ignore[no-untyped-def]
    view = shown_view(_story(), size=(900, 420))
    width = view.viewport().width()
    view.go_to_date(dt.date(2025, 3, 1), days_shown=30.0)
    assert view._today_x() is None and view._today_columns() == []
    box, label = view._today_badge(width)
    assert label == "Today · 7 Dec 2026 ▶"
    assert width - 40 < box.right() <= width - 2
    assert view._article_badge_tip(box.center()).startswith(
        "Today, 7 December 2026 (the computer's date): beyond the right edge; click to "
        "bring it into view.")
    # Drawn: the badge's slate fill at its place in the axis.
    image = view.viewport().grab().toImage()
    from PySide6.QtGui import QColor

    from timeline_app.ui.view_axis import TODAY_COLORS

    fill = QColor(TODAY_COLORS[False][0]).rgb()
    assert image.pixelColor(round(box.left()) + 3, round(box.center().y()) - 5).rgb() == fill
    # A click on it brings today into view at the same zoom.
    shown = view.day_at(width) - view.day_at(0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=box.center().toPoint())
    x = view._today_x()
    assert x is not None and abs(x - width / 2) < 20
    assert abs((view.day_at(width) - view.day_at(0)) - shown) < 1.0
    assert "▶" not in view._today_badge(width)[1]


def test_the_click_keeps_the_zoom_of_the_edge_past_a_collapsed_gap(shown_view, qtbot):  # type: ignore[no-untyped-def]
    """The sample's shape: 1965, then 2023-2025, a band between; at Fit All the days
    shown (~60 years) are no measure of the zoom near today."""
    from timeline_app.core import Event, FuzzyDate, Timeline

    day = FuzzyDate.of_ymd
    timeline = Timeline.from_events(
        [Event("old", "Ties normalised", day(1965, 6, 22))]
        + [Event(f"e{n}", f"Meeting {n}", day(2023 + n // 6, 1 + 2 * (n % 6), 10))
           for n in range(14)])
    view = shown_view(timeline, size=(900, 420))
    width = view.viewport().width()
    assert view._scale.breaks and view._today_x() is None
    box, label = view._today_badge(width)
    assert label.endswith("▶")
    edge = view.day_at(width - 1)
    day_px = view.x_of_day(edge + 1) - view.x_of_day(edge)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=box.center().toPoint())
    x = view._today_x()
    assert x is not None and abs(x - width / 2) < 20
    now = TODAY.toordinal()
    assert view.x_of_day(now + 1) - view.x_of_day(now) == pytest.approx(day_px, rel=0.05)


def test_today_before_the_left_edge_pins_its_badge_there(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_story(), size=(900, 420))
    width = view.viewport().width()
    view.go_to_date(dt.date(2027, 6, 1), days_shown=30.0)
    box, label = view._today_badge(width)
    assert label == "◀ Today · 7 Dec 2026" and 2 <= box.left() < 40
    # A click elsewhere in the badge row does not move the view.
    assert not view._today_badge_click(QPointF(width / 2, box.center().y()))


def test_a_picture_leaves_the_pinned_badge_out(shown_view):  # type: ignore[no-untyped-def]
    from timeline_app.ui.export_picture import current_period_view

    view = shown_view(_story(), size=(900, 420))
    view.go_to_date(dt.date(2025, 3, 1), days_shown=30.0)
    assert view._today_badge(view.viewport().width()) is not None
    picture = current_period_view(view._document, view)
    try:
        first = dt.date(2025, 2, 15).toordinal()
        picture.show_visible_days(first, first + 30)
        assert picture._today_x() is None and picture._today_place()[1] == 1
        assert picture._today_badge(picture.viewport().width()) is None
    finally:
        picture.deleteLater()


@pytest.mark.parametrize("when", [dt.date(2025, 3, 1), dt.date(2027, 6, 1)])
def test_the_pinned_badge_at_its_edge_is_where_the_search_puts_it(  # type: ignore[no-untyped-def]
        shown_view, monkeypatch, when):
    """``_today_at_edge`` (session 66, scale77: today pinned without searching the row's
    free stretches, ~50 us a frame) answers as the search does, for article badges
    near the edge, on it, beyond it, or none, and leaves the search the rows it cannot
    settle (None)."""
    import random

    from PySide6.QtCore import QRectF

    view = shown_view(_story(), size=(900, 420))
    view.go_to_date(when, days_shown=30.0)
    width = view.viewport().width()
    assert view._today_place()[1] in (-1, 1)
    view_class = type(view)  # (the mixins' methods are copied into the view's class)
    fast = view_class._today_at_edge
    rng = random.Random(66)
    settled = 0
    side = view._today_place()[1]
    whole = "Today · 7 Dec 2026"
    w = view._small_width(f"◀ {whole}" if side < 0 else f"{whole} ▶") + 8
    for n in range(400):
        boxes = []
        for _ in range(rng.randrange(0, 6)):
            left = rng.uniform(-60, width + 10)
            boxes.append((QRectF(left, 44, rng.uniform(20, 160), 15), "Article"))
        if n % 2:  # (one at the very clearance the edge needs, give or take a pixel)
            near = rng.choice((-1.0, -0.5, 0.0, 0.5, 1.0, 3.0))
            if side < 0:
                boxes.append((QRectF(2 + w + 4 + near, 44, 60, 15), "Article"))
            else:
                boxes.append((QRectF(width - 2 - w - 4 + near - 60, 44, 60, 15), "Article"))
        boxes.sort(key=lambda b: b[0].left())
        view._article_badges_override = boxes
        try:
            for row in (width, 100, 140):  # (a row too narrow for the whole label too)
                monkeypatch.setattr(view_class, "_today_at_edge", lambda *_args: None)
                searched = view._today_badge(row)
                monkeypatch.setattr(view_class, "_today_at_edge", fast)
                found = view._today_badge(row)
                assert (found is None) == (searched is None)
                if found is not None and searched is not None:
                    assert found[1] == searched[1] and found[0] == searched[0]
                settled += fast(view, whole, side, row, boxes) is not None
        finally:
            view._article_badges_override = None
    assert settled > 100  # (the fast answer was tried, not only the search)
