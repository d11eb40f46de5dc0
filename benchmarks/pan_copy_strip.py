"""What a horizontal pan would cost as a copy of the previous picture plus a strip
(issue 11; session 21, frames23's prototype).

The frames session's pans (``bench_view.py``: 24 scroll-bar pans of 1/8 of the view, each
a whole new layout and paint) against the same 24 displacements made by the one path of
the app that already pans a world-anchored layout by copying: a mouse drag
(``TimelineView._Pan``: a stretch three views wide laid out once from the stretch's left
edge, painted in tiles of a quarter view as the view needs them, each frame a copy of
the part under the view plus the axis, the overview and the lanes' heads painted over
it).  Summed over the run, the drag's work is what a world-anchored layout would cost a
pan on average (each world pixel laid out and painted about once, the rest copied); its
steady frames (no tile painted) are the floor of any copy-plus-strip frame.  And the
copy alone: a whole 2560x1440 (or 1600x900) frame picture drawn shifted into a spare
(``_scroll_picture``'s copy).

Usage (one child a mode, as ``bench_frames_ab.py``)::

    PYTHONPATH=. python benchmarks/pan_copy_strip.py --size 100000 --viewport 2560x1440 \\
        --view year --modes bar drag copy [--callgrind]

Prints per mode the frames' process CPU (ms: p50, p95, max, sum) and, with
``--callgrind``, the instructions of the 24 frames (instrumentation on only during them;
for ``drag`` the press too).  Environment, for a look inside: ``PAN_WRAP="_layout
_paint ..."`` times those ``TimelineView`` methods (process CPU, summed; nested ones
counted in each), ``PAN_PER_FRAME=1`` lists them frame by frame, ``PAN_LANES=1`` (mode
``bar``) lists each lane's mode, height and tallest density column after every pan.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_frames_ab import percentile, run_child

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

DAYS_SHOWN = {"year": 365.0, "month": 31.0, "week": 7.0, "day": 1.0}
PANS = 24


def _child(path: str, busiest_day: int, width: int, height: int, view_name: str,
           mode: str, callgrind: bool) -> None:
    import datetime as dt
    import gc

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QPointF, QRect, Qt
    from PySide6.QtGui import QImage, QMouseEvent, QPainter
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_view import _set_viewport
    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.timeline_view import TimelineView

    parts: dict[str, float] = {}
    for name in os.environ.get("PAN_WRAP", "").split():
        def wrapped(*a: Any, __f: Any = getattr(TimelineView, name), __n: str = name,
                    **k: Any) -> Any:
            c0 = time.process_time()
            try:
                return __f(*a, **k)
            finally:
                parts[__n] = parts.get(__n, 0.0) + (time.process_time() - c0) * 1000
        setattr(TimelineView, name, wrapped)

    app = QApplication([sys.argv[0]])
    window = MainWindow(timeline_io.load(path), path)
    window.show()
    app.processEvents()
    view = window.view
    _set_viewport(window, app, width, height)

    per_frame: list[dict[str, float]] = []

    def frame(step: Any) -> float:
        before = dict(parts)
        c0 = time.process_time()
        step()
        view.viewport().repaint()
        app.processEvents()
        spent = (time.process_time() - c0) * 1000
        per_frame.append({k: round(v - before.get(k, 0.0), 1) for k, v in parts.items()
                          if v - before.get(k, 0.0) >= 0.05})
        return spent

    def toggle(on: bool) -> None:
        if callgrind:
            subprocess.run(["callgrind_control", "-i", "on" if on else "off",
                            str(os.getpid())], capture_output=True, check=False)

    frame(lambda: view.go_to_date(dt.date.fromordinal(busiest_day), DAYS_SHOWN[view_name]))
    for _ in range(6):
        frame(lambda: None)
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    vp = view.viewport()
    gc.collect()
    parts.clear()
    frames: list[float] = []
    extra: dict[str, Any] = {"step_px": step, "viewport": [vp.width(), vp.height()]}
    if mode == "bar":
        toggle(True)
        lanes_seen: list[list[object]] = []
        for _ in range(PANS):
            target = bar.value() + step
            frames.append(frame(lambda t=target: bar.setValue(t)))
            if os.environ.get("PAN_LANES"):  # each lane's mode, height and peak bin
                lanes_seen.append([
                    (lane.category[:4], "d" if lane.dense else "r", round(lane.height),
                     int(lane.density[0].max()) if lane.dense and lane.density is not None
                     and len(lane.density[0]) else None)
                    for lane in view._layout().lanes])
        toggle(False)
        if lanes_seen:
            extra["lanes"] = lanes_seen
    elif mode == "drag":
        # A press on the lanes (a drag there pans whether it lands on an event not
        # selected or on empty space), then moves of ``step`` px leftwards: the view goes
        # right by ``step`` px a frame, as the bar's pans.
        x0, y0 = vp.width() - 10.0, vp.height() * 0.6

        def mouse(kind: QEvent.Type, x: float, buttons: Qt.MouseButton) -> None:
            pos = QPointF(x, y0)
            QApplication.sendEvent(vp, QMouseEvent(
                kind, pos, view.mapToGlobal(pos.toPoint()), Qt.MouseButton.LeftButton
                if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton, buttons,
                Qt.KeyboardModifier.NoModifier))

        toggle(True)
        c0 = time.process_time()
        mouse(QEvent.Type.MouseButtonPress, x0, Qt.MouseButton.LeftButton)
        app.processEvents()
        extra["press_ms"] = (time.process_time() - c0) * 1000
        x = x0
        for _ in range(PANS):
            x -= step
            frames.append(frame(lambda x=x: mouse(QEvent.Type.MouseMove, x,
                                                  Qt.MouseButton.LeftButton)))
        toggle(False)
        extra["stretches_ok"] = view._pan is not None
        mouse(QEvent.Type.MouseButtonRelease, x, Qt.MouseButton.NoButton)
    elif mode == "copy":
        ratio = vp.devicePixelRatioF()
        size = (round(vp.width() * ratio), round(vp.height() * ratio))
        picture = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
        picture.fill(0xFF808080)
        spare = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
        toggle(True)
        for _ in range(PANS):
            c0 = time.process_time()
            painter = QPainter(spare)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.drawImage(QRect(0, 0, size[0] - step, size[1]), picture,
                              QRect(step, 0, size[0] - step, size[1]))
            painter.end()
            picture, spare = spare, picture
            frames.append((time.process_time() - c0) * 1000)
        toggle(False)
    if parts:
        extra["parts_ms"] = {k: round(v, 1) for k, v in parts.items()}
        if os.environ.get("PAN_PER_FRAME"):
            extra["per_frame"] = per_frame[-len(frames):]
    print(json.dumps({"frames": frames, **extra}), flush=True)
    os._exit(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--cache", default="~/.cache/diplomatic-timeline-bench")
    parser.add_argument("--viewport", default="2560x1440")
    parser.add_argument("--view", default="year", choices=sorted(DAYS_SHOWN))
    parser.add_argument("--modes", nargs="+", default=["bar", "drag", "copy"],
                        choices=["bar", "drag", "copy"])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        path, busiest, size, view_name, mode = args.child
        width, height = (int(v) for v in size.split("x"))
        _child(path, int(busiest), width, height, view_name, mode, args.callgrind)
        return 0
    cache = Path(os.path.expanduser(args.cache))
    path = str(cache / f"synthetic-v3-{args.size}-1.json")
    with open(cache / f"synthetic-v3-{args.size}-1.meta.json", encoding="utf-8") as fh:
        busiest = json.load(fh)["busiest_day"]
    here = Path(__file__).resolve().parent.parent
    print(f"{os.path.basename(path)} {args.viewport} {args.view}; load "
          f"{os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="pan_copy_strip.") as tmp:
        for number in range(1, args.rounds + 1):
            for mode in args.modes:
                command = [sys.executable, str(Path(__file__).resolve()), "--child", path,
                           str(busiest), args.viewport, args.view, mode]
                result = run_child(command, here, tmp if args.callgrind else None)
                ms = result.pop("frames")
                instructions = (f" {result.pop('instructions') / 1e6:,.1f} M instr"
                                if "instructions" in result else "")
                print(f"round {number} {mode:<5} p50 {percentile(ms, 50):6.2f} "
                      f"p95 {percentile(ms, 95):6.2f}"
                      f" max {max(ms):6.2f} sum {sum(ms):7.1f} ms{instructions} {result}"
                      f" frames {[round(m, 1) for m in ms]}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
