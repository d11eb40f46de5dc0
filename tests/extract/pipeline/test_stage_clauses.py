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
    # before "and" with auxiliaries and then another verb: "and is to meet", "and will
    # also visit", "and is scheduled to call on"
    ("He leaves for Oslo on Monday and is to meet the king on Tuesday.", "leaves", "on Monday"),
    ("She arrived on Monday and will also visit the port on Friday.", "arrived", "on Monday"),
    ("He arrived on Monday and is scheduled to call on the premier.", "arrived", "on Monday"),
    # ... but "set up" is the verb "set", not "is set to"; and no verb after "and is"
    ("They established ties in 1955 and set up a partnership in 2013.", "established", "in 1955"),
    ("He signed the pact in 2001 and is the first to do so.", "signed",
     "in 2001 and is the first to do so"),
    # before "and" + a past tense of any verb with its object ("and finalised arrangements")
    ("They signed a rail pact on Friday and finalised arrangements for a visit in May.",
     "signed", "on Friday"),
    # ... but not before a participle that qualifies a noun ("and related issues")
    ("They discussed trade and related issues on Friday.", "discussed",
     "trade and related issues on Friday"),
])
def test_where_a_verb_object_ends(text: str, verb: str, ends_with: str) -> None:
    end = verb_object_end(text, _seg(text), text.index(verb) + len(verb))
    assert text[:end].endswith(ends_with), text[:end]


def test_a_verb_object_ends_at_a_comma_but_not_inside_a_number() -> None:
    text = "Zenco closed 1,100 dealerships, the company said."
    end = verb_object_end(text, _seg(text), text.index("closed") + 6)
    assert text[:end].endswith("1,100 dealerships")


def test_a_clause_without_commas_reaches_at_most_max_clause_reach_each_way() -> None:
    # Event-dense text without punctuation (issue 9 §3): each mention reads a bounded
    # window, cut at a blank, not the whole 1 000-character segment.
    from timeline_app.extract.pipeline.clauses import MAX_CLAUSE_REACH

    text = "1999 met " * 100
    seg = _seg(text)
    start = text.index("met", 450)
    left = clause_left(text, seg, start)
    assert start - MAX_CLAUSE_REACH <= left < start - MAX_CLAUSE_REACH + 10
    assert text[left - 1] == " " and text[left] != " "
    right = verb_object_end(text, seg, start + 3)
    assert start + 3 + MAX_CLAUSE_REACH - 10 < right <= start + 3 + MAX_CLAUSE_REACH
    assert text[right] == " "
    # a clause shorter than that is as before
    short = "The ministers met in Tokyo on Saturday and signed a pact."
    assert clause_left(short, _seg(short), short.index("met")) == 0
