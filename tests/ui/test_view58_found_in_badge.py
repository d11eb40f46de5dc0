"""What Find finds, or a row picked in the Events list, is seen on the timeline (view58).

An event of a day that outnumbers its lane's rows stays in the "+N" badge at every zoom
(``MainWindow.reveal_event`` zooms in to a day and stops): only the badge was ringed, the
event itself nowhere on the timeline, Details alone showing it.  It is now drawn out of
the badge, over it — its marker at its date, its title beside it, highlighted — and the
badge's others counted beside it ("+9"); and the view keeps its zoom (view61, verify64 F9:
Find and the Events list zoomed 2015-2026 in to two days first, the other lanes' events
off screen, and drew it out of the badge all the same)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

DAY = dt.date(2025, 9, 23)
SIDE_MEETINGS = 30


def _timeline() -> Timeline:
    day = FuzzyDate.of_ymd
    events = [Event(f"c{i}", f"Consultations, session {i}",
                    day(2025, 9, 1 + (i * 7) % 28), category="Meeting") for i in range(20)]
    events += [Event(f"s{i:02d}", f"UNGA side meeting no. {i}", day(2025, 9, 23),
                     category="Meeting") for i in range(SIDE_MEETINGS)]
    events.append(Event("t", "Lone treaty", day(2025, 9, 2), category="Treaty"))
    return Timeline.from_events(events, title="UNGA week")


def _dark_pixels(image: QImage, rect: QRect) -> int:
    """Pixels of ``rect`` dark enough to be text (the label font's)."""
    count = 0
    rect = rect.intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1, 2):
            if QColor(image.pixel(x, y)).lightness() < 90:
                count += 1
    return count


def at_fit_all(window, timeline: Timeline | None = None,  # type: ignore[no-untyped-def]
               size: tuple[int, int] = (1280, 800)):
    """``timeline`` (None: the UNGA week, its side meetings in a "+N" badge at Fit All)
    in the window at ``size``, at Fit All; the view."""
    window.resize(*size)
    QApplication.processEvents()
    window.document.replace_timeline(_timeline() if timeline is None else timeline, None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    return window.view


@pytest.mark.parametrize("how", ["find", "list"])
def test_an_event_left_in_a_badge_is_drawn_out_of_it_at_the_same_zoom(window, how) -> None:  # type: ignore[no-untyped-def]
    view = at_fit_all(window)
    shown = view.visible_days()
    last = f"s{SIDE_MEETINGS - 1:02d}"
    assert not view.has_item(last)  # (in the badge at Fit All: the case of this test)
    if how == "find":
        window.find_state.set_text("side meeting no. 29")
        window.step_match(+1)
    else:
        window.selection.select(last)
        window._reveal_picked(last)
    QApplication.processEvents()
    assert window.selection.event_id == last
    assert not view.has_item(last)  # (still in the badge: the case of this test)
    assert view.visible_days() == shown  # not zoomed in (view61)
    assert view.drawn_out_of_badge(last)
    layout = view._layout()
    lane = next(lane for lane in layout.lanes if lane.category == "Meeting")
    badge = next(badge for badge in lane.badges if last in badge.keys)
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    offset = view._content_offset()
    x = view.x_of_day(DAY.toordinal() + 0.5)
    row = badge.rect.translated(0, offset)
    # its title beside its marker (right of it, or left near the view's edge), in the
    # badge's row, outside the badge: nothing was drawn there
    width = view.viewport().width() - 40  # (not the "+2" badge at the right edge)
    right = QRect(int((row.right() + 4) * ratio), int((row.top() + 2) * ratio),
                  int((min(x + 154, width) - row.right() - 4) * ratio),
                  int((row.height() - 4) * ratio))
    left = QRect(int(max(x - 160, 4) * ratio), int((row.top() + 2) * ratio),
                 int((row.left() - 4 - max(x - 160, 4)) * ratio),
                 int((row.height() - 4) * ratio))
    assert max(_dark_pixels(image, right), _dark_pixels(image, left)) > 40
    # its mark (what a selection repaints, and what the lanes scroll to) holds it all
    mark = view._selection_mark(layout, last)
    assert mark is not None and not mark[0].dense
    assert mark[1].width() > 150
