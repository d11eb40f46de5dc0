"""Benchmarks never write the user's settings (verify49 F1, session 39): a benchmark that
built the app's window on a synthetic 100 000-event file left that file at the top of the
user's File → Open Recent, so the next ``make run`` reopened it instead of the user's last
timeline.  Each benchmark script that builds ``MainWindow`` must point
``TIMELINE_APP_SETTINGS`` at a scratch file (or run its window through ``bench_view``'s
``_child_env``, which does)."""

from __future__ import annotations

from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
#: (``bench_view.open_settled`` builds the window for the scripts that call it: they count.)
SCRIPTS = sorted(p for p in BENCHMARKS.glob("*.py")
                 if any(call in p.read_text("utf-8") for call in ("MainWindow(", "open_settled(")))


def test_some_benchmarks_build_the_window() -> None:
    assert len(SCRIPTS) >= 10  # (the glob found the scripts: the test below is not empty)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_a_benchmark_that_builds_the_window_keeps_its_own_settings(script: Path) -> None:
    text = script.read_text("utf-8")
    assert "TIMELINE_APP_SETTINGS" in text or "_child_env" in text, (
        f"{script.name} builds MainWindow with the user's settings: set "
        f"TIMELINE_APP_SETTINGS to a scratch file before it")
