"""Alliances formed and renewed, states admitted to a concert, by crowned heads (verify41's
a3: "the emperors of Austria and Russia and the king of Prussia formed the Holy Alliance",
"The Quadruple Alliance was renewed in November 1815", "the Congress of Aix-la-Chapelle
admitted France to the Concert of Europe" gave no event).  The sentences are new ones."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate, extract_events


def _events(text: str, dct: _dt.date | None = None) -> list[Candidate]:
    return list(extract_events(text, dct, mode="narrative" if dct is None else "auto").candidates)


def test_an_alliance_formed_by_the_rulers_of_states() -> None:
    [c] = _events("In May 1882 the emperors of Germany and Austria-Hungary and the king of "
                  "Italy formed the Triple Alliance.")
    assert c.title == "Germany, Austria-Hungary and Italy form Triple Alliance"
    assert c.category == "treaty" and c.date == FuzzyDate.of_month(1882, 5)


def test_an_alliance_renewed() -> None:
    [c] = _events("The Triple Alliance was renewed in 1887.")
    assert c.title == "Triple Alliance renewed" and c.category == "treaty"


def test_a_state_admitted_to_a_league() -> None:
    [c] = _events("In September 1926 the council admitted Germany to the League of Nations.")
    assert "admits Germany to the League of Nations" in c.title
    assert c.category == "treaty"


def test_a_government_formed_is_an_event() -> None:
    [c] = _events("In 1945 the party formed a government.")
    assert c.category == "event"


def test_a_partnership_renewed_during_a_visit_is_no_row_of_its_own() -> None:
    # (guard: "renew" is of an alliance, a treaty or a pact)
    found = _events("MADRID, May 3 (EFE) - The two countries renewed their partnership "
                    "agreement on Monday during a visit to Madrid by the president.",
                    _dt.date(2017, 5, 3))
    assert not any("renew" in c.title for c in found)
