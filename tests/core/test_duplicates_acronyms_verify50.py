"""verify50 F1: an acronym in one title that the other spells out ("UN" / "United
Nations", "JCPOA" / "Joint Comprehensive Plan of Action") was compared as another word:
"United Nations sanctions" against the researcher's "UN sanctions on Iran reimposed", the
same day, was no duplicate at all, and "JCPOA concluded in Vienna" only a possible one."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates, title_similarity
from timeline_app.extract.event_vocabulary import CATEGORIES


def _day(year: int, month: int, day: int) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(year, month, day))


def test_an_acronym_is_compared_as_the_name_it_stands_for() -> None:
    assert title_similarity("United Nations sanctions", "UN sanctions on Iran reimposed") >= 85
    assert title_similarity("U.N. sanctions reimposed", "United Nations sanctions") >= 85
    assert title_similarity("Joint Comprehensive Plan of Action concluded in Vienna",
                            "JCPOA concluded in Vienna") == 100
    assert title_similarity("IAEA board meets",
                            "International Atomic Energy Agency board meets") >= 95
    # letters that spell nothing the other title names stay a word of their own
    assert title_similarity("EU summit in Brussels", "Eastern Ukraine summit in Brussels") \
        == title_similarity("EU summit in Brussels", "Eastern Ukraine summit in brussels")


def test_the_researchers_own_events_are_found() -> None:
    mine = [Event("m1", "UN sanctions on Iran reimposed", _day(2025, 9, 28),
                  category="sanctions", participants=("UN Security Council",)),
            Event("m2", "JCPOA concluded in Vienna", _day(2015, 7, 14), category="agreement",
                  location="Vienna", participants=("Iran", "P5+1"))]
    read = [Event("i1", "United Nations sanctions", _day(2025, 9, 28), category="policy",
                  participants=("United Nations",)),
            Event("i2", "Joint Comprehensive Plan of Action concluded in Vienna",
                  _day(2015, 7, 14), category="treaty", location="Vienna",
                  participants=("Iran",))]
    found = find_duplicates(mine, read, kinds=CATEGORIES)
    assert found["i1"].existing.id == "m1" and found["i1"].likely
    assert found["i2"].existing.id == "m2" and found["i2"].likely


def test_a_rival_day_in_a_lane_of_ones_own_is_offered() -> None:
    """verify50 F2: her "Abbas Araqchi and Rafael Grossi meet in Cairo" (1 December 2026)
    in her lane "Diplomacy" was no rival of a wire's meeting there on the 2nd (titles 96 %
    alike): a lane of one's own was a kind of its own for the rival-day rule only."""
    mine = [Event("m1", "Abbas Araqchi and Rafael Grossi meet in Cairo", _day(2026, 12, 1),
                  category="Diplomacy", location="Cairo",
                  participants=("Abbas Araqchi", "Rafael Grossi"))]
    read = [Event("i1", "Abbas Araghchi and Rafael Grossi meet in Cairo", _day(2026, 12, 2),
                  category="meeting", location="Cairo",
                  participants=("Abbas Araghchi", "Rafael Grossi", "Iran"))]
    found = find_duplicates(mine, read, kinds=CATEGORIES)
    assert found["i1"].existing.id == "m1" and not found["i1"].likely
    assert "1 day apart" in found["i1"].reason
    # two of the extractor's kinds that differ still tell them apart
    other_kind = [Event("m1", mine[0].title, mine[0].date, category="treaty",
                        location="Cairo", participants=mine[0].participants)]
    assert find_duplicates(other_kind, read, kinds=CATEGORIES) == {}
