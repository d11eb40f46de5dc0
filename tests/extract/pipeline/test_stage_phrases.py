"""Shared text helpers of the event builder."""

from __future__ import annotations

import re

from timeline_app.extract.pipeline.phrases import (
    join_names,
    strip_aux_tail,
    strip_det,
    tail,
    timexes_in,
)
from timeline_app.extract.timex import Timex

# The pattern strip_aux_tail replaced; it backtracks exponentially on runs of blanks.
_OLD_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|could|should|may|might|must|can|shall|"
    r"did|does|do|been|be|being|not|also|still|then|now|just|both|all|each|together|jointly|"
    r"today|yesterday|\w+ly)\b|\s*[,;:]|\s+)+$", re.IGNORECASE)


def test_strip_aux_tail_drops_auxiliaries_adverbs_and_punctuation() -> None:
    assert strip_aux_tail(" Zenco has also") == " Zenco"
    assert strip_aux_tail(" GM, Ford and Chrysler both ,") == " GM, Ford and Chrysler"
    assert strip_aux_tail(" The firm quickly") == " The firm"
    assert strip_aux_tail(" GMhas") == " GMhas"  # a word goes only after a blank


def test_strip_aux_tail_agrees_with_the_regex_it_replaced() -> None:
    for text in (" a has been", " x,y: z", "  ", "", " only", " ly", " has-been", " Tom will, ",
                 " é really", "word\t\tjust\n"):
        assert strip_aux_tail(text) == _OLD_AUX_TAIL.sub("", text), text


def test_strip_aux_tail_is_linear_on_blanks() -> None:
    text = " In the past" + " " * 100_000 + "x"
    assert strip_aux_tail(text) == text  # the old pattern never returned on this


def test_tail_is_at_most_its_reach() -> None:
    text = "a" * 1000
    assert tail(text, 0, 1000) == "a" * 200
    assert tail(text, 950, 1000) == "a" * 50


def test_timexes_in_takes_those_that_start_in_the_span() -> None:
    times = [Timex(s, s + 4, "2025", "DATE", "2025") for s in (0, 10, 20, 30)]
    assert [t.start for t in timexes_in(times, 10, 30)] == [10, 20]
    assert timexes_in(times, 31, 40) == []


def test_strip_det_and_join_names() -> None:
    assert strip_det("the accord") == "accord"
    assert join_names(["A", "B", "C"]) == "A, B and C"
    assert join_names(["A"]) == "A"
