"""A deadline counted from the article's date ("within 180 days") is dated as a limit, so
that the Date cell, the Events list and the timeline say "by c. 23 May 2017", as its basis
does (verify72 F9: they said "c. 23 May 2017", which reads as "around 23 May")."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.dates import describe_range
from timeline_app.extract import extract_events


def test_a_within_deadline_is_told_as_by() -> None:
    text = ("Under the accord, the militia must hand over its heavy weapons to the monitors "
            "within 90 days, the envoy said on Monday.")
    found = [c for c in extract_events(text, dct=dt.date(2026, 3, 2)).candidates
             if "weapons" in c.title]
    assert found, extract_events(text, dct=dt.date(2026, 3, 2)).candidates
    date = found[0].date
    assert date.limit == "ON_OR_BEFORE"
    assert describe_range(date, None) == "by c. 31 May 2026"
    assert "by c. 31 May 2026" in found[0].date_basis
