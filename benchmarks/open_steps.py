"""The steps of opening a file in the real app, from spawn to the events painted, with
each thread's CPU (issue 11: "open 100 000 events, whole ≤ 1 s").

Usage::

    env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen \
        .venv/bin/python benchmarks/open_steps.py FILE N

(Without bytecode written, as in a shell with ``PYTHONDONTWRITEBYTECODE=1``, every module
is compiled from source at each start: the first row measured 496-650 ms of CPU instead
of ~196 ms in session 20; ``ab_open.py`` and ``bench_view.py``'s children drop it.)

Runs ``bench_view.py``'s "open" child (``timeline_app.app.main([FILE])`` with its 2 ms
probe, until the timeline shows all N events) in this process, with a wrapper around
each step of the app's start-up and open (the window, the first paint, the panels'
parts, ``open_path``, the loading thread's steps, the adoption, each paint of the
timeline): when it began and ended (ms since the interpreter started) and the CPU of
its thread in it.  At the end, every thread's CPU (``/proc/self/task``, Linux) and the
process's.  The wrappers cost a few µs a call: read the spans, not the totals (those
are ``ab_open.py``'s).
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

#: (start ms, end ms, thread name, step, thread CPU ms)
STEPS: list[tuple[float, float, str, str, float]] = []
_STARTED = time.time()


def _since_spawn() -> float:
    """ms since the interpreter started (the process's start time, from /proc)."""
    try:
        with open("/proc/self/stat") as stat:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as uptime:
            up = float(uptime.read().split()[0])
        return (up - ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return (time.time() - _STARTED) * 1000


_OFFSET_MS = _since_spawn() - 0.0  # ms of the process before this module ran
_T0 = time.perf_counter()


def _now_ms() -> float:
    return _OFFSET_MS + (time.perf_counter() - _T0) * 1000


def wrap(owner: Any, name: str, label: str | None = None) -> None:
    """Replace ``owner.name`` by a wrapper that records a step."""
    original = getattr(owner, name)
    label = label or f"{getattr(owner, '__name__', owner)}.{name}"

    @functools.wraps(original)
    def timed(*args: Any, **kwargs: Any) -> Any:
        began, cpu = _now_ms(), time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            STEPS.append((began, _now_ms(), threading.current_thread().name, label,
                          (time.thread_time() - cpu) * 1000))

    setattr(owner, name, timed)


def thread_cpu() -> list[tuple[str, float]]:
    """(name, CPU ms) of every thread of this process still alive (Linux)."""
    rows = []
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    for task in Path("/proc/self/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            rows.append((name, (int(fields[11]) + int(fields[12])) * tick_ms))
        except (OSError, ValueError, IndexError):
            continue
    return rows


def install() -> None:
    """The wrappers (imports the app's modules: the trace starts after PySide's import)."""
    from timeline_app import app
    from timeline_app.io import bundled, fingerprint, formats
    from timeline_app.ui import jobs, main_window, timeline_view

    wrap(app, "create_main_window")
    wrap(bundled, "load_default_timeline")
    mw = main_window.MainWindow
    for name in ("_after_first_paint", "_build_details", "_build_event_list",
                 "_build_article_pane", "_build_actions", "_build_find_and_filter",
                 "_build_context_menus", "_build_theme_menu", "_build_help_and_accessibility",
                 "_build_finish_panels", "open_path", "_opened", "offer_recovery",
                 "_job_progressed", "_end_job"):
        wrap(mw, name, f"MainWindow.{name}")
    wrap(formats, "open_timeline_file")
    wrap(formats, "detect_file")
    wrap(fingerprint, "file_fingerprint")
    wrap(timeline_view, "prepare_lanes")
    wrap(timeline_view.TimelineView, "adopt_prepared_lanes", "TimelineView.adopt_prepared_lanes")
    wrap(timeline_view.TimelineView, "paintEvent", "TimelineView.paintEvent")
    wrap(jobs, "warm_imports")
    from timeline_app import document, settings
    from timeline_app.ui import event_list, legend

    wrap(document.Document, "replace_timeline", "Document.replace_timeline")
    wrap(settings, "add_recent_file")
    wrap(legend.LegendBar, "use_counts", "LegendBar.use_counts")
    wrap(event_list.EventList, "_show_first_rows", "EventList._show_first_rows")
    wrap(jobs, "call_after_repaints")


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    import bench_view

    real_exit = os._exit

    def report_and_exit(code: int) -> None:  # the child ends with os._exit
        out = sys.stderr
        out.write(f"{'from':>8} {'to':>8} {'wall':>7} {'CPU':>7}  thread: step\n")
        for began, ended, thread, label, cpu in sorted(STEPS):
            out.write(f"{began:8.1f} {ended:8.1f} {ended - began:7.1f} {cpu:7.1f}  "
                      f"{thread}: {label}\n")
        out.write("threads (CPU ms): " + ", ".join(
            f"{name} {ms:.0f}" for name, ms in thread_cpu()) + "\n")
        out.write(f"process CPU {time.process_time() * 1000:.0f} ms at {_now_ms():.0f} ms\n")
        real_exit(code)

    os._exit = report_and_exit  # type: ignore[assignment]
    from PySide6.QtWidgets import QApplication  # noqa: F401 - as the child does first

    STEPS.append((0.0, _now_ms(), "MainThread", "interpreter + PySide6.QtWidgets imported",
                  time.thread_time() * 1000))
    install()
    STEPS.append((0.0, _now_ms(), "MainThread", "... + the app's modules wrapped",
                  time.thread_time() * 1000))
    bench_view._child_open(sys.argv[1], int(sys.argv[2]))


if __name__ == "__main__":
    main()
