"""Names starting with a capital outside A-Z are whole names (verify37, the fact-checker's
trial): 'Turkish Foreign Minister Mevlüt Çavuşoğlu' was read as 'Mevlüt' (the name's
words were ``[A-Z]``-initial), and 'Vietnamese Deputy Foreign Minister Đỗ Hùng Việt' was
no one."""

from __future__ import annotations

import re

from timeline_app.extract import extract_events
from timeline_app.extract.letters import CAPITAL, SMALL

TEXT = ("ANKARA, March 3, 2026 (Reuters) - Turkish Foreign Minister Mevlüt Çavuşoğlu met "
        "Polish Foreign Minister Radosław Sikorski in Ankara on Tuesday.\n"
        "Sikorski will meet Vietnamese Deputy Foreign Minister Đỗ Hùng Việt in Hanoi on "
        "Friday.\n")


def test_a_name_with_a_capital_outside_a_to_z_is_whole():
    result = extract_events(TEXT)
    people = {p for c in result.candidates for p in c.participants}
    assert "Mevlüt Çavuşoğlu" in people, people
    assert "Mevlüt" not in people
    assert "Đỗ Hùng Việt" in people, people
    titles = [c.title for c in result.candidates]
    assert any("Çavuşoğlu" in t for t in titles), titles


def test_the_letter_classes():
    for word in ("Çavuşoğlu", "Šefčovič", "Łódź", "İstanbul", "Đỗ", "Ōita", "Ångström", "Ελλάδα",
                 "Москва", "Smith"):
        assert re.fullmatch(rf"{CAPITAL}{SMALL}+", word), word
    for word in ("çavuşoğlu", "3rd", "_x"):
        assert not re.fullmatch(rf"{CAPITAL}{SMALL}+", word), word
