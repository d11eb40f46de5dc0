"""verify41, F6 (Details): an event dated "the 1st century" said "Date: 1st century (year)" —
read as "dated to a year".  A century or millennium of years now says its years instead:
"1st century (the years AD 1 to AD 100)", so the historian sees which convention was used
(AD 1-100, not 0-99); other spans keep their precision's word."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui.detail_pane import date_line


def test_a_century_says_its_years() -> None:
    event = Event("a", "Rome and Parthia contest Armenia", FuzzyDate.of_year(1),
                  end=FuzzyDate.of_year(100))
    assert date_line(event) == "1st century (the years AD 1 to AD 100)"
    bc = Event("b", "Wars", FuzzyDate.of_year(-99), end=FuzzyDate.of_year(0))
    assert date_line(bc) == "1st century BC (the years 100 BC to 1 BC)"
    millennium = Event("c", "Antiquity", FuzzyDate.of_year(-999), end=FuzzyDate.of_year(0))
    assert date_line(millennium) == "1st millennium BC (the years 1000 BC to 1 BC)"


def test_other_spans_keep_their_precision_word() -> None:
    war = Event("w", "Thirty Years' War", FuzzyDate.of_year(1618), end=FuzzyDate.of_year(1648))
    assert date_line(war) == "1618–1648 (year)"
    assert date_line(Event("d", "Final Act", FuzzyDate.of_ymd(1815, 6, 9))) == "9 June 1815 (day)"
