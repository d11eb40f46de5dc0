"""File → Print's first and second preview in a fresh window: where the first Ctrl+P's time
goes (verify80 F13: the first preview took ~18 s at load 8-13, the second 3.2 s).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_first_print.py [FILE] \
        [--compare TREE] [--rounds 2] [--profile]

Each child opens FILE (the sample timeline without one) in a main window (1400 × 860, shown,
Fit All, its panels built), then runs ``MainWindow.print_timeline`` twice with Qt's real
``QPrintPreviewDialog`` (its toolbar, the app's choices), each shown until its pages are
painted, then closed; it prints the wall-clock and process CPU seconds of each, from the
call to the pages painted and drawn in the preview (``grab``), and how many modules the first
one imported.  With ``--compare TREE`` the children
alternate between this checkout and TREE (each run from its tree, the same file): the host's
speed drifts, so A/B figures come from one run.  ``--profile`` prints each print's 30
costliest calls (cProfile, cumulative) of this checkout's child as well.  A report, not a
test: exit status 0.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _child(path: str, profile: bool) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from timeline_app.app import create_main_window
    from timeline_app.ui import prompts

    window = create_main_window()
    window.resize(1400, 860)
    window.show()
    if path:
        window.open_path(path, background=False)
    deadline = time.perf_counter() + 4  # the panels and the idle work after the first paint
    while time.perf_counter() < deadline:
        app.processEvents()
    window.view.fit_all()
    app.processEvents()
    figures: dict[str, float] = {"events": len(window.document.timeline)}
    real_run = prompts.run_modal
    painted: list[float] = []

    def shown_until_painted(dialog):  # type: ignore[no-untyped-def]
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

        if not isinstance(dialog, QPrintPreviewDialog):
            return real_run(dialog)
        dialog.show()
        preview = dialog.findChild(QPrintPreviewWidget)
        for _ in range(200):
            app.processEvents()
            if preview is not None and preview.pageCount() > 0:
                break
        # the pages drawn on screen too, as the person sees them (the preview's own
        # paint of its page items: text rasterised at the preview's zoom)
        dialog.grab()
        painted.append(time.perf_counter())
        figures.setdefault("pages", float(preview.pageCount() if preview else 0))
        dialog.reject()
        return 0

    prompts.run_modal = shown_until_painted  # type: ignore[assignment]
    before = set(sys.modules)
    for name in ("first", "second"):
        if profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
        wall, cpu = time.perf_counter(), time.process_time()
        window.print_timeline(whole=True)
        figures[f"{name}_cpu_s"] = time.process_time() - cpu
        figures[f"{name}_wall_s"] = (painted[-1] if painted else time.perf_counter()) - wall
        if profile:
            profiler.disable()
            print(f"--- the {name} print ---")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        if name == "first":
            figures["modules_loaded"] = float(len(set(sys.modules) - before))
            print("first print imported:", sorted(set(sys.modules) - before), file=sys.stderr)
        for _ in range(20):
            app.processEvents()
    print(json.dumps(figures))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default="")
    parser.add_argument("--compare", help="another checkout to measure alongside")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.file, args.profile)
        return
    file = str(Path(args.file).resolve()) if args.file else ""
    trees = [ROOT] + ([Path(args.compare).resolve()] if args.compare else [])
    print(f"{'tree':32} {'pages':>5} {'1st wall s':>10} {'1st cpu s':>9} {'2nd wall s':>10} "
          f"{'2nd cpu s':>9} {'modules':>7}")
    for _round in range(args.rounds):
        for tree in trees:
            env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM=os.environ.get(
                "QT_QPA_PLATFORM", "offscreen"),
                       HOME=os.environ.get("BENCH_HOME", "/tmp/bench-first-print-home"))
            command = [sys.executable, str(Path(__file__).resolve()), file, "--child"]
            if args.profile and tree == ROOT:
                command.append("--profile")
            done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tree,
                                  check=False)
            if args.profile and tree == ROOT:
                print(done.stdout[:16000])
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            if not lines:
                print(f"{tree!s:32} failed: {done.stderr.strip()[-400:]}")
                continue
            f = json.loads(lines[-1])
            print(f"{str(tree)[-32:]:32} {f.get('pages', 0):5.0f} {f['first_wall_s']:10.2f} "
                  f"{f['first_cpu_s']:9.2f} {f['second_wall_s']:10.2f} "
                  f"{f['second_cpu_s']:9.2f} {f['modules_loaded']:7.0f}"
                  f"  ({f['events']:.0f} events)")


if __name__ == "__main__":
    main()
