"""Acts that had no candidate, and a body left out of the sides (ext128, from the error kinds
of blind set h22): a body joined by its head noun alone ("joined the Council"), a named body
left or joined ("left the Andean Union", "joined the Pacific Fisheries Commission"), a leader
toppled in the passive with a date, a seat taken up on a date, a vote told in a live blog's
entry in the passive under the entry's time stamp; and the body a state joins or leaves as
the other side.  Made-up sentences; none is taken from an evaluation corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

DCT = dt.date(2025, 3, 22)


def rows(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((c.date.to_timex()[0], c.participants) for c in extract_events(text, DCT).candidates)


@pytest.mark.parametrize(("text", "date"), [
    ("The Pacific Fisheries Council was founded in 1960. Ruritania joined the Council in "
     "March 1977, at a hopeful moment.", "1977-03"),
    ("Elbonia joined the Pacific Fisheries Commission in 1958.", "1958"),
    ("Ruritania left the Andean Union in 2019 after a long quarrel.", "2019"),
    ("The general was toppled in April 2011.", "2011-04"),
    ("Ruritania will take its seat on 1 January, the foreign minister said.", "2026-01-01"),
])
def test_an_act_outside_the_usual_verbs_has_a_row(text: str, date: str) -> None:
    assert date in [d for d, _ in rows(text)]


@pytest.mark.parametrize("text", [
    "The council of elders met and the general left the hall in silence.",
    "The party took its time over the reply.",
])
def test_no_row_for_the_same_verbs_without_their_object(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(("text", "body"), [
    ("Elbonia joined the Pacific Fisheries Commission (PFC) in 1958.",
     "Pacific Fisheries Commission"),
    ("Elbonia joined the Pacific Fisheries Commission (PFC) in 1958. Ruritania joined the PFC "
     "in 1961.", "PFC"),
    ("Sylvania withdrew from the Council of Europe in December 1969.", "Council of Europe"),
])
def test_the_body_joined_or_left_is_a_side(text: str, body: str) -> None:
    assert any(body in parts for _, parts in rows(text))


def test_a_passive_in_a_live_blog_entry_is_dated_by_its_stamp() -> None:
    text = ("Live: the council vote\nTuesday 18 March 2025\n\n"
            "14:05\nVoting is about to begin in the assembly hall in Valdor.\n\n"
            "19:48\nRESULT: Ruritania 130 votes, Elbonia 128. Ruritania and Elbonia are "
            "elected in the first round.\n")
    result = extract_events(text)
    assert result.dct == dt.date(2025, 3, 18)
    assert any(c.date.to_timex()[0].startswith("2025-03-18") and "elect" in c.title.lower()
               for c in result.candidates)


@pytest.mark.parametrize(("text", "side"), [
    ("Ruritania lost its last bid for a seat in 2010, to Portugal.", "Portugal"),
    ("Ruritania lost the vote to Portugal in 2010.", "Portugal"),
    ("Ruritania's new trade office in the Slovak capital formally opened on Tuesday.",
     "Slovakia"),
])
def test_the_second_side_named_only_after_the_verb(text: str, side: str) -> None:
    assert any(side in parts for _, parts in rows(text))

