"""The event list's rows of ``bench_view.py`` alone, for two trees side by side (issue
11: "the event list (100 000 rows): scroll to end, page down ≤ 8 ms"; session 42, list47).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/event_list_keys.py \\
        [--base TREE] [--events 100000] [--rounds 3] [--viewport 1600x900]

Each round runs, in a fresh process per tree (the trees alternated: A, B, B, A, ...),
what ``bench_view.py``'s frames child does for the list after its frames session: the
main window on the synthetic file of ``--events`` events (``bench_view.py``'s cache,
made by a ``make bench`` run), the timeline's viewport ``--viewport`` (``_set_viewport``),
Fit All, then ``bench_view._list_rows``: the scroll bar's rows and each key of
``LIST_KEYS``, every frame the step, the list's ``repaint`` and ``processEvents``.
Without the frames session before it, so its figures are not ``make bench``'s (the view
there was zoomed and panned before; the garbage collector's state differs), but the two
trees meet the same steps in the same state.  From session 59 (open61) the keys' frames
are the step and ``processEvents`` (the list painted where Qt marks it dirty, no forced
``repaint``), and each key has a second row, "its row shown": from the key to the end of
the list's first paint (the desktop layout only).  Prints per row and tree the median, p95
and max of the wall-clock ms over every frame of every round, and the CPU time's median
(from session 48, list53: less moved by load than the wall clock) and max; and the
list's viewport size.  ``make bench`` lays the window out for the offscreen platform's
800x800 screen: the Events list is a tab behind Details there, 84x36 px and off screen,
so its rows time the keys' work and the timeline's and the details' paint but no list
paint; ``--desktop`` lays it out as on a 1920x1080 screen (as the tests do), the list
docked below the timeline and painted.
``--base``: the other tree (e.g. an export of ``main``); its ``timeline_app`` is used
with this tree's benchmark code.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _child(tree: str, path: str, width: int, height: int, desktop: bool) -> None:
    sys.path.insert(0, tree)
    import timeline_app  # (the tree under test's, before bench_view puts its own first)

    assert str(Path(timeline_app.__file__).resolve()).startswith(str(Path(tree).resolve()))
    sys.path.insert(1, str(HERE))
    import bench_view

    out = bench_view.list_session(path, width, height, desktop)
    print(json.dumps(out), flush=True)
    os._exit(0)


def file_and_trees(events: int, base: str | None) -> tuple[Path, dict[str, str]] | None:
    """``bench_view.py``'s synthetic file of ``events`` events and the trees to run (this
    one, and ``base`` first when given), by name; None (said) when the file is missing.
    (Also ``event_list_keys_paced.py``'s.)"""
    path = (Path(os.path.expanduser("~/.cache/diplomatic-timeline-bench"))
            / f"synthetic-v3-{events}-1.json")
    if not path.exists():
        print(f"{path} is missing: run make bench (bench_view.py) once to make it")
        return None
    trees = {"this": str(HERE.parent)}
    if base:
        trees = {"base": str(Path(base).resolve()), **trees}
    return path, trees


def alternated_runs(script: str, trees: dict[str, str], rounds: int,
                    child_args: Callable[[str], list[str]]) -> dict[str, list[Any]] | None:
    """``rounds`` runs of ``script --child *child_args(tree)`` for each of ``trees``
    (name: tree), each in a fresh process on the offscreen platform with settings of
    its own, the trees alternated (A, B, B, A, ...); the JSON of each run's last line
    that starts with ``{`` or ``[``, by tree.  None (the failure printed) when a run
    printed none.  (Also ``event_list_keys_paced.py``'s.)"""
    runs: dict[str, list[Any]] = {name: [] for name in trees}
    for round_ in range(rounds):
        order = list(trees) if round_ % 2 == 0 else list(reversed(trees))
        for name in order:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       TIMELINE_APP_SETTINGS=f"/tmp/{Path(script).stem}-{os.getpid()}.ini")
            env.pop("PYTHONPATH", None)
            proc = subprocess.run(
                [sys.executable, script, "--child", *child_args(trees[name])],
                capture_output=True, text=True, env=env, timeout=900, check=False)
            lines = [line for line in proc.stdout.splitlines() if line.startswith(("{", "["))]
            if not lines:
                print(f"{name}: failed\n{proc.stderr[-2000:]}")
                return None
            runs[name].append(json.loads(lines[-1]))
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="the other tree (its timeline_app)")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--viewport", default="1600x900")
    parser.add_argument("--desktop", action="store_true",
                        help="lay the window out as on a 1920x1080 screen (the Events list "
                             "on screen below the timeline)")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], args.child[1], int(args.child[2]), int(args.child[3]),
               args.child[4] == "1")
        return 0
    sys.path.insert(0, str(HERE))
    import bench_view

    found = file_and_trees(args.events, args.base)
    if found is None:
        return 1
    path, trees = found
    width, height = args.viewport.split("x")
    runs = alternated_runs(
        __file__, trees, args.rounds,
        lambda tree: [tree, str(path), width, height, "1" if args.desktop else "0"])
    if runs is None:
        return 1
    first = runs[next(iter(trees))][0]
    print(f"{args.events} events, timeline viewport {args.viewport}, list viewport "
          f"{first['viewport'][0]:.0f}x{first['viewport'][1]:.0f}, {args.rounds} rounds")
    rows = [("to_end", "scroll bar to the end"), ("to_top", "scroll bar to top"),
            ("page_down", "page down (scroll bar)"),
            *((row[0], row[1]) for row in bench_view.LIST_KEYS),
            *((row[0] + "_shown", row[1].split(" (")[0] + ": its row shown")
              for row in bench_view.LIST_KEYS)]
    print("| row | " + " | ".join(f"{name}: median / p95 / max ms (CPU median / max)"
                                    for name in trees) + " |")
    print("|---|" + "---|" * len(trees))
    for key, words in rows:
        if not any(run.get(key) for name in trees for run in runs[name]):
            continue  # (a row shown needs the list on screen: ``--desktop``)
        cells = []
        for name in trees:
            wall = [v for run in runs[name] for v in run.get(key, [])]
            cpu = [v for run in runs[name] for v in run.get(key + "_cpu", [])]
            cells.append(f"{bench_view._median(wall):.1f} / {bench_view._pct(wall, 95):.1f} / "
                         f"{max(wall):.1f} ({bench_view._median(cpu):.2f} / {max(cpu):.1f})"
                         if wall else "—")
        print(f"| {words} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
