""""c." before a year is circa, no sentence end (verify41's a1: "About ten years later, c. 10
BC, Phraates IV sent four of his sons to Rome" was cut after "c.", and the sending lost its
date)."""

from __future__ import annotations

from timeline_app.extract import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_c_before_a_year_ends_no_sentence() -> None:
    assert _texts("Peace came c. 1470 BC. The war resumed.") == [
        "Peace came c. 1470 BC.", "The war resumed."]


def test_ca_before_a_year_ends_no_sentence() -> None:
    assert _texts("The fort was built ca. 1713 by the Dutch. It fell.") == [
        "The fort was built ca. 1713 by the Dutch.", "It fell."]


def test_a_c_before_a_capital_still_ends_its_sentence() -> None:
    # (guard: only a number after it makes "c." circa)
    assert _texts("The hall was block c. The talks began.") == [
        "The hall was block c.", "The talks began."]
