"""A riding scroll-bar pan's moved picture against a fresh paint, pixel for pixel, on
``bench_view.py``'s synthetic file (issue 11, session 42, frames46; ``ui/view_ride.py``).

After each of ``PANS`` (default 24) scroll-bar pans of an eighth of the view into new
territory (``frames_split_cg.entered_and_rested``'s window and view, no rest), the
window's backing store (what the screen shows) is compared with ``QWidget.grab`` (the same
view painted whole); ``view_ride.RIDE_MOVED_PICTURES`` is turned on for the run.  Prints
each pan's differing pixels (their box) and how many frames were moved pictures;
``PNG=DIR`` saves both images of a pan that differs.

Usage::

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ride_check.py \\
        VIEW [WxH]
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FRAMES31_NO_REST"] = "1"
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import numpy as np
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import entered_and_rested

    from timeline_app.ui import view_ride
    from timeline_app.ui.timeline_view import TimelineView

    view_ride.RIDE_MOVED_PICTURES = True
    moved: list[bool] = []
    ride_frame = TimelineView._ride_frame

    def counted(self, painter, key):  # type: ignore[no-untyped-def]
        done = ride_frame(self, painter, key)
        moved.append(done)
        return done

    TimelineView._ride_frame = counted  # type: ignore[method-assign]
    view_name = sys.argv[1]
    width, height = (int(v) for v in (sys.argv[2] if len(sys.argv) > 2
                                      else "1600x900").split("x"))
    window, frame = entered_and_rested(app, view_name, width, height)
    view = window.view
    viewport = view.viewport()
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)

    def pixels(image: QImage) -> np.ndarray:
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        return np.frombuffer(image.constBits(), dtype=np.uint32).reshape(
            image.height(), image.width()).copy()

    bad = 0
    for pan in range(int(os.environ.get("PANS") or 24)):
        frame(lambda t=bar.value() + step: bar.setValue(t))
        at = viewport.mapTo(viewport.window(), QPoint(0, 0))
        device = viewport.backingStore().paintDevice()
        screen = device.copy(at.x(), at.y(), viewport.width(), viewport.height())
        fresh = viewport.grab().toImage()
        differ = pixels(screen) != pixels(fresh)
        if differ.any():
            bad += 1
            ys, xs = np.nonzero(differ)
            print(f"pan {pan}: {int(differ.sum())} px differ, x {xs.min()}-{xs.max()}, "
                  f"y {ys.min()}-{ys.max()}", flush=True)
            if os.environ.get("PNG"):
                screen.save(os.path.join(os.environ["PNG"], f"screen{pan}.png"))
                fresh.save(os.path.join(os.environ["PNG"], f"fresh{pan}.png"))
    print(f"{view_name} {width}x{height}: {sum(moved)} of {len(moved)} frames moved, "
          f"{bad} differing", flush=True)
    window.close()
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
