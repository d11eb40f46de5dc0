"""The shortcuts that keep event-dense text linear give the answers of the plain searches
they replace (issue 9 §3): each is compared with the plain search on random windows."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.extract.pipeline import dating, entities, phrases

_WORDS = ["since", "Since", "the", "lowest", "biggest-ever", "not", "seen", "ever", "x",
          "1999", "around", "about", "in", "In", "as", "of", "scheduled", "for", "to", "be",
          "held", "on", "ſince", "ıN", "xabout", "-in", "South", "Korea", "Korean", "Koreans",
          "Japan", "Japanese", "Mon", "Monday", "US", "met", "Foreign", "Minister", "'s"]
_BLANKS = ["", " ", "  ", "\n", "\t", "\u2003", "\u00a0", ",", ".", "-", " " * 70]

texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_BLANKS)),
                 max_size=40).map(lambda pairs: "".join(w + b for w, b in pairs))


def _window(text: str, data: st.DataObject) -> tuple[int, int]:
    lo = data.draw(st.integers(0, len(text)))
    return lo, data.draw(st.integers(lo, len(text)))


@settings(max_examples=150, deadline=None, database=None)
@given(texts, st.data())
def test_phrases_that_end_at_a_date_are_found_as_by_a_plain_search(text: str,
                                                                   data: st.DataObject) -> None:
    lo, hi = _window(text, data)
    for pattern, words in ((dating._YARDSTICK_SINCE, dating._YARDSTICK_WORDS),
                           (dating._SCHEDULE, dating._SCHEDULE_WORDS),
                           (dating._APPROX_BEFORE, 2)):
        plain = pattern.search(text, lo, hi)
        fast = dating._ends_with(pattern, text, lo, hi, words)
        assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups()))


_PREPOSITION = re.compile(r"\b(?:in|on|since|by|during|at|until|till|from|of|for|over|as\s+of|"
                          r"through|before|after|between|within)\s+$", re.IGNORECASE)


@settings(max_examples=150, deadline=None, database=None)
@given(texts, st.data())
def test_the_preposition_before_a_date_is_found_as_in_the_whole_prefix(
        text: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(text)))
    plain = _PREPOSITION.search(text[:a])
    assert phrases._preposition_before(list(text), a) == (plain.start() if plain else a)


@settings(max_examples=150, deadline=None, database=None)
@given(texts, st.data())
def test_states_are_found_at_capitals_as_by_finditer(text: str, data: st.DataObject) -> None:
    lo, hi = _window(text, data)
    for pattern, prefixes in ((entities._COUNTRY, entities._COUNTRY_PREFIXES),
                              (entities._DEMONYM_ADJECTIVE, entities._DEMONYM_PREFIXES)):
        plain = [(m.span(), m.group(0)) for m in pattern.finditer(text, lo, hi)]
        fast = [(m.span(), m.group(0))
                for m in entities._matches_at_capitals(pattern, text, lo, hi, prefixes)]
        assert fast == plain
