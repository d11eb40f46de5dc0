"""Profiles of issue 11's worst items, to run before and after a change.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/profile_hotspots.py load FILE
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/profile_hotspots.py frame FILE \
        [--view fit|year|month|week|day] [--size 1600x900] [--without METHOD ...]
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/profile_hotspots.py startup

``FILE`` is any timeline file, e.g. one that ``make bench`` cached in
``~/.cache/diplomatic-timeline-bench``.  ``load`` times reading, decoding and
``json.loads`` apart from ``io.load``, counts the garbage collections during it
(``gc.callbacks``), repeats the load with the collector off, and prints cProfile's top
functions.  ``frame`` opens ``MainWindow`` with the timeline viewport at ``--size``,
shows the view, times still and re-laid-out frames (a 1 px window resize) in CPU time,
and profiles ten re-laid-out frames; ``--without METHOD`` replaces a ``TimelineView``
method by a no-op first (e.g. ``_paint_article_markers``) to measure the rest.
``startup`` compares ``-X importtime`` of the app's imports with a bare window's
(median of 5) and profiles building the main window and its first paint.
benchmarks/README.md ("Where the time goes") has the figures of 2026-11-30.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _print_stats(profiler: cProfile.Profile, top: int) -> None:
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def profile_load(path: str, top: int) -> None:
    from timeline_app import io as timeline_io

    t0 = time.perf_counter()
    data = Path(path).read_bytes()
    t1 = time.perf_counter()
    text = data.decode("utf-8")
    t2 = time.perf_counter()
    json.loads(text)
    t3 = time.perf_counter()
    print(f"read {t1 - t0:.3f} s, decode {t2 - t1:.3f} s, json.loads {t3 - t2:.3f} s")
    gc.collect()
    pauses: list[tuple[int, float]] = []
    started = [0.0]

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses.append((info["generation"], time.perf_counter() - started[0]))

    gc.callbacks.append(watch)
    t0 = time.perf_counter()
    timeline = timeline_io.load(path)
    elapsed = time.perf_counter() - t0
    gc.callbacks.remove(watch)
    full = [round(p, 3) for g, p in pauses if g == 2]
    print(f"io.load {elapsed:.3f} s ({len(timeline)} events); garbage collection "
          f"{sum(p for _, p in pauses):.3f} s in {len(pauses)} collections; full ones: {full}")
    del timeline
    gc.collect()
    gc.disable()
    t0 = time.perf_counter()
    timeline = timeline_io.load(path)
    print(f"io.load with the collector off {time.perf_counter() - t0:.3f} s")
    gc.enable()
    del timeline
    gc.collect()
    profiler = cProfile.Profile()
    profiler.enable()
    timeline_io.load(path)
    profiler.disable()
    _print_stats(profiler, top)


def profile_frame(path: str, view_name: str, size: str, without: list[str], top: int) -> None:
    import datetime as _dt

    from PySide6.QtWidgets import QApplication

    from timeline_app import io as timeline_io
    from timeline_app.ui import timeline_view
    from timeline_app.ui.main_window import MainWindow

    for name in without:
        setattr(timeline_view.TimelineView, name, lambda *_a, **_k: None)
    width, height = map(int, size.split("x"))
    app = QApplication([sys.argv[0]])
    timeline = timeline_io.load(path)
    window = MainWindow(timeline, path)
    window.show()
    app.processEvents()
    view = window.view
    viewport = view.viewport()
    for _ in range(3):
        window.resize(window.width() + width - viewport.width(),
                      window.height() + height - viewport.height())
        app.processEvents()
    if view_name == "fit":
        view.fit_all()
    else:
        counts: dict[int, int] = {}
        for event in timeline.events:
            if event.date.precision.value == "day":
                day = event.start_day.toordinal()
                counts[day] = counts.get(day, 0) + 1
        busiest = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))[0] if counts else None
        day = _dt.date.fromordinal(busiest) if busiest else _dt.date.today()
        view.go_to_date(day, {"year": 365.0, "month": 31.0, "week": 7.0, "day": 1.0}[view_name])
    app.processEvents()
    viewport.repaint()
    flip = [1]

    def still() -> None:
        viewport.repaint()
        app.processEvents()

    def relaid_out() -> None:
        flip[0] = -flip[0]
        window.resize(window.width() + flip[0], window.height())
        viewport.repaint()
        app.processEvents()

    print(f"viewport {viewport.width()}x{viewport.height()}, {len(timeline)} events, "
          f"view {view_name}, without {without or 'nothing'}")
    for label, step in (("still", still), ("re-laid out", relaid_out)):
        cpu = []
        for _ in range(10):
            c0 = time.thread_time()
            step()
            cpu.append((time.thread_time() - c0) * 1000)
        print(f"{label} frame: CPU median {statistics.median(cpu):.1f} ms, max {max(cpu):.1f} ms")
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(10):
        relaid_out()
    profiler.disable()
    _print_stats(profiler, top)
    window.document.undo_stack.setClean()
    os._exit(0)


def _importtime(code: str) -> dict[str, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", os.path.join(os.path.expanduser("~"), ".cache",
                                                       "diplomatic-timeline-bench", "pycache"))
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code], env=env,
                          capture_output=True, text=True, check=False)
    out = {}
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| \s*(\S+)", line)
        if m:
            out[m[3]] = int(m[1])
    return out


def profile_startup(top: int) -> None:
    bare_code = "from PySide6.QtWidgets import QApplication, QMainWindow, QWidget"
    app_code = ("from PySide6.QtWidgets import QApplication\n"
                "from timeline_app.app import create_main_window\n"
                "import timeline_app.io, timeline_app.ui.main_window")
    _importtime(app_code)  # fills the bytecode cache
    bare = [_importtime(bare_code) for _ in range(5)]
    app = [_importtime(app_code) for _ in range(5)]

    def total(runs: list[dict[str, int]]) -> float:
        return statistics.median(sum(r.values()) for r in runs) / 1000

    print(f"-X importtime, sum of self times (median of 5): bare window {total(bare):.0f} ms, "
          f"app {total(app):.0f} ms")
    seen = set().union(*bare)
    extra: dict[str, list[int]] = {}
    for run in app:
        for name, us in run.items():
            if name not in seen:
                extra.setdefault(name, []).append(us)
    ranked = sorted(((statistics.median(v) / 1000, k) for k, v in extra.items()), reverse=True)
    print(f"modules only the app imports: {sum(ms for ms, _ in ranked):.0f} ms; the top ones:")
    for ms, name in ranked[:20]:
        print(f"  {ms:6.1f} ms  {name}")

    from PySide6.QtWidgets import QApplication

    qapp = QApplication([sys.argv[0]])
    import timeline_app.io
    import timeline_app.ui.main_window  # noqa: F401
    from timeline_app.app import create_main_window

    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    window: Any = create_main_window()
    window.resize(1600, 900)
    t1 = time.perf_counter()
    window.show()
    window.view.viewport().repaint()
    qapp.processEvents()
    profiler.disable()
    t2 = time.perf_counter()
    print(f"\ncreate_main_window {1000 * (t1 - t0):.0f} ms, show + first paint "
          f"{1000 * (t2 - t1):.0f} ms (under cProfile)")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)
    os._exit(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("load", "frame", "startup"))
    parser.add_argument("file", nargs="?")
    parser.add_argument("--view", default="fit", choices=("fit", "year", "month", "week", "day"))
    parser.add_argument("--size", default="1600x900")
    parser.add_argument("--without", nargs="*", default=[], metavar="METHOD")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args(argv)
    if args.what in ("load", "frame") and not args.file:
        parser.error(f"{args.what} needs a FILE")
    if args.what == "load":
        profile_load(args.file, args.top)
    elif args.what == "frame":
        profile_frame(args.file, args.view, args.size, args.without, args.top)
    else:
        profile_startup(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
