"""resources/timeline.schema.json is generated from the loader's declarations, and files conform.

No jsonschema package is available (and none is added for one test), so a small
validator below covers the keywords the schema uses; it refuses any keyword it
does not know, so the schema cannot quietly outgrow it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from timeline_app.core.dates import PART_OF_YEAR_MONTHS, Precision
from timeline_app.io import FormatError, native, native_schema
from timeline_app.paths import SCHEMA, resource_path

_IGNORED = {"$schema", "$id", "title", "description", "default", "$defs"}
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _schema() -> dict[str, Any]:
    return json.loads(resource_path(SCHEMA).read_text(encoding="utf-8"))


def errors(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$") -> list[str]:
    """Where ``value`` breaks ``schema`` (a subset of JSON Schema 2020-12)."""
    found: list[str] = []
    for keyword, arg in schema.items():
        if keyword in _IGNORED or keyword in ("then", "else"):
            continue
        if keyword == "$ref":
            assert arg.startswith("#/$defs/")
            found += errors(value, root["$defs"][arg.removeprefix("#/$defs/")], root, where)
        elif keyword == "type":
            kinds = arg if isinstance(arg, list) else [arg]
            if not any(_TYPES[k](value) for k in kinds):
                found.append(f"{where}: not {arg}")
        elif keyword == "required":
            if isinstance(value, dict):
                found += [f"{where}: missing {k}" for k in arg if k not in value]
        elif keyword == "properties":
            if isinstance(value, dict):
                for key, sub in arg.items():
                    if key in value:
                        found += errors(value[key], sub, root, f"{where}.{key}")
        elif keyword == "additionalProperties":
            if not isinstance(value, dict):
                continue
            if arg is False:
                found += [f"{where}: extra {k}" for k in value if k not in schema["properties"]]
            else:  # a schema every value not among "properties" meets (a map's values)
                found += [e for k, v in value.items() if k not in schema.get("properties", {})
                          for e in errors(v, arg, root, f"{where}.{k}")]
        elif keyword == "items":
            if isinstance(value, list):
                for i, item in enumerate(value):
                    found += errors(item, arg, root, f"{where}[{i}]")
        elif keyword == "enum":
            if value not in arg:
                found.append(f"{where}: {value!r} not in enum")
        elif keyword == "const":
            if value != arg:
                found.append(f"{where}: {value!r} != {arg!r}")
        elif keyword == "pattern":
            if isinstance(value, str) and not re.search(arg, value):
                found.append(f"{where}: {value!r} does not match {arg}")
        elif keyword == "minLength":
            if isinstance(value, str) and len(value) < arg:
                found.append(f"{where}: too short")
        elif keyword == "minimum":
            if _TYPES["integer"](value) and value < arg:
                found.append(f"{where}: below {arg}")
        elif keyword == "maximum":
            if _TYPES["integer"](value) and value > arg:
                found.append(f"{where}: above {arg}")
        elif keyword == "anyOf":
            if all(errors(value, sub, root, where) for sub in arg):
                found.append(f"{where}: matches none of anyOf")
        elif keyword == "contains":
            if isinstance(value, list) and all(errors(item, arg, root, where) for item in value):
                found.append(f"{where}: contains no match")
        elif keyword == "uniqueItems":
            if arg and isinstance(value, list) and len(
                    {json.dumps(item, sort_keys=True) for item in value}) != len(value):
                found.append(f"{where}: items repeat")
        elif keyword == "allOf":
            for sub in arg:
                found += errors(value, sub, root, where)
        elif keyword == "not":
            if not errors(value, arg, root, where):
                found.append(f"{where}: matches 'not'")
        elif keyword == "if":
            branch = "then" if not errors(value, arg, root, where) else "else"
            if branch in schema:
                found += errors(value, schema[branch], root, where)
        else:
            raise AssertionError(f"the test validator does not know {keyword!r}")
    return found


def _default_document() -> dict[str, Any]:
    return json.loads(resource_path("default-timeline.json").read_text(encoding="utf-8"))


def test_shipped_schema_is_the_generated_one() -> None:
    """One declaration: run ``python tools/regenerate_schema.py`` after changing it."""
    shipped = resource_path(SCHEMA).read_text(encoding="utf-8")
    assert shipped == native_schema.schema_text()


def test_schema_is_2020_12_json() -> None:
    schema = _schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["format"]["const"] == native.FORMAT_NAME
    assert schema["properties"]["version"]["maximum"] == native.FORMAT_VERSION
    assert schema["required"] == ["format", "version", "events"]
    for name in ("Source", "Event", "Evidence", "Date"):
        assert schema["$defs"][name]["additionalProperties"] is False


def test_enums_agree_with_the_core() -> None:
    defs = _schema()["$defs"]
    assert set(defs["Precision"]["enum"]) == {p.value for p in Precision}
    assert set(defs["PartOfYear"]["enum"]) == set(PART_OF_YEAR_MONTHS)


def test_default_timeline_conforms() -> None:
    schema = _schema()
    assert errors(_default_document(), schema, schema) == []


def test_written_dates_of_every_precision_conform() -> None:
    import datetime as _dt

    from timeline_app.core import Event, FuzzyDate, Timeline

    dates = [
        FuzzyDate.of_day(_dt.date(2025, 3, 22)),
        FuzzyDate.of_month(2025, 1, circa=True),
        FuzzyDate.of_part(2024, "Q3"),
        FuzzyDate.of_year(2023),
        FuzzyDate.of_decade(1990),
        FuzzyDate.of_ymd(-43, 3, 15),
        FuzzyDate.of_month(-43, 3),
        FuzzyDate.of_part(0, "late"),
        FuzzyDate.of_year(-9998),
        FuzzyDate.of_decade(-50),
    ]
    timeline = Timeline.from_events([Event(f"e{i}", "E", d, end=d) for i, d in enumerate(dates)])
    schema = _schema()
    assert errors(json.loads(native.dumps(timeline)), schema, schema) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("events", 0, "date", "precision"), "week"),
        (("events", 0, "date", "value"), "2025"),
        (("events", 2, "date", "part"), "end"),
        (("events", 0, "id"), ""),
        (("version",), 15),  # 2: lane_order, a date's mod (fmt18); 3: an evidence's source;
        # 4: an event's status (edit30); 5: a date's limit (ext49); 6: a day's time (edit33);
        # 7: era_lanes (edit34); 8: titles_by_hand, left_out (fix81); 9: a left-out
        # reading's how (edit38); 10: kept_lanes (edit40); 11: an evidence's kind (edit44);
        # 12: timeline_project (edit48); 13: its colors (coord55); 14: a day's day_part
        # (ext132)
        (("events", 0, "date", "day_part"), "EV"),  # version 14 in a version 1
        (("timeline_project",), {"milestones": ["x"]}),  # version 12 in a version 1
        (("events", 0, "evidence", 0, "kind"), "reference"),  # version 11 in a version 1
        (("kept_lanes",), ["Treaty"]),  # a key of version 10 in a file of version 1
        (("titles_by_hand",), ["nowhere"]),  # a key of version 8 in a file of version 1
        (("left_out",), [{"source": "a", "sentence": "S.", "category": "meeting",
                          "date": "2027", "on": "2026-12-04"}]),  # likewise
        (("left_out",), [{"source": "a", "sentence": "S.", "category": "meeting",
                          "date": "2027", "on": "4 December"}]),
        (("left_out",), [{"source": "a", "sentence": "S.", "category": "meeting",
                          "date": "2027", "on": "2026-12-04", "how": "lost"}]),
        (("events", 0, "date", "time"), "24:00"),
        (("events", 0, "date"), {"value": "2024-12", "precision": "month", "time": "10:30"}),
        (("era_lanes",), ["era"]),  # a key of version 7 in a file of version 1
        (("era_lanes",), ["era", "era"]),
        (("events", 0, "status"), "rumoured"),
        (("events", 0, "date", "mod"), "LATE"),
        (("events", 0, "date"), {"value": "2024-12", "precision": "month", "mod": "END"}),
        (("events", 0, "end"), {"value": "1990", "precision": "decade", "mod": "END"}),
        (("format",), "timelinejs"),
        (("events", 0, "evidence", 0, "start"), -1),
        (("sources", 0, "dateline_date"), "22 March"),
    ],
)
def test_schema_rejects_what_the_loader_rejects(path: tuple[str | int, ...], value: Any) -> None:
    document = _default_document()
    target: Any = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    schema = _schema()
    assert errors(document, schema, schema)
    with pytest.raises(FormatError):
        native.loads(json.dumps(document))


def test_schema_requires_part_only_for_part_of_year() -> None:
    schema = _schema()
    date_schema = {"$ref": "#/$defs/Date"}
    assert errors({"value": "2024", "precision": "part_of_year"}, date_schema, schema)
    assert errors({"value": "2024-01", "precision": "month", "part": "late"}, date_schema, schema)
    assert errors({"value": "1995", "precision": "decade"}, date_schema, schema)
    assert not errors(
        {"value": "2024", "precision": "part_of_year", "part": "late"}, date_schema, schema
    )
