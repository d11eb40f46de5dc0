"""Every notch of ``bench_view.py``'s "zoom in + out" row, one line each, in the bench's own
session: what each frame did and where its CPU went.

Usage (from the root of the checkout to measure; its package is imported first)::

    QT_QPA_PLATFORM=offscreen python benchmarks/zoom_row_trace.py N VIEWPORT... \\
        [--all] [--profile K] [--profile-slowest-slice] [--profile-slowest-step]
        [--skip-views]

N is the size of ``bench_view``'s synthetic file (``~/.cache/diplomatic-timeline-bench/
synthetic-v3-N-1.json``, written by ``bench_view``).  The child is ``bench_view``'s frames
child itself (``_child_frames``: the views' sessions, then the zoom row, as ``make bench``
runs them), with its latency runs and the event list left out (``--skip-views``: the
views' sessions too, the row straight after the window is sized), and the view's methods
wrapped to note, per notch (a Ctrl+wheel event to the next): the process CPU of the
bench's frame (its step, paint and events after, from ``bench_view``'s own log), how the
frame was drawn (``stretch``: a picture of another zoom stretched by the factor shown,
``copy``: a copy of a picture of its own view, ``whole``: laid out and painted), and the GUI
thread's CPU in whole paints (``_paint`` of the whole view), layouts
(``_compute_layout``), slices of work ahead (``_paint_slice``; ``end``: one finished to
the end by ``_finish_preview_job``), the pictures made when idle
(``_make_picture_when_idle``, ``_prepare_sides``, the world's slices) and collections.
``--all`` prints every notch, else those over 8 ms of CPU or wall time.
``--profile-slowest-slice``: every slice under cProfile, the slowest one's printed;
``--profile-slowest-step``: the same for the notches' ``wheelEvent``.  ``--profile K``
runs cProfile (thread CPU) over notch K (counted across the viewports, in order) and
prints its top functions.
A measurement, not a test (issue 11, session 65, scale74).
"""

from __future__ import annotations

import contextlib
import cProfile
import gc
import io
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)
os.environ.setdefault("TIMELINE_APP_RECOVERY_DIR", os.path.join(tempfile.mkdtemp(), "recovery"))

sys.path.insert(0, os.getcwd())


SLICE_PARTS_MS = 6.0


class _ExitError(Exception):
    """``_child_frames`` ended (its ``os._exit``)."""


def _state(view: Any) -> str:
    """The work under way and the pictures at hand as a notch arrives: the job's view in
    notches from the view on screen (``+3``: three notches in), ``p`` when it is the
    picture of a stretched view, its layout (``L``) or first unpainted row; the kept
    pictures' zooms in notches from the view's; the run's ``_preview_span``."""
    import math

    ppd = view._px_per_day

    def notches(other: float) -> str:
        return f"{math.log(other / ppd) / math.log(1.25):+.0f}"

    job = view._paint_job
    text = "job -"
    if job is not None:
        where = "L" if job.layout_steps is not None or job.key is None else str(job.next_row)
        text = (f"job {notches(job.view[1])}{'p' if job is view._preview_job else ''}"
                f"{'s' if job.side else ''}@{where}")
    kept = [("f", view._frame_cache), ("s", view._preview_source), ("v", view._previous_picture),
            ("a", view._ahead_picture), ("F", view._fit_picture)]
    have = " ".join(f"{tag}{notches(p[0][7])}" for tag, p in kept if p is not None)
    have += "".join(f" S{notches(k[7])}" for k in view._side_pictures)
    held = getattr(view, "_headers_ahead", None)  # (session 66: a picture with other headers)
    if held is not None:
        have += f" H{notches(held.view[1])}"
    if job is not None and getattr(job, "headers", None) is not None:
        text += "h"
    return f"{text}; have {have}; span {view._preview_span}"


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    every = "--all" in sys.argv
    slowest = "--profile-slowest-slice" in sys.argv
    step_profiles = "--profile-slowest-step" in sys.argv
    profile_at = -1
    if "--profile" in sys.argv:
        profile_at = int(sys.argv[sys.argv.index("--profile") + 1])
        args.remove(str(profile_at))
    import benchmarks.bench_view as bv
    from timeline_app.ui import timeline_view as tv

    path = Path.home() / f".cache/diplomatic-timeline-bench/synthetic-v3-{args[0]}-1.json"
    busiest = json.loads(path.with_name(path.name.replace(".json", ".meta.json"))
                         .read_text())["busiest_day"]
    notches: list[dict[str, Any]] = []
    state: dict[str, Any] = {"depth": 0, "profiler": None}

    def note(tag: str, ms: float) -> None:
        if notches:
            row = notches[-1]
            row[tag] = row.get(tag, 0.0) + ms
            row[tag + "#"] = row.get(tag + "#", 0) + 1

    def wrap(name: str, tag: str, outer_only: bool = False,
             whole_only: bool = False) -> None:
        original = getattr(tv.TimelineView, name)

        def wrapper(self: Any, *a: Any, **k: Any) -> Any:
            if whole_only and k.get("strip") is not None:
                return original(self, *a, **k)
            began = time.thread_time()
            try:
                return original(self, *a, **k)
            finally:
                note(tag, (time.thread_time() - began) * 1000)

        setattr(tv.TimelineView, name, wrapper)

    wheel = tv.TimelineView.wheelEvent

    def wheel_event(self: Any, event: Any) -> None:
        if state["profiler"] is not None:
            state["profiler"].disable()
            state["stats"].append(state["profiler"])
            state["profiler"] = None
        notches.append({"stretch": None, "drawn": "copy", "before": _state(self)})
        if len(notches) - 1 == profile_at:
            state["profiler"] = cProfile.Profile(time.thread_time)
            state["profiler"].enable()
        if not step_profiles:
            wheel(self, event)
            return
        profiler = cProfile.Profile(time.thread_time)
        began = time.thread_time()
        profiler.enable()
        wheel(self, event)
        profiler.disable()
        ms = (time.thread_time() - began) * 1000
        if ms > state.get("slowest_step", (0.0,))[0]:
            state["slowest_step"] = (ms, len(notches) - 1, profiler)

    tv.TimelineView.wheelEvent = wheel_event  # type: ignore[method-assign]
    preview = tv.TimelineView._zoom_preview

    def zoom_preview(self: Any, painter: Any, event: Any) -> bool:
        armed = self._preview_armed
        began = time.thread_time()
        state["in_preview"] = True
        try:
            stretched = preview(self, painter, event)
        finally:
            state["in_preview"] = False
        note("preview", (time.thread_time() - began) * 1000)
        if notches and armed:
            notches[-1]["drawn"] = "stretch" if stretched else notches[-1]["drawn"]
        return stretched

    tv.TimelineView._zoom_preview = zoom_preview  # type: ignore[method-assign]
    source_for = tv.TimelineView._preview_source_for

    def source(self: Any, key: Any) -> Any:
        found = source_for(self, key)
        if notches and state.get("in_preview"):  # (not the catch-up's look ahead)
            notches[-1]["stretch"] = None if found is None else self._px_per_day / found[0][7]
        return found

    tv.TimelineView._preview_source_for = source  # type: ignore[method-assign]
    paint_slice = tv.TimelineView._paint_slice

    def slice_(self: Any, job: Any, to_the_end: bool = False, **more: Any) -> bool:
        began = time.thread_time()
        state["parts"] = []
        profiler = cProfile.Profile(time.thread_time) if slowest else None
        try:
            if profiler is not None:
                profiler.enable()
            return paint_slice(self, job, to_the_end, **more)
        finally:
            if profiler is not None:
                profiler.disable()
            ms = (time.thread_time() - began) * 1000
            if profiler is not None and notches and ms > state.get("slowest", (0.0,))[0]:
                state["slowest"] = (ms, len(notches) - 1, profiler)
            note("end" if to_the_end else "slices", ms)
            if notches and ms > SLICE_PARTS_MS:
                notches[-1].setdefault("long", []).append(
                    f"{ms:.1f} = {', '.join(state['parts'])}")

    tv.TimelineView._paint_slice = slice_  # type: ignore[method-assign]
    # The parts of each slice over SLICE_PARTS_MS: layout steps (``L``) and bands
    # (``top-bottom``, ``^``: the part above the lanes), each with its ms.
    paint_part = tv.TimelineView._paint_part

    def part(self: Any, job: Any, to_the_end: bool) -> None:
        top = job.next_row
        began = time.thread_time()
        try:
            paint_part(self, job, to_the_end)
        finally:
            ms = (time.thread_time() - began) * 1000
            label = "^" if top >= self.viewport().height() else f"{top}-{job.next_row}"
            state.setdefault("parts", []).append(f"{label} {ms:.1f}")

    tv.TimelineView._paint_part = part  # type: ignore[method-assign]
    layout_steps = tv.TimelineView._layout_steps

    def steps(self: Any, *a: Any, **k: Any) -> Any:
        inner = layout_steps(self, *a, **k)

        def timed() -> Any:
            while True:
                began = time.thread_time()
                try:
                    value = next(inner)
                except StopIteration as done:
                    state.setdefault("parts", []).append(
                        f"L {(time.thread_time() - began) * 1000:.1f}")
                    return done.value
                state.setdefault("parts", []).append(
                    f"L {(time.thread_time() - began) * 1000:.1f}")
                yield value

        return timed()

    tv.TimelineView._layout_steps = steps  # type: ignore[method-assign]
    paint = tv.TimelineView._paint

    def whole(self: Any, painter: Any, *a: Any, **k: Any) -> None:
        if k.get("strip") is not None or self._laying_out_ahead:
            paint(self, painter, *a, **k)
            return
        began = time.thread_time()
        paint(self, painter, *a, **k)
        note("whole", (time.thread_time() - began) * 1000)
        if notches and notches[-1]["drawn"] != "stretch":
            notches[-1]["drawn"] = "whole"

    tv.TimelineView._paint = whole  # type: ignore[method-assign]
    wrap("_compute_layout", "layout")
    wrap("_make_picture_when_idle", "idle")
    wrap("_prepare_sides", "sides")
    wrap("_world_slice", "world")
    wrap("_world_rested", "rested")
    wrap("_make_pieces_ahead", "pieces")
    wrap("_hover_what_is_under_the_pointer", "hover")
    wrap("_adopt_picture_ahead", "adopt")
    wrap("_lane_headers_changed", "headers")
    wrap("_lane_mode_changed", "modes")
    collections: list[float] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(time.thread_time())
        elif collections:
            note(f"gc{info.get('generation', '?')}",
                 (time.thread_time() - collections.pop()) * 1000)

    gc.callbacks.append(on_gc)
    bv._latency_runs = lambda *a, **k: {}  # (the row only)
    bv._list_rows = lambda *a, **k: {}
    if "--skip-views" in sys.argv:
        bv.VIEWS = ()
    state["stats"] = []
    out = io.StringIO()
    real_exit = os._exit

    def fake_exit(code: int) -> None:
        raise _ExitError

    os._exit = fake_exit  # type: ignore[assignment]
    viewports = [tuple(int(v) for v in size.split("x")) for size in args[1:]]
    with contextlib.redirect_stdout(out):
        try:
            bv._child_frames(str(path), busiest, viewports)  # type: ignore[arg-type]
        except _ExitError:
            pass
    os._exit = real_exit
    if state["profiler"] is not None:
        state["profiler"].disable()
        state["stats"].append(state["profiler"])
    data = json.loads([line for line in out.getvalue().splitlines() if line.startswith("{")][-1])
    at = 0
    keys = ("whole", "layout", "slices", "end", "idle", "sides", "world", "rested", "pieces",
            "hover", "adopt", "headers", "modes", "gc0", "gc1", "gc2")
    for vp_name, result in data["viewports"].items():
        zoom, parts = result["zoom"], result["zoom_parts"]
        rows = notches[at:at + len(zoom)]
        at += len(zoom)
        cpus = sorted(parts["cpu"])
        print(f"== {args[0]} events, {vp_name}: {len(zoom)} notches; CPU p50 "
              f"{cpus[len(cpus) // 2]:.1f} p95 {bv._pct(cpus, 95):.1f} max {cpus[-1]:.1f}; "
              f"wall p95 {bv._pct(zoom, 95):.1f} max {max(zoom):.1f} ms")
        for index, (row, wall) in enumerate(zip(rows, zoom)):
            cpu = parts["cpu"][index]
            if not every and cpu <= 8 and wall <= 8:
                continue
            stretch = "" if row["stretch"] is None else f" {row['stretch']:.2f}x"
            extra = " ".join(f"{k} {row[k]:.1f}" + (f"/{row[k + '#']}" if row[k + "#"] > 1
                                                    else "")
                             for k in keys if k in row)
            print(f"{index:3d} {'in ' if index < len(zoom) // 2 else 'out'} cpu {cpu:5.1f} "
                  f"(wall {wall:5.1f}) = step {parts['step'][index]:4.1f} + paint "
                  f"{parts['paint'][index]:5.1f} + events {parts['events'][index]:5.1f}; "
                  f"{row['drawn']}{stretch}; {extra}  [{row['before']}]")
            for text in row.get("long", []):
                print(f"      slice {text}")
    if "slowest" in state:
        ms, at_notch, profiler = state["slowest"]
        print(f"the slowest slice of work ahead: {ms:.1f} ms (profiled), after notch {at_notch}")
        state["stats"].append(profiler)
    if "slowest_step" in state:
        ms, at_notch, profiler = state["slowest_step"]
        print(f"the slowest notch's wheelEvent: {ms:.1f} ms (profiled), notch {at_notch}")
        state["stats"].append(profiler)
    for profiler in state["stats"]:
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        stats.sort_stats("cumulative").print_stats(40)
        print(text.getvalue())
    sys.stdout.flush()
    real_exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
