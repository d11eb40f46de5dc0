"""A zoom's first frame against the frame that stays (verify53 F6), and what the first
frame costs, one callgrind dump a frame (session 43, frames47).

A timeline file opened in a ``TimelineView`` alone, shown on the years ``Y0``-``Y1``
and rested (its idle work done: the world's chunks swapped in, its picture and the views
beside it made).  Then:

* ``rested``: 8 wheel notches about the view's middle (in, in, out, out, ...), each
  after the view rested: the notch's frame is dumped, then the view rests again and
  the picture it settles on is compared with the notch's first (``same`` / ``differs``:
  the titles dealt a second way, F6);
* ``run``: 8 notches back to back (a zoom run: no rest between them).

Usage (the child under callgrind, then the report of its dumps)::

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/zoom_first_frame_cg.py FILE Y0 Y1 [WxH]
    .venv/bin/python benchmarks/pan_floor_cg.py --report OUT

``--cpu FILE Y0 Y1 [WxH]``: the same frames without callgrind, process CPU a frame (ms).
The child prints, per rested notch, whether its first picture stayed.  ``POINTER=1``: the
pointer rests over the view's middle (a wheel user's; the notches are about it), so the
view at rest paints a notch in and out ahead; unset, as a key's ``+`` / ``-``.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("TIMELINE_APP_SETTINGS",
                      os.path.join(tempfile.mkdtemp(), "settings.ini"))  # (not the user's)

NOTCH = 1.25
FACTORS = (NOTCH, NOTCH, 1 / NOTCH, 1 / NOTCH) * 2


def child(path: str, y0: int, y1: int, size: str, cpu: bool) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from PySide6.QtWidgets import QApplication

    from timeline_app.document import Document
    from timeline_app.io.native import load
    from timeline_app.selection import EventSelection
    from timeline_app.ui.timeline_view import TimelineView

    app = QApplication([sys.argv[0]])
    timeline = load(path)
    document, selection = Document(timeline), EventSelection()
    view = TimelineView(document, selection)
    width, height = (int(v) for v in size.split("x"))
    view.resize(width, height)
    view.show()
    pid = str(os.getpid())

    def control(*args: str) -> None:
        if not cpu:
            subprocess.run(["callgrind_control", *args, pid], capture_output=True,
                           check=False)

    def settle() -> None:
        # (the view's idle work done: no rest, chunk or picture work pending; at least
        # a rest's worth of the wall clock)
        began = time.monotonic()
        while time.monotonic() - began < 120:
            app.processEvents()
            busy = (view._world_rest_timer.isActive() or view._chunk_timer.isActive()
                    or bool(view._chunks_ahead) or view._paint_job is not None
                    or view._picture_timer.isActive())
            if not busy and time.monotonic() - began > 1.0:
                return
            time.sleep(0.005)

    def picture() -> bytes:
        image = view.viewport().grab().toImage()
        return bytes(image.constBits())

    def frame(step) -> float:  # type: ignore[no-untyped-def]
        began = time.process_time()
        step()
        view.viewport().repaint()
        app.processEvents()
        return (time.process_time() - began) * 1000

    if os.environ.get("POINTER"):
        # The pointer over the view's middle, as a Ctrl+wheel user's: at rest the view
        # paints a notch in and out about it ahead (``_prepare_sides``).
        from PySide6.QtCore import QPoint

        view._pointer = QPoint(width // 2, height // 2)
    settle()
    view.go_to_days(dt.date(y0, 1, 1).toordinal(), dt.date(y1, 1, 1).toordinal())
    settle()
    anchor = width / 2
    times: dict[str, list[float]] = {"rested": [], "run": []}
    stayed = []
    for index, factor in enumerate(FACTORS):
        control("-i", "on")
        control("-z")  # (the frame alone: what the settle left uncounted is not carried)
        times["rested"].append(frame(lambda f=factor: view.zoom_by(f, anchor)))
        control("-d", f"rested{index}")
        control("-i", "off")
        first = picture()
        settle()
        stayed.append("same" if picture() == first else "differs")
    print("rested notches, first picture vs settled:", " ".join(stayed), flush=True)
    control("-i", "on")
    control("-z")
    for index, factor in enumerate(FACTORS):
        times["run"].append(frame(lambda f=factor: view.zoom_by(f, anchor)))
        control("-d", f"run{index}")
    control("-i", "off")
    if cpu:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from pan_floor_cg import summary

        for part, frames in times.items():
            print(f"{size:9} " + summary(part, frames, "ms"), flush=True)
    view.close()
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    cpu = bool(args) and args[0] == "--cpu"
    if cpu:
        args = args[1:]
    sys.exit(child(args[0], int(args[1]), int(args[2]),
                   args[3] if len(args) > 3 else "1600x900", cpu))
