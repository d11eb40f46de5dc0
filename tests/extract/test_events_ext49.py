"""Session 35, ext49: a date told as a limit is a limit of the event's date (verify43 X21:
"the talks are due to conclude by mid-2027" was read as the period itself), each shape
checked on the trial's sentence and on sentences written for the session, with guards of
the readings it must not take.  No corpus text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.dates import FuzzyDate
from timeline_app.extract import extract_events

DCT = dt.date(2026, 12, 3)


def _dated(text: str, dct: dt.date | None = DCT) -> list[tuple[str, FuzzyDate, str]]:
    return [(c.title, c.date, c.date_basis) for c in extract_events(text, dct).candidates]


@pytest.mark.parametrize(("text", "expected"), [
    ("BRUSSELS, Dec 3 (Reuters) - The talks are due to conclude by mid-2027, officials "
     "said.", FuzzyDate.of_part(2027, "mid").with_limit("ON_OR_BEFORE")),
    ("A deal is expected before the end of March, the minister said on Tuesday.",
     FuzzyDate.of_month(2027, 3).with_limit("ON_OR_BEFORE")),
    ("The treaty must be ratified no later than 30 June, diplomats said on Monday.",
     FuzzyDate.of_ymd(2027, 6, 30).with_limit("ON_OR_BEFORE")),
    ("The two leaders will meet before Friday, officials said.",
     FuzzyDate.of_ymd(2026, 12, 4).with_limit("BEFORE")),
    ("Elections will be held not before 2030, the president said on Monday.",
     FuzzyDate.of_year(2030).with_limit("ON_OR_AFTER")),
    ("ANKARA, May 2 (AA) - The protocol must be ratified by parliament no later than June "
     "2026, the ministry said.", FuzzyDate.of_month(2026, 6).with_limit("ON_OR_BEFORE")),
])
def test_a_limit_is_the_events_date_told_as_a_limit(text: str, expected: FuzzyDate) -> None:
    rows = _dated(text, dt.date(2026, 5, 2) if text.startswith("ANKARA") else DCT)
    assert expected in [d for _, d, _ in rows], rows
    (basis,) = [b for _, d, b in rows if d == expected]
    assert "a limit, '" in basis


def test_a_limit_before_a_possessive_dates_the_thing_it_owns() -> None:
    rows = _dated("The minister spoke to reporters before Tuesday's meeting in Brussels.")
    assert rows and all(d.limit is None and "limit" not in b for _, d, b in rows), rows


def test_by_before_a_place_and_plain_dates_are_no_limits() -> None:
    rows = _dated("ANKARA, May 2 (AA) - The two sides signed the protocol by the lake on 2 May "
                  "2026.", dt.date(2026, 5, 2))
    assert rows and all(d.limit is None for _, d, _ in rows), rows
    rows = _dated("Serbia and Kosovo agreed on Monday to resume talks in Brussels.")
    assert rows and all(d.limit is None for _, d, _ in rows), rows
