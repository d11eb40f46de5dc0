"""The packing's cost over a pan run: today's ``pack_lane`` from the view's left edge at
every frame against ``chunk_packing.WorldLane``'s chunks, each packed once and kept
(issue 11, session 25, frames28, stage 1).

Usage::

    cd TREE && QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --toggle-collect=sys_call_tracing --toggle-collect=functools_reduce \\
        --callgrind-out-file=OUT .venv/bin/python benchmarks/chunk_packing_cost.py FILE \\
        --viewport 1600x900 --view year --mode today|chunks [--chunk-px 1600]
    callgrind_annotate --inclusive=yes OUT | grep -E 'sys_call_tracing|functools_reduce'

``TimelineView`` at ``--viewport``, ``--view`` days around the busiest day (as
``profile_parts.py``), then ``--pans`` scroll-bar pans of an eighth of the width: the
view's origin at each of the 25 frames is read, nothing is painted.  The lanes of rows
are those of the first frame's layout, with its rows (``_lane_room``).  Titles are
measured beforehand by the view (``_label_width``, ``_least_label_width``) and handed to
both packings through a dict, so shaping is out of both counts; how many titles each
packing asks to be measured is printed instead (the view shapes each once, ever).

``today``: per frame and lane, the lane's events on screen made into items as
``_layout_steps`` makes them (viewport px, keys their indices) and ``pack_lane``'d with
the view's edges (no "context" spans: the few wide spans are items).  ``chunks``: per
lane a ``WorldLane`` (world px, keys event ids, ``--chunk-px`` wide chunks, one long
row), and per frame the chunks that meet the view (packed once, then kept).  The enter
(the first frame) runs inside ``sys_call_tracing``, the 24 pans inside
``functools_reduce``: their inclusive counts are the two parts.  A measurement, not a
test.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(os.getcwd()).resolve()
sys.path.insert(0, str(ROOT))

DAYS = {"year": 365.0, "month": 31.0, "week": 7.0, "day": 1.0}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--viewport", default="1600x900")
    parser.add_argument("--view", default="year", choices=tuple(DAYS))
    parser.add_argument("--pans", type=int, default=24)
    parser.add_argument("--mode", choices=("today", "chunks"), required=True)
    parser.add_argument("--chunk-px", type=float, default=0.0,
                        help="the chunks' width (default: the view's width)")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from benchmarks.profile_cold import shown_view
    from timeline_app.ui import timeline_view as tv
    from timeline_app.ui.chunk_packing import WorldLane
    from timeline_app.ui.layout import LaneItem, pack_lane

    app = QApplication([sys.argv[0]])
    view, busiest = shown_view(app, args.file, args.viewport)
    half = DAYS[args.view] / 2
    view.go_to_days(busiest - half, busiest + half)
    view.viewport().repaint()
    app.processEvents()
    width = view.viewport().width()
    ppd = view._px_per_day
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    origins = [view._origin]
    for _ in range(args.pans):
        bar.setValue(bar.value() + step)
        origins.append(view._origin)
    assert view._scale.is_linear and view._px_per_day == ppd
    layout = view._layout()
    rooms = view._lane_room()
    lanes = [(lane, rooms[i][0]) for i, (lane, geometry) in
             enumerate(zip(view._lanes, layout.lanes, strict=True)) if not geometry.dense]
    print(f"{len(lanes)} lanes of rows ({', '.join(str(r) for _l, r in lanes)} rows), "
          f"{width} px, {ppd:.3f} px a day, pans of {step} px")
    most, fewest = tv.MAX_LABEL_PX, tv.MIN_LABEL_PX
    reach_days = (tv.MAX_LABEL_PX + 40) / ppd
    widths: dict[str, tuple[float, float]] = {}
    least: dict[str, float] = {}
    first = min(origins) - 1.5 * width / ppd - reach_days
    last = max(origins) + 2.5 * width / ppd
    for lane, _rows in lanes:
        for event, _s, _e in lane.visible(first, last, 1 << 40) or ():
            full = view._label_width(event)
            widths[event.id] = (min(full, most), min(full, fewest))
            least[event.id] = min(view._least_label_width(event), most)
    asked: list[str] = []

    if args.mode == "today":
        known: dict[str, tuple[float, float]] = {}

        def frame(origin: float) -> None:
            first_day, last_day = origin, origin + width / ppd
            for lane, rows in lanes:
                on_screen = lane.visible(first_day, last_day, 1 << 40) or []
                items = []
                for index, (event, start, end) in enumerate(on_screen):
                    if end - start == 1:
                        x0 = x1 = (start + 0.5 - origin) * ppd
                    else:
                        x0 = (start - origin) * ppd
                        x1 = max(x0 + 2.0, (end - origin) * ppd)
                    pair = known.get(event.id)
                    items.append(LaneItem(index, x0, x1, -1.0) if pair is None else
                                 LaneItem(index, x0, x1, *pair))
                items.sort(key=lambda it: it.x0)

                def measure(item: LaneItem, on_screen: Any = on_screen) -> LaneItem:
                    event_id = on_screen[item.key][0].id
                    asked.append(event_id)
                    pair = known[event_id] = widths[event_id]
                    return LaneItem(item.key, item.x0, item.x1, *pair)

                def least_width(item: LaneItem, on_screen: Any = on_screen) -> float:
                    return least[on_screen[item.key][0].id]

                pack_lane(items, rows, view_left=0.0, view_right=float(width),
                          measure=measure, least_width=least_width, most_width=most,
                          badge_row=True)
    else:
        chunk_px = args.chunk_px or float(width)
        reach = tv.MAX_LABEL_PX + 40.0

        events_by_id: dict[str, Any] = {}

        def world(lane: Any, dry: bool = False
                  ) -> Callable[[float, float, float], Iterator[LaneItem]]:
            def items_in(a: float, b: float, least_bar: float) -> Iterator[LaneItem]:
                # as ``_Lane.visible``, skipping the length buckets all too short; an
                # iterator (``WorldLane`` may stop early)
                first_day, last_day = (a - reach) / ppd, b / ppd
                for bucket in lane.buckets:
                    if bucket.max_days * ppd < least_bar:
                        continue
                    found = bucket.overlapping(first_day, last_day)
                    events, starts, ends = bucket.events, bucket.starts, bucket.ends
                    for i in found:
                        start, end = starts[i], ends[i]
                        if end < first_day or (end - start) * ppd < least_bar:
                            continue
                        event = events[i]
                        if dry:
                            events_by_id[event.id] = event
                        if end - start == 1:
                            x0 = x1 = (start + 0.5) * ppd
                        else:
                            x0 = start * ppd
                            x1 = max(x0 + 2.0, end * ppd)
                        yield LaneItem(event.id, x0, x1, -1.0)
            return items_in

        def measure(item: LaneItem) -> LaneItem:
            asked.append(item.key)
            return LaneItem(item.key, item.x0, item.x1, *widths[item.key])

        def measure_dry(item: LaneItem) -> LaneItem:
            if item.key not in widths:  # the chunks reach past the view: measured too
                full = view._label_width(events_by_id[item.key])
                widths[item.key] = (min(full, most), min(full, fewest))
            return LaneItem(item.key, item.x0, item.x1, *widths[item.key])

        # A dry run first (not counted), so that every title the chunks need is measured.
        packers = [WorldLane(world(lane, True), chunk_px, rows, long_rows=1,
                             most_width=most, measure=measure_dry) for lane, rows in lanes]
        for origin in origins:
            for packer in packers:
                for k in packer.chunks_between(origin * ppd, (origin * ppd) + width):
                    packer.chunk(k)
        packers = [WorldLane(world(lane), chunk_px, rows, long_rows=1,
                             most_width=most,
                             measure=measure) for lane, rows in lanes]

        def frame(origin: float) -> None:
            for packer in packers:
                for k in packer.chunks_between(origin * ppd, (origin * ppd) + width):
                    packer.chunk(k)

    import time

    began = time.perf_counter()
    sys.call_tracing(lambda: frame(origins[0]), ())
    entered = time.perf_counter()
    functools.reduce(lambda _x, _y: [frame(o) for o in origins[1:]], [0, 0])
    ended = time.perf_counter()
    print(f"wall clock: the enter {1000 * (entered - began):.1f} ms, the pans "
          f"{1000 * (ended - entered):.1f} ms (noisy; callgrind's counts are the measure)")
    if args.mode == "chunks":
        print(f"chunks packed: {sum(len(p._parts) for p in packers)}, seams: "
              f"{sum(len(p._seams) for p in packers)}, chunk {chunk_px:.0f} px")
    print(f"titles measured: {len(asked)} ({len(set(asked))} distinct)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
