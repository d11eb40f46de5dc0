"""Fit All of a timeline with two gaps' bands, under callgrind: the ways of room it
tries (session 41, fit45).

Usage (one child per mode; the baseline is the same code in the same run)::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/fit_readable_way_cg.py MODE
    grep totals: OUT

The timeline is verify51's (``tests/ui/fit_cases/korea_verify51.json``: 1945-1954, three
events of 2018 between a "≈ 63 years" and a "≈ 6 years" band, four of 2025-2026), the
window at 1707x940 (2560x1410 at 150 %).  ``MODE`` ``three``: Fit All as it is, every way
of ``FIT_ROOM_WAYS`` tried, the readable one (fit45) included; ``two``: the first two
ways only (the set before fit45), the baseline.  Only the 5 Fit Alls are counted (each
after the view's memos are cleared by a change of width and back).
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TIMELINE_APP_SETTINGS", f"/tmp/fit_readable_cg_{os.getpid()}.ini")
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import counting

    from timeline_app.app import create_main_window
    from timeline_app.core import Timeline
    from timeline_app.io.native import load
    from timeline_app.ui import view_fit

    mode = sys.argv[1]
    if mode == "two":
        view_fit.FIT_ROOM_WAYS = view_fit.FIT_ROOM_WAYS[:2]
    elif mode != "three":
        raise SystemExit(f"unknown mode {mode!r}")
    loaded = load(os.path.join(here, "..", "tests", "ui", "fit_cases", "korea_verify51.json"))
    timeline = loaded if isinstance(loaded, Timeline) else loaded[0]
    window = create_main_window()
    window.resize(1707, 940)
    window.show()
    for _ in range(20):
        app.processEvents()
    window.document.replace_timeline(timeline, None)
    for _ in range(20):
        app.processEvents()
    view = window.view
    view._fit_ways_timer.setInterval(10**8)  # (no settled Fit All between the counted)
    for _round in range(5):
        view._fit_squeeze_memo = None
        view._fit_right_memo = None
        counting(True)
        view.fit_all()
        counting(False)
        app.processEvents()
    print(f"{mode}: way {view._fit_way_chosen}, {view.titles_not_whole()} titles not whole")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
