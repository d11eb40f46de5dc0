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
"""

from __future__ import annotations

import glob
import os
import re
import statistics
import subprocess
import sys

PARTS = (("kept", 3), ("relaid", 3), ("pan", 24), ("back", 8), ("again", 8))


def child(view_name: str, size: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FRAMES31_NO_REST"] = "1"
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    if os.environ.get("NO_SHAPING"):
        from PySide6.QtGui import QFont

        font = app.font()
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        app.setFont(font)
    from frames_split_cg import entered_and_rested

    width, height = (int(v) for v in size.split("x"))
    window, frame = entered_and_rested(app, view_name, width, height)
    view = window.view
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    pid = str(os.getpid())

    def control(*args: str) -> None:
        subprocess.run(["callgrind_control", *args, pid], capture_output=True, check=False)

    steps = {"kept": lambda: None, "relaid": view._invalidate,
             "pan": lambda: bar.setValue(bar.value() + step),
             "back": lambda: bar.setValue(bar.value() - step),
             "again": lambda: bar.setValue(bar.value() + step)}
    control("-z")
    control("-i", "on")
    for part, count in PARTS:
        for index in range(count):
            frame(steps[part])
            control("-d", f"{part}{index}")
    control("-i", "off")
    print("done", flush=True)
    window.close()
    return 0


def report(out: str) -> int:
    """Each part's frames (M instructions): median, max, and every frame in order (the
    dumps ``OUT.1``, ``OUT.2``, ... in the order they were made)."""
    values: list[tuple[int, float]] = []
    for path in glob.glob(glob.escape(out) + ".*"):
        number = path.rsplit(".", 1)[1]
        if not number.isdigit():
            continue
        with open(path, encoding="utf-8", errors="replace") as handle:
            total = re.search(r"^(?:summary|totals): (\d+)", handle.read(), re.M)
        if total:
            values.append((int(number), int(total.group(1)) / 1e6))
    frames_in_order = [value for _number, value in sorted(values)]
    start = 0
    print(f"{'part':8} {'frames':>6} {'median':>8} {'max':>8}  every frame (M)")
    for part, count in PARTS:
        frames = frames_in_order[start:start + count]
        start += count
        if frames:
            print(f"{part:8} {len(frames):6d} {statistics.median(frames):8.1f} "
                  f"{max(frames):8.1f}  " + " ".join(f"{v:.0f}" for v in frames))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--report":
        sys.exit(report(sys.argv[2]))
    sys.exit(child(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "2560x1440"))
