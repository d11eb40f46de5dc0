"""The instructions of named parts of ``frames_split_cg.py``'s 24 pans, in one callgrind run
(issue 11, session 34, frames37: the table of where a 2560x1440 year and month pan go).

Usage::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/frames_parts_cg.py VIEW PART[,PART...] [WxH]
    callgrind_annotate --inclusive=yes OUT | grep -E \\
        'sys_call_tracing \\[|_operator_call \\[|context_run \\[|functools_reduce \\[|starmap_next \\['

The main window on ``bench_view.py``'s 100 000-event file at ``WxH`` (default 2560x1440),
``go_to_date`` of its busiest day at ``VIEW`` (year, month, week, day), six still frames
and the world's rest, then 24 scroll-bar pans of an eighth of the view, each a step, a
``repaint`` and ``processEvents`` (as ``frames_split_cg.py ... pans``, the picture timer
and the rest held off): only the pans are counted.  Each of up to five parts (a
``TimelineView`` method, or ``module:Class.method`` of ``timeline_app.ui``) runs through
one of ``profile_parts.py``'s C trampolines that the app's own code never calls
(``sys_call_tracing``, ``_operator_call``, ``context_run``, ``functools_reduce``,
``starmap_next``, in that order; ``profile_parts``' ``map_next`` and ``builtin_sorted``
also count the app's own ``map`` and ``sorted`` calls), so its inclusive count is the
part's (a part called inside another is counted in both; ~2 k instructions a call for the
trampoline).  Prints which C function holds which part.

``FRAMES31_NO_REST=1``: no rest before the pans, as in ``bench_view.py``'s frame sessions,
whose frames come back to back so that the view never rests there: its pans are packed by
``pack_lane`` from the view's edges, not from the world's chunks (session 36, frames39:
2 143.7 M against 1 846.4 M for a year's 24 pans at 2560x1440).
"""

from __future__ import annotations

import os
import sys

FREE_TRAMPOLINES = ("sys_call_tracing", "_operator_call", "context_run", "functools_reduce",
                    "starmap_next")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import counting, entered_and_rested
    from profile_parts import TRAMPOLINES, _wrap

    view_name, parts = sys.argv[1], [p for p in sys.argv[2].split(",") if p]
    free = [t for t in TRAMPOLINES if t[0] in FREE_TRAMPOLINES]
    if len(parts) > len(free):
        raise SystemExit(f"at most {len(free)} parts a run")
    for part, (c_name, trampoline) in zip(parts, free, strict=False):
        _wrap(part, trampoline)
        print(f"{part:40s} in {c_name}")
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3
                                      else "2560x1440").split("x"))
    window, frame = entered_and_rested(app, view_name, width, height)
    view = window.view
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    counting(True)
    for _ in range(24):
        frame(lambda t=bar.value() + step: bar.setValue(t))
    counting(False)
    print("done", view.viewport().width(), view.viewport().height(), flush=True)
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
