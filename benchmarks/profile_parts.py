"""The instructions of each part of the bench's pan frames, in one callgrind run (issue 11).

Usage::

    cd TREE && QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --toggle-collect='QWidget::repaint()' --callgrind-out-file=OUT \\
        .venv/bin/python benchmarks/profile_parts.py FILE [--viewport 1600x900] \\
        [--view year] [--pans 24] [--parts _paint_backdrop,_paint_lane_header,...]
    callgrind_annotate --inclusive=yes OUT | grep -E 'sys_call_tracing|_operator_call|...'

``TimelineView`` alone at ``--viewport``, ``--view`` days around the busiest day, then
``--pans`` scroll-bar pans of an eighth of the width into new territory, each painted by
``viewport().repaint()``: the frames ``bench_view.py`` times as *pan* (what makes the
p95 of most of issue 11's frame rows).  Callgrind cannot see Python functions, so each
part named in ``--parts`` (a ``TimelineView`` method, or ``module:Class.method`` of
``timeline_app.ui``) is run through its own C function that calls back into Python
(``TRAMPOLINES``, in that order): that C function's inclusive count is the part's
instructions, read from one run (the trampoline adds ~2 k a call; a part called inside
another is counted in both).  Prints which C function holds which part.  A measurement,
not a test (session 16, frames18).
"""

from __future__ import annotations

import argparse
import contextvars
import functools
import importlib
import itertools
import operator
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(os.getcwd()).resolve()
sys.path.insert(0, str(ROOT))

DAYS = {"year": 365.0, "month": 31.0, "week": 7.0, "day": 1.0}
DEFAULT_PARTS = ("_compute_layout,_paint_backdrop,_paint_lane_header,_paint_indicators,"
                 "_paint_lane_body,_paint_axis,_paint_overview,_paint_article_markers")

Call = Callable[[], Any]


def _sorted(call: Call) -> None:
    sorted([0], key=lambda _x: (call(), 0)[1])


def _filtered(call: Call) -> None:
    next(filter(lambda _x: (call(), True)[1], [0]))


#: (the C function callgrind names, a way of calling ``call`` through it)
TRAMPOLINES: tuple[tuple[str, Callable[[Call], None]], ...] = (
    ("sys_call_tracing", lambda call: sys.call_tracing(call, ())),
    ("_operator_call", lambda call: operator.call(call)),
    ("context_run", lambda call: contextvars.copy_context().run(call)),
    ("functools_reduce", lambda call: functools.reduce(lambda _x, _y: call(), [0, 0])),
    ("map_next", lambda call: next(map(lambda _x: call(), [0]))),
    ("starmap_next", lambda call: next(itertools.starmap(call, [()]))),
    ("filter_next", _filtered),
    ("builtin_sorted", _sorted),
)


def _wrap(name: str, trampoline: Callable[[Call], None]) -> None:
    from timeline_app.ui import timeline_view as tv

    owner: Any = tv.TimelineView
    if ":" in name:
        module, name = name.split(":")
        class_name, name = name.split(".")
        owner = getattr(importlib.import_module(f"timeline_app.ui.{module}"), class_name)
    method = getattr(owner, name)
    static = isinstance(vars(owner).get(name), staticmethod)

    def through(*args: Any, **kwargs: Any) -> Any:
        box: list[Any] = []
        trampoline(lambda: box.append(method(*args, **kwargs)))
        return box[0] if box else None

    setattr(owner, name, staticmethod(through) if static else through)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--viewport", default="1600x900")
    parser.add_argument("--view", default="year", choices=tuple(DAYS))
    parser.add_argument("--pans", type=int, default=24)
    parser.add_argument("--parts", default=DEFAULT_PARTS)
    args = parser.parse_args()
    parts = [part for part in args.parts.split(",") if part]
    if len(parts) > len(TRAMPOLINES):
        parser.error(f"at most {len(TRAMPOLINES)} parts a run")
    from PySide6.QtWidgets import QApplication

    from benchmarks.profile_cold import shown_view

    app = QApplication([sys.argv[0]])
    for part, (c_name, trampoline) in zip(parts, TRAMPOLINES, strict=False):
        _wrap(part, trampoline)
        print(f"{part:40s} in {c_name}")
    view, busiest = shown_view(app, args.file, args.viewport)
    vp = view.viewport()
    half = DAYS[args.view] / 2
    view.go_to_days(busiest - half, busiest + half)
    vp.repaint()
    # The style's classes, as the app's panels make them after its first paint
    # (profile_cold.py says why).
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider  # noqa: F401
    app.processEvents()
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    for _ in range(args.pans):
        bar.setValue(bar.value() + step)
        vp.repaint()
    print(f"{args.pans} pans of {step} px at {vp.width()}x{vp.height()}, {args.view}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
