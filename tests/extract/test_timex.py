"""Tests of the temporal tagger, one small made-up text per rule family."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract.timex import Timex, tag_timexes

DCT = dt.date(2025, 3, 22)  # a Saturday


def tags(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str, str | None]]:
    """Return (text, type, value, mod) of each timex."""
    out = tag_timexes(text, dct)
    for t in out:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.type, t.value, t.mod) for t in out]


def one(text: str, dct: dt.date = DCT) -> tuple[str, str, str, str | None]:
    found = tags(text, dct)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- seed-article style


def test_dateline_month_day_is_the_dct() -> None:
    assert one("Berlin, March 22 (Wire) Ministers met.") == ("March 22", "DATE", "2025-03-22", None)


def test_weekday_on_the_dct_is_that_day() -> None:
    assert one("The ministers met on Saturday in Paris.") == ("Saturday", "DATE", "2025-03-22", None)


def test_since_month_year() -> None:
    assert one("Ties have warmed since March 2023.") == ("March 2023", "DATE", "2023-03", None)


def test_approximate_duration() -> None:
    assert one("They met approximately a month after the summit.") == (
        "approximately a month", "DURATION", "P1M", "APPROX")


def test_plain_duration() -> None:
    assert one("It came two months following the visit.") == ("two months", "DURATION", "P2M", None)


def test_late_last_year() -> None:
    assert one("Tensions rose late last year.") == ("late last year", "DATE", "2024", "END")


def test_month_this_year() -> None:
    assert one("The ceremony is scheduled for June this year.") == ("June this year", "DATE", "2025-06", None)


def test_last_month() -> None:
    assert one("They spoke in Rome last month.") == ("last month", "DATE", "2025-02", None)


def test_anniversary_is_not_a_timex() -> None:
    assert tags("They prepare the 60th anniversary of the treaty.") == []


def test_basis_explains_relative_value() -> None:
    t = tag_timexes("They spoke last month.", DCT)[0]
    assert isinstance(t, Timex)
    assert "last month" in t.basis and "22 March 2025" in t.basis
