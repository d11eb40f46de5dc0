"""How fast the app starts, loads and paints, beside a bare Qt window measured in the same run.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_view.py \
        [--sizes 1000 10000 100000] [--repeat 5] [--frames 7] [--json OUT] [--no-profile]

Prints a table (medians of the repeats) with the targets beside the figures and
PASS/FAIL marks.  It is a report, not a test: the exit status is 0 whatever the figures.
See benchmarks/README.md for what each row means.

Every measurement that depends on a fresh interpreter (start-up, memory) runs in a
child process of this script (``--child ...``); the parent only spawns, collects and
prints.  Timings use ``time.perf_counter`` inside a process and ``time.time`` across
processes (start-up).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WINDOW_W, WINDOW_H = 1280, 800
TARGET_LOAD_10K_S = 1.0
TARGET_FRAME_MS = 16.0
TARGET_STARTUP_RATIO = 1.5
SCENARIOS = ("fit", "month", "day")  # fit all; ~1 year shown; 14 days shown
SCENARIO_WORDS = {"fit": "fit all", "month": "month zoom (~1 year shown)",
                  "day": "day zoom (14 days shown)"}


# ============================================================================ child side
def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    import resource  # peak, not current: only a fallback where /proc is missing

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _child_startup(kind: str) -> None:
    """Print JSON timestamps (time.time) of the steps up to the first paint, then exit."""
    stamps: dict[str, float] = {"child_main": time.time()}
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    stamps["qt_imported"] = time.time()
    app = QApplication([sys.argv[0]])
    stamps["app_created"] = time.time()
    if kind == "bare":
        window = QMainWindow()
        widget = QWidget()
        window.setCentralWidget(widget)
        window.resize(WINDOW_W, WINDOW_H)
        target = widget
    else:
        from timeline_app.app import create_main_window

        stamps["app_imported"] = time.time()
        # create_main_window imports these itself; importing them first only splits the time.
        import timeline_app.io
        import timeline_app.ui.main_window  # noqa: F401

        stamps["ui_imported"] = time.time()
        window = create_main_window()
        window.resize(WINDOW_W, WINDOW_H)
        target = window.view.viewport()
    stamps["window_built"] = time.time()

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint_event" not in stamps:
                stamps["paint_event"] = time.time()
                # Fires once this paint (and the backing store flush) is done.
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            stamps["painted"] = time.time()
            app.quit()

    first_paint = FirstPaint()
    target.installEventFilter(first_paint)
    window.show()
    stamps["shown"] = time.time()
    QTimer.singleShot(20_000, app.quit)  # never hang the benchmark
    app.exec()
    print(json.dumps(stamps), flush=True)


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _child_memory(path: str) -> None:
    """RSS deltas in a fresh process: after loading, after the window's first paint."""
    import gc

    from PySide6.QtWidgets import QApplication

    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    gc.collect()
    rss0 = _rss_mb()
    timeline = timeline_io.load(path)
    gc.collect()
    rss1 = _rss_mb()
    window = MainWindow(timeline, path)
    window.resize(WINDOW_W, WINDOW_H)
    window.show()
    window.view.fit_all()
    app.processEvents()
    window.view.viewport().repaint()
    gc.collect()
    rss2 = _rss_mb()
    print(json.dumps({"rss_before_mb": rss0, "rss_timeline_mb": rss1 - rss0,
                      "rss_window_mb": rss2 - rss1, "rss_total_mb": rss2 - rss0}), flush=True)
    window.hide()


def _child_size(path: str, repeat: int, frames: int, profile: bool) -> None:
    """Load, window, frames and memory for one file; print one JSON object."""
    import cProfile
    import datetime as _dt
    import gc
    import io
    import pstats

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from benchmarks.synthetic import busy_day
    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    out: dict[str, Any] = {}

    # (a) load
    loads: list[float] = []
    timeline = None
    for _ in range(repeat):
        timeline = None
        gc.collect()
        t0 = time.perf_counter()
        timeline = timeline_io.load(path)
        loads.append(time.perf_counter() - t0)
    assert timeline is not None
    gc.collect()
    out["events"] = len(timeline)
    out["load_s"] = loads

    # (b) load + window + fit all + first paint
    firsts: list[float] = []
    window = None
    for i in range(repeat):
        if window is not None:
            window.document.undo_stack.setClean()
            window.hide()
            window.deleteLater()
            window = None
            # processEvents() alone never runs deferred deletes outside exec().
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
            gc.collect()
        t0 = time.perf_counter()
        tl = timeline_io.load(path)
        window = MainWindow(tl, path)
        window.resize(WINDOW_W, WINDOW_H)
        window.show()
        window.view.fit_all()
        app.processEvents()
        window.view.viewport().repaint()
        firsts.append(time.perf_counter() - t0)
    assert window is not None
    app.processEvents()
    gc.collect()
    out["load_window_first_paint_s"] = firsts
    view = window.view
    out["viewport"] = [view.viewport().width(), view.viewport().height()]

    busy = busy_day(window.document.timeline)
    out["busy_day"] = busy.isoformat()
    mid = busy.toordinal() + 0.5

    def set_scenario(name: str) -> None:
        if name == "fit":
            view.fit_all()
        elif name == "month":
            view.show_range(mid - 182.5, mid + 182.5)
        else:
            view.go_to_date(busy, days_shown=14)
        app.processEvents()

    def frame(invalidate: bool) -> float:
        if invalidate:
            view._invalidate()
        t0 = time.perf_counter()
        view.viewport().repaint()
        dt = time.perf_counter() - t0
        app.processEvents()
        return dt

    scen: dict[str, Any] = {}
    for name in SCENARIOS:
        set_scenario(name)
        frame(True)  # warm-up: label cache, fonts, glyphs
        full = [frame(True) for _ in range(frames * repeat)]
        cached = [frame(False) for _ in range(frames * repeat)]
        layouts = []
        for _ in range(frames * repeat):
            t0 = time.perf_counter()
            view._compute_layout()
            layouts.append(time.perf_counter() - t0)
        # Interaction: a zoom step in and back out, then the repaint it asks for.
        zooms = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            view.zoom_by(1.5)
            view.viewport().repaint()
            view.zoom_by(1 / 1.5)
            view.viewport().repaint()
            zooms.append((time.perf_counter() - t0) / 2)
            app.processEvents()
        # A pan step (wheel, drag, arrow keys): 40 px right and back, with the repaint.
        pans = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            view._pan_pixels(40)
            view.viewport().repaint()
            view._pan_pixels(-40)
            view.viewport().repaint()
            pans.append((time.perf_counter() - t0) / 2)
            app.processEvents()
        set_scenario(name)
        layout = view._layout()
        first, last = view.visible_days()
        scen[name] = {
            "layout_paint_ms": [x * 1000 for x in full],
            "paint_only_ms": [x * 1000 for x in cached],
            "layout_only_ms": [x * 1000 for x in layouts],
            "zoom_step_ms": [x * 1000 for x in zooms],
            "pan_step_ms": [x * 1000 for x in pans],
            "shown": [_dt.date.fromordinal(max(1, int(first))).isoformat(),
                      _dt.date.fromordinal(max(1, int(last))).isoformat()],
            "items": len(layout.items_by_id),
            "aggregates": sum(len(lane.aggregates) for lane in layout.lanes),
            "dense_lanes": sum(1 for lane in layout.lanes if lane.dense),
            "lanes": len(layout.lanes),
        }
    out["scenarios"] = scen

    if profile:
        out["profiles"] = []

        def profiled(what: str, scenario: str, action: Any) -> None:
            set_scenario(scenario)
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(3):
                action()
            profiler.disable()
            app.processEvents()
            text = io.StringIO()
            stats = pstats.Stats(profiler, stream=text)
            stats.sort_stats("tottime").print_stats(15)
            stats.sort_stats("cumulative").print_stats(15)
            out["profiles"].append({"what": what, "scenario": scenario, "runs": 3,
                                    "text": text.getvalue()})

        def full_frame() -> None:
            view._invalidate()
            view.viewport().repaint()

        def pan_step() -> None:
            view._pan_pixels(40)
            view.viewport().repaint()

        worst = max(SCENARIOS, key=lambda n: _median(scen[n]["layout_paint_ms"]))
        if _median(scen[worst]["layout_paint_ms"]) > TARGET_FRAME_MS:
            profiled("layout+paint repaint", worst, full_frame)
        worst = max(SCENARIOS, key=lambda n: _median(scen[n]["pan_step_ms"]))
        if _median(scen[worst]["pan_step_ms"]) > TARGET_FRAME_MS:
            profiled("pan step (40 px + repaint)", worst, pan_step)
    window.setWindowModified(False)
    window.document.undo_stack.setClean()
    window.hide()
    print(json.dumps(out), flush=True)


# ============================================================================ parent side
def _child_env(settings_file: str, pycache: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if pycache:
        # An installed app runs from cached bytecode; without this a PYTHONDONTWRITEBYTECODE
        # environment recompiles every module of the app on every start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    env["TIMELINE_APP_SETTINGS"] = settings_file  # never the user's window geometry
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _run_child(args: list[str], env: dict[str, str], timeout: float) -> tuple[float, dict]:
    spawned = time.time()
    proc = subprocess.run([sys.executable, "-X", "utf8", str(Path(__file__).resolve()),
                           "--child", *args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"child {args} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return spawned, json.loads(lines[-1])


def measure_startup(repeat: int, env: dict[str, str]) -> dict[str, Any]:
    """Bare window and app, interleaved so that both see the same background load."""
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "app": []}
    for kind in ("bare", "app"):  # untimed: fills the bytecode cache and the OS file cache
        _run_child(["startup", kind], env, timeout=120)
    for _ in range(repeat):
        for kind in ("bare", "app"):
            spawned, stamps = _run_child(["startup", kind], env, timeout=120)
            runs[kind].append({k: v - spawned for k, v in stamps.items()})
    result: dict[str, Any] = {}
    for kind, rows in runs.items():
        keys = rows[0].keys()
        result[kind] = {k: [r[k] * 1000 for r in rows if k in r] for k in keys}
    return result


def _mark(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _ms(values: list[float]) -> str:
    return f"{_median(values):9.1f}"


def print_report(startup: dict[str, Any] | None, sizes: dict[int, dict[str, Any]],
                 repeat: int, frames: int) -> list[str]:
    """Print the table; return the FAIL lines for the summary."""
    fails: list[str] = []
    print(f"\nDiplomatic Timeline view benchmark — medians of {repeat} runs "
          f"(frames: median of {frames * repeat}); window {WINDOW_W}x{WINDOW_H}, "
          f"Qt platform {os.environ.get('QT_QPA_PLATFORM', '(default)')}, "
          f"{os.cpu_count()} CPUs")
    if startup:
        bare, app = startup["bare"], startup["app"]
        print("\nStart-up (ms from spawning `python` to the end of the first paint; "
              f"bytecode cache {'on' if startup.get('bytecode_cache') else 'OFF'}; "
              "after one untimed run of each)")
        print(f"  {'step':<34}{'bare window':>12}{'app':>12}")
        for key, words in (("child_main", "interpreter up (script running)"),
                           ("qt_imported", "PySide6 imported"),
                           ("app_created", "QApplication created"),
                           ("app_imported", "timeline_app.app imported"),
                           ("ui_imported", "timeline_app.ui/io imported"),
                           ("window_built", "window built (default timeline)"),
                           ("shown", "show() returned"),
                           ("paint_event", "first Paint event of the viewport"),
                           ("painted", "first paint done")):
            b = _ms(bare[key]) if key in bare else "        -"
            a = _ms(app[key]) if key in app else "        -"
            print(f"  {words:<34}{b:>12}{a:>12}")
        ratio = _median(app["painted"]) / _median(bare["painted"])
        ok = ratio < TARGET_STARTUP_RATIO
        line = (f"  ratio app / bare = {ratio:.2f}x   target < {TARGET_STARTUP_RATIO}x   "
                f"{_mark(ok)}")
        print(line)
        if not ok:
            fails.append("start-up" + line)
        ratios = [a / b for a, b in zip(app["painted"], bare["painted"])]
        print(f"  (per-pair ratios: {', '.join(f'{r:.2f}' for r in ratios)})")

    for n, data in sizes.items():
        if "error" in data:
            print(f"\nN = {n}: FAILED: {data['error']}")
            continue
        print(f"\nN = {n} events  (file {data['file_mb']:.1f} MB, generated in "
              f"{data['generate_s']:.2f} s; busiest day {data['busy_day']}; "
              f"viewport {data['viewport'][0]}x{data['viewport'][1]})")
        load = _median(data["load_s"])
        if n == 10_000:
            ok = load < TARGET_LOAD_10K_S
            mark = f"target < {TARGET_LOAD_10K_S:.0f} s    {_mark(ok)}"
            if not ok:
                fails.append(f"N={n} load {load:.3f} s")
        else:
            mark = f"(target < {TARGET_LOAD_10K_S:.0f} s is for 10 000)"
        print(f"  (a) load                          {load * 1000:9.1f} ms   {mark}")
        first = _median(data["load_window_first_paint_s"])
        print(f"  (b) load + window + first paint   {first * 1000:9.1f} ms")
        print(f"      memory (RSS delta, fresh process: {data['rss_before_mb']:.0f} MB with Qt) "
              f"load +{data['rss_timeline_mb']:.1f} MB, window + first paint "
              f"+{data['rss_window_mb']:.1f} MB, total +{data['rss_total_mb']:.1f} MB")
        print(f"      {'frame (ms, median)':<28}{'layout+paint':>13}{'paint only':>11}"
              f"{'layout':>9}{'zoom step':>10}{'pan step':>9}   shown")
        for name in SCENARIOS:
            s = data["scenarios"][name]
            full = _median(s["layout_paint_ms"])
            cached = _median(s["paint_only_ms"])
            zoom = _median(s["zoom_step_ms"])
            pan = _median(s["pan_step_ms"])
            ok = max(full, cached, zoom, pan) < TARGET_FRAME_MS
            if not ok:
                fails.append(f"N={n} {SCENARIO_WORDS[name]}: layout+paint {full:.1f} ms, "
                             f"paint only {cached:.1f} ms, zoom step {zoom:.1f} ms, "
                             f"pan step {pan:.1f} ms")
            tag = {"fit": "(c)", "month": "(e)", "day": "(d)"}[name]
            print(f"  {tag} {SCENARIO_WORDS[name]:<28}{full:13.1f}{cached:11.1f}"
                  f"{_median(s['layout_only_ms']):9.1f}{zoom:10.1f}{pan:9.1f}"
                  f"   {s['shown'][0]}..{s['shown'][1]}: {s['items']} markers, "
                  f"{s['aggregates']} aggregates, {s['dense_lanes']}/{s['lanes']} lanes dense"
                  f"   {_mark(ok)}")
        print(f"      target: any frame < {TARGET_FRAME_MS:.0f} ms, including the frame of a "
              "zoom step (zoom_by() + repaint) and of a pan step (40 px + repaint)")
        for prof in data.get("profiles", []):
            print(f"\n  Profile of {prof['runs']} x {prof['what']} at "
                  f"{SCENARIO_WORDS[prof['scenario']]} (N = {n}):")
            for line in prof["text"].splitlines():
                if line.strip():
                    print("    " + line)
    return fails


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--frames", type=int, default=3,
                        help="repaints per run for frame figures (median of frames*repeat)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", metavar="OUT", help="also write the raw figures here")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up measure")
    parser.add_argument("--no-profile", action="store_true",
                        help="do not profile a size whose frames miss the target")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="leave PYTHONDONTWRITEBYTECODE alone (measure compiling too)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        if args.child[0] == "startup":
            _child_startup(args.child[1])
        elif args.child[0] == "memory":
            _child_memory(args.child[1])
        else:
            _child_size(args.child[1], args.repeat, args.frames, not args.no_profile)
        return 0

    from benchmarks.synthetic import synthetic_timeline
    from timeline_app import io as timeline_io

    with tempfile.TemporaryDirectory(prefix="bench_view_") as tmp:
        env = _child_env(os.path.join(tmp, "settings.ini"),
                         None if args.no_bytecode_cache else os.path.join(tmp, "pycache"))
        startup = None
        if not args.no_startup:
            print(f"start-up: {args.repeat} x (bare window, app) ...", file=sys.stderr)
            startup = measure_startup(args.repeat, env)
            startup["bytecode_cache"] = not args.no_bytecode_cache
        sizes: dict[int, dict[str, Any]] = {}
        for n in args.sizes:
            print(f"N = {n}: generating, then measuring in a child process ...",
                  file=sys.stderr)
            t0 = time.perf_counter()
            timeline = synthetic_timeline(n, args.seed)
            generate_s = time.perf_counter() - t0
            path = os.path.join(tmp, f"synthetic-{n}.json")
            timeline_io.save(timeline, path)
            del timeline
            try:
                _, data = _run_child(["size", path, "--repeat", str(args.repeat),
                                      "--frames", str(args.frames),
                                      *(["--no-profile"] if args.no_profile else [])],
                                     env, timeout=3600)
                _, memory = _run_child(["memory", path], env, timeout=3600)
                data.update(memory)
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                data = {"error": str(error)}
            data["generate_s"] = generate_s
            data["file_mb"] = os.path.getsize(path) / 1e6
            sizes[n] = data
        fails = print_report(startup, sizes, args.repeat, args.frames)
    print("\nSummary: " + ("all targets met" if not fails else
                           f"{len(fails)} target(s) missed:\n  " + "\n  ".join(fails)))
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"repeat": args.repeat, "frames": args.frames, "seed": args.seed,
             "window": [WINDOW_W, WINDOW_H],
             "targets": {"load_10k_s": TARGET_LOAD_10K_S, "frame_ms": TARGET_FRAME_MS,
                         "startup_ratio": TARGET_STARTUP_RATIO},
             "startup": startup, "sizes": {str(k): v for k, v in sizes.items()},
             "fails": fails}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
