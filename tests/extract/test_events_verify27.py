"""What the fresh user of session 20 (verify27) found wrong in articles of its own: a peace
treaty "signed" on the day a ministry said talks would finalise its text.  The text below
is written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

GENEVA = (
    "GENEVA, 3 March 2026 (X) - The foreign ministers of the two countries will meet in "
    "Geneva next week to finalise the text of a peace treaty, the Swiss foreign ministry "
    "said on Tuesday.\n\n"
    "The treaty is expected to be signed in the first half of 2026, officials said.")


def test_a_treaty_whose_text_is_to_be_finalised_is_not_signed_the_day_it_was_said() -> None:
    found = extract_events(GENEVA, dct=dt.date(2026, 3, 3)).candidates
    tuesday = [c for c in found if c.date.year == 2026 and c.date.month == 3
               and c.date.day == 3]
    assert not [c for c in tuesday if c.category == "treaty"], [c.title for c in tuesday]
    # the meeting next week and the signing to come are still found
    assert any(c.category == "meeting" and c.location == "Geneva" for c in found)
    assert any(c.category == "treaty" and "(scheduled)" in c.title for c in found)


HANOI = (
    "HANOI, October 14 (X) - The two prime ministers signed a border agreement on Tuesday.\n\n"
    "A first fisheries agreement was concluded in June 2004 and ratified in 2008.\n\n"
    "The foreign minister said the text would go to the National Assembly for ratification "
    "before the end of the year.")


def test_a_participle_coordinated_with_a_passive_is_passive() -> None:
    found = extract_events(HANOI, dct=dt.date(2025, 10, 14)).candidates
    titles = {c.date.year: c.title for c in found}
    assert titles[2004] == "First fisheries agreement concluded"
    assert titles[2008] == "First fisheries agreement ratified"  # was "... ratifies"


def test_a_text_going_to_parliament_is_no_visit() -> None:
    found = extract_events(HANOI, dct=dt.date(2025, 10, 14)).candidates
    assert not [c for c in found if c.category == "visit"], [c.title for c in found]


def test_ministers_of_two_nations_named_after_one_title_are_both_named() -> None:
    # verify27: "Armenian and Azerbaijani foreign ministers A and B will meet" named only B,
    # and the title said "meets in Geneva in Geneva"
    text = ("GENEVA, 3 March 2026 (X) - Armenian and Azerbaijani foreign ministers Anna "
            "Petrosyan and Jeyhun Bayramov will meet in Geneva on March 10.")
    (meeting,) = extract_events(text, dct=dt.date(2026, 3, 3)).candidates
    assert set(meeting.participants) >= {"Anna Petrosyan", "Jeyhun Bayramov"}, meeting
    assert meeting.title.count("Geneva") == 1, meeting.title
