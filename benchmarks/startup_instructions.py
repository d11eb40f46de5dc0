"""Instructions to the timeline's first paint, counted by valgrind's callgrind (issue 11).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup_instructions.py \
        [--against TREE] [--runs 1] [--keep DIR]

The start-up row of ``bench_view.py`` counted in instructions instead of milliseconds:
its own children (``bench_view._child_startup``: a bare 1600x900 ``QMainWindow``, and the
real ``timeline_app.app.main([])`` on the default timeline, to the end of the first paint
of the timeline's viewport) run under ``valgrind --tool=callgrind --separate-threads=yes``
and stop at the end of that paint (without the benchmark's check of its pixels, which
paints the view again).  Printed: the instructions of the GUI thread (what the first paint
waits for) and of the whole process (sessions 10-37 read the font list on a worker thread,
which kept Python's lock: session 38), each as a ratio to the bare window's.  Instruction counts do not depend on the machine's
load (2 CPUs shared by several helpers moved the wall-clock ratio of the same tree by
0.2x between runs); they weigh every instruction alike (a cache miss, a system call's
wait and the kernel are not counted), so they rank work, they do not time it.

``--floors``: ``startup_profile.py``'s own children instead (a bare window, the app, and
the floors: a minimal Python-painted timeline window, the app's first view replayed by Qt
from a ``QPicture`` without and with the ``Qt`` namespace's enums made first), each ratio
to that script's bare window: what the first paint of a timeline costs at least.

``--second-start``: each tree's app child with settings of its own, left by one start of
the app to its settled layout (``SETTLE_CHILD``): every start but the first, whose first
paint has the room the panels took recorded (session 39); without it the settings are
fresh, as at a first start.

``--against TREE``: another checkout's app too (its package first on its path, its
directory as the child's, as ``bench_view.py --startup-compare`` runs it).  ``--keep
DIR``: keep the callgrind files there (``callgrind_annotate DIR/this.*-01``) instead of
deleting them.  Bytecode is compiled by one plain run of each child first, as an
installed app has it.  Needs ``valgrind`` on the PATH; each child takes ~30-60 s.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_view import _child_env  # the start-up row's own environment

#: ``bench_view``'s start-up child, stopped at the end of the first paint: the check that
#: follows it (a grab and a complete repaint of the view) is not the start-up's work.
CHILD = r"""
import os, sys
sys.path.insert(0, os.path.join(sys.argv[1], "benchmarks"))
import bench_view

def stop(_viewport):
    sys.stdout.flush()
    os._exit(0)

bench_view._first_paint_check = stop
bench_view.STARTUP_LIMIT_MS = 600_000  # (20 s: under callgrind a loaded machine can pass it)
bench_view._child_startup(sys.argv[2], 1600, 900)
"""


#: One start of the app to its settled layout (``--second-start``): it ends 2 s after the
#: panels are built, once the room they take is recorded for the next start (session 39,
#: ``ui/first_view.py``; a tree without the record just starts and ends).
SETTLE_CHILD = r"""
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from timeline_app import app as timeline_app
from timeline_app.ui import main_window
show = main_window.MainWindow.show

def shown(window):
    window.panels_ready.connect(lambda: QTimer.singleShot(2000, lambda: os._exit(0)))
    show(window)

main_window.MainWindow.show = shown
QTimer.singleShot(60_000, lambda: os._exit(1))
timeline_app.main([])
"""


def _summary(path: Path) -> int:
    """The instructions recorded in one callgrind file (its ``summary:`` line)."""
    with open(path, encoding="utf-8", errors="replace") as data:
        for line in data:
            if line.startswith("summary:"):
                return int(line.split()[1])
    raise ValueError(f"no summary line in {path}")


def count(kind: str, env: dict[str, str], cwd: Path | None, out: Path) -> tuple[int, int]:
    """(GUI thread's, whole process's) instructions of one child to its first paint.

    Raises ``RuntimeError`` if the child fails."""
    args = [sys.executable, "-X", "utf8", "-c", CHILD, str(ROOT), kind]
    plain = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True,
                           timeout=120, check=False)  # bytecode written, caches warm
    if plain.returncode != 0:
        raise RuntimeError(f"{kind}: {plain.stderr[-800:]}")
    return _callgrind(args, env, cwd, out / f"{kind}.{len(list(out.glob(kind + '.*')))}")


def _callgrind(args: list[str], env: dict[str, str], cwd: Path | None,
               prefix: Path) -> tuple[int, int]:
    """Run ``args`` under callgrind, one file a thread (``PREFIX.PID-NN``): (the first
    thread's instructions, all threads'); ``RuntimeError`` if it fails."""
    run = subprocess.run(["valgrind", "--tool=callgrind", "--separate-threads=yes",
                          f"--callgrind-out-file={prefix}.%p", *args], env=env, cwd=cwd,
                         capture_output=True, text=True, timeout=900, check=False)
    files = sorted(prefix.parent.glob(prefix.name + ".*-*"))
    if run.returncode != 0 or not files:
        raise RuntimeError(f"{prefix.name} under callgrind: {run.stderr[-800:]}")
    threads = {int(re.sub(r".*-", "", f.name)): _summary(f) for f in files}
    return threads[min(threads)], sum(threads.values())


def floors(runs: int) -> dict[str, list[tuple[int, int]]]:
    """``startup_profile.py``'s children under callgrind: kind -> [(GUI, process)]."""
    import startup_profile

    results: dict[str, list[tuple[int, int]]] = {}
    with tempfile.TemporaryDirectory(prefix="startup_instr_") as tmp:
        out = Path(tmp) / "callgrind"
        out.mkdir()
        env = startup_profile._child_env(tmp)
        modules = startup_profile._modules_before_paint(env)
        for _ in range(runs):
            startup_profile._child("record", env, modules=modules)  # the replays' picture
            for kind in ("bare", "app", "floor", "replay", "replay_qt"):
                args = [sys.executable, "-c", startup_profile.CHILD, kind, ",".join(modules)]
                results.setdefault(kind, []).append(_callgrind(
                    args, env, ROOT, out / f"{kind}.{len(results.get(kind, []))}"))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, default=None, metavar="TREE")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR")
    parser.add_argument("--floors", action="store_true")
    parser.add_argument("--second-start", action="store_true",
                        help="each tree's app child with settings of its own, left by one "
                             "start of the app to its settled layout: a start after another, "
                             "as every start but the first")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    if args.floors:
        load = os.getloadavg()[0]
        got = floors(args.runs)
        print(f"startup_profile.py's children to the end of the first paint (callgrind, "
              f"{args.runs} run(s) each, medians; load average {load:.1f} at the start)")
        _table(got, {kind: kind for kind in got})
        return 0
    trees = [("this", ROOT)] + ([("other", args.against.resolve())] if args.against else [])
    load = os.getloadavg()[0]
    results: dict[str, list[tuple[int, int]]] = {"bare": []}
    results.update({name: [] for name, _ in trees})
    with tempfile.TemporaryDirectory(prefix="startup_instr_") as tmp:
        out = args.keep or Path(tmp) / "callgrind"
        out.mkdir(parents=True, exist_ok=True)
        base_env = _child_env(tmp)
        for _ in range(args.runs):
            results["bare"].append(count("bare", base_env, None, out))
            for name, tree in trees:
                env = dict(base_env, PYTHONPATH=os.pathsep.join([str(tree), str(ROOT)]))
                if args.second_start:
                    env["TIMELINE_APP_SETTINGS"] = os.path.join(tmp, f"{name}.ini")
                    if not os.path.exists(env["TIMELINE_APP_SETTINGS"]):
                        subprocess.run([sys.executable, "-X", "utf8", "-c", SETTLE_CHILD],
                                       env=env, cwd=tree, capture_output=True, timeout=120,
                                       check=True)
                got = count("app", env, tree, out)
                for old in out.glob("app.*"):  # named after the tree it counted
                    old.rename(out / old.name.replace("app.", f"{name}.", 1))
                results[name].append(got)
    print(f"instructions to the end of the timeline's first paint (callgrind, {args.runs} "
          f"run(s) each, medians; load average {load:.1f} at the start"
          + ("; the app's second start)" if args.second_start else ")"))
    _table(results, {"bare": "bare QMainWindow",
                     **{name: f"{name} ({tree.name})" for name, tree in trees}})
    return 0


def _table(results: dict[str, list[tuple[int, int]]], labels: dict[str, str]) -> None:
    """Medians of the GUI thread's and the process's instructions, each with its ratio
    to ``results["bare"]``'s."""
    bare_gui = statistics.median(g for g, _ in results["bare"])
    bare_all = statistics.median(a for _, a in results["bare"])
    print(f"  {'':24} {'GUI thread':>12} {'ratio':>7} {'process':>12} {'ratio':>7}")
    for name, label in labels.items():
        gui = statistics.median(g for g, _ in results[name])
        whole = statistics.median(a for _, a in results[name])
        print(f"  {label:24} {gui / 1e6:10.1f} M {gui / bare_gui:6.3f}x "
              f"{whole / 1e6:10.1f} M {whole / bare_all:6.3f}x")


if __name__ == "__main__":
    sys.exit(main())
