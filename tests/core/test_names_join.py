"""Join Names (verify43 F9): one actor written three ways is made one name, and a double
space inside a name is no second name (fix63's leftover)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.merge import participant_key
from timeline_app.core.model import Event
from timeline_app.core.names import joined_names, name_counts


def _event(i: int, participants: tuple[str, ...] = (), place: str = "") -> Event:
    return Event(id=f"e{i}", title=f"Event {i}", date=FuzzyDate.of_day(dt.date(2025, 3, 15)),
                 participants=participants, location=place)


EVENTS = [_event(1, ("Aleksandar Vucic", "Kosovo")), _event(2, ("Vučić", "Serbia")),
          _event(3, ("Vucic", "Vučić", "Aleksandar Vučić")), _event(4, ("Kosovo",), "Priština"),
          _event(5, (), "Pristina"), _event(6, (), "Prishtina")]


def test_a_name_in_every_spelling_is_written_as_the_one_it_joins() -> None:
    changed = {e.id: e for e in joined_names(EVENTS, "Vučić", "Aleksandar Vučić", False)}
    assert set(changed) == {"e2", "e3"}
    assert changed["e2"].participants == ("Aleksandar Vučić", "Serbia")
    assert changed["e3"].participants == ("Aleksandar Vučić",)  # named once
    counts = dict(name_counts([changed.get(e.id, e) for e in EVENTS], False))
    assert counts == {"Aleksandar Vučić": 3, "Kosovo": 2, "Serbia": 1}


def test_places_join_too_and_nothing_is_changed_for_an_unknown_name() -> None:
    changed = joined_names(EVENTS, "Prishtina", "Pristina", True)
    assert [(e.id, e.location) for e in changed] == [("e6", "Pristina")]
    assert joined_names(EVENTS, "Nobody", "Someone", False) == []
    assert joined_names(EVENTS, "Serbia", "Serbia", False) == []


def test_a_surname_alone_is_not_joined_to_a_full_name_by_itself() -> None:
    # Joining needs the person's word: "Vučić" may be another Vučić (module docstring).
    assert dict(name_counts(EVENTS, False))["Vučić"] == 2


def test_a_double_space_inside_a_name_is_the_same_name() -> None:
    assert participant_key("Kim  Jong\tUn ") == participant_key("Kim Jong Un")
