"""Go to Date scrolls the lanes to the events of the range, and its chip covers no title
(verify72 F23).

Her lesson timeline (29 events in 9 lanes) with the Events list docked below: Go to Date
"September to December 2016" showed the right months, but the lanes were left scrolled so
that the Treaty lane, which held most of those events, was above the view, and in the one
row in sight the title "Lawmakers vote…" was under the chip "September–December 2016"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.date_mark import chip_place
from timeline_app.ui.range_lanes import LaneInRange, scroll_for_range
from timeline_app.ui.timeline_view import LANES_TOP

LANES = ("Accords", "Politics", "Dispute", "Visit", "Meeting", "Milestones", "Award",
         "Peace talks", "Origins")


def _lesson() -> Timeline:
    """Seven treaties of autumn 2016 and one event in each other lane, of other years
    (two of them in the autumn too): the treaties' lane, the first (lanes of categories
    the file does not list go in alphabetical order), holds most of the range."""
    events = [Event(f"treaty-{n}", f"Treaty step number {n} in the long talks",
                    FuzzyDate.of_day(dt.date(2016, 9 + n // 2, 3 + 4 * n)), category="Accords")
              for n in range(7)]
    for n, lane in enumerate(LANES[1:]):
        when = (dt.date(2016, 10, 7) if lane in ("Award", "Meeting")
                else dt.date(1990 + 3 * n, 5, 1))
        events.append(Event(f"{lane}-1", f"{lane} event", FuzzyDate.of_day(when),
                            category=lane))
    return Timeline.from_events(events)


def _lane(view, category: str):  # type: ignore[no-untyped-def]
    return next(lane for lane in view._layout().lanes if lane.category == category)


def _rows_on_screen(view) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    value = view.verticalScrollBar().value()
    return value, value + view.viewport().height() - LANES_TOP


def test_go_to_a_range_scrolls_the_busiest_lane_into_view(shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_lesson(), size=(900, 330))
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0  # (the lanes do not fit: they scroll)
    bar.setValue(bar.maximum())  # (as she had left them: the last lanes in view)
    view.prompt = lambda *_args: "September to December 2016"  # typed in Go to Date
    assert view.ask_go_to_date()
    QApplication.processEvents()
    treaty = _lane(view, "Accords")
    assert view._layout().lanes[0] is treaty
    top, bottom = _rows_on_screen(view)
    # Was above the view (scroll left at the bottom): its header at the lanes' top now.
    assert top <= treaty.top < bottom
    assert any(top <= item.rect.top() and item.rect.bottom() <= bottom
               for item in treaty.items)


def test_go_to_a_range_whose_lanes_fit_shows_the_lanes_top(shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_lesson(), size=(900, 560))
    bar = view.verticalScrollBar()
    if bar.maximum() == 0:  # (the lanes must scroll for the test to mean anything)
        view.resize(900, 480)
        QApplication.processEvents()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    view.prompt = lambda *_args: "October 2016"
    assert view.ask_go_to_date()
    assert bar.value() == 0  # Treaty, Meeting and Award fit from the top: the top


def test_scroll_for_range_rules() -> None:
    lanes = [LaneInRange(1, 0, 60), LaneInRange(5, 200, 400), LaneInRange(2, 500, 560)]
    # All fit from the top: the top.
    assert scroll_for_range(lanes[:1], 300, 200) == 0.0
    # They fit, on screen already: left; off screen: the first one's header at the top.
    assert scroll_for_range(lanes[1:2], 150, 300) is None
    assert scroll_for_range(lanes[1:2], 0, 300) == 200
    # They do not fit: the busiest lane at the top.
    assert scroll_for_range(lanes, 0, 300) == 200
    assert scroll_for_range([], 40, 300) is None


def test_the_chip_moves_off_a_title_at_the_lanes_top() -> None:
    title = QRectF(300, 62, 280, 18)  # a title of the first row in sight, under the chip
    plate = QRectF(0, 60, 120, 20)  # the kept lane name
    chip = chip_place((180, 19), (40, 860), 60, 500, 880, [title, plate])
    assert not chip.intersects(title) and not chip.intersects(plate)
    assert chip.top() == 62  # still at the top: beside the title
    assert 40 <= chip.left() and chip.right() <= 860
    # No obstacle: at the top, over the band's middle, as before.
    assert chip_place((180, 19), (40, 860), 60, 500, 880, []) == QRectF(360, 62, 180, 19)
    # A row full across: below it.
    row = QRectF(0, 60, 880, 22)
    chip = chip_place((180, 19), (40, 860), 60, 500, 880, [row])
    assert chip.top() >= row.bottom() and not chip.intersects(row)


def test_the_chip_covers_no_title_after_go_to_date(shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_lesson(), size=(900, 330))
    view.prompt = lambda *_args: "September to December 2016"
    assert view.ask_go_to_date()
    mark = view._date_mark
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, 7):  # wherever the lanes are scrolled
        bar.setValue(value)
        chip = mark.chip()
        assert chip is not None
        offset = LANES_TOP - bar.value()
        for lane in view._layout().lanes:
            for item in lane.items:
                assert not chip.intersects(item.label_rect.translated(0, offset)), (
                    value, item.label)
