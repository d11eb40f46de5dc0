"""Whether a load started on a thread before the window is built overlaps the window's
start (issue 11: open 100 000 events in the real app in under a second).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/open_overlap.py FILE [--rounds 4]

Runs fresh children, alternating two orders of the same work:

- ``after``: PySide imported, the window built on FILE's stand-in
  (``app.create_opening_window``) and painted, then ``io.load(FILE)`` on the same
  thread: the app's chain today is serial in this way (the load starts after the
  window and its panels).
- ``before``: ``io.load(FILE)`` started on a thread at the child's first line, before
  PySide is imported; the window imported, built and painted meanwhile on the main
  thread (what "start reading the file at the earliest point after argv is parsed"
  would be with a thread).

Each child prints, in seconds since it started: the window painted, the load done, both
done; the CPU of the process, of the main thread and of the loading thread.  Both orders
do the same work under one interpreter lock (GIL): ``before`` can gain only what the
window's start spends outside the lock (waiting, or C++ that released it), and loses
what two threads taking turns at the lock cost (each turn waits up to
``sys.getswitchinterval()``, 5 ms).  Read "both done" and the process CPU on a quiet
machine; on a busy one only the CPU columns mean something.  The garbage collector is off
in both, as in the app's start and load.  The key check runs in the loading process
(no second process), in both orders alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _child(order: str, path: str) -> None:
    """One run (see the module's docstring); prints one JSON line."""
    import gc
    import threading

    began = time.perf_counter()
    gc.disable()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as app.limit_blas_threads
    sys.path.insert(0, str(ROOT))
    out: dict[str, Any] = {"order": order}

    def load() -> None:
        cpu = time.thread_time()
        from timeline_app.io import key_check, native

        key_check.KeyCheck.start = staticmethod(lambda *_: None)  # type: ignore[method-assign]
        timeline = native.load(path)
        out["loaded_s"] = time.perf_counter() - began
        out["load_cpu_s"] = time.thread_time() - cpu
        out["events"] = len(timeline)

    loader = None
    if order == "before":
        loader = threading.Thread(target=load, name="load")
        loader.start()
    cpu = time.thread_time()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from timeline_app.app import create_opening_window

    window = create_opening_window(path)

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "window_painted_s" not in out:
                out["window_painted_s"] = time.perf_counter() - began
                QTimer.singleShot(0, app.quit)
            return False

    painted = Painted()
    app.installEventFilter(painted)
    window.show()
    app.exec()
    out["window_cpu_s"] = time.thread_time() - cpu
    if loader is None:
        load()
    else:
        loader.join()
    out["done_s"] = time.perf_counter() - began
    out["process_cpu_s"] = time.process_time()
    out["main_cpu_s"] = time.thread_time()
    print(json.dumps(out), flush=True)
    os._exit(0)  # no teardown of 100 000 events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--child", choices=("after", "before"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.file)
        return
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs: dict[str, list[dict[str, Any]]] = {"after": [], "before": []}
    for number in range(args.rounds):
        orders = ("after", "before") if number % 2 == 0 else ("before", "after")
        for order in orders:
            proc = subprocess.run([sys.executable, "-X", "utf8", __file__, args.file,
                                   "--child", order], env=env, capture_output=True,
                                  text=True, check=False, cwd=ROOT)
            lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
            if not lines:
                print(f"{order}: failed: {proc.stderr[-600:]}", flush=True)
                continue
            out = json.loads(lines[-1])
            runs[order].append(out)
            print(f"{order:6s} window {out['window_painted_s']:.2f} s, loaded "
                  f"{out['loaded_s']:.2f} s, both {out['done_s']:.2f} s; CPU process "
                  f"{out['process_cpu_s']:.2f} s, main thread {out['main_cpu_s']:.2f}, "
                  f"load {out['load_cpu_s']:.2f}; load average {os.getloadavg()[0]:.1f}",
                  flush=True)
    for order, done in runs.items():
        if not done:
            continue

        def median(key: str, done: list[dict[str, Any]] = done) -> float:
            return statistics.median(run[key] for run in done)

        print(f"median {order:6s}: window {median('window_painted_s'):.2f} s, loaded "
              f"{median('loaded_s'):.2f} s, both {median('done_s'):.2f} s; CPU process "
              f"{median('process_cpu_s'):.2f} s, main thread {median('main_cpu_s'):.2f}, "
              f"load {median('load_cpu_s'):.2f}; n = {len(done)}")


if __name__ == "__main__":
    main()
