"""The year of a dateline without one: a later sentence's weekday that goes on with last
week's story does not move the dateline (verify31, finding 3)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: dt.date(2026, 12, 2))


LONDON = (
    "Coastal states fail to agree mackerel shares after London talks\n\n"
    "LONDON, Oct 14 (Reuters) - Britain, Norway, Iceland and the Faroe Islands ended three "
    "days of talks in London on Wednesday without agreeing how to divide the North-East "
    "Atlantic mackerel catch.\n\n"
    "Norway's fisheries minister said last Tuesday that Oslo would not accept a deal giving "
    "Iceland more than 8 percent of the catch. Iceland's foreign minister replied on "
    "Thursday that Reykjavik would \"set its own quota if needed\".\n\n"
    "Britain has negotiated its own share since it left the EU on Jan. 31, 2020.\n"
)


def test_a_weekday_after_last_tuesday_goes_on_with_last_week_and_keeps_the_leads_day() -> None:
    """verify31 F3: "said last Tuesday … replied on Thursday" moved the dateline from the
    lead's Wednesday to a Thursday: 14 October 2021, not 2026."""
    line = dl.read_dateline(LONDON)
    assert line.year == 2026
    assert "'Wednesday'" in line.year_basis and "Thursday" not in line.year_basis


def test_a_later_sentences_day_still_moves_the_dateline_when_it_follows_the_leads_week(
) -> None:
    """The rule it narrows (a lead's event told a day or two later) still holds."""
    text = LONDON.replace("said last Tuesday", "said on Tuesday")
    line = dl.read_dateline(text)
    assert "a later sentence 'Thursday'" in line.year_basis


ADVICE = (
    "LONDON, Oct 14 (Reuters) - Britain, Norway, Iceland and the Faroe Islands ended three "
    "days of talks in London on Wednesday without agreeing how to divide the catch.\n\n"
    "The International Council for the Exploration of the Sea (ICES) advised on Sept. 30 that "
    "the total catch in 2027 should not exceed 174,357 tonnes, a cut of 22 percent.\n"
)


def test_a_year_followed_by_should_is_a_target_not_a_past_date() -> None:
    """verify31 F4: 'the total catch in 2027 should not exceed …' was read as past: "14
    October is a Thursday in no year from 2027 … to 2026: the year is unknown"."""
    line = dl.read_dateline(ADVICE)
    assert line.year == 2026
    assert "'in 2027' as past" not in line.year_basis


def test_should_have_and_would_still_tell_the_past() -> None:
    low, _high = dl._year_bounds("The quota in 2019 should have been lower, they said.")
    assert low is not None and low.year == 2019
    low, _high = dl._year_bounds("The talks in 2019 would later collapse.")
    assert low is not None and low.year == 2019


BALTIC = (
    "Estonia and Latvia sign border protocol in Tallinn\n\n"
    "TALLINN, Aug 8 (Reuters) - The prime ministers of Estonia and Latvia signed a border "
    "protocol in Tallinn on Friday, ending two decades of talks, officials said.\n\n"
    "Latvia's premier told reporters that a referendum on the protocol could be held in "
    "2027, after local elections due in June 2026.\n\n"
    "The two countries restored their embassies in May 2023.\n"
)


def test_a_year_after_could_is_a_possibility_not_a_past_date() -> None:
    """verify55 F4: 'a referendum … could be held in 2027' was read as past, which left no
    year for 'Aug 8' ('8 August is a Friday in no year from 2027 … to 2025'): 8 August 2025
    is the Friday between May 2023 and June 2026."""
    line = dl.read_dateline(BALTIC)
    assert line.year == 2025
    assert "'in 2027' as past" not in line.year_basis
    _low, high = dl._year_bounds("A vote could be held in 2027, he said.")
    assert high is not None and high.year == 2027


def test_could_not_still_tells_the_past() -> None:
    low, _high = dl._year_bounds("The two sides could not agree in 2019, he said.")
    assert low is not None and low.year == 2019


def test_crossed_year_bounds_are_never_printed_as_a_backward_range() -> None:
    """verify55 F4: 'in no year from 2027 (…) to 2025 (…)' read as garbled: when what the
    text tells as past is later than what has not come yet, the message says no year fits
    both, with each bound's reason."""
    text = (
        "TALLINN, Aug 8 (Reuters) - The prime ministers of Estonia and Latvia met in Tallinn "
        "on Friday, officials said.\n\n"
        "The two countries signed a border protocol in March 2025.\n\n"
        "Local elections are due in June 2024.\n"
    )
    line = dl.read_dateline(text)
    assert line.year is None
    assert "from 2025" not in line.year_basis and "to 2023" not in line.year_basis
    assert "no year fits the text: 2025 or later" in line.year_basis
    assert "2023 or earlier" in line.year_basis


def test_the_leads_own_full_date_a_day_before_the_dateline_gives_the_year() -> None:
    """verify55 F4 (second case): "YEREVAN, June 3 (Reuters) - ... signed ... in Yerevan on
    June 2, 2025, officials said" read "the text is from 2025 or later ..., but nothing fixes
    the year: unknown"; a wire filed the day after its lead's event is of that event's year
    (and across a new year, the next)."""
    text = ("TALLINN, June 3 (Reuters) - Estonia and Latvia signed a border protocol in Tallinn "
            "on June 2, 2025, officials said.\n\nThe protocol covers 12 km of the frontier.\n")
    line = dl.read_dateline(text)
    assert (line.year, line.month, line.day) == (2025, 6, 3)
    assert "'June 2, 2025' as done, 1 day before" in line.year_basis
    across = dl.read_dateline(text.replace("June 3", "Jan 2").replace("June 2, 2025",
                                                                      "December 31, 2024"))
    assert across.year == 2025
    # (not a date to come, nor one weeks before: no evidence of the dateline's year)
    assert dl.read_dateline(text.replace("signed", "will sign").replace("June 2", "June 5")
                            ).year is None
    assert dl.read_dateline(text.replace("June 2, 2025", "May 2, 2025")).year is None


def test_the_texts_own_day_with_its_year_gives_the_datelines_year() -> None:
    """verify55 F21: "BAKU, Azerbaijan, October 10. ... in Dushanbe on 10.10.2025" (Trend's
    shape: the dateline's day and month, and the text's own date of that day with its year)
    asked for the year ("the text gives no evidence of the year"): the text dates the
    dateline's own day, so the article is from 2025.  Written dates count too; a day of
    remembrance ("30 years ago, on 10 October 1995") or two different years give none."""
    text = ("BAKU, Azerbaijan, October 10. President Ilham Aliyev announced that Azerbaijan "
            "has lifted restrictions on transit to Armenia, Trend reports.\n\n"
            "He spoke at a meeting with Prime Minister Nikol Pashinyan in Dushanbe on "
            "10.10.2025.\n")
    line = dl.read_dateline(text)
    assert (line.year, line.month, line.day) == (2025, 10, 10), line.year_basis
    assert "'10.10.2025'" in line.year_basis
    written = dl.read_dateline(text.replace("10.10.2025", "October 10, 2025"))
    assert written.year == 2025
    remembered = text.replace("on 10.10.2025", "30 years after the talks of 10 October 1995")
    assert dl.read_dateline(remembered).year is None
    two = text.replace("10.10.2025.", "10.10.2025, as on 10.10.2024.")
    assert dl.read_dateline(two).year is None
