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


def test_a_limit_says_what_it_means_not_a_precision_verify76_f21() -> None:
    """verify76 F21: "before Christmas" read "before 25 December 2026 (day)", as if the
    event were known to the day."""
    before = Event("b", "List agreed", FuzzyDate.of_ymd(2026, 12, 25).with_limit("BEFORE"))
    assert date_line(before) == "before 25 December 2026 (some time before that day)"
    by = Event("c", "Talks end", FuzzyDate.of_month(2027, 6).with_limit("ON_OR_BEFORE"))
    assert date_line(by) == "by the end of June 2027 (no later than that month)"
