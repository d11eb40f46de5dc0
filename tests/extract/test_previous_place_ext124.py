"""Session 56, ext124: the occasion before a "first ... since" one takes a place only from
its own words (verify73 F7: "Water ministers from the three countries met in Khartoum on
Monday, the first round of talks since December 2023" gave "Previous round of talks",
December 2023, in Khartoum, the Monday meeting's city; a merge into the 2023 breakdown
would have added Khartoum to it).  Sentences written for the test (no corpus text)."""
from __future__ import annotations

import datetime as _dt

from timeline_app.extract import extract_events

_DCT = _dt.date(2026, 11, 30)


def _previous(text: str) -> tuple[str, str, tuple[str, ...]]:
    rows = [c for c in extract_events(text, _DCT).candidates if "revious " in c.title]
    assert len(rows) == 1, [c.title for c in extract_events(text, _DCT).candidates]
    return rows[0].title, rows[0].location, tuple(rows[0].participants)


def test_a_place_of_the_sentences_own_meeting_is_not_the_previous_ones() -> None:
    for text in (
            "Water ministers from Egypt, Ethiopia and Sudan met in Khartoum on Monday, the "
            "first round of talks since December 2023.",
            "Foreign ministers of Armenia and Azerbaijan met in Geneva on Tuesday, their first "
            "meeting since March 2022."):
        title, place, _ = _previous(text)
        assert place == "", (title, place)


def test_a_place_the_first_since_phrase_names_stays() -> None:
    assert _previous("The leaders of Japan and South Korea met on Thursday, at the first "
                     "summit in Tokyo since 2011.")[:2] == ("Previous summit in Tokyo", "Tokyo")
    assert _previous("The two sides held talks in Doha on Sunday, the first round in Doha "
                     "since May 2023.")[1] == "Doha"


def test_a_place_the_shared_noun_names_stays() -> None:
    # ("Putin's visit to Pyongyang ... was his first since": the previous one was there too)
    assert _previous("Putin's visit to Pyongyang in June 2024 was his first since July "
                     "2000.")[:2] == ("Putin's previous visit to Pyongyang", "Pyongyang")


def test_a_state_the_phrase_names_is_the_place_of_a_city_visited() -> None:
    # (the 2019 visit was to Russia, not necessarily to Moscow; the state visited takes part)
    assert _previous("Modi visited Moscow on Monday, his first visit to Russia since "
                     "September 2019.") == ("Previous visit to Russia", "Russia", ("Russia",))
    title, place, who = _previous(
        "Egyptian President Abdel Fattah al-Sisi arrived in Ankara on Wednesday. It is the "
        "first visit by an Egyptian president to Turkey since September 2012.")
    assert (place, who) == ("Turkey", ("Egypt", "Turkey")), title


# verify74 F14: a legislature's hearing is a meeting; a state's body keeps its adjective.

def _rows(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.title, c.category, tuple(c.participants))
            for c in extract_events(text, _dt.date(2025, 1, 15)).candidates]


def test_a_committee_hearing_is_a_meeting_a_court_hearing_a_dispute() -> None:
    for text in ("The Parliament's trade committee will hold a first hearing on February 4.",
                 "Lawmakers of the Senate foreign relations committee will hold hearings on "
                 "February 4."):
        assert [c for _, c, _ in _rows(text)] == ["meeting"], _rows(text)
    assert [c for _, c, _ in _rows(
        "The International Court of Justice will hold a hearing on the border dispute on "
        "February 4.")] == ["dispute"]


def test_a_national_body_keeps_its_state_s_adjective() -> None:
    for text, body in (
            ("On November 26, 2024, the French National Assembly voted 484 to 70 against the "
             "agreement.", "French National Assembly"),
            ("On Tuesday, the Hungarian National Assembly approved the treaty.",
             "Hungarian National Assembly")):
        (title, _, who), = _rows(text)
        assert who == (body,) and title.startswith(body), (title, who)


def test_a_treaty_noun_keeps_the_verb_and_the_parties_of_its_sentence() -> None:
    # (verify74 F14: "Free trade agreement in Montevideo", no verb; the bloc's "of South
    # American countries" then made "South American" the doer)
    rows = [(c.title, tuple(c.participants)) for c in extract_events(
        "MONTEVIDEO, Dec 5 (Reuters) - The European Union and the Mercosur bloc of South "
        "American countries concluded negotiations on a free trade agreement on Thursday, "
        "ending a quarter of a century of stop-start talks.").candidates]
    assert rows == [("European Union and Mercosur conclude negotiations on a free trade "
                     "agreement in Montevideo", ("European Union", "Mercosur"))], rows
    # (the talks' own close, with no text, stays the meeting's row: dev h4-defence-release)
    (title, _), = [(c.title, c.category) for c in extract_events(
        "JAKARTA, March 4 (Reuters) - Negotiators from Indonesia and Japan concluded "
        "negotiations on the text when they met in Jakarta on Tuesday.").candidates]
    assert "agreement" not in title.lower(), title


def test_a_state_s_chamber_votes_in_its_seat() -> None:
    # (verify74 F14: the Assembly's vote had no place; not a bloc's parliament, nor a plan)
    rows = [(c.title, c.location) for t in (
        "On November 26, 2024, the French National Assembly voted 484 to 70 against the "
        "agreement.",
        "The Austrian parliament voted against the agreement in September 2019.",
        "On Tuesday, the European Parliament voted 400 to 200 in favour of the agreement.",
        "The Polish Sejm will vote on the treaty on Friday.")
        for c in extract_events(t, _dt.date(2025, 1, 15)).candidates]
    assert [place for _, place in rows] == ["Paris", "Vienna", "", ""], rows


def test_a_dateline_s_dash_opens_no_aside_and_a_bloc_s_members_are_the_bloc() -> None:
    # (verify74 F14, her explainer: "Concludes negotiations on a trade agreement", no one)
    (title, who), = [(c.title, tuple(c.participants)) for c in extract_events(
        "BRUSSELS, January 15, 2025 - The European Union and the four founding members of "
        "Mercosur - Brazil, Argentina, Uruguay and Paraguay - concluded negotiations on a "
        "trade agreement in Montevideo on December 6, 2024.").candidates]
    assert (title, who) == ("European Union and Mercosur conclude negotiations on a trade "
                            "agreement in Montevideo", ("European Union", "Mercosur"))
    # (an aside of the sentence's own still ends the subject before it)
    (title, _), = [(c.title, c.date) for c in extract_events(
        "ACCRA, June 5 (Reuters) - The deal - for three firms - was rejected by Ghana on "
        "Wednesday.").candidates]
    assert not title.lower().startswith("for three firms"), title
