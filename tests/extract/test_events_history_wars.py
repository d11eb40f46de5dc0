"""Wars ended by treaties, as a history tells them (verify41's a2: "Treaties negotiated in
Osnabrück" for the Peace of Westphalia, "War of the Spanish Succession closed by the Peace",
"Treaty of Paris signed by War").  The sentences are new ones, of other wars."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate, extract_events


def _events(text: str, dct: _dt.date | None = None) -> list[Candidate]:
    return list(extract_events(text, dct, mode="narrative" if dct is None else "auto").candidates)


def _titled(text: str, words: str, dct: _dt.date | None = None) -> Candidate:
    found = [c for c in _events(text, dct) if words in c.title]
    assert found, [c.title for c in _events(text, dct)]
    return found[0]


def test_a_war_that_ended_with_a_treaty_is_the_treaty_s_row() -> None:
    c = _titled("The Great Northern War (1700\u20131721) ended with the Treaty of Nystad.",
                "Treaty of Nystad ends")
    assert "Great Northern War" in c.title
    assert c.category == "treaty"
    assert "War" not in c.participants and "Great Northern War" not in c.participants


def test_the_span_after_a_war_s_name_dates_its_end_by_its_last_year() -> None:
    c = _titled("The Great Northern War (1700\u20131721) ended with the Treaty of Nystad.",
                "Treaty of Nystad")
    assert c.date == FuzzyDate.of_year(1721)


def test_a_treaty_that_ended_a_war_as_its_subject() -> None:
    c = _titled("The Treaty of Frankfurt ended the Franco-Prussian War in May 1871.",
                "Treaty of Frankfurt ends Franco-Prussian War")
    assert c.date == FuzzyDate.of_month(1871, 5)
    assert c.category == "treaty"


def test_a_war_closed_by_a_treaty_in_the_passive() -> None:
    c = _titled("The War of the Polish Succession was closed by the Treaty of Vienna in 1738.",
                "Treaty of Vienna ends War of the Polish Succession")
    assert c.date == FuzzyDate.of_year(1738)
    assert c.location == "Vienna"  # (a treaty named after a city was made there)


def test_a_war_that_ended_in_a_year() -> None:
    c = _titled("The Crimean War ended in 1856.", "ends")
    assert c.date == FuzzyDate.of_year(1856)


def test_an_agreement_which_ended_a_war_names_it() -> None:
    c = _titled("Both states accepted the Algiers Agreement of December 2000, which ended the "
                "1998-2000 border war.", "Algiers Agreement ends border war",
                _dt.date(2018, 6, 20))
    assert c.location == "Algiers"


def test_talks_that_ended_are_no_war_s_end() -> None:
    # (guard: "end" is an event only of a war or by a treaty)
    titles = [c.title for c in _events("GENEVA, May 3 (Reuters) - The talks ended on Friday "
                                       "and the envoys went home.", _dt.date(2024, 5, 3))]
    assert not any("end" in t for t in titles), titles


def test_a_span_after_a_person_s_name_dates_no_act() -> None:
    # (guard: "(1977-1981)" is the term, not the meeting's year)
    c = _titled("Jimmy Carter (1977\u20131981) met Deng Xiaoping in Washington in January "
                "1979.", "Deng Xiaoping")
    assert c.date == FuzzyDate.of_month(1979, 1)


def test_the_doers_of_a_participle_are_the_names_after_by() -> None:
    c = _titled("The Crimean War ended with the Treaty of Paris, signed by Russia, France, "
                "Britain and the Ottoman Empire on 30 March 1856.", "Treaty of Paris")
    assert c.date == FuzzyDate.of_day(_dt.date(1856, 3, 30))
    assert {"Russia", "France", "Britain", "Ottoman Empire"} <= set(c.participants)
    assert "War" not in c.title and "War" not in c.participants


def test_a_participle_without_by_keeps_the_clause_s_doer() -> None:
    # (guard: the doer of "signed in April 2001" is the clause's subject, as before)
    c = _titled("SEOUL, May 3 (Yonhap) - South Korea and Japan revived an agreement signed in "
                "April 2001.", "signed by", _dt.date(2024, 5, 3))
    assert c.title == "Agreement signed by South Korea and Japan"



def test_a_war_is_no_participant_nor_signer() -> None:
    c = _titled("The Russo-Turkish War (1877\u20131878) ended with the Treaty of San Stefano, "
                "signed on 3 March 1878.", "Treaty of San Stefano")
    assert "War" not in c.title and not any("War" in p for p in c.participants)
    assert c.date == FuzzyDate.of_day(_dt.date(1878, 3, 3))


def test_a_war_that_begins_keeps_its_name_in_the_title() -> None:
    c = _titled("The Great Northern War began in 1700.", "begins")
    assert c.title == "Great Northern War begins"
    assert "Great Northern War" not in c.participants


def test_an_armistice_that_ended_a_war_and_was_signed() -> None:
    c = _titled("The First World War (1914\u20131918) ended with the armistice of 11 November "
                "1918, signed in a railway carriage at Compi\u00e8gne.", "Armistice")
    assert c.title.startswith("Armistice signed")
    assert c.date == FuzzyDate.of_day(_dt.date(1918, 11, 11))


def test_every_signer_listed_after_a_passive_s_date() -> None:
    c = _titled("The Treaty of Berlin was signed on 13 July 1878 by Britain, France, Germany, "
                "Italy, Russia and the Ottoman Empire.", "Treaty of Berlin")
    assert {"Britain", "France", "Germany", "Italy", "Russia", "Ottoman Empire"} \
        <= set(c.participants)


def test_the_signers_of_a_war_ending_treaty_listed_after_by() -> None:
    c = _titled("The Nine Years' War (1688\u20131697) ended with the Peace of Ryswick, signed by "
                "France, Spain and England in September 1697.", "Peace of Ryswick")
    assert {"France", "Spain", "England"} <= set(c.participants)


def test_where_the_war_ending_treaty_was_negotiated() -> None:
    c = _titled("The Great Northern War (1700\u20131721) ended with the Treaty of Nystad, a treaty "
                "negotiated at Nystad and Stockholm.", "Treaty of Nystad ends")
    assert c.location == "Nystad and Stockholm"


def test_an_apposition_without_a_place_gives_none() -> None:
    # (guard: only "negotiated/signed/concluded at" a named place)
    c = _titled("The Great Northern War (1700\u20131721) ended with the Treaty of Nystad, a "
                "humiliation for Sweden.", "Treaty of Nystad ends")
    assert c.location == ""


def test_a_war_whose_relative_clause_tells_its_start_ends_on_its_own_date() -> None:
    """verify55 F9: "The second, a 44-day war that began on September 27, 2020, ended on
    November 10, 2020, with a ceasefire ..." gave one row "27 September 2020 -- 2020 ends"
    (the end took the start's day; the subject read as the date's year) and no 10 November."""
    text = ("The second, a 30-day war that began on March 2, 1999, ended on April 1, 1999, "
            "with a Brazilian-brokered truce that left Ecuador in control of much of the land "
            "it had lost in the 1980s.")
    cands = extract_events(text, None).candidates
    by_day = {c.date.to_timex()[0]: c for c in cands}
    assert by_day["1999-03-02"].title == "30-day war begins"
    assert by_day["1999-04-01"].title == "30-day war ends"
    # (a demonym's compound is an adjective, never the doer "it" stands for; what was lost
    # is the noun the relative clause without "that" follows: it was "Russian-brokered
    # loses")
    assert by_day["198"].title == "Ecuador loses land"
    assert not any("Brazilian-brokered" in c.title or "Brazilian-brokered" in c.participants
                   for c in cands)
