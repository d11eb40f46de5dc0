"""A vague verb dated by a "when" clause that tells what was done then is no second row
(verify78 F4: "Leaders tried again in November 2018, when then Prime Minister Shinzo Abe and
President Vladimir Putin agreed in Singapore to speed up talks on the basis of the 1956
declaration" gave "Leaders try again" beside the agreement).  Fails before session 58."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events


def test_the_when_clause_is_the_one_row_of_its_date() -> None:
    text = ("NEW DELHI, May 2 (PTI) -- India and Bangladesh resumed border talks on Friday. "
            "Leaders tried again in June 2019, when then Prime Minister Narendra Modi and "
            "Prime Minister Sheikh Hasina agreed in Dhaka to speed up talks on the basis of "
            "the 1996 water treaty.")
    rows = [(c.date.describe(), c.title) for c in
            extract_events(text, dt.date(2025, 5, 2)).candidates]
    june = [title for date, title in rows if date == "June 2019"]
    assert len(june) == 1 and "agree" in june[0], rows


def test_an_intensifier_is_no_part_of_the_doer() -> None:
    """verify78 F4: "the ministers themselves would meet again in the spring" gave "Ministers
    themselves meet"."""
    text = ("OSLO, June 5 (Reuters) -- Norway and Sweden agreed on Thursday to hold border "
            "consultations in August, and the ministers themselves would meet again in the "
            "autumn, officials said.")
    titles = [c.title for c in extract_events(text, dt.date(2025, 6, 5)).candidates]
    assert any(t.startswith("Ministers meet") for t in titles), titles
    assert not any("themselves" in t for t in titles), titles
