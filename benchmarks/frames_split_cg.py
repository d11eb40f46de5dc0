"""Instructions of one kind of frame alone, under callgrind: the enter, the 24 pans or 12
zoom notches of ``bench_frames_ab.py``'s frames session (issue 11, session 26, frames29:
its totals add the enter, the stills and the hovers to the pans, and stage 2's packing
moves cost from the pans to the enter and the zooms).

Usage (one child a tree and kind; compare two trees' totals)::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/frames_split_cg.py VIEW WHAT [EVENTS] [WxH]
    grep totals: OUT

``VIEW``: year, month, week, day (days shown at the file's busiest day, as
``bench_frames_ab.py``); ``WHAT``: ``enter`` (``go_to_date``'s frame), ``rest`` (a tree
with frames31's rest: the idle packing of the world's chunks after the stills and the
frame they are swapped into), ``resize`` (after the rest: six frames of a window 1 px
wider, then narrower, and the rest after them), ``pans`` (24 scroll-bar pans of 1/8 view
after 6 still frames and the rest), ``zoom`` (6 notches in, 6 out about
the middle, after the pans); ``EVENTS``: the synthetic file's size (``bench_view.py``'s
cache, default 100000); the viewport, default 1600x900.  ``FRAMES_ERAS=N`` (session 36,
edit34): N eras of 60 days, two by two overlapping, every 45 days from 180 days before
the busiest day, added in a lane shown as eras (bands behind the lanes, ``ui.view_eras``)
before the window opens; compare with the same tree without it.  Each frame is the step, a
``repaint`` and ``processEvents`` (the timers due fire: work ahead is counted; the
view's rest and its pictures made when idle are held off by their timers, see below).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

DAYS = {"year": 365.0, "month": 31.0, "week": 7.0, "day": 1.0}


def window_at(app, events: str, width: int, height: int):  # type: ignore[no-untyped-def]
    """``MainWindow`` on ``bench_view.py``'s synthetic file of ``events`` events (its
    cache), shown, its viewport ``width`` x ``height``; and the file's busiest day."""
    from timeline_app import io as timeline_io
    from timeline_app.ui.main_window import MainWindow

    cache = os.path.expanduser("~/.cache/diplomatic-timeline-bench")
    path = os.path.join(cache, f"synthetic-v3-{events}-1.json")
    with open(path.replace(".json", ".meta.json"), encoding="utf-8") as handle:
        busy = dt.date.fromordinal(json.load(handle)["busiest_day"])
    timeline = timeline_io.load(path)
    eras = int(os.environ.get("FRAMES_ERAS") or 0)
    if eras:  # (session 36, edit34: eras drawn as bands, see the module's docstring)
        from timeline_app.core import Event, FuzzyDate

        first = busy.toordinal() - 180
        for n in range(eras):
            start = dt.date.fromordinal(first + 45 * n)
            end = dt.date.fromordinal(first + 45 * n + 60)
            timeline.add(Event(f"bench-era-{n}", f"Era {n + 1} of the benchmark",
                               FuzzyDate.of_day(start), end=FuzzyDate.of_day(end),
                               category="benchmark eras"))
        timeline.era_lanes = frozenset({"benchmark eras"})
    window = MainWindow(timeline, path)
    window.show()
    app.processEvents()
    view = window.view
    for _ in range(6):  # the viewport at the size asked (the docks take a share)
        vp = view.viewport()
        dw, dh = width - vp.width(), height - vp.height()
        if not dw and not dh:
            break
        window.resize(window.width() + dw, window.height() + dh)
        app.processEvents()
    return window, busy


def entered_and_rested(app, view_name: str, width: int, height: int):  # type: ignore[no-untyped-def]
    """``window_at``'s window on the 100 000-event file, the view's rest and its picture
    made when idle held off by their timers, ``go_to_date`` of the busiest day at
    ``view_name``, six still frames and the world's rest made then (``rested``;
    ``FRAMES31_NO_REST=1``: none, as in ``bench_view.py``'s back-to-back frames), none of
    it counted; returns the window and ``frame`` (a step, a ``repaint``,
    ``processEvents``).  The prologue of ``frames_parts_cg.py`` and ``drag_pans_cg.py``."""
    window, busy = window_at(app, "100000", width, height)
    view = window.view
    view._world_rest_timer.setInterval(10 ** 9)
    view._picture_timer.setInterval(10 ** 9)

    def frame(step):  # type: ignore[no-untyped-def]
        step()
        view.viewport().repaint()
        app.processEvents()

    frame(lambda: view.go_to_date(busy, DAYS[view_name]))
    for _ in range(6):
        frame(lambda: None)
    if not os.environ.get("FRAMES31_NO_REST"):  # (unset: the world's pans, after a rest)
        rested(view, app)
        frame(lambda: None)
    return window, frame


def counting(on: bool) -> None:
    """Callgrind's counting on or off (``--instr-atstart=no``)."""
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
                   capture_output=True, check=False)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    view_name, what = sys.argv[1], sys.argv[2]
    events = sys.argv[3] if len(sys.argv) > 3 else "100000"
    width, height = (int(v) for v in (sys.argv[4] if len(sys.argv) > 4
                                      else "1600x900").split("x"))
    days = DAYS[view_name]
    window, busy = window_at(app, events, width, height)
    view = window.view

    def frame(step):  # type: ignore[no-untyped-def]
        step()
        view.viewport().repaint()
        app.processEvents()

    # Stage 2 after frames31 (session 27): a new zoom level is packed by ``pack_lane``
    # and the world's chunks once the view has rested ``WORLD_REST_MS`` (wall clock).
    # Under callgrind a frame takes seconds, so every frame would look like a rest: the
    # rest is held off here and made explicit instead — the zoom notches come back to
    # back as a wheel's do, and the pans follow a rest (``rest``: its idle packing and
    # the swapped-in frame, counted alone).  Trees without it (main) skip this.
    rests = hasattr(view, "_world_rest_timer")
    if rests:
        view._world_rest_timer.setInterval(10 ** 9)
    # The picture of a view that stays and the views beside it (``_picture_timer``,
    # ``PICTURE_IDLE_MS`` of wall clock after a frame) are held off too, as
    # ``key_steps_cg.py`` holds them: under callgrind a frame takes seconds, so the timer
    # could fire within the counted pans as the machine's load let it (session 31,
    # frames34's report).  Held, 24 year pans at 2560x1440 counted 1 957.96 / 1 958.26 M
    # in two runs at a load of ~10; left to fire, 1 960.64 / 1 960.94 M (session 32).
    # ``FRAMES_PICTURE_TIMER=1``: left to fire (as before).
    if not os.environ.get("FRAMES_PICTURE_TIMER") and hasattr(view, "_picture_timer"):
        view._picture_timer.setInterval(10 ** 9)

    def rest() -> None:
        if not rests or os.environ.get("FRAMES31_NO_REST"):
            return  # (``FRAMES31_NO_REST``: no rest, as on main)
        rested(view, app)
        frame(lambda: None)

    counting(what == "enter")
    frame(lambda: view.go_to_date(busy, days))
    counting(False)
    for _ in range(6):
        frame(lambda: None)
    counting(what == "rest")
    rest()
    counting(False)
    if what == "resize":
        # bench_view's resize frames (1 px wider, narrower, six times) and the rest after
        # them (session 28, frames32: keyed by the frame generation, the chunks were
        # packed again and swapped again after a resize; main: no rest)
        counting(True)
        for i in range(6):
            frame(lambda d=1 if i % 2 == 0 else -1: window.resize(window.width() + d,
                                                               window.height()))
        rest()
        counting(False)
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    counting(what == "pans")
    for _ in range(24):
        frame(lambda t=bar.value() + step: bar.setValue(t))
    counting(what == "zoom")
    if what == "zoom":
        for notch in range(12):
            frame(lambda n=notch: view.zoom_by(1.25 if n < 6 else 0.8, width / 2))
    counting(False)
    print("done", view.viewport().width(), view.viewport().height(), flush=True)
    os._exit(0)


def rested(view, app) -> None:  # type: ignore[no-untyped-def]
    """The view's rest made now (its world chunks packed and swapped in), its timer held
    off again after it: under callgrind every frame would look like a rest."""
    view._world_rest_timer.setInterval(0)
    view._world_rest_timer.start()
    for _ in range(10000):
        app.processEvents()
        if view._world_at == view._world_here() or view._layout().world_lanes is None:
            break
    view._world_rest_timer.setInterval(10 ** 9)


if __name__ == "__main__":
    raise SystemExit(main())
