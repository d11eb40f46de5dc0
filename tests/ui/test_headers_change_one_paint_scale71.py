"""scale71: a pan whose view lays the lanes out with or without their header rows the
other way (``TimelineView._compact_wanted``, verify76 F17) is painted once.

Since view85 (verify86 F1) a change of the header rows is a new frame generation and asks
a repaint (``_lane_headers_changed``).  When the change is found by the paint of a new
view itself (``_paint`` lays the view out first, then draws that layout whole), the
repaint drew the same view a second time within the frame: at month zoom on
``bench_view``'s 1 000-event file two of the 24 scroll-bar pans cost twice a pan, the
month row's p95 (session 64, scale71).  The screen after the single paint is still the
view's layout, the highlight where the event is drawn.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from test_highlight_where_drawn_verify86 import _fresh, _shown

from timeline_app.core import Event, FuzzyDate, Timeline

#: A viewport of this height shows the January cluster's lanes only compactly and the
#: March events' with their header rows (found by trying heights, 900 px wide).
SIZE = (900, 450)


def _settle(qtbot, wait: int = 150) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(wait)
    for _ in range(4):
        QApplication.processEvents()


def _two_months() -> Timeline:
    """Three lanes; on one January day four events in each (rows stacked), in March one
    event a lane."""
    timeline = Timeline()
    number = 0
    for lane in ("talks", "visit", "treaty"):
        for _ in range(4):
            timeline.add(Event(id=f"j{number}", date=FuzzyDate(2020, 1, 10), category=lane,
                               title=f"Envoys of Arden and Belmor meet, round {number}"))
            number += 1
        timeline.add(Event(id=f"m{number}", date=FuzzyDate(2020, 3, 10), category=lane,
                           title=f"Ministers of Arden talk again, session {number}"))
        number += 1
    return timeline


def test_a_pan_that_drops_the_compact_layout_paints_once(qtbot, shown_view, monkeypatch):  # type: ignore[no-untyped-def]
    # (pans laid out as at rest: a rightward pan that keeps its layout, ``view_kept_ride``,
    # keeps the lanes' headers as they were until the view rests)
    from timeline_app.ui import view_kept_ride

    monkeypatch.setattr(view_kept_ride, "RIDE_KEPT_LAYOUT", False)
    view = shown_view(_two_months(), size=SIZE, fit=False)
    _settle(qtbot)
    start = dt.date(2020, 1, 1).toordinal()
    view.go_to_days(start, start + 31)
    _settle(qtbot, 300)
    view.select_event("j0")
    _settle(qtbot)
    assert view._compact_lanes  # the January cluster: the lanes' names on plates
    paints: list[int] = []

    class Counter(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and paints:
                paints[-1] += 1
            return False

    counter = Counter(view)
    view.viewport().installEventFilter(counter)
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    changed = []
    for _ in range(24):  # scroll-bar pans to the right, as bench_view's frames session
        if bar.value() + step > bar.maximum():
            break
        compact = view._compact_lanes
        paints.append(0)
        bar.setValue(bar.value() + step)
        view.viewport().repaint()
        QApplication.processEvents()
        if view._compact_lanes != compact:
            changed.append(len(paints) - 1)
            assert paints[-1] == 1, paints  # one paint for the pan, not two
            assert _shown(view) == _fresh(view)  # what is on screen is the layout's
    assert changed, "no pan changed the header rows: the test no longer tests"
    assert not view._compact_lanes
