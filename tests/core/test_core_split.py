"""Splitting an event that tells of two happenings (``core.split``; verify29, fault 4)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.merge import merge_into_one
from timeline_app.core.split import split_event, why_not_split

DAY = FuzzyDate.of_day(dt.date(2025, 3, 22))
TOKYO = Evidence("Cho met Iwaya in Tokyo on 22 March.", 0, 35, 26, 34)
WANG = Evidence("A trilateral meeting also included Wang Yi.", 36, 79)


def _event() -> Event:
    return Event("e", "Talks in Tokyo", DAY, FuzzyDate.of_day(dt.date(2025, 3, 23)),
                 category="meeting", participants=("Cho Tae-yul", "Takeshi Iwaya", "Wang Yi"),
                 location="Tokyo", summary="They talked.", date_basis="'22 March' in the text",
                 source_id="s1", evidence=(TOKYO, WANG))


def test_the_chosen_sentences_and_participants_go_to_a_copy_of_title_date_and_place():
    event = _event()
    kept, new = split_event(event, [1], [2], new_id="n")
    assert kept == Event(**{**{f: getattr(event, f) for f in event.__slots__},
                            "participants": ("Cho Tae-yul", "Takeshi Iwaya"),
                            "evidence": (TOKYO,)})
    assert (new.id, new.title, new.date, new.end, new.location, new.category) == (
        "n", event.title, event.date, event.end, "Tokyo", "meeting")
    assert (new.date_basis, new.source_id) == (event.date_basis, "s1")
    assert new.participants == ("Wang Yi",) and new.evidence == (WANG,)
    assert new.summary == ""  # the summary, in the editor's words, stays with the event


def test_a_moved_sentence_keeps_its_date_marks():
    _kept, new = split_event(_event(), [0], [], new_id="n")
    assert new.evidence == (TOKYO,) and new.evidence[0].date_start == 26


@pytest.mark.parametrize(("sentences", "participants"), [
    ([], []),  # nothing chosen
    ([0, 1], [0, 1, 2]),  # everything chosen
    ([2], []),  # out of range
    ([], [-1]),
])
def test_refused_choices(sentences, participants):
    with pytest.raises(ValueError):
        split_event(_event(), sentences, participants, new_id="n")


def test_the_new_event_needs_an_id_of_its_own():
    with pytest.raises(ValueError):
        split_event(_event(), [0], [], new_id="e")


def test_why_not_split_needs_two_sentences_or_two_participants():
    event = _event()
    assert why_not_split(event) == ""
    one = Event("o", "One", DAY, participants=("Cho",), evidence=(TOKYO,))
    assert "nothing to split" in why_not_split(one)
    assert why_not_split(Event("p", "Two people", DAY, participants=("A", "B"))) == ""
    assert why_not_split(Event("s", "Two", DAY, evidence=(TOKYO, WANG))) == ""


_names = st.lists(st.sampled_from(["Cho", "Iwaya", "Wang", "Blinken"]), unique=True,
                  max_size=4).map(tuple)
_sentences = st.lists(st.sampled_from(["One.", "Two words.", "Three.", "Four, five."]),
                      unique=True, max_size=4)


@settings(max_examples=80, deadline=None)
@given(_names, _sentences, st.booleans(), st.data())
def test_split_then_merge_gives_back_every_sentence_and_participant(names, sentences,
                                                                     dated, data):
    """Nothing lost, nothing repeated: merging the two parts again (``core.merge``) gives
    the event's source sentences and participants, each once."""
    evidence = tuple(Evidence(s, 10 * i, 10 * i + len(s), *((10 * i, 10 * i + 3) if dated
                                                            else (None, None)))
                     for i, s in enumerate(sentences))
    event = Event("e", "T", DAY, participants=names, evidence=evidence, summary="S")
    total = len(evidence) + len(names)
    if total < 2:
        assert why_not_split(event)  # nothing to split
        return
    moved = data.draw(st.sets(st.integers(0, total - 1), min_size=1, max_size=total - 1))
    chosen_sentences = [i for i in moved if i < len(evidence)]
    chosen_people = [i - len(evidence) for i in moved if i >= len(evidence)]
    kept, new = split_event(event, chosen_sentences, chosen_people, new_id="n")
    # each item is in exactly one part
    assert sorted(kept.participants + new.participants) == sorted(names)
    assert sorted(e.sentence for e in (*kept.evidence, *new.evidence)) == sorted(sentences)
    assert kept.id == "e" and new.id == "n"
    merged = merge_into_one([kept, new])
    assert merged.id == "e"
    assert sorted(merged.participants) == sorted(names)
    assert sorted((e.sentence, e.start, e.end) for e in merged.evidence) == sorted(
        (e.sentence, e.start, e.end) for e in evidence)
    assert merged.summary == "S" and merged.date == event.date


def test_a_participant_of_both_happenings_stays_on_both():
    """A mediator (Malaysia's minister chaired both the talks and the signing) was moved
    to the new event and had to be typed back into the other one."""
    event = _event()
    kept, new = split_event(event, [1], [2], new_id="n", shared=[0])
    assert kept.participants == ("Cho Tae-yul", "Takeshi Iwaya")
    assert new.participants == ("Cho Tae-yul", "Wang Yi")  # in the event's order
    # Merging them back gives the event's participants once each.
    merged = merge_into_one([kept, new])
    assert merged.participants == event.participants
    assert merged.evidence == event.evidence
    # An index both chosen to go and shared is shared; a shared one alone moves nothing.
    kept, new = split_event(event, [1], [0, 2], new_id="n", shared=[0])
    assert kept.participants == ("Cho Tae-yul", "Takeshi Iwaya")
    assert new.participants == ("Cho Tae-yul", "Wang Yi")
    with pytest.raises(ValueError):
        split_event(event, [], [], new_id="n", shared=[0])
    with pytest.raises(ValueError):
        split_event(event, [], [], new_id="n", shared=[3])
    # Everything going but a shared participant: the event keeps that one.
    kept, new = split_event(event, [0, 1], [1, 2], new_id="n", shared=[0])
    assert kept.participants == ("Cho Tae-yul",) and kept.evidence == ()


def test_a_moved_sentence_leaves_the_summary_a_merge_made_of_it() -> None:
    # verify43 F21: the 3 December meeting merged from three articles had the three
    # sentences as its summary; "Vučić is to travel to Brussels tomorrow morning." split
    # off stayed in the first event's summary, where Details then showed it as its own.
    import dataclasses

    sentences = ["Leaders agreed on Thursday to set up a commission.",
                 "A leaders' meeting is expected in Brussels in early December.",
                 "Vučić is to travel to Brussels tomorrow morning."]
    event = Event("e", "Leaders meet", FuzzyDate.of_ymd(2026, 12, 3),
                  summary="\n\n".join([*sentences[:2],
                                         "Vučić is to travel  to Brussels\ntomorrow morning."]),
                  evidence=tuple(Evidence(s, 0, len(s)) for s in sentences))
    kept, new = split_event(event, [2], [], "n")
    assert kept.summary == "\n\n".join(sentences[:2])
    assert new.summary == "Vučić is to travel  to Brussels\ntomorrow morning."
    # a summary in the editor's own words stays whole with the event
    own = dataclasses.replace(event, summary="The leaders met for the first time in a year.")
    kept, new = split_event(own, [2], [], "n")
    assert kept.summary == own.summary and new.summary == ""
