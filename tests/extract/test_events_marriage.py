"""A dynastic marriage of two people named is an event (verify41's a2: "sealed by the marriage
of Louis XIV to the Infanta Maria Theresa the following year" read "Treaty signed", 1660)."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events


def test_a_marriage_that_sealed_a_treaty() -> None:
    found = extract_events("In 1501 England and Scotland signed the Treaty of Perpetual Peace, "
                           "which was sealed by the marriage of James IV to Margaret Tudor in "
                           "1503.", mode="narrative").candidates
    marriage = next(c for c in found if c.date == FuzzyDate.of_year(1503))
    assert marriage.title.startswith("Marriage of James IV to Margaret Tudor")


def test_a_marriage_law_is_no_marriage() -> None:
    # (guard: two people named, not a law or a right)
    found = extract_events("DUBLIN, May 3 (Reuters) - Parliament passed the same-sex marriage "
                           "law on Monday.", _dt.date(2021, 5, 3)).candidates
    assert not any(c.title.startswith("Marriage") for c in found)
