"""A desk's spreadsheet typed in French, merged into a timeline of English wires (verify56 F13).

Its rows name the same happenings in another language: titles 20-65 % alike, lanes named in
French ("Politique", "Traité"), "CEDEAO" for ECOWAS, the leaders where the wires name their
states.  None was offered as the timeline's event it repeats.  Now one actor's other names
are one party ("CEDEAO" is ECOWAS, "Britain" the United Kingdom), three or more parties of
one all among the other's on one day are a possible duplicate whatever the lanes, and so
are persons beside as many states on one day at one place.  My own rows, in her shapes."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates
from timeline_app.extract.state_names import same_actor_names

DAY = FuzzyDate.of_ymd(2027, 4, 12)
NEXT_DAY = FuzzyDate.of_ymd(2027, 4, 13)


def _wire(event_id: str, title: str, parties: tuple[str, ...], category: str = "policy",
          date: FuzzyDate = DAY, place: str = "") -> Event:
    return Event(event_id, title, date, category=category, participants=parties,
                 location=place)


QUIT = _wire("quit", "Guinea, Chad and Gabon announce they are leaving ECOWAS",
             ("Guinea", "Chad", "Gabon", "ECOWAS"))


def test_three_parties_of_a_french_row_among_the_events_are_offered() -> None:
    row = _wire("row", "La Guinée, le Tchad et le Gabon annoncent leur départ de la CEDEAO",
                ("Guinée", "Tchad", "Gabon"), category="Politique")
    found = find_duplicates([QUIT], [row])
    assert "row" in found and found["row"].existing.id == "quit"
    assert not found["row"].likely  # possible: ticked, "Keep both", Merge one choice away
    assert "shares" in found["row"].reason


def test_cedeao_is_ecowas_for_the_rule() -> None:
    row = _wire("row", "Retrait de la CEDEAO", ("Guinea", "Chad", "Gabon", "CEDEAO"),
                category="Politique")
    found = find_duplicates([QUIT], [row])
    assert found["row"].existing.id == "quit"
    assert "the same parties" in found["row"].reason or "shares Guinea, Chad, Gabon, CEDEAO" \
        in found["row"].reason


def test_guard_another_day_or_two_parties_are_not_enough() -> None:
    later = _wire("row", "La Guinée, le Tchad et le Gabon annoncent leur départ de la CEDEAO",
                  ("Guinée", "Tchad", "Gabon"), category="Politique", date=NEXT_DAY)
    two = _wire("two", "Le Tchad et le Gabon signent un accord", ("Tchad", "Gabon"),
                category="Traité")
    assert find_duplicates([QUIT], [later, two]) == {}


CHARTER = _wire("charter", "Guinea, Chad and Gabon sign the Sahel Charter",
                ("Guinea", "Chad", "Gabon"), category="treaty", place="Conakry")


def test_leaders_beside_as_many_states_one_day_at_one_place_are_offered() -> None:
    row = _wire("row", "Charte du Sahel : signature par les trois chefs d'État",
                ("Mamadi Doumbouya", "Mahamat Idriss Deby", "Brice Oligui Nguema"),
                category="Traité", place="Conakry")
    found = find_duplicates([CHARTER], [row])
    assert found["row"].existing.id == "charter" and not found["row"].likely
    assert "same place (Conakry)" in found["row"].reason


def test_guard_two_persons_beside_three_states_or_another_place_are_not() -> None:
    two = _wire("two", "Réunion de Mamadi Doumbouya et d'un industriel",
                ("Mamadi Doumbouya", "Jean Martin"), category="Réunion", place="Conakry")
    elsewhere = _wire("far", "Charte du Sahel : signature par les trois chefs d'État",
                      ("Mamadi Doumbouya", "Mahamat Idriss Deby", "Brice Oligui Nguema"),
                      category="Traité", place="Libreville")
    assert find_duplicates([CHARTER], [two, elsewhere]) == {}


def test_join_names_offers_cedeao_and_ecowas_as_one_actor() -> None:
    assert same_actor_names(["ECOWAS", "Mali", "CEDEAO", "Tchad", "Chad"]) == [
        ("ECOWAS", "CEDEAO"), ("Chad", "Tchad")]


def test_guard_a_name_written_with_the_is_no_person() -> None:
    """Two envoys' calls of other states in one city on one day (the synthetic timeline of
    ``benchmarks/duplicates_cost.py``): "the Philippines" read as a person made them
    persons beside as many states."""
    envoys = _wire("envoys", "Saudi Arabia and Germany trade envoys welcome progress",
                   ("Saudi Arabia", "Germany"), category="statement", place="Osaka")
    row = _wire("row", "The Philippines and the United Nations envoys call for restraint",
                ("the Philippines", "the United Nations"), category="statement",
                place="Osaka")
    assert find_duplicates([envoys], [row]) == {}
