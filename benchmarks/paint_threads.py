"""Can two threads paint at once through PySide6?  (issue 11, session 36, frames39: the
lanes' bodies painted into an image on a worker thread while the GUI thread paints the
rest.)  Each job is ``N`` calls of one kind — ``text`` (``drawText`` of a title),
``rect`` (``fillRect`` and ``drawRoundedRect``), ``image`` (``drawImage`` of a 120x16
chip), ``mix`` (all three) — into its own 2560x180 ``QImage`` (a lane's band), as a lane's
body is painted: many small calls from Python.  Two jobs are run one after the other on
the main thread, then one a thread on two threads, twice each; wall clock and process CPU.

Usage::

    .venv/bin/python benchmarks/paint_threads.py [KIND ...] [--calls N]
"""

from __future__ import annotations

import argparse
import os
import threading
import time


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kinds", nargs="*", default=["text", "rect", "image", "mix"])
    parser.add_argument("--calls", type=int, default=3000)
    args = parser.parse_args()
    app = QApplication([])
    chip = QImage(120, 16, QImage.Format.Format_ARGB32_Premultiplied)
    chip.fill(QColor(200, 0, 0, 128))
    titles = [f"Talks on item {i} between the ministers of state {i * 7}"
              for i in range(args.calls)]

    def job(kind: str, seed: int) -> None:
        image = QImage(2560, 180, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setFont(QFont("DejaVu Sans", 9))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for i, title in enumerate(titles):
            x, y = (i * 37 + seed) % 2400, (i * 13) % 160
            if kind in ("text", "mix"):
                painter.drawText(QPointF(x, y + 12), title)
            if kind in ("rect", "mix"):
                painter.fillRect(QRectF(x, y, 80, 14), QColor(30, 60, 90))
                painter.drawRoundedRect(QRectF(x, y, 80, 14), 3, 3)
            if kind in ("image", "mix"):
                painter.drawImage(QPointF(x, y), chip)
        painter.end()

    for kind in args.kinds:
        job(kind, 0)  # the glyph caches warm
        for mode in ("one thread", "two threads", "one thread", "two threads"):
            cpu, wall = time.process_time(), time.perf_counter()
            if mode == "one thread":
                job(kind, 1)
                job(kind, 2)
            else:
                threads = [threading.Thread(target=job, args=(kind, s)) for s in (1, 2)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
            print(f"{kind:6s} {mode:12s} wall {1000 * (time.perf_counter() - wall):7.1f} ms"
                  f"  cpu {1000 * (time.process_time() - cpu):7.1f} ms", flush=True)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
