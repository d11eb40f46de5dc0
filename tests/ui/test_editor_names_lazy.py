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


def test_names_are_read_again_after_every_change_of_the_events(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Kept while the timeline's ``revision`` stays: an editor opened again on an unchanged
    1 000 000-event timeline read all its events again (0.7 s of CPU)."""
    from timeline_app.ui import event_editor

    timeline = Timeline()
    first = Event("a", "Talks", FuzzyDate.of_year(2020), participants=("Oman",),
                  location="Muscat")
    timeline.add(first)
    reads = []
    real = event_editor.event_facts
    monkeypatch.setattr(event_editor, "event_facts",
                        lambda t: reads.append(1) or real(t))  # type: ignore[func-returns-value]
    assert names_in(timeline) == (["Oman"], ["Muscat"], ["event"])
    names_in(timeline)[0].append("changed by a caller")
    assert names_in(timeline) == (["Oman"], ["Muscat"], ["event"])
    assert len(reads) == 1
    revisions = {timeline.revision}
    timeline.add(Event("b", "Visit", FuzzyDate.of_year(2021), participants=("Qatar",)))
    revisions.add(timeline.revision)
    assert names_in(timeline)[0] == ["Oman", "Qatar"]
    timeline.replace(Event("a", "Talks", FuzzyDate.of_year(2020), participants=("Iran",)))
    revisions.add(timeline.revision)
    assert names_in(timeline)[:2] == (["Iran", "Qatar"], [])
    timeline.remove_many(["b"])
    revisions.add(timeline.revision)
    timeline.add_many([Event("c", "Summit", FuzzyDate.of_year(2022), location="Doha")])
    revisions.add(timeline.revision)
    timeline.remove("c")
    revisions.add(timeline.revision)
    assert names_in(timeline) == (["Iran"], [], ["event"])
    assert len(revisions) == 6
    other = Timeline()
    other.add(first)
    assert names_in(other) == (["Oman"], ["Muscat"], ["event"])  # another timeline
