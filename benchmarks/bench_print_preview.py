"""File → Print's preview of a large timeline: time, CPU and resident memory.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_print_preview.py FILE \
        [--compare TREE] [--rounds 1]

Each child opens FILE in a main window (1400 × 860, Fit All), then runs File → Print's
painting into Qt's print preview widget (``QPrintPreviewWidget`` on a high-resolution
``QPrinter``, A4 landscape, as ``prompts.print_with_preview`` makes it) and prints: the
pages, the wall-clock and process CPU seconds of the preview's painting, and the resident
set (``VmRSS``, MiB) before the print, with the preview's pages held, and after the preview
is deleted.  With ``--compare TREE`` the children alternate between this checkout and TREE
(each run from its tree): the host's speed drifts, so A/B figures come from one run.

verify53 F13: a 1 998-event timeline's 15-page preview took ~30 s and held ~2.4 GB
(Qt's ``QWidget.render`` paints a widget on a printer through a pixmap of the page's
size at the printer's 1 200 dpi).  A report, not a test: exit status 0.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _child(path: str) -> None:
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from timeline_app.app import create_main_window
    from timeline_app.ui import prompts

    window = create_main_window()
    window.resize(1400, 860)
    window.show()
    window.open_path(path, background=False)
    for _ in range(20):
        app.processEvents()
    window.view.fit_all()
    app.processEvents()
    figures: dict[str, float] = {}

    def preview(_parent, paint, *_choices, **_named):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        widget = QPrintPreviewWidget(printer)
        widget.paintRequested.connect(paint)
        gc.collect()
        figures["rss_before"] = _rss_mib()
        wall, cpu = time.perf_counter(), time.process_time()
        widget.updatePreview()
        figures["wall_s"] = time.perf_counter() - wall
        figures["cpu_s"] = time.process_time() - cpu
        figures["pages"] = widget.pageCount()
        figures["rss_preview"] = _rss_mib()
        widget.deleteLater()
        del widget
        for _ in range(5):
            app.processEvents()
        gc.collect()
        figures["rss_after"] = _rss_mib()
        return None

    prompts.print_with_preview = preview  # type: ignore[assignment]
    window.print_timeline(whole=True)
    figures["events"] = len(window.document.timeline)
    print(json.dumps(figures))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--compare", help="another checkout to measure alongside")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.file)
        return
    trees = [ROOT] + ([Path(args.compare).resolve()] if args.compare else [])
    print(f"{'tree':40} {'pages':>5} {'wall s':>7} {'cpu s':>7} {'RSS before':>10} "
          f"{'preview':>8} {'after':>8}  (MiB)")
    for _round in range(args.rounds):
        for tree in trees:
            env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM=os.environ.get(
                "QT_QPA_PLATFORM", "offscreen"))
            done = subprocess.run([sys.executable, str(tree / "benchmarks" / Path(__file__).name)
                                   if (tree / "benchmarks" / Path(__file__).name).exists()
                                   else __file__, args.file, "--child"],
                                  env=env, capture_output=True, text=True, cwd=tree,
                                  check=False)
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            if not lines:
                print(f"{tree!s:40} failed: {done.stderr.strip()[-400:]}")
                continue
            f = json.loads(lines[-1])
            print(f"{tree!s:40} {f['pages']:5.0f} {f['wall_s']:7.1f} {f['cpu_s']:7.1f} "
                  f"{f['rss_before']:10.0f} {f['rss_preview']:8.0f} {f['rss_after']:8.0f}"
                  f"  ({f['events']:.0f} events)")


if __name__ == "__main__":
    main()
