"""A passive whose verb is left out after "and" is done to the second thing too (verify41's
a2: "The Treaty of Nijmegen was signed in 1678 and the Treaty of Ryswick in 1697" read
"Signs Treaty of Ryswick", no one's act)."""

from __future__ import annotations

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events


def _titled(text: str) -> dict[FuzzyDate, str]:
    return {c.date: c.title for c in extract_events(text, mode="narrative").candidates}


def test_the_second_treaty_of_a_gapped_passive_is_signed() -> None:
    found = _titled("The Treaty of Westminster was signed in 1654 and the Treaty of Breda in "
                    "1667.")
    assert found[FuzzyDate.of_year(1654)] == "Treaty of Westminster signed"
    assert found[FuzzyDate.of_year(1667)] == "Treaty of Breda signed"


def test_an_active_gapped_verb_keeps_its_object() -> None:
    # (guard: "Sweden joined NATO in 2024 and the EU in 1995" is joined by Sweden)
    found = _titled("Sweden joined the EU in 1995 and NATO in 2024.")
    assert "Sweden" in found[FuzzyDate.of_year(2024)]
