"""Recovery copies of the synthetic timeline, this tree beside another (A/B).

Usage::

    .venv/bin/python benchmarks/bench_recovery.py --compare TREE [--events 100000 1000000]
    .venv/bin/python benchmarks/bench_recovery.py --compare TREE --edits 3 \
        --file /tmp/journal55/events1m.json [--file ...]

``--edits N`` (session 49, journal55): the copy an edit costs.  A child process per
tree opens FILE (a native file: ``Document.open``) with the window's ``Autosaver``
writing into a temporary folder, then makes N edits one after the other (each moves one
event by a day, ``Document.update_event``), waiting after each for its copy: the
process CPU from the edit to the copy on disk (the worker's too), the bytes the process
wrote meanwhile (``/proc/self/io`` ``wchar``), the wall time from the edit to the copy on
disk (the quiet second ``QUIET_MS`` included) and the longest gap of a 2 ms timer on the
GUI thread meanwhile (how long the window would have waited); ``--restore``: then the
copy left read as the next start reads it (CPU, wall); ``--unsaved`` (session 51,
journal56): first the opened timeline is made one of no saved file, as an import is
(``replace_timeline(..., None, unsaved=True)``), and its first copy, a whole one, is
timed the same way before the edits.  FILE is made by
``benchmarks/synthetic.py`` (never into the repository).

Without ``--edits``:

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


EDIT_CHILD = r"""
import dataclasses, json, os, sys, tempfile, time
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from timeline_app.core.dates import FuzzyDate
from timeline_app.document import Document
from timeline_app.ui.autosave import Autosaver

def wchar():
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    return -1

folder = tempfile.mkdtemp(prefix="bench-recovery-")
document = Document.open(sys.argv[1])
saver = Autosaver(document, folder, parent=document)
rounds = int(sys.argv[2])
timeline = document.timeline
first = None
if "--unsaved" in sys.argv:  # as an import: the timeline in no native file, modified
    w0, c0, t0 = wchar(), time.process_time(), time.perf_counter()
    document.replace_timeline(timeline, None, unsaved=True)
    while True:
        app.processEvents()
        if not (saver._job is not None or saver._quiet.isActive() or saver._stale):
            break
        if time.perf_counter() - t0 > 600:
            break
        time.sleep(0.002)
    first = {"cpu_s": round(time.process_time() - c0, 2),
             "written_kib": round((wchar() - w0) / 1024, 1),
             "on_disk_s": round(time.perf_counter() - t0, 2),
             "files": {p.name.rsplit(".", 1)[-1]: p.stat().st_size
                       for p in Path(folder).iterdir()}}
gap = [0.0]
last = [time.perf_counter()]

def tick():
    now = time.perf_counter()
    gap[0] = max(gap[0], now - last[0])
    last[0] = now

ticker = QTimer()
ticker.setInterval(2)
ticker.timeout.connect(tick)
ticker.start()
out = []
for n in range(rounds):
    event = timeline.events[1000 + 7919 * n]
    import datetime
    moved = dataclasses.replace(
        event, date=FuzzyDate.of_day(datetime.date(2001, 1 + n % 12, 1 + n % 28)), end=None)
    app.processEvents()
    gap[0], last[0] = 0.0, time.perf_counter()
    w0, c0, t0 = wchar(), time.process_time(), time.perf_counter()
    document.update_event(moved, "bench")
    on_disk = None
    while True:
        app.processEvents()
        busy = saver._job is not None or saver._quiet.isActive() or saver._stale
        if not busy:
            on_disk = time.perf_counter() - t0
            break
        if time.perf_counter() - t0 > 600:
            break
        time.sleep(0.002)
    cpu, written = time.process_time() - c0, wchar() - w0
    files = {p.name.rsplit(".", 1)[-1]: p.stat().st_size for p in Path(folder).iterdir()}
    out.append({"cpu_s": round(cpu, 2), "written_kib": round(written / 1024, 1),
                "on_disk_s": None if on_disk is None else round(on_disk, 2),
                "gap_ms": round(gap[0] * 1000), "files": files})
restore = None
if "--restore" in sys.argv:  # what the next start would read: the copy left, read
    from timeline_app.io.recovery import find_recovery_copies, read_recovery
    (copy,) = find_recovery_copies(folder)  # (our own pid counts as dead)
    c0, t0 = time.process_time(), time.perf_counter()
    restored = read_recovery(copy)
    restore = {"cpu_s": round(time.process_time() - c0, 2),
               "wall_s": round(time.perf_counter() - t0, 2), "events": len(restored)}
print(json.dumps({"events": len(timeline), "edits": out, "restore": restore,
                  "first": first}))
saver.stop()
saver.remove()
os._exit(0)
"""


def edits(args: argparse.Namespace) -> int:
    """``--edits``: the copy each edit costs, this tree beside ``--compare``'s."""
    trees = [("this", ROOT), ("other", args.compare.resolve())]
    for file in args.file:
        print(f"\n{file} ({file.stat().st_size / 2**20:.0f} MiB, "
              f"{time.strftime('%H:%M UTC', time.gmtime())}): {args.edits} edits")
        for rnd in range(args.rounds):
            for name, tree in trees:
                env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
                proc = subprocess.run([sys.executable, "-c", EDIT_CHILD, str(file),
                                       str(args.edits),
                                       *(["--restore"] if args.restore else []),
                                       *(["--unsaved"] if args.unsaved else [])],
                                      env=env, cwd=tree,
                                      capture_output=True, text=True, timeout=3600,
                                      check=False)
                lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
                load = os.getloadavg()[0]
                if not lines:
                    print(f"  round {rnd + 1} {name}: error {proc.stderr[-600:]}")
                    continue
                result = json.loads(lines[-1])
                if result.get("first"):
                    first = result["first"]
                    files = ", ".join(f"{kind} {size / 1024:.1f} KiB"
                                      for kind, size in sorted(first["files"].items()))
                    print(f"  round {rnd + 1} {name:5} load {load:.1f} first copy (no saved "
                          f"file): CPU {first['cpu_s']} s, written {first['written_kib']} "
                          f"KiB, on disk {first['on_disk_s']} s after; on disk: {files}")
                for at, edit in enumerate(result["edits"]):
                    files = ", ".join(f"{kind} {size / 1024:.1f} KiB"
                                      for kind, size in sorted(edit["files"].items()))
                    print(f"  round {rnd + 1} {name:5} load {load:.1f} edit {at + 1}: CPU "
                          f"{edit['cpu_s']} s, written {edit['written_kib']} KiB, edit to "
                          f"copy on disk {edit['on_disk_s']} s, longest 2 ms-timer gap "
                          f"{edit['gap_ms']} ms; on disk: {files}")
                if result.get("restore"):
                    read = result["restore"]
                    print(f"  round {rnd + 1} {name:5} restore of the copy left: CPU "
                          f"{read['cpu_s']} s, wall {read['wall_s']} s "
                          f"({read['events']} events)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", type=Path, required=True)
    parser.add_argument("--events", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--edits", type=int, default=0,
                        help="the copy each of this many edits costs (see the docstring)")
    parser.add_argument("--restore", action="store_true",
                        help="with --edits: then read the copy left, as the next start")
    parser.add_argument("--unsaved", action="store_true",
                        help="with --edits: first make the timeline one of no saved file "
                             "(as an import) and time its first copy")
    parser.add_argument("--file", type=Path, nargs="+", default=[],
                        help="with --edits: the native files to edit")
    args = parser.parse_args()
    if args.edits:
        return edits(args)
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
