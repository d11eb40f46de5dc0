"""A date's ``mod`` (early/mid/late of a month or a decade) in the native format, version 2.

A file that uses no version-2 field is still written as version 1, so that older copies of
the app open it; one with a ``mod`` is version 2, which they refuse as newer.  Each test
fails on the code before session 16 (no ``mod`` key, no ``needed_version``).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from native_samples import sample
from test_io_native_pieces import _filler, pieces  # noqa: F401 - a fixture

from timeline_app.core import FuzzyDate
from timeline_app.io import FormatError, dumps, load, loads, native
from timeline_app.io.native_schema import FORMAT_VERSION

LATE_DECEMBER = {"value": "2024-12", "precision": "month", "mod": "END"}
EARLY_1990S = {"value": "1990", "precision": "decade", "mod": "START", "circa": True}
EARLY_2030S = {"value": "2030", "precision": "decade", "mod": "START"}


def _with_dates(date: dict[str, Any], end: dict[str, Any] | None = None,
                version: int = 2) -> dict[str, Any]:
    doc = sample()
    doc["version"] = version
    doc["events"][0]["date"] = date
    doc["events"][0]["end"] = end
    return doc


def test_a_mod_round_trips_and_makes_the_file_version_2() -> None:
    timeline = loads(json.dumps(_with_dates(LATE_DECEMBER)))
    event = timeline.get("meet")
    assert event.date == FuzzyDate.of_month(2024, 12, mod="END")
    assert event.date.describe() == "late December 2024"
    text = dumps(timeline)
    assert '"version": 2,' in text
    assert ('"date": {\n        "value": "2024-12",\n        "precision": "month",\n'
            '        "mod": "END"\n      }') in text
    assert dumps(loads(text)) == text
    assert FORMAT_VERSION >= 2


def test_a_mod_on_the_end_alone_needs_version_2_too() -> None:
    doc = _with_dates({"value": "1980", "precision": "decade"}, EARLY_1990S)
    timeline = loads(json.dumps(doc))
    assert timeline.events[0].end == FuzzyDate.of_decade(1990, True, "START")
    assert native.needed_version(native.snapshot(timeline)) == 2
    assert '"version": 2,' in dumps(timeline)


def test_without_a_mod_the_file_stays_version_1() -> None:
    """What an older copy of the app reads: a version-2 file read as version 1 again."""
    timeline = loads(json.dumps(_with_dates({"value": "2024-12", "precision": "month"})))
    assert native.needed_version(native.snapshot(timeline)) == 1
    text = dumps(timeline)
    assert '"version": 1,' in text and '"mod"' not in text


def test_a_version_1_file_with_a_mod_is_refused() -> None:
    with pytest.raises(FormatError) as caught:
        loads(json.dumps(_with_dates(LATE_DECEMBER, version=1)), "old.json")
    assert caught.value.place == "$.events[0].date.mod"
    assert "needs version 2" in str(caught.value)


@pytest.mark.parametrize(("date", "place", "words"), [
    ({"value": "2024", "precision": "year", "mod": "END"}, "$.events[0].date.mod",
     "goes with month or decade precision, not year"),
    ({"value": "2024-12-05", "precision": "day", "mod": "START"}, "$.events[0].date.mod",
     "goes with month or decade precision, not day"),
    ({"value": "2024", "precision": "part_of_year", "part": "late", "mod": "END"},
     "$.events[0].date.mod", "not part_of_year"),
    ({"value": "2024-12", "precision": "month", "mod": "LATE"}, "$.events[0].date.mod",
     "unknown mod 'LATE'; expected one of START, MID, END"),
])
def test_a_misplaced_or_unknown_mod_is_refused_with_its_place(
        date: dict[str, Any], place: str, words: str) -> None:
    with pytest.raises(FormatError) as caught:
        loads(json.dumps(_with_dates(date)), "x.json")
    assert caught.value.place == place
    assert words in str(caught.value)


def test_a_large_file_read_in_pieces_keeps_its_mods(
        tmp_path: Path, pieces: list[str]) -> None:  # noqa: F811 - the fixture
    doc = _with_dates(LATE_DECEMBER)
    doc["events"] = doc["events"] + _filler(100)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    timeline = load(path)
    assert pieces == ["pieces"]
    assert timeline.get("meet").date.mod == "END"
    old = copy.deepcopy(doc)
    old["version"] = 1
    path.write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(FormatError, match="needs version 2"):
        load(path)


def test_the_schema_takes_a_version_2_file_and_refuses_a_mod_in_version_1() -> None:
    from test_io_schema import _schema, errors

    schema = _schema()
    text = dumps(loads(json.dumps(_with_dates(LATE_DECEMBER, EARLY_2030S))))
    assert errors(json.loads(text), schema, schema) == []
    old = json.loads(text)
    old["version"] = 1
    assert errors(old, schema, schema) == ["$.version: below 2"]
