"""The tagger and the dateline reader take time linear in the text (issue 9, section 3).

Each family of the first hostile-text sweep (``benchmarks/hostile_families.py``:
``FIRST_SWEEP``; the benchmarks run all of them) is timed in a child process
at one size and at four times that size; linear code about quadruples its time, quadratic
code multiplies it by 16.  The test fails on more than 9x growth (an exponent above ~1.6:
CPU time of the child process, the garbage collector off while timing; suspects are
measured again, best of five, before failing: the machine is shared) or on an absolute
time far beyond the target (2 s for 100 KB, checked by the benchmark itself).

Why 4x and 9x, not 2x and 2.5x as until session 19: on CI's shared machine the best of
five alternated runs still read 2.5-3.0x for a doubling of linear code ('met'
0.09 -> 0.28 s, 'month day 3' 0.34 -> 0.91 s, 'year range' 0.17 -> 0.44 s, CI of
2026-12-02), and the same code measured 1.9-2.1x here at 10-80 KB with the collector off
(2.7x once with it on): a doubling leaves too little room between noise and a real
quadratic.  A 4x step gives linear code 2.2x of room and still fails quadratic code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHILD = r"""
import gc, json, sys, time
sys.path.insert(0, "benchmarks")
from benchmarks.hostile_families import FIRST_SWEEP
from hostile_text import entry_points, hostile
size, tries = int(sys.argv[1]), int(sys.argv[2])
calls = {k: v for k, v in entry_points().items() if k in sys.argv[3].split(",")}
fams = sys.argv[4:] or list(FIRST_SWEEP)
out = {}
for fam in fams:
    for name, fn in calls.items():
        texts = [hostile(fam, n) for n in (size, 4 * size)]
        best = [None, None]
        for _ in range(tries):  # the best of several, sizes alternated: the machine is shared
            for i, text in enumerate(texts):
                gc.collect(); gc.disable()  # the collector's own cost is not the code's growth
                t0 = time.process_time(); fn(text); t = time.process_time() - t0
                gc.enable()
                best[i] = t if best[i] is None else min(best[i], t)
        out[f"{fam}/{name}"] = best
print(json.dumps(out))
"""

_SIZE = int(os.environ.get("TIMELINE_HOSTILE_SIZE", "10000"))
"""Characters of the smaller text (the larger has four times as many);
``TIMELINE_HOSTILE_SIZE=25000`` checks 25 -> 100 KB, the size issue 9 names (about a minute
of CPU; the default keeps the suite quick)."""
_GROWTH = 9.0  # most a 4x larger text may multiply the time by: linear 4x, quadratic 16x
_FLOOR = 0.15  # below this (seconds, the larger text), timer noise dominates: no ratio is read
_ABSOLUTE = 12.0  # seconds for 50 KB: only a blow-up gets there on any machine


def _measure(families: list[str], tries: int, calls: str = "tag,dateline_lead") -> dict[str, list[float]]:
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(_SIZE), str(tries), calls, *families], cwd=ROOT,
                          check=False, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _too_slow(times: list[float]) -> bool:
    small, big = times
    return big > _ABSOLUTE or (big > _FLOOR and big > _GROWTH * max(small, _FLOOR / _GROWTH))


def test_tagging_and_dateline_grow_linearly_on_hostile_text() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from benchmarks.hostile_families import FIRST_SWEEP
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    results = _measure(list(FIRST_SWEEP), 1)
    # narrative mode shares the rules; its own resolution path on the densest families
    results.update(_measure(["year 1999", "month day 3", "real sentence"], 1, "tag_narrative"))
    suspects = sorted({k.split("/")[0] for k, v in results.items() if _too_slow(v)})
    if suspects:  # measure the suspects again before failing: another process may have run
        # (best of five, the two sizes alternated so that a slow spell of the machine
        # falls on both: in session 19, on a new and noisier machine, the best of three
        # of one size, then of the other, failed 3 runs in 6 on main and on its base
        # alike, each time another family: 'BC short year' 0.17 -> 0.49 s, 'Now comma'
        # 0.14 -> 0.35 s, 'years ago' 0.19 -> 0.57 s; alone, 0.19 -> 0.36 s)
        again = _measure(suspects, 5, "tag,tag_narrative,dateline_lead")
        slow = {k: v for k, v in again.items() if _too_slow(v)}
        assert not slow, f"super-linear (seconds at {_SIZE} and {4 * _SIZE} characters): {slow}"


_LINE_CHILD = r"""
import gc, json, sys, time
from timeline_app.extract.dateline import read_dateline
out = {}
for pre in sys.argv[1:]:
    times = []
    for n in (600, 2400):  # a first line of blanks, within the part searched for a date line
        text = pre + " " * n + "x\nThe ministers met."
        best = None
        for _ in range(3):
            gc.collect(); gc.disable()
            t0 = time.process_time(); read_dateline(text); t = time.process_time() - t0
            gc.enable()
            best = t if best is None else min(best, t)
        times.append(best)
    out[pre] = times
print(json.dumps(out))
"""


def test_dateline_lines_with_runs_of_blanks_stay_linear() -> None:
    # a date, label or clock followed by blanks once backtracked cubically (7 s for 2 KB)
    prefixes = ["March 22, 2025", "31.10.2023", "3/22/2025", "Published", "Updated 3:14 PM",
                "April 16, 2024 6:05 AM", "SEOUL, March 22", "TOKYO, March 22 Kyodo", "SEOUL (AP)",
                "Issued on: 14/06/2022 - 19:32 Modified:", "Jane Doe  |04.09.2024 - Update :",
                "By Jane Doe | Belgrade |", "Jane Doe |", "Bogota, Aug 11 (EFE).-"]
    proc = subprocess.run([sys.executable, "-c", _LINE_CHILD, *prefixes], cwd=ROOT, check=False,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    slow = {k: v for k, v in json.loads(proc.stdout).items() if _too_slow(v)}
    assert not slow, slow
