"""Reading a recovery copy of the synthetic timeline, this tree beside another (A/B).

Usage::

    .venv/bin/python benchmarks/bench_recovery.py --compare TREE [--events 100000 1000000]

A recovery copy of ``synthetic-v3-N-1.json`` (written once by this tree's
``write_recovery`` into a temporary folder) is read by ``read_recovery`` in a child
process per tree, the trees alternating: process CPU, wall, peak RSS (VmHWM) beside the
RSS before, and the longest gap of a 2 ms ticker thread beside the read (how long a GUI
thread would have waited for the GIL: the window's longest stall during a read in the
background).  A report, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path.home() / ".cache" / "diplomatic-timeline-bench"

CHILD = r"""
import json, os, sys, threading, time
from pathlib import Path
from timeline_app.io import recovery

def rss(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024
    return -1

copy = recovery.RecoveryCopy(Path(sys.argv[1]), recovery._dt.datetime.now(), "bench", None,
                             0, 0)
gaps, done = [0.0], threading.Event()

def tick():
    last = time.perf_counter()
    while not done.is_set():
        time.sleep(0.002)
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last - 0.002)
        last = now

before = rss("VmRSS")
Path("/proc/self/clear_refs").write_text("5")
ticker = threading.Thread(target=tick, daemon=True)
ticker.start()
c0, t0 = time.process_time(), time.perf_counter()
timeline = recovery.read_recovery(copy)
cpu, wall = time.process_time() - c0, time.perf_counter() - t0
done.set()
ticker.join()
print(json.dumps({"events": len(timeline), "cpu_s": round(cpu, 2), "wall_s": round(wall, 2),
                  "longest_gap_ms": round(gaps[0] * 1000), "rss_before": before,
                  "peak": rss("VmHWM")}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", type=Path, required=True)
    parser.add_argument("--events", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from timeline_app.io import native, recovery

    trees = [("this", ROOT), ("other", args.compare.resolve())]
    for count in args.events:
        with tempfile.TemporaryDirectory() as folder:
            timeline = native.load(CACHE / f"synthetic-v3-{count}-1.json")
            written = recovery.write_recovery(folder, timeline, "bench.json", None)
            del timeline
            print(f"\n{count} events: copy {written.stat().st_size / 2**20:.0f} MiB "
                  f"({time.strftime('%H:%M UTC', time.gmtime())})")
            for rnd in range(args.rounds):
                for name, tree in trees:
                    env = dict(os.environ, PYTHONPATH=str(tree))
                    proc = subprocess.run([sys.executable, "-c", CHILD, str(written)], env=env,
                                          cwd=tree, capture_output=True, text=True,
                                          timeout=1800, check=False)
                    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
                    load = os.getloadavg()[0]
                    if not lines:
                        print(f"  round {rnd + 1} {name}: error {proc.stderr[-600:]}")
                        continue
                    out = json.loads(lines[-1])
                    print(f"  round {rnd + 1} {name:5} load {load:.1f}: CPU {out['cpu_s']} s, "
                          f"wall {out['wall_s']} s, longest ticker gap "
                          f"{out['longest_gap_ms']} ms, RSS {out['rss_before']} -> peak "
                          f"{out['peak']} MiB ({out['events']} events)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
