"""Date lines that share their line with a numbered label (ext128, from the error kinds of blind
set h22: a press release's 'Reference Number: ..., Release Date: ...' header and a client
alert's 'date | Client alert No. ...' line gave no date, and every relative date of the two
articles was lost).  The lines and articles are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_dateline_ext113 import _date, _fixed_today  # noqa: F401 (its fixture: today fixed)
from timeline_app.extract import extract_events
from timeline_app.extract.dateline import _furniture_dates


@pytest.mark.parametrize("line", [
    "Reference Number: PR260311, Release Date: 3 March 2026",
    "Ref. No. 114/2026, Release Date: 3 March 2026",
    "3 March 2026 | Client alert No. 2026-04",
    "Newsletter No. 12 | 3 March 2026",
    "Trade bulletin Nr. 7 \u2014 3 March 2026",
    "Vol. 12, No. 3 \u2014 3 March 2026",
])
def test_a_date_beside_a_reference_or_issue_number(line: str) -> None:
    assert _date(line) == (2026, 3, 3)


@pytest.mark.parametrize("line", [
    "The council adopted resolution No. 2334 on 3 March 2026",
    "Ministers signed protocol number 4 on 3 March 2026, officials said",
    "talks on 3 March 2026 | the envoy said No. 5 was final",
])
def test_a_number_inside_a_sentence_is_no_label(line: str) -> None:
    assert _furniture_dates(line) == []


def test_a_relative_date_under_a_release_header_is_read_from_it() -> None:
    text = ("OFFICE OF THE PRESIDENT\nPRESS RELEASE\n"
            "Reference Number: PR260311, Release Date: 5 March 2026\n\n"
            "Two ambassadors present their credentials\n\n"
            "The President received the credentials of two new ambassadors at the palace "
            "this morning.\n\n"
            "The ambassadors had presented copies of their credentials to the foreign minister "
            "on Tuesday.\n")
    result = extract_events(text)
    assert result.dct == dt.date(2026, 3, 5)
    assert dt.date(2026, 3, 3) in [c.date.start for c in result.candidates]
