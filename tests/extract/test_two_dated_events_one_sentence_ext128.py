"""Two dated events in one sentence that had given one candidate (ext128, from the error kinds
of blind set h22, ``miss:merged``): an act told by a gerund after "after" or "before" with a
date of its own ("reopened it in 2015 after closing it in 2002"), doers of the same act after
", and" with the verb left out ("are to meet next month, and the foreign ministers in July"),
and an occasion told after ", and before that".  Made-up sentences; none is taken from an
evaluation corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

DCT = dt.date(2025, 3, 22)


def values(text: str) -> list[str]:
    return sorted(c.date.to_timex()[0] for c in extract_events(text, DCT).candidates)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruritania and Elbonia established relations in 1961, and Ruritania reopened its "
     "consulate in Sylvania in 2011 after closing it in 1994 to save money.",
     ["1961", "1994", "2011"]),
    ("In 2009 a tribunal ruled against the fishing fleet, and Elbonia briefly halted the "
     "catch before launching a smaller programme in 2012.", ["2009", "2012"]),
    ("In 2009 a tribunal ruled against the fleet and the catch was briefly halted before "
     "launching a smaller programme in 2012.", ["2009", "2012"]),
    ("The two states signed a border accord in 1998 after negotiating it in secret in 1996.",
     ["1996", "1998"]),
])
def test_an_act_after_or_before_with_its_own_date(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_the_act_after_after_shares_the_doer_and_the_place_of_its_pronoun_s_act() -> None:
    result = extract_events("Ruritania and Elbonia established relations in 1961, and Ruritania "
                            "reopened its consulate in Valdor in 2011 after closing it in 1994.",
                            DCT)
    closing = next(c for c in result.candidates if c.date.to_timex()[0] == "1994")
    assert closing.location == "Valdor"
    assert closing.participants[0] == "Ruritania"


@pytest.mark.parametrize("text", [
    # one date: it dates the act before, the gerund tells how
    "The two ministers signed the accord on 3 March after meeting in Geneva.",
    # a plan, not two acts
    "Elbonia will reopen the consulate in 2026 after closing it in 2025 for repairs.",
    # a month inside a noun phrase, no date of the gerund's clause
    "The envoy, who was sworn in on October 20 after winning the February election, spoke.",
    # a gerund that tells no act
    "Ruritania joined the union in 2004 after being a candidate in 1997.",
])
def test_no_second_act_without_two_past_dates_or_an_act(text: str) -> None:
    assert len(values(text)) <= 1


def test_doers_of_the_same_act_after_a_comma_and() -> None:
    result = extract_events("The trade secretaries are to meet in Valdor next month, and the "
                            "defence ministers in July.", DCT)
    assert sorted(c.date.to_timex()[0] for c in result.candidates) == ["2025-04", "2025-07"]
    july = next(c for c in result.candidates if c.date.to_timex()[0] == "2025-07")
    assert "defence ministers" in july.title.lower()
    assert "defence ministers" not in july.participants  # (a common noun names no one)


def test_a_verb_of_its_own_after_a_comma_and_is_no_gap() -> None:
    found = values("The trade secretaries met in Valdor in January, and the talks ended in "
                   "July.")
    assert "2025-07" not in found or len(found) == 2


def test_an_occasion_told_after_and_before_that() -> None:
    result = extract_events("Ruritania and Elbonia last held talks in Valdor in April 2019, "
                            "and before that at Port Sylvan in July 2016.", DCT)
    assert sorted(c.date.to_timex()[0] for c in result.candidates) == ["2016-07", "2019-04"]


def test_a_past_verb_s_weekday_after_a_week_ahead_is_this_week_s() -> None:
    # (Tuesday 18 March 2025; "next week" dates the summit of the relative clause only)
    text = ("Valdor, March 18 (Wire) - The summit that Ruritania was due to host next week has "
            "been cancelled, the bloc's secretariat confirmed on Tuesday, two days after "
            "officers seized power in the capital.\n")
    result = extract_events(text, dt.date(2025, 3, 18))
    dates = [c.date.to_timex()[0] for c in result.candidates]
    assert "2025-03-25" not in dates
    assert "2025-03-16" in dates


def test_a_weekday_after_a_week_ahead_is_still_that_week_s() -> None:
    text = ("Valdor, March 18 (Wire) - Next week the ministers will meet in Port Sylvan on "
            "Tuesday to sign the accord.\n")
    dates = [c.date.to_timex()[0] for c in extract_events(text, dt.date(2025, 3, 18)).candidates]
    assert dates == ["2025-03-25"]
