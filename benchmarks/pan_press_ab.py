"""A press's work before a drag, ``PAN_REST_TILES`` on and off alternating in one process
(issue 11, session 14, branch ``pan15``).

bench_view's drag view (a year about the busiest day, ``--viewport``, default 2560x1440)
rests until its picture at rest is made; a press on empty space in its lanes
(``bench_view.drag_press_spot``); then the press's slices (``_pan_work``, run one by
one as its timer would) until every tile under the view is in the stretch's picture,
each timed in the GUI thread's CPU; then four moves past the drag's threshold, each
with its frame (``repaint``), and the release.  Prints, per run, the press's CPU to the
tiles under the view, its slices (the longest is what a move may wait behind) and the
frames' CPU, and the medians of each switch.  CPU, not wall: the machine is shared.

    PYTHONPATH=. python benchmarks/pan_press_ab.py 100000 --rounds 4
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from latency_trace import add_window_arguments, open_window


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_window_arguments(parser)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    _app, window, busy = open_window(args, "pan_press_ab")

    import bench_view
    from PySide6.QtCore import QEvent, QEventLoop, QPointF, Qt, QTimer
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.view_settings import set_in_view

    view = window.view
    viewport = view.viewport()
    width = viewport.width()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def mouse(kind: Any, at: Any, buttons: Any) -> None:
        button = (Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove
                  else Qt.MouseButton.LeftButton)
        QApplication.sendEvent(viewport, QMouseEvent(
            kind, at, QPointF(viewport.mapToGlobal(at.toPoint())), button, buttons,
            Qt.KeyboardModifier.NoModifier))

    def cpu_ms(since: float) -> float:
        return (time.thread_time() - since) * 1000

    print(f"{args.events} events at {args.viewport}, load average {os.getloadavg()[0]:.1f}")
    runs: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for rnd in range(args.rounds):
        for on in (True, False) if rnd % 2 == 0 else (False, True):
            set_in_view("PAN_REST_TILES", on)
            view.go_to_date(busy, 365.0)
            wait(1500)  # its picture at rest, the views beside, the stretch laid out
            press = bench_view.drag_press_spot(view)
            began = time.thread_time()
            mouse(QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
            slices = [cpu_ms(began)]
            pan = view._pan
            assert pan is not None

            def under_done(pan: Any = pan) -> bool:
                if pan.layout is None:
                    return False
                left = pan.margin + view._pan_shift() / pan.ratio
                return all(k in pan.painted for k in range(
                    math.floor(left / pan.tile), math.ceil((left + width) / pan.tile)))

            while not under_done():
                view._pan_timer.stop()
                began = time.thread_time()
                view._pan_work()
                slices.append(cpu_ms(began))
            x, frames = press.x(), []
            for dx in (-3, -5, -2, -7):
                x += dx
                began = time.thread_time()
                mouse(QEvent.Type.MouseMove, QPointF(x, press.y()), Qt.MouseButton.LeftButton)
                viewport.repaint()
                frames.append(cpu_ms(began))
            mouse(QEvent.Type.MouseButtonRelease, QPointF(x, press.y()), Qt.MouseButton.NoButton)
            wait(300)
            view.go_to_date(busy, 200.0)
            wait(300)
            runs[on].append((sum(slices), max(slices)))
            print(f"  round {rnd + 1}, {'on ' if on else 'off'}: press {sum(slices):5.1f} ms of "
                  f"CPU in {len(slices)} slices (longest {max(slices):4.1f}: "
                  f"{' '.join(f'{s:.1f}' for s in slices)}); the moves' frames "
                  f"{' '.join(f'{f:.1f}' for f in frames)}", flush=True)
    for on in (True, False):
        work = sorted(run[0] for run in runs[on])
        longest = sorted(run[1] for run in runs[on])
        print(f"PAN_REST_TILES {'on ' if on else 'off'}: median press {work[len(work) // 2]:.1f} "
              f"ms, median longest slice {longest[len(longest) // 2]:.1f} ms")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    sys.stdout.flush()
    os._exit(0)  # (no teardown of the window: its close would ask about the file)


if __name__ == "__main__":
    sys.exit(main())
