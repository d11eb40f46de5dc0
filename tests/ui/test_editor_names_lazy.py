"""The event editor's completion names of a lazily loaded timeline make no event
(session 29): ``names_in`` iterated the timeline, so the first editor opened after a
large file's open made every event not made yet (0.50 s of CPU at 100 000 events)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import dumps, loads
from timeline_app.ui.event_editor import names_in


def _made(timeline: Timeline) -> int:
    store = timeline.store
    assert store is not None
    return sum(type(slot) is Event for slot in store.slots)  # type: ignore[attr-defined]


def test_names_of_a_lazy_timeline_are_the_eager_ones_and_make_nothing() -> None:
    eager = Timeline()
    for n in range(60):
        eager.add(Event(f"e{n}", f"Talks {n}", FuzzyDate.of_day(dt.date(2020, 1, 1 + n % 28)),
                        category=("meeting", "visit", "")[n % 3] or "event",
                        participants=(f"Côte {n % 7}", "", "Łódź delegation")[: 1 + n % 3],
                        location=("", "Genève", "Kampala")[n % 3]))
    lazy = loads(dumps(eager), lazy=True)
    assert lazy.store is not None
    lazy.events[3]  # one made, as a selection would
    lazy.add(Event("new", "Added", FuzzyDate.of_year(2030), participants=("Zed",),
                   location="Oslo"))
    eager.add(Event("new", "Added", FuzzyDate.of_year(2030), participants=("Zed",),
                    location="Oslo"))
    made = _made(lazy)
    assert names_in(lazy) == names_in(eager) == names_in(list(eager))
    assert _made(lazy) == made
    participants, places, categories = names_in(eager)
    assert "" not in participants and "" not in places
    assert places == ["Genève", "Kampala", "Oslo"]
    assert categories == ["event", "meeting", "visit"]
