"""verify51 F19: a teacher typed "1954" over the extractor's "a year later" → 27 July 1954
in the review; importing the same article again and merging its row made the date 27 July
1954 again (a finer date taken as an improvement), the "typed by hand" basis gone.  A date
a person set is kept by a merge."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import HAND_DATED, merge_changes, merge_events

ROW = Event("r", "Geneva Conference signs peace treaty", FuzzyDate.of_day(dt.date(1954, 7, 27)),
            date_basis="'a year later', relative to the date mentioned before ('27 July 1953')")


@pytest.mark.parametrize("basis", [
    "typed by hand as “1954” in the review (was 27 July 1954; 'a year later' …)",
    "typed by hand (was 27 July 1954)", "entered by hand", "moved by hand from 27 July 1954"])
def test_a_date_set_by_hand_is_kept(basis: str) -> None:
    assert basis.startswith(HAND_DATED)
    mine = Event("g", "Geneva Conference fails to produce peace treaty",
                 FuzzyDate.of_year(1954), date_basis=basis)
    merged = merge_events(mine, ROW)
    assert (merged.date, merged.end, merged.date_basis) == (mine.date, None, basis)
    assert not any(change.startswith("date:") for change in merge_changes(mine, ROW))


def test_a_date_read_from_a_text_still_takes_a_finer_one() -> None:
    read = Event("g", "Geneva Conference", FuzzyDate.of_year(1954), date_basis="'1954' (year)")
    assert merge_events(read, ROW).date == ROW.date


def test_a_correction_still_moves_a_hand_date() -> None:
    mine = Event("g", "Talks", FuzzyDate.of_day(dt.date(1954, 5, 1)),
                 date_basis="typed by hand (was 2 May 1954)")
    assert merge_events(mine, ROW, corrects=True).date == ROW.date
