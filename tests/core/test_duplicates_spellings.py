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


def test_a_short_form_merged_with_the_full_name_is_one_participant() -> None:
    """verify54 F6: a row's "Yoon" (typed by hand) merged into "Yoon Suk Yeol"'s meeting
    would have made him two participants; the full name stands for both, and a timeline's
    short form takes the full name a merged telling gives (said as a respelling)."""
    from timeline_app.core.duplicates import merge_changes, merge_events

    day = FuzzyDate.of_ymd(2024, 5, 26)
    full = Event("f", "Talks", day, participants=("Yoon Suk Yeol", "Li Qiang"))
    short = Event("s", "Talks", day, participants=("Yoon", "Li", "Japan"))
    assert merge_events(full, short).participants == ("Yoon Suk Yeol", "Li Qiang", "Japan")
    assert merge_changes(full, short) == ["adds participants: Japan"]
    assert merge_events(short, full).participants == ("Yoon Suk Yeol", "Li Qiang", "Japan")
    assert merge_changes(short, full) == ["spells Yoon → Yoon Suk Yeol, Li → Li Qiang"]
    # two persons a short form may be: it stays a participant of its own
    kims = Event("k", "Talks", day, participants=("Kim Jong Un", "Kim Yo Jong"))
    assert merge_events(kims, Event("x", "Talks", day, participants=("Kim",))).participants \
        == ("Kim Jong Un", "Kim Yo Jong", "Kim")
