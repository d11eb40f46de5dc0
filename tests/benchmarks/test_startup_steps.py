"""``benchmarks/startup_steps.py`` (issue 11): the start-up's steps marked in one run, and
the instructions between the marks summed into steps and methods."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import startup_steps  # noqa: E402


def test_the_child_marks_the_steps_in_order_to_the_end_of_the_first_paint(tmp_path):
    env = startup_steps._child_env(str(tmp_path))
    labels = tmp_path / "labels.json"
    run = subprocess.run(
        [sys.executable, "-X", "utf8", "-c", startup_steps.CHILD, str(ROOT), str(labels),
         ",".join(startup_steps.STANDARD), ",".join(startup_steps.METHODS)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-800:]
    marks = json.loads(labels.read_text(encoding="utf-8"))
    steps = [m for m in marks if not m.startswith(("import ", "enter ", "leave "))]
    assert steps == ["child started, bench_view imported", "main() called",
                     "create_main_window() called", "the default timeline read",
                     "MainWindow() built", "TimelineView() built",
                     "the rest of MainWindow() built", "the window returned, to show()",
                     "show()", "after show(), to the first paint", "the first paintEvent",
                     "end"]
    imports = [m[7:] for m in marks if m.startswith("import ")]
    assert imports[:2] == ["timeline_app", "timeline_app.app"]
    assert "timeline_app.ui.timeline_view" in imports and "dataclasses" in imports
    assert marks.count("enter TimelineView._paint") == 1  # the first paint, once
    assert marks.count("enter TimelineView._paint") == marks.count("leave TimelineView._paint")


def test_instructions_between_marks_become_steps_and_methods():
    labels = ["main() called", "enter A.f", "enter A.g", "leave A.g", "enter A.f",
              "leave A.f", "leave A.f", "the first paintEvent", "end"]
    # counts[0]: before the first mark; counts[i]: from mark i-1 to mark i; the last:
    # after the last mark.
    counts = [100, 5, 7, 11, 13, 17, 19, 23, 29, 31]
    assert startup_steps.steps(labels, counts) == [
        ("process start to the child's first mark", 100),
        ("main() called", 5 + 7 + 11 + 13 + 17 + 19 + 23),  # method marks fold in
        ("the first paintEvent", 29), ("end", 31)]
    assert startup_steps.inclusive(labels, counts) == {
        "A.f": (7 + 11 + 13 + 17 + 19, 2),  # the outer call's, the recursive one inside
        "A.g": (11, 1)}


def test_the_trees_steps_are_printed_in_one_order():
    this = ["main() called", "import a", "import c", "end"]
    other = ["main() called", "import a", "import b", "import c", "end"]
    assert startup_steps._merged([this, other]) == [
        "main() called", "import a", "import b", "import c", "end"]
    assert startup_steps._merged([other, this]) == other


def test_own_a_modules_body_less_the_marked_modules_it_imports():
    labels = ["main() called", "import a", "enter module a", "import b", "enter module b",
              "leave module b", "import c", "enter module c", "leave module c",
              "leave module a", "end"]
    counts = [100, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    # a's body: from its enter (after count 5) to its leave: 7 + 11 + 13 + 17 + 19 + 23 + 29
    assert startup_steps.own_instructions(labels, counts) == {
        "a": (7 + 11 + 13 + 17 + 19 + 23 + 29 - 13 - 23, 7 + 11 + 13 + 17 + 19 + 23 + 29),
        "b": (13, 13), "c": (23, 23)}


def test_the_child_marks_each_modules_body_with_own(tmp_path):
    env = startup_steps._child_env(str(tmp_path))
    labels = tmp_path / "labels.json"
    run = subprocess.run(
        [sys.executable, "-X", "utf8", "-c", startup_steps.CHILD, str(ROOT), str(labels),
         ",".join(startup_steps.STANDARD), "", "own"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-800:]
    marks = json.loads(labels.read_text(encoding="utf-8"))
    for module in ("timeline_app.ui.timeline_view", "timeline_app.core.model", "dataclasses"):
        assert marks.count("enter module " + module) == 1
        assert marks.index("enter module " + module) < marks.index("leave module " + module)
    assert marks[-1] == "end"
