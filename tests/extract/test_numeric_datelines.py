"""Numeric datelines (verify43 F2, X22): "Prishtina, 15.03.2025 –" and its kin are the
article's date; a slash date that reads two ways says so when nothing tells its order."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.dateline import read_dateline
from timeline_app.extract.timex import news_cues

LEAD = (" – Kosovo's acting Prime Minister Albin Kurti said today that Serbia has been "
        "avoiding its obligations and called on the European Union to lift the measures "
        "imposed on Kosovo in June 2023.\n")


@pytest.mark.parametrize("written", ["15.03.2025", "15.3.2025", "15. 3. 2025", "15. 3. 2025.",
                                     "15.03.2025.", "2025-03-15", "15/03/2025"])
def test_a_numeric_dateline_after_the_place_is_the_article_s_day(written: str) -> None:
    text = f"Kurti in Brussels\n\nPrishtina, {written}{LEAD}"
    dateline = read_dateline(text)
    assert (dateline.place, dateline.date) == ("Prishtina", dt.date(2025, 3, 15))
    assert text[dateline.span[1]:].startswith("Kosovo's acting")  # the dash is the dateline's


def test_a_slash_date_that_reads_two_ways_is_read_by_the_place_folded() -> None:
    dateline = read_dateline(f"PRIŠTINA, 03/04/2025{LEAD}")  # Pristina, in Kosovo: day first
    assert dateline.date == dt.date(2025, 4, 3)
    assert "Priština is in Kosovo" in dateline.year_basis


def test_a_slash_date_that_nothing_orders_says_it_reads_two_ways() -> None:
    dateline = read_dateline(f"Springfield, 03/04/2025{LEAD}")
    assert dateline.date == dt.date(2025, 3, 4)  # month first, as before
    assert "could also be 3 April" in dateline.year_basis
    assert "could also" not in read_dateline(f"Springfield, 13/04/2025{LEAD}").year_basis


def test_news_cues_quote_what_reads_as_news_of_a_day() -> None:
    text = ("Kurti in Brussels\n\nBy Jane Doe\n\nPrishtina, 2025. kovo 15. – Kurti said today that "
            "talks in 2023 and 2024 failed. He will travel to Brussels next week.")
    assert news_cues(text) == ("By Jane Doe", "Prishtina, 2025. kovo 15. –", "said today",
                               "next week")
    story = ("In March 1921 the republic was proclaimed. The next week, in 1921, troops "
             "left. By 1923 the war was over; today the site is a museum.")
    assert news_cues(story) == ()


def test_automatic_mode_reads_an_undated_news_article_as_a_history_but_says_why() -> None:
    text = (f"Kurti in Brussels\n\nPrishtina, 2025. kovo 15.{LEAD}The violence of May 2023 and "
            "the attack of 24 September 2023 came before the elections of 9 February. "
            "Brussels eased the measures in the summer of 2024. Kurti will travel to "
            "Brussels next week.\n")
    result = extract_events(text)
    assert result.dct is None and result.mode == "narrative"
    assert result.news_cues == ("Prishtina, 2025. kovo 15. –", "said today", "next week")
    assert extract_events(text, mode="narrative").news_cues == ()  # chosen: no question
    assert extract_events(text, dt.date(2025, 3, 15)).news_cues == ()


@pytest.mark.parametrize(("last", "outlet"), [("KOHA", "Koha"), ("Tanjug", "Tanjug"),
                                              ("NHK", "NHK"), ("Enditem", ""), ("ENDS", ""),
                                              ("He left on Monday.", ""), ("2026", "")])
def test_the_outlet_that_signs_an_article_off_is_its_outlet(last: str, outlet: str) -> None:
    """verify43 F3, X22: Koha's and Politika's (Tanjug's) stories had no outlet."""
    text = f"Kurti in Brussels\n\nPrishtina, 15.03.2025{LEAD}\n{last}\n"
    assert read_dateline(text).outlet == outlet
    assert read_dateline(f"PRISTINA, Kosovo (AP) —{LEAD}\n{last}\n").outlet == "AP"  # its own


@pytest.mark.parametrize("text", ["Talks", "Talks\n", "  Summit  \n\n", "NHK"])
def test_a_text_of_one_line_signs_nothing_off(text: str) -> None:
    """A single word typed or pasted into Import Article became the article's outlet
    ('Talks': session 37, fix76's note): a sign-off needs the article above it."""
    assert read_dateline(text).outlet == ""
    assert read_dateline(f"Talks resumed on Monday in Brussels.\n{text}").outlet == \
        text.strip()  # after a line of text it signs that text off, as before
