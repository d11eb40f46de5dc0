"""Stage 2: where clauses and phrases begin and end."""

from __future__ import annotations

import pytest

from timeline_app.extract.pipeline.clauses import (
    clause_left,
    noun_phrase_left,
    phrase_right,
    verb_object_end,
)
from timeline_app.extract.sentences import split_sentences


def _seg(text: str):  # type: ignore[no-untyped-def]
    return split_sentences(text)[0]


def test_a_clause_starts_after_the_last_comma_or_subordinator() -> None:
    text = "After the talks ended, the ministers signed an accord."
    seg = _seg(text)
    assert text[clause_left(text, seg, text.index("signed")):].startswith(" the ministers")
    text = "The minister said that Japan would join the pact."
    assert text[clause_left(text, _seg(text), text.index("would")):].startswith(" Japan")


def test_a_noun_phrase_starts_at_its_determiner_or_owner() -> None:
    text = "They held a trilateral meeting in Tokyo."
    assert text[noun_phrase_left(text, _seg(text), text.index("meeting")):].startswith(
        "a trilateral")
    text = "Iwaya's visit ended."
    assert noun_phrase_left(text, _seg(text), text.index("visit")) == 0


def test_prepositional_phrases_stop_before_a_date() -> None:
    text = "They held talks with Cho Tae-yul in Tokyo on Saturday."
    seg = _seg(text)
    end = phrase_right(text, seg, text.index("talks") + 5,
                       frozenset({text.index("Saturday")}))
    assert text[:end].endswith("in Tokyo")


@pytest.mark.parametrize(("text", "verb", "ends_with"), [
    # at a comma, but not inside a number
    ("Zenco closed 1,100 dealerships, the company said.", "closed", "1,100 dealerships"),
    # a verb without object takes no noun after "and" ...
    ("They revived a pact signed in April 2001 and a broader accord from 1998.", "signed",
     "signed in April 2001"),
    # ... but a verb with an object keeps its coordinated objects
    ("They signed a pact on trade and a memorandum on energy in 2001.", "signed", "in 2001"),
    # before "and to" another verb
    ("She is to address the Council on Monday and to meet the president on Friday.",
     "address", "on Monday"),
])
def test_where_a_verb_object_ends(text: str, verb: str, ends_with: str) -> None:
    end = verb_object_end(text, _seg(text), text.index(verb) + len(verb))
    assert text[:end].endswith(ends_with), text[:end]
