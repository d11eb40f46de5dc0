"""A city lies in the state it is a city of: a telling placed in "Muscat" and one placed in
"Oman" do not differ (verify47 F11)."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import disagreement, find_duplicates


def _talks(event_id: str, title: str, place: str) -> Event:
    return Event(event_id, title, FuzzyDate.of_ymd(2026, 12, 7), category="meeting",
                 participants=("Steve Witkoff", "Abbas Araghchi"), location=place)


def test_a_city_and_its_state_are_not_places_that_differ() -> None:
    """The review said "places differ (Oman / Muscat) … The two disagree — the places told
    differ (Muscat / Oman): choose “Merge, disputed”" for two tellings of one visit."""
    muscat = _talks("a", "Steve Witkoff and Abbas Araghchi meet in Muscat (scheduled)",
                    "Muscat")
    oman = _talks("b", "Steve Witkoff visits Oman (scheduled)", "Oman")
    match = find_duplicates([muscat], [oman]).get("b")
    assert match is not None and "places differ" not in match.reason
    assert disagreement(muscat, oman) == "" and disagreement(oman, muscat) == ""
    assert disagreement(_talks("c", "Talks", "Muscat, Oman"), oman) == ""


def test_a_city_of_another_state_still_differs() -> None:
    muscat = _talks("a", "Talks in Muscat", "Muscat")
    assert "places told differ (Muscat / Riyadh)" in disagreement(
        muscat, _talks("b", "Talks in Riyadh", "Riyadh"))
    assert "places told differ (Muscat / Saudi Arabia)" in disagreement(
        muscat, _talks("c", "Talks", "Saudi Arabia"))
    assert "places told differ (Oman / Pyongyang)" in disagreement(
        _talks("d", "Talks", "Oman"), _talks("e", "Talks", "Pyongyang"))
