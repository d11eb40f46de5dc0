"""verify46 F5 (session 38, fix81): duplicates across articles not offered — two plans for
one day ("Next High-Level Meeting (scheduled)", the EEAS, no place / "Kaja Kallas and
Peter Sorensen to return to Brussels (scheduled)", AFP, 15 January 2027) and one thing
both titles name ("Technical dialogue in Brussels", 8 March 2011, a meeting /
"EU-facilitated dialogue launched", March 2011, a policy).  Both are possible duplicates
now (``core.duplicates._one_thing``); what tells events apart still does."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

JAN_15 = FuzzyDate.of_ymd(2027, 1, 15)
EEAS = Event("eeas", "Next High-Level Meeting (scheduled)", JAN_15, category="meeting")
AFP = Event("afp", "Kaja Kallas and Peter Sorensen to return to Brussels (scheduled)", JAN_15,
            category="event", location="Brussels",
            participants=("Kaja Kallas", "Peter Sorensen", "European Union"))
BBC = Event("bbc", "Technical dialogue in Brussels", FuzzyDate.of_ymd(2011, 3, 8),
            category="meeting", location="Brussels")
LAUNCH = Event("launch", "EU-facilitated dialogue launched", FuzzyDate.of_month(2011, 3),
               category="policy", participants=("European Union",))


def _flag(existing: Event, incoming: Event) -> str:
    match = find_duplicates([existing], [incoming]).get(incoming.id)
    return "no" if match is None else "likely" if match.likely else "possible"


def test_two_plans_for_one_day_are_possibly_one() -> None:
    assert _flag(AFP, EEAS) == "possible"
    assert _flag(EEAS, AFP) == "possible"
    match = find_duplicates([AFP], [EEAS])["eeas"]
    assert "two plans for one day" in match.reason


def test_one_thing_both_titles_name_in_one_month() -> None:
    assert _flag(LAUNCH, BBC) == "possible"
    assert _flag(BBC, LAUNCH) == "possible"
    assert "both name the dialogue" in find_duplicates([LAUNCH], [BBC])["bbc"].reason


def test_what_tells_them_apart_still_does() -> None:
    # another day
    assert _flag(AFP, dataclasses.replace(EEAS, date=FuzzyDate.of_ymd(2027, 1, 16))) == "no"
    # places that differ
    assert _flag(AFP, dataclasses.replace(EEAS, location="Geneva")) == "no"
    # only one of the two a plan
    assert _flag(AFP, dataclasses.replace(EEAS, title="Next High-Level Meeting")) == "no"
    # a kind's generic noun is no one thing: "talks", "meeting"
    talks = dataclasses.replace(BBC, title="Technical talks in Brussels")
    assert _flag(dataclasses.replace(LAUNCH, title="EU-facilitated talks launched"),
                 talks) == "no"
    # a year is not a month
    assert _flag(dataclasses.replace(LAUNCH, date=FuzzyDate.of_year(2011)), BBC) == "no"
    # two days loosely one (a circa day) are not enough for a shared noun: cause and effect
    release = Event("r", "Release of water from the dam", FuzzyDate.of_ymd(2026, 11, 26),
                    category="event")
    rise = Event("w", "Water level rises in Roseires",
                 FuzzyDate.of_ymd(2026, 11, 27, circa=True), category="event",
                 location="Roseires")
    assert _flag(release, rise) == "no"
