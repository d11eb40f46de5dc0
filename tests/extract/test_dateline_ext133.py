"""Article dates in forms outlets use that the extractor had not read (ext133, from the error
kinds of blind set h23: three articles had no date, and every relative date of them was lost):
a wire's correction slug in capitals above its dateline ('CORRECTED: ...'), a live blog's date
line with its clock's zone ('Thursday 5 March 2026 \u2014 all times GMT'), and a dateline with
no year whose story hands a rotating chair on to the holder of the next year.  The lines and
articles are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_dateline_ext113 import _fixed_today  # noqa: F401 (its fixture: today fixed)
from timeline_app.extract import extract_events, read_dateline

LEAD = ("The foreign ministers of the two countries met in the capital on Tuesday and agreed "
        "to reopen their consulates next month, officials said.\n")


@pytest.mark.parametrize("slug", ["CORRECTED:", "CORRECTS:", "REFILE:", "REPEAT:"])
def test_a_wire_slug_above_the_dateline_is_no_place(slug: str) -> None:
    text = (f"{slug} Ruritania: neighbours agree to reopen consulates - update\n\n"
            f"Strelsau, 5 Mar 2026 (Lusa) - {LEAD}")
    found = read_dateline(text)
    assert (found.place, found.year, found.month, found.day) == ("Strelsau", 2026, 3, 5)


@pytest.mark.parametrize("line", [
    "Thursday 5 March 2026 \u2014 all times GMT",
    "5 March 2026 - all times are local",
    "Thursday, March 5, 2026 | All times UTC",
])
def test_a_live_blogs_date_line_with_its_zone(line: str) -> None:
    text = f"LIVE: Neighbours hold talks on consulates\n\n{line}\n\n17:52\n{LEAD}"
    found = read_dateline(text)
    assert (found.year, found.month, found.day) == (2026, 3, 5)


def test_a_sentence_with_a_date_is_no_live_blog_line() -> None:
    text = f"Talks\n\nAll talks were held on 5 March 2026 in the capital\n\n{LEAD}"
    assert read_dateline(text).year is None


HANDOVER = ("STRELSAU, Nov 8 (Bernama) -- Leaders of the bloc opened their annual summit here "
            "today.\n\nThe summit will close on Monday with the host handing the chairmanship "
            "to Ruritania, which chairs the bloc in {year}.\n\nThe bloc agreed in 2019 to admit "
            "a new member.\n")


def test_a_chair_handed_on_to_the_next_years_holder_gives_the_year() -> None:
    found = read_dateline(HANDOVER.format(year=2026))
    assert (found.year, found.month, found.day) == (2025, 11, 8)
    assert "handed on" in found.year_basis


def test_the_dates_of_such_a_story_are_read_from_that_year() -> None:
    result = extract_events(HANDOVER.format(year=2026))
    assert result.dct == dt.date(2025, 11, 8)


@pytest.mark.parametrize("sentence", [
    # a holder of the present year (the dateline's own), not a handover
    "Ruritania, which chairs the bloc in 2026, hosted the retreat.",
    # a handover told as past: the story may be from a later year
    "The host handed the chairmanship to Ruritania, which chairs the bloc in 2026.",
    # a half-year presidency: handed on in its own year
    "The host is handing the presidency to Ruritania, which holds it from July 2026.",
])
def test_no_year_from_what_is_no_coming_handover(sentence: str) -> None:
    text = ("STRELSAU, Nov 8 (Bernama) -- Leaders of the bloc opened their annual summit here "
            f"today.\n\n{sentence}\n")
    assert "handed on" not in read_dateline(text).year_basis


# --- the tense of a date's clause (timex._tense) -------------------------------------------

def _values(sentence: str, dct: dt.date) -> list[str]:
    from timeline_app.extract import tag_timexes

    return [t.value for t in tag_timexes(sentence, dct)]


@pytest.mark.parametrize("sentence", [
    "Ruritanians vote on Sunday in a referendum that the president has called historic.",
    "Voters vote on Sunday, the commission said.",
    "The foreign ministers meet on Sunday in a town that hosted the last round.",
])
def test_a_vote_or_a_meeting_in_the_present_is_ahead(sentence: str) -> None:
    # 22 September 2025 is a Monday: the coming Sunday, not the one before
    assert _values(sentence, dt.date(2025, 9, 22)) == ["2025-09-28"]


@pytest.mark.parametrize("sentence", [
    "The vote on Sunday was marred by claims of fraud.",
    "Ruritanians voted on Sunday in a referendum.",
    "The ministers did not meet on Sunday.",
])
def test_a_vote_told_as_past_or_as_a_noun_stays_past(sentence: str) -> None:
    assert _values(sentence, dt.date(2025, 9, 22)) == ["2025-09-21"]


def test_the_end_of_a_running_period_is_ahead() -> None:
    sentence = ("At a meeting in mid-December, the ministers approved the exit but allowed "
                "a grace period running to August 14, diplomats said.")
    assert _values(sentence, dt.date(2025, 1, 29)) == ["2024-12", "2025-08-14"]


def test_a_running_period_that_ended_weeks_ago_stays_past() -> None:
    sentence = "Ministers granted a grace period running to January 3, which the bloc ignored."
    assert _values(sentence, dt.date(2025, 1, 29)) == ["2025-01-03"]
