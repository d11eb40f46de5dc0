"""Where a back-to-back pan frame's instructions go, frame by frame, under callgrind: the
floor of the pan rows of issue 11 (session 40, frames44).

``bench_view.py``'s frame rows at 100 000 events and 2560x1440 judge the p95 of 24
scroll-bar pans of an eighth of the view, back to back (no rest, no work ahead), with the
enter, stills and hovers.  This script separates what such a frame is made of, one
callgrind dump a frame (``callgrind_control -d``):

* ``kept``: 3 repaints of the same view, layout and picture kept (the picture's copy);
* ``relaid``: 3 repaints after ``_invalidate`` (the view laid out and painted again,
  every title measured, elided and kept as a chip before);
* ``pan``: 24 pans into new territory (``bench_view.py``'s);
* ``back``: 8 pans back over that territory (titles measured, chips kept; the layouts of
  views seen may be kept too);
* ``again``: 8 pans forward again.

Usage (the child under callgrind, then the report of its dumps)::

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/pan_floor_cg.py VIEW [WxH]
    .venv/bin/python benchmarks/pan_floor_cg.py --report OUT

``VIEW``: year, month, week, day, as ``frames_split_cg.py`` (its window, file and
``entered_and_rested`` with ``FRAMES31_NO_REST=1``: the back-to-back frames of the
bench); ``WxH`` default 2560x1440.  ``NO_SHAPING=1``: the application's font with
``QFont.PreferNoShaping`` (Latin text laid out without HarfBuzz: no kerning), to see what
shaping costs; not what the app draws.

Session 43 (frames47): ``PAN_AFTER_REST=1`` makes the pans after the view's rest
(``entered_and_rested``'s ``rested``: its world chunks packed and swapped in, as after a
user's pause), not straight after the enter.

Session 41 (frames45): ``PAN_WAY=drag`` makes the same pans as a mouse drag (a press,
six frames, then moves with the button held: ``_Pan``'s stretch laid out and painted in
tiles, its titles riding with the world until the release; parts ``press``, ``warm``,
``pan``, ``back``, ``again``).  Its per-frame counts are not its frames' cost: the
stretch's work ahead runs in slices timed by the wall clock (``_pan_slice_ms``), which
callgrind slows ~50 times, so the work left undone lands in the frame that leaves the
stretch; compare the parts' sums, or time it: ``--cpu VIEW [WxH]`` runs the same frames
without callgrind and prints each part's process CPU a frame (ms: the GUI thread and
Qt's own threads), its median, p95 and max.  The report prints p95 too (nearest rank).

Session 46 (frames50): with ``PAN_AFTER_REST=1`` the ``relaid`` part lays the view out
again keeping the world's chunks (``_invalidate(lanes=False)``); before, its
``_invalidate()`` started a new generation of the lanes, so the pans counted after it
were dealt by ``pack_lane`` as without a rest (frames47-49's callgrind rows "after the
rest" were such pans; their process-CPU rows, made by other scripts, were not).

``LAYOUT_TWICE=1`` (frames50) computes each layout twice, the second dropped: the
difference from a run without it is the layout's cost (12.1 M of a 2560x1440 year pan
after the rest, 20.4 M without a rest).

Session 47 (frames51): ``PAN_WORLD=first`` (without ``PAN_AFTER_REST``) turns the world's
chunks on for the view's zoom at the first pan (``_world_at`` set, as the ride does, with
nothing else of the ride): that frame packs every chunk the view's lanes of rows meet, the
later ones the chunks they newly meet (and a lane turning from a density into rows, all
of its own), the bench's back-to-back pans packed from the world from then on.  Not what
the app does: the measure of frames51's question, whether packing only the chunks a pan
newly exposes costs less than ``pack_lane`` from the view's edge.

Session 45 (frames49): ``RIDE=1`` turns ``view_ride.RIDE_PANS`` on for the run,
``RIDE=moved`` ``RIDE_MOVED_PICTURES`` too (both off in the app); ``AHEAD=N`` (with
``PAN_AFTER_REST=1``) packs, after the rest and before anything is counted, every world
chunk within ``N`` views and a title's reach of the view on either side (the pans then
meet no chunk to pack: the ride's frames as they would be with its chunks packed far
enough ahead).  ``--clip VIEW [WxH]``: the process CPU of one paint of the view's lanes
(``_paint(..., lanes_only=True)``, its layout kept) into an image, whole and clipped to
strips at its right edge 640, 320, 160 and 8 px wide: what a moved picture's clipped
paints cost against their width.
"""

from __future__ import annotations

import glob
import math
import os
import re
import statistics
import subprocess
import sys

PARTS = (("kept", 3), ("relaid", 3), ("pan", 24), ("back", 8), ("again", 8))


def child(view_name: str, size: str, cpu: bool = False) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not os.environ.get("PAN_AFTER_REST"):
        os.environ["FRAMES31_NO_REST"] = "1"
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    ride = os.environ.get("RIDE")
    if ride:
        from timeline_app.ui import view_ride

        view_ride.RIDE_PANS = True
        view_ride.RIDE_MOVED_PICTURES = ride == "moved"
    if os.environ.get("NO_SHAPING"):
        from PySide6.QtGui import QFont

        font = app.font()
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        app.setFont(font)
    from frames_split_cg import entered_and_rested

    if os.environ.get("LAYOUT_TWICE"):
        layout_twice()
    width, height = (int(v) for v in size.split("x"))
    window, frame = entered_and_rested(app, view_name, width, height)
    view = window.view
    if os.environ.get("AHEAD") and os.environ.get("PAN_AFTER_REST"):
        pack_ahead(view, float(os.environ["AHEAD"]))
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    pid = str(os.getpid())

    def control(*args: str) -> None:
        subprocess.run(["callgrind_control", *args, pid], capture_output=True, check=False)

    # A relaid frame after the rest keeps the world's chunks (``_invalidate(lanes=False)``,
    # as a resize does): ``_invalidate()`` bumps the lanes' generation, and every pan
    # counted after it was ``pack_lane``'s, not the world's (session 46, frames50).
    relaid = ((lambda: view._invalidate(lanes=False)) if os.environ.get("PAN_AFTER_REST")
              else view._invalidate)
    def world_at_first() -> None:
        # ``PAN_WORLD=first``: the first pan turns the world's chunks on (frames51)
        if view._world_at != view._world_here():
            view._world_at = view._world_here()
            view._world_note_seen(view._world_at)

    def pan() -> None:
        bar.setValue(bar.value() + step)
        if os.environ.get("PAN_WORLD") == "first" and not os.environ.get("PAN_AFTER_REST"):
            world_at_first()

    steps = {"kept": lambda: None, "relaid": relaid,
             "pan": pan,
             "back": lambda: bar.setValue(bar.value() - step),
             "again": lambda: bar.setValue(bar.value() + step)}
    parts = PARTS
    if os.environ.get("PAN_WAY") == "drag":
        parts, steps = drag_steps(view, step)
    if cpu:
        import time

        times: dict[str, list[float]] = {}
        for part, count in parts:
            for _index in range(count):
                began = time.process_time()
                frame(steps[part])
                times.setdefault(part, []).append((time.process_time() - began) * 1000)
        way = os.environ.get("PAN_WAY") or "scroll"
        for part, frames in times.items():
            print(f"{way:6} {view_name:5} {size:9} " + summary(part, frames, "ms"), flush=True)
        window.close()
        return 0
    control("-z")
    control("-i", "on")
    for part, count in parts:
        for index in range(count):
            frame(steps[part])
            control("-d", f"{part}{index}")
    control("-i", "off")
    print("done", flush=True)
    window.close()
    return 0


def layout_twice() -> None:
    """``LAYOUT_TWICE=1``: each layout the view computes is computed a second time at once,
    its result dropped (the caches the first warmed: nothing new measured, elided or
    packed); against a run without it, the difference is what a layout costs."""
    from timeline_app.ui.timeline_view import TimelineView

    once = TimelineView._compute_layout

    def twice(self):  # type: ignore[no-untyped-def]
        layout = once(self)
        once(self)
        return layout

    TimelineView._compute_layout = twice  # type: ignore[method-assign]


def pack_ahead(view, views: float) -> None:  # type: ignore[no-untyped-def]
    """``AHEAD``: every world chunk of the view's lanes of rows within ``views`` view
    widths and a title's reach (``MAX_LABEL_PX``) of the view on either side packed now,
    by the view's own slices (``_world_slice``, its wait for a pause in the inputs
    bypassed), before anything is counted."""
    from timeline_app.ui import view_layout

    width = view.viewport().width()
    shift = view._origin * view._px_per_day
    reach = (view_layout.MAX_LABEL_PX + view_layout.POINT_RADIUS + view_layout.LABEL_GAP
             + views * width)
    for lane, rows in view._layout().world_lanes or []:
        view._want_chunks_ahead(view._world_rows(lane, rows).packer, shift - reach,
                                shift + width + reach, width)
    for _ in range(100_000):
        if not view._chunks_ahead:
            break
        view._input_at = view._moved_at = 0.0  # (no input to wait for)
        view._world_slice()


def clip_costs(view_name: str, size: str) -> int:
    """``--clip``: one paint of the view's lanes (its layout kept), whole and clipped to
    strips at the right edge, process CPU a paint (ms, the median of 20)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FRAMES31_NO_REST"] = "1"
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import time

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import entered_and_rested

    width, height = (int(v) for v in size.split("x"))
    window, _frame = entered_and_rested(app, view_name, width, height)
    view = window.view
    viewport = view.viewport()
    w, h = viewport.width(), viewport.height()
    image = QImage(w, h, QImage.Format.Format_RGB32)

    def paint(clip: QRect | None) -> None:
        painter = QPainter(image)
        if clip is not None:
            painter.setClipRect(clip)
        view._paint(painter, picture=True, lanes_only=True)
        painter.end()

    for _ in range(3):
        paint(None)
    for strip in (None, 640, 320, 160, 8):
        clip = None if strip is None else QRect(w - strip, 0, strip, h)
        times = []
        for _ in range(20):
            began = time.process_time()
            paint(clip)
            times.append((time.process_time() - began) * 1000)
        what = "whole" if strip is None else f"{strip} px"
        print(f"clip  {view_name:5} {size:9} {what:>8}: {statistics.median(times):6.2f} ms",
              flush=True)
    window.close()
    return 0


def drag_steps(view, step: int):  # type: ignore[no-untyped-def]
    """``PAN_WAY=drag``: the same pans made as a mouse drag (``drag_pans_cg.py``'s: a
    press at 90 % of the width, 60 % of the height, six frames, then moves of ``step``
    to the left with the button held, back and forward again): ``_Pan``'s stretch, whose
    titles ride with the world until the release."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport = view.viewport()
    y = viewport.height() * 0.6
    at = [viewport.width() * 0.9]

    def mouse(kind: QEvent.Type, dx: float) -> None:
        at[0] += dx
        pos = QPointF(at[0], y)
        button = (Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove
                  else Qt.MouseButton.LeftButton)
        QApplication.sendEvent(viewport, QMouseEvent(
            kind, pos, viewport.mapToGlobal(pos.toPoint()).toPointF(), button,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    parts = (("press", 1), ("warm", 6), ("pan", 24), ("back", 8), ("again", 8))
    move = QEvent.Type.MouseMove
    steps = {"press": lambda: mouse(QEvent.Type.MouseButtonPress, 0), "warm": lambda: None,
             "pan": lambda: mouse(move, -step), "back": lambda: mouse(move, step),
             "again": lambda: mouse(move, -step)}
    return parts, steps


def report(out: str) -> int:
    """Each part's frames (M instructions): median, max, and every frame in order (the
    dumps ``OUT.1``, ``OUT.2``, ... in the order they were made, each named by its
    trigger ``dump PARTn``)."""
    values: list[tuple[int, str, float]] = []
    for path in glob.glob(glob.escape(out) + ".*"):
        number = path.rsplit(".", 1)[1]
        if not number.isdigit():
            continue
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
        trigger = re.search(r"^desc: Trigger: dump ([a-z]+)\d+", text, re.M)
        if total and trigger:
            values.append((int(number), trigger.group(1), int(total.group(1)) / 1e6))
    by_part: dict[str, list[float]] = {}
    for _number, part, value in sorted(values):
        by_part.setdefault(part, []).append(value)
    print(f"{'part':8} {'frames':>6} {'median':>8} {'p95':>8} {'max':>8}  every frame (M)")
    for part, frames in by_part.items():
        print(summary(part, frames, ""))
    return 0


def summary(part: str, frames: list[float], unit: str) -> str:
    """A part's line: its frames' count, median, p95 (nearest rank), max, and every frame."""
    ranked = sorted(frames)
    p95 = ranked[min(len(ranked) - 1, math.ceil(0.95 * len(ranked)) - 1)]
    return (f"{part:8} {len(frames):6d} {statistics.median(frames):8.1f} {p95:8.1f} "
            f"{max(frames):8.1f}{unit:>3}  " + " ".join(f"{v:.0f}" for v in frames))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--report":
        sys.exit(report(sys.argv[2]))
    if len(sys.argv) > 2 and sys.argv[1] == "--clip":
        sys.exit(clip_costs(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "2560x1440"))
    if len(sys.argv) > 2 and sys.argv[1] == "--cpu":
        sys.exit(child(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "2560x1440",
                       cpu=True))
    sys.exit(child(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "2560x1440"))
