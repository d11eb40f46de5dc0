"""ext111 (session 53): small extraction slips other helpers found this session (docs53's
"extractor behaviour found while checking").  Own test sentences in the shapes reported."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

_LINE = "BRATISLAVA, Mar 4 (Reuters) - "


def _rows(text: str) -> dict[str, tuple[str, ...]]:
    return {c.title: c.participants
            for c in extract_events("Story\n\n" + _LINE + text + "\n", dt.date(2026, 3, 4)).candidates}


def test_a_day_between_voted_and_to_keeps_the_legislature_s_state() -> None:
    # "Lawmakers voted on Tuesday to approve it" was "Approves", no participant, where
    # "voted to approve it on Tuesday" was "Hungary votes to approve" (docs53)
    rows = _rows("The Slovak parliament began debating Ukraine's accession bid on Monday. "
                 "Lawmakers voted on Tuesday to approve it.")
    assert rows == {"Slovakia votes to approve": ("Slovakia",)}, rows


def test_voted_with_on_and_a_day_before_to_ratify() -> None:
    rows = _rows("The Slovak parliament began debating the border treaty on Monday. "
                 "Parliament voted on Wednesday to ratify it.")
    voted = [p for t, p in rows.items() if t.startswith("Slovakia votes to ratify")]
    assert voted == [("Slovakia",)], rows
