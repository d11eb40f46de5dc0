"""``benchmarks/hostile_articles.py``: its families and its verdicts (the timing is its own job)."""

from __future__ import annotations

import pytest

from benchmarks.hostile_articles import FAMILIES, main


def test_there_are_at_least_a_hundred_families_each_of_the_exact_size() -> None:
    assert len(FAMILIES) >= 100
    for name, build in FAMILIES.items():
        for size in (997, 2_000):
            text = build(size)
            assert len(text) == size, name
    assert len({build(500) for build in FAMILIES.values()}) == len(FAMILIES)  # all differ


def test_a_family_within_the_limits_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--families", "tabs", "--functions", "tag", "--sizes", "200", "400"]) == 0
    out = capsys.readouterr().out
    assert "tabs" in out and "0 of 1 families over a limit" in out


def test_a_family_over_the_limit_fails_the_run(capsys: pytest.CaptureFixture[str]) -> None:
    # No run takes under -1 s: every family is over this limit.
    assert main(["--families", "tabs", "--functions", "tag", "--sizes", "200", "400",
                 "--limit", "-1"]) == 1
    assert "Over a limit: tabs" in capsys.readouterr().out


def test_the_tagging_and_extraction_sweeps_share_one_family_list() -> None:
    # One declaration (hostile_families.py): the tagger's sweep covers every family the
    # extractor's does, and the in-suite tests' subsets are names from it.
    from benchmarks import hostile_families, hostile_text

    assert hostile_text.FAMILIES is FAMILIES is hostile_families.FAMILIES
    assert set(hostile_families.FIRST_SWEEP) <= set(FAMILIES)
    assert set(hostile_families.EVENT_DENSE) <= set(FAMILIES)
    assert hostile_text.hostile("1999 met", 20) == "1999 met 1999 met 19"
