"""``benchmarks/startup_profile.py`` (issue 11): the replay of the app's first view, the
measure of what its pixels cost Qt alone, records the view and plays it back."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import startup_profile  # noqa: E402


def test_the_first_view_is_recorded_then_replayed_with_and_without_the_qt_namespace(tmp_path):
    env = startup_profile._child_env(str(tmp_path))
    modules = startup_profile._modules_before_paint(env)
    recorded = startup_profile._child("record", env, modules=modules)
    picture = Path(env["STARTUP_PROFILE_PICTURE"])
    assert picture.stat().st_size > 1000  # the view's fills, strokes and labels
    assert recorded["marks"][-1][0] == "painted"
    replays = {kind: startup_profile._child(kind, env) for kind in ("replay", "replay_qt")}
    for run in replays.values():
        assert [name for name, _ in run["marks"]][-2:] == ["first Paint event", "painted"]
        assert not any(name.startswith("timeline_app") for name in run["modules"])
