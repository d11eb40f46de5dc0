"""The start-up's instructions step by step, in one callgrind run (issue 11).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup_steps.py \
        [--against TREE] [--keep DIR] [--no-methods] [--own]

``bench_view.py``'s own start-up child (``bench_view._child_startup("app", ...)``: the
real ``timeline_app.app.main([])`` on the default timeline, to the end of the first
paint of the timeline's viewport) runs once under ``valgrind --tool=callgrind`` with
``--dump-before=sched_get_priority_min``: the child calls ``os.sched_get_priority_min``
(a libc call nothing else in the start-up makes) at each step, and callgrind writes the
counts since the last one at each call.  A step is then the GUI thread's instructions
between two marks: the first import of each module of the app (and of the few standard
ones it adds to a bare window's: ``dataclasses``, ``datetime``, ``array``, ``_pickle``,
...), ``main()`` called, the default timeline read, ``TimelineView`` and the rest of
``MainWindow`` built, ``show()``, the first ``paintEvent``; and, unless ``--no-methods``,
the inclusive instructions of the view's methods that the first Fit All and the first
paint run (``METHODS``).  An import's row is the module's own body up to its first import
of another marked module, then each later row of the body goes to the module imported
last (the rows are in the order the start-up runs them: read them as a sequence, not as a
tree).

``--own`` (session 46): each marked module's body is marked at its start and end too, and
its own instructions are printed: the body's less those of the marked modules it imports
(the rows above give a module's body only up to its first import of another).  Each module
is one row there, whatever order the imports run in.

Session 13 (branch start14) measured these steps with one callgrind run per step, each
child ended by ``os._exit`` at its step; one run here gives all of them, within ~0.5 %
of ``startup_instructions.py``'s total (the marks' own calls and dumps).  ``--against
TREE``: another checkout's app too, its rows beside this one's by step.  Instructions
weigh every instruction alike and do not depend on the machine's load
(``startup_instructions.py``'s docstring).  Each run takes ~40 s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_view import _child_env  # the start-up row's own environment
from startup_instructions import _summary  # a callgrind file's instructions

#: The view's methods whose inclusive instructions are printed (the first Fit All at
#: ``show()``, the first paint and its parts).
METHODS = (
    "TimelineView.__init__", "TimelineView.fit_all", "TimelineView._fit_layout",
    "TimelineView._fit_margin_left", "TimelineView._fit_room_right",
    "TimelineView._fit_label_loss", "TimelineView._set_origin", "TimelineView._layout",
    "TimelineView._paint", "TimelineView._paint_backdrop", "TimelineView._paint_break_band",
    "TimelineView._paint_lane", "TimelineView._paint_lane_header",
    "TimelineView._paint_items", "TimelineView._paint_above_lanes",
    "TimelineView._paint_axis", "TimelineView._paint_overview",
)

#: Standard modules the app imports before its first paint beyond a bare window's.
STANDARD = ("dataclasses", "datetime", "copy", "array", "_pickle", "unicodedata")

CHILD = r"""
import json, os, sys
sys.path.insert(0, os.path.join(sys.argv[1], "benchmarks"))
LABELS = []

def mark(label):
    LABELS.append(label)
    os.sched_get_priority_min(0)  # callgrind dumps its counts before this call

import bench_view

STANDARD = set(sys.argv[3].split(","))
METHODS = [name for name in sys.argv[4].split(",") if name]


OWN = len(sys.argv) > 5 and sys.argv[5] == "own"


class Marker:
    # First in sys.meta_path: asked first for every module not imported yet.
    def find_spec(self, name, path=None, target=None):
        if name.startswith("timeline_app") or name in STANDARD:
            mark("import " + name)
            if OWN:  # (--own) its body's start and end marked too
                return self.marked_spec(name, path, target)
        return None

    def marked_spec(self, name, path, target):
        import importlib.machinery

        for finder in sys.meta_path:
            if finder is not self and hasattr(finder, "find_spec"):
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    break
        else:
            return None
        loader = spec.loader
        if not isinstance(loader, importlib.machinery.SourceFileLoader):
            return spec  # (an extension module's loader may be shared: left alone)
        body = loader.exec_module

        def exec_module(module):
            mark("enter module " + name)
            try:
                body(module)
            finally:
                mark("leave module " + name)

        loader.exec_module = exec_module
        return spec


def stop(_viewport):
    mark("end")
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(LABELS, out)
    sys.stdout.flush()
    os._exit(0)


def wrap(owner, attribute, label):
    real = getattr(owner, attribute)

    def wrapped(*args, **kwargs):
        if LABELS and LABELS[-1] == "end":
            return real(*args, **kwargs)
        mark("enter " + label)
        try:
            return real(*args, **kwargs)
        finally:
            mark("leave " + label)

    setattr(owner, attribute, wrapped)


bench_view._first_paint_check = stop  # the end of the first paint (no pixel check)
bench_view.STARTUP_LIMIT_MS = 600_000  # (20 s: under callgrind a loaded machine passed it)
mark("child started, bench_view imported")
sys.meta_path.insert(0, Marker())
import timeline_app.app as app_module

real_main = app_module.main


def main(argv):
    mark("main() called")
    return real_main(argv)


app_module.main = main
real_build = app_module.create_main_window


def create_main_window(*args, **kwargs):
    mark("create_main_window() called")
    # (in the app's order: the window's modules, then the default timeline's reader)
    from timeline_app.ui import main_window, timeline_view

    import timeline_app.io.bundled as bundled

    real_load = bundled.load_default_timeline

    def load():
        mark("the default timeline read")
        timeline = real_load()
        mark("MainWindow() built")
        return timeline

    bundled.load_default_timeline = load
    view_init = timeline_view.TimelineView.__init__

    def init(self, *args, **kwargs):
        mark("TimelineView() built")
        view_init(self, *args, **kwargs)
        mark("the rest of MainWindow() built")

    timeline_view.TimelineView.__init__ = init
    real_show = main_window.MainWindow.show

    def show(self):
        mark("show()")
        real_show(self)
        mark("after show(), to the first paint")

    main_window.MainWindow.show = show
    real_paint = timeline_view.TimelineView.paintEvent
    first = [True]

    def paint(self, event):
        if first[0]:
            first[0] = False
            mark("the first paintEvent")
        return real_paint(self, event)

    timeline_view.TimelineView.paintEvent = paint
    for name in METHODS:
        cls, _, attribute = name.rpartition(".")
        wrap(getattr(timeline_view, cls), attribute, name)
    window = real_build(*args, **kwargs)
    mark("the window returned, to show()")
    return window


app_module.create_main_window = create_main_window
bench_view._child_startup("app", 1600, 900)
"""


def run_tree(tree: Path, work: Path, env: dict[str, str], methods: bool,
             own: bool = False) -> tuple[list[str], list[int]]:
    """(the marks' labels, the GUI thread's instructions before each) of one callgrind
    run of ``tree``'s app; the last number is what ran after the last mark.

    Raises ``RuntimeError`` if the child fails or its dumps do not match its marks."""
    work.mkdir(parents=True, exist_ok=True)
    labels_path = work / "labels.json"
    args = [sys.executable, "-X", "utf8", "-c", CHILD, str(ROOT), str(labels_path),
            ",".join(STANDARD), ",".join(METHODS) if methods else "", "own" if own else ""]
    env = dict(env, PYTHONPATH=os.pathsep.join([str(tree), str(ROOT)]))
    plain = subprocess.run(args, env=env, cwd=tree, capture_output=True, text=True,
                           timeout=120, check=False)  # bytecode written, caches warm
    if plain.returncode != 0:
        raise RuntimeError(f"{tree}: {plain.stderr[-800:]}")
    labels_path.unlink()  # (the plain run's): written again by the run below
    prefix = work / "cg"
    run = subprocess.run(["valgrind", "--tool=callgrind", "--separate-threads=yes",
                          "--dump-before=sched_get_priority_min",
                          f"--callgrind-out-file={prefix}.%p", *args], env=env, cwd=tree,
                         capture_output=True, text=True, timeout=900, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"{tree} under callgrind: {run.stderr[-800:]}")
    if not labels_path.exists():
        raise RuntimeError(f"{tree} under callgrind: no first paint ({run.stderr[-800:]})")
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    parts: dict[int, int] = {}
    for path in work.glob("cg.*-01"):  # the first thread: the GUI thread
        found = re.fullmatch(r"cg\.\d+(?:\.(\d+))?-01", path.name)
        if found:  # PID.N-01: the N-th dump; PID-01: what ran after the last one
            parts[int(found.group(1)) if found.group(1) else len(labels) + 1] = _summary(path)
    if sorted(parts) != list(range(1, len(labels) + 2)):
        raise RuntimeError(f"{tree}: {len(parts)} dumps for {len(labels)} marks")
    return labels, [parts[n] for n in sorted(parts)]


def steps(labels: list[str], counts: list[int]) -> list[tuple[str, int]]:
    """The steps between marks, named by the mark each begins at (method marks left
    out: their instructions go to the step they run in), with their instructions."""
    rows: list[tuple[str, int]] = [("process start to the child's first mark", counts[0])]
    for label, count in zip(labels, counts[1:], strict=True):
        if label.startswith(("enter ", "leave ")):
            name, got = rows[-1]
            rows[-1] = (name, got + count)
        else:
            rows.append((label, count))
    return rows


def inclusive(labels: list[str], counts: list[int]) -> dict[str, tuple[int, int]]:
    """Per wrapped method: (its instructions from entry to return, outer calls only;
    its calls)."""
    at = 0
    cumulative = []
    for count in counts[:-1]:
        at += count
        cumulative.append(at)
    open_calls: list[tuple[str, int]] = []
    totals: dict[str, tuple[int, int]] = {}
    for label, at in zip(labels, cumulative, strict=True):
        if label.startswith("enter "):
            open_calls.append((label[6:], at))
        elif label.startswith("leave "):
            name, began = open_calls.pop()
            got, calls = totals.get(name, (0, 0))
            outer = all(other != name for other, _ in open_calls)
            totals[name] = (got + (at - began if outer else 0), calls + 1)
    return totals


def own_instructions(labels: list[str], counts: list[int]) -> dict[str, tuple[int, int]]:
    """Per module whose body was marked (``--own``): (its own instructions, its body's
    inclusive ones), own being inclusive less the inclusive of each marked module its body
    imported (directly)."""
    totals = inclusive(labels, counts)
    children: dict[str, list[str]] = {}
    open_bodies: list[str] = []
    for label in labels:
        if label.startswith("enter module "):
            if open_bodies:
                children.setdefault(open_bodies[-1], []).append(label[6:])
            open_bodies.append(label[6:])
        elif label.startswith("leave module "):
            open_bodies.pop()
    return {name[7:]: (got - sum(totals[child][0] for child in children.get(name, [])), got)
            for name, (got, _calls) in totals.items() if name.startswith("module ")}


def _merged(sequences: list[list[str]]) -> list[str]:
    """The steps of every tree in one order: each later tree's steps the first lacks go
    where that tree has them (an import one tree makes and the other does not)."""
    import difflib

    order = list(sequences[0])
    for other in sequences[1:]:
        merged: list[str] = []
        matcher = difflib.SequenceMatcher(a=order, b=other, autojunk=False)
        for tag, a0, a1, b0, b1 in matcher.get_opcodes():
            merged += order[a0:a1]
            if tag in ("insert", "replace"):
                merged += [label for label in other[b0:b1] if label not in order[a0:a1]]
        order = merged
    return order


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for option, meta in (("--against", "TREE"), ("--keep", "DIR")):
        parser.add_argument(option, type=Path, default=None, metavar=meta)
    parser.add_argument("--no-methods", action="store_true")
    parser.add_argument("--own", action="store_true",
                        help="also each module's own instructions: its body's, less the "
                             "modules it imports (marks at each body's start and end)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed")
    trees = [("this", ROOT)] + ([("other", args.against.resolve())] if args.against else [])
    load = os.getloadavg()[0]
    results = {}
    with tempfile.TemporaryDirectory(prefix="startup_steps_") as tmp:
        env = _child_env(tmp)
        for name, tree in trees:
            work = (args.keep or Path(tmp)) / name
            if work.exists():
                shutil.rmtree(work)
            results[name] = run_tree(tree, work, env, not args.no_methods, args.own)
    print(f"GUI thread's instructions (M) by step to the end of the first paint "
          f"(callgrind, one run each; load average {load:.1f} at the start)")
    tables = {name: steps(*got) for name, got in results.items()}
    names = list(tables)
    header = "  ".join(f"{name:>9} {'cum.':>8}" for name in names)
    print(f"  {'step (from the mark named)':58} {header}")
    order = _merged([[label for label, _ in tables[name]] for name in names])
    totals = dict.fromkeys(names, 0)
    for label in order:
        cells = []
        for name in names:
            got = dict(tables[name]).get(label)
            if got is None:
                cells.append(f"{'-':>9} {'':>8}")
                continue
            totals[name] += got
            cells.append(f"{got / 1e6:9.2f} {totals[name] / 1e6:8.1f}")
        print(f"  {label[:58]:58} " + "  ".join(cells))
    if args.own:
        owns = {name: own_instructions(*got) for name, got in results.items()}
        print("\neach module's own instructions (M: its body less the marked modules it "
              "imports; inclusive in brackets), largest first")
        modules = sorted(set().union(*owns.values()),
                         key=lambda module: -max(got.get(module, (0, 0))[0]
                                                 for got in owns.values()))
        for module in modules:
            cells = [f"{owns[name][module][0] / 1e6:9.2f} ({owns[name][module][1] / 1e6:7.2f})"
                     if module in owns[name] else f"{'-':>9} {'':9}" for name in names]
            print(f"  {module[:58]:58} " + "  ".join(cells))
    if not args.no_methods:
        print("\nthe view's methods, inclusive (M, calls)")
        incl = {name: inclusive(*got) for name, got in results.items()}
        for method in METHODS:
            cells = [f"{incl[name].get(method, (0, 0))[0] / 1e6:9.2f} "
                     f"({incl[name].get(method, (0, 0))[1]}x)" for name in names]
            print(f"  {method:58} " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
