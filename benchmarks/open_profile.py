"""What stalls the event loop while the real app opens a file (issue 11: "window responsive
meanwhile").

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/open_profile.py FILE [--min-ms 30]

Runs ``timeline_app.app.main([FILE])`` in this process, as ``bench_view.py``'s "open"
child does: a 2 ms ``QTimer`` probes the event loop from the window's first paint until
the timeline's viewport has painted all the file's events, and a sampling thread reads
the GUI thread's Python stack every millisecond (``sys._current_frames``).  For every
stall longer than ``--min-ms`` it prints its span and the functions most often on the
stack during it (inclusive: a function counts once a sample however deep), so a stall is
named by what ran in it, with the GUI thread's CPU time (``time.thread_time``) of the
whole span beside the wall clock.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _stack(frame: FrameType | None) -> tuple[str, ...]:
    names = []
    while frame is not None:
        code = frame.f_code
        names.append(f"{Path(code.co_filename).name}:{code.co_name}")
        frame = frame.f_back
    return tuple(names)


def _where(frame: FrameType | None) -> str:
    """A thread's innermost frames of our code or the loaders', as file:line function."""
    names = []
    while frame is not None and len(names) < 3:
        code = frame.f_code
        names.append(f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return " < ".join(names)


def _thread_cpu() -> dict[int, float]:
    """Each thread's CPU time so far (s), by its kernel id, from
    ``/proc/self/task/*/schedstat`` (nanoseconds on the CPU; read from the kernel rather
    than with ``pthread_getcpuclockid``, which is undefined, and crashed, for a thread
    that has just ended)."""
    times = {}
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return times
    for task in tasks:
        try:
            with open(f"/proc/self/task/{task}/schedstat", "rb") as f:
                times[int(task)] = int(f.read().split()[0]) / 1e9
        except (OSError, ValueError, IndexError):
            continue
    return times


def _thread_name(task: int) -> str:
    try:
        with open(f"/proc/self/task/{task}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"


def _busy_threads(cpu_samples: list[tuple[float, dict[int, float], dict[int, str]]],
                  first: float, last: float, skip: set[int]) -> list[str]:
    """The CPU time of every thread (by kernel id) from the sample before ``first`` to the
    one after ``last``, busiest first; the GUI thread and the sampler (``skip``) left
    out.  With a thread's Python frames where they can be matched (``native_id``)."""
    before = next((s for s in reversed(cpu_samples) if s[0] <= first), None)
    after = next((s for s in cpu_samples if s[0] >= last), None)
    if before is None or after is None:
        return []
    inside = [s for s in cpu_samples if first <= s[0] <= last]
    lines = []
    for task, end in after[1].items():
        used = end - before[1].get(task, end)
        if task in skip or used < 0.001:
            continue
        wheres = collections.Counter(s[2][task] for s in inside if task in s[2])
        top = ", ".join(f"{w} ({n})" for w, n in wheres.most_common(2))
        lines.append((used, f"thread {task} ({_thread_name(task)}): CPU {used * 1000:.0f} ms"
                      + (f"; at {top}" if top else "")))
    return [line for _, line in sorted(lines, reverse=True)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--min-ms", type=float, default=30.0)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_view import app_main_window

    sys.setswitchinterval(0.0005)  # let the sampler in while the GUI thread runs Python
    # Bytecode cached, as an installed app has it (with PYTHONDONTWRITEBYTECODE set, every
    # run compiled our modules on the threads that import them: 40-80 ms, issue 11).
    sys.dont_write_bytecode = False
    spawned = time.perf_counter()
    app = QApplication([sys.argv[0]])
    gui_ident = threading.get_ident()
    samples: list[tuple[float, tuple[str, ...]]] = []
    sampling = threading.Event()
    sampling.set()

    others: list[tuple[float, list[str]]] = []  # the other threads' innermost frames
    # Per sample, each thread's CPU time (s) and innermost frame: a stall in which
    # another thread ran on the CPU while the GUI thread did not is that thread holding
    # the GIL; one in which no thread ran is the machine's load (issue 11).
    cpu_samples: list[tuple[float, dict[int, float], dict[int, str]]] = []
    # The frames a sample took, released on the GUI thread (``beat``), never here: a
    # frame whose function has returned owns its locals, and the last reference
    # dropped on this thread would destroy a Qt object of the GUI thread (a QSettings,
    # a header's wrapper) from the wrong thread while the GUI thread uses it.  That made
    # this profile crash in QSettings::event at 1 000 000 events (4 runs of 5), and is
    # the likely cause of a verticalHeader() handed back as a plain QWidget (issue 11).
    to_release: list[object] = []

    def sample() -> None:
        me = threading.get_ident()
        while sampling.is_set():
            frames = sys._current_frames()
            now = time.perf_counter()
            samples.append((now, _stack(frames.get(gui_ident))))
            wheres = {ident: _where(f) for ident, f in frames.items()
                      if ident not in (gui_ident, me)}
            others.append((now, list(wheres.values())))
            native = {t.ident: t.native_id for t in threading.enumerate()}
            cpu_samples.append((now, _thread_cpu(), {native[i]: w for i, w in wheres.items()
                                                     if native.get(i) is not None}))
            to_release.append(frames)
            del frames
            time.sleep(0.001)

    sampler = threading.Thread(target=sample, daemon=True)
    gui_native = threading.get_native_id()
    stalls: list[tuple[float, float, float]] = []  # first, last, GUI thread CPU (s)
    state: dict[str, Any] = {"last": time.perf_counter(), "shown": None, "loaded": None,
                             "painted": None, "cpu0": 0.0, "last_cpu": 0.0}

    def beat() -> None:
        to_release.clear()  # see to_release: on this thread
        now, cpu = time.perf_counter(), time.thread_time()
        if state["shown"] is not None and state["painted"] is None:
            if (now - state["last"]) * 1000 >= args.min_ms:
                stalls.append((state["last"], now, cpu - state["last_cpu"]))
        state["last"], state["last_cpu"] = now, cpu

    class Probe(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                now = time.perf_counter()
                if state["shown"] is None:
                    state["shown"] = now
                    state["last"] = now
                    state["cpu0"] = state["last_cpu"] = time.thread_time()
                parent = obj.parent()
                win = app_main_window(app)
                if (state["painted"] is None and parent is not None
                        and parent.objectName() == "timelineView" and win is not None
                        and win.document.path is not None
                        and Path(win.document.path).name == Path(args.file).name):
                    state["painted"] = now
                    state["cpu1"] = time.thread_time()
                    QTimer.singleShot(0, app.quit)
            return False

    probe = Probe()
    app.installEventFilter(probe)
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(beat)
    timer.start()
    QTimer.singleShot(600_000, app.quit)
    sampler.start()
    sampler_native = sampler.native_id
    from timeline_app.app import main as app_main

    app_main([args.file])
    sampling.clear()
    sampler.join()
    to_release.clear()
    if state["shown"] is None or state["painted"] is None:
        print("the events were never painted", file=sys.stderr)
        return 1
    t0 = spawned
    print(f"window painted at {(state['shown'] - t0) * 1000:.0f} ms, events painted at "
          f"{(state['painted'] - t0) * 1000:.0f} ms; GUI thread CPU between them "
          f"{(state['cpu1'] - state['cpu0']) * 1000:.0f} ms")
    if not stalls:
        print(f"no stall >= {args.min_ms:.0f} ms")
    for first, last, cpu in stalls:
        inside = [stack for t, stack in samples if first <= t <= last]
        print(f"\nstall {(last - first) * 1000:.0f} ms (GUI thread CPU {cpu * 1000:.0f} ms) at "
              f"{(first - t0) * 1000:.0f}-{(last - t0) * 1000:.0f} ms, {len(inside)} samples:")
        counts: collections.Counter[str] = collections.Counter()
        for stack in inside:
            counts.update(set(stack))
        for name, count in counts.most_common(args.top):
            print(f"  {count * 100 / max(1, len(inside)):5.0f} %  {name}")
        leaves: collections.Counter[str] = collections.Counter(
            stack[0] if stack else "(no Python: Qt)" for stack in inside)
        print("  leaves: " + ", ".join(f"{name} {count}" for name, count
                                       in leaves.most_common(5)))
        # A stall in which the GUI thread ran no Python is often another thread holding
        # the GIL in one long C call: where the other threads were just after it.
        after = next((where for t, where in others if t >= last), [])
        if after:
            print("  other threads just after: " + "; ".join(after))
        for line in _busy_threads(cpu_samples, first, last, {gui_native, sampler_native}):
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
