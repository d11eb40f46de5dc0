"""Session 12, branch ui13b: three small defects of the import review and the start-up
(verify13's findings 2 and 4, paint13's leftover)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate
from timeline_app.ui.told_twice import told_twice


def _candidate(title: str, date: FuzzyDate, place: str,
               participants: tuple[str, ...]) -> Candidate:
    return Candidate(title, date, "'a phrase'", "visit", 0.9, place, participants)


def test_a_shared_place_alone_does_not_pair_two_parties() -> None:
    """verify13 finding 2: "Christopher Landau visits Doha (scheduled)" (December 2025,
    Landau and the United States) and "Qatar, Egypt, DR Congo and Rwanda meet in Doha"
    (9 December) were flagged as one event told twice on the place alone, with no
    participant in common."""
    december = FuzzyDate.of_month(2025, 12)
    ninth = FuzzyDate.of_day(dt.date(2025, 12, 9))
    landau = _candidate("Christopher Landau visits Doha (scheduled)", december, "Doha",
                        ("Christopher Landau", "United States"))
    talks = _candidate("Qatar, Egypt, DR Congo and Rwanda meet in Doha (scheduled)", ninth,
                       "Doha", ("Qatar", "Egypt", "Democratic Republic of Congo", "Rwanda",
                                "Faure Gnassingbe"))
    assert told_twice([landau, talks]) == {}
    # Two people each, none shared: two meetings in Doha, not one.
    one = _candidate("Landau meets Al Thani", ninth, "Doha", ("Christopher Landau", "Al Thani"))
    other = _candidate("Gnassingbe meets Kagame", ninth, "Doha", ("Faure Gnassingbe", "Kagame"))
    assert told_twice([one, other]) == {}
    # A shared state is a participant in common: the place still counts.
    rubio = _candidate("Marco Rubio in Doha", december, "Doha", ("Marco Rubio", "United States"))
    assert set(told_twice([landau, rubio])) == {0, 1}
    # States on one row, people on the other cannot be compared (trial12 finding 6).
    visit = _candidate("Visit to Brasilia", FuzzyDate.of_month(2026, 10), "Brasilia",
                       ("Brazil", "Indonesia"))
    meeting = _candidate("Sugiono and Mauro Vieira meet", FuzzyDate.of_day(dt.date(2026, 10, 21)),
                         "Brasilia", ("Sugiono", "Mauro Vieira"))
    assert "same place (Brasilia)" in told_twice([visit, meeting])[0].reason
    # A row without participants: the place still counts.
    bare = _candidate("Talks in Doha", ninth, "Doha", ())
    assert set(told_twice([landau, bare])) == {0, 1}
