"""A lead's first word after a dateline is capitalised as any sentence's first word is:
"MOMBASA, March 4 (Reuters) - Negotiators from Kenya and Uganda met" is a meeting of Kenya
and Uganda, not of "Negotiators" (verify21: "Negotiators meets with Uganda in Mombasa";
without the dateline it was right)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

DCT = dt.date(2025, 3, 4)


@pytest.mark.parametrize("lead", [
    "MOMBASA, March 4 (Reuters) - Negotiators from Kenya and Uganda met in Mombasa on "
    "Tuesday for peace talks hosted by Tanzania and mediated by Egypt.",
    "Negotiators from Kenya and Uganda met in Mombasa on Tuesday for peace talks hosted by "
    "Tanzania and mediated by Egypt.",
])
def test_negotiators_after_a_dateline_are_no_one(lead: str) -> None:
    first = extract_events(lead, dct=DCT).candidates[0]
    assert first.title == "Kenya and Uganda meet in Mombasa"
    assert "Negotiators" not in first.participants
    assert {"Kenya", "Uganda"} <= set(first.participants)
