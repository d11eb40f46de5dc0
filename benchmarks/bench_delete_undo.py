"""Select all in the event list, Delete, then Undo, in a main window (verify27, finding
5: a 100 000-event delete took ~3 s, its undo 8-13 s): each step's process CPU and wall
time, the call and the event loop after it (offscreen is fine).

Opens ``bench_view.py``'s synthetic file of ``--size`` events (run it once to write the
file).  ``--tree DIR`` runs the same steps with another checkout's ``timeline_app`` (e.g.
a base worktree) in a child process, so ``--tree A --tree B --rounds 3`` alternates them
(A, B, A, B, …) in one run: base and new under the same load.

``--callgrind`` runs each child under ``valgrind --tool=callgrind --instr-atstart=no``
and counts instructions for each step only (the step and the event loop after it: the
child turns the instrumentation on and off with ``callgrind_control`` around it, and dumps
the counts), immune to the machine's load; the open before them runs uninstrumented
(~1.5 min a child at 100 000 events).

``--imported`` opens a copy of that file whose articles are kept under the id an import of
their text gives (``core.reimport.article_id``, written next to it once): a delete then
notes its events' readings, as a delete of events imported here does (~65 000 readings at
100 000 events; edit39's leftover, session 41 edit40).

Usage::

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python benchmarks/bench_delete_undo.py \\
        --size 100000 --tree /work/wt-base --tree . --rounds 3 [--callgrind]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _callgrind(*command: str) -> None:
    """``callgrind_control COMMAND… <this process>`` (this process runs under callgrind)."""
    subprocess.run(["callgrind_control", *command, str(os.getpid())], check=True,
                   capture_output=True)


def imported_copy(path: Path) -> Path:
    """``path``'s synthetic file with each article under the id an import of its text
    gives it (``core.reimport.article_id``; the events' and sentences' ``source`` with
    them), written once beside it as ``….imported.json``."""
    import json

    from timeline_app.core.reimport import article_id

    target = path.with_suffix(".imported.json")
    if target.exists():
        return target
    document = json.loads(path.read_text(encoding="utf-8"))
    ids = {s["id"]: article_id(s.get("text", "")) for s in document.get("sources", [])}
    if len(set(ids.values())) != len(ids):
        raise SystemExit(f"{path}: two articles of one text")
    for source in document.get("sources", []):
        source["id"] = ids[source["id"]]
    for event in document["events"]:
        if event.get("source"):
            event["source"] = ids[event["source"]]
        for evidence in event.get("evidence", []):
            if evidence.get("source"):
                evidence["source"] = ids[evidence["source"]]
    scratch = target.with_suffix(".tmp")
    scratch.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    scratch.replace(target)
    return target


def one_run(size: int, counted: bool = False, imported: bool = False) -> int:
    """The steps in this process, with the ``timeline_app`` on ``sys.path``; ``counted``:
    under callgrind, each step's instructions dumped on their own (``--callgrind``);
    ``imported``: on :func:`imported_copy` of the file."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_lane_rename import window_on

    path = (Path.home() / ".cache" / "diplomatic-timeline-bench"
            / f"synthetic-v3-{size}-1.json")
    opened = window_on(imported_copy(path) if imported else path)
    if opened is None:
        return 1
    app, window, _path = opened
    for _ in range(50):
        app.processEvents()
    window.event_list.setFocus()
    window.event_list.selectAll()
    app.processEvents()
    from timeline_app.ui import prompts

    # (Delete of so many asks first since session 48: the bench answers as a person who
    # chose "Delete", the question not counted)
    prompts.ask_delete_many = lambda *_args: True
    figures = []
    for name, act in (("delete", window.delete_selected),
                      ("undo", window.document.undo_stack.undo)):
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
        figures.append(f"{name} cpu {time.process_time() - cpu:5.2f} s wall "
                       f"{time.perf_counter() - wall:5.2f} s (call {called:5.2f})")
    assert len(window.document.timeline) == size
    print(" | ".join(figures), flush=True)
    window.document.undo_stack.setClean()
    os._exit(0)  # Qt's teardown of a 100 000-row window takes minutes (lanes18's note)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100000)
    parser.add_argument("--tree", action="append", default=[],
                        help="a checkout whose timeline_app to run (repeatable)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--callgrind", action="store_true",
                        help="count each step's instructions under callgrind (with --tree)")
    parser.add_argument("--imported", action="store_true",
                        help="the file's articles under an import's ids: the delete notes them")
    parser.add_argument("--counted", action="store_true", help=argparse.SUPPRESS)  # a child's
    args = parser.parse_args(argv)
    if not args.tree:
        return one_run(args.size, args.counted, args.imported)
    if args.imported:  # written once, before the children (each would write it)
        imported_copy(Path.home() / ".cache" / "diplomatic-timeline-bench"
                      / f"synthetic-v3-{args.size}-1.json")
    for round_ in range(args.rounds):
        for tree in args.tree:
            env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()),
                       QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
            command = [sys.executable, str(Path(__file__).resolve()), "--size", str(args.size),
                       *(["--imported"] if args.imported else [])]
            with tempfile.TemporaryDirectory() as scratch:
                if args.callgrind:
                    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
                               f"--callgrind-out-file={scratch}/cg.%p", *command, "--counted"]
                result = subprocess.run(command, env=env, capture_output=True, text=True,
                                        check=False)
                counts = _dumped_totals(Path(scratch)) if args.callgrind else ""
            lines = [line for line in result.stdout.splitlines() if "delete cpu" in line]
            print(f"round {round_ + 1} {tree}: {counts}"
                  f"{lines[-1] if lines else result.stderr[-300:]}", flush=True)
    return 0


def _dumped_totals(scratch: Path) -> str:
    """"delete 3 770.0 M, undo 3 228.9 M instructions | " from a child's dumps (in the
    order dumped: ``cg.<pid>.1`` the delete's, ``.2`` the undo's); "" without them."""
    dumps = sorted(scratch.glob("cg.*.*"), key=lambda dump: int(dump.suffix[1:]))
    found = []
    for dump, name in zip(dumps, ("delete", "undo"), strict=False):
        for line in dump.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("totals:"):
                found.append(f"{name} {int(line.split()[1]) / 1e6:,.1f} M".replace(",", " "))
    return f"{', '.join(found)} instructions | " if found else ""


if __name__ == "__main__":
    raise SystemExit(main())
