"""Session 27, ext39: a month told in the past, its verb further back than the tense cue
window, under a DCT a little before that month.  "Blinken met Chinese Foreign Minister Wang Yi
on the sidelines of the G20 summit in Rio de Janeiro in November", under a 23 September
dateline, was read as the coming November: the verb's object (a name with its titles) and a
phrase of where it was done stood between.  Sentences written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import tag_timexes

SEPT23 = dt.date(2025, 9, 23)


@pytest.mark.parametrize(("sentence", "value"), [
    ("Blinken met Chinese Foreign Minister Wang Yi in November.", "2024-11"),
    ("Blinken met Wang Yi on the sidelines of the summit in November.", "2024-11"),
    ("Kim met Xi at the summit in November.", "2024-11"),
    ("Blinken met Chinese Foreign Minister Wang Yi on the sidelines of the G20 summit in Rio de "
     "Janeiro in November.", "2024-11"),
    ("The talks were held in Rio de Janeiro in November.", "2024-11"),
    # plans and things put off keep the coming month
    ("They agreed to hold the summit in November.", "2025-11"),
    ("The vote was postponed at the request of Congress in November.", "2025-11"),
    ("He will meet Xi at the summit in November.", "2025-11"),
    ("Xi is due to meet Biden at the APEC summit in November.", "2025-11"),
])
def test_a_past_verb_governs_the_month_across_its_object_and_place(sentence: str,
                                                                  value: str) -> None:
    assert [t.value for t in tag_timexes(sentence, SEPT23)] == [value]
