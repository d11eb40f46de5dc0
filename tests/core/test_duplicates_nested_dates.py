"""Two outlets' tellings of one planned round, one dated by a part of a year and one by a
month inside it, are offered as a possible duplicate when titles and sentences agree
(verify42 F3: Reuters "A second round on a permanent ceasefire is expected early next
year" / AFP "The mediators hope to convene a second round on a lasting ceasefire in
January", early 2027 / January 2027, were not offered)."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates


def _event(event_id: str, title: str, date: FuzzyDate, sentence: str,
           category: str = "treaty", location: str = "") -> Event:
    return Event(event_id, title, date, category=category, location=location,
                 source_id=f"src-{event_id}",
                 evidence=(Evidence(sentence, 0, len(sentence), None, None),))


REUTERS = _event("r", "Permanent ceasefire (scheduled)", FuzzyDate.of_part(2027, "early"),
                 "A second round on a permanent ceasefire is expected early next year, the "
                 "mediators said.")
AFP = _event("a", "Lasting ceasefire (scheduled)", FuzzyDate.of_month(2027, 1),
             "The mediators hope to convene a second round on a lasting ceasefire in "
             "January, the diplomat said.")


def test_a_month_inside_a_part_of_a_year_told_alike_is_a_possible_duplicate() -> None:
    (match,) = find_duplicates([REUTERS], [AFP]).values()
    assert match.existing is REUTERS and not match.likely
    assert "source sentences" in match.reason


def test_not_for_a_whole_year_other_words_another_kind_or_another_place() -> None:
    year = _event("y", REUTERS.title, FuzzyDate.of_year(2027), REUTERS.evidence[0].sentence)
    assert find_duplicates([year], [AFP]) == {}  # a year is no evidence (as before)
    other = _event("o", AFP.title, AFP.date, "A lasting ceasefire between Peru and "
                   "Ecuador is the aim of a conference in January, officials said.")
    assert find_duplicates([REUTERS], [other]) == {}  # sentences not alike
    meeting = _event("m", AFP.title, AFP.date, AFP.evidence[0].sentence, category="meeting")
    assert find_duplicates([REUTERS], [meeting]) == {}
    cairo = _event("c", AFP.title, AFP.date, AFP.evidence[0].sentence, location="Cairo")
    geneva = _event("g", REUTERS.title, REUTERS.date, REUTERS.evidence[0].sentence,
                    location="Geneva")
    assert find_duplicates([geneva], [cairo]) == {}
