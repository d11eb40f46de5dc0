"""verify78 F8: an event selected while it sits in a "+N" badge is drawn out of the badge
(``_lifted_item``, view58) with the others' count beside it (``_lifted_rest``).  Its
title and plate ran over the lane's next badges, its own badge still showed round its
marker, and the highlight's band lay over the badges beyond.  Now the title keeps
between the nearest other badges, the badge it came from is not drawn, and the band
stays off the others: selecting it leaves every other badge's pixels as they were, at
every zoom tried."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

FIRST = _dt.date(1960, 1, 1).toordinal()


def _crowded() -> Timeline:
    """A lane of 60 events in clumps of four over 40 years ("+N" badges side by side in
    its badge row, long titles) and a lane of one."""
    events = []
    for i in range(60):
        day = _dt.date.fromordinal(FIRST + (i // 4) * 970 + (i % 4) * 40)
        events.append(Event(f"t{i}", f"Envoys of the coastal states resume talks, round {i}",
                            FuzzyDate.of_day(day), category="treaty"))
    events.append(Event("v", "A visit", FuzzyDate.of_day(_dt.date(1990, 1, 1)),
                        category="visit"))
    return Timeline.from_events(events)


def _grab(view) -> QImage:  # type: ignore[no-untyped-def]
    view.viewport().repaint()
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_an_event_drawn_out_of_its_badge_covers_no_other_badge(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_crowded(), size=(640, 300))
    checked = 0
    for zoom in (1.0, 1.6, 2.5):
        view.fit_all()
        QApplication.processEvents()
        if zoom != 1.0:
            view.zoom_by(zoom, view.viewport().width() / 2)
        QApplication.processEvents()
        lane = view._layout().lanes[0]
        assert not lane.dense and len(lane.badges) >= 3, (zoom, len(lane.badges))
        keys = [badge.keys[len(badge.keys) // 2] for badge in lane.badges if badge.count >= 2]
        for key in keys[:6]:
            view.select_event(key)  # (the view may scroll to it: grabbed after)
            QApplication.processEvents()
            after = _grab(view)
            layout, offset = view._layout(), view._content_offset()
            lane = layout.lanes[0]
            if key in layout.items_by_id:
                continue  # (shown with its own item at this scroll: not drawn out)
            own = next(badge for badge in lane.badges if key in badge.keys)
            view.select_event(None)
            QApplication.processEvents()
            assert view._content_offset() == offset
            before = _grab(view)
            for other in lane.badges:
                if other is own:
                    continue
                rect = other.rect.translated(0, offset).toAlignedRect().adjusted(1, 1, -1, -1)
                rect = rect.intersected(before.rect())
                for x in range(rect.left(), rect.right() + 1):
                    for y in range(rect.top(), rect.bottom() + 1):
                        assert before.pixel(x, y) == after.pixel(x, y), (
                            zoom, own.count, other.count, other.rect, x, y)
            checked += 1
    assert checked >= 6
