"""The rulers and commanders of a history, named after a title in lower case (verify41's a1:
"the emperor Trajan", "the Roman general Corbulo", "his successor Hadrian" were no people, so
"in 116 he captured the Parthian capital" was read as another's act)."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.entities import Entities


def _people(text: str) -> set[str]:
    return set(Entities(text, (0, 0)).people)


def test_a_lower_case_title_of_a_history_names_a_person() -> None:
    people = _people("In 1521 the emperor Charles V met the French king Francis I, and the "
                     "Ottoman general Ibrahim Pasha marched on Vienna; his successor Ferdinand "
                     "made peace.")
    assert {"Charles V", "Ibrahim Pasha", "Ferdinand"} <= people


def test_he_after_a_titled_ruler_is_that_ruler() -> None:
    text = ("In AD 63 the Parthian king Vologases I agreed at Rhandeia to a truce. In 114 the "
            "emperor Trajan annexed Armenia, and in 116 he invaded Mesopotamia.")
    found = extract_events(text, mode="narrative").candidates
    invasion = next(c for c in found if "Mesopotamia" in c.title)
    assert invasion.title == "Trajan invades Mesopotamia"


def test_he_after_a_king_with_a_regnal_number_is_that_king() -> None:
    # (guard: a ruler with a capitalised title was a person before)
    text = ("In 1402 the Mongol general Timur defeated Bayezid at Ankara. In 1415 King "
            "Henry V invaded France, and in 1420 he signed the Treaty of Troyes.")
    found = extract_events(text, mode="narrative").candidates
    troyes = next(c for c in found if "Troyes" in c.title)
    assert "Timur" not in troyes.participants


def test_a_general_strike_names_no_one() -> None:
    # (guard: a title needs a name after it)
    assert _people("A general strike shut the port, and the king of Jordan spoke.") == set()
