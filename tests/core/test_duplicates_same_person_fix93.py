"""verify88 F4: one person named in both titles doing the same thing at the same place on
the same day is likely one happening (comes in unticked), even when a typed title gives
the person's office and state and only the surname: "Estonian President Tamm visits
Vilnius" (typed) / a row "Kadri Tamm visits Vilnius", 4 May 2021, titles below
``TITLE_THRESHOLD`` alike, was only possible and came in ticked "Keep both".  Another
person, another act or another place stays what it was.

The events are written for the test."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates, title_similarity
from timeline_app.extract.event_vocabulary import CATEGORIES

DAY = FuzzyDate.of_ymd(2021, 5, 4)


def _flag(incoming: Event, existing: Event):  # type: ignore[no-untyped-def]
    return find_duplicates([existing], [incoming], kinds=CATEGORIES).get(incoming.id)


def _row(title: str = "Kadri Tamm visits Vilnius", place: str = "Vilnius",
         names: tuple[str, ...] = ("Kadri Tamm", "Lithuania")) -> Event:
    return Event("row", title, DAY, category="visit", participants=names, location=place)


def test_a_typed_visit_by_office_and_surname_is_likely_the_rows() -> None:
    for names in ((), ("Kadri Tamm",), ("Kadri Tamm", "Jonas Petraitis")):
        typed = Event("typed", "Estonian President Tamm visits Vilnius", DAY,
                      category="Visit", participants=names, location="Vilnius")
        assert title_similarity(typed.title, _row().title) < 80
        match = _flag(_row(), typed)
        assert match is not None and match.likely, names
        assert "Kadri Tamm" in match.reason and "same place (Vilnius)" in match.reason


def test_another_person_act_place_or_day_stays_as_it_was() -> None:
    typed = Event("typed", "Estonian President Tamm visits Vilnius", DAY, category="Visit",
                  location="Vilnius")
    other_person = _row("Jonas Petraitis visits Vilnius", names=("Jonas Petraitis",))
    match = _flag(other_person, typed)
    assert match is None or not match.likely
    other_place = _row("Kadri Tamm visits Kaunas", place="Kaunas")
    match = _flag(other_place, typed)
    assert match is None or not match.likely
    met = Event("met", "Tamm meets Petraitis in Vilnius", DAY, category="meeting",
                location="Vilnius")
    other_meeting = Event("row", "Kadri Tamm meets Rasa Kairys in Vilnius", DAY,
                          category="meeting", participants=("Kadri Tamm", "Rasa Kairys"),
                          location="Vilnius")
    match = _flag(other_meeting, met)
    assert match is None or not match.likely
    next_day = Event("row", "Kadri Tamm visits Vilnius", FuzzyDate.of_ymd(2021, 5, 5),
                     category="visit", participants=("Kadri Tamm",), location="Vilnius")
    match = _flag(next_day, typed)
    assert match is None or not match.likely
