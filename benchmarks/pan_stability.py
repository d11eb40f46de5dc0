"""Is a pan's picture the last one moved?  What a scroll-bar pan changes besides the move
(issue 11, session 41, frames45).

A pan could keep the last frame's picture, move it by the pan's pixels and paint only the
strip coming in, *if* nothing else changed.  This script pans the view as ``bench_view.py``
does (24 scroll-bar pans of an eighth of the view, back to back) and, after each pan,
compares:

* **pixels**: the frame painted whole (``QWidget.grab``) against the last frame's
  picture moved by the pan's pixels, over the lanes' area (``y >= LANES_TOP``) the move
  keeps (all but the strip coming in): how many pixels differ, in how many columns, and
  whether they lie within ``MAX_LABEL_PX`` of either edge (a title pinned or cut at an
  edge reaches that far) or in the middle;
* **layout**: lanes whose height, top or mode (dense / rows) changed (everything below
  them moves: the picture cannot be reused there); items on screen in both frames whose
  row, title text or place (less the move) changed, by zone; dense lanes whose bars are
  not the last frame's moved (bins counted from the view's left edge, heights scaled by
  the view's peak).

Usage::

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/pan_stability.py \\
        VIEW [WxH] [rest|norest]

``VIEW``: year, month, week, day (``frames_split_cg.py``'s window, file and start);
``WxH`` default 2560x1440; ``norest`` (default): the back-to-back frames of the bench
(``FRAMES31_NO_REST=1``: lanes packed from the view's left edge); ``rest``: after the
world's rest (lanes of rows packed from the world's chunks).  Prints one line a pan and
totals.  Qt-bound measurement, no timing.
"""

from __future__ import annotations

import os
import sys

ZONES = ("left", "middle", "right")


def zone(x: float, width: int, reach: float) -> str:
    """Where ``x`` (viewport px) lies: within ``reach`` of the left or right edge."""
    if x < reach:
        return "left"
    if x > width - reach:
        return "right"
    return "middle"


def picture(view):  # type: ignore[no-untyped-def]
    """The viewport painted whole now, as an ``(H, W)`` uint32 array."""
    import numpy as np
    from PySide6.QtGui import QImage

    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint32,
                         count=image.bytesPerLine() * height // 4)
    return data.reshape(height, image.bytesPerLine() // 4)[:, :width].copy()


def lanes_of(layout):  # type: ignore[no-untyped-def]
    """Per lane: (category, top, height, dense, items by id, bars (x, h) or None)."""
    out = []
    for lane in layout.lanes:
        items = {} if lane.dense else {item.event_id: item for item in lane.items}
        bars = None
        if lane.dense and lane.bar_x is not None:
            bars = (list(map(float, lane.bar_x)), list(map(float, lane.bar_h)))
        out.append((lane.category, lane.top, lane.height, lane.dense, items, bars))
    return out


def main() -> int:
    view_name = sys.argv[1]
    size = sys.argv[2] if len(sys.argv) > 2 else "2560x1440"
    rest = len(sys.argv) > 3 and sys.argv[3] == "rest"
    if not rest:
        os.environ["FRAMES31_NO_REST"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import numpy as np
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import entered_and_rested

    from timeline_app.ui.view_base import DENSITY_BIN_PX, LANES_TOP, MAX_LABEL_PX

    width, height = (int(v) for v in size.split("x"))
    window, frame = entered_and_rested(app, view_name, width, height)
    view = window.view
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    reach = MAX_LABEL_PX
    before_pixels = picture(view)
    before = lanes_of(view._layout())
    totals = {"pans": 0, "pixels": 0, "kept": 0, "heights": 0, "modes": 0,
              "moved_items": 0, "same_items": 0, "dense_changed": 0, "dense": 0}
    zone_px = dict.fromkeys(ZONES, 0)
    zone_items = dict.fromkeys(ZONES, 0)
    print(f"{view_name} {size} {'rest' if rest else 'no rest'}: pans of {step} px")
    print("pan  diff px (left/middle/right)      cols  lanes: h/mode  items: changed/same "
          "(text,row,x)   dense changed")
    for index in range(24):
        old_origin = view._origin
        frame(lambda: bar.setValue(bar.value() + step))
        shift = round((view._origin - old_origin) * view._px_per_day)
        after_pixels = picture(view)
        after = lanes_of(view._layout())
        w = after_pixels.shape[1]
        # the last picture moved left by ``shift``: its columns [shift, w) are now [0, w - shift)
        kept_new = after_pixels[LANES_TOP:, :w - shift]
        kept_old = before_pixels[LANES_TOP:, shift:w]
        diff = kept_new != kept_old
        cols = np.nonzero(diff.any(axis=0))[0]
        by_zone = {z: 0 for z in ZONES}
        col_counts = diff.sum(axis=0)
        for x in cols:
            by_zone[zone(float(x), w, reach)] += int(col_counts[x])
        heights = sum(1 for a, b in zip(before, after, strict=False)
                      if a[1] != b[1] or a[2] != b[2])
        modes = sum(1 for a, b in zip(before, after, strict=False) if a[3] != b[3])
        changed = {"text": 0, "row": 0, "x": 0}
        same = 0
        changed_zone = dict.fromkeys(ZONES, 0)
        dense_changed = dense = 0
        for a, b in zip(before, after, strict=False):
            if a[3] and b[3]:
                dense += 1
                if shift % DENSITY_BIN_PX:
                    dense_changed += 1  # (its bins, counted from the view's left edge, moved)
                elif a[5] is not None and b[5] is not None:
                    old = dict(zip(a[5][0], a[5][1], strict=True))
                    new = dict(zip(b[5][0], b[5][1], strict=True))
                    if any(old.get(x + shift) != h for x, h in new.items()
                           if 0 <= x < w - shift - 6 and x + shift in old):
                        dense_changed += 1
                continue
            for event_id, item in b[4].items():
                old_item = a[4].get(event_id)
                if old_item is None:
                    continue
                if old_item.marker.right() < shift or item.marker.left() >= w - shift:
                    continue  # not on screen in both frames
                what = None
                if old_item.label != item.label:
                    what = "text"
                elif (old_item.label_rect.top() - a[1]) != (item.label_rect.top() - b[1]):
                    what = "row"
                elif abs(old_item.label_rect.left() - shift - item.label_rect.left()) > 0.01:
                    what = "x"
                if what is None:
                    same += 1
                else:
                    changed[what] += 1
                    changed_zone[zone(item.marker.left(), w, reach)] += 1
        total = int(diff.sum())
        print(f"{index:3d}  {total:8d} ({by_zone['left']}/{by_zone['middle']}/{by_zone['right']})"
              f"  {len(cols):5d}  {heights:2d}/{modes:d}  "
              f"{sum(changed.values()):3d}/{same:3d} ({changed['text']},{changed['row']},"
              f"{changed['x']})  {dense_changed}/{dense}", flush=True)
        totals["pans"] += 1
        totals["pixels"] += total
        totals["kept"] += int(diff.size)
        totals["heights"] += 1 if heights else 0
        totals["modes"] += 1 if modes else 0
        totals["moved_items"] += sum(changed.values())
        totals["same_items"] += same
        totals["dense_changed"] += dense_changed
        totals["dense"] += dense
        for z in ZONES:
            zone_px[z] += by_zone[z]
            zone_items[z] += changed_zone[z]
        if os.environ.get("PAN_STABILITY_PNG") and index == 3:
            from PySide6.QtGui import QImage

            mask = np.where(diff, 0xFFFF0000, 0xFFFFFFFF).astype(np.uint32)
            mask = np.ascontiguousarray(mask)
            QImage(mask.data, mask.shape[1], mask.shape[0], mask.shape[1] * 4,
                   QImage.Format.Format_RGB32).save(os.environ["PAN_STABILITY_PNG"])
        before_pixels, before = after_pixels, after
    pans = totals["pans"]
    print(f"totals: {pans} pans; pixels of the moved picture that differ "
          f"{totals['pixels']} of {totals['kept']} "
          f"({100 * totals['pixels'] / max(1, totals['kept']):.2f} %), by zone "
          f"left {zone_px['left']} / middle {zone_px['middle']} / right {zone_px['right']}; "
          f"pans where a lane's height or top changed {totals['heights']}, a mode "
          f"{totals['modes']}; items on screen in both changed {totals['moved_items']} of "
          f"{totals['moved_items'] + totals['same_items']} (by zone left "
          f"{zone_items['left']} / middle {zone_items['middle']} / right "
          f"{zone_items['right']}); dense lanes not the last ones moved "
          f"{totals['dense_changed']} of {totals['dense']}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
