"""Session 34, ext48: what a new user's six Serbia-Kosovo articles (verify43, X1-X21) got
wrong, each kind checked on the trial's sentence and on sentences of the same shape written
for the session (other wars, treaties and anniversaries), with a guard of the reading it
must not take.  No corpus text.
"""

from __future__ import annotations

import datetime as dt

from test_events_ext31 import _rows  # (title, date, basis) of every candidate


def _dates(text: str, dct: dt.date | None) -> list[str]:
    return [date for _, date, _ in _rows(text, dct)]


# ----------------------------------------- X1: "the 1998-99 war" dates the war, not the act
def test_a_range_of_years_qualifying_a_war_dates_no_act_of_the_sentence() -> None:
    text = ("BRUSSELS, Dec 3 (Reuters) - The leaders of Serbia and Kosovo agreed on Thursday "
            "to set up a joint commission on people still missing from the 1998-99 war, the "
            "European Union's envoy said after the first face-to-face meeting between the "
            "two sides in more than a year.")
    dates = _dates(text, dt.date(2026, 12, 3))
    assert dates == ["3 December 2026"], dates  # was also an agreement in 1998


def test_the_two_digit_end_of_a_range_qualifies_the_noun_too() -> None:
    text = ("ZAGREB, May 5 (Reuters) - Croatia and Serbia agreed on Tuesday to set up a joint "
            "body to search for people missing since the 1991-95 war, officials said.")
    assert _dates(text, dt.date(2026, 5, 5)) == ["5 May 2026"]  # was 1995 ('95')


def test_a_year_qualifying_a_noun_does_not_date_an_event_noun_told_after_it() -> None:
    text = ("ADDIS ABABA, March 2 (Reuters) - Ethiopia and Eritrea agreed on Monday to "
            "demarcate the border fixed after the 1998-2000 war, diplomats said after the "
            "first meeting of the two sides in a year.")
    dates = _dates(text, dt.date(2026, 3, 2))
    assert "2000" not in dates, dates  # ("First meeting | 2000")


def test_a_year_still_dates_the_event_noun_it_qualifies() -> None:
    text = "The 2015 nuclear deal was praised by both sides."
    assert any(date == "2015" for date in _dates(text, dt.date(2026, 5, 5)))
