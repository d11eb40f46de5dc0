"""General misses of the seventh blind set (session 56, ext122), each on sentences written for
these tests, of the same shape as the set's articles (none of their text)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.chronology import chronology_lines
from timeline_app.extract.dateline import read_dateline


def _rows(text: str, dct: dt.date | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(str(c.date), c.title, tuple(c.participants))
            for c in extract_events(text, dct=dct).candidates]


_NUMBERED = """Lough Foyle: how an estuary became a quarrel between two capitals

Northern and Irish officials are to meet in Derry next month. Here is how it began.

Tuesday, 10 March 2026

THE estuary has been disputed for a century, and fishermen say they are caught between.

Here are the key moments:

1. May 4, 1922: The border commission first leaves the estuary undivided.

2. 1965: The two governments sign a fisheries agreement for the lough.

3. June 2011: The Irish government protests against a new licensing scheme.

4. Earlier this year: the two sides agree to set up a working group.
"""


def test_a_numbered_chronology_s_entries_are_entries() -> None:
    lines = chronology_lines(_NUMBERED)
    for entry in ("1. May 4, 1922:", "2. 1965:", "3. June 2011:"):
        assert _NUMBERED.index(entry) in lines, entry


def test_the_date_line_after_the_standfirst_wins_over_a_numbered_chronology() -> None:
    dateline = read_dateline(_NUMBERED)
    assert (dateline.year, dateline.month, dateline.day) == (2026, 3, 10), dateline
    found = extract_events(_NUMBERED).candidates
    assert any(c.date is not None and c.date.year == 1965 for c in found), _rows(_NUMBERED)
    assert not any(c.date is not None and c.date.year == 2012 for c in found), _rows(_NUMBERED)
