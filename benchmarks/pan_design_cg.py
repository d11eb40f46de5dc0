"""What a pan would cost as the last picture moved plus the strip coming in: its parts
counted one by one under callgrind (issue 11, session 41, frames45).

A what-if, not a frame the app makes: the view is panned as ``bench_view.py`` pans it
(scroll-bar pans of an eighth of the view, into new territory), and after each pan the
parts a moved-picture frame would be made of are run apart, one callgrind dump each:

* ``move``: the scroll bar's new value (the origin, the signals; no paint);
* ``layout``: the view's layout (``_layout``), whole, as today;
* ``copy``: the lanes' area of the last picture copied, moved by the pan, into a second
  image (``drawImage``, ``CompositionMode_Source``: frames39 measured ``QWidget.scroll``
  of the viewport at about half of this);
* ``strip``: the lanes' content of the strip coming in (``_paint(lanes_only=True)``
  clipped to it);
* ``edges``: the lanes' content within ``MAX_LABEL_PX`` of each edge (titles pinned at
  the left edge, cut at the right one, "+N" and bars' labels begun off screen: what the
  view's edge rules change at every pan, ``pan_stability.py``), two clipped paints;
* ``heads``: the lanes' names, swatches, "◀ N" / "N ▶", the axis, the overview and the
  article badges (``_paint_pan_frame``'s);
* ``idle``: ``processEvents`` (the world's chunks queued as the view reaches them).

``DESIGN_CHECK=1``: after each pan (not counted), the moved picture against the view
painted whole: how many pixels of the lanes' area differ, in dense lanes and in lanes of
rows.  ``DESIGN_WHOLE=1``: instead of copy/strip/edges/heads, ``whole``: the view painted whole
into the picture (``_paint(picture=True)``: today's frame less the overlay and the
flush), the reference in the same conditions.  Each title is first drawn where it first
appears (the strip, or the whole paint), so first-seen text is counted where a frame
would pay it.

Usage::

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/pan_design_cg.py VIEW [WxH]
    .venv/bin/python benchmarks/pan_floor_cg.py --report OUT

``VIEW``: year, month, week, day (``frames_split_cg.py``'s window and start); ``WxH``
default 2560x1440.  After the world's rest by default (the lanes of rows packed from the
world's chunks: pan-stable rows); ``FRAMES31_NO_REST=1``: none (the bench's back-to-back
frames, lanes packed from the view's left edge: nothing of a moved picture holds, see
``pan_stability.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys

PANS = 24


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from PySide6.QtCore import QRect, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import entered_and_rested

    from timeline_app.ui.style import is_dark_palette
    from timeline_app.ui.view_base import LANES_TOP, MAX_LABEL_PX, _LaneGeometry

    view_name = sys.argv[1]
    width, height = (int(v) for v in (sys.argv[2] if len(sys.argv) > 2
                                      else "2560x1440").split("x"))
    whole = bool(os.environ.get("DESIGN_WHOLE"))
    check = bool(os.environ.get("DESIGN_CHECK"))
    window, _frame = entered_and_rested(app, view_name, width, height)
    view = window.view
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    viewport = view.viewport()
    w, h = viewport.width(), viewport.height()
    images = [QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied) for _ in range(2)]
    painter = QPainter(images[0])
    view._paint(painter, picture=True)
    painter.end()
    pid = str(os.getpid())

    def control(*args: str) -> None:
        subprocess.run(["callgrind_control", *args, pid], capture_output=True, check=False)

    def lanes(painter: QPainter, clip: QRect) -> None:
        painter.setClipRect(clip)
        painter.setFont(view._label_font)
        view._paint(painter, picture=True, lanes_only=True)

    def heads(painter: QPainter) -> None:
        # (``_paint_pan_frame``'s: what is not the lanes' content)
        painter.setClipping(False)
        painter.fillRect(QRect(0, 0, w, LANES_TOP), view.palette().base())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        offset = view._content_offset()
        dark = is_dark_palette()
        painter.save()
        painter.setClipRect(view._events_area(), Qt.ClipOperation.IntersectClip)
        for index, geometry in enumerate(view._layout().lanes):
            if geometry.top + offset >= h or geometry.top + geometry.height + offset <= LANES_TOP:
                continue
            header = _LaneGeometry(geometry.category, geometry.top, geometry.height,
                                   geometry.dense)
            header.hidden, header.nearest = geometry.hidden, geometry.nearest
            header.indicator_rects = geometry.indicator_rects
            view._paint_lane(painter, header, offset, view._lane_fill(index), frozenset(),
                             dark, body=False)
        painter.restore()
        view._paint_above_lanes(painter, view._axis_segments())

    control("-z")
    control("-i", "on")
    reach = int(MAX_LABEL_PX)
    for index in range(PANS):
        old, new = images[index % 2], images[(index + 1) % 2]
        origin = view._origin
        bar.setValue(bar.value() + step)
        control("-d", f"move{index}")
        view._layout()
        control("-d", f"layout{index}")
        shift = round((view._origin - origin) * view._px_per_day)
        painter = QPainter(new)
        try:
            if whole:
                view._paint(painter, picture=True)
                control("-d", f"whole{index}")
            else:
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
                painter.drawImage(QRectF(0, LANES_TOP, w - shift, h - LANES_TOP), old,
                                  QRectF(shift, LANES_TOP, w - shift, h - LANES_TOP))
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
                control("-d", f"copy{index}")
                lanes(painter, QRect(w - shift, LANES_TOP, shift, h - LANES_TOP))
                control("-d", f"strip{index}")
                lanes(painter, QRect(0, LANES_TOP, reach, h - LANES_TOP))
                lanes(painter, QRect(w - shift - reach, LANES_TOP, reach, h - LANES_TOP))
                control("-d", f"edges{index}")
                heads(painter)
                control("-d", f"heads{index}")
        finally:
            painter.end()
        app.processEvents()
        control("-d", f"idle{index}")
        if check and not whole:
            control("-i", "off")
            print(f"pan {index}: " + differences(view, new, w, h, LANES_TOP), flush=True)
            control("-i", "on")
    control("-i", "off")
    print("done", w, h, step, flush=True)
    window.close()
    return 0


def differences(view, image, w: int, h: int, top: int) -> str:  # type: ignore[no-untyped-def]
    """``image`` (the moved picture) against the view painted whole now, lanes' area
    only: pixels that differ, in the dense lanes and in the lanes of rows."""
    import numpy as np
    from PySide6.QtGui import QImage, QPainter

    fresh = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(fresh)
    view._paint(painter, picture=True)
    painter.end()

    def pixels(picture: QImage):  # type: ignore[no-untyped-def]
        data = np.frombuffer(picture.constBits(), dtype=np.uint32,
                             count=picture.bytesPerLine() * h // 4)
        return data.reshape(h, picture.bytesPerLine() // 4)[:, :w]

    diff = pixels(fresh) != pixels(image)
    diff[:top] = False
    offset = view._content_offset()
    dense = rows = 0
    for lane in view._layout().lanes:
        a = max(top, int(lane.top + offset))
        b = min(h, int(lane.top + lane.height + offset))
        if a < b:
            if lane.dense:
                dense += int(diff[a:b].sum())
            else:
                rows += int(diff[a:b].sum())
    return f"{int(diff.sum())} pixels differ (dense lanes {dense}, lanes of rows {rows})"


if __name__ == "__main__":
    raise SystemExit(main())
