"""Which titles a scroll-bar pan draws afresh, and why (issue 11, session 23, frames26).

Usage::

    cd TREE && QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/pan_titles.py FILE \\
        [--viewport 1600x900] [--view year] [--pans 24]

``TimelineView`` alone (``profile_cold.shown_view``), ``--view`` days around the busiest
day, then ``--pans`` scroll-bar pans of an eighth of the width into new territory, each
painted by ``viewport().repaint()`` (``profile_parts.py``'s frames).  Every title drawn
outside its marker goes through ``TimelineView._paint_chips``, which copies a chip when
the same title was drawn before at the same place to the device pixel and otherwise
shapes and draws it (~320 k instructions a title at 100 000 events, against a copy's
tens of thousands: frames26).  Per pan, on average, it prints how many titles were:

* ``copied``: the same title text, box width and sub-pixel phase as one drawn before;
* ``fresh``: the rest, by cause — ``new event`` (its event never had a title in these
  pans: it entered the view, or left a "+N" as the rows were dealt again), ``other
  text`` (its event had another title text: elided to another width — cut before the
  next item of its row, or at the view's edge), ``other box`` (the same text at another
  fraction of a pixel or box width: flipped to the other side of its marker) — and by
  place: ``new strip`` (ends in the eighth that came into view), ``edge`` (within
  ``EDGE_PX`` of either edge, where labels are clamped, flipped and cut to the view),
  ``inside`` (the rest: what a layout that does not change under a pan would not draw
  again).

A measurement, not a test.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(os.getcwd()).resolve()
sys.path.insert(0, str(ROOT))

DAYS = {"year": 365.0, "month": 31.0, "week": 7.0, "day": 1.0}
EDGE_PX = 320  # MAX_LABEL_PX and more: where the view's edges decide a label's place


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--viewport", default="1600x900")
    parser.add_argument("--view", default="year", choices=tuple(DAYS))
    parser.add_argument("--pans", type=int, default=24)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from benchmarks.profile_cold import shown_view
    from timeline_app.ui import timeline_view as tv

    app = QApplication([sys.argv[0]])
    drawn: list[Any] = []
    paint_chips = tv.TimelineView._paint_chips

    def noted(self: Any, painter: Any, items: Any, *rest: Any) -> None:
        drawn.extend(items)
        paint_chips(self, painter, items, *rest)

    tv.TimelineView._paint_chips = noted  # type: ignore[method-assign]
    view, busiest = shown_view(app, args.file, args.viewport)
    vp = view.viewport()
    half = DAYS[args.view] / 2
    view.go_to_days(busiest - half, busiest + half)
    vp.repaint()
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider  # noqa: F401  (profile_cold)

    app.processEvents()
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    width = vp.width()
    texts: dict[str, set[str]] = collections.defaultdict(set)
    boxes: set[tuple[str, float, float]] = set()

    def box(item: Any) -> tuple[str, float, float]:
        rect = item.label_rect
        return item.label, round(rect.width(), 3), round(rect.left() % 1, 2)

    def note(items: list[Any]) -> None:
        for item in items:
            texts[item.event_id].add(item.label)
            boxes.add(box(item))

    note(drawn)
    counts: collections.Counter[str] = collections.Counter()
    for _ in range(args.pans):
        drawn.clear()
        bar.setValue(bar.value() + step)
        vp.repaint()
        for item in drawn:
            if box(item) in boxes:
                counts["copied"] += 1
                continue
            rect = item.label_rect
            place = ("new strip" if rect.right() > width - step else
                     "edge" if rect.left() < EDGE_PX or rect.right() > width - EDGE_PX
                     else "inside")
            cause = ("new event" if item.event_id not in texts else
                     "other box" if item.label in texts[item.event_id] else "other text")
            counts["fresh"] += 1
            counts[f"fresh, {cause}"] += 1
            counts[f"fresh, {place}"] += 1
            counts[f"fresh, {cause}, {place}"] += 1
        note(drawn)
    print(f"{args.pans} pans of {step} px at {vp.width()}x{vp.height()}, {args.view}; "
          f"titles a pan:")
    for key in sorted(counts):
        print(f"  {key:32s} {counts[key] / args.pans:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
