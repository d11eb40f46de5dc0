"""verify51 F7: "The ministry plans to hold a forum on inter-Korean cooperation in Seoul on
May 15" gave no row: "forum" (and "seminar", "symposium") named no event."""

from __future__ import annotations

from timeline_app.extract import extract_events


def test_a_forum_planned_is_a_row_to_come() -> None:
    result = extract_events("SEOUL, April 27, 2026 (Yonhap) -- The ministry plans to hold a "
                            "forum on inter-Korean cooperation in Seoul on May 15.")
    assert [(c.date.describe(), c.title, c.category) for c in result.candidates] == [
        ("15 May 2026", "Ministry holds forum in Seoul (scheduled)", "meeting")]


def test_a_forum_that_is_a_body_saying_something_is_no_meeting() -> None:
    result = extract_events("SUVA, Fiji, Aug 30, 2026 (AP) -- The Pacific Islands Forum "
                            "said on Monday it would send observers.")
    assert not any(c.category == "meeting" for c in result.candidates)
