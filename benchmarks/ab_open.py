"""A/B of opening a file in the real app: two trees, alternating, with one interpreter.

Usage::

    python benchmarks/ab_open.py TREE_A TREE_B FILE N [--rounds 8] [--python PY]

Runs ``bench_view.py --child open FILE N`` (spawn → the timeline painted with all N
events, the longest stall of a 2 ms timer, peak RSS) of each tree in turn, ABBA, each from
its own tree (``cwd`` and ``PYTHONPATH`` = the tree, its own bytecode cache), and prints
every run and the medians, with the CPU of every process of the run to its exit (the
app and any process it started).  All children use ONE interpreter (``--python``, default: this
one): the same code measured 20-30 MiB more peak RSS with a freshly built ``.venv`` than
with an older one (identical package versions), which is no change of code (issue 11,
benchmarks/README.md, session 5).  The first run of each tree also compiles its bytecode:
take 4 rounds or more.  Wall clock on a shared machine moves by more than most changes:
read the process CPU and the peak.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any


def run_child(tree: Path, python: str, path: str, events: str) -> dict[str, Any]:
    """One ``--child open`` run of ``tree``'s benchmark and app; its JSON line."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   TIMELINE_APP_SETTINGS=f"{tmp}/settings.ini",
                   TIMELINE_APP_RECOVERY_DIR=f"{tmp}/recovery", PYTHONPATH=str(tree),
                   PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir())
                                           / f"ab-open-pycache-{tree.name}"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
        before = _children_cpu()
        proc = subprocess.run([python, "-X", "utf8", "benchmarks/bench_view.py", "--child",
                               "open", path, events], cwd=tree, env=env, capture_output=True,
                              text=True, check=False)
        all_cpu = _children_cpu() - before
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"error": proc.stderr[-800:]}
    result: dict[str, Any] = json.loads(lines[-1])
    result["all_cpu_s"] = all_cpu
    return result


def _children_cpu() -> float:
    """CPU seconds (user + system) of every process this one has waited for, and of the
    processes they waited for: the child's whole run, with any process the app started
    (``io.key_check``'s second process since session 13)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("trees", nargs=2, type=Path)
    parser.add_argument("file")
    parser.add_argument("events")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.trees]
    results: dict[Path, list[dict[str, Any]]] = {tree: [] for tree in trees}
    for number in range(args.rounds):
        for tree in trees if number % 2 == 0 else trees[::-1]:
            out = run_child(tree, args.python, args.file, args.events)
            if out.get("error"):
                print(f"{tree.name}: error: {out['error']}", flush=True)
                continue
            results[tree].append(out)
            print(f"{tree.name:12s} window {out['window_painted_s'] * 1000:.0f} ms, "
                  f"painted {out['painted_s']:.2f} s, CPU "
                  f"{out['painted_cpu_s']:.2f} s (GUI thread {out['gui_cpu_s']:.2f}; all "
                  f"processes to exit {out['all_cpu_s']:.2f}), stall "
                  f"{out['max_stall_ms']:.0f} ms (GUI CPU {out['max_stall_cpu_ms']:.0f}), "
                  f"peak {out['peak_mib']:.0f} MiB, load {os.getloadavg()[0]:.1f}", flush=True)
    for tree, runs in results.items():
        if not runs:
            continue

        def median(key: str, runs: list[dict[str, Any]] = runs) -> float:
            return statistics.median(run[key] for run in runs)

        stalls = " ".join(str(round(ms)) for ms in sorted(run["max_stall_ms"] for run in runs))
        print(f"median {tree}: window {median('window_painted_s') * 1000:.0f} ms, "
              f"painted {median('painted_s'):.2f} s, CPU "
              f"{median('painted_cpu_s'):.2f} s (GUI {median('gui_cpu_s'):.2f}; all "
              f"processes to exit {median('all_cpu_s'):.2f}), stall "
              f"{median('max_stall_ms'):.0f} ms (max "
              f"{max(run['max_stall_ms'] for run in runs):.0f}; all: {stalls}), peak "
              f"{max(run['peak_mib'] for run in runs):.0f} MiB, n = {len(runs)}")


if __name__ == "__main__":
    main()
