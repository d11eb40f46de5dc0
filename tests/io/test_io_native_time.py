"""A day's time of day in the native file (version 6 ``time`` key; session 36, edit33):
kept exactly, written only when used, refused by name in an older version's file."""

from __future__ import annotations

import json

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.clock import ClockTime
from timeline_app.io import native
from timeline_app.io.errors import FormatError
from timeline_app.io.native_schema import TIME_VERSION

DAY = FuzzyDate.of_ymd(2025, 3, 22)


def _timeline() -> Timeline:
    timeline = Timeline(title="Summit day")
    for event in (
        Event("talks", "Talks begin", DAY.with_time(ClockTime(10, 30))),
        Event("tokyo", "Press conference", DAY.with_time(ClockTime(15, 0, 540)),
              end=DAY.with_time(ClockTime(16, None, 540))),
        Event("utc", "Statement", DAY.with_time(ClockTime(6, 5, 0))),
        Event("day", "Trilateral", DAY),
        Event("bc", "Ides", FuzzyDate.of_ymd(-43, 3, 15).with_time(ClockTime(11))),
    ):
        timeline.add(event)
    return timeline


def _dates(timeline: Timeline) -> list[tuple[str, FuzzyDate, FuzzyDate | None]]:
    return [(e.id, e.date, e.end) for e in timeline.events]


def test_the_native_file_keeps_times_and_says_version_6() -> None:
    text = native.dumps(_timeline())
    document = json.loads(text)
    assert document["version"] == TIME_VERSION == 6
    dates = {e["id"]: (e["date"], e.get("end")) for e in document["events"]}
    assert dates["talks"][0] == {"value": "2025-03-22", "precision": "day", "time": "10:30"}
    assert dates["tokyo"] == ({"value": "2025-03-22", "precision": "day", "time": "15:00+09:00"},
                              {"value": "2025-03-22", "precision": "day", "time": "16+09:00"})
    assert dates["utc"][0]["time"] == "06:05Z"
    assert "time" not in dates["day"][0]
    expected = _dates(_timeline())
    assert _dates(native.loads(text)) == expected
    assert _dates(native.loads(text, lazy=True)) == expected
    assert native.dumps(native.loads(text)) == text
    # A day's order by time survives the file: untimed first, then by the instant where
    # the offset is known (15:00+09:00 is 06:00 UTC, before 06:05Z: verify46 F18), a
    # time without one as written.
    assert [e.id for e in native.loads(text).events] == ["bc", "day", "tokyo", "utc", "talks"]


def test_a_file_without_a_time_keeps_its_version() -> None:
    plain = Timeline(title="Plain")
    plain.add(Event("day", "Trilateral", DAY))
    assert json.loads(native.dumps(plain))["version"] == 1


@pytest.mark.parametrize(("change", "problem"), [
    ({"version": 5}, "needs version 6 of the format, and this file says version 5"),
    ({"time": "24:00"}, "time"),
    ({"time": "10:30", "precision": "month", "value": "2025-03"}, "time"),
])
def test_an_older_version_or_a_bad_time_is_refused(change: dict[str, object],
                                                   problem: str) -> None:
    document = json.loads(native.dumps(_timeline()))
    if "version" in change:
        document["version"] = change["version"]
    else:
        document["events"][-1]["date"].update(change)
    with pytest.raises(FormatError) as caught:
        native.loads(json.dumps(document), "old.json")
    assert problem in str(caught.value)
    assert "time" in caught.value.place
