"""Instructions of the real app's open of a file, step by step, counted by callgrind
(issue 11: "open 100 000 events, whole ≤ 1 s").

Usage::

    env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen .venv/bin/python \\
        benchmarks/open_instructions.py FILE N [--against TREE] [--keep DIR]

Runs ``timeline_app.app.main([FILE])`` of this tree (and of ``--against TREE``, one after
the other) under ``valgrind --tool=callgrind`` until the timeline's viewport has painted
all N events, and prints the instructions of each step: the interpreter, PySide's import,
the app's modules, the window to its first paint, the panels to ``open_path``, the load
(``open_timeline_file``), ``prepare_lanes``, the hand-over (``_opened``) and the paint
with the events.  Each step is cut by a call of ``functools.reduce`` (callgrind's
``--dump-before=functools_reduce``); every thread is counted in the step it runs in.

Unlike ``bench_view.py``'s "open" child there is no 2 ms probe and the paint is watched on
the timeline's viewport only (an application-wide event filter passes every event of the
run through Python and made PySide resolve the type of every object: 136 M instructions
more, session 20).  The duplicate-key check runs in the loading process in every run (the
second process is started only on an idle CPU: the same work on both trees whatever the
machine's load); with ``--second-process`` always in its second process, as on an idle
machine, which valgrind does not follow (its instructions are not counted: only the app's
own process).  Counted steps on the GUI thread while the load runs (progress, timers)
depend on the wall clock under valgrind: the load's count moved by 64 M between two trees
with the same loader; compare the steps that run alone (``prepare_lanes``), not the
totals, for small changes.  Bytecode is written by one plain run of each tree first.
Each run takes 2-5 minutes.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

def _mark(log: list[str], label: str) -> None:
    log.append(label)
    functools.reduce(int.__add__, [0, 0])  # callgrind dumps before this call


def _child(tree: str, path: str, n: int,
           second_process: bool = False) -> None:  # pragma: no cover - under valgrind
    log: list[str] = []
    _mark(log, "start")
    sys.path.insert(0, tree)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    _mark(log, "pyside imported")
    _qt = QApplication([sys.argv[0]])  # kept: the app needs it alive
    from timeline_app import app as app_module
    from timeline_app.io import formats, key_check
    from timeline_app.ui import main_window, timeline_view

    # In-process (the same work on both trees whatever the machine's load), or always in
    # its second process (``--second-process``: as on an idle machine; not counted).
    key_check._a_cpu_is_idle = lambda: second_process  # type: ignore[attr-defined]
    _mark(log, "app modules imported")

    def wrap(owner: Any, name: str) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            _mark(log, f"before {name}")
            try:
                return original(*args, **kwargs)
            finally:
                _mark(log, f"after {name}")

        setattr(owner, name, wrapped)

    wrap(main_window.MainWindow, "_after_first_paint")
    wrap(main_window.MainWindow, "open_path")
    wrap(formats, "open_timeline_file")
    wrap(timeline_view, "prepare_lanes")
    wrap(main_window.MainWindow, "_opened")

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint
                    and len(obj.window().document.timeline) == n):  # type: ignore[attr-defined]
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            _mark(log, "events painted")
            sys.stderr.write("MARKS " + " | ".join(log) + "\n")
            sys.stderr.flush()
            os._exit(0)

    painted = Painted()
    for name in ("create_opening_window", "create_main_window"):
        build = getattr(app_module, name)

        def created(*args: Any, _build: Any = build, **kwargs: Any) -> Any:
            window = _build(*args, **kwargs)
            window.view.viewport().installEventFilter(painted)
            return window

        setattr(app_module, name, created)
    app_module.main([path])


def _run(tree: Path, path: str, n: int, keep: Path | None,
         second_process: bool = False) -> list[tuple[str, int]]:
    """(step, instructions) of one run of ``tree`` under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree),
                   TIMELINE_APP_SETTINGS=f"{tmp}/settings.ini",
                   TIMELINE_APP_RECOVERY_DIR=f"{tmp}/recovery",
                   PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir())
                                           / f"open-instructions-pycache-{tree.name}"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        child = [sys.executable, str(Path(__file__).resolve()), "--child", str(tree), path,
                 str(n), *(["second"] if second_process else [])]
        subprocess.run(child, env=env, cwd=tree, capture_output=True, check=True)  # bytecode
        out = Path(tmp) / "cg"
        out.mkdir()
        proc = subprocess.run(["valgrind", "--tool=callgrind",
                               "--dump-before=functools_reduce",
                               f"--callgrind-out-file={out}/callgrind.out", *child],
                              env=env, cwd=tree, capture_output=True, text=True, check=False)
        marks = re.search(r"MARKS (.*)", proc.stderr)
        if marks is None:
            raise SystemExit(f"{tree}: no paint with {n} events\n{proc.stderr[-2000:]}")
        labels = marks.group(1).split(" | ")
        counts = {}
        for dump in out.glob("callgrind.out.*"):
            number = int(dump.name.rsplit(".", 1)[1])
            text = dump.read_text(errors="replace")
            found = re.search(r"^summary: (\d+)", text, re.M)
            counts[number] = int(found.group(1)) if found else 0
        if keep is not None:
            shutil.copytree(out, keep / tree.name, dirs_exist_ok=True)
    # Dump k holds the work from mark k-1 to mark k (dump 1: from the start to mark 1).
    return [(label, counts.get(k, 0)) for k, label in enumerate(labels, 1)]


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:] == ["second"])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("events", type=int)
    parser.add_argument("--against", type=Path, help="another checkout, counted too")
    parser.add_argument("--keep", type=Path, help="keep the callgrind files there")
    parser.add_argument("--second-process", action="store_true",
                        help="the duplicate-key (and evidence) check in its second process, "
                             "as on an idle machine, not counted (valgrind does not follow "
                             "it); default: in the loading process")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("needs valgrind on the PATH")
    trees = [ROOT, *([args.against.resolve()] if args.against else [])]
    results = {tree: _run(tree, str(Path(args.file).resolve()), args.events, args.keep,
                          args.second_process)
               for tree in trees}
    names = [label for label, _ in results[ROOT]]
    print(f"{'step (to the mark named)':44}" + "".join(f"{t.name:>18}" for t in trees))
    for i, label in enumerate(names):
        row = [results[t][i][1] if i < len(results[t]) else 0 for t in trees]
        print(f"{label:44}" + "".join(f"{c / 1e6:16.1f} M" for c in row))
    print(f"{'total':44}" + "".join(
        f"{sum(c for _, c in results[t]) / 1e6:16.1f} M" for t in trees))


if __name__ == "__main__":
    main()
