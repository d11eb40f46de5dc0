"""A window's edge dragged over a timeline Fit All squeezes, under callgrind: 12 resize
steps of 8 px of the main window (session 40, fit44; fit43 measured ~13 ms a step).

Usage (one child per mode; the two modes are the same code, the baseline in the same run)::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/fit_squeeze_resize_cg.py MODE
    grep totals: OUT

The timeline is verify49's (``tests/ui/test_fit_squeeze_verify49.py``: 1991, 1993, then 30
events of 2024-2027, one "≈ 29 years" band), the window at 1920x1080, fitted.  ``MODE``
``drag``: each step follows the last within ``FIT_WAYS_SETTLE_MS`` (a dragged edge: the
squeeze laid out the way chosen last, ``_fit_one_way``); ``each``: each step counts as a
resize of its own (every way of the squeeze tried, as fit43 did at every step).  Only the
steps are counted (their resize events, Fit All and frames), not the settled Fit All after
them (held off: under callgrind a step outlasts ``FIT_WAYS_SETTLE_MS``).
"""

from __future__ import annotations

import os
import sys
import time


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TIMELINE_APP_SETTINGS", f"/tmp/fit_squeeze_cg_{os.getpid()}.ini")
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    sys.path.insert(0, os.path.join(here, "..", "tests", "ui"))
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import counting
    from test_fit_squeeze_verify49 import _timeline

    from timeline_app.app import create_main_window

    mode = sys.argv[1]
    window = create_main_window()
    window.resize(1920, 1080)
    window.show()
    for _ in range(20):
        app.processEvents()
    window.document.replace_timeline(_timeline(), None)
    window.view.fit_all()
    for _ in range(20):
        app.processEvents()
    view = window.view
    # The settled Fit All is held off: under callgrind a step takes longer than
    # FIT_WAYS_SETTLE_MS, and its timer would try every way between the drag's steps.
    view._fit_ways_timer.setInterval(10**8)
    steps = 0
    counting(True)
    for step in range(12):
        view._last_resize_fit = time.monotonic() if mode == "drag" else -1.0
        window.resize(1920 - 8 * (step + 1), 1080)
        app.processEvents()
        steps += 1
    counting(False)
    print("done", steps, "steps; squeezes:", len(getattr(view, "_fit_squeezes", ())), flush=True)
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
