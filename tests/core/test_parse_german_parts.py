"""German words for parts of a year or month are read, as German month names are
(verify37 F13: a German fact-checker's "Ende März 2026" was refused while "März 2026" and
"24.03.2026" were read)."""

from __future__ import annotations

import pytest

from timeline_app.core.parse_date import parse_typed_date


@pytest.mark.parametrize(("typed", "read"), [
    ("Ende März 2026", "late March 2026"),
    ("Mitte April 2026", "mid-April 2026"),
    ("Anfang 2026", "early 2026"),
    ("ende 2024", "late 2024"),
    ("Frühjahr 2026", "spring 2026"),
    ("Frühling 2026", "spring 2026"),
    ("Sommer 2025", "summer 2025"),
    ("Herbst 1989", "autumn 1989"),
    ("ca. Ende März 2026", "c. late March 2026"),
])
def test_german_parts_read_as_their_english_words(typed: str, read: str) -> None:
    result = parse_typed_date(typed)
    assert result.error is None
    assert result.date is not None and result.date.describe() == read


def test_a_misspelt_english_word_is_not_offered_a_german_one() -> None:
    error = parse_typed_date("endd 2024").error
    assert error is not None and "Did you mean “end”?" in error


@pytest.mark.parametrize(("typed", "read"), [
    ("1er décembre 2024", "1 December 2024"),
    ("1er mars 2025", "1 March 2025"),
    ("fin 2025", "late 2025"),
    ("début mars 2025", "early March 2025"),
    ("mi-2024", "mid 2024"),
    ("mi-mars 2025", "mid-March 2025"),
    ("printemps 2026", "spring 2026"),
    ("été 2024", "summer 2024"),
    ("automne 2023", "autumn 2023"),
])
def test_french_day_one_and_parts_read_as_french_months_are(typed: str, read: str) -> None:
    """verify56 F24: a French CSV's "mars 2025" and "15 janvier 2025" were read, but "1er
    décembre 2024" ("“er” is not a month") and "fin 2025" were not."""
    result = parse_typed_date(typed)
    assert result.error is None
    assert result.date is not None and result.date.describe() == read
