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
    for word in ("Çavuşoğlu", "Šefčovič", "Łódź", "İstanbul", "Đỗ", "Ōita", "Ångström", "Smith"):
        assert re.fullmatch(rf"{CAPITAL}{SMALL}+", word), word
    for word in ("smith", "3rd", "_x", "ÇAVUŞOĞLU"):
        assert not re.fullmatch(rf"{CAPITAL}{SMALL}+", word), word


def test_a_place_starting_with_a_capital_outside_a_to_z_is_the_place():
    # the pipeline's patterns read '[A-Z]' as any capital (extract.letters.CAPITAL)
    result = extract_events(
        "İstanbul (AFP) – 27 March 2026 – Turkish President Recep Tayyip Erdoğan hosted "
        "Russia's Sergueï Lavrov and Ukraine's Dmytro Kuleba in İstanbul on 24 March 2026.\n"
        "Polish Foreign Minister Radosław Sikorski will travel to Łódź on Friday.\n")
    by_date = {c.date.describe(): c for c in result.candidates}
    assert by_date["24 March 2026"].location == "İstanbul", by_date
    assert "İstanbul" in by_date["24 March 2026"].title
    assert any(c.location == "Łódź" for c in result.candidates), by_date


def test_a_trigger_whose_object_is_a_name_outside_a_to_z_is_an_event():
    # event_vocabulary's argument patterns ("named X as ...") read CAPITAL too
    result = extract_events("WARSAW, March 2, 2026 (Reuters) - Poland named Łukasz Jasiński as "
                            "its ambassador to Vietnam on Monday.\n")
    assert any("Łukasz Jasiński" in c.title for c in result.candidates), [
        c.title for c in result.candidates]
