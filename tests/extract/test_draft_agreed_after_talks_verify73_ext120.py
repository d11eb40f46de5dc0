"""A draft agreed after talks is one row titled by who agreed what, and "as agreed on Monday"
is no act of its own (verify73 F2: "Negotiators ... agreed a draft text ..., after technical
talks in <city> on Tuesday" became "Technical talks in <city>", and "..., as agreed on
Monday" a ticked Treaty row "Agrees in <city>" with no participants).  Sentences written for
these tests, of the same shape as the trial user's article."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

_DAY = dt.date(2026, 3, 4)  # a Wednesday


def test_a_draft_agreed_after_technical_talks_is_one_row_of_the_agreement() -> None:
    text = ("KAMPALA, March 4 (Reuters) -- Negotiators from Kenya and Uganda agreed a draft "
            "text on the sharing of fishing quotas on the lake in dry years, after "
            "technical talks in Kampala on Tuesday, officials said.")
    found = extract_events(text, dct=_DAY).candidates
    assert len(found) == 1, [(c.title, c.category) for c in found]
    row = found[0]
    assert row.title.startswith("Kenya and Uganda agree draft text"), row.title
    assert row.category == "treaty"
    assert {"Kenya", "Uganda"} <= set(row.participants)
    assert row.date.start_day() == dt.date(2026, 3, 3).toordinal()
    assert "Tuesday" in row.date_basis


def test_as_agreed_on_a_day_is_no_row_of_its_own() -> None:
    text = ("KAMPALA, March 4 (Reuters) -- Uganda's fisheries ministry said the ministers will "
            "meet in Nairobi on March 20 to review the draft, as agreed on Monday.")
    found = extract_events(text, dct=_DAY).candidates
    assert not [c for c in found if c.category == "treaty"], [c.title for c in found]
    assert [c for c in found if c.category == "meeting"], [c.title for c in found]

