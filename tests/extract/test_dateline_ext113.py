"""Date lines a reader finds the article's date on, in forms the extractor had not read (ext113,
from the error kinds of blind set h19: three articles had no date, and every relative date of
them was lost).  A desk's credit before the label ('Compiled by the foreign desk · Published
...'), a palace's or ministry's kind of page ('... — News item, 4 February 2027') and a weekly's
edition line ('Oct 15th 2026 edition').  The lines and articles are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import extract_events, read_dateline

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


HEADLINE = "Neighbours agree to reopen their consulates\n\n"
LEAD = ("\n\nThe foreign ministers of the two countries met in the capital on Tuesday and agreed "
        "to reopen their consulates next month, officials said.\n")


def _date(line: str) -> tuple[int | None, int | None, int | None]:
    found = read_dateline(HEADLINE + line + LEAD)
    return found.year, found.month, found.day


@pytest.mark.parametrize("line", [
    "Compiled by the foreign desk \u00b7 Published Tuesday, 3 March 2026",
    "Compiled by our correspondents | Published Tuesday, 3 March 2026",
    "Reporting by the Europe desk \u2014 Posted 3 March 2026",
    "By the regional desk \u00b7 Published Tuesday, 3 March 2026",
    "By our diplomatic correspondent | 3 March 2026",
    "Produced by the news team \u2022 Updated 3 March 2026, 10:15",
])
def test_a_desks_credit_before_the_date_line(line: str) -> None:
    assert _date(line) == (2026, 3, 3)


@pytest.mark.parametrize("line", [
    "Office of the President \u2014 News item, 3 March 2026",
    "News item, 3 March 2026",
    "Ministry of the Interior | Press statement | 3 March 2026",
])
def test_a_kind_of_page_before_its_date(line: str) -> None:
    assert _date(line) == (2026, 3, 3)


@pytest.mark.parametrize("line", [
    "Mar 3rd 2026 edition",
    "3 March 2026 edition",
    "From the print edition \u00b7 Mar 3rd 2026",
    "Weekly edition of 3 March 2026",
    "Print issue \u00b7 3 March 2026",
])
def test_a_weeklys_edition_line(line: str) -> None:
    assert _date(line) == (2026, 3, 3)


@pytest.mark.parametrize("line", [
    "The ministers met the press on 3 March 2026",
    "Talks by the two sides began on 3 March 2026",
    "The edition of 3 March 2026 reported the talks",
])
def test_a_sentence_with_a_date_is_no_date_line(line: str) -> None:
    # (prose keeps lower-case words of its own: the article has no date line)
    assert _date(line)[0] is None


def test_the_date_line_wins_over_a_date_in_the_story() -> None:
    text = ("Ministers to meet on water-sharing\n"
            "Compiled by the foreign desk \u00b7 Published Monday, 2 March 2026\n\n"
            "The two governments signed the first water-sharing treaty on 12 December 1996. "
            "Their ministers will meet again next week, the foreign ministry said.\n")
    result = extract_events(text)
    assert result.dct == dt.date(2026, 3, 2)
    (meeting,) = [c for c in result.candidates if c.date.year == 2026]
    assert (meeting.date.month, meeting.date.day) == (3, 9)


@pytest.mark.parametrize("top", [
    # a headline or a slug in capitals after a label's colon or dash
    "WEEKLY DIARY: THE WEEK AHEAD IN ASIA, 2-8 MARCH\n"
    "Compiled by the foreign desk \u00b7 Published Monday, 2 March 2026\n\n",
    "GLOBAL TV \u2014 EVENING NEWS \u2014 SCRIPT\nBroadcast: Monday, 2 March 2026\n\n",
    # a transcript's speaker, with or without a direction in brackets
    "Radio bulletin\n\nBroadcast: Monday, 2 March 2026\n\nPRESENTER: Hello and welcome. ",
    "TV script\n\nBroadcast: Monday, 2 March 2026\n\nANCHOR (ON CAM): Good evening. ",
    # a web page's section between its outlet and its date
    "Why the talks stalled\n\nThe Daily Brief \u00b7 Explainer \u00b7 Monday March 2 2026\n\n",
])
def test_labels_headlines_and_sections_are_no_place(top: str) -> None:
    found = read_dateline(top + "The two ministers met on Monday.\n")
    assert found.place == ""
    assert (found.year, found.month, found.day) == (2026, 3, 2)


def test_guard_a_place_in_capitals_before_a_lead_is_still_the_place() -> None:
    assert read_dateline("Talks resume\n\nKUMARAKOM: India's envoy met his counterparts.\n"
                         ).place == "Kumarakom"
