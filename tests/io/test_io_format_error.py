"""FormatError: what it says and what it carries."""

from __future__ import annotations

import pickle

import timeline_app.io
from timeline_app.io import FormatError


def test_str_names_file_place_and_problem() -> None:
    error = FormatError(
        "/data/default-timeline.json", "$.events[3].date.value", "2025-02-30 is not a valid date"
    )
    assert str(error) == (
        "default-timeline.json: $.events[3].date.value: 2025-02-30 is not a valid date"
    )
    assert error.path == "/data/default-timeline.json"
    assert error.place == "$.events[3].date.value"
    assert error.problem == "2025-02-30 is not a valid date"


def test_str_without_path_or_place() -> None:
    assert (
        str(FormatError(None, "line 1, column 2", "invalid JSON"))
        == "line 1, column 2: invalid JSON"
    )
    assert str(FormatError("x.json", None, "no such file")) == "x.json: no such file"


def test_is_exported_and_picklable() -> None:
    assert timeline_app.io.FormatError is FormatError
    error = FormatError("a.json", "$", "bad")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.place, copy.problem) == ("a.json", "$", "bad")
    assert str(copy) == str(error)


def test_with_path() -> None:
    error = FormatError(None, "$.title", "expected a string").with_path("t.json")
    assert str(error) == "t.json: $.title: expected a string"


def test_long_problems_and_places_are_cut() -> None:
    from timeline_app.io.errors import MAX_PROBLEM_CHARS

    error = FormatError("a.json", "$." + "k" * 1000, "x" * 5000)
    assert len(error.problem) == MAX_PROBLEM_CHARS and error.problem.endswith("…")
    assert error.place is not None and len(error.place) <= 200
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.place, copy.problem) == (error.place, error.problem)
