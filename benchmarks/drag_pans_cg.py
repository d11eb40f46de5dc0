"""A pan as a mouse drag's stretch, under callgrind: 24 moves of an eighth of the view into
new territory (issue 11, session 36, frames39: what a pan costs when the lanes are not laid
out and painted whole each frame — the drag's design, ``_Pan``, whose labels ride with the
world and may be cut by the view's edges until the button is let go).

Usage (one child a tree and kind; compare with ``frames_split_cg.py VIEW pans``)::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/drag_pans_cg.py VIEW WHAT [WxH]
    grep totals: OUT

The main window on ``bench_view.py``'s 100 000-event file (its cache) at ``WxH`` (default
2560x1440), ``go_to_date`` of its busiest day at ``VIEW`` (year, month, week, day), six
still frames and the world's rest (``FRAMES31_NO_REST=1``: none), as
``frames_split_cg.py``; then a press at 90 % of the width and 60 % of the height
(``WHAT`` = ``press``: the press and six frames after it, the stretch laid out and its
tiles painted while the app waits) and 24 moves of an eighth of the view to the left with
the button held (``WHAT`` = ``moves``).  Each frame is the step, a ``repaint`` and
``processEvents``; the view's rest and its picture made when idle are held off.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import counting, entered_and_rested

    view_name, what = sys.argv[1], sys.argv[2]
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3
                                      else "2560x1440").split("x"))
    window, frame = entered_and_rested(app, view_name, width, height)
    view = window.view
    viewport = view.viewport()
    y = viewport.height() * 0.6

    def mouse(kind: QEvent.Type, x: float) -> None:
        pos = QPointF(x, y)
        button = (Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove
                  else Qt.MouseButton.LeftButton)
        QApplication.sendEvent(viewport, QMouseEvent(
            kind, pos, viewport.mapToGlobal(pos.toPoint()).toPointF(), button,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    x = viewport.width() * 0.9
    counting(what == "press")
    frame(lambda: mouse(QEvent.Type.MouseButtonPress, x))
    for _ in range(6):
        frame(lambda: None)
    counting(False)
    step = viewport.width() // 8
    counting(what == "moves")
    for _ in range(24):
        x -= step
        frame(lambda at=x: mouse(QEvent.Type.MouseMove, at))
    counting(False)
    pan = view._pan
    print("done", "a pan under way:", pan is not None and pan.moved, flush=True)
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
