"""An opening verb that neither ends in -ed nor is a light verb ends an event noun's phrase on
the left ("Moldova and Transnistria began | talks"): the phrase took the verb and the name
before it, and the row read "Transnistria began talks" with no participant from the
subject, and "The Economic Commission for Africa began talks with the African Union" read
"Africa began talks" without the commission.  The texts are written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

DCT = dt.date(2026, 12, 2)


@pytest.mark.parametrize("text, sides", [
    ("VIENNA, Dec 2 (Reuters) - Moldova and Transnistria began talks on Tuesday on a new "
     "border regime.", {"Moldova", "Transnistria"}),
    ("ADDIS ABABA, Dec 2 (Reuters) - The Economic Commission for Africa began talks with "
     "the African Union on Tuesday on a trade framework.",
     {"Economic Commission for Africa", "African Union"}),
])
def test_the_subject_of_began_talks_takes_part_and_the_verb_is_not_in_the_title(text, sides):
    (event,) = extract_events(text, DCT).candidates
    assert set(event.participants) == sides
    assert "began" not in event.title


@pytest.mark.parametrize("verb, title", [
    ("began", "Moldova and Transnistria begin talks"),
    ("held", "Moldova and Transnistria hold talks"),
])
def test_the_sides_of_the_subject_do_what_the_title_says(verb, title):
    """The row read "Transnistria holds talks with Moldova": one side holding talks with the
    other, where the sentence has both do it."""
    text = (f"VIENNA, Dec 2 (Reuters) - Moldova and Transnistria {verb} talks on Tuesday on a "
            "new border regime.")
    (event,) = extract_events(text, DCT).candidates
    assert event.title == title


def test_a_body_that_begins_talks_begins_them() -> None:
    """The row read "Economic Commission for Africa: Talks"."""
    text = ("ADDIS ABABA, Dec 2 (Reuters) - The Economic Commission for Africa began talks with "
            "the African Union on Tuesday on a trade framework.")
    (event,) = extract_events(text, DCT).candidates
    assert event.title.startswith("Economic Commission for Africa begins talks")
