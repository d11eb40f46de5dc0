"""The acts of a history's wars that gave no event (verify41's a1: "Mark Antony led a campaign
into Media Atropatene", "Phraates IV returned the standards captured at Carrhae", "sent four
of his sons to Rome as hostages", "he captured the Parthian capital Ctesiphon", "Hadrian
abandoned the new provinces").  The sentences are new ones, of other wars."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate, extract_events

_STORY = (
    "The Wars of Kings\n\n"
    "In 1812 the emperor Napoleon led an army into Russia. In 1453 the Ottoman army captured "
    "the Byzantine capital Constantinople. In 1526 the king Francis I sent his two sons to "
    "Madrid as hostages. In 1763 France abandoned its territories in Canada. In 1946 the "
    "Soviet Union returned the prisoners captured at Stalingrad.\n"
)


def _events(text: str, dct: _dt.date | None = None) -> list[Candidate]:
    return list(extract_events(text, dct, mode="narrative" if dct is None else "auto").candidates)


def _dated(year: int) -> Candidate:
    found = [c for c in _events(_STORY) if c.date == FuzzyDate.of_year(year)]
    assert found, [(c.date, c.title) for c in _events(_STORY)]
    return found[0]


def test_an_army_led_into_a_land() -> None:
    c = _dated(1812)
    assert c.title == "Napoleon leads army into Russia"
    assert c.location == "Russia" and c.category == "dispute"


def test_a_capital_captured_is_the_place() -> None:
    c = _dated(1453)
    assert "captures" in c.title
    assert c.location == "Constantinople"


def test_sons_sent_as_hostages() -> None:
    c = _dated(1526)
    assert "sends his two sons to Madrid as hostages" in c.title
    assert c.category == "event"


def test_lands_abandoned() -> None:
    assert _dated(1763).title == "France abandons its territories in Canada"


def test_prisoners_returned_where_they_were_not_taken() -> None:
    c = _dated(1946)
    assert c.title == "Soviet Union returns prisoners"
    assert c.location != "Stalingrad"


def test_a_campaign_for_reform_is_no_war() -> None:
    # (guard: only a campaign or an army led into, against or to a place)
    found = _events("WELLINGTON, May 3 (Reuters) - Ardern led a campaign for gun reform on "
                    "Monday.", _dt.date(2021, 5, 3))
    assert not any("lead" in c.title or "campaign" in c.title.lower() for c in found)


def test_a_mood_captured_is_no_capture() -> None:
    # (guard: a city or a named place is captured, not a mood)
    found = _events("WELLINGTON, May 3 (Reuters) - The photograph captured the mood of the "
                    "summit on Monday.", _dt.date(2021, 5, 3))
    assert not any("capture" in c.title for c in found)


def test_a_favour_returned_is_no_event() -> None:
    found = _events("WELLINGTON, May 3 (Reuters) - Peters returned the favour on Monday.",
                    _dt.date(2021, 5, 3))
    assert found == []


def test_what_a_relative_clause_captured_is_no_capture() -> None:
    # (WikiWars 04: "heavy cannons that the patriots had captured at Fort Ticonderoga were
    # brought to Boston" was a row "Patriots capture at Fort Ticonderoga ...")
    found = _events("In early March 1776, heavy guns that the rebels had captured at Fort "
                    "Niagara were brought to Albany.")
    assert not any("captur" in c.title for c in found)


def test_a_person_captured_is_no_place() -> None:
    [c] = [c for c in _events("In 1779 Clark captured Hamilton himself.") if "captures" in c.title]
    assert c.location != "Hamilton"


def test_a_participle_ending_the_war_is_the_clause_s_act() -> None:
    # (WikiWars 01: "..., signed aboard the USS Missouri on September 2, 1945, ending the war"
    # was a row "1945 ends war")
    found = _events("Japan surrendered on 2 September 1945, ending the war.")
    assert not any("ends" in c.title for c in found)


def test_control_of_a_land_contested_over_a_century() -> None:
    [c] = [c for c in _events("In 1700 Russia and Sweden went to war. In the 18th century the "
                              "two empires contested control of Finland.") if "contest" in c.title]
    assert c.category == "dispute"
    assert c.date == FuzzyDate.of_year(1701) and c.end == FuzzyDate.of_year(1800)


def test_a_contested_election_is_no_war() -> None:
    # (guard: control of a land or a throne, not an election)
    found = _events("KYIV, May 3 (Reuters) - The opposition contested the election results on "
                    "Monday.", _dt.date(2021, 5, 3))
    assert not any("contest" in c.title for c in found)
