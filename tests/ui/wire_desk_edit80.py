"""A wire desk's truce story for edit80's tests: updates timed to the minute over three
days of December 2026, after a background of earlier months."""

from __future__ import annotations

from timeline_app.core import FuzzyDate
from timeline_app.core.clock import ClockTime
from timeline_app.core.model import Event, Timeline


def wire_desk_timeline() -> Timeline:
    """22 events: 6 background days of 2026, then 16 updates of 1-3 December 2026 at
    their times (GMT, EST or local)."""
    timeline = Timeline(title="Truce updates")
    background = [("Ceasefire talks open in Doha", 2026, 9, 14, "meeting"),
                  ("Mediators propose a phased truce", 2026, 10, 2, "statement"),
                  ("Hostage lists exchanged", 2026, 10, 20, "event"),
                  ("Talks stall over border crossings", 2026, 11, 5, "meeting"),
                  ("Envoy visits Cairo", 2026, 11, 18, "visit"),
                  ("Draft truce text circulated", 2026, 11, 27, "policy")]
    n = 0
    for title, y, m, d, category in background:
        n += 1
        timeline.add(Event(id=f"b{n}", title=title, date=FuzzyDate.of_ymd(y, m, d),
                           category=category))
    updates = [(1, 6, 0, 0, "Negotiators meet overnight in Doha", "meeting"),
               (1, 9, 30, 0, "Mediators say a deal is close", "statement"),
               (1, 14, 15, -300, "US envoy calls both leaders", "statement"),
               (1, 22, 0, 0, "Cabinet convenes on the draft", "meeting"),
               (2, 6, 0, 0, "Truce takes effect at 06:00 GMT", "policy"),
               (2, 6, 40, None, "First aid convoy crosses", "event"),
               (2, 8, 5, None, "Army reports shots near the line", "event"),
               (2, 10, 0, -300, "UN Security Council briefed", "meeting"),
               (2, 12, 30, 0, "Both sides accuse each other", "statement"),
               (2, 18, 0, 0, "Prisoner releases begin", "event"),
               (3, 1, 45, None, "Overnight calm reported", "statement"),
               (3, 6, 0, 0, "Truce holds 24 hours", "statement"),
               (3, 10, 0, -300, "Envoy briefs reporters", "statement"),
               (3, 11, 20, 0, "Second convoy enters", "event"),
               (3, 15, 0, 0, "Talks on phase two open", "meeting"),
               (3, 20, 10, None, "Leaders welcome the calm", "statement")]
    for day, hour, minute, offset, title, category in updates:
        n += 1
        date = FuzzyDate.of_ymd(2026, 12, day).with_time(ClockTime(hour, minute, offset))
        timeline.add(Event(id=f"u{n}", title=title, date=date, category=category))
    return timeline
