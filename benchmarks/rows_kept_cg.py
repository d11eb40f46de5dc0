"""The cost of the rows kept as hints (``pack_lane``'s and the world's chunks'
``rows_before``, ``TimelineView._keep_rows_as_hints``; session 44, edit46, verify54 F13)
at 100 000 events, under callgrind.

Usage (one child a mode; the baseline is the same code in the same run)::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/rows_kept_cg.py MODE [VIEW]
    grep totals: OUT

``MODE`` ``hints``: as it is; ``none``: ``_keep_rows_as_hints`` made to keep nothing (the
packing before edit46).  ``VIEW``: ``month`` (default) or ``week`` at the synthetic
file's busiest day (``frames_split_cg.py``'s window, 1600x900, rested).  An event is
added on that day (``Document.add_event``), its frame, the view's rest and a frame
follow, not counted; counted: the view's layout made again from nothing 5 times, each
lane's world chunks packed anew (with the rows kept as hints, or none) and its titles
placed: what the hints add to the packing.
"""

from __future__ import annotations

import datetime as dt
import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import counting, entered_and_rested, rested

    from timeline_app.core import Event, FuzzyDate

    mode = sys.argv[1]
    view_name = sys.argv[2] if len(sys.argv) > 2 else "month"
    window, frame = entered_and_rested(app, view_name, 1600, 900)
    view = window.view
    if mode == "none":
        view._keep_rows_as_hints = lambda: None  # type: ignore[method-assign]
    elif mode != "hints":
        raise SystemExit(f"unknown mode {mode!r}")
    first, last = view.visible_days()
    day = dt.date.fromordinal(int((first + last) / 2))
    lane = next(lane.category for lane in view._lanes if lane.category)
    event = Event("rows-kept-bench", "Talks added in the middle of the view",
                  FuzzyDate.of_day(day), category=lane)
    frame(lambda: window.document.add_event(event))
    rested(view, app)
    frame(lambda: None)
    # Counted: the view's layout made again from nothing, 5 times: every lane's world
    # chunks packed anew (with the hints, or without) and its titles placed.  (Frames
    # and rests under callgrind count timer-driven idle work that varies by +-15 %
    # from run to run: 3.1-3.8 G for the same code.)
    counting(True)
    for _ in range(5):
        view._world_lanes.clear()
        view._layouts.clear()
        view._compute_layout()
    counting(False)
    kept = sum(map(len, view._row_hints.values()))
    print(f"{mode} {view_name}: {kept} rows kept as hints", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
