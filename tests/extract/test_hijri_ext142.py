"""Hijri dates read by the timex layer (ext142, from blind set h25: a statement dated only
"16 Dhu al-Qa'dah" had no date).  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events, tag_timexes
from timeline_app.extract.hijri import hijri_month, nearest_to, to_gregorian


@pytest.mark.parametrize(("hijri", "gregorian"), [
    ((1, 1, 1), dt.date(622, 7, 19)),  # the epoch: 16 July 622 Julian
    ((1446, 9, 1), dt.date(2025, 3, 1)),  # Ramadan 1446 began on 1 March 2025
    ((1446, 11, 16), dt.date(2025, 5, 14)),
    ((1445, 12, 10), dt.date(2024, 6, 17)),  # Eid al-Adha 1445 (observed 16 June)
])
def test_tabular_calendar(hijri: tuple[int, int, int], gregorian: dt.date) -> None:
    assert to_gregorian(*hijri) == gregorian


def test_a_day_without_its_year_is_the_one_nearest_the_story() -> None:
    assert nearest_to(11, 16, dt.date(2025, 5, 20)) == (dt.date(2025, 5, 14), 1446)
    assert nearest_to(11, 16, dt.date(2026, 1, 10)) == (dt.date(2026, 5, 3), 1447)


@pytest.mark.parametrize(("name", "month"), [
    ("Dhu al-Qa'dah", 11), ("Dhul Qadah", 11), ("Rabi' al-Awwal", 3), ("Rabi al-Thani", 4),
    ("Jumada al-Akhirah", 6), ("Sha\u2019ban", 8), ("Ramadhan", 9), ("Dhu al-Hijjah", 12),
    ("Safari", None),
])
def test_month_names(name: str, month: int | None) -> None:
    assert hijri_month(name) == month


def test_tagged_circa_with_and_without_its_year() -> None:
    text = ("The council approved the accord on 16 Dhu al-Qa'dah, and an earlier decree was "
            "issued on 3 Ramadan 1445 AH.")
    found = {t.text: (t.value, t.mod) for t in tag_timexes(text, dt.date(2025, 5, 16))}
    assert found["16 Dhu al-Qa'dah"] == ("2025-05-14", "APPROX")
    assert found["3 Ramadan 1445 AH"] == ("2024-03-13", "APPROX")


def test_a_row_dated_by_a_hijri_day_alone() -> None:
    result = extract_events("ZENDA, May 16, 2025 (Wire) -- The two ministers met in Zenda on "
                            "Tuesday.\n\nThe Ruritanian cabinet approved the fisheries accord on "
                            "16 Dhu al-Qa'dah, its office said.\n")
    row = next(c for c in result.candidates if "accord" in c.title)
    assert (row.date.to_timex()[0], row.date.circa) == ("2025-05-14", True)
    assert "tabular Islamic calendar" in row.date_basis


def test_no_date_from_a_bare_month_or_a_lower_case_word() -> None:
    for text in ("He fasted during Ramadan, as he does.", "The shop sold 12 safar melons."):
        assert tag_timexes(text, dt.date(2025, 5, 16)) == []


def test_the_gregorian_day_told_beside_wins() -> None:
    # (h25: the Gregorian day beside the Hijri one is the observed calendar's)
    text = "The fair, due to open on 2 Rajab (4 March), may lift the town."
    found = {t.text: t.value for t in tag_timexes(text, dt.date(2025, 5, 18))}
    assert "2 Rajab" not in found
    assert found["4 March"] == "2026-03-04"  # (due to open: the coming 4 March)
