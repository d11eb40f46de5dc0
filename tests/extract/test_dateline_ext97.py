"""Year-less datelines over a chronology, and news with no year the text settles (ext97).

A blind set lost most of its misses on the article's date: a 'Feb 4 (Reuters) -' dateline
over a 'Key dates' list took its year from an entry five years before the list's last one
(an entry's 'Feb 4, 2021 - ...' is that entry's own day), and a day-month dateline with no
year the text settles was read as a narrative, its 'last August' and 'In March' put in the
year of the date told before them.  The articles below are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import extract_events, read_dateline
from timeline_app.extract.timex import reads_as_narrative

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


KEY_DATES = (
    "Feb 4 (Reuters) - Ethiopia and Eritrea agreed to reopen their shared border crossings, "
    "the two foreign ministries said.\n\n"
    "The foreign ministers announced the deal on Wednesday after two days of talks in Asmara.\n\n"
    "Here are key dates in relations between the two countries:\n\n"
    "1998 - Border war breaks out over the town of Badme.\n\n"
    "2000 - The Algiers agreement ends the war.\n\n"
    "Feb 4, 2021 - Eritrean troops cross into Ethiopia's Tigray region.\n\n"
    "Feb 2023 - Foreign ministers meet in Nairobi.\n\n"
    "Nov 2025 - The two sides hold border talks in Addis Ababa.\n")


def test_an_entry_of_a_chronology_on_the_datelines_day_gives_no_year():
    d = read_dateline(KEY_DATES)
    assert (d.month, d.day) == (2, 4)
    assert d.year != 2021
    assert "Feb 4, 2021" not in d.year_basis


def test_the_latest_entry_of_a_chronology_bounds_the_year_from_below():
    # 'Nov 2025' done before a 4 February dateline: 2026 or later; 4 February 2026 is a
    # Wednesday, the day the text tells
    d = read_dateline(KEY_DATES)
    assert d.year == 2026
    assert "chronology lists 'Nov 2025'" in d.year_basis


def test_an_entry_that_looks_ahead_bounds_nothing():
    text = KEY_DATES.replace("Nov 2025 - The two sides hold border talks in Addis Ababa.",
                             "Nov 2025 - The two sides will hold border talks in Addis Ababa.")
    assert "'Nov 2025'" not in read_dateline(text).year_basis


SUVA = ("Fiji and New Zealand sign fisheries pact\n\n"
        "SUVA, 11 February \u2014 Fiji and New Zealand signed a fisheries cooperation pact, "
        "extending the joint patrols the two navies have run since January 2024.\n\n"
        "The pact builds on 2024's maritime agreement, which set up shared surveillance of the "
        "exclusive economic zone. Last August, a joint patrol intercepted two unlicensed "
        "longliners north of Vanua Levu.\n\n"
        "Fiji's fisheries minister said the new pact would take effect in March.\n")


def test_a_year_less_dateline_the_text_does_not_settle_gives_no_year_to_its_months():
    result = extract_events(SUVA)
    assert result.dct is None and result.dateline.day == 11
    assert result.mode == "news"  # (a day's news, not a story told in dated steps)
    # 'Last August' and 'in March' are counted from the unknown writing day: no year
    # (they took 2023, from 'since January 2024', as a narrative's)
    assert all(c.date.month not in (3, 8) for c in result.candidates)
    assert any(c.date.year == 2024 and c.date.month is None for c in result.candidates)


def test_months_and_years_counted_from_the_writing_make_a_text_news():
    text = ("Kenya and Tanzania agreed to remove 14 trade barriers, the East African Community "
            "said. Their ministers met in Arusha last month, after talks broke down in 2023. "
            "The barriers must be removed by 30 June 2026.")
    assert not reads_as_narrative(text)
    history = ("The kingdom was founded in 1821. In March, the king moved his court to the "
               "coast, and by 1830 the new capital had 5,000 people.")
    assert reads_as_narrative(history)


def test_an_arrangement_anywhere_in_its_clause_bounds_the_year_from_above():
    # ('is due to' more than six words before the date: read as past, 'in August 2026'
    # put a 17 October dateline in 2026)
    text = ("GABORONE, Oct 17 (Reuters) - The bloc's leaders met on Friday. South Africa is "
            "due to take over the rotating chair of the bloc in August 2026, officials said.\n")
    low, high = dl._year_bounds(text, None, 10, 17)
    assert low is None and high is not None and high.year == 2025
    assert read_dateline(text).year == 2025  # (17 October 2025 is a Friday)


def test_an_arrangement_about_a_past_date_is_no_bound_from_above():
    text = ("GABORONE, Oct 17 (Reuters) - Japan is due to renew the treaty signed in August "
            "2019, officials said.\n")
    low, high = dl._year_bounds(text, None, 10, 17)
    assert high is None and low is not None and low.year == 2019


LAST_AUGUST = (
    "SUVA, 11 February \u2014 Fiji and New Zealand signed a fisheries cooperation pact, "
    "extending the joint patrols the two navies have run since January 2024.\n\n"
    "The patrols were stepped up in August 2025 after a surge in illegal fishing. Last August, "
    "a joint patrol intercepted two unlicensed longliners north of Vanua Levu.\n")


def test_last_month_and_its_past_date_give_the_year_after():
    d = read_dateline(LAST_AUGUST)
    assert d.year == 2026
    assert "'Last August' is in August 2025" in d.year_basis


def test_last_month_before_the_datelines_month_gives_no_year():
    # (under a November dateline 'last August' may be this year's or the year before's)
    text = LAST_AUGUST.replace("11 February", "11 November")
    assert "Last August" not in read_dateline(text).year_basis


def test_last_month_with_dates_of_two_years_gives_no_year():
    text = LAST_AUGUST.replace(
        "after a surge in illegal fishing.",
        "after a surge in illegal fishing, as they had been in August 2023.")
    assert "Last August" not in read_dateline(text).year_basis


NO_DATELINE = (
    "Kenya and Tanzania agree to ease border trade\n\n"
    "Kenya and Tanzania agreed on Thursday to remove 14 non-tariff barriers on their shared "
    "border, the East African Community said.\n\n"
    "Trade ministers of the two countries met in Arusha last month to draw up the list. In "
    "March, customs officers will begin joint inspections at the Namanga crossing, and the "
    "barriers must be removed by 30 June 2026.\n")


def test_without_a_dct_an_act_of_a_month_takes_no_other_clauses_date():
    result = extract_events(NO_DATELINE)
    assert result.dct is None
    # ('In March' has no year here; the inspections were dated 30 June 2026, the
    # deadline of the other clause)
    assert not any("inspection" in c.title.lower() for c in result.candidates)

