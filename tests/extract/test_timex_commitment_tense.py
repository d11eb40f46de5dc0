"""A month without a year is placed by the tense of the clause that governs it.

New-user trial 8: in an article of 4 May 2025, "met in Beijing on May 3 and agreed to hold
another round of talks in September" dated the talks September 2024 (a treaty): the
past tense of "agreed" made the month a past one.  A verb of committing to a course before
"to" and a verb ("agreed to hold", "decided to convene", "pledged to resume") points to
what comes next, as a future clause does in HeidelTime's reading of year-less months;
a past clause ("met in September", "agreed to a truce in September") still points back.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2025, 5, 4)


def _value_of(text: str, expression: str) -> str:
    found = [t for t in tag_timexes(text, DCT) if t.text == expression]
    assert found, f"{expression!r} not tagged in {text!r}"
    return found[0].value


@pytest.mark.parametrize("text", [
    "The ministers met in Beijing on May 3 and agreed to hold another round of talks in September.",
    "The two sides agreed to resume negotiations in September.",
    "Leaders decided to convene a summit in September.",
    "Seoul pledged to send a delegation in September.",
    "The minister vowed to return to Kyiv in September.",
    "The ministers agree to meet again in September.",
    "Tokyo promised to reopen the consulate in January.",
    # the cues already read forward: kept
    "The foreign ministers will meet in September.",
    "The ministers plan to meet in September.",
    "The next round is scheduled to take place in September.",
])
def test_a_month_governed_by_a_plan_lies_ahead(text: str) -> None:
    month = "January" if "January" in text else "September"
    expected = "2026-01" if month == "January" else "2025-09"
    assert _value_of(text, month) == expected


@pytest.mark.parametrize(("text", "month", "expected"), [
    ("The foreign ministers met in September.", "September", "2024-09"),
    ("The two sides last met in Tokyo in January.", "January", "2025-01"),
    ("The ministers agreed to a truce in September.", "September", "2024-09"),
    ("The ministers agreed to terms in September.", "September", "2024-09"),
    ("The talks collapsed in September after Russia agreed to the plan.", "September", "2024-09"),
    ("The ministers signed the accord in February.", "February", "2025-02"),
    ("The two sides held talks in September and agreed on a plan.", "September", "2024-09"),
])
def test_a_month_of_a_past_clause_lies_behind(text: str, month: str, expected: str) -> None:
    assert _value_of(text, month) == expected


def test_agreed_talks_are_a_coming_meeting_not_a_past_treaty() -> None:
    """Trial 8's article: the September talks are a meeting of September 2025."""
    text = ("The foreign ministers of Japan and China met in Beijing on May 3 and agreed to "
            "hold another round of talks in September.\n"
            "The two sides last met in Tokyo in January.")
    found = {c.date.describe(): c for c in extract_events(text, DCT).candidates}
    assert set(found) == {"3 May 2025", "September 2025", "January 2025"}
    talks = found["September 2025"]
    assert talks.category == "meeting"
    assert found["3 May 2025"].category == "meeting"
    assert found["January 2025"].category == "meeting"
