"""``benchmarks/startup_instructions.py`` (issue 11): the start-up row's children, counted
by callgrind, stop at the end of the timeline's first paint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import startup_instructions  # noqa: E402


def test_the_children_stop_at_the_end_of_the_first_paint(tmp_path):
    env = startup_instructions._child_env(str(tmp_path))
    for kind in ("bare", "app"):
        run = subprocess.run([sys.executable, "-X", "utf8", "-c", startup_instructions.CHILD,
                              str(ROOT), kind], env=env, cwd=ROOT, capture_output=True,
                             text=True, timeout=120, check=False)
        assert run.returncode == 0, run.stderr[-800:]
        # bench_view's app child prints its stamps after the check of the paint: stopped
        # at the check, nothing is printed (a renamed check would be run, and counted);
        # the bare window has no check and prints them as its last step.
        assert ("{" in run.stdout) == (kind == "bare")


def test_the_instructions_are_read_from_a_callgrind_files_summary(tmp_path):
    counted = tmp_path / "app.0.123-01"
    counted.write_text("# callgrind format\nversion: 1\ncmd: python\nsummary: 932123456\n"
                       "totals: 932123456\n", encoding="utf-8")
    assert startup_instructions._summary(counted) == 932_123_456


def test_a_second_start_finds_the_room_the_first_recorded(tmp_path):
    env = startup_instructions._child_env(str(tmp_path))
    run = subprocess.run([sys.executable, "-X", "utf8", "-c", startup_instructions.SETTLE_CHILD],
                         env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
                         check=False)
    assert run.returncode == 0, run.stderr[-800:]
    kept = Path(env["TIMELINE_APP_SETTINGS"]).read_text(encoding="utf-8")
    assert "first_view=" in kept
