"""Titles of verify50's and verify51's history texts: "the foreign ministers of Britain,
France and Germany travelled to Tehran" was titled "United Kingdom, France and Germany visits
Tehran" (a visit whose subject names several states takes the plural verb); "step by step"
and "sick and wounded prisoners" cut titles."""

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
