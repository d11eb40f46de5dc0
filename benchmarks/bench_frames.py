"""Every frame of the timeline view while interacting, and the GC pauses among them.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_frames.py \
        [--sizes 1000 100000] [--viewports 1600x900 2560x1440] [--zooms fit year month week day]
        [--compare OTHER_TREE] [--profile 100000:fit] [--json OUT]

For each timeline size, viewport and zoom (fit-all; a year, 31 days, 7 days or one day
across the viewport, centred on the busiest day), one frame is "the view changes and the
viewport repaints" (``repaint()``: layout + paint, timed with ``time.perf_counter``), and
every frame is counted:

* ``still``: the same view repainted after its layout is dropped (a resize or an edit);
* ``pan``: 40 steps of an eighth of the width, always forward, so each step brings events
  never laid out before (Ctrl+Shift+Right's step; Shift+Right until edit46);
* ``zoom``: 8 wheel notches in (×1.25) around the middle, then 8 out;
* ``hover``: 8 mouse moves across the lanes (the hovered event is highlighted);
* ``select``: 8 events on screen selected one after the other (as the event list's
  PageDown does: the view repaints what the selection changed).
* ``vscroll``: when the lanes are taller than the viewport, 8 vertical scrolls of 3 rows
  down and 8 back up (the scroll bar, the wheel over the lanes, a selection below them).

``--idle``: the event loop runs for ``IDLE_BETWEEN_MS`` (33 ms: a key's auto-repeat)
between the pans' and the zoom notches' frames (not
counted in them; its CPU time is the ``idle50`` column), as a held key or a spun wheel
leaves the app time between its events; the view uses that time to lay out the next
step of a steady pan or zoom (``TimelineView._lay_out_ahead``).  Without it every frame
follows the last at once, so nothing can be done ahead.

Beside them, a bare ``QWidget`` of the same size whose ``paintEvent`` fills its rect is
repainted 20 times in the same child: the floor of a frame on this machine at this load.

Garbage collections are timed (CPU time) with ``gc.callbacks`` during the pans and zooms,
after a load through ``timeline_app.io.load`` as the app loads a file (no ``gc.collect()``).
``--startup ROUNDS`` measures spawn-to-first-paint of the app beside a bare QMainWindow
instead (with ``--compare``, of the other checkout too).

``--compare DIR`` runs the same measurements, in alternating child processes, on another
checkout of the app (e.g. ``git worktree add /tmp/base main``): before and after in one run
on the same machine load.  It is a report, not a test: the exit status is 0 whatever the
figures.  Targets (issue 11): p95 ≤ 8 ms, max ≤ 16 ms; no GC pause > 16 ms.
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

IDLE_BETWEEN_MS = 33  # --idle: the event loop runs this long between frames (a key repeat)

ROOT = Path(__file__).resolve().parent.parent

TARGET_P95_MS = 8.0
TARGET_MAX_MS = 16.0
ZOOM_DAYS = {"year": 365.0, "month": 31.0, "week": 7.0, "day": 1.0}
ZOOMS = ("fit", "year", "month", "week", "day")
ROWS = ("bare", *ZOOMS)  # the bare widget's row first


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


# ============================================================================ child side
def timed_layouts(view_class: Any) -> list[float]:
    """Wrap ``view_class._compute_layout`` (a whole layout of the view on screen; layouts
    made ahead in slices do not go through it) so that each call's process CPU time, ms,
    is appended to the list returned."""
    layout_cpu: list[float] = []
    original = view_class._compute_layout

    def timed(self: Any) -> Any:
        c0 = time.process_time()
        try:
            return original(self)
        finally:
            layout_cpu.append((time.process_time() - c0) * 1000)

    view_class._compute_layout = timed
    return layout_cpu


def _busiest_day(timeline: Any) -> int:
    """The day number on which most day-precision events fall (the earliest of a tie), as
    ``synthetic.write_synthetic`` reports it; today's if there is none."""
    import datetime as _dt
    from collections import Counter

    counts = Counter(event.start_day.toordinal() for event in timeline.events
                     if event.date.precision.value == "day")
    if not counts:
        return _dt.date.today().toordinal()
    return max(counts.items(), key=lambda kv: (kv[1], -kv[0]))[0]


def _child(files: list[str], viewports: list[tuple[int, int]], zooms: list[str],
           profile: str | None, idle: bool = False) -> None:
    from PySide6.QtWidgets import QApplication

    from timeline_app import io as timeline_io

    app = QApplication([sys.argv[0]])
    results: list[dict[str, Any]] = []
    for path in files:
        # Loaded as the app loads a file (io.load: no collection during it, gc.freeze after).
        timeline = timeline_io.load(path)
        mid = _busiest_day(timeline) + 0.5
        for index, (vw, vh) in enumerate(viewports):
            results += _measure(app, timeline, mid, vw, vh, zooms,
                                profile if index == 0 else None, idle)
    print(json.dumps(results), flush=True)


def _measure(app: Any, timeline: Any, mid: float, vw: int, vh: int, zooms: list[str],
             profile: str | None, idle: bool = False) -> list[dict[str, Any]]:
    """Frames of one view of ``timeline`` with a ``vw`` × ``vh`` viewport at each zoom;
    ``idle``: the event loop runs between the pans' and the zoom notches' frames (its CPU
    time apart, in ``idle``), as a held key or a spun wheel leaves the app between events."""
    import cProfile
    import gc
    import io as _io
    import pstats

    from timeline_app.document import Document
    from timeline_app.selection import EventSelection
    from timeline_app.ui.timeline_view import TimelineView

    n = len(timeline)
    view = TimelineView(Document(timeline), EventSelection())
    # Size the widget so that its *viewport* is vw × vh (scroll bars outside it).
    view.resize(vw, vh)
    view.show()
    app.processEvents()
    vp = view.viewport()
    view.resize(vw + (vw - vp.width()), vh + (vh - vp.height()))
    app.processEvents()
    # No gc.collect() here: the app does none after a load either.
    pauses: list[float] = []
    started: list[float] = []
    results: list[dict[str, Any]] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        # CPU time, as the frames: on a busy machine wall time counts other processes.
        if phase == "start":
            started.append(time.thread_time())
        elif started:
            pauses.append((time.thread_time() - started.pop()) * 1000)

    def set_zoom(zoom: str) -> None:
        if zoom == "fit":
            view.fit_all()
        else:
            days = ZOOM_DAYS[zoom]
            view.go_to_days(mid - days / 2, mid + days / 2)
        view.verticalScrollBar().setValue(0)
        app.processEvents()

    wall: list[float] = []
    between: list[float] = []

    def moved(change: Any) -> float:
        """``frame(change)``, then (``idle``) the events and timers the frame left."""
        cpu = frame(change)
        if idle:
            # The event loop for a key's auto-repeat interval: the view's work ahead runs
            # in slices from 0 ms timers, one slice a pass of the loop (2026-11-30, session
            # 5), so one ``processEvents()`` would run only the first.
            from PySide6.QtCore import QEventLoop, QTimer

            c0 = time.process_time()
            loop = QEventLoop()
            QTimer.singleShot(IDLE_BETWEEN_MS, loop.quit)
            loop.exec()
            between.append((time.process_time() - c0) * 1000)
        return cpu

    def frame(change: Any) -> float:
        """One frame: its CPU time (the figure reported; ms); wall time goes to ``wall``.

        The process's CPU, not the GUI thread's: Qt's raster engine blends large fills on
        its own thread pool, which the thread's time leaves out."""
        t0, c0 = time.perf_counter(), time.process_time()
        change()
        vp.repaint()
        wall.append((time.perf_counter() - t0) * 1000)
        return (time.process_time() - c0) * 1000

    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    class Bare(QWidget):
        def paintEvent(self, event: Any) -> None:
            painter = QPainter(self)
            painter.fillRect(self.rect(), self.palette().base())
            painter.end()

    bare = Bare()
    bare.resize(vw, vh)
    bare.show()
    app.processEvents()
    bare_cpu, bare_wall = [], []
    for _ in range(20):
        t0, c0 = time.perf_counter(), time.process_time()
        bare.repaint()
        bare_wall.append((time.perf_counter() - t0) * 1000)
        bare_cpu.append((time.process_time() - c0) * 1000)
    bare.hide()
    bare.deleteLater()
    app.processEvents()
    results.append({"events": n, "viewport": f"{vp.width()}x{vp.height()}", "zoom": "bare",
                    "still": bare_cpu, "pan": [], "zoom_steps": [], "hover": [],
                    "select": [], "wall": bare_wall, "gc_max": 0.0, "gc_count": 0,
                    "items": 0, "dense_lanes": 0})

    def hover_at(i: int) -> None:
        pos = QPointF(vw * (i % 8 + 0.5) / 8, vh * 0.4)
        QApplication.sendEvent(vp, QMouseEvent(
            QEvent.Type.MouseMove, pos, vp.mapToGlobal(pos.toPoint()), Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))

    step = vw / 8
    for zoom in zooms:
        set_zoom(zoom)
        vp.repaint()  # the first paint of this zoom: fonts, glyphs (not counted)
        wall.clear()
        still = [frame(view._invalidate) for _ in range(10)]
        gc.callbacks.append(on_gc)
        between.clear()
        pan = [moved(lambda: view._pan_pixels(step)) for _ in range(40)]
        set_zoom(zoom)
        zoom_frames = [moved(lambda: view.zoom_by(1.25, vw / 2)) for _ in range(8)]
        zoom_frames += [moved(lambda: view.zoom_by(1 / 1.25, vw / 2)) for _ in range(8)]
        idle_cpu = list(between)
        set_zoom(zoom)
        vp.repaint()
        hover = [frame(lambda i=i: hover_at(i)) for i in range(8)]
        shown = [item.event_id for lane in view._layout().lanes for item in lane.items][:8]
        select = [frame(lambda e=e: view.select_event(e)) for e in shown]
        view.select_event(None)
        # Vertical scrolls of the lanes (when they are taller than the viewport): 8 steps
        # of 3 rows down, then 8 up, after a still repaint (the picture, as after a hover).
        bar = view.verticalScrollBar()
        vscroll: list[float] = []
        if bar.maximum() > 0:
            bar.setValue(0)
            vp.repaint()
            vp.repaint()
            vscroll = [frame(lambda: bar.setValue(bar.value() + 78)) for _ in range(8)]
            vscroll += [frame(lambda: bar.setValue(bar.value() - 78)) for _ in range(8)]
        gc.callbacks.remove(on_gc)
        app.processEvents()
        set_zoom(zoom)
        layout = view._layout()
        results.append({
            "events": n, "viewport": f"{vp.width()}x{vp.height()}", "zoom": zoom,
            "still": still, "pan": pan, "zoom_steps": zoom_frames, "hover": hover,
            "select": select, "vscroll": vscroll, "wall": list(wall), "idle": idle_cpu,
            "gc_max": max(pauses, default=0.0), "gc_count": len(pauses),
            "items": len(layout.items_by_id),
            "dense_lanes": sum(1 for lane in layout.lanes if lane.dense),
        })
        pauses.clear()
        wall.clear()
        if profile == f"{n}:{zoom}":
            set_zoom(zoom)
            # CPU time of this thread: on a shared machine wall time counts other processes.
            profiler = cProfile.Profile(time.thread_time)
            profiler.enable()
            for _ in range(10):
                view._invalidate()
                vp.repaint()
            for _ in range(20):
                view._pan_pixels(step)
                vp.repaint()
            profiler.disable()
            text = _io.StringIO()
            stats = pstats.Stats(profiler, stream=text)
            stats.sort_stats("tottime").print_stats(25)
            stats.sort_stats("cumulative").print_stats(25)
            stats.print_callees("_compute_layout|_paint_lane")
            print(text.getvalue(), file=sys.stderr)
    view.hide()
    view.deleteLater()
    app.processEvents()
    return results


def _child_startup(kind: str) -> None:
    """Print the time.time() of the first paint done: of a bare QMainWindow ("bare") or of
    the app's window on its default timeline, built as ``timeline_app.app.main`` builds it."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication([sys.argv[0]])
    if kind == "bare":
        window = QMainWindow()
        target = QWidget()
        window.setCentralWidget(target)
    else:
        from timeline_app.app import create_main_window
        from timeline_app.ui.theme import apply_theme

        apply_theme(app)
        try:  # as timeline_app.app.main builds it: the docks after the first paint
            window = create_main_window(None, defer_panels=True)
        except TypeError:  # a checkout from before deferred panels
            window = create_main_window(None)
        target = window.view.viewport()
    window.resize(1600, 900)
    stamps: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in stamps:
                stamps["paint"] = time.time()
                QTimer.singleShot(0, self.done)  # after this paint and its flush
            return False

        def done(self) -> None:
            stamps["painted"] = time.time()
            app.quit()

    first_paint = FirstPaint()
    target.installEventFilter(first_paint)
    window.show()
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    print(json.dumps([stamps]), flush=True)


def _startup(rounds: int, before: Path | None) -> None:
    """Spawn-to-first-paint of the app beside a bare QMainWindow, alternating, in one run
    (and of the app in the ``before`` checkout, if given)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A settings file of its own (never os.devnull: QSettings saves by renaming over it).
    env["TIMELINE_APP_SETTINGS"] = str(Path(tempfile.mkdtemp()) / "settings.ini")
    runs = [("bare", ROOT), ("app", ROOT)] + ([("before", before)] if before else [])
    times: dict[str, list[float]] = {name: [] for name, _ in runs}
    for index in range(rounds + 1):
        for name, tree in runs:
            kind = "bare" if name == "bare" else "app"
            env["PYTHONPATH"] = os.pathsep.join([str(tree), str(ROOT)])
            spawned = time.time()
            proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child",
                                   "--startup-kind", kind], env=env, capture_output=True,
                                  text=True, check=False)
            lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("[")]
            if proc.returncode != 0 or not lines:
                raise SystemExit(f"start-up child failed: {proc.stderr[-2000:]}")
            if index:  # the first round only warms the file cache and the bytecode
                times[name].append(json.loads(lines[-1])[0]["painted"] - spawned)
    bare = statistics.median(times["bare"])
    for name, _ in runs[1:]:
        app = statistics.median(times[name])
        print(f"start-up to first paint (median of {rounds}): bare QMainWindow "
              f"{bare * 1000:.0f} ms, {name} {app * 1000:.0f} ms, ratio {app / bare:.2f} "
              f"(target ≤ 1.3)")


# ============================================================================ parent side
def _run(tree: Path, args: list[str]) -> list[dict[str, Any]]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The harness (and benchmarks.synthetic) from this checkout, the app from ``tree``.
    env["PYTHONPATH"] = os.pathsep.join([str(tree), str(ROOT)])
    # A settings file of its own (never os.devnull: QSettings saves by renaming over it).
    env["TIMELINE_APP_SETTINGS"] = str(Path(tempfile.mkdtemp()) / "settings.ini")
    proc = subprocess.run([sys.executable, "-X", "utf8", str(Path(__file__).resolve()),
                           "--child", *args], env=env, capture_output=True, text=True,
                          check=False, cwd=str(tree))
    if proc.stderr.strip():
        print(proc.stderr, file=sys.stderr)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("[")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"child failed ({proc.returncode}) in {tree}")
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def _synthetic_file(folder: Path | None, n: int) -> Path:
    """``synthetic.write_synthetic``'s file of ``n`` events (seed 1), the one ``make bench``
    writes and caches (``bench_view``: ``~/.cache/diplomatic-timeline-bench``)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.bench_view import _cache_dir
    from benchmarks.bench_view import _synthetic_file as cached_file

    return cached_file(_cache_dir(str(folder) if folder else None), n, 1)[0]


def _mark(p95: float, worst: float) -> str:
    return "PASS" if p95 <= TARGET_P95_MS and worst <= TARGET_MAX_MS else "FAIL"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--viewports", nargs="+", default=["1600x900"])
    parser.add_argument("--zooms", nargs="+", default=list(ZOOMS), choices=ZOOMS)
    parser.add_argument("--compare", type=Path, help="another checkout of the app (before)")
    parser.add_argument("--rounds", type=int, default=1, help="alternating runs per tree")
    parser.add_argument("--profile", help="SIZE:ZOOM to profile (cProfile, to stderr)")
    parser.add_argument("--json", type=Path, help="also write the raw frames here")
    parser.add_argument("--data", type=Path, default=None,
                        help="where the synthetic files are cached (default: bench_view's)")
    parser.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--startup", type=int, metavar="ROUNDS",
                        help="measure start-up to first paint instead of frames")
    parser.add_argument("--startup-kind", help=argparse.SUPPRESS)
    parser.add_argument("--idle", action="store_true",
                        help="run the event loop between pans' and zoom notches' frames "
                             "(a held key, a spun wheel); its CPU apart (column idle50)")
    args = parser.parse_args()
    viewports = [tuple(int(v) for v in s.split("x")) for s in args.viewports]
    if args.child and args.startup_kind:
        _child_startup(args.startup_kind)
        return 0
    if args.startup:
        _startup(args.startup, args.compare.resolve() if args.compare else None)
        return 0
    if args.child:
        _child(args.files, viewports, args.zooms, args.profile,  # type: ignore[arg-type]
               args.idle)
        return 0
    files = [str(_synthetic_file(args.data, n)) for n in args.sizes]
    child_args = [*files, "--viewports", *args.viewports, "--zooms", *args.zooms]
    if args.profile:
        child_args += ["--profile", args.profile]
    if args.idle:
        child_args.append("--idle")
    trees = [("after", ROOT)] + ([("before", args.compare.resolve())] if args.compare else [])
    runs: dict[str, list[list[dict[str, Any]]]] = {name: [] for name, _ in trees}
    for _ in range(args.rounds):
        for name, tree in trees:
            runs[name].append(_run(tree, child_args))
    # Every frame of every round counts: rows are merged across rounds.
    table: dict[tuple[str, int, str, str], dict[str, Any]] = {}
    for name, rounds in runs.items():
        for rows in rounds:
            for row in rows:
                key = (name, row["events"], row["viewport"], row["zoom"])
                merged = table.setdefault(key, {"frames": [], "wall": [], "gc_max": 0.0,
                                                "gc_count": 0,
                                                "items": row["items"],
                                                "dense": row["dense_lanes"]})
                merged["frames"] += (row["still"] + row["pan"] + row["zoom_steps"]
                                     + row.get("hover", []) + row.get("select", [])
                                     + row.get("vscroll", []))
                merged["hover"] = merged.get("hover", []) + row.get("hover", [])
                merged["select"] = merged.get("select", []) + row.get("select", [])
                merged["vscroll"] = merged.get("vscroll", []) + row.get("vscroll", [])
                merged["wall"] += row["wall"]
                merged["pan"] = merged.get("pan", []) + row["pan"]
                merged["zoom"] = merged.get("zoom", []) + row["zoom_steps"]
                merged["idle"] = merged.get("idle", []) + row.get("idle", [])
                merged["still"] = merged.get("still", []) + row["still"]
                merged["gc_max"] = max(merged["gc_max"], row["gc_max"])
                merged["gc_count"] += row["gc_count"]
    print("CPU time of each frame (time.process_time, Qt's painting threads included: other "
          "processes on a busy machine do not "
          "count); wall time beside it")
    print(f"Frames (ms; every frame counted: 10 still + 40 pans + 16 zoom steps + 8 hovers + "
          f"8 selections + 16 vertical scrolls (when the lanes scroll) per round; "
          f"the bare row: an empty widget's repaint, the floor, "
          f"{args.rounds} round(s)); targets p95 ≤ {TARGET_P95_MS:g}, max ≤ {TARGET_MAX_MS:g}, "
          f"GC pause ≤ 16")
    header = (f"{'tree':6} {'events':>7} {'viewport':>9} {'zoom':5} {'p50':>6} {'p95':>6} "
              f"{'max':>6} {'wall95':>6} {'wallmx':>6} {'still95':>7} {'pan95':>6} {'zoom95':>6} "
              f"{'hovr95':>6} {'sel95':>6} {'vscr95':>6} {'gcmax':>6} {'gcN':>4} "
              f"{'items':>5} {'dense':>5} {'pan50':>6} {'panmx':>6} {'zoom50':>6} {'zoommx':>6} "
              f"{'idle50':>6}  mark")
    print(header)
    for key in sorted(table, key=lambda k: (k[1], k[2], ROWS.index(k[3]), k[0])):
        m = table[key]
        frames = m["frames"]
        p95, worst = _percentile(frames, 0.95), max(frames)
        print(f"{key[0]:6} {key[1]:>7} {key[2]:>9} {key[3]:5} {_percentile(frames, 0.5):6.2f} "
              f"{p95:6.2f} {worst:6.2f} {_percentile(m['wall'], 0.95):6.2f} {max(m['wall']):6.2f} "
              f"{_percentile(m['still'], 0.95):7.2f} "
              f"{_percentile(m['pan'], 0.95):6.2f} {_percentile(m['zoom'], 0.95):6.2f} "
              f"{_percentile(m['hover'], 0.95):6.2f} {_percentile(m['select'], 0.95):6.2f} "
              f"{_percentile(m['vscroll'], 0.95):6.2f} "
              f"{m['gc_max']:6.1f} {m['gc_count']:4d} {m['items']:5d} {m['dense']:5d} "
              f"{_percentile(m['pan'], 0.5):6.2f} {max(m['pan'], default=0.0):6.2f} "
              f"{_percentile(m['zoom'], 0.5):6.2f} {max(m['zoom'], default=0.0):6.2f} "
              f"{_percentile(m['idle'], 0.5):6.2f}  "
              f"{'(floor)' if key[3] == 'bare' else _mark(p95, worst)}")
    if args.json:
        args.json.write_text(json.dumps({"|".join(map(str, k)): v for k, v in table.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
