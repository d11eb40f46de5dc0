"""A main window made as the tests' ``window`` fixture makes it (built whole, resized to
1400×860 while hidden, shown on a 1920×1080 screen, left to idle): its CPU, its Fit Alls and
its viewport's paints, this tree beside a baseline tree in the same run (session 63, scale67).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_window_first_show.py --baseline DIR

``DIR`` is another checkout (``git worktree add --detach /tmp/base int63``); each tree runs
in child processes, alternately, ``--rounds`` of ``--windows`` windows each.  ``--fit``
adds the fixture's own ``view.fit_all()`` after the show (as ``tests/ui/conftest.py`` did
before session 63) to the trees named.  Prints, per tree, the median CPU of a window (s, the
process's user+sys from ``create_main_window`` to idle) and the counts of one window; the
counts are exact, the CPU varies with the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _child(windows: int, fit: bool) -> None:
    """Make ``windows`` windows (and one first, not counted: imports, caches); print one
    JSON line: the CPU of each and the counts of the last."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QRect
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui import main_window

    main_window.available_screen_area = lambda _window: QRect(0, 0, 1920, 1080)  # type: ignore[assignment]
    from timeline_app.app import create_main_window
    from timeline_app.ui.timeline_view import TimelineView

    app = QApplication.instance() or QApplication([])
    counts = {"fit_all": 0, "paints": 0}
    fit_all = TimelineView.fit_all

    def counted(self: TimelineView, *args: object, **kwargs: object) -> bool:
        counts["fit_all"] += 1
        return fit_all(self, *args, **kwargs)  # type: ignore[arg-type]

    TimelineView.fit_all = counted  # type: ignore[method-assign]

    class Paints(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # (a Qt override)
            if event.type() == QEvent.Type.Paint:
                counts["paints"] += 1
            return False

    paints = Paints()

    def one() -> float:
        counts.update(fit_all=0, paints=0)
        start = time.process_time()
        window = create_main_window()
        window.view.viewport().installEventFilter(paints)
        window.resize(1400, 860)
        window.show()
        QTest.qWaitForWindowExposed(window)
        if fit:
            window.view.fit_all()
        quiet = time.monotonic() + 0.4  # (idle: the list's fit after the repaints, then 0.4 s)
        while window.list_fit_pending() or time.monotonic() < quiet:
            QTest.qWait(20)
        spent = time.process_time() - start
        window.close()
        window.deleteLater()
        app.processEvents()
        return spent

    one()
    cpu = [one() for _ in range(windows)]
    print(json.dumps({"cpu": cpu, **counts}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, help="another checkout, run beside this one")
    parser.add_argument("--fit", choices=("baseline", "this", "both", "none"),
                        default="baseline", help="trees given the fixture's old fit_all")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--windows", type=int, default=8)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-fit", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.windows, args.child_fit)
        return
    here = Path(__file__).resolve().parent.parent
    trees = {"this": here}
    if args.baseline is not None:
        trees = {"baseline": args.baseline.resolve(), **trees}
    cpu: dict[str, list[float]] = {name: [] for name in trees}
    counts: dict[str, dict[str, int]] = {}
    for _ in range(args.rounds):
        for name, tree in trees.items():  # alternately
            fit = args.fit in (name, "both")
            command = [sys.executable, str(Path(__file__).resolve()), "--child",
                       "--windows", str(args.windows)] + (["--child-fit"] if fit else [])
            env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
            out = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True,
                                 check=True).stdout.strip().splitlines()[-1]
            made = json.loads(out)
            cpu[name] += made.pop("cpu")
            counts[name] = made
    for name in trees:
        fit = " + the fixture's fit_all" if args.fit in (name, "both") else ""
        print(f"{name:8} {statistics.median(cpu[name]):.3f} s of CPU a window (median of "
              f"{len(cpu[name])}); Fit All x{counts[name]['fit_all']}, viewport paints "
              f"x{counts[name]['paints']}{fit}  [{trees[name]}]")


if __name__ == "__main__":
    main()
