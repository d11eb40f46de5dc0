"""A title cut beside a narrow "≈" band takes the room its row has across it, shortened
there when it cannot read whole (verify64 F5).

mideast.json's Fit All (events of 1993, 2000 and 2020, then eight of October 2026 with
long titles) read "Oslo…" for the 1993 treaty at a 1600 px window (a view 880 px wide),
its row free for 300 px past the narrow 1993→2000 band up to the Abraham Accords marker;
at 1024 px "Camp…".  view58 let a title cross a band only when it read whole there."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

_EVENTS = [
    ("e1", (1993, 9, 13), "Treaty",
     "Oslo Accords signed at the White House after months of secret talks in Norway"),
    ("e2", (2000, 7, 25), "Meeting", "Camp David summit ends without agreement"),
    ("e3", (2020, 9, 15), "Treaty", "Abraham Accords"),
    ("e4", (2026, 10, 2), "Meeting",
     "Saudi and Israeli officials meet in Riyadh to discuss normalization framework and "
     "the Palestinian track, according to two people briefed on the talks who asked not "
     "to be named"),
    ("e5", (2026, 10, 5), "Meeting", "Ministers meet in Cairo"),
    ("e6", (2026, 10, 6), "Meeting", "Egypt hosts ceasefire talks"),
    ("e7", (2026, 10, 8), "Meeting",
     "US envoy arrives in Doha for talks on hostages and aid corridors"),
    ("e8", (2026, 10, 10), "Statement",
     "UN Security Council adopts resolution calling for an immediate humanitarian pause"),
    ("e9", (2026, 10, 12), "Statement", "Qatar says talks at critical stage"),
    ("e10", (2026, 10, 15), "Meeting", "Arab League emergency summit in Amman"),
    ("e11", (2026, 10, 18), "Treaty",
     "Israel and Hamas agree first phase of ceasefire deal brokered by Egypt, Qatar and "
     "the United States"),
]


def mideast() -> Timeline:
    """verify64's mideast.json, as events."""
    return Timeline.from_events(
        [Event(key, title, FuzzyDate.of_day(dt.date(*ymd)), category=category)
         for key, ymd, category, title in _EVENTS], title="Mideast test")


def _fitted(window, width: int):  # type: ignore[no-untyped-def]
    window.resize(width, 900)
    QApplication.processEvents()
    window.document.replace_timeline(mideast(), None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    return window.view._layout()


@pytest.mark.parametrize(("width", "key"), [(1290, "e1"), (1024, "e2")])
def test_a_title_cut_at_a_narrow_band_reads_across_it(window, width, key) -> None:  # type: ignore[no-untyped-def]
    layout = _fitted(window, width)
    view = window.view
    item = layout.items_by_id[key]
    bands = [view.x_of_day(d) for d in (dt.date(1993, 12, 31).toordinal(),
                                        dt.date(2001, 1, 1).toordinal())]
    assert item.label_rect.left() > item.marker.right()  # right of its marker
    # more than a word or two: at least 100 px, past its stretch's band
    assert item.label_rect.width() >= 100, (item.label, item.label_rect.width())
    assert len(item.label.split()) >= 3, item.label
    assert item.label_rect.right() > min(x for x in bands if x > item.marker.right())
    # and it ends before the next marker or title of its row
    lane = next(lane for lane in layout.lanes if any(i.event_id == key for i in lane.items))
    row_top = item.label_rect.top()
    for other in lane.items:
        if other.event_id == key or abs(other.label_rect.top() - row_top) > 1:
            continue
        left = min(other.marker.left(), other.label_rect.left()
                   if other.label_rect.width() > 0 else other.marker.left())
        if left > item.marker.right():
            assert item.label_rect.right() < left

