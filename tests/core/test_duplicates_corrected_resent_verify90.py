"""verify90 F6: a wire re-sent with a word changed, imported into a timeline where two of its
rows were corrected by hand, brought both rows back ticked with their first readings — "June
2024 … Duplicate? no" and "14 March 2025, 14:00 UTC … agree ceasefire: Keep both" — one click
from adding the two wrong events again.  A row whose sentence an event dated by hand cites,
word for word, and whose date is the one the hand's correction replaced ("was …" in the
basis), is that event's reading: likely, whatever article id, offsets, title or lane."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import CORRECTED_READING_BONUS, find_duplicates

LEAD = ("LORN, May 4 (Wire) - The presidents of Tarsa and Pell met in Lorn on Friday and "
        "agreed a truce along the river border.")
PLAN = "The two presidents also agreed to sign a border protocol in Vell in October."
FIRST, SECOND = "src-aaaaaaaaaa", "src-bbbbbbbbbb"


def _evidence(sentence: str, at: int, words: str | None) -> Evidence:
    if words is None:
        return Evidence(sentence, at, at + len(sentence))
    start = at + sentence.index(words)
    return Evidence(sentence, at, at + len(sentence), start, start + len(words))


def _timeline() -> list[Event]:
    summit = Event("summit", "Tarsa and Pell meet in Lorn", FuzzyDate.of_ymd(2029, 5, 4),
                   category="meeting", source_id=FIRST, participants=("Tarsa", "Pell"),
                   location="Lorn", evidence=(_evidence(LEAD, 40, "Friday"),),
                   date_basis="'Friday', relative to the dateline 4 May 2029")
    # The truce, re-dated and retitled by hand in the first review: its date marks went
    # with the correction.
    truce = Event("truce", "River truce takes effect", FuzzyDate.of_ymd(2029, 5, 6),
                  category="treaty", source_id=FIRST, participants=("Tarsa", "Pell"),
                  evidence=(_evidence(LEAD, 40, None),),
                  date_basis="typed by hand as “6 May 2029” in the review (was 4 May 2029; "
                             "'Friday', relative to the dateline 4 May 2029)")
    protocol = Event("protocol", "Border protocol signed in Vell (scheduled)",
                     FuzzyDate.of_month(2029, 10), category="treaty", source_id=FIRST,
                     evidence=(_evidence(PLAN, 600, None),),
                     date_basis="typed by hand as “October 2029” in the review (was "
                                "October 2028; 'October', relative to the dateline 4 May "
                                "2029)")
    return [summit, truce, protocol]


def _rows(source: str, shift: int) -> list[Event]:
    summit = Event("row0", "Tarsa and Pell meet in Lorn", FuzzyDate.of_ymd(2029, 5, 4),
                   category="meeting", source_id=source, participants=("Tarsa", "Pell"),
                   location="Lorn", evidence=(_evidence(LEAD, 40, "Friday"),))
    truce = Event("row1", "Tarsa and Pell agree truce", FuzzyDate.of_ymd(2029, 5, 4),
                  category="treaty", source_id=source, participants=("Tarsa", "Pell"),
                  location="Lorn", evidence=(_evidence(LEAD, 40, "Friday"),))
    protocol = Event("row2", "Presidents agree to sign border protocol",
                     FuzzyDate.of_month(2028, 10), category="treaty", source_id=source,
                     evidence=(_evidence(PLAN, 600 + shift, "October"),))
    return [summit, truce, protocol]


def test_a_resent_wires_rows_find_the_events_corrected_by_hand() -> None:
    found = find_duplicates(_timeline(), _rows(SECOND, -12))
    assert {key: (m.existing.id, m.likely) for key, m in found.items()} == {
        "row0": ("summit", True), "row1": ("truce", True), "row2": ("protocol", True)}
    assert "corrected by hand since (was October 2028)" in found["row2"].reason
    assert found["row2"].score > CORRECTED_READING_BONUS


def test_the_same_text_again_too() -> None:
    """The same article (its id and offsets): the corrected truce is the truce row's, not
    the summit's, which the summit row takes."""
    found = find_duplicates(_timeline(), _rows(FIRST, 0))
    assert {key: m.existing.id for key, m in found.items()} == {
        "row0": "summit", "row1": "truce", "row2": "protocol"}
    assert all(m.likely for m in found.values())


def test_a_row_of_another_date_than_the_one_corrected_is_not_the_reading() -> None:
    """The basis names the date the hand replaced: the same sentence read to another date
    (another act it tells) is not matched by this rule."""
    rows = _rows(SECOND, -12)
    other = Event("row9", "Border protocol talks", FuzzyDate.of_month(2031, 3),
                  category="meeting", source_id=SECOND,
                  evidence=(_evidence(PLAN, 588, "October"),))
    found = find_duplicates(_timeline(), [*rows[:2], other])
    assert "row9" not in found or "corrected by hand" not in found["row9"].reason


def test_no_hand_correction_no_match_by_sentence_alone() -> None:
    timeline = _timeline()
    timeline[2] = Event("protocol", timeline[2].title, FuzzyDate.of_month(2029, 10),
                        category="treaty", source_id=FIRST,
                        evidence=(_evidence(PLAN, 600, "October"),),
                        date_basis="'October', relative to the dateline 4 May 2029")
    found = find_duplicates(timeline, _rows(SECOND, -12)[2:])
    assert "row2" not in found or "corrected by hand" not in found["row2"].reason
