"""Peak memory of the real app in use: N events open, the view sized, the pointer resting.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_memory.py \
        [--compare TREE] [--size 100000] [--viewport 2560x1440] [--repeat 2] [--trim] \
        [--days N] [--second-process auto|yes|no]

Issue 11's target "peak memory of the app with 100 000 events open <= 300 MiB" measured
where ``bench_view.py``'s open run does not look: that run ends at the first paint, but
the app then keeps pictures of the view (the frame picture, the views beside it, steps
painted ahead) that grow with the window.  Each child runs ``timeline_app.app.main``
with the file, waits for the events on screen, sizes the timeline's viewport, rests
the pointer on it and waits until the work the app does while it waits is done (the
views beside painted and, since session 39, every event of a lazily loaded file made)
and 2 s more; at Fit All, or with ``--days N`` (session 38) at N
days about the file's busiest day, where the view Fit All would show is kept beside.  It prints the resident set (``VmRSS``) and its
high-water mark (``VmHWM``: the whole process, Qt included) at each stage, and what the
view holds: the pictures (count, MB) and the layouts kept.  ``--trim`` also prints the
resident set after ``malloc_trim(0)`` at the end (what the C heap held but did not use).
``--drag`` then drags the view as bench_view's drag does (a press on empty space, 60
moves of 1-8 px 16.7 ms apart, a release), the event loop running, and prints the
resident set and the peak at each stage after the rest (``drag``): the peak is reset at
the rest (``5`` written to ``/proc/self/clear_refs``), so it is the drag's and the
release's own, not the load's.

``--second-process no`` (or ``yes``) decides the app's choice of a second process for the
load's checks (session 40): the app starts one only when a CPU is idle by the load average
(``io.key_check``); with one started early (a file named on the command line) the
evidence is decoded when each event is made, else in the load.  The two leave different
memory at rest (308 against 315 MiB on main ``9976eeee``), so on a machine whose load
drifts around 1.5 the figure jumped between them.

With ``--compare TREE`` the children alternate between this checkout and TREE (each run
from its tree, that tree's app first on the path), ``--repeat`` rounds: the host's speed
and load drift, so A/B figures come from one run.  A report, not a test: exit status 0.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path.home() / ".cache" / "diplomatic-timeline-bench"


def _status_mib(key: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def _picture_inventory(view: Any) -> dict[str, Any]:
    """What ``view`` (a TimelineView) holds as pictures of its own size and layouts: by
    attribute, without calling into the view (works on older checkouts too)."""
    images: list[tuple[str, Any]] = []

    def add(name: str, held: Any) -> None:
        if held is None:
            return
        if isinstance(held, tuple):
            held = held[1]
        images.append((name, held))

    add("frame", getattr(view, "_frame_cache", None))
    add("spare_scroll", getattr(view, "_spare_picture", None))
    add("ahead", getattr(view, "_ahead_picture", None))
    add("previous", getattr(view, "_previous_picture", None))
    add("spare_canvas", getattr(view, "_spare_canvas", None))
    for picture in getattr(view, "_side_pictures", {}).values():
        add("side", picture)
    add("fit", getattr(view, "_fit_picture", None))
    flip = getattr(view, "_flip_ahead", None)
    if flip is not None:
        add("flip_ahead", flip.picture)
    job = getattr(view, "_paint_job", None)
    if job is not None:
        add("job", job.picture)
    seen: set[int] = set()
    by_kind: dict[str, list[float]] = {}
    for name, image in images:
        if image is None or id(image) in seen:
            continue
        seen.add(id(image))
        by_kind.setdefault(name, []).append(image.sizeInBytes() / 1e6)
    return {"pictures": {k: [len(v), round(sum(v), 1)] for k, v in by_kind.items()},
            "pictures_mb": round(sum(sum(v) for v in by_kind.values()), 1),
            "layouts": len(getattr(view, "_layouts", {})),
            "released_layouts": len(getattr(view, "_released", []))}


def _reset_peak() -> bool:
    """The process's ``VmHWM`` set back to its ``VmRSS`` (Linux 4.0+); False if refused."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def _drag_marks(view: Any, mark: Any, done: Any) -> None:
    """bench_view's drag on ``view`` with the event loop running (``--drag``): a mark
    after the press, before and after the release, when the view's own picture is
    shown again (its job done, or 3 s), and 2 s later; then ``done()``."""
    from bench_view import DRAG_MOVE_MS, DRAG_MOVES, DRAG_STEPS, drag_press_spot
    from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport = view.viewport()
    press = drag_press_spot(view)
    if press is None:
        mark("no empty spot")
        done()
        return

    def send(kind: Any, x: float, buttons: Any) -> None:
        at = QPointF(x, press.y())
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else (
            Qt.MouseButton.LeftButton)
        QApplication.sendEvent(viewport, QMouseEvent(
            kind, at, QPointF(viewport.mapToGlobal(at.toPoint())), button, buttons,
            Qt.KeyboardModifier.NoModifier))

    state = {"x": press.x(), "i": 0, "t0": 0.0}
    send(QEvent.Type.MouseButtonPress, state["x"], Qt.MouseButton.LeftButton)
    mark("drag: pressed")

    def step() -> None:
        if state["i"] < DRAG_MOVES:
            state["x"] += DRAG_STEPS[state["i"] % len(DRAG_STEPS)]
            state["i"] += 1
            send(QEvent.Type.MouseMove, state["x"], Qt.MouseButton.LeftButton)
            QTimer.singleShot(int(DRAG_MOVE_MS), step)
            return
        mark("drag: moved")
        send(QEvent.Type.MouseButtonRelease, state["x"], Qt.MouseButton.NoButton)
        viewport.repaint()  # the release's frame
        mark("drag: released")
        state["t0"] = time.perf_counter()
        QTimer.singleShot(0, settled)

    def settled() -> None:
        job = view._paint_job
        pending = view._pan is not None or (job is not None and getattr(job, "settles", False))
        if pending and time.perf_counter() - state["t0"] < 3:
            QTimer.singleShot(5, settled)
            return
        mark(f"drag: own {1000 * (time.perf_counter() - state['t0']):.0f} ms")
        QTimer.singleShot(2000, after)

    def after() -> None:
        mark("drag: +2 s")
        done()

    QTimer.singleShot(int(DRAG_MOVE_MS), step)


def _child(path: str, width: int, height: int, trim: bool, drag: bool = False) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_view import _set_viewport, app_main_window

    out: dict[str, Any] = {"marks": []}
    meta = json.loads(Path(path).with_suffix(".meta.json").read_text())
    state: dict[str, Any] = {"n": meta.get("events")}
    days = float(os.environ.get("BENCH_MEMORY_DAYS") or 0)

    def mark(name: str) -> None:
        out["marks"].append((name, round(_status_mib("VmRSS"), 1), round(_status_mib("VmHWM"), 1)))

    def poll() -> None:
        app = QApplication.instance()
        win = app_main_window(app)
        if (win is None or win.is_busy() or len(win.document.timeline) < (state["n"] or 1)
                or not win.view.isVisible()):
            QTimer.singleShot(50, poll)
            return
        state["win"] = win
        QTimer.singleShot(300, sized)  # the first frame of the loaded events

    def sized() -> None:
        win = state["win"]
        mark("loaded")
        out["viewport"] = _set_viewport(win, QApplication.instance(), width, height)
        vp = win.view.viewport()
        vp.repaint()
        mark("sized")
        if days:  # (``--days``: the busiest day's view, not Fit All's)
            import datetime as dt

            win.view.go_to_date(dt.date.fromordinal(meta["busiest_day"]), days)
            vp.repaint()
        pos = QPointF(vp.width() * 0.37 + 0.25, vp.height() * 0.3)
        QApplication.sendEvent(vp, QMouseEvent(
            QEvent.Type.MouseMove, pos, vp.mapToGlobal(pos), Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
        state["pointed"] = time.perf_counter()
        QTimer.singleShot(200, resting)

    def resting() -> None:
        view = state["win"].view
        busy = view._paint_job is not None or bool(getattr(view, "_side_queue", []))
        # (session 39: and every event of a lazily loaded file made in idle time, the
        # app's steady state; under load that took longer than the 2 s of rest, and the
        # peak then varied by 30 MiB from run to run)
        unmade = getattr(state["win"].document.timeline, "_store", None) is not None
        waited = time.perf_counter() - state["pointed"]
        if (busy or unmade) and waited < 20:
            QTimer.singleShot(100, resting)
            return
        out["sides_done_s"] = round(waited, 2)
        out["unmade"] = unmade
        mark("sides painted")
        QTimer.singleShot(2000, rested)

    def rested() -> None:
        mark("rested 2 s")
        out["inventory"] = _picture_inventory(state["win"].view)
        if drag:
            out["rest_peak_mib"] = round(_status_mib("VmHWM"), 1)
            out["peak_reset"] = _reset_peak()
            mark("peak reset")
            _drag_marks(state["win"].view, mark, finish)
            return
        finish()

    def finish() -> None:
        if trim:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
            mark("malloc_trim")
        out["peak_mib"] = round(_status_mib("VmHWM"), 1)
        print(json.dumps(out), flush=True)
        os._exit(0)

    from timeline_app import app as app_module

    second = os.environ.get("BENCH_MEMORY_SECOND_PROCESS")
    if second in ("yes", "no"):  # (``--second-process``)
        from timeline_app.io import key_check

        key_check._a_cpu_is_idle = lambda: second == "yes"  # type: ignore[assignment]
    opening = app_module.create_opening_window

    def create_opening_window(*args: Any, **kwargs: Any) -> Any:
        # (the QApplication exists from here on: timers can be set)
        window = opening(*args, **kwargs)
        QTimer.singleShot(100, poll)
        QTimer.singleShot(120_000, lambda: os._exit(3))
        return window

    app_module.create_opening_window = create_opening_window  # type: ignore[assignment]
    app_module.main([path])


def _run(tree: Path, path: Path, viewport: str, trim: bool, tmp: str,
         drag: bool = False) -> dict[str, Any]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TIMELINE_APP_SETTINGS"] = os.path.join(tmp, "settings.ini")  # never the user's
    env["TIMELINE_APP_RECOVERY_DIR"] = os.path.join(tmp, "recovery")
    env["PYTHONPATH"] = os.pathsep.join([str(tree), str(ROOT)])
    width, height = viewport.split("x")
    args = [sys.executable, "-X", "utf8", str(Path(__file__).resolve()), "--child",
            str(path), width, height, ("1" if trim else "0") + ("d" if drag else "")]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=180,
                          check=False, cwd=tree)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        return {"error": f"child failed ({proc.returncode}): {proc.stderr[-1500:]}"}
    return dict(json.loads(lines[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", type=Path, help="another checkout, run alternately")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--viewport", default="2560x1440")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--trim", action="store_true")
    parser.add_argument("--drag", action="store_true",
                        help="then a drag and its release, the peak reset at the rest")
    parser.add_argument("--days", type=float, default=0.0,
                        help="rest at this many days about the busiest day (365: a year), "
                        "not at Fit All: the view Fit All would show is then kept beside")
    parser.add_argument("--second-process", choices=("auto", "yes", "no"), default="auto",
                        help="whether the load's key check runs in a second process: "
                        "'auto' as the app decides (only when a CPU is idle by the load "
                        "average), 'yes' or 'no' whatever the load")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.days:
        os.environ["BENCH_MEMORY_DAYS"] = str(args.days)  # (read by the children)
    if args.child:
        path, width, height, trim = args.child
        _child(path, int(width), int(height), trim.startswith("1"), trim.endswith("d"))
        return 0
    path = CACHE / f"synthetic-v3-{args.size}-{args.seed}.json"
    if not path.exists():
        print(f"{path} is missing: run benchmarks/bench_view.py --sizes {args.size} once")
        return 0
    os.environ["BENCH_MEMORY_SECOND_PROCESS"] = args.second_process  # (the children's)
    trees = [("this", ROOT)] + ([("other", args.compare.resolve())] if args.compare else [])
    print(f"memory in use, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
          f"{args.size} events, viewport {args.viewport}"
          + (f", {args.days:g} days at the busiest day; " if args.days else " (Fit All); ")
          + f"second process: {args.second_process}; "
          + "; ".join(f"{name} = {tree}" for name, tree in trees))
    with tempfile.TemporaryDirectory(prefix="bench_memory_") as tmp:
        for rnd in range(args.repeat):
            for name, tree in trees:
                out = _run(tree, path, args.viewport, args.trim, tmp, args.drag)
                print(f"\nround {rnd + 1}, {name}, load average {os.getloadavg()[0]:.1f}:")
                if "error" in out:
                    print("  error: " + out["error"][-800:])
                    continue
                print(f"  viewport {out['viewport']}, views beside painted"
                      + (" (events NOT all made)" if out.get("unmade") else "")
                      + f" after {out['sides_done_s']} s; peak RSS (VmHWM) {out['peak_mib']} MiB "
                      f"[target <= 300 MiB at 100 000 events]")
                if args.drag:
                    print(f"  peak at rest {out['rest_peak_mib']} MiB; reset for the drag: "
                          f"{out['peak_reset']} (the marks' VmHWM below from then on)")
                for what, rss, hwm in out["marks"]:
                    print(f"  {what:<14} RSS {rss:7.1f} MiB   VmHWM {hwm:7.1f} MiB")
                inv = out["inventory"]
                print(f"  pictures kept: {inv['pictures_mb']} MB "
                      + ", ".join(f"{k} {n}×={mb} MB" for k, (n, mb) in inv["pictures"].items())
                      + f"; layouts kept {inv['layouts']} (+{inv['released_layouts']} to free)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
