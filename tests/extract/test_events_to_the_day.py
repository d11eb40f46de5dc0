"""'N years to the day after EVENT' dates the event on that day (my Versailles text: "signed on
28 June 1919 ..., five years to the day after the assassination of Archduke Franz Ferdinand"
dated the assassination 28 June 1919, then c. June 1914)."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events


def _dated(text: str) -> dict[str, FuzzyDate]:
    return {c.title: c.date for c in extract_events(text, mode="narrative").candidates}


def test_years_to_the_day_after_an_event() -> None:
    found = _dated("The armistice was signed on 27 July 1953, three years to the day after the "
                   "invasion of the South.")
    invasion = next(d for t, d in found.items() if "nvasion" in t)
    assert invasion == FuzzyDate.of_day(_dt.date(1950, 7, 27))


def test_years_after_an_event_stay_loose() -> None:
    # (guard: without "to the day", a count of years is a month, circa, as before)
    found = _dated("The armistice was signed on 27 July 1953, three years after the invasion "
                   "of the South.")
    invasion = next(d for t, d in found.items() if "nvasion" in t)
    assert invasion.circa and invasion.day is None
