"""Titles of verify50's, verify51's and verify52's texts: "the foreign ministers of Britain,
France and Germany travelled to Tehran" was titled "United Kingdom, France and Germany visits
Tehran" (a visit whose subject names several states takes the plural verb); "step by step"
and "sick and wounded prisoners" cut titles; "Istanbul meeting in Istanbul"."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

DCT = dt.date(2026, 12, 3)


def _titles(sentence: str) -> list[str]:
    result = extract_events("VIENNA, Dec 3, 2026 (Reuters) - " + sentence, DCT)
    return [c.title for c in result.candidates if c.category == "visit"]


@pytest.mark.parametrize(("sentence", "title"), [
    ("In October 2003, the foreign ministers of Britain, France and Germany travelled to "
     "Tehran.", "United Kingdom, France and Germany visit Tehran"),
    ("Japan's foreign minister visited Seoul on Monday.", "Japan's foreign minister visits Seoul"),
])
def test_a_visit_s_verb_agrees_with_its_visitors(sentence: str, title: str) -> None:
    assert _titles(sentence) == [title]


def test_step_by_step_is_how_not_what() -> None:
    """verify50's history: "from May 2019 Iran began to exceed its limits step by step" was
    titled "Iran begins to exceed its limits step" (the title stopped at "by")."""
    result = extract_events("VIENNA, Dec 3, 2026 (Reuters) - From May 2019 Iran began to "
                            "exceed its limits step by step.", DCT)
    assert [c.title for c in result.candidates] == ["Iran begins to exceed its limits"]


def test_sick_and_wounded_prisoners_is_one_object() -> None:
    """verify51 F5: "the Communist side agreed to exchange sick and wounded prisoners" was
    titled "… agrees to exchange sick": "and wounded" read as a second verb."""
    result = extract_events("VIENNA, Dec 3, 2026 (Reuters) - In April 1953 the Communist side "
                            "agreed to exchange sick and wounded prisoners.", DCT)
    assert [c.title for c in result.candidates] == [
        "Communist side agrees to exchange sick and wounded prisoners"]


WIRE = ("VIENNA, Dec 3 (Reuters) - Iran and Britain, France and Germany will hold a new round "
        "of talks on Tehran's nuclear programme in Geneva on Dec. 14, diplomats said on "
        "Thursday, the first such meeting since the three European powers forced the return "
        "of United Nations sanctions last year.\n\nInspectors have not visited the "
        "sites damaged in Israeli and U.S. strikes in June 2025.\n\nThe IAEA's Board of "
        "Governors passed a resolution on Nov. 20 demanding that Iran account for its stock "
        "of uranium.\n\nThe E3 triggered the so-called snapback mechanism of the 2015 nuclear "
        "deal on Aug. 28, 2025, and U.N. sanctions were reimposed on Sept. 28, 2025.")


def test_the_reuters_wire_s_titles() -> None:
    """verify50 12, titles she retyped: a capital beside its own state is no fifth party
    ("Iran, Britain, France, Germany and Tehran meet"); "U.S." keeps its stops' phrase
    ("U.S.: Strikes"); a demand's clause cut before its object is dropped ("passes
    resolution demanding that Iran account"); the title is told by the mention of the
    event's own date (the 28 August row was "United Nations sanctions", from the lead's
    "the return of United Nations sanctions last year")."""
    titles = {str(c.date): c.title for c in extract_events(WIRE, dt.date(2026, 12, 3)).candidates}
    assert titles["14 December 2026"] == "Iran, Britain, France and Germany meet in Geneva (scheduled)"
    assert titles["June 2025"] == "U.S. strikes"
    assert titles["20 November 2026"] == "IAEA's Board of Governors passes resolution"
    assert titles["28 August 2025"] == "E3 triggers so-called snapback mechanism of the nuclear deal"


def test_a_gathering_named_by_its_place_does_not_say_it_twice() -> None:
    """verify52: "during the Istanbul meeting on Wednesday" was "Istanbul meeting in
    Istanbul"."""
    result = extract_events("VIENNA, Dec 3, 2026 (Reuters) - Russia and Ukraine narrowed their "
                            "differences during the Istanbul meeting on Wednesday.", DCT)
    assert [c.title for c in result.candidates] == ["Istanbul meeting"]
