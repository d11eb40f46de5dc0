"""verify80 F15: Filters → Participants → one person said "7 of 73 events and 0 of 3
eras": the periods behind the events vanished exactly when one reads a person's part in
them.  An era (an event of a lane shown as eras) is context: the participants, places,
articles (sources) and hidden lanes by participant or place keep it; its lane, its dates
and its status (its own facts) hide it as any event.  Every path of ``hidden_by`` (the
per-event one, the store's columns, the coded columns) answers as ``accepts``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.ui.test_filter_codes_scale62 import _filters, _lazy, _timeline
from timeline_app.core import Event, FuzzyDate, Timeline, query
from timeline_app.core.coded import coded_facts
from timeline_app.core.query import EventFilter, hidden_by, hidden_mask

ERAS = frozenset({"statement"})  # one of the scale62 timeline's lanes, as eras


def _with_eras(f: EventFilter) -> EventFilter:
    return dataclasses.replace(f, era_lanes=ERAS)


def test_accepts_keeps_an_era_under_a_participant_place_source_or_lane() -> None:
    era = Event("era", "Détente", FuzzyDate.of_year(1972), category="statement",
                end=FuzzyDate.of_year(1979), participants=("Someone",), location="Vienna",
                source_id="a1", status="confirmed")
    for f in (EventFilter(participants=frozenset({"Iwaya"})),
              EventFilter(places=frozenset({"Tokyo"})),
              EventFilter(sources=frozenset({"a2"})),
              EventFilter(hidden_lanes=frozenset({"someone"})),
              EventFilter(hidden_lanes=frozenset({"vienna"}), lanes_by="place")):
        assert not f.accepts(era)  # not shown as an era: an event as any other
        assert _with_eras(f).accepts(era), f
    for f in (EventFilter(hidden_categories=frozenset({"statement"})),
              EventFilter(first_day=dt.date(1990, 1, 1)),
              EventFilter(statuses=frozenset({"disputed"})),
              EventFilter(statuses=frozenset({"disputed"}), participants=frozenset({"X"}))):
        assert not _with_eras(f).accepts(era), f  # the era's own facts hide it
    assert not _with_eras(EventFilter()).is_active


@pytest.mark.parametrize("own", [False, True])
@pytest.mark.parametrize("path", ["events", "plain", "masked", "coded", "lazy", "lazy-coded"])
def test_every_path_keeps_the_eras_as_accepts_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, own: bool) -> None:
    """``own``: the timeline shows the filter's era lanes as eras (its eras found by
    their ids, ``Timeline.era_ids``), else not (each event's category asked)."""
    timeline = _lazy(tmp_path, monkeypatch) if path.startswith("lazy") else _timeline()
    if own:
        timeline.era_lanes = ERAS
    if path != "plain":
        monkeypatch.setattr(query, "MASKED_EVENTS", 0)
    if path.endswith("coded"):
        facts = coded_facts(timeline)
        while not facts.warm(97):
            pass
    events = timeline.events
    eras = {e.id for e in events if e.category in ERAS}
    assert eras
    for plain in _filters():
        f = _with_eras(plain)
        hidden = hidden_by(events if path == "events" else timeline, f)
        expected = {e.id for e in events if not f.accepts(e)}
        assert set(hidden) == expected, (path, plain)
        if path != "events":
            assert hidden_mask(timeline, hidden).tolist() == [e.id in expected for e in events]
        if not (plain.hidden_categories or plain.statuses or plain.first_day):
            assert not eras & set(hidden), plain  # a participant's, place's, lane's filter


def _arms() -> Timeline:
    events = [Event(f"t{n}", f"Talks {n}", FuzzyDate.of_ymd(1970 + 5 * n, 3, 1),
                    category="talks", participants=("Ortolan",) if n % 2 else ("Pell",))
              for n in range(6)]
    events += [Event("p1", "Thaw", FuzzyDate.of_year(1969), category="era",
                     end=FuzzyDate.of_year(1979)),
               Event("p2", "Freeze", FuzzyDate.of_year(1980), category="era",
                     end=FuzzyDate.of_year(1985), participants=("Pell",))]
    return Timeline.from_events(events, title="Arms")


def test_a_persons_filter_keeps_the_eras_in_the_status_line_and_the_dock(  # type: ignore[no-untyped-def]
        window) -> None:
    window._filter_dock.show()
    window.filter_panel.show()
    window.document.replace_timeline(_arms(), None)
    state = window.find_state
    state.set_filter(EventFilter(participants=frozenset({"Ortolan"})))
    assert state.filter.era_lanes == window.document.timeline.era_lane_set()
    assert state.hidden == {"t0", "t2", "t4"}
    assert state.status_text().startswith("3 of 6 events and 2 eras shown (filter: participants")
    panel = window.filter_panel
    panel.refresh()
    panel._counted_for = None
    panel._show_filtered_counts()
    # The dock counts what the timeline shows: Pell only on the era kept, Ortolan on three.
    assert panel.participants.shown() == {"Ortolan": 3, "Pell": 1}
    # the era lane drawn as a row again: a lane like any, the person's filter hides it
    assert window.document.set_era_lane("era", False)
    assert state.hidden == {"t0", "t2", "t4", "p1", "p2"}
    assert state.status_text().startswith("3 of 8 events shown")
    assert window.document.set_era_lane("era", True)
    assert state.hidden == {"t0", "t2", "t4"}
    # a date range is the eras' own fact: it hides the era outside it
    state.set_filter(dataclasses.replace(state.filter, first_day=dt.date(1981, 1, 1)))
    assert state.hidden == {"t0", "t1", "t2", "t4", "p1"}
    assert state.status_text().startswith("2 of 6 events and 1 of 2 eras shown")
