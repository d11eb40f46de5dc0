"""Instructions of a scroll bar's paint, Qt's ``QScrollBar`` beside ``PiecesScrollBar``
(issue 11; session 51, list54), under callgrind.

Usage::

    cd TREE && PYTHONPATH=. .venv/bin/python benchmarks/scroll_bar_cg.py

Runs itself under ``valgrind --tool=callgrind`` once per bar and orientation: a 14 x 900
vertical bar (the timeline's at 1600 x 900) and a 1600 x 14 horizontal one, range 0-692 and
page 816 (the lanes of ``bench_view.py``'s 100 000 events at Fit All's zoom), Fusion, the
offscreen platform; each bar painted four times first (a ``PiecesScrollBar`` makes its
pieces at a look's third paint, ``MADE_AT``), then counted over 50 paints at values 100, 110, ... 590
(``QWidget.render`` into an image, as a paint event).  Prints M instructions a paint.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

PAINTS = 50


def _child(kind: str, orientation: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QScrollBar

    app = QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    from timeline_app.ui.scroll_bar_pieces import PiecesScrollBar

    horizontal = orientation == "horizontal"
    bar = (PiecesScrollBar if kind == "pieces" else QScrollBar)(
        Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical)
    bar.resize(*((1600, 14) if horizontal else (14, 900)))
    bar.setRange(0, 692)
    bar.setPageStep(816)
    bar.show()
    image = QImage(bar.size(), QImage.Format.Format_ARGB32_Premultiplied)
    for value in (30, 40, 50, 60):  # (the pieces made: ``MADE_AT``)
        bar.setValue(value)
        bar.render(image)
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True,
                   check=False)
    for value in range(100, 100 + 10 * PAINTS, 10):
        bar.setValue(value)
        bar.render(image)
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True,
                   check=False)
    os._exit(0)


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3])
        return 0
    print("| bar | QScrollBar | PiecesScrollBar | change |\n|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for orientation in ("vertical", "horizontal"):
            counts = []
            for kind in ("qt", "pieces"):
                out = os.path.join(folder, f"{kind}-{orientation}.out")
                subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                                f"--callgrind-out-file={out}", sys.executable, __file__,
                                "--child", kind, orientation],
                               capture_output=True, check=False)
                with open(out, encoding="utf-8") as handle:
                    total = next(int(line.split()[1]) for line in handle
                                 if line.startswith("totals:"))
                counts.append(total / PAINTS / 1e6)
            print(f"| {orientation} | {counts[0]:.2f} M | {counts[1]:.2f} M | "
                  f"{100 * (counts[1] - counts[0]) / counts[0]:+.0f} % |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
