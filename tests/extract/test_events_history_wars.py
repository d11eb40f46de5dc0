"""The doers of a participle after "by" (verify41's a2: "The Seven Years' War ended with the
Treaty of Paris, signed by Britain, France and Spain" read "Treaty of Paris signed by War").
The sentences are new ones, of other wars."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate, extract_events


def _events(text: str, dct: _dt.date | None = None) -> list[Candidate]:
    return list(extract_events(text, dct, mode="narrative" if dct is None else "auto").candidates)


def _titled(text: str, words: str, dct: _dt.date | None = None) -> Candidate:
    found = [c for c in _events(text, dct) if words in c.title]
    assert found, [c.title for c in _events(text, dct)]
    return found[0]


def test_the_doers_of_a_participle_are_the_names_after_by() -> None:
    c = _titled("The Crimean War ended with the Treaty of Paris, signed by Russia, France, "
                "Britain and the Ottoman Empire on 30 March 1856.", "Treaty of Paris")
    assert c.date == FuzzyDate.of_day(_dt.date(1856, 3, 30))
    assert {"Russia", "France", "Britain", "Ottoman Empire"} <= set(c.participants)
    assert "War" not in c.title and "War" not in c.participants


def test_a_participle_without_by_keeps_the_clause_s_doer() -> None:
    # (guard: the doer of "signed in April 2001" is the clause's subject, as before)
    c = _titled("SEOUL, May 3 (Yonhap) - South Korea and Japan revived an agreement signed in "
                "April 2001.", "signed by", _dt.date(2024, 5, 3))
    assert c.title == "Agreement signed by South Korea and Japan"

