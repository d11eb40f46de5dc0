"""A stretch after a band names the day it starts in at its left edge only when it shows
at least half of that day (verify64 item 12: unga.json at Fit All, the band ended at 20:24
on 21 September 2026, and "21" stood 40 px before "22" where the days were 136 px apart:
the 21st read as a short day).  A year's period after a band keeps its name (verify46
F16, ``test_view_axis_after_band``)."""

from __future__ import annotations

import datetime as dt

from tests.ui.test_view58_found_in_badge import at_fit_all
from timeline_app.core import Event, FuzzyDate, Timeline

_COUNTRIES = ("France", "Germany", "Japan", "Brazil", "India", "Kenya", "Egypt", "Chile",
              "Canada", "Mexico", "Norway", "Turkey", "Qatar", "Peru", "Ghana", "Italy",
              "Spain", "Poland", "Vietnam", "Nigeria", "Argentina", "Indonesia", "Pakistan",
              "Sweden", "Morocco", "Colombia", "Australia", "Ukraine", "Jordan", "Senegal")


def unga() -> Timeline:
    """verify64's unga.json: 30 meetings on 23 September 2026, three statements (one of
    2015)."""
    day = FuzzyDate.of_day
    events = [Event(f"m{index:02}", f"{country} and UN Secretary-General meet on the sidelines",
                    day(dt.date(2026, 9, 23)), category="Meeting")
              for index, country in enumerate(_COUNTRIES)]
    events += [
        Event("s1", "General Assembly high-level week opens", day(dt.date(2026, 9, 22)),
              category="Statement"),
        Event("s2", "Security Council ministerial on Gaza and the wider region, with a very "
              "long title that goes on", day(dt.date(2026, 9, 25)), category="Statement"),
        Event("s3", "Earlier background summit that created the forum",
              day(dt.date(2015, 9, 25)), category="Statement")]
    return Timeline.from_events(events, title="UNGA side meetings 2026")


def test_a_sliver_of_a_day_after_a_band_is_not_named_as_a_day(window) -> None:  # type: ignore[no-untyped-def]
    view = at_fit_all(window, unga(), (1600, 620))
    after = [seg for index, seg in enumerate(view._axis_segments())
             if index and seg.brk is None and view._axis_segments()[index - 1].brk is not None]
    assert after
    band = view._axis_segments()[view._axis_segments().index(after[0]) - 1].brk
    assert band.last_day % 1 > 0.5  # (the band ends late in a day: a sliver of it shown)
    labels = {text: rect for rect, text in view.axis_labels()}
    assert "September 2026" in labels  # the stretch's start named by its month
    assert "21" not in labels  # (was at the stretch's left edge, 20 px before "22")
    days = sorted(rect.left() for text, rect in labels.items() if text in ("22", "23", "24"))
    assert len(days) == 3
