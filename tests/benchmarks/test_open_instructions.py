"""``benchmarks/open_instructions.py`` (issue 11): its child opens a file in the real app
and marks each step up to the paint with all the file's events (run here without
valgrind: the marks are what the counts are cut by)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import write_synthetic  # noqa: E402


def test_the_child_marks_every_step_of_an_open_up_to_the_paint_with_its_events(tmp_path):
    path = tmp_path / "six hundred.json"
    write_synthetic(path, 600, 1)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               TIMELINE_APP_SETTINGS=str(tmp_path / "settings.ini"),
               TIMELINE_APP_RECOVERY_DIR=str(tmp_path / "recovery"))
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "open_instructions.py"),
                          "--child", str(ROOT), str(path), "600"], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-800:]
    marks = [line for line in run.stderr.splitlines() if line.startswith("MARKS ")]
    assert marks, run.stderr[-800:]
    got = marks[0].removeprefix("MARKS ").split(" | ")
    # the steps in order; open_path hands the file to the loading thread, which may start
    # reading before open_path returns (seen in a full run at a load of 5): its "after" is
    # only after its "before"
    chain = ["start", "pyside imported", "app modules imported",
             "before _after_first_paint", "after _after_first_paint",
             "before open_path",
             "before open_timeline_file", "after open_timeline_file",
             "before prepare_lanes", "after prepare_lanes",
             "before _opened", "after _opened", "events painted"]
    assert sorted(got) == sorted([*chain, "after open_path"]), got
    assert [m for m in got if m != "after open_path"] == chain, got
    assert got.index("after open_path") > got.index("before open_path"), got
