"""How many events keep a row: ``pack_lane`` with the view's edges against
``chunk_packing.WorldLane``'s chunks, the pure functions side by side (issue 11, session
25, frames28).

Usage::

    cd TREE && QT_QPA_PLATFORM=offscreen .venv/bin/python \\
        benchmarks/chunk_packing_density.py FILE [--viewport 1600x900] [--view year]

``TimelineView`` at ``--viewport``, ``--view`` days around the busiest day (as
``profile_parts.py``); its lanes of rows and their rows.  At 7 origins (the view and 6
more, 800 px apart) each lane's events on screen are packed by ``pack_lane`` with the
view's edges (``badge_row`` as the view asks) and by ``WorldLane``s of chunks 1, 2 and 4
views wide (one long row, or none); printed: per frame, the events given a row whose
marker is on screen, summed over the lanes.  Titles are measured by the view.  Not the
view's own layout (``pan_chunk_probe.py rows`` is): no context spans, no lanes below the
fold left out.  A measurement, not a test.
"""

from __future__ import annotations

import argparse
import os
import sys
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
    width, ppd = view.viewport().width(), view._px_per_day
    layout, rooms = view._layout(), view._lane_room()
    lanes = [(lane, rooms[i][0]) for i, (lane, geometry)
             in enumerate(zip(view._lanes, layout.lanes, strict=True)) if not geometry.dense]
    most, fewest = tv.MAX_LABEL_PX, tv.MIN_LABEL_PX

    def item_of(event: Any, start: int, end: int, shift: float) -> LaneItem:
        if end - start == 1:
            x0 = x1 = (start + 0.5) * ppd - shift
        else:
            x0 = start * ppd - shift
            x1 = max(x0 + 2.0, end * ppd - shift)
        full = view._label_width(event)
        return LaneItem(event.id, x0, x1, min(full, most), min(full, fewest))

    shown: dict[str, int] = {}
    frames = 7
    for frame in range(frames):
        origin = view._origin + frame * 800 / ppd
        shift = origin * ppd
        for lane, rows in lanes:
            events = lane.visible(origin, origin + width / ppd, 1 << 40) or []
            items = sorted((item_of(e, s, t, shift) for e, s, t in events),
                           key=lambda it: (it.x0, it.key))
            on_screen = {it.key for it in items if it.x1 >= 0 and it.x0 <= width}
            packing = pack_lane(items, rows, 0.0, float(width), most_width=most,
                                badge_row=True)
            name = "pack_lane, the view's edges"
            shown[name] = shown.get(name, 0) + sum(p.key in on_screen
                                                   for p in packing.placements)
            for views, long_rows in ((1, 1), (1, 0), (2, 1), (4, 1)):
                def items_in(a: float, b: float, least: float, lane: Any = lane
                             ) -> list[LaneItem]:
                    found = lane.visible((a - most - 40) / ppd, b / ppd, 1 << 40) or []
                    made = (item_of(e, s, t, 0.0) for e, s, t in found)
                    return [it for it in made if it.x1 - it.x0 >= least]

                chunk_px = max(views * width, 2 * (2 * 6.0 + 6.0 + most + 10.0))
                packer = WorldLane(items_in, chunk_px, rows, long_rows=long_rows,
                                   most_width=most)
                placed = {p.key for k in packer.chunks_between(shift, shift + width)
                          for p in packer.chunk(k).placements}
                name = f"chunks {views} view(s) wide, long rows {long_rows}"
                shown[name] = shown.get(name, 0) + len(placed & on_screen)
    print(f"{args.view} at {width} px, {len(lanes)} lanes of rows, {frames} frames; "
          "events in rows with their marker on screen, a frame:")
    for name, count in shown.items():
        print(f"  {name:40s} {count / frames:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
