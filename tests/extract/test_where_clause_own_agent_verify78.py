"""A "where" or "when" clause right after a noun has its own subject: the main clause's
doers take no part in its verb (verify78 F1: "Macron and Merz signed the pact in the town
hall where their predecessors signed the Treaty of Aachen on January 22, 2019" gave
"Friedrich Merz signs Treaty of Aachen").  Fails before session 58."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events


def _rows(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    text = f"MADRID, May 6, 2025 (AFP) -- {sentence}"
    return [(c.title, tuple(c.participants))
            for c in extract_events(text, dt.date(2025, 5, 6)).candidates]


@pytest.mark.parametrize(("sentence", "year", "title", "not_in"), [
    ("Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Luis Montenegro "
     "signed the accord on Tuesday in the palace where their predecessors signed the Treaty "
     "of Madrid on March 4, 1998.", "1998", "Treaty of Madrid signed",
     {"Pedro Sanchez", "Luis Montenegro"}),
    ("President Lula da Silva and President Javier Milei opened the summit on Tuesday at the "
     "ministry where their predecessors ratified the Treaty of Asuncion in 1991.", "1991",
     "Treaty of Asuncion ratified", {"Lula da Silva", "Javier Milei"}),
])
def test_someone_else_s_predecessors_do_the_where_clause_s_verb(
        sentence: str, year: str, title: str, not_in: set[str]) -> None:
    rows = _rows(sentence)
    kept = [(t, p) for t, p in rows if t.startswith(title)]
    assert kept, rows
    assert not set(kept[0][1]) & not_in, rows


def test_a_name_that_opens_the_where_clause_does_its_verb() -> None:
    rows = _rows("Chancellor Olaf Scholz spoke on Tuesday in the hall where former Chancellor Helmut Kohl signed "
                 "the Two Plus Four Treaty on September 12, 1990.")
    kept = [(t, p) for t, p in rows if "Two Plus Four" in t]
    assert kept and kept[0][0].startswith("Helmut Kohl"), rows
    assert "Olaf Scholz" not in kept[0][1], rows
