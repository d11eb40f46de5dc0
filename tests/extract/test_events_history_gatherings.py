"""A congress that opens, as a history tells it (verify41's a3: "The Congress of Vienna
opened in September 1814, chaired by ... Metternich" gave no event, the main event of its
article).  The sentences are new ones."""

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


def test_a_congress_that_opened_is_an_event_in_its_city() -> None:
    c = _titled("The Congress of Berlin opened in June 1878, chaired by the German chancellor "
                "Otto von Bismarck.", "Congress of Berlin opens")
    assert c.date == FuzzyDate.of_month(1878, 6)
    assert c.location == "Berlin"
    assert "Congress of Berlin" not in c.participants


def test_a_congress_s_chair_takes_part() -> None:
    c = _titled("The Congress of Vienna opened in September 1814, chaired by the Austrian "
                "foreign minister Klemens von Metternich.", "opens")
    assert "Klemens von Metternich" in c.participants


def test_a_summit_which_opens_is_where_the_trip_goes() -> None:
    # (guard: the relative clause's summit is no event of its own; the trip is)
    titles = [c.title for c in _events("TOKYO, Nov 15 (Kyodo) - Ishiba will travel on to Rio "
                                       "de Janeiro for the Group of 20 summit, which opens on "
                                       "Monday.", _dt.date(2024, 11, 15))]
    assert not any("opens" in t for t in titles), titles



def test_a_congress_that_met_under_a_chair_meets_no_one() -> None:
    c = _titled("The Congress of Berlin met from 13 June to 13 July 1878 under the chairmanship "
                "of the German chancellor Otto von Bismarck.", "Congress of Berlin")
    assert "meets Otto" not in c.title
    assert c.location == "Berlin" and "Otto von Bismarck" in c.participants


def test_a_congress_is_no_participant_of_what_it_did() -> None:
    c = _titled("In 1818 the Congress of Aix-la-Chapelle admitted France to the Concert of "
                "Europe.", "admits France")
    assert "Congress of Aix-la-Chapelle" not in c.participants


def test_the_act_of_the_congress_named_before_is_in_its_city() -> None:
    c = _titled("The Congress of Paris opened in February 1856. The Final Act of the congress "
                "was signed on 30 March 1856.", "Final Act")
    assert c.location == "Paris"


def test_a_conference_never_named_gives_no_place() -> None:
    # (guard: only a congress or conference the article named after a city)
    c = _titled("GENEVA, May 3 (Reuters) - The final text of the conference was adopted on "
                "Monday.", "text", _dt.date(2021, 5, 3))
    assert c.location in ("", "Geneva")


def test_another_act_of_a_sentence_that_names_the_congress_gets_no_place() -> None:
    # (only the act whose own words name "the congress")
    found = extract_events("The Congress of Paris opened in February 1856. After the close of "
                           "the congress, Russia signed a treaty with Persia in May 1857.",
                           mode="narrative").candidates
    treaty = next(c for c in found if "sign" in c.title)
    assert treaty.location != "Paris"
