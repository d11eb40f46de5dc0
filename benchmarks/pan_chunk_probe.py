"""Probe: a pan whose lanes of rows are packed by ``chunk_packing.WorldLane``, each chunk
packed once and kept across the pans (issue 11, session 25, frames28: frames26's
``pan_seam_probe.py`` packed from a world seam anew each frame and found it a loss; this
keeps the chunks, as stage 2 would).

Usage::

    cd TREE && [CHUNKS=1] QT_QPA_PLATFORM=offscreen .venv/bin/python \\
        benchmarks/pan_chunk_probe.py count FILE --viewport 1600x900 --view year
    cd TREE && [CHUNKS=1] QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --toggle-collect='QWidget::repaint()' --callgrind-out-file=OUT \\
        .venv/bin/python benchmarks/pan_chunk_probe.py parts FILE --viewport 1600x900 \\
        --view year --parts _compute_layout,_paint_lane_body,_paint_chips

Not the app's behaviour: with ``CHUNKS=1``, ``TimelineView._pack_by_stretch`` is replaced
for the run (a linear scale with no gap's band on screen only; else the app's).  A lane of
rows is packed by a ``WorldLane`` kept on the view per (lane, zoom, width, rows, the
view's generation) with chunks as wide as the view and one row for long spans; the chunks
that meet the view give the placements (world px less the view's origin), an event
placed whose title the view did not list (its marker off screen) is left out, a label
inside a bar that starts off screen is drawn at the view's left edge, labels run
off the view's right edge (no overlay: the readable edges are stage 2's), and every event
on screen with no row joins a "+N" as ``pack_lane`` gathers them.  ``count`` and
``parts`` are ``pan_seam_probe.py``'s (titles copied or drawn afresh a pan; callgrind's
parts).  A measurement, not a test.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(os.getcwd()).resolve()
sys.path.insert(0, str(ROOT))


def _chunked() -> None:
    """Replace ``_pack_by_stretch`` as the module's text says."""
    from timeline_app.ui import timeline_view as tv
    from timeline_app.ui.chunk_packing import WorldLane
    from timeline_app.ui.layout import (
        _X0,
        SPAN_LABEL_PAD,
        Cluster,
        LaneItem,
        LanePacking,
        _join_clusters,
    )

    pack_by_stretch = tv.TimelineView._pack_by_stretch
    reach = tv.MAX_LABEL_PX + 40.0

    def world_lane(view: Any, lane: Any, max_rows: int) -> Any:
        key = (view._frame_generation, view._px_per_day, view.viewport().width(),
               lane.category, max_rows)
        kept = view.__dict__.setdefault("_probe_world_lanes", {})
        found = kept.get(key)
        if found is not None:
            return found
        ppd = view._px_per_day
        events: dict[str, Any] = {}

        def items_in(a: float, b: float, least_bar: float) -> Iterator[LaneItem]:
            first_day, last_day = (a - reach) / ppd, b / ppd
            known = view._label_cache.get
            for bucket in lane.buckets:
                if bucket.max_days * ppd < least_bar:
                    continue
                starts, ends = bucket.starts, bucket.ends
                for i in bucket.overlapping(first_day, last_day):
                    start, end = starts[i], ends[i]
                    if end < first_day or (end - start) * ppd < least_bar:
                        continue
                    event = bucket.events[i]
                    events[event.id] = event
                    if end - start == 1:
                        x0 = x1 = (start + 0.5) * ppd
                    else:
                        x0 = start * ppd
                        x1 = max(x0 + 2.0, end * ppd)
                    full = known(event.id)
                    yield (LaneItem(event.id, x0, x1, -1.0) if full is None else
                           LaneItem(event.id, x0, x1, min(full, tv.MAX_LABEL_PX),
                                    min(full, tv.MIN_LABEL_PX)))

        def measure(item: LaneItem) -> LaneItem:
            full = view._label_width(events[item.key])
            return LaneItem(item.key, item.x0, item.x1, min(full, tv.MAX_LABEL_PX),
                            min(full, tv.MIN_LABEL_PX))

        chunk_px = max(float(os.environ.get("CHUNK_VIEWS", "1")) * view.viewport().width(),
                       2 * (2 * 6.0 + 6.0 + tv.MAX_LABEL_PX + 10.0))  # (its floor)
        long_rows = min(max_rows, int(os.environ.get("LONG_ROWS", "1")))
        found = kept[key] = WorldLane(items_in, chunk_px, max_rows, long_rows=long_rows,
                                      most_width=tv.MAX_LABEL_PX, measure=measure)
        return found

    def packed(self: Any, items: list[LaneItem], max_rows: int, width: int, measure: Any,
               least: Any, stretches: Any = None, context: Any = (),
               context_item: Any = None) -> LanePacking:
        if stretches is None:
            stretches = self._stretches_on_screen(width)
        cells = dict(zip(measure.__code__.co_freevars, measure.__closure__ or (),
                         strict=True))
        on_screen = cells["on_screen"].cell_contents if "on_screen" in cells else None
        lanes = {lane.category: lane for lane in self._lanes}
        lane = lanes.get(on_screen[0][0].category) if on_screen else None
        if (len(stretches) != 1 or not self._scale.is_linear or lane is None
                or stretches[0] != (0.0, float(width))):
            return pack_by_stretch(self, items, max_rows, width, measure, least, stretches,
                                   context, context_item)
        packer = world_lane(self, lane, max_rows)
        shift = self._origin * self._px_per_day
        index = {event.id: i for i, (event, _s, _e) in enumerate(on_screen)}
        placements = {}
        for k in packer.chunks_between(shift, shift + width):
            for placement in packer.chunk(k).placements:
                i = index.get(placement.key)
                if i is not None and placement.key not in placements:
                    label_x = placement.label_x - shift
                    if placement.label_inside and label_x < SPAN_LABEL_PAD:
                        label_x = SPAN_LABEL_PAD  # a bar from off screen: its label at the edge
                    placements[placement.key] = placement._replace(key=i, label_x=label_x)
        listed = {item.key for item in items}  # (the view's items: its ``by_index``)
        chosen = [p for p in placements.values() if p.key in listed]
        placed = {p.key for p in chosen}
        every = {item.key: item for item in items}
        for i in context:
            every[i] = context_item(i)
        clusters: list[Cluster] = []
        left_out = sorted((item for i, item in every.items() if i not in placed), key=_X0)
        _join_clusters(clusters, left_out, 0, len(left_out), 0.0)
        rows = 1 + max((p.row for p in chosen), default=-1)
        return LanePacking(chosen, clusters, rows)

    tv.TimelineView._pack_by_stretch = packed  # type: ignore[method-assign]


def _rows(path: str, viewport: str, view_name: str, pans: int) -> None:
    """Per frame, the lanes of rows on screen: events given a row (their titles shown,
    inside or outside markers) and events in "+N" badges; averages over the frames."""
    from PySide6.QtWidgets import QApplication

    from benchmarks.profile_cold import shown_view
    from benchmarks.profile_parts import DAYS

    app = QApplication([sys.argv[0]])
    view, busiest = shown_view(app, path, viewport)
    vp = view.viewport()
    half = DAYS[view_name] / 2
    view.go_to_days(busiest - half, busiest + half)
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    shown = badged = 0
    for pan in range(pans + 1):
        if pan:
            bar.setValue(bar.value() + step)
        vp.repaint()
        for lane in view._layout().lanes:
            if lane.dense or lane.top >= vp.height():
                continue
            shown += sum(1 for item in lane.items
                         if item.marker.right() > 0 and item.marker.left() < vp.width())
            badged += sum(badge.count for badge in lane.badges)
    frames = pans + 1
    print(f"{view_name}: a frame shows {shown / frames:.1f} events in rows (markers on "
          f"screen) and {badged / frames:.1f} in \"+N\" badges (lanes of rows on screen)")


def main() -> int:
    import argparse

    from benchmarks import pan_seam_probe

    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("count", "parts", "rows"))
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if os.environ.get("CHUNKS") == "1":
        _chunked()
    print("packed by chunks kept across pans" if os.environ.get("CHUNKS") == "1"
          else "packed as the app")
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
    if args.what == "rows":
        _rows(options.file, options.viewport, options.view, options.pans)
    else:
        pan_seam_probe._count(options.file, options.viewport, options.view, options.pans)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
