"""Instructions of a held Shift+arrow's steps, each with its work ahead done, under
callgrind (issue 11, session 31: the 2560x1440 latency row's steps).

Usage::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/key_steps_cg.py [VIEW] [EVENTS] [WxH] [STEPS] [NAME=VALUE ...]
    grep totals: OUT

The main window on ``bench_view.py``'s synthetic file (``EVENTS``, default 100000),
its viewport ``WxH`` (default 2560x1440), ``go_to_date`` of the busiest day at
``VIEW`` (year, month, week, day; default year), six still frames and the world's rest
made explicit (as ``frames_split_cg.py``: under callgrind a frame takes seconds, so the
view's rest and its pictures made when idle are held off by their timers), then
``STEPS`` (default 16) Ctrl+Shift+Right presses (Shift+Right until edit46), each sent
to the view and followed by the event loop until the step ahead it starts is painted (in bands cut by rows and content,
``IDLE_SLICE_MS`` lifted: see below): the counted part is what a held
key's steps cost the GUI thread, frames and work ahead together, whatever the clock
(bench_view's key latency row depends on whether that fits in the 33 ms between
repeats).  ``NAME=VALUE``: a constant of the view (``ui/view_settings.set_in_view``) set for the run (a
Python literal): an A/B in one tree.
"""

from __future__ import annotations

import ast
import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from frames_split_cg import DAYS, counting, rested, window_at

    from timeline_app.ui.view_settings import set_in_view

    args = [a for a in sys.argv[1:] if "=" not in a]
    # Under callgrind a band costs 50-100 times its CPU time on a quiet machine, and the
    # slices' budgets (``_budget_bottom``, by each row's last cost) cut every band to its
    # least (MIN_BAND_ROWS): ~80 bands a picture, each paying a paint's fixed cost.  The
    # budget is lifted: bands are cut by rows (BAND_PIXELS) and content alone, as a
    # quiet machine's budget leaves them at 2560x1440.
    set_in_view("IDLE_SLICE_MS", 1e6)
    for setting in (a for a in sys.argv[1:] if "=" in a):
        name, _, value = setting.partition("=")
        set_in_view(name, ast.literal_eval(value))
    view_name = args[0] if args else "year"
    events = args[1] if len(args) > 1 else "100000"
    width, height = (int(v) for v in (args[2] if len(args) > 2 else "2560x1440").split("x"))
    steps = int(args[3]) if len(args) > 3 else 16
    window, busy = window_at(app, events, width, height)
    view = window.view
    view._world_rest_timer.setInterval(10 ** 9)
    view._picture_timer.setInterval(10 ** 9)  # (the views beside: not a step's work)
    view.go_to_date(busy, DAYS[view_name])
    for _ in range(6):
        view.viewport().repaint()
        app.processEvents()
    rested(view, app)
    view.viewport().repaint()
    app.processEvents()
    view.setFocus()
    shown = []
    counting(True)
    # (Ctrl+Shift+arrows pan: Shift alone extends the selection since edit46)
    pan = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for i in range(steps):
        QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Right,
                                               pan, "", i > 0))
        for _ in range(2000):  # the frame, then the step ahead's slices
            app.processEvents()
            if view._paint_job is None and view._move_ahead is None:
                break
        shown.append(view._shown_view == (view._origin, view._px_per_day))
    counting(False)
    print("done", view.viewport().width(), view.viewport().height(),
          f"{sum(shown)} of {steps} steps shown", flush=True)
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
