"""A drag's input-to-frame cost in GUI-thread CPU, robust to a loaded machine (issue 11,
session 11): bench_view's drag (a press on empty space, 60 moves of 1-8 px, a release) at
a year around the busiest day, each input posted as bench_view posts it, the event loop
then run pass by pass until that input's frame has been painted; between inputs the loop
runs for what is left of the input's period in GUI-thread CPU (16.7 ms minus its frame's
CPU), as an idle machine would give it.

Per move: ``cpu`` = GUI-thread CPU from the input's delivery to the end of its frame
(what runs between them, e.g. a timer due, counts, as in bench_view's CPU column);
``wait`` = how far the work running when the next input was due went past that time
(a slice of work ahead: the input waits for it).  ``cost`` = wait + cpu.  Prints
p50/p95/max of each, the longest timer slice, and the CPU of timers run between a move
and its frame.  The release: its CPU from delivery to the end of the first frame after
it, and the longest timer slice in the 300 ms after it (the view's own picture made
while the app waits, session 13).

Usage (from the tree whose app is measured: its package is imported first):
    cd TREE && QT_QPA_PLATFORM=offscreen python /work/wt-drag12/benchmarks/drag_cpu_model.py \\
        N WxH [ROUNDS]
"""

from __future__ import annotations

import datetime as _dt
import importlib.util
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

sys.path.insert(0, os.getcwd())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PERIOD_MS = 1000 / 60
STEPS = (-3, -5, -2, -7, -4, -6, -1, -5, -3, -8, -2, -4)  # bench_view.DRAG_STEPS
MOVES = 60


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)] if ordered else math.nan


def main() -> int:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import MainWindow

    # This file's bench_view (the tree measured may have another, or none).
    spec = importlib.util.spec_from_file_location(
        "_bench_view_beside", Path(__file__).resolve().with_name("bench_view.py"))
    assert spec is not None and spec.loader is not None
    bench_view = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_view)

    n = int(sys.argv[1])
    width, height = map(int, sys.argv[2].split("x"))
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
                         "diplomatic-timeline-bench")
    path = os.path.join(cache, f"synthetic-v3-{n}-1.json")
    with open(path.replace(".json", ".meta.json"), encoding="utf-8") as meta_file:
        busy = _dt.date.fromordinal(json.load(meta_file)["busiest_day"])
    app = QApplication([sys.argv[0]])
    window = MainWindow(timeline_io.load(path), path)
    window.show()
    app.processEvents()
    view = window.view
    viewport = view.viewport()
    for _ in range(3):
        dw, dh = width - viewport.width(), height - viewport.height()
        if not dw and not dh:
            break
        window.resize(window.width() + dw, window.height() + dh)
        app.processEvents()

    class Probe(QObject):
        """Paints of the viewport and timers' slices, in GUI-thread CPU."""

        def __init__(self) -> None:
            super().__init__()
            self.paints = 0
            self.inside = False
            self.timers: list[float] = []
            self.named: list[tuple[float, str]] = []  # the timers between a move and its frame
            self.long: list[str] = []  # timers' slices over 15 ms (DRAG_MODEL_NAMES)

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is viewport:
                self.paints += 1
            elif event.type() == QEvent.Type.Timer and not self.inside:
                self.inside = True
                c0 = time.thread_time()
                try:
                    obj.event(event)
                finally:
                    self.inside = False
                self.timers.append((time.thread_time() - c0) * 1000)
                self.named.append((self.timers[-1], names.get(id(obj), type(obj).__name__)))
                if self.timers[-1] > 15:
                    self.long.append(f"{self.named[-1][1]} {self.timers[-1]:.1f}")
                return True
            return False

    from PySide6.QtCore import QTimer

    names = {id(value): name for name, value in vars(view).items()
             if isinstance(value, QTimer)}
    probe = Probe()
    viewport.installEventFilter(probe)
    app.installEventFilter(probe)

    def one_pass() -> None:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)

    def idle(cpu_ms: float, wall_cap_s: float = 0.5) -> float:
        """Runs the loop for ``cpu_ms`` of GUI-thread CPU; returns how far its last
        piece of work went past that (ms)."""
        c0, t0 = time.thread_time(), time.perf_counter()
        while (time.thread_time() - c0) * 1000 < cpu_ms and time.perf_counter() - t0 < wall_cap_s:
            one_pass()
        return max(0.0, (time.thread_time() - c0) * 1000 - cpu_ms)

    def mouse(kind: QEvent.Type, at: QPointF, buttons: Qt.MouseButton) -> QMouseEvent:
        button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else (
            Qt.MouseButton.NoButton)
        return QMouseEvent(kind, at, QPointF(viewport.mapToGlobal(at.toPoint())), button,
                           buttons, Qt.KeyboardModifier.NoModifier)

    for rnd in range(rounds):
        view.go_to_date(busy, 365.0)
        idle(3000, 3.0)  # the view rests: its picture, the views beside, the stretch's layout
        press = bench_view.drag_press_spot(view)
        assert press is not None
        inputs = [mouse(QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)]
        x = press.x()
        for i in range(MOVES):
            x += STEPS[i % len(STEPS)]
            inputs.append(mouse(QEvent.Type.MouseMove, QPointF(x, press.y()),
                                Qt.MouseButton.LeftButton))
        inputs.append(mouse(QEvent.Type.MouseButtonRelease, QPointF(x, press.y()),
                            Qt.MouseButton.NoButton))
        cpus: list[float] = []
        waits: list[float] = []
        between: list[float] = []
        timer_slices: list[float] = []
        wait = 0.0
        release_cpu = math.nan
        release_slices: list[float] = []
        for index, event in enumerate(inputs):
            before = (view._origin, view._px_per_day)
            paints = probe.paints
            probe.timers.clear()
            probe.named.clear()
            c0 = time.thread_time()
            QApplication.postEvent(viewport, event)
            one_pass()  # the input (and any timer due)
            moved = (view._origin, view._px_per_day) != before
            timers_before_frame = sum(probe.timers)
            named = [f"{name} {ms:.1f}" for ms, name in probe.named if ms > 0.5]
            release = index == len(inputs) - 1
            for _ in range(20):
                if probe.paints > paints or not (moved or release):
                    break
                one_pass()
            cpu = (time.thread_time() - c0) * 1000
            if release:
                release_cpu = cpu
            timer_slices.extend(probe.timers)
            if moved and 0 < index < len(inputs) - 1:
                cpus.append(cpu)
                waits.append(wait)
                between.append(timers_before_frame)
                if named and os.environ.get("DRAG_MODEL_NAMES"):
                    print(f"  move {index}: {', '.join(named)} before its frame")
            probe.timers.clear()
            wait = idle(max(0.0, PERIOD_MS - cpu))
            timer_slices.extend(probe.timers)
            if release:
                release_slices = list(probe.timers)
        probe.timers.clear()
        idle(300, 0.5)
        after_release = max(release_slices + probe.timers, default=0.0)
        costs = [w + c for w, c in zip(waits, cpus, strict=True)]
        if os.environ.get("DRAG_MODEL_NAMES"):
            print(f"  slices over 15 ms: {', '.join(probe.long) or 'none'}")
        probe.long.clear()
        print(f"round {rnd + 1}: {len(cpus)} moves with a frame; cost p50/p95/max "
              f"{_pct(costs, 50):.1f}/{_pct(costs, 95):.1f}/{max(costs):.1f} ms; cpu "
              f"{_pct(cpus, 50):.1f}/{_pct(cpus, 95):.1f}/{max(cpus):.1f}; wait p95/max "
              f"{_pct(waits, 95):.1f}/{max(waits):.1f}; timers between a move and its "
              f"frame {sum(between):.1f} ms in {sum(b > 0.5 for b in between)} moves; "
              f"longest timer slice {max(timer_slices, default=0):.1f} ms; release: cpu to "
              f"its frame {release_cpu:.1f} ms, longest timer slice in 300 ms after it "
              f"{after_release:.1f} ms", flush=True)
    window.document.undo_stack.setClean()
    window.setWindowModified(False)
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
