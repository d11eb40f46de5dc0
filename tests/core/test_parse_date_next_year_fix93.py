"""verify88 F7: the event editor's Date refused "next year" ("'next' is not a month or a
date word") while it took "next Tuesday".  "next year", "this year", "last year" and the
same of a month are read from today, at that precision."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.dates import Precision
from timeline_app.core.parse_date import parse_relative_day

TODAY = dt.date(2026, 12, 7)


def test_a_year_or_month_named_from_today() -> None:
    read = {words: parse_relative_day(words, TODAY)
            for words in ("next year", "Last  year", "this year", "next month",
                          "last month", "this month")}
    assert all(r is not None and r.date is not None for r in read.values())
    said = {w: (r.date.describe(), r.date.precision) for w, r in read.items()
            if r is not None and r.date is not None}
    assert said == {"next year": ("2027", Precision.YEAR),
                    "Last  year": ("2025", Precision.YEAR),
                    "this year": ("2026", Precision.YEAR),
                    "next month": ("January 2027", Precision.MONTH),
                    "last month": ("November 2026", Precision.MONTH),
                    "this month": ("December 2026", Precision.MONTH)}
    assert "from today" in (read["next year"].note or "")  # type: ignore[union-attr]
    january = parse_relative_day("last month", dt.date(2027, 1, 15))
    assert january is not None and january.date is not None
    assert january.date.describe() == "December 2026"
    assert parse_relative_day("next decade", TODAY) is None
