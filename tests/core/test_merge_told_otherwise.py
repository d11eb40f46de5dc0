"""A merged event's basis keeps the dates the other tellings gave that disagree with the
one kept (verify37 F15).

Reuters: the ministers met "on Tuesday" (24 March 2026); Anadolu: "on Monday" (23 March);
Al Jazeera: "earlier this month".  Merging them kept Reuters' date and basis, and
Anadolu's 23 March lived on only in its sentence, unmarked: the disagreement a
fact-checker merges the events to weigh was no longer said anywhere.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.merge import merge_into_one

REUTERS = Event("r", "Lavrov and Kuleba meet in Istanbul", FuzzyDate.of_day(dt.date(2026, 3, 24)),
                date_basis="'Tuesday', relative to the dateline 27 March 2026")
ANADOLU = Event("a", "Lavrov, Kuleba meet in Istanbul", FuzzyDate.of_day(dt.date(2026, 3, 23)),
                date_basis="'Monday', relative to the dateline 24 March 2026")
ALJAZEERA = Event("j", "Russia and Ukraine talk in Istanbul", FuzzyDate.of_month(2026, 3),
                  date_basis="'earlier this month', relative to the dateline 29 March 2026")
TYPED = Event("t", "Talks in Istanbul", FuzzyDate.of_day(dt.date(2026, 3, 23)),
              date_basis="typed by hand")


def test_a_disagreeing_date_is_said_with_its_basis() -> None:
    merged = merge_into_one([REUTERS, ANADOLU, ALJAZEERA])
    assert merged.date == REUTERS.date
    assert merged.date_basis == (
        "'Tuesday', relative to the dateline 27 March 2026; told otherwise: 23 March 2026 "
        "('Monday', relative to the dateline 24 March 2026)")


def test_each_other_date_once_and_a_coarser_agreeing_one_not_at_all() -> None:
    merged = merge_into_one([ANADOLU, REUTERS, TYPED, ALJAZEERA], date_from=1)
    assert merged.date_basis.endswith(
        "; told otherwise: 23 March 2026 ('Monday', relative to the dateline 24 March 2026)")
    assert merge_into_one([ALJAZEERA, REUTERS]).date_basis == ALJAZEERA.date_basis
    assert merge_into_one([REUTERS, ALJAZEERA]).date_basis == REUTERS.date_basis
    # the month kept: every day told lies in it, nothing disagrees
    assert merge_into_one([REUTERS, ANADOLU, ALJAZEERA], date_from=2).date_basis == \
        ALJAZEERA.date_basis


def test_details_word_each_tellings_dateline_alike() -> None:
    from timeline_app.ui.detail_pane import basis_in_words

    assert basis_in_words(merge_into_one([REUTERS, ANADOLU]).date_basis) == (
        "'Tuesday' in an article dated 27 March 2026; told otherwise: 23 March 2026 "
        "('Monday' in an article dated 24 March 2026)")


def test_a_kept_date_without_a_basis_starts_with_told_otherwise() -> None:
    """verify38 F4: two events with no basis (a CSV's rows, events typed without one)
    merged into "; told otherwise: 11 August 2024", shown so in Details and saved."""
    first = Event("x", "EU and Korea recall ambassadors", FuzzyDate.of_day(dt.date(2006, 12, 2)))
    other = Event("y", "EU and Korea recall envoys", FuzzyDate.of_day(dt.date(2024, 8, 11)))
    merged = merge_into_one([first, other])
    assert merged.date_basis == "told otherwise: 11 August 2024"
    from timeline_app.ui.detail_pane import basis_in_words

    assert basis_in_words(merged.date_basis) == "Told otherwise: 11 August 2024"
