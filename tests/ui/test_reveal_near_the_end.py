"""Find into a "+N" badge at the end of the story (verify33 F17): from Fit All of the
analyst's timeline (1965, 2015-2019 and a month of talks in November 2026 - February
2027), Enter on a match in the crowded Meeting lane left the view on 22 November 2017 -
4 May 2036: the zoom that draws the match was centred on it, so half the view was the
decade after the last event.  It zooms about the match where it stands now."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import day_number


def test_find_in_a_badge_at_the_end_does_not_show_the_empty_decade_after_it(window):
    first = dt.date(2026, 11, 1).toordinal()
    events = [Event(f"m{i}", f"Working group session number{i}",
                    FuzzyDate.of_day(dt.date.fromordinal(first + i // 2)), category="meeting")
              for i in range(40)]
    events += [Event("n1965", "Normalization of ties", FuzzyDate.of_year(1965),
                     category="treaty"),
               Event("c2015", "Comfort women agreement", FuzzyDate.of_year(2015),
                     category="treaty"),
               Event("s2019", "Relations sour", FuzzyDate.of_year(2019), category="dispute")]
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.view.fit_all()
    QApplication.processEvents()
    hidden = [i for i in range(40) if not window.view.has_item(f"m{i}")]
    assert hidden  # in "+N" badges at Fit All
    needle = max(hidden)
    window.find_state.set_text(f"number{needle}")
    window.step_match(1)
    assert window.selection.event_id == f"m{needle}"
    # drawn: out of its badge where the view is (verify64 F9: no zoom in for it)
    assert (window.view.has_item(f"m{needle}")
            or window.view.drawn_out_of_badge(f"m{needle}"))
    first_day, last_day = window.view.visible_days()
    day = dt.date.fromordinal(first + needle // 2)
    start = day_number(day.year, day.month, day.day)
    assert first_day <= start <= last_day
    end = day_number(2026, 11, 21)  # the last event's end
    # The days after the last event are not the better part of the view.
    assert last_day - end < 0.4 * (last_day - first_day), (first_day, start, end, last_day)
