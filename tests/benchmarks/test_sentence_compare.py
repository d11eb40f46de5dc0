"""``benchmarks/sentence_compare.py``: its helpers, and our splitter against the
sentence boundaries judged by hand on the benchmark articles."""

from __future__ import annotations

import pytest

from benchmarks.sentence_compare import (
    _detokenise,
    benchmark_sample,
    in_quotation,
    normalise,
    ours,
    score,
)


def test_normalise_maps_a_bullet_to_its_line_and_drops_the_text_start() -> None:
    text = "Key points\n- First point.\n- Second point. More."
    first_bullet, second_bullet = text.index("- First"), text.index("- Second")
    starts = {0, first_bullet + 2, second_bullet + 2, text.index("More")}
    assert normalise(text, starts) == {first_bullet, second_bullet, text.index("More")}


def test_in_quotation_looks_for_an_open_quote_on_the_line() -> None:
    text = "He said: \u201cWhy wait? Who is he?\u201d Then he left.\nNext line."
    assert in_quotation(text, text.index("Who"))
    assert not in_quotation(text, text.index("Then"))
    assert not in_quotation(text, text.index("Next"))


@pytest.mark.parametrize(("tokens", "text"), [
    ("from Airbus ' Delivery Center .", "from Airbus' Delivery Center."),
    ("`` It 's too early , '' he said .", "\u201cIt's too early,\u201d he said."),
    ('" We love the Beatles , " said Jobs .', '"We love the Beatles," said Jobs.'),
    ("costs $ 99 ( USD ) to join ; fine", "costs $99 (USD) to join; fine"),
])
def test_detokenise_meantime_lines(tokens: str, text: str) -> None:
    assert _detokenise(tokens) == text


def test_score_counts_false_and_missed_boundaries() -> None:
    text = "One. Two. Three."
    sample = [("t", text, {5, 10}, set())]
    n, errors = score(sample, lambda _t: {5, 7})
    assert n == 2
    assert sorted((kind, pos) for kind, _, pos, _ in errors) == [("false", 7), ("missed", 10)]


def test_our_splitter_matches_the_hand_judged_boundaries_of_the_dev_articles() -> None:
    sample = benchmark_sample(heldout=False)
    assert sample
    n, errors = score(sample, ours)
    assert n > 50
    assert errors == []


def test_our_splitter_stays_close_on_the_held_out_articles() -> None:
    """The held-out articles measure what unseen news does: their errors are reported
    (``benchmarks/sentence_compare.py``) and fixed only once the set has been scored and
    moved to dev, so this bounds them instead of requiring none.  On the h3 set, judged
    by hand before the splitter ran, 2 of 134 were missed: EFE's ``(EFE).-`` dateline and
    a KUNA sign-off ``(end) ah.gb`` at the end of a line."""
    sample = benchmark_sample(heldout=True)
    if not sample:
        pytest.skip("no held-out articles: the next blind set is still to be written")
    n, errors = score(sample, ours)
    assert n > 50
    assert len(errors) <= 0.02 * n, errors
