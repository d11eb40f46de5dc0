"""One edit of one selected event in a main window, on a large timeline (issue 11; session
49 edit55: at 1 000 000 events a Ctrl+→ date step took 8.4 s wall, ~2.2 s CPU of the
window's own handling): each step's process CPU (``time.process_time``) and wall time, the
call and the event loop after it (offscreen is fine).

Steps, on the event in the middle of the file, selected: a date step (Ctrl+→, the view's
``nudge_selection``), a title changed through the editor (``MainWindow.edit_selected``, the
editor's answer given as a person who typed a new title and pressed OK), Edit → Move to
Lane ▸ another lane (``MainWindow._lane_moves().move``), Delete (``delete_selected``) —
each followed by its Undo.

``--file PATH`` opens that native file (``benchmarks/synthetic.py`` writes one:
``python benchmarks/synthetic.py 1000000 /tmp/edit55/events1m.json``; keep them out of the
repository).  ``--tree DIR`` runs the same steps with another checkout's ``timeline_app``
(e.g. ``git archive main`` unpacked in /tmp) in a child process, so ``--tree A --tree B
--rounds 2`` alternates them in one run: main and this branch under the same load.
``--callgrind`` counts each step's instructions (the step and the event loop after it)
under ``valgrind --tool=callgrind --instr-atstart=no``; the open runs uninstrumented.
``--profile DIR`` writes a cProfile of each step (``DIR/<step>.prof``) in a single run.
``--hide-lane`` first switches off, in the legend, the busiest lane but the event's (the
filters then hide its events: the lists and counts of what is shown follow each edit);
``--search TEXT`` first types TEXT in the find bar.

Usage::

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_one_edit.py \\
        --file /tmp/edit55/events100k.json --tree /tmp/edit55/main --tree . [--callgrind]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STEPS = ("date", "undo-date", "title", "undo-title", "lane", "undo-lane", "delete",
         "undo-delete")


def _callgrind(*command: str) -> None:
    """``callgrind_control COMMAND… <this process>`` (this process runs under callgrind)."""
    subprocess.run(["callgrind_control", *command, str(os.getpid())], check=True,
                   capture_output=True)


def one_run(path: Path, counted: bool = False, profile: Path | None = None,
            hide_lane: bool = False, search: str = "") -> int:
    """The steps in this process, with the ``timeline_app`` on ``sys.path``."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_lane_rename import window_on

    opened = window_on(path)
    if opened is None:
        return 1
    app, window, _path = opened
    for _ in range(50):
        app.processEvents()
    from timeline_app.ui import prompts

    document = window.document
    event = document.timeline.events[len(document.timeline) // 2]
    window.selection.select(event.id)
    for _ in range(10):
        app.processEvents()
    lanes = sorted({e.category for e in document.timeline.events[:2000]} - {event.category})
    if hide_lane:
        from collections import Counter

        busiest = Counter(document.timeline.categories())
        busiest.pop(event.category, None)
        window.find_state.toggle_category(busiest.most_common(1)[0][0])
    if search:
        window.find_state.set_text(search)
    if hide_lane or search:
        for _ in range(50):
            app.processEvents()
        print(f"shown: {window.find_state.shown_words()}", flush=True)
    # the editor's answer: a person typed a new title and pressed OK (the dialog not counted)
    prompts.edit_event = lambda _parent, timeline, shown, *_a, **_k: dataclasses.replace(
        timeline.get(shown.id), title=shown.title + " (edited)")

    def lane() -> None:
        window._lane_moves().move(lanes[0])

    def delete() -> None:
        window.selection.select(event.id)
        window.delete_selected()

    acts = {"date": lambda: window.view.nudge_selection(+1),
            "title": window.edit_selected, "lane": lane, "delete": delete}
    figures = []
    for name in STEPS:
        act = document.undo_stack.undo if name.startswith("undo") else acts[name]
        if name.startswith("undo"):
            window.selection.select(event.id)
            for _ in range(5):
                app.processEvents()
        if profile is not None:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        if counted:
            _callgrind("-i", "on")
        wall, cpu = time.perf_counter(), time.process_time()
        act()
        called = time.perf_counter() - wall
        for _ in range(30):
            app.processEvents()
        if counted:
            _callgrind("-i", "off")
            _callgrind("-d", name)
        spent = time.process_time() - cpu, time.perf_counter() - wall
        if profile is not None:
            profiler.disable()
            profiler.dump_stats(str(profile / f"{name}.prof"))
        figures.append(f"{name} cpu {spent[0]:5.2f} wall {spent[1]:5.2f} (call {called:5.2f})")
    assert document.timeline.get(event.id) == event, "the undos gave the event back"
    print("steps: " + " | ".join(figures), flush=True)
    document.undo_stack.setClean()
    os._exit(0)  # Qt's teardown of a large window takes minutes (lanes18's note)


def _dumped_totals(scratch: Path) -> str:
    """"date 12.3 M, undo-date 11.0 M, … instructions | " from a child's dumps (in the
    order dumped); "" without them."""
    dumps = sorted(scratch.glob("cg.*.*"), key=lambda dump: int(dump.suffix[1:]))
    found = []
    for dump, name in zip(dumps, STEPS, strict=False):
        for line in dump.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("totals:"):
                found.append(f"{name} {int(line.split()[1]) / 1e6:,.1f} M".replace(",", " "))
    return f"{', '.join(found)} instructions | " if found else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--tree", action="append", default=[],
                        help="a checkout whose timeline_app to run (repeatable)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--callgrind", action="store_true",
                        help="count each step's instructions under callgrind (with --tree)")
    parser.add_argument("--profile", type=Path, help="a folder for each step's cProfile")
    parser.add_argument("--hide-lane", action="store_true",
                        help="the busiest other lane switched off first")
    parser.add_argument("--search", default="", help="text typed in the find bar first")
    parser.add_argument("--counted", action="store_true", help=argparse.SUPPRESS)  # a child's
    args = parser.parse_args(argv)
    if not args.tree:
        return one_run(args.file, args.counted, args.profile, args.hide_lane, args.search)
    for round_ in range(args.rounds):
        for tree in args.tree:
            env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()),
                       QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
            command = [sys.executable, str(Path(__file__).resolve()), "--file",
                       str(args.file), *(["--hide-lane"] if args.hide_lane else []),
                       *(["--search", args.search] if args.search else [])]
            with tempfile.TemporaryDirectory() as scratch:
                if args.callgrind:
                    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
                               f"--callgrind-out-file={scratch}/cg.%p", *command, "--counted"]
                result = subprocess.run(command, env=env, capture_output=True, text=True,
                                        check=False)
                counts = _dumped_totals(Path(scratch)) if args.callgrind else ""
            lines = [line for line in result.stdout.splitlines() if line.startswith("steps:")]
            print(f"round {round_ + 1} {tree}: {counts}"
                  f"{lines[-1] if lines else result.stderr[-600:]}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
