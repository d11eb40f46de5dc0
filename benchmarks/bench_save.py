"""Saving a large timeline from the real window: what it costs the GUI thread, beside an
older tree measured in the same run.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_save.py \
        [--events 100000 1000000] [--rounds 1] [--compare TREE]

Each run is a child process (``nice``; ``cwd`` and ``PYTHONPATH`` = its tree, so the
tree's own ``timeline_app`` is measured; one interpreter for both trees, see
``ab_open.py``), which loads the synthetic file of N events
(``~/.cache/diplomatic-timeline-bench/synthetic-v3-N-1.json``, made by ``make bench``;
read-only here), shows the ``MainWindow`` on it, and then, inside the running event loop,
saves it to a new file in a temporary folder through the window's own path
(``MainWindow._save_to``: the status line, the wait cursor or the progress bar, the
atomic write, the document marked saved).  Measured from the moment the save is asked
for until the document is marked saved (``undo_stack.isClean()``):

* **GUI CPU**: the GUI thread's CPU time (``time.thread_time``), everything it did
  meanwhile included (a 2 ms timer's ticks, the progress bar).
  An upper bound of the save's own: the probes' cost is in it (the 2 ms timer, the
  repaints below; an estimate from the idle timer's rate overshot, since a contended GUI
  thread ticks less often, and is not made).
* **CPU**: the whole process's CPU (every thread): the work of the save.
* **wall**: wall-clock time (the fsync of the file included).
* **longest stall**: the longest gap between two ticks of a 2 ms ``QTimer`` on the GUI
  thread, less 2 ms: how long the window could not react (a save that holds the GUI
  thread shows here as its whole length).
* **the call**: how long ``_save_to`` held the GUI thread before it returned (the whole
  save in an older tree; the snapshot and the job's start here).
* **repaints**: every 100 ms of the save the timeline view is repainted
  (``viewport().repaint()``, a frame as a user's scroll would ask for): how many came, and
  the slowest one's wall clock, beside the slowest of 5 made just before the save (in
  brackets).  An older tree that holds the GUI thread gets none in.
* **peak RSS**: the process's peak resident memory during the save (Linux: VmHWM after
  ``/proc/self/clear_refs`` reset it as the save began), and how far above the RSS before
  the save it went.

The file written is checked to load back with the same number of events.  With
``--compare TREE`` each round runs TREE first, then this tree (ABAB...; rounds > 1
alternate the order).  It is a report, not a test: the exit status is 0 whatever the
figures.  Issue 11's target for a save of 100 000 events: GUI CPU <= 0.3 s, no stall over
~100 ms.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path.home() / ".cache" / "diplomatic-timeline-bench"
TICK_MS = 2
REPAINT_EVERY_MS = 100


def _rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def child(events: int, out_dir: str) -> dict[str, Any]:
    """One save of ``events`` events in the window of the tree on ``PYTHONPATH``."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    import timeline_app
    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    source = CACHE / f"synthetic-v3-{events}-1.json"
    timeline = timeline_io.load(source)
    window = MainWindow(timeline)
    window.resize(1600, 900)
    window.show()
    for _ in range(20):
        app.processEvents()
    target = os.path.join(out_dir, "saved.json")
    ticks: list[float] = []
    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    figures: dict[str, Any] = {}
    window.document.undo_stack.resetClean()  # modified: the save marks it clean
    collections: list[tuple[int, float, str]] = []  # generation, seconds, thread
    started: dict[int, float] = {}

    def collected(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[threading.get_ident()] = time.perf_counter()
        elif threading.get_ident() in started:
            collections.append((info["generation"],
                                time.perf_counter() - started.pop(threading.get_ident()),
                                threading.current_thread().name))

    gc.callbacks.append(collected)

    repaints: list[tuple[float, float]] = []  # wall, GUI CPU of each repaint (s)

    def repaint() -> None:
        w, c = time.perf_counter(), time.thread_time()
        window.view.viewport().repaint()
        repaints.append((time.perf_counter() - w, time.thread_time() - c))

    painter = QTimer()
    painter.setInterval(REPAINT_EVERY_MS)
    painter.timeout.connect(repaint)

    def start() -> None:
        for _ in range(5):
            repaint()
        figures["idle_repaint_ms"] = max(r[0] for r in repaints) * 1000
        repaints.clear()
        try:
            Path("/proc/self/clear_refs").write_text("5")  # reset the peak (proc(5))
        except OSError:
            pass
        figures["rss_before_kib"] = _rss_kib("VmRSS")
        figures["t0"] = (time.perf_counter(), time.thread_time(), time.process_time())
        ticks.append(time.perf_counter())
        painter.start()
        called = time.perf_counter()
        window._save_to(target)  # the window's save; in an older tree it holds until done
        figures["call_ms"] = (time.perf_counter() - called) * 1000
        if window.document.undo_stack.isClean():
            finish()
        else:
            window.document.undo_stack.cleanChanged.connect(finish)

    def finish(*_args: object) -> None:
        now = (time.perf_counter(), time.thread_time(), time.process_time())
        painter.stop()
        ticks.append(now[0])
        figures["t1"] = now
        figures["peak_kib"] = _rss_kib("VmHWM")
        loop.quit()

    ticker.start()
    QTimer.singleShot(50, start)
    loop.exec()
    ticker.stop()
    gc.callbacks.remove(collected)
    (w0, g0, c0), (w1, g1, c1) = figures["t0"], figures["t1"]
    during = [t for t in ticks if w0 <= t <= w1]
    stall, at = max(((b - a, a) for a, b in itertools.pairwise(during)), default=(w1 - w0, w0))
    saved = timeline_io.load(target)
    return {
        "tree": str(Path(timeline_app.__file__).resolve().parents[1]),
        "events": events, "saved_events": len(saved), "bytes": os.path.getsize(target),
        "gui_cpu_s": g1 - g0,
        "cpu_s": c1 - c0, "wall_s": w1 - w0,
        "repaints": len(repaints), "repaint_max_ms": max((r[0] for r in repaints),
                                                         default=0.0) * 1000,
        "idle_repaint_ms": figures["idle_repaint_ms"], "call_ms": figures["call_ms"],
        "stall_ms": max(0.0, stall * 1000 - TICK_MS), "stall_at_s": at - w0,
        "peak_mib": figures["peak_kib"] / 1024,
        "peak_over_mib": (figures["peak_kib"] - figures["rss_before_kib"]) / 1024,
        "gc_max_ms": max((c[1] for c in collections), default=0.0) * 1000,
        "gc": [c for c in collections if c[1] > 0.01],
    }


def run(tree: Path, events: int) -> dict[str, Any]:
    """One child run of ``tree``; its figures (or ``{"error": ...}``)."""
    with tempfile.TemporaryDirectory(prefix="bench-save-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree),
                   TIMELINE_APP_SETTINGS=f"{tmp}/settings.ini",
                   TIMELINE_APP_RECOVERY_DIR=f"{tmp}/recovery")
        proc = subprocess.run(
            ["nice", sys.executable, "-X", "utf8", str(Path(__file__).resolve()), "--child",
             str(events), tmp], cwd=tree, env=env, capture_output=True, text=True, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"error": proc.stderr[-1500:]}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--compare", type=Path, help="an older tree, measured alongside")
    parser.add_argument("--child", nargs=2, metavar=("EVENTS", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(int(args.child[0]), args.child[1])), flush=True)
        return
    trees = [ROOT] if args.compare is None else [args.compare.resolve(), ROOT]
    print(f"{'tree':28s} {'events':>9s} {'GUI CPU':>8s} {'CPU':>7s} {'wall':>7s} "
          f"{'stall@s':>14s} {'repaints (idle)':>18s} {'peak':>9s} {'+peak':>8s} "
          f"{'max GC':>8s}  load")
    for events in args.events:
        if not (CACHE / f"synthetic-v3-{events}-1.json").is_file():
            print(f"no synthetic file of {events} events in {CACHE} (make bench makes it)")
            continue
        for number in range(args.rounds):
            for tree in trees if number % 2 == 0 else trees[::-1]:
                out = run(tree, events)
                if "error" in out:
                    print(f"{tree.name}: error: {out['error']}", flush=True)
                    continue
                assert out["tree"] == str(tree), (out["tree"], tree)
                assert out["saved_events"] == events
                print(f"{tree.name:28s} {events:9d} {out['gui_cpu_s']:7.2f}s "
                      f"{out['cpu_s']:6.2f}s "
                      f"{out['wall_s']:6.2f}s "
                      f"{out['stall_ms']:6.0f}ms@{out['stall_at_s']:<5.2f} "
                      f"{out['repaints']:3d} x {out['repaint_max_ms']:4.0f}ms "
                      f"({out['idle_repaint_ms']:3.0f}) {out['peak_mib']:6.0f}MiB "
                      f"{out['peak_over_mib']:+6.0f}MiB {out['gc_max_ms']:6.0f}ms  "
                      f"{os.getloadavg()[0]:.1f}", flush=True)
                if out["gc"]:
                    print("   collections over 10 ms (generation, s, thread):", out["gc"])
                print(f"   the save's call on the GUI thread (to the job started): "
                      f"{out['call_ms']:.0f} ms")


if __name__ == "__main__":
    main()
