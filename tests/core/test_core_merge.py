"""Merging events a person found to be the same (``core.merge``; verify29, fault 4)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.merge import merge_into_one, merged_participants, merged_summary
from timeline_app.core.sourced import evidence_source

DAY = FuzzyDate.of_day(dt.date(2025, 3, 22))
MONTH = FuzzyDate.of_month(2025, 3)

MUNICH = Evidence("Cho and Iwaya met in Munich on 22 March.", 100, 141, 131, 139)
TALKS = Evidence("The ministers talked for an hour.", 142, 175)
OTHER = Evidence("Iwaya flew to Munich in March for talks with Cho.", 10, 60, 35, 43)


def _pair() -> tuple[Event, Event]:
    a = Event("a", "Cho and Iwaya meet in Munich", DAY, category="meeting",
              participants=("Cho Tae-yul", "Takeshi Iwaya"), location="Munich",
              summary="They met.", date_basis="'22 March' in the article",
              source_id="s1", evidence=(MUNICH, TALKS))
    b = Event("b", "Iwaya and Cho hold talks", MONTH, category="visit",
              participants=("takeshi iwaya ", "Annalena Baerbock"), location="Munich, Germany",
              summary="Talks on North Korea.", date_basis="'in March' in the article",
              source_id="s2", evidence=(OTHER, MUNICH))
    return a, b


def test_by_default_the_first_events_title_date_place_and_lane_are_kept():
    a, b = _pair()
    merged = merge_into_one([a, b])
    assert (merged.id, merged.title, merged.date, merged.category, merged.location) == (
        "a", a.title, DAY, "meeting", "Munich")
    assert merged.date_basis == a.date_basis and merged.end is None
    # participants united in order, a name given twice kept once (first spelling)
    assert merged.participants == ("Cho Tae-yul", "Takeshi Iwaya", "Annalena Baerbock")
    # every source sentence kept, a repeated one once
    assert [e.sentence for e in merged.evidence] == [MUNICH.sentence, TALKS.sentence,
                                                     OTHER.sentence]
    # only the kept date's sentences keep the marks of the words the date was read from
    assert merged.evidence[0] == MUNICH
    assert merged.evidence[2].date_start is None and merged.evidence[2].start == 10
    assert merged.summary == "They met.\n\nTalks on North Korea."
    assert merged.source_id == "s1"


def test_the_chosen_title_date_and_place_win_with_the_dates_basis():
    a, b = _pair()
    b_end = Event("b", b.title, MONTH, end=FuzzyDate.of_month(2025, 4), category="visit",
                  date_basis=b.date_basis, evidence=b.evidence, location=b.location)
    merged = merge_into_one([a, b_end], title_from=1, date_from=1, place_from=1)
    # the first's id, the kept title's lane (verify66 F11; before: the first's lane),
    # or the lane chosen
    assert (merged.id, merged.category) == ("a", "visit")
    assert merge_into_one([a, b_end], title_from=1, lane_from=0).category == "meeting"
    assert merged.title == b.title and merged.location == "Munich, Germany"
    assert (merged.date, merged.end, merged.date_basis) == (
        MONTH, FuzzyDate.of_month(2025, 4), b.date_basis)
    # the sentence shared by both: the marks of the event whose date is kept
    by_sentence = {e.sentence: e for e in merged.evidence}
    # (b_end names no article: its sentence is kept as one of no article, verify30)
    other = by_sentence[OTHER.sentence]
    assert (other.sentence, other.start, other.end, other.date_start, other.date_end) == (
        OTHER.sentence, OTHER.start, OTHER.end, OTHER.date_start, OTHER.date_end)
    assert evidence_source(merged, other) is None
    assert by_sentence[MUNICH.sentence] == MUNICH  # b's copy is the same marks
    assert by_sentence[TALKS.sentence].date_start is None


def test_a_chosen_empty_place_takes_the_first_place_given():
    a, b = _pair()
    blank = Event("c", "x", DAY)
    assert merge_into_one([blank, b], place_from=0).location == "Munich, Germany"
    assert merge_into_one([blank, a, b]).location == "Munich"


def test_same_summaries_and_no_source():
    a = Event("a", "A", DAY, summary="Same  words.")
    b = Event("b", "B", DAY, summary=" Same words. ", source_id="s9")
    merged = merge_into_one([a, b])
    assert merged.summary == "Same  words." and merged.source_id == "s9"
    assert merged_summary([Event("x", "", DAY), Event("y", "", DAY)]) == ""
    assert merged_participants([Event("x", "", DAY, participants=(" ", "A", "a"))]) == ("A",)


def test_bad_calls_are_refused():
    a, b = _pair()
    with pytest.raises(ValueError):
        merge_into_one([a])
    with pytest.raises(ValueError):
        merge_into_one([a, a])
    with pytest.raises(ValueError):
        merge_into_one([a, b], date_from=2)


_names = st.lists(st.sampled_from(["Cho", "cho", "Iwaya", "Wang Yi", " Lavrov", ""]),
                  max_size=4).map(tuple)
_sentences = st.lists(st.sampled_from(["One.", "Two  words.", "Two words.", "Three."]),
                      max_size=3)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_names, _sentences, st.sampled_from(["", "x", "y"])),
                min_size=2, max_size=4), st.data())
def test_nothing_any_event_knew_is_lost(parts, data):
    events = [Event(f"e{i}", f"T{i}", DAY, participants=names, summary=summary,
                    evidence=tuple(Evidence(s, 0, len(s)) for s in sentences))
              for i, (names, sentences, summary) in enumerate(parts)]
    pick = st.integers(0, len(events) - 1)
    merged = merge_into_one(events, data.draw(pick), data.draw(pick), data.draw(pick))
    assert merged.id == "e0"
    folded = [p.casefold().strip() for p in merged.participants]
    assert len(folded) == len(set(folded))
    assert {p.casefold().strip() for e in events for p in e.participants if p.strip()} == set(
        folded)
    words = [" ".join(e.sentence.split()) for e in merged.evidence]
    assert len(words) == len(set(words))
    assert set(words) == {" ".join(e.sentence.split()) for x in events for e in x.evidence}
    for event in events:
        if event.summary:
            assert event.summary in merged.summary
