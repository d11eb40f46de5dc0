"""Opening a native file: ``io.load`` beside bare JSON decoding of the same bytes, same run.

Usage::

    python benchmarks/bench_load.py [N_EVENTS ...] [--rounds 3] [--file PATH ...]
                                    [--against CHECKOUT] [--no-rejects]

Each measurement runs in a fresh interpreter (so peak RSS is that of one load, not of the
whole benchmark).  The baseline is ``msgspec.json.decode`` of the file into plain dicts
(syntax only, no types, no model): what any loader must at least pay; and ``json.loads``
of the same bytes, the floor issue 11 compares with (several GiB for a million events: it
builds every dict).  Also timed: files
the loader must refuse quickly (issue 9 §3: 20 million empty lists; 3 million unknown keys).
Files are written to a temporary folder with ``benchmarks/synthetic.py``, or given with
``--file`` (a million events take minutes to generate).

``--gil`` measures, instead, how long the loading thread holds the GIL: the work the
window does off the GUI thread when it opens a file (``io.load``, then the view's lanes,
``prepare_lanes``, as ``ui.main_window`` runs them, with the collector on as after
start-up: File → Open) runs on a thread while the main thread ticks every millisecond; every
tick later than ``--gil-ms`` is a stretch in which the loading thread kept the GIL (or the
machine kept the CPU), printed with the loading thread's CPU time during it (from
``/proc``: CPU beside the wall clock tells the GIL from the machine's load) and where it
was just after.  That is what stalls a window waiting on the load (issue 11: "window
responsive meanwhile"); ``open_profile.py`` measures the real window.

``--against`` names another checkout of the app (e.g. ``git worktree add /tmp/main main``)
whose ``io.load`` is measured on the same files in the same run, its rounds alternating
with ours, so that a before/after comparison sees the same background load.

Figures are medians over ``--rounds`` fresh processes: wall time, CPU time of the process
(less disturbed by other work on a shared machine; equal to wall time on an idle one) and
peak RSS (VmHWM).  Issue 11's targets are printed beside the sizes they are for.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parent.parent

# Peak RSS of this process from VmHWM: ru_maxrss survives exec, so it would report the
# parent's (the benchmark's) memory.
_PEAK = """
def peak_mib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""
_LOAD = _PEAK + """
import resource, sys, time
sys.path.insert(0, {root!r})
from timeline_app import io

def all_cpu():  # this process's CPU and that of the processes it started and waited for
    return sum(u.ru_utime + u.ru_stime for u in (
        resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)))

start, cpu = time.perf_counter(), all_cpu()
try:
    n = len(io.load({path!r}))
except io.FormatError as error:
    n = str(error)[:60]
elapsed, cpu = time.perf_counter() - start, all_cpu() - cpu
print(elapsed, cpu, peak_mib(), repr(n))
"""
_BASELINE = _PEAK + """
import sys, time
import msgspec
data = open({path!r}, "rb").read()
start, cpu = time.perf_counter(), time.process_time()
msgspec.json.decode(data)
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
print(elapsed, cpu, peak_mib(), "''")
"""
# The floor the issue names: the standard library's parser on the same bytes, no types.
_JSON_LOADS = _PEAK + """
import json, time
data = open({path!r}, "rb").read()
start, cpu = time.perf_counter(), time.process_time()
json.loads(data)
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
print(elapsed, cpu, peak_mib(), "''")
"""

# The whole app on the file, offscreen, to its first paint: its peak is what a user's
# machine must have (issue 11: <= 300 MiB with 100 000 events).
_APP = _PEAK + """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
start, cpu = time.perf_counter(), time.process_time()
from PySide6.QtWidgets import QApplication
from timeline_app.app import create_main_window
app = QApplication([sys.argv[0]])
window = create_main_window({path!r})
window.resize(1600, 900)
window.show()
app.processEvents()
window.view.viewport().repaint()
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
print(elapsed, cpu, peak_mib(), "'app, to first paint'")
"""

# Issue 11's targets for opening a file (read + parse + validate + model): seconds, MiB.
_TARGETS = {100_000: (1.0, None), 1_000_000: (10.0, 2048.0)}

_GIL = _PEAK + """
import os, sys, threading, time
sys.path.insert(0, {root!r})
from timeline_app.io.formats import open_timeline_file
from timeline_app.ui.main_window import _without_collections  # the window's own steps
from timeline_app.ui.timeline_view import prepare_lanes
MIN_MS = float(os.environ["GIL_MS"])
steps = []

def work():
    start = time.perf_counter()
    opened = open_timeline_file({path!r}, progress=lambda done, total: True)
    steps.append(("load", time.perf_counter() - start, time.thread_time()))
    keep.append(_without_collections(prepare_lanes, opened.timeline))
    keep.append(opened)  # freed after the measurement, not in it
    steps.append(("lanes", time.perf_counter() - start, time.thread_time()))

def where(frame):
    names = []
    while frame is not None and len(names) < 3:
        names.append(f"{{os.path.basename(frame.f_code.co_filename)}}:{{frame.f_lineno}} "
                     f"{{frame.f_code.co_name}}")
        frame = frame.f_back
    return " < ".join(names)

def cpu_of(tid, known=0.0):
    try:
        with open(f"/proc/self/task/{{tid}}/schedstat", "rb") as f:
            return int(f.read().split()[0]) / 1e9
    except (OSError, ValueError):  # the thread has ended
        return known

keep = []
thread = threading.Thread(target=work)
thread.start()
gaps, last = [], time.perf_counter()
last_cpu = cpu_of(thread.native_id)
while thread.is_alive():
    time.sleep(0.001)
    now, cpu = time.perf_counter(), cpu_of(thread.native_id, last_cpu)
    if (now - last) * 1000 >= MIN_MS:
        gaps.append(((now - last) * 1000, (cpu - last_cpu) * 1000,
                     where(sys._current_frames().get(thread.ident))))
    last, last_cpu = now, cpu
thread.join()
print(repr((steps, sorted(gaps, reverse=True), peak_mib())))
"""


class _Figures:
    """The rounds of one kind of measurement of one file."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.peak: list[float] = []
        self.what = ""

    def run(self, code: str, root: Path, path: Path) -> None:
        out = subprocess.run(
            [sys.executable, "-c", code.format(root=str(root), path=str(path))],
            capture_output=True, text=True, check=True).stdout.split(maxsplit=3)
        self.wall.append(float(out[0]))
        self.cpu.append(float(out[1]))
        self.peak.append(float(out[2]))
        self.what = out[3].strip()

    def cells(self) -> str:
        return (f"{statistics.median(self.wall):>7.2f}s {statistics.median(self.cpu):>7.2f}s "
                f"{max(self.peak):>6.0f} MiB")


def _verdict(events: int | None, load: _Figures) -> str:
    if events not in _TARGETS:
        return ""
    seconds, mib = _TARGETS[events]
    wall, cpu, peak = statistics.median(load.wall), statistics.median(load.cpu), max(load.peak)
    ok = (wall <= seconds or cpu <= seconds) and (mib is None or peak <= mib)
    target = f"<= {seconds:g} s" + (f", <= {mib:g} MiB" if mib else "")
    cpu_only = " (CPU time only: the machine is busy)" if ok and wall > seconds else ""
    return f"target {target}: {'PASS' if ok else 'FAIL'}{cpu_only}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--file", type=Path, action="append", default=[],
                        help="measure this file instead of generating one (repeatable)")
    parser.add_argument("--against", type=Path,
                        help="another checkout whose io.load to measure in the same run")
    parser.add_argument("--no-rejects", action="store_true",
                        help="skip the files the loader must refuse quickly")
    parser.add_argument("--gil", action="store_true",
                        help="instead: how long the window's loading work holds the GIL")
    parser.add_argument("--gil-ms", type=float, default=20.0,
                        help="with --gil: list the ticks later than this (ms)")
    parser.add_argument("--app", action="store_true",
                        help="also the whole app on each file, offscreen, to its first paint")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        files: list[tuple[str, int | None, Path]] = []
        for path in args.file:
            events = _count_events(path)
            files.append((f"{events:,} events ({path.stat().st_size / 2**20:.0f} MiB)",
                          events, path))
        for n in args.sizes if not args.file else []:
            path = Path(folder) / f"synthetic-{n}.json"
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic.py"), str(n),
                            str(path)], check=True, capture_output=True)
            files.append((f"{n:,} events ({path.stat().st_size / 2**20:.0f} MiB)", n, path))
        if not args.no_rejects:
            lists = Path(folder) / "lists.json"
            lists.write_text('{"format": "diplomatic-timeline", "version": 1, "events": ['
                             + "[]," * 19_999_999 + "[]]}")
            files.append(("reject: 20M empty lists", None, lists))
            keys = Path(folder) / "keys.json"
            keys.write_text('{"format": "diplomatic-timeline", "version": 1, "events": [], '
                            + ", ".join(f'"k{i}": 0' for i in range(3_000_000)) + "}")
            files.append(("reject: 3M unknown keys", None, keys))
        if args.gil:
            return _gil_report(files, args.rounds, args.gil_ms)
        header = f"{'':<30} {'wall':>8} {'CPU':>8} {'peak RSS':>10}"
        print(f"{'file':<30} {'io.load':<30}"
              + (f"{'io.load of ' + args.against.name:<30}" if args.against else "")
              + f"{'baseline: msgspec.json.decode':<30}{'floor: json.loads':<30}")
        print(header[:30] + header[30:] * (4 if args.against else 3))
        for label, events, path in files:
            load, before, base, floor = _Figures(), _Figures(), _Figures(), _Figures()
            for _ in range(args.rounds):  # alternating, so all see the same background load
                load.run(_LOAD, ROOT, path)
                if args.against:
                    before.run(_LOAD, args.against, path)
                base.run(_BASELINE, ROOT, path)
                if events is not None:
                    floor.run(_JSON_LOADS, ROOT, path)
            print(f"{label:<30} {load.cells()} " + (f"{before.cells()} " if args.against else "")
                  + f"{base.cells()} " + (f"{floor.cells()} " if floor.wall else "")
                  + f"  {load.what}")
            if verdict := _verdict(events, load):
                print(f"{'':<30} {verdict}")
            if args.app and events is not None:
                app, app_before = _Figures(), _Figures()
                for _ in range(args.rounds):
                    app.run(_APP, ROOT, path)
                    if args.against:
                        app_before.run(_APP, args.against, path)
                print(f"{'  the app, to first paint':<30} {app.cells()} "
                      + (f"{app_before.cells()}" if args.against else ""))
                if events == 100_000:
                    peak = max(app.peak)
                    print(f"{'':<30} target <= 300 MiB peak: {'PASS' if peak <= 300 else 'FAIL'}")
    print("baseline: msgspec.json.decode into dicts (syntax only); floor: json.loads (the "
          f"standard library); medians of {args.rounds} fresh processes (peak: the largest)")
    return 0


def _gil_report(files: list[tuple[str, int | None, Path]], rounds: int,
                gil_ms: float) -> int:
    """``--gil``: per file and round, the loading work's longest holds of the GIL."""
    import ast
    import os

    env = dict(os.environ, GIL_MS=str(gil_ms), QT_QPA_PLATFORM="offscreen")
    for label, events, path in files:
        if events is None:
            continue
        for round_ in range(rounds):
            out = subprocess.run([sys.executable, "-c", _GIL.format(root=str(ROOT),
                                                                     path=str(path))],
                                 capture_output=True, text=True, check=True, env=env).stdout
            steps, gaps, peak = ast.literal_eval(out.strip().splitlines()[-1])
            load_avg = os.getloadavg()[0]
            print(f"{label}, round {round_ + 1} (load average {load_avg:.1f}): "
                  + ", ".join(f"{name} done at {wall:.2f} s (thread CPU {cpu:.2f} s)"
                              for name, wall, cpu in steps) + f"; peak {peak:.0f} MiB")
            print(f"  {len(gaps)} ticks later than {gil_ms:g} ms; the longest "
                  "(wall ms, loading thread's CPU ms in it, where it was just after):")
            for wall, cpu, where in gaps[:8]:
                print(f"    {wall:7.1f} {cpu:7.1f}  {where}")
    return 0


class _EventCount(msgspec.Struct):
    events: list[msgspec.Raw] = []


def _count_events(path: Path) -> int:
    """How many events a native file holds, without building them."""
    return len(msgspec.json.decode(path.read_bytes(), type=_EventCount).events)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
