"""Extraction defects a fresh user found (verify14, session 14) and ext14c left: a dateline's
year guessed from a loosely told later weekday although a past full date rules that year
out, seats of government that speak for their state, demonyms with a title naming the
signers' states, and the UN members the states table did not know.  Each rule is checked on
text of my own, not on the article it was found in."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract.dateline import read_dateline

NAIROBI = (
    "NAIROBI, March 5 (AFP) - Kenya and Ethiopia signed a border accord on Thursday after a "
    "week of talks.\n\n"
    "The Ethiopian foreign ministry said on Friday that parliament would debate the text.\n\n"
    "The accord ends a dispute that the arbitration panel of the regional bloc settled at its "
    "headquarters in Addis Ababa on November 20, 2023.")


@pytest.fixture
def today_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fix 'today' so that 'an article is not from the future' does not age."""
    import timeline_app.extract.dateline as dl
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2026, 11, 30))


# -- 1. the dateline's year -------------------------------------------------------------

def test_a_past_full_date_far_from_its_verb_bounds_the_year_and_the_leads_weekday_wins(
        today_2026: None) -> None:
    # 5 March is a Thursday in 2026 and 2020, a Friday (the later sentence's day) in 2021;
    # the ruling of 20 November 2023 is told as past, so the article is from 2024 or later
    dl = read_dateline(NAIROBI)
    assert dl.year == 2026
    assert "'November 20, 2023' as past" in dl.year_basis
    assert "the lead says 'Thursday'" in dl.year_basis


def test_a_full_date_to_come_is_no_lower_bound(today_2026: None) -> None:
    text = NAIROBI.replace("settled", "will settle").replace("2023", "2027")
    assert "as past" not in read_dateline(text).year_basis
