"""Probe: a year pan's packing anchored to the world instead of the view's left edge
(issue 11, session 23, frames26: what frames23's anchored packing would save on text and
cost in layout, measured before building it).

Usage::

    cd TREE && [SEAM=1 [PAGE=1]] QT_QPA_PLATFORM=offscreen .venv/bin/python \\
        benchmarks/pan_seam_probe.py count FILE --viewport 1600x900 --view year
    cd TREE && [SEAM=1 [PAGE=1]] QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --toggle-collect='QWidget::repaint()' --callgrind-out-file=OUT \\
        .venv/bin/python benchmarks/pan_seam_probe.py parts FILE --viewport 1600x900 \\
        --view year --parts _compute_layout,_paint_lane_body,_paint_chips

Not the app's behaviour: ``TimelineView`` methods are replaced for the run (a linear scale
only).  ``SEAM=1``: each lane of rows is packed from a seam fixed in the world (the last
multiple of the view's width, in pixels of the zoom, left of the view's left edge), with
the events from the seam on, instead of from the view's left edge; items wholly left of
the view are not painted.  ``PAGE=1`` as well: the packing's right edge is fixed in the
world too (three views from the seam), so labels are no longer flipped or cut at the
view's right edge (they run off it: the "readable edges" a real build would paint as
overlays are left out).  Each frame still packs from the seam anew (nothing is kept
across pans).  ``count``: per pan, the titles drawn outside their markers that were
copied from chips or drawn afresh, by place (as ``pan_titles.py``), and the fresh ones
inside the view pan by pan; ``parts``: ``profile_parts.py``'s run (its ``--parts``).
A measurement, not a test.
"""

from __future__ import annotations

import collections
import math
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(os.getcwd()).resolve()
sys.path.insert(0, str(ROOT))

EDGE_PX = 320  # as pan_titles.py


def _anchor() -> None:
    """Replace the view's methods as ``SEAM`` and ``PAGE`` ask (see the module's text)."""
    from timeline_app.ui import timeline_view as tv

    page = os.environ.get("PAGE") == "1"
    stretches_of = tv.TimelineView._stretches_on_screen
    lane_on_screen = tv.TimelineView._lane_on_screen
    plain_items = tv.TimelineView._paint_plain_items

    def seam_x(view: Any, width: int) -> float:
        origin_px = view._origin * view._px_per_day
        return float(math.floor(origin_px / width) * width - origin_px)

    def stretches(self: Any, width: int, origin: Any = None, px_per_day: Any = None) -> Any:
        if origin is None and px_per_day is None and self._scale.is_linear:
            left = seam_x(self, width)
            return [(left, left + 3.0 * width if page else float(width))]
        return stretches_of(self, width, origin, px_per_day)

    def on_screen(self: Any, lane: Any, first_day: float, last_day: float, width: int,
                  rows: int = tv.MAX_ROWS) -> Any:
        # the lane's mode as the view decides it; its events from the seam on
        if lane_on_screen(self, lane, first_day, last_day, width, rows) is None:
            return None
        return lane.visible(self._origin + seam_x(self, width) / self._px_per_day,
                            last_day, 1 << 40)

    def plain(self: Any, painter: Any, items: Any, *rest: Any, **named: Any) -> Any:
        items = [item for item in items
                 if item.marker.right() > -2 or item.label_rect.right() > -2]
        return plain_items(self, painter, items, *rest, **named)

    tv.TimelineView._stretches_on_screen = stretches  # type: ignore[method-assign]
    tv.TimelineView._lane_on_screen = on_screen  # type: ignore[method-assign]
    tv.TimelineView._paint_plain_items = plain  # type: ignore[method-assign]


def _count(path: str, viewport: str, view_name: str, pans: int) -> None:
    from PySide6.QtWidgets import QApplication

    from benchmarks.profile_cold import shown_view
    from benchmarks.profile_parts import DAYS
    from timeline_app.ui import timeline_view as tv

    drawn: list[Any] = []
    paint_chips = tv.TimelineView._paint_chips

    def noted(self: Any, painter: Any, items: Any, *rest: Any) -> None:
        drawn.extend(item for item in items if item.label_rect.right() > 0)
        paint_chips(self, painter, items, *rest)

    tv.TimelineView._paint_chips = noted  # type: ignore[method-assign]
    app = QApplication([sys.argv[0]])
    view, busiest = shown_view(app, path, viewport)
    vp = view.viewport()
    half = DAYS[view_name] / 2
    view.go_to_days(busiest - half, busiest + half)
    vp.repaint()
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider  # noqa: F401  (profile_cold)

    app.processEvents()
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)

    def key(item: Any) -> tuple[str, float, float]:
        rect = item.label_rect
        return item.label, round(rect.width(), 3), round(rect.left() % 1, 2)

    seen = set(map(key, drawn))
    counts: collections.Counter[str] = collections.Counter()
    inside_by_pan = []
    for _ in range(pans):
        drawn.clear()
        bar.setValue(bar.value() + step)
        vp.repaint()
        width, inside = vp.width(), 0
        for item in drawn:
            counts["titles"] += 1
            if key(item) in seen:
                counts["copied"] += 1
                continue
            rect = item.label_rect
            place = ("new strip" if rect.right() > width - step else
                     "edge" if rect.left() < EDGE_PX or rect.right() > width - EDGE_PX
                     else "inside")
            inside += place == "inside"
            counts["fresh"] += 1
            counts[f"fresh, {place}"] += 1
        seen.update(map(key, drawn))
        inside_by_pan.append(inside)
    anchored = ("SEAM=1 PAGE=1" if os.environ.get("PAGE") == "1" else "SEAM=1"
                ) if os.environ.get("SEAM") == "1" else "as the app"
    print(f"{pans} pans of {step} px at {vp.width()}x{vp.height()}, {view_name}, "
          f"packed {anchored}; titles a pan:")
    for name in sorted(counts):
        print(f"  {name:20s} {counts[name] / pans:6.1f}")
    print(f"  fresh inside, pan by pan: {inside_by_pan}")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("count", "parts"))
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if os.environ.get("SEAM") == "1":
        _anchor()
    if args.what == "parts":
        from benchmarks import profile_parts

        sys.argv = [sys.argv[0], *args.rest]
        return profile_parts.main()
    counting = argparse.ArgumentParser()
    counting.add_argument("file")
    counting.add_argument("--viewport", default="1600x900")
    counting.add_argument("--view", default="year")
    counting.add_argument("--pans", type=int, default=24)
    options = counting.parse_args(args.rest)
    _count(options.file, options.viewport, options.view, options.pans)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
