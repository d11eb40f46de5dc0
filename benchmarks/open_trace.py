"""What the GUI thread waited for in the longest stalls while the real app opens a file
(issue 11: "window responsive meanwhile").

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/open_trace.py FILE N \
        [--gaps 3] [--min-ms 1.0]

Runs ``bench_view.py``'s "open" child (``timeline_app.app.main([FILE])`` with its 2 ms
probe, until the timeline shows all N events) in this process, with a profile hook
(``sys.setprofile``) on the GUI thread alone.  The hook times every C call the GUI
thread's Python makes, with the thread's CPU time in it, and notes every entry into
Python from Qt (a slot, a filter, an override).  For each of the ``--gaps`` longest gaps
between two probe ticks it prints the C calls over ``--min-ms`` and the waits outside
Python over ``--min-ms`` before an entry from Qt.  **A C call of much wall clock and
little CPU waited**: for the GIL, if the call released it (most Qt calls do, and then
get it back from a thread running Python only once that thread is told to drop it, after
``sys.getswitchinterval()``), or for a CPU on a busy machine (a call that never releases
the GIL, such as ``len``).  Then every turn of the GUI thread over 3 ms between
``open_path`` and the end of the load, with its CPU.

The hook makes the GUI thread's Python about twice as slow: read the spans and what is
in them, not the totals (those are ``bench_view.py``'s and ``ab_open.py``'s).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

#: (perf_counter ns, kind: "C" / "enter" / "exit", name, C call's wall ns, thread CPU ns
#: (of the C call, or at an entry or exit), where the C call was made)
Record = tuple[int, str, str, int, int, str]


class GuiThreadTrace:
    """The profile hook and its records (GUI thread only: ``sys.setprofile`` is per thread)."""

    def __init__(self, min_ns: int) -> None:
        self.records: list[Record] = []
        self._stack: list[tuple[int, int, bool]] = []  # (start, CPU, is a C call)
        self._min_ns = min_ns
        self.started = time.perf_counter_ns()

    def hook(self, frame: FrameType, event: str, arg: Any) -> None:
        now, stack = time.perf_counter_ns, self._stack
        if event == "c_call":
            stack.append((now(), time.thread_time_ns(), True))
        elif event in ("c_return", "c_exception"):
            if stack and stack[-1][2]:
                began, cpu = stack.pop()[:2]
                wall = now() - began
                if wall > self._min_ns:
                    code = frame.f_code
                    self.records.append((
                        began, "C", getattr(arg, "__qualname__", str(arg)), wall,
                        time.thread_time_ns() - cpu,
                        f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}"))
        elif event == "call":
            if stack and stack[-1][2]:  # Python entered from C: from Qt, or a builtin
                code = frame.f_code
                self.records.append((now(), "enter",
                                     f"{code.co_name} {Path(code.co_filename).name}", 0,
                                     time.thread_time_ns(), ""))
            stack.append((0, 0, False))
        elif event == "return":
            if stack:
                stack.pop()
            if stack and stack[-1][2]:
                self.records.append((now(), "exit", frame.f_code.co_name, 0,
                                     time.thread_time_ns(), ""))

    def report(self, gaps: int) -> None:
        ms = 1e-6
        out = sys.stderr
        ticks = [(t, cpu) for t, kind, name, _, cpu, _ in self.records
                 if kind == "enter" and name.startswith("beat ")]
        longest = sorted(((b[0] - a[0], a, b) for a, b in itertools.pairwise(ticks)),
                         reverse=True)[:gaps]
        for span, (begin, cpu_a), (end, cpu_b) in longest:
            out.write(f"\n=== stall {span * ms:.1f} ms at {(begin - self.started) * ms:.0f}"
                      f"..{(end - self.started) * ms:.0f} ms, GUI-thread CPU "
                      f"{(cpu_b - cpu_a) * ms:.1f} ms\n")
            last, entries = begin, {}
            for t, kind, name, wall, cpu, where in self.records:
                if not begin <= t <= end:
                    continue
                if kind == "C":
                    out.write(f"  {(t - begin) * ms:7.1f} C {name}: {wall * ms:.1f} ms, CPU "
                              f"{cpu * ms:.1f}, at {where}\n")
                    continue
                if kind == "enter":
                    entries[name] = entries.get(name, 0) + 1
                if t - last > self._min_ns:
                    out.write(f"  {(t - begin) * ms:7.1f} {(t - last) * ms:.1f} ms outside "
                              f"Python, then {kind} {name}\n")
                last = t
            common = sorted(entries.items(), key=lambda item: -item[1])[:12]
            out.write("  entries from Qt: " + ", ".join(f"{n} x{c}" for n, c in common) + "\n")
        self._report_turns(out)

    def _report_turns(self, out: Any) -> None:
        ms = 1e-6
        starts = [t for t, kind, name, *_ in self.records
                  if kind == "enter" and name.startswith("after_panels app.py")]
        ends = [t for t, kind, name, *_ in self.records
                if kind == "enter" and name.startswith("<lambda> main_window.py")]
        if not starts or not ends:
            return
        out.write(f"\nturns over 3 ms of the GUI thread from {(starts[0] - self.started) * ms:.0f}"
                  f" ms (open) to {(ends[-1] - self.started) * ms:.0f} ms (the job's end):\n")
        entered: list[tuple[int, int, str]] = []
        for t, kind, name, _, cpu, _ in self.records:
            if not starts[0] <= t <= ends[-1] or kind == "C":
                continue
            if kind == "enter":
                entered.append((t, cpu, name))
            elif entered:
                began, cpu_began, what = entered.pop()
                if t - began > 3_000_000 and not what.startswith(("beat ", "eventFilter bench")):
                    out.write(f"  {(began - self.started) * ms:8.1f} ms: {what}, "
                              f"{(t - began) * ms:.1f} ms, CPU {(cpu - cpu_began) * ms:.1f}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file")
    parser.add_argument("events", type=int)
    parser.add_argument("--gaps", type=int, default=3)
    parser.add_argument("--min-ms", type=float, default=1.0)
    args = parser.parse_args()
    import bench_view

    trace = GuiThreadTrace(int(args.min_ms * 1e6))
    real_exit = os._exit

    def report_and_exit(code: int) -> None:  # the child ends with os._exit
        sys.setprofile(None)
        trace.report(args.gaps)
        real_exit(code)

    os._exit = report_and_exit  # type: ignore[assignment]
    sys.setprofile(trace.hook)
    bench_view._child_open(args.file, args.events)


if __name__ == "__main__":
    main()
