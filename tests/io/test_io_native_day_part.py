"""A part of a day in the date model and the native file (version 14 ``day_part`` key;
session 58, ext132): "late on Tuesday" and "Friday evening" are the day with its part,
said, ordered inside the day, kept exactly, written only when used, refused by name in an
older version's file."""

from __future__ import annotations

import json
import pickle
import typing

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.clock import ClockTime
from timeline_app.core.dates import DAY_PARTS
from timeline_app.io import native
from timeline_app.io.errors import FormatError
from timeline_app.io.native_schema import DAY_PART_VERSION, Date

DAY = FuzzyDate.of_ymd(2026, 12, 1)


def test_a_part_of_a_day_is_said_and_read_as_timeml_writes_it() -> None:
    night = FuzzyDate.from_timex("2026-12-01TNI")
    assert night.day_part == "NI" and night.time is None
    assert night.describe() == "1 December 2026, night"
    assert night.to_timex() == ("2026-12-01TNI", None)
    assert (night.start_day(), night.end_day()) == (DAY.start_day(), DAY.end_day())
    late = FuzzyDate.from_timex("2026-12-01", "END")
    assert late.day_part == "END" and late.describe() == "late on 1 December 2026"
    assert late.to_timex() == ("2026-12-01", "END")
    assert FuzzyDate.from_timex("2026-12-01TEV").describe() == "1 December 2026, evening"
    assert FuzzyDate.from_timex("2026-12-01TDT") == DAY  # the daytime is the day
    assert pickle.loads(pickle.dumps(night)) == night
    assert night.moved(1) == FuzzyDate.of_ymd(2026, 12, 2).with_day_part("NI")
    assert night.with_time(ClockTime(22)).day_part is None


def test_a_part_of_a_day_is_ordered_inside_its_day() -> None:
    dates = [DAY.with_day_part(p) for p in DAY_PARTS] + [DAY, DAY.with_time(ClockTime(9)),
                                                       FuzzyDate.of_ymd(2026, 12, 2)]
    order = sorted(dates, key=FuzzyDate.sort_key)
    assert [d.describe() for d in order] == [
        "1 December 2026", "early on 1 December 2026", "1 December 2026, morning",
        "1 December 2026, 9h", "1 December 2026, afternoon", "1 December 2026, evening",
        "1 December 2026, night", "late on 1 December 2026", "2 December 2026"]


@pytest.mark.parametrize(("fields", "problem"), [
    ({"day_part": "XX"}, "unknown part of a day"),
    ({"day_part": "MO", "time": ClockTime(9)}, "not both"),
])
def test_a_bad_part_of_a_day_is_refused(fields: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        FuzzyDate(2026, 12, 1, **fields)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="day precision"):
        FuzzyDate.of_month(2026, 12).with_day_part("MO")


def _timeline() -> Timeline:
    timeline = Timeline(title="Ceasefire week")
    timeline.add(Event("late", "Talks end", DAY.with_day_part("END")))
    timeline.add(Event("night", "Strikes", DAY.with_day_part("NI"),
                       end=FuzzyDate.of_ymd(2026, 12, 2).with_day_part("MO")))
    timeline.add(Event("day", "Summit", DAY))
    return timeline


def test_the_native_file_keeps_parts_of_days_and_says_version_14() -> None:
    text = native.dumps(_timeline())
    document = json.loads(text)
    assert document["version"] == DAY_PART_VERSION == 14
    dates = {e["id"]: (e["date"], e.get("end")) for e in document["events"]}
    assert dates["late"][0] == {"value": "2026-12-01", "precision": "day", "day_part": "END"}
    assert dates["night"][1] == {"value": "2026-12-02", "precision": "day", "day_part": "MO"}
    assert "day_part" not in dates["day"][0]
    expected = [(e.id, e.date, e.end) for e in _timeline().events]
    for lazy in (False, True):
        assert [(e.id, e.date, e.end) for e in native.loads(text, lazy=lazy).events] == expected
    assert native.dumps(native.loads(text)) == text
    assert [e.id for e in native.loads(text).events] == ["day", "night", "late"]


def test_a_file_without_a_part_of_a_day_keeps_its_version() -> None:
    plain = Timeline(title="Plain")
    plain.add(Event("day", "Summit", DAY))
    assert json.loads(native.dumps(plain))["version"] == 1


@pytest.mark.parametrize(("change", "problem"), [
    ({"version": 13}, "needs version 14 of the format, and this file says version 13"),
    ({"day_part": "MO", "precision": "month", "value": "2026-12"}, "day_part"),
    ({"day_part": "MO", "time": "10:30"}, "day_part"),
])
def test_an_older_version_or_a_misplaced_part_is_refused(change: dict[str, object],
                                                         problem: str) -> None:
    document = json.loads(native.dumps(_timeline()))
    if "version" in change:
        document["version"] = change["version"]
    else:
        document["events"][0]["date"].update(change)
    with pytest.raises(FormatError) as caught:
        native.loads(json.dumps(document), "old.json")
    assert problem in str(caught.value) or problem in caught.value.place


def test_the_schema_names_the_model_s_parts() -> None:
    hint = typing.get_type_hints(Date, include_extras=True)["day_part"]
    literal = typing.get_args(typing.get_args(hint)[0])[0]
    assert set(typing.get_args(literal)) == set(DAY_PARTS)
