"""Article dates the extractor missed in blind set h25 (ext139): a wire that puts its outlet
before the place and the date ('(ANSA) - ROME, JAN 18 -'), dpa's header line with its name in
lower case, a live page updated after the day it opened (and its entries' own days), and a
parliament's written answer dated by its 'Answered on' line.  The articles and sentences are
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_dateline_ext113 import _fixed_today  # noqa: F401 (its fixture: today fixed)
from timeline_app.extract import extract_events, read_dateline


@pytest.mark.parametrize(("text", "place", "outlet", "day"), [
    # ANSA's outlet before the place and the date; 9 February is a Monday in 2026 (and in 2015,
    # 2020): the latest not after today
    ("Tajani hosts Balkan ministers in Venice\n\n"
     "(ANSA) - VENICE, FEB 9 - Foreign Minister Antonio Tajani on Monday hosted his "
     "counterparts from six Western Balkan states for talks on their bids to join the "
     "European Union.\n\n"
     "The ministers last met in Skopje in October 2025.\n", "Venice", "ANSA", dt.date(2026, 2, 9)),
    # dpa's header line, the agency's name in lower case
    ("dpa International | Tuesday, 3 March 2026, 09:12 CET\n\n"
     "Norway and Sweden agree on joint rail link\n\n"
     "Oslo (dpa) - Norway and Sweden on Tuesday signed an agreement to build a faster "
     "rail link between their capitals, the transport ministry said.\n\n"
     "Work is to begin late next year.\n", "Oslo", "dpa", dt.date(2026, 3, 3)),
])
def test_a_wire_s_dateline_of_its_agency_s_own_shape(text: str, place: str, outlet: str,
                                                     day: dt.date) -> None:
    found = read_dateline(text)
    assert (found.place, found.outlet, found.date) == (place, outlet, day)


def test_an_outlet_alone_before_the_lead_is_still_read() -> None:
    found = read_dateline("(ANSA) - Italy and Slovenia agreed on Monday to reopen the "
                          "border crossings.\n")
    assert (found.outlet, found.month) == ("ANSA", None)


def test_a_prose_line_in_lower_case_is_still_no_header() -> None:
    # a sentence with a date and lower-case words is no furniture, 'dpa' or not
    text = ("Oslo (dpa) - The ministers met on Tuesday.\n\n"
            "dpa reported the talks began on 3 March 2026, officials said.\n")
    assert "'date' line" not in read_dateline(text).year_basis


LIVE = ("LIVE | Serbia and Kosovo agree on border crossings\n\n"
        "Published On 3 Mar 2026 | Last update 4 Mar 2026, 10:20 GMT+1\n\n"
        "All times are local (GMT+1), with GMT in brackets.\n\n"
        "4 Mar 2026, 10:20 (09:20 GMT)\n"
        "EU envoy welcomes the deal\n"
        "The EU's special representative said this morning that the deal was a real step "
        "forward.\n\n"
        "3 Mar 2026, 17:45 (16:45 GMT)\n"
        "Talks in Brussels\n"
        "The two chief negotiators met this afternoon for three hours, officials said.\n\n"
        "3 Mar 2026, 09:30 (08:30 GMT)\n"
        "Delegations arrive\n"
        "The Serbian delegation arrived on Monday evening; the Kosovo delegation landed this "
        "morning.\n")


def test_a_live_page_s_entries_keep_their_own_days() -> None:
    result = extract_events(LIVE)
    assert result.dct == dt.date(2026, 3, 4)
    mornings = [t.value for t in result.timexes if t.text == "this morning"]
    assert mornings == ["2026-03-04TMO", "2026-03-03TMO"]  # each entry's own morning
    assert any(t.text == "this afternoon" and t.value == "2026-03-03TAF" for t in result.timexes)
    assert any(t.text == "Monday evening" and t.value == "2026-03-02TEV" for t in result.timexes)


def test_a_page_published_once_keeps_its_day() -> None:
    # one stamp is no live page: the 'Published' day stands
    text = ("Published On 3 Mar 2026 | Last update 4 Mar 2026, 10:20 GMT+1\n\n"
            "4 Mar 2026, 10:20 (09:20 GMT)\n"
            "The two sides met this afternoon in Brussels.\n")
    assert read_dateline(text).date == dt.date(2026, 3, 3)


PARLIAMENT = ("House of Commons \u2014 Written questions and answers\n\n"
              "Moldova: Energy Security\n"
              "Question for Department for Energy Security and Net Zero\n"
              "UIN 51100, tabled on 2 June 2026\n\n"
              "Question\n"
              "To ask the Foreign Secretary, what support the Government is giving Moldova "
              "for its gas supply this winter.\n\n"
              "Answered on 10 June 2026 by Jane Roe, Minister of State "
              "(Europe and Central Asia)\n\n"
              "I visited Chisinau in May and met the energy minister. The UK will co-host a "
              "donors' conference in October.\n")


@pytest.mark.parametrize(("text", "day", "basis"), [
    (LIVE, dt.date(2026, 3, 4), "live entry"),  # a live page: its newest entry's day
    (PARLIAMENT, dt.date(2026, 6, 10), "answered"),  # a written answer: its answer's day
])
def test_a_page_is_dated_by_its_newest_entry_or_its_answer(text: str, day: dt.date,
                                                            basis: str) -> None:
    found = read_dateline(text)
    assert found.date == day
    assert basis in found.year_basis


def test_a_written_answer_s_months_take_the_answer_s_year() -> None:
    result = extract_events(PARLIAMENT)
    assert result.dct == dt.date(2026, 6, 10)
    values = {t.text: t.value for t in result.timexes}
    assert values.get("May") == "2026-05"
    assert values.get("October") == "2026-10"
