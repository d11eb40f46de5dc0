"""What verify45 (a think-tank researcher's timeline of the Grand Ethiopian Renaissance Dam
dispute, session 36) found wrong in extraction: "of that year" read from the paragraph
before, not from the season its own sentence names (F1); ...  Each rule is tested on
sentences of my own, not the tester's."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2026, 11, 25)  # a Wednesday

Row = tuple[str, str, str]


def _rows(text: str, dct: dt.date = DCT) -> list[Row]:
    """(date, end or '', title) of each candidate."""
    return [(str(c.date), str(c.end) if c.end else "", c.title)
            for c in extract_events(text, dct=dct).candidates]


def _dates(text: str, dct: dt.date = DCT) -> list[str]:
    return [r[0] for r in _rows(text, dct)]


# ------------------------------------------------------------ F1: "of that year" after a season

HISTORY = ("CAIRO, Nov 25 - The canal treaty entered into force on 2 June 2019, after Kenya "
           "became the fifth state to ratify it in March of that year.\n\n")


def test_of_that_year_takes_the_year_of_a_season_told_since() -> None:
    text = "The road was opened in 1990. Kenya unveiled the plan in the autumn of 2008 " \
           "and began construction on 3 November of that year. Work stopped later that year."
    values = {t.text: t.value for t in tag_timexes(text, DCT)}
    assert values["3 November of that year"] == "2008-11-03"
    assert values["later that year"] == "2008"


def test_a_season_and_a_day_of_that_year_are_two_events() -> None:
    rows = _rows(HISTORY + "Uganda announced the railway in the summer of 2012 and opened its "
                           "first station on 9 July of that year.")
    dates = [r[0] for r in rows]
    assert "9 July 2012" in dates, rows
    assert "summer 2012" in dates, rows
    assert not any(d.endswith("2019") and d.startswith("9 July") for d in dates), rows


def test_a_season_with_its_year_is_an_explicit_date() -> None:
    (t,) = [t for t in tag_timexes("The talks began in the winter of 2014.", DCT)]
    assert t.value == "2014-WI"
    assert "explicit" in t.basis

