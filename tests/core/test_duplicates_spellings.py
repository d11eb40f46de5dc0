"""Duplicates across outlets that spell names and places differently (verify37 F6).

Reuters wrote "Istanbul" and "Recep Tayyip Erdogan", AFP "İstanbul" and "Recep Tayyip
Erdoğan".  Compared by ``casefold`` alone, "İstanbul" became the words "i" and "stanbul"
(the dot above is a combining mark): the places "shared no word" and the names no
participant, so AFP's telling of the meeting was at most a possible duplicate of Reuters'.
"""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates, title_similarity

DAY = FuzzyDate.of_day(_dt.date(2026, 3, 24))
REUTERS = Event("r", "Sergei Lavrov and Dmytro Kuleba meet in Istanbul", DAY,
                category="meeting", location="Istanbul",
                participants=("Sergei Lavrov", "Dmytro Kuleba", "Recep Tayyip Erdogan",
                              "Russia", "Ukraine", "Turkey"))
AFP = Event("a", "Recep Tayyip Erdoğan and Sergueï Lavrov meet in İstanbul", DAY,
            category="meeting", location="İstanbul",
            participants=("Recep Tayyip Erdoğan", "Sergueï Lavrov", "Turkey", "Russia",
                          "Ukraine"))


def test_titles_compare_without_accents() -> None:
    assert title_similarity("Talks in İstanbul", "Talks in Istanbul") == 100
    assert title_similarity("Erdoğan visits Łódź", "Erdogan visits Lodz") == 100


def test_another_outlets_spelling_is_a_likely_duplicate_in_the_same_place() -> None:
    match = find_duplicates([REUTERS], [AFP])["a"]
    assert match.existing is REUTERS
    assert match.likely, match.reason
    assert "places differ" not in match.reason
    assert "Recep Tayyip Erdoğan" in match.reason  # "shares Recep Tayyip Erdoğan, …"
