"""Fit All gives the width to where the events are: after three wire stories on one
negotiation (verify30, fault 6) it showed 1951-2047 in an 870 px view, 2028-2047 with no
event ~340 px and the 2025-2027 stretch with 19 of 21 events ~35 px; the room after the
data was for every title of the last stretch right of its marker."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

# (first day, last day (exclusive), category, title): the verify's timeline, its 21 events
# and 4 told again "(scheduled)", its articles left out
STORY = [
    (713265, 713266, "event", "Independence from France"),
    (716406, 716407, "event", "1962 International Court of Justice ruling"),
    (738521, 738886, "visit", "Previous visit to Bangkok"),
    (739252, 739617, "dispute", "817-km border suspended"),
    (739433, 739464, "event", "Fighting erupts over a stretch of the 817-kilometre border"),
    (739460, 739461, "treaty", "Ceasefire agreed in Putrajaya"),
    (739525, 739556, "treaty", "First peace accord signed in Kuala Lumpur"),
    (739556, 739586, "dispute", "First Kuala Lumpur accord collapses"),
    (739768, 739798, "anniversary",
     "64th anniversary of the 1962 International Court of Justice ruling"),
    (739888, 739889, "dispute", "Shooting near Ta Muen Thom temple wounds two Thai soldiers"),
    (739894, 739895, "treaty", "Thailand and Cambodia agree to extend their border ceasefire"),
    (739909, 739912, "meeting", "General Border Committee meets in Chanthaburi"),
    (739910, 739911, "dispute", "Talks nearly collapse over landmine accusation"),
    (739911, 739912, "treaty",
     "Thai and Cambodian military officers agree to withdraw artillery and rocket launchers"),
    (739911, 739912, "treaty", "Military officers to agree on a withdrawal (scheduled)"),
    (739921, 739922, "policy", "Withdrawal (scheduled)"),
    (739921, 739922, "policy", "Withdrawal begins"),
    (739928, 739929, "anniversary", "73rd anniversary of its independence from France"),
    (739928, 739929, "anniversary", "Independence day parade in Phnom Penh"),
    (739930, 739931, "treaty", "Anutin and Hun Manet sign peace declaration at ASEAN summit"),
    (739930, 739931, "treaty", "Thailand and Cambodia to sign peace declaration (scheduled)"),
    (739936, 739943, "meeting", "Officials said talks (scheduled)"),
    (739982, 740013, "meeting", "Joint Boundary Commission meets in Phnom Penh (scheduled)"),
    (739982, 740102, "visit", "Hun Manet visits Bangkok (scheduled)"),
    (740041, 740072, "event", "General election"),
]


def _story() -> Timeline:
    timeline = Timeline(title="Thailand and Cambodia")
    for index, (first, last, category, title) in enumerate(STORY):
        date = FuzzyDate.of_day_number(first)
        end = FuzzyDate.of_day_number(last - 1) if last - first > 1 else None
        assert date is not None
        timeline.add(Event(f"e{index}", title, date, end=end, category=category))
    return timeline


@pytest.mark.parametrize("view_width", [870, 1017])
def test_fit_all_gives_the_width_to_the_events(window, view_width):
    view = window.view
    window.resize(window.width() + view_width - view.viewport().width(), 830)
    QApplication.processEvents()
    window.document.replace_timeline(_story(), None)
    QApplication.processEvents()
    view.fit_all()
    QApplication.processEvents()
    width = view.viewport().width()
    assert abs(width - view_width) <= 4
    first, last = min(s[0] for s in STORY[2:]), max(s[1] for s in STORY)
    events_px = view.x_of_day(last) - view.x_of_day(first)
    empty_future = width - view.x_of_day(last)
    # 23 of 25 events in 2023-2027: nearly half the view (was 82 px of 872)
    assert events_px >= 0.45 * width, (events_px, width)
    # no stretch of empty future wider than a title (was 389 px of 872)
    assert empty_future <= 200, empty_future
