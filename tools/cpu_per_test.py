"""A pytest plugin that writes each test's CPU time to a file (session 64, suite64).

The machine the suite is measured on is shared, so wall-clock times move 2-10× with the
load; the CPU a test spends does not.  Load it with ``-p`` (it needs no conftest and works
under pytest-xdist: each worker appends its own lines)::

    CPU_PER_TEST=/tmp/cpu.tsv PYTHONPATH=.:tools QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m pytest -q -p cpu_per_test -n 2 --dist loadfile tests/ui

Each line, tab-separated: the test's node id, the worker (``gw0``, ``gw1`` or ``-``), the
CPU seconds of the test's process from its setup to its teardown (``time.process_time``:
every thread, user and system; a module- or session-scoped fixture counts in the test that
builds or ends it), the CPU seconds of the child processes the test waited for
(``RUSAGE_CHILDREN``), the wall seconds, and the outcome.  A line ``#collect`` per process
gives its collection's CPU and wall seconds and its number of tests, ``#end`` its whole CPU.
Summarise with ``python tools/cpu_per_test.py FILE [FILE ...]`` (per file, per test, per
worker).
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Generator, Sequence
from typing import IO, Any

import pytest

_out: IO[str] | None = None
_outcome: dict[str, str] = {}
_start = (0.0, 0.0)


def _file() -> IO[str]:
    global _out
    if _out is None:
        _out = open(os.environ.get("CPU_PER_TEST", "cpu_per_test.tsv"), "a", buffering=1)
    return _out


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "-")


def pytest_sessionstart(session: Any) -> None:
    global _start
    _start = (time.process_time(), time.perf_counter())


def pytest_collection_finish(session: Any) -> None:
    cpu, wall = time.process_time() - _start[0], time.perf_counter() - _start[1]
    _file().write(f"#collect\t{_worker()}\t{cpu:.3f}\t0\t{wall:.3f}\t{len(session.items)}\n")


def pytest_sessionfinish(session: Any) -> None:
    cpu, wall = time.process_time() - _start[0], time.perf_counter() - _start[1]
    _file().write(f"#end\t{_worker()}\t{cpu:.3f}\t{_children():.3f}\t{wall:.3f}\t-\n")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: Any, nextitem: Any) -> Generator[None, None, None]:
    cpu0, kids0, wall0 = time.process_time(), _children(), time.perf_counter()
    yield
    cpu = time.process_time() - cpu0
    kids = _children() - kids0
    wall = time.perf_counter() - wall0
    outcome = _outcome.pop(item.nodeid, "?")
    _file().write(
        f"{item.nodeid}\t{_worker()}\t{cpu:.3f}\t{kids:.3f}\t{wall:.3f}\t{outcome}\n")


def pytest_runtest_logreport(report: Any) -> None:
    if report.failed:
        _outcome[report.nodeid] = "failed"
    elif report.skipped and report.nodeid not in _outcome:
        _outcome[report.nodeid] = "skipped"
    elif report.when == "call" and report.nodeid not in _outcome:
        _outcome[report.nodeid] = "passed"


def summarise(paths: Sequence[str], top: int = 30) -> str:
    """The per-file, per-test and per-worker sums of the TSV files at *paths*, as text."""
    by_file: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    tests: list[tuple[float, str]] = []
    workers: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for path in paths:
        with open(path) as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 6:
                    continue
                node, worker, cpu, kids, wall = parts[0], parts[1], *map(float, parts[2:5])
                if node.startswith("#"):
                    if node == "#collect":
                        workers[f"{path}:{worker}"][0] += cpu
                    continue
                row = by_file[node.split("::", 1)[0]]
                row[0] += cpu
                row[1] += kids
                row[2] += wall
                row[3] += 1
                tests.append((cpu + kids, node))
                workers[f"{path}:{worker}"][1] += cpu + kids
    lines = [f"{len(tests)} tests, {len(by_file)} files, "
             f"CPU {sum(r[0] for r in by_file.values()):.1f} s + children "
             f"{sum(r[1] for r in by_file.values()):.1f} s", "",
             f"files by CPU (own + children), top {top}:"]
    ranked = sorted(by_file.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))
    for name, (cpu, kids, wall, count) in ranked[:top]:
        lines.append(
            f"{cpu + kids:8.2f} {cpu:8.2f} {kids:7.2f} {wall:8.1f} {int(count):5d}  {name}")
    lines += ["", f"tests by CPU (own + children), top {top}:"]
    for cost, node in sorted(tests, reverse=True)[:top]:
        lines.append(f"{cost:8.2f}  {node}")
    lines += ["", "workers (collection CPU, tests' CPU):"]
    for name, (collect, spent) in sorted(workers.items()):
        lines.append(f"{collect:8.1f} {spent:8.1f}  {name}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summarise(sys.argv[1:]))
