"""Statements dated by their own day in forms the extractor had not read (ext133, from the
error kinds of blind set h23): AP's weekday without 'on' ('said late Tuesday that ...'), a
'that' left out ('said on Tuesday the accord was still "too weak"'), and a claim followed by
the next clause of another sayer ('..., and his office said again on Friday that ...').  The
sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

HEAD = ("STRELSAU, March 31, 2025 (Wire) - Ministers of Ruritania and Borduria met in the "
        "capital on Monday.\n\n")


def _rows(sentence: str) -> list[tuple[dt.date, str]]:
    result = extract_events(HEAD + sentence + "\n")
    return [(c.date.start, c.title) for c in result.candidates
            if "Borduria" not in c.title]


@pytest.mark.parametrize(("sentence", "day", "who"), [
    ("Commission President Omar Tarin said late Tuesday that traders from the two countries "
     "would keep their duty-free access.", dt.date(2025, 3, 25), "Omar Tarin"),
    ("Foreign Minister Ana Ruiz said Friday that her country would not attend the summit.",
     dt.date(2025, 3, 28), "Ana Ruiz"),
    ("President Paul Marin said on Tuesday the accord was still \"too weak to sign as "
     "drafted.\"", dt.date(2025, 3, 25), "Paul Marin"),
    ("President Paul Marin said on Tuesday the accord was still \"too weak to sign as "
     "drafted,\" and his office said again on Friday that the text was \"not yet signed.\"",
     dt.date(2025, 3, 25), "Paul Marin"),
])
def test_a_named_sayers_dated_statement_is_a_row(sentence: str, day: dt.date, who: str) -> None:
    assert any(d == day and who in title for d, title in _rows(sentence))


@pytest.mark.parametrize("sentence", [
    "Officials said on Tuesday the talks were going well.",
    "President Paul Marin said on Tuesday the two sides had signed a deal.",
])
def test_no_statement_row_for_a_source_or_for_an_act_told(sentence: str) -> None:
    assert not any("says" in title.lower() for _d, title in _rows(sentence))
