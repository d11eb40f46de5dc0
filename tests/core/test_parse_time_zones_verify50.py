"""verify50 F10: "14 Dec 2026 at 10 a.m. CET" (how a Geneva or Vienna schedule is
announced) was refused, the message blaming "at" or ":"; a zone's abbreviation that
names one offset is now read as that offset, and one that is not read is named as such."""

from __future__ import annotations

import pytest

from timeline_app.core.parse_date import ZONE_OFFSETS, parse_typed_date


@pytest.mark.parametrize(("text", "said"), [
    ("14 Dec 2026 at 10 a.m. CET", "14 December 2026, 10h UTC+01:00"),
    ("14 December 2026, 10:30 CET", "14 December 2026, 10:30 UTC+01:00"),
    ("14 December 2026 at 10:30 a.m. CET", "14 December 2026, 10:30 UTC+01:00"),
    ("1 July 2026 9:00 cest", "1 July 2026, 09:00 UTC+02:00"),
    ("1 July 2026 9:00 EDT", "1 July 2026, 09:00 UTC-04:00"),
    ("3 March 2026 18:00 JST", "3 March 2026, 18:00 UTC+09:00"),
])
def test_a_zone_abbreviation_is_its_offset(text: str, said: str) -> None:
    result = parse_typed_date(text)
    assert result.error is None and result.date is not None
    assert result.date.describe() == said
    assert parse_typed_date(said).date == result.date  # read back as written


def test_an_ambiguous_zone_is_named_not_at() -> None:
    for zone in ("IST", "CST"):
        assert zone not in ZONE_OFFSETS
        error = parse_typed_date(f"14 December 2026 10:30 {zone}").error
        assert error is not None and f"“{zone}” is not a time zone" in error
        assert "at" not in error.split("“")[1]


def test_a_range_end_may_carry_a_zone() -> None:
    result = parse_typed_date("14 December 2026 10:00 CET to 14 December 2026 12:30 CET")
    assert result.error is None and result.end is not None
    assert result.end.describe() == "14 December 2026, 12:30 UTC+01:00"
