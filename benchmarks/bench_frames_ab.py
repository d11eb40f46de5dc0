"""Frames of one zoom level, this checkout beside another, in alternating children.

Issue 11's frame rows (``bench_view.py``) are wall-clock p95s of a whole session; on a
machine shared by several processes they move by 2-4x from run to run, so a change of a
few milliseconds cannot be told from the load.  This script runs the same scripted
frames as ``bench_view.py``'s frames session (enter the view at the busiest day with
``go_to_date``, 6 still repaints, 8 hovers, 24 scroll-bar pans of 1/8 of the view; the
resize frames are left out, as the bench does not judge them) for each view named, in a
child per run, alternating this checkout and ``--tree`` (another checkout of the app,
e.g. ``git worktree add --detach ../base main``), and prints per view and tree the
judged frames' CPU p95, max and median (the process's CPU, ``time.process_time``, as
``bench_view.py``'s "cpu" column) and how many frames painted the view more than once
(a repaint asked within the frame's own paint: session 64, scale71).  ``--callgrind``
runs each child under valgrind's callgrind with instrumentation on only during the
frames (``callgrind_control -i``)
and prints the instructions: repeatable under any load (brief, house rule 9).
``--cprofile DIR`` writes each child's cProfile of the same judged frames
(``DIR/this-1.prof``, ``DIR/other-1.prof``, ...; Python's names, which callgrind's profile
lacks).  ``--idle-first``: the app's idle work after the open (the coded facts at
1 000 000 events, ``ui/facts_warm.py``: ~1.4 s of CPU in 20 000-value steps; the pictures
made ahead) is done before the first view, as ``bench_view.py``'s frames session waits
for it (``_wait_until_idle``); without it, that work ran inside the first views' frames
(session 66, scale78: a month's enter at 1 000 000 events 590 ms under cProfile).

Usage::

    python benchmarks/bench_frames_ab.py --tree ../base --size 1000000 \\
        --viewport 1600x900 --views month week --rounds 2 [--callgrind]

The files are ``bench_view.py``'s synthetic ones (``--cache``); ``--file`` and
``--busiest-day`` (an ordinal) name another.

The view ``fit`` is ``bench_view.py``'s fit-all row: the year at the busiest day shown at
a viewport ``FIT_FROM`` px smaller, ``REST_MS`` of the event loop (the bench's latency
runs end so), the window resized to the viewport asked, ``FIT_TURNS`` turns of the event
loop (the bench's 20 bare-widget frames, 30-50 ms), then Fit All (the enter), 6 still
repaints and 8 hovers: a Fit All at a width never fitted at, soon after a resize.  Under
``--callgrind`` (~50x slower) the app's timers (``PICTURE_IDLE_MS``: the pictures it makes
while it waits) fire within the stills and hovers, in either tree: the row's instructions
then count work done ahead too (session 11, cold12: 230.1 M -> 145.7 M for the row where
the enter alone went 158.9 M -> 24.2 M).  ``--fit-pointer``: the pointer rests over the
view before the resize (``bench_view``'s hovers at the smaller size leave it there: at
2560x1440 the views beside then fill ``SIDE_PICTURES_BYTES``); ``--fit-wait MS``: the
event loop runs that long after the turns, before Fit All (``bench_view``'s bare frames
take longer under load: its view's own picture and the views beside are made by then).
The view ``notches`` is ``bench_view.py``'s "zoom in + out" row: Fit All, then real
Ctrl+wheel notches at the busiest day's x until one day fills the view and as many out,
back to back, each a frame; its notches are the judged frames (session 65, scale74).
``--rest-ms MS``: the view's rest timer (``WORLD_REST_MS``, 150 ms) set to MS in both trees'
children: under ``--callgrind`` a frame takes longer than the rest, and a pan that rides
the world (``view_ride``, ``view_kept_ride``) rested between every two of its frames, where
at full speed it rests only after its last one (session 66, scale76).
``--theme dark``: both trees' windows in the dark palette (``theme.apply_theme``), whose
markers are drawn with more work than the light one's (session 53, view66: the thin bars).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

DAYS_SHOWN = {"year": 365.0, "month": 31.0, "week": 7.0, "day": 1.0}
FIT_FROM = (960, 540)  # "fit": the viewport before the resize, this much smaller (px)
REST_MS = 400  # the event loop's rest before that resize (bench_view's SETTLE_MS)
FIT_TURNS = 20  # turns of the event loop between the resize and Fit All
STILL, HOVERS, PANS = 6, 8, 24  # as bench_view.py's frames session
JUDGED = ("enter", "still", "hover", "pan")
NOTCHES_MAX = 80  # "notches": in until one day fills the view (bench_view's row's cap)


def _child(path: str, busiest_day: int, width: int, height: int, views: list[str],
           callgrind: bool, cprofile: str | None = None) -> None:
    """One run: the frames of each view, as JSON on stdout (``{view: {kind: [ms]}}``).
    The steps are ``bench_view.py``'s frames session's, written again: importing that
    module puts this checkout first on ``sys.path``, and a child must import only the
    tree it measures (checked by the parent)."""
    import datetime as dt
    import gc

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QPointF, Qt, QTimer
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    import timeline_app
    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    theme = os.environ.get("BENCH_THEME")
    if theme:  # (``--theme``: the palette before the window, as the app's start sets it)
        from timeline_app.ui.theme import apply_theme

        apply_theme(app, theme)
    timeline = timeline_io.load(path)
    window = MainWindow(timeline, path)
    window.show()
    app.processEvents()
    view = window.view
    rest_ms = int(os.environ.get("BENCH_REST_MS", "0"))
    if rest_ms:  # (``--rest-ms``)
        view._world_rest_timer.setInterval(rest_ms)
    def set_viewport(width: int, height: int) -> None:
        for _ in range(3):  # the viewport at the size asked (the docks take a share)
            vp = view.viewport()
            dw, dh = width - vp.width(), height - vp.height()
            if not dw and not dh:
                break
            window.resize(window.width() + dw, window.height() + dh)
            app.processEvents()

    set_viewport(width, height)
    busy = dt.date.fromordinal(busiest_day)

    from PySide6.QtCore import QObject

    paints = [0]  # the view's paint events in the frame under way

    class PaintCounter(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints[0] += 1
            return False

    counter = PaintCounter(view)
    view.viewport().installEventFilter(counter)
    twice: list[int] = []  # of the current view: the frames painted more than once

    def frame(step: Any) -> float:
        paints[0] = 0
        c0 = time.process_time()
        step()
        view.viewport().repaint()
        app.processEvents()
        spent = (time.process_time() - c0) * 1000
        if paints[0] > 1:
            twice.append(paints[0])
        return spent

    import cProfile

    profiler = cProfile.Profile() if cprofile else None

    def instrument(on: bool) -> None:
        """Count the judged frames only: callgrind's instrumentation, or ``--cprofile``'s."""
        if callgrind:
            subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
                           capture_output=True, check=False)
        if profiler is not None:
            if on:
                profiler.enable()
            else:
                profiler.disable()

    gc.collect()
    instrument(True)
    out: dict[str, Any] = {"app": timeline_app.__file__, "views": {}}
    out["twice"] = {}
    def until_idle(limit_s: float = 300.0 if callgrind else 20.0) -> None:
        """The event loop turned until 0.5 s of it costs under 5 ms of CPU (as
        ``bench_view._wait_until_idle``, written again: see above)."""
        began = time.perf_counter()
        while time.perf_counter() - began < limit_s:
            window, cpu = time.perf_counter(), time.process_time()
            while time.perf_counter() - window < 0.5:
                app.processEvents()
                time.sleep(0.01)
            if time.process_time() - cpu < 0.005:
                break

    def notches() -> dict[str, list[float]]:
        """``bench_view.py``'s "zoom in + out" row, written again (see ``_child``): Fit
        All (not judged) from the busiest day at rest, then real Ctrl+wheel notches at the busiest day's x, in until
        one day fills the view, as many out, each a frame."""
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QWheelEvent

        vp = view.viewport()
        # The app at rest (the open's idle work done), at the busiest day, at rest again
        # (its picture and Fit All's made ahead, as after bench_view's day session),
        # then Fit All: the row's start.
        until_idle()
        frame(lambda: view.go_to_date(busy, DAYS_SHOWN["day"]))
        until_idle()
        fitted = frame(view.fit_all)

        def anchor() -> float:
            x = float(view.x_of_day(busiest_day + 0.5))
            return min(max(x, 0.0), float(vp.width()))

        def shown_days() -> float:
            first, last = view.visible_days()
            return float(last - first)

        def notch(x: float, up: bool) -> None:
            pos = QPointF(x, vp.height() * 0.4)
            QApplication.sendEvent(vp, QWheelEvent(
                pos, QPointF(vp.mapToGlobal(pos.toPoint())), QPoint(),
                QPoint(0, 120 if up else -120), Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False))

        made: list[float] = []
        steps_in = 0
        for _ in range(NOTCHES_MAX):
            before = shown_days()
            made.append(frame(lambda a=anchor(): notch(a, True)))
            steps_in += 1
            if shown_days() >= before or shown_days() <= 1.5:
                break
        made += [frame(lambda a=anchor(): notch(a, False)) for _ in range(steps_in)]
        return {"fit": [fitted], "notch": made}

    if os.environ.get("BENCH_IDLE_FIRST"):  # (``--idle-first``: as bench_view's session)
        instrument(False)
        until_idle()
        instrument(True)
    for name in views:
        twice.clear()
        if name == "notches":
            out["views"][name] = notches()
            out["twice"][name] = len(twice)
            continue
        if name == "fit":  # bench_view's order: a year, a rest, a resize, Fit All
            instrument(False)  # (the judged frames only)
            set_viewport(width - FIT_FROM[0], height - FIT_FROM[1])
            frame(lambda: view.go_to_date(busy, DAYS_SHOWN["year"]))
            loop = QEventLoop()
            QTimer.singleShot(REST_MS, loop.quit)
            loop.exec()
            if os.environ.get("BENCH_FIT_POINTER"):  # (before the resize, as bench_view)
                spot = QPointF(view.viewport().width() * 0.9, view.viewport().height() * 0.4)
                QApplication.sendEvent(view.viewport(), QMouseEvent(
                    QEvent.Type.MouseMove, spot, view.mapToGlobal(spot.toPoint()),
                    Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier))
            set_viewport(width, height)
            for _ in range(FIT_TURNS):
                app.processEvents()
            wait = int(os.environ.get("BENCH_FIT_WAIT_MS", "0"))
            if wait:
                QTimer.singleShot(wait, loop.quit)
                loop.exec()
            instrument(True)
        frames: dict[str, list[float]] = {
            "enter": [frame(view.fit_all if name == "fit" else
                            lambda d=DAYS_SHOWN[name]: view.go_to_date(busy, d))],
            "still": [frame(lambda: None) for _ in range(STILL)]}
        vp = view.viewport()
        hovers = []
        for i in range(HOVERS):
            pos = QPointF(vp.width() * (i + 0.5) / HOVERS, vp.height() * 0.4)
            move = QMouseEvent(QEvent.Type.MouseMove, pos, view.mapToGlobal(pos.toPoint()),
                               Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                               Qt.KeyboardModifier.NoModifier)
            hovers.append(frame(lambda m=move: QApplication.sendEvent(view.viewport(), m)))
        frames["hover"] = hovers
        bar = view.horizontalScrollBar()
        start, step, direction, pans = bar.value(), max(1, bar.pageStep() // 8), 1, []
        for _ in range(PANS if name != "fit" else 0):  # (no pans at Fit All: no range)
            target = bar.value() + direction * step
            if target > bar.maximum() and direction == 1:
                direction, target = -1, start - step  # the right end: left of the start
            if target < bar.minimum():
                break
            pans.append(frame(lambda t=target: bar.setValue(t)))
        frames["pan"] = pans
        out["views"][name] = frames
        out["twice"][name] = len(twice)
    instrument(False)
    if profiler is not None and cprofile:
        profiler.dump_stats(cprofile)
    print(json.dumps(out), flush=True)
    os._exit(0)  # skip tearing down the timeline's objects


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``: the nearest rank, no interpolation."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def run_child(command: list[str], tree: Path, out_dir: str | None) -> dict[str, Any]:
    """Run ``command`` (a Python child that prints its result as one JSON line last) in
    ``tree`` with that tree's ``timeline_app`` first on the path; with ``out_dir``, under
    callgrind with instrumentation off until the child turns it on (``--callgrind``), the
    total then in the result's ``"instructions"``.  Also used by ``pan_copy_strip.py``.

    Raises:
        SystemExit: the child printed no JSON line (its stderr's end said).
    """
    out_file = ""
    if out_dir is not None:
        out_file = os.path.join(out_dir, f"callgrind.{time.monotonic_ns()}")
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
                   f"--callgrind-out-file={out_file}", *command, "--callgrind"]
    env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the trees' byte-code, not a recompile
    done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True,
                          check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"child in {tree} failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    if out_file:
        with open(out_file, encoding="utf-8") as handle:
            totals = [line for line in handle if line.startswith(("summary:", "totals:"))]
        result["instructions"] = int(totals[-1].split()[1]) if totals else 0
        os.remove(out_file)
    return result


def _run(tree: Path, args: argparse.Namespace, path: str, busiest: int,
         tmp: str, label: str = "") -> dict[str, Any]:
    """One child in ``tree`` (its ``timeline_app`` first on the path); ``label`` names its
    ``--cprofile`` file."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", path, str(busiest),
               args.viewport, *args.views]
    if args.cprofile:
        os.makedirs(args.cprofile, exist_ok=True)
        command += ["--cprofile", os.path.join(os.path.abspath(args.cprofile), f"{label}.prof")]
    result = run_child(command, tree, tmp if args.callgrind else None)
    if not result["app"].startswith(str(tree)):
        raise SystemExit(f"child in {tree} imported {result['app']}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", type=Path, help="the other checkout (its root)")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--file", help="a timeline file instead of the synthetic one")
    parser.add_argument("--busiest-day", type=int, help="with --file: the day (ordinal)")
    parser.add_argument("--cache", default="~/.cache/diplomatic-timeline-bench")
    parser.add_argument("--viewport", default="1600x900")
    parser.add_argument("--views", nargs="+", default=["month", "week"],
                        choices=sorted([*DAYS_SHOWN, "fit", "notches"]))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--cprofile", metavar="DIR",
                        help="each child's cProfile of its judged frames, "
                             "DIR/{this,other}-ROUND.prof (Python names; pstats to read)")
    parser.add_argument("--fit-pointer", action="store_true",
                        help="fit: the pointer rests over the view before the resize")
    parser.add_argument("--fit-wait", type=int, default=0, metavar="MS",
                        help="fit: the event loop runs MS more before Fit All")
    parser.add_argument("--idle-first", action="store_true",
                        help="the app's idle work after the open (the facts coded, "
                             "pictures made ahead) done before the first view, as "
                             "bench_view's frames session waits for it")
    parser.add_argument("--theme", choices=("light", "dark"),
                        help="the palette of both trees' windows (default: Qt's own)")
    parser.add_argument("--rest-ms", type=int, default=0, metavar="MS",
                        help="the view's rest timer (WORLD_REST_MS) at MS in both trees: "
                             "under --callgrind (~50x slower) a pan's frame outlasts the "
                             "150 ms rest, so a scroll-bar pan that rides rested between "
                             "every two frames")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        path, busiest, size, *views = args.child
        width, height = (int(v) for v in size.split("x"))
        _child(path, int(busiest), width, height, views, args.callgrind, args.cprofile)
        return 0
    if args.tree is None:
        parser.error("--tree is required")
    if args.fit_pointer:  # (read by the children)
        os.environ["BENCH_FIT_POINTER"] = "1"
    if args.fit_wait:
        os.environ["BENCH_FIT_WAIT_MS"] = str(args.fit_wait)
    if args.idle_first:  # (read by the children)
        os.environ["BENCH_IDLE_FIRST"] = "1"
    if args.theme:  # (read by the children)
        os.environ["BENCH_THEME"] = args.theme
    if args.rest_ms:  # (read by the children)
        os.environ["BENCH_REST_MS"] = str(args.rest_ms)
    if args.file:
        if args.busiest_day is None:
            parser.error("--file needs --busiest-day")
        path, busiest = args.file, args.busiest_day
    else:
        cache = Path(os.path.expanduser(args.cache))
        path = str(cache / f"synthetic-v3-{args.size}-1.json")
        with open(cache / f"synthetic-v3-{args.size}-1.meta.json", encoding="utf-8") as fh:
            busiest = json.load(fh)["busiest_day"]
    here = Path(__file__).resolve().parent.parent
    trees = {"this": here, "other": args.tree.resolve()}
    runs: dict[str, list[dict[str, Any]]] = {"this": [], "other": []}
    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="bench_frames_ab.") as tmp:
        for number in range(1, args.rounds + 1):
            for name in ("other", "this"):
                runs[name].append(_run(trees[name], args, path, busiest, tmp,
                                       f"{name}-{number}"))
                load.append(os.getloadavg()[0])
    print(f"frames at {os.path.basename(path)}, {args.viewport}; this = {here}, "
          f"other = {trees['other']}; {args.rounds} round(s) alternating; load average "
          f"{min(load):.1f}-{max(load):.1f}")
    print(f"{'view':<7}{'tree':<7}{'round':>6}{'cpu p95':>9}{'max':>7}{'pan p50':>9}"
          f"{'enter':>7}{'2 paints':>9}" + (f"{'instructions':>15}" if args.callgrind else ""))
    for view in args.views:
        for name in ("other", "this"):
            for number, run in enumerate(runs[name], 1):
                frames = run["views"][view]
                judged = [ms for kind in (*JUDGED, "notch") for ms in frames.get(kind, [])]
                pans = frames.get("pan") or frames.get("notch") or [float("nan")]
                enter = frames.get("enter", frames.get("fit", [float("nan")]))[0]
                notches = frames.get("notch")
                print(f"{view:<7}{name:<7}{number:>6}{percentile(judged, 95):9.1f}"
                      f"{max(judged):7.1f}{percentile(pans, 50):9.1f}{enter:7.1f}"
                      f"{run.get('twice', {}).get(view, 0):9}"
                      + (f"{run.get('instructions', 0):15,}" if args.callgrind else "")
                      + (f"  (max: notch {notches.index(max(notches))} of {len(notches)}; "
                         f"over 16 ms: {', '.join(str(i) for i, ms in enumerate(notches) if ms > 16) or 'none'})"
                         if notches else ""))
    print("(2 paints: the judged frames in which the view was painted more than once; "
          "notches: bench_view's zoom row, its notches judged, 'pan p50' their median, "
          "'enter' the Fit All before them)")
    if args.callgrind:
        print("(instructions: all the views of a run together)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
