"""Times typed with their zone in brackets, or told by a place's clock (verify90 F8): "22 June
2025, 09:15 (GMT+3)" is read as "22 June 2025 09:15 GMT+3" is; "… 09:15 Nairobi time" is
refused with a message that names "Nairobi time" as the part not read and the offset to type,
the place's own on the day typed when the place is known, never "“:” has no place in a date"."""

from __future__ import annotations

import pytest

from timeline_app.core.clock import ClockTime
from timeline_app.core.parse_date import parse_typed_date


@pytest.mark.parametrize("typed", [
    "22 June 2025, 09:15 (GMT+3)",
    "22 June 2025 09:15 (UTC+03:00)",
    "22 June 2025, 09:15 (GMT +3)",
    "22 June 2025 at 09:15 ( UTC+3 )",
    "22 June 2025, 09:15 (EEST)",
])
def test_a_zone_in_brackets_is_read(typed: str) -> None:
    result = parse_typed_date(typed, True)
    assert result.error is None
    assert result.date is not None
    assert result.date.time == ClockTime(9, 15, 180)


def test_a_range_s_end_takes_a_bracketed_zone_too() -> None:
    result = parse_typed_date("3–5 May 2026, 16:00 (CET)", True)
    assert result.end is not None and result.end.time == ClockTime(16, 0, 60)


def test_a_known_city_s_clock_names_its_offset_on_that_day() -> None:
    winter = parse_typed_date("22 January 2025, 09:15 Helsinki time", True)
    summer = parse_typed_date("22 June 2025, 09:15 Helsinki time", True)
    assert winter.date is None and summer.date is None
    assert winter.error is not None and "“Helsinki time”" in winter.error
    assert "UTC+2 " in winter.error and "GMT+2" in winter.error
    assert summer.error is not None and "UTC+3 " in summer.error
    assert "place in a date" not in winter.error


def test_a_half_hour_offset_is_written_with_its_minutes() -> None:
    result = parse_typed_date("2 May 2025 at 7 p.m. Kabul time", True)
    assert result.error is not None
    assert "UTC+4:30" in result.error and "7 p.m. UTC+4:30" in result.error


def test_an_unknown_place_s_clock_is_named_with_an_example() -> None:
    result = parse_typed_date("22 June 2025, 09:15 Ruritania time", True)
    assert result.error is not None
    assert result.error.startswith("“Ruritania time” is not a time zone")
    assert "UTC+" in result.error


def test_local_time_is_still_read() -> None:
    result = parse_typed_date("22 June 2025, 09:15 local time", True)
    assert result.date is not None and result.date.time == ClockTime(9, 15, None)
