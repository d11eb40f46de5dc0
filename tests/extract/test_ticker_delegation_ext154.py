"""Session 64, ext154 (blind set h29): a live ticker's header date, its day headings and
times; a delegation's numbered days; calendar pieces.  Sentences are our own, with other names."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import dateline as dl

TICKER_HEAD = ("LIVE: Valletta ports conference - as it happened\n\n"
               "All times local (CET). Final entry Tuesday 9 June 2026, 16:20.\n\n"
               "MONDAY 8 JUNE\n\n"
               "09:10 - Delegations are arriving at the harbour hall.\n\n")


def test_a_ticker_header_sentence_labelled_last_entry_dates_the_article():
    # the label opens the line's second sentence, not the line ('All times local (CET).')
    found = dl.read_dateline(TICKER_HEAD)
    assert found.date == dt.date(2026, 6, 9)


def test_guard_a_sentence_of_the_body_with_a_date_dates_nothing_by_label():
    text = ("The ministers met in Valletta. The last entry in the register is dated 9 June "
            "2026, officials said.\n\nThey will meet again.\n")
    assert dl.read_dateline(text).date is None


TICKER = TICKER_HEAD + (
    "10:15 - Plenary talks are under way. The conference chair welcomes the delegations.\n\n"
    "12:40 - Maltese Prime Minister Karl Borg and Tunisian President Hedi Mansour meet on "
    "the side of the conference.\n\n"
    "TUESDAY 9 JUNE\n\n"
    "09:30 - Transport ministers gather for an early working session.\n\n"
    "11:50 - The Valletta Charter is adopted.\n\n"
    "16:20 - That's all from us.\n")


def _rows(text: str):
    from timeline_app.extract.events import extract_events
    return extract_events(text).candidates


def test_each_stamped_entry_of_a_ticker_is_its_own_event():
    rows = _rows(TICKER)
    said = {c.evidence[0].sentence.split(" - ")[0]: c for c in rows}
    assert {"10:15", "12:40"} <= set(said), [c.evidence[0].sentence for c in rows]
    assert said["10:15"].date.day == 8 and said["12:40"].date.day == 8
    assert said["12:40"].participants[:2] == ("Karl Borg", "Hedi Mansour")


DELEGATION = (
    "APIA, Saturday 14 March 2026 - A delegation of six New Zealand MPs has ended a four-day "
    "visit to Samoa.\n\n"
    "The delegation arrived in Apia on Tuesday and was welcomed with an ava ceremony.\n\n"
    "On the second day of the trip the six lawmakers met Prime Minister Tala Ioane to discuss "
    "seasonal work visas.\n\n"
    "On the third day, three of the six took a ferry to Savaii and inspected a new wharf, "
    "while the others met village councils.\n")


def test_a_visit_s_counted_days_are_dated_from_its_day_one():
    rows = {c.evidence[0].sentence.split(" ")[2]: c.date for c in _rows(DELEGATION)
            if c.evidence[0].sentence.startswith("On the")}
    assert (rows["second"].year, rows["second"].month, rows["second"].day) == (2026, 3, 11)
    assert (rows["third"].year, rows["third"].month, rows["third"].day) == (2026, 3, 12)


def test_guard_a_counted_day_of_a_month_or_after_an_event_is_not_counted_from_a_visit():
    text = DELEGATION.replace("On the second day of the trip", "On the second day after the vote")
    assert not any(c.evidence[0].sentence.startswith("On the second day") and c.date.day == 11
                   for c in _rows(text))


def test_a_quarter_of_a_state_s_fiscal_year_is_that_calendar_quarter():
    # India's fiscal year opens in April: its FY2027's fourth quarter is January-March 2027
    rows = _rows("NEW DELHI, March 3, 2026 - India will open a consulate in Suva in the fourth "
                 "quarter of FY2027, the ministry said.\n")
    opened = [c for c in rows if "consulate" in c.title.lower()]
    assert [(str(c.date), c.end) for c in opened] == [("first quarter of 2027", None)]
    # Australia's opens in July: Q2 of FY2027 is October-December 2026
    rows = _rows("CANBERRA, March 3, 2026 - Australia will open an embassy in Apia in Q2 of "
                 "FY2027, the minister said.\n")
    opened = [c for c in rows if "embassy" in c.title.lower()]
    assert [str(c.date) for c in opened] == ["fourth quarter of 2026"]


def test_a_half_of_a_month_of_another_calendar_is_no_half_of_a_year():
    from timeline_app.extract.timex import tag_timexes
    for text in ("The talks are planned for the second half of Chaitra, officials said.",
                 "The talks are planned for the first half of Ramadan, officials said."):
        assert [t.value for t in tag_timexes(text, dt.date(2025, 12, 8))
                if "half" in t.text] == [], text
    # (a half of the year still is one)
    assert [t.value for t in tag_timexes("The talks are planned for the second half of the "
                                         "year.", dt.date(2025, 12, 8))] != []


def test_the_end_of_a_range_of_years_of_another_era_is_no_year():
    from timeline_app.extract.timex import tag_timexes
    text = "The budget for fiscal year 2083/84, presented on 28 May 2026, raised spending."
    # (Nepal's fiscal year 2083/84 of the Bikram Sambat: its start is no year, nor its end)
    assert [t.value for t in tag_timexes(text, dt.date(2026, 6, 1))] == ["2026-05-28"]


CALENDAR = ("Published 9 February 2026\n\n"
            "The Andes: dates to watch this year.\n\n"
            "February 20-21: Foreign ministers of the Andean Community are due in Lima.\n\n"
            "March: Peru's congress is scheduled to vote on the border treaty.\n\n"
            "April: Ecuador holds its presidential run-off.\n\n"
            "May 10: The opposition says the interim mandate ends on this day.\n")


def _values(text: str, dct: dt.date) -> dict[str, str]:
    from timeline_app.extract.timex import tag_timexes
    return {t.text: t.value for t in tag_timexes(text, dct)}


def test_a_calendar_of_dates_to_come_keeps_its_entries_in_order():
    found = _values(CALENDAR, dt.date(2026, 2, 9))
    assert (found["March"], found["April"], found["May 10"]) == ("2026-03", "2026-04", "2026-05-10")


def test_guard_a_chronology_of_the_past_keeps_its_months_in_the_past():
    past = ("Published 9 December 2026\n\nThe year in review.\n\n"
            "March: Peru's congress voted on the border treaty.\n\n"
            "April: Ecuador holds its presidential run-off.\n")
    found = _values(past, dt.date(2026, 12, 9))
    assert (found["March"], found["April"]) == ("2026-03", "2026-04")


def test_a_day_beside_that_month_is_in_the_year_of_the_month_told_with_its_name():
    text = ("Published 10 March 2026\n\nThe two states signed a water treaty in Osh on March 4, "
            "2025, years after clashes that broke out in May 2021 and once more in "
            "October 2022. Later that month, on March 28, the two leaders and Kazakh President "
            "Arman Bekov met in Jalal-Abad and settled where the three frontiers join.\n")
    assert _values(text, dt.date(2026, 3, 10))["March 28"] == "2025-03-28"
