"""verify59 F10: an article's rows repeating another tool's events, told at a coarser
precision or in other words, were not flagged ("no") or only possibly ("Keep both").

The events are written for the test, as her Timeline Project file and the review had
them: her events carry her own lanes and no source sentence."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates
from timeline_app.extract.event_vocabulary import CATEGORIES

RAROTONGA = Event("tp1", "Treaty of Rarotonga signed (South Pacific Nuclear Free Zone)",
                  FuzzyDate.of_ymd(1985, 8, 6), category="Security & defence")
BOE = Event("tp2", "Boe Declaration on Regional Security", FuzzyDate.of_ymd(2018, 9, 5),
            category="Regional institutions")
SUVA = Event("tp3", "Forum ministers decline China's regional security and trade pact in "
             "Suva", FuzzyDate.of_ymd(2022, 5, 30), category="China & Taiwan")
PUKPUK = Event("tp4", "Pukpuk Treaty: Australia–PNG mutual defence treaty",
               FuzzyDate.of_ymd(2025, 10, 6), category="Security & defence")


def _flag(existing: Event, incoming: Event) -> str:
    match = find_duplicates([existing], [incoming], kinds=CATEGORIES).get(incoming.id)
    return "no" if match is None else "likely" if match.likely else "possible"


def test_a_named_instrument_told_by_its_year_is_the_day_it_was_made() -> None:
    row = Event("r1", "Treaty of Rarotonga", FuzzyDate.of_year(1985), category="treaty")
    assert _flag(RAROTONGA, row) == "likely"
    match = find_duplicates([RAROTONGA], [row], kinds=CATEGORIES)["r1"]
    assert "both name the Treaty of Rarotonga" in match.reason
    boe = Event("r2", "Boe Declaration signed", FuzzyDate.of_year(2018), category="treaty")
    assert _flag(BOE, boe) == "likely"


def test_a_named_instrument_signed_on_its_day_is_likely() -> None:
    row = Event("r3", "James Marape signs Pukpuk Treaty in Canberra",
                FuzzyDate.of_ymd(2025, 10, 6), category="treaty",
                participants=("James Marape",), location="Canberra")
    assert _flag(PUKPUK, row) == "likely"


def test_a_later_act_on_the_instrument_or_another_instrument_is_not_it() -> None:
    ratified = Event("r4", "Kiribati ratifies the Treaty of Rarotonga",
                     FuzzyDate.of_year(1985), category="treaty")
    assert _flag(RAROTONGA, ratified) == "no"
    in_force = Event("r5", "Boe Declaration review", FuzzyDate.of_year(2018),
                     category="policy")
    assert _flag(BOE, in_force) != "likely"
    other = Event("r6", "Treaty of Apia", FuzzyDate.of_year(1985), category="treaty")
    assert _flag(RAROTONGA, other) == "no"
    # (generic names are no instrument of their own: many states sign one)
    principles = Event("r7", "Declaration of Principles signed", FuzzyDate.of_year(2018),
                       category="treaty")
    assert _flag(Event("tp5", "Declaration of Principles", FuzzyDate.of_ymd(2018, 3, 1),
                       category="Regional institutions"), principles) != "likely"


def test_one_day_at_the_place_another_tools_event_names_in_its_title() -> None:
    row = Event("r8", "Meeting in Suva", FuzzyDate.of_ymd(2022, 5, 30), category="meeting",
                location="Suva")
    assert _flag(SUVA, row) == "possible"
    elsewhere = Event("r9", "Meeting in Apia", FuzzyDate.of_ymd(2022, 5, 30),
                      category="meeting", location="Apia")
    assert _flag(SUVA, elsewhere) == "no"
    next_day = Event("r10", "Meeting in Suva", FuzzyDate.of_ymd(2022, 6, 5),
                     category="meeting", location="Suva")
    assert _flag(SUVA, next_day) == "no"
