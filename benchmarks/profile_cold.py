"""The *cold* frame: a view laid out and painted for the first time (issue 11).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/profile_cold.py FILE \
        [--viewport 2560x1440] [--view fit|year|month|week|day] [--frames 10]
        [--pans 0] [--profile] [--parts]

``TimelineView`` alone, its viewport at ``--viewport``.  Without ``--pans``: ``--frames``
times, every cache of laid-out text the view keeps (titles' widths, elisions, static
texts, layouts, pictures) is dropped and the view (fit-all, or ``--view`` days centred
on the busiest day) is laid out and painted by ``viewport().repaint()``: the first paint
of that view in a fresh app, as ``bench_view``'s *enter* and *resize* frames are.  With
``--pans N``: N pans of an eighth of the width into new territory (nothing dropped: what
a pan brings is new by itself).  ``--keep-pixmaps``: the markers' pre-rendered pixmaps
(made once per palette, pen, fill and size, not per view) are kept across the cold frames:
a view never seen in a running app, rather than the app's first frame.  Prints process CPU (ms) p50 / p95 / max of the frames
and of ``_compute_layout`` inside them, and the frames' wall clock; ``--parts`` times the paint's parts,
``--profile`` prints cProfile's top functions (stderr).  Run it from the tree it
measures (``cd TREE && .venv/bin/python benchmarks/profile_cold.py``) to A/B two trees.
A measurement, not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(os.getcwd()).resolve()
sys.path.insert(0, str(ROOT))

DAYS = {"year": 365.0, "month": 31.0, "week": 7.0, "day": 1.0}
CACHES = ("_label_cache", "_least_cache", "_elided_cache", "_prefix_widths", "_static_texts", "_layouts",
          "_small_widths", "_bold_widths", "_name_widths")


def _drop_caches(view: Any, keep_pixmaps: bool = False) -> None:
    for name in CACHES:
        cache = getattr(view, name, None)
        if cache is not None:
            cache.clear()
    for name in () if keep_pixmaps else ("_label_pixmaps", "_marker_pixmaps"):
        cache = getattr(view, name, None)
        if cache is not None:
            cache.clear()
    view._frame_generation += 1  # no picture of the view kept


def shown_view(app: Any, path: str, viewport: str) -> tuple[Any, float]:
    """A ``TimelineView`` of the file at ``path``, shown with its viewport exactly
    ``viewport`` ("WxH", pixels), and the middle of the busiest day (a day number): what
    this script and ``profile_parts.py`` profile."""
    from benchmarks.bench_frames import _busiest_day
    from timeline_app import io as timeline_io
    from timeline_app.document import Document
    from timeline_app.selection import EventSelection
    from timeline_app.ui import timeline_view as tv

    timeline = timeline_io.load(path)
    busiest = _busiest_day(timeline) + 0.5
    vw, vh = (int(v) for v in viewport.split("x"))
    view = tv.TimelineView(Document(timeline), EventSelection())
    view.resize(vw, vh)
    view.show()
    for _ in range(3):
        app.processEvents()
        vp = view.viewport()
        view.resize(view.width() + vw - vp.width(), view.height() + vh - vp.height())
    app.processEvents()
    return view, busiest


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--viewport", default="2560x1440")
    parser.add_argument("--view", default="fit", choices=("fit", *DAYS))
    parser.add_argument("--frames", type=int, default=10)
    parser.add_argument("--pans", type=int, default=0)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--parts", action="store_true")
    parser.add_argument("--keep-pixmaps", action="store_true")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_frames import timed_layouts
    from timeline_app.ui import timeline_view as tv

    app = QApplication([sys.argv[0]])
    layout_cpu = timed_layouts(tv.TimelineView)
    parts: dict[str, list[float]] = {}
    if args.parts:
        for name in ("_paint_lane", "_paint_backdrop", "_paint_axis", "_paint_overview",
                     "_paint_article_markers", "_paint_plain_items", "_paint_indicators",
                     "_paint_density"):
            method = getattr(tv.TimelineView, name, None)
            if method is None:
                continue

            def wrapper(self: Any, *a: Any, _m: Any = method, _n: str = name, **k: Any) -> Any:
                c0 = time.process_time()
                try:
                    return _m(self, *a, **k)
                finally:
                    parts.setdefault(_n, []).append((time.process_time() - c0) * 1000)

            setattr(tv.TimelineView, name, wrapper)
    view, busiest = shown_view(app, args.file, args.viewport)
    vp = view.viewport()

    def place() -> None:
        if args.view == "fit":
            view.fit_all()
        else:
            half = DAYS[args.view] / 2
            view.go_to_days(busiest - half, busiest + half)

    place()
    vp.repaint()  # Qt's own first-paint costs (glyph caches, fonts) out of the figures
    # The style's classes, as the app's panels make them after its first paint: only then
    # does the horizontal bar repaint around its slider alone (``_PanScrollBar``); without
    # them every pan repainted the whole bar, ~3.9 M instructions (~0.8 ms) a frame at
    # 2560 px that the app does not spend (session 15, frames16).
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider  # noqa: F401
    app.processEvents()
    frames: list[float] = []
    walls: list[float] = []
    layouts: list[float] = []
    profiler = cProfile.Profile() if args.profile else None
    for part in parts.values():
        part.clear()
    n = args.pans or args.frames
    for _ in range(n):
        if args.pans:
            def change() -> None:
                view.horizontalScrollBar().setValue(
                    view.horizontalScrollBar().value() + vp.width() // 8)
        else:
            def change() -> None:
                _drop_caches(view, args.keep_pixmaps)
                place()
        n0 = len(layout_cpu)
        if profiler:
            profiler.enable()
        c0, t0 = time.process_time(), time.perf_counter()
        change()
        vp.repaint()
        frames.append((time.process_time() - c0) * 1000)
        walls.append((time.perf_counter() - t0) * 1000)
        if profiler:
            profiler.disable()
        layouts.append(sum(layout_cpu[n0:]))

    def stats(values: list[float]) -> str:
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        return f"{statistics.median(ordered):6.2f} {p95:6.2f} {ordered[-1]:6.2f}"

    print(f"viewport {vp.width()}x{vp.height()} view {args.view} "
          f"{'pans' if args.pans else 'cold'} x{n}; items {len(view._layout().items_by_id)}")
    print(f"  frame  cpu p50/p95/max {stats(frames)}")
    print(f"  layout cpu p50/p95/max {stats(layouts)}")
    print(f"  frame wall p50/p95/max {stats(walls)}")
    for name, values in sorted(parts.items()):
        print(f"  {name:<24} per frame {sum(values) / n:6.2f} ms ({len(values)} calls)")
    if profiler:
        st = pstats.Stats(profiler, stream=sys.stderr)
        st.sort_stats("tottime").print_stats(30)
        st.sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
