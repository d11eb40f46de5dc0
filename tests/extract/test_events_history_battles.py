"""Battles of a history: where they were fought, armies destroyed, rulers with an epithet
(verify41's a1: "Ardashir I defeated Artabanus IV at the Battle of Hormozgan" was placed at
"Battle"; my Nystad text: "the tsar Peter the Great destroyed the Swedish army at the Battle
of Poltava" gave no event)."""

from __future__ import annotations

import datetime as _dt

from timeline_app.extract import Candidate, extract_events


def _events(text: str, dct: _dt.date | None = None) -> list[Candidate]:
    return list(extract_events(text, dct, mode="narrative" if dct is None else "auto").candidates)


def test_a_battle_s_place_is_the_place_it_is_named_after() -> None:
    [c] = _events("In 1813 Napoleon defeated the allies at the Battle of Dresden.")
    assert c.location == "Dresden"


def test_an_army_destroyed() -> None:
    [c] = _events("In 1571 the Holy League destroyed the Ottoman fleet at the Battle of "
                  "Lepanto.")
    assert "destroys Ottoman fleet" in c.title
    assert c.location == "Lepanto" and c.category == "dispute"


def test_a_ruler_s_epithet_is_part_of_his_name() -> None:
    [c] = _events("In 1709 the tsar Peter the Great destroyed the Swedish army at the Battle "
                  "of Poltava.")
    assert c.title.startswith("Peter the Great destroys")
    assert "Peter the Great" in c.participants


def test_a_report_destroyed_is_no_battle() -> None:
    # (guard: an army, a fleet or a city is destroyed, not documents)
    found = _events("LONDON, May 3 (Reuters) - The firm destroyed the documents on Monday.",
                    _dt.date(2021, 5, 3))
    assert not any("destroy" in c.title for c in found)


def test_a_fronted_date_before_a_ruler_with_an_epithet_is_no_part_of_him() -> None:
    [c] = _events("In October 1721 Peter the Great was proclaimed emperor.")
    assert c.title.startswith("Peter the Great proclaimed")
