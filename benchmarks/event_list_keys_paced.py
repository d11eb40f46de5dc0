"""The Events list's keys pressed at a person's pace, for two trees side by side (issue 11:
"the event list (100 000 rows): scroll to end, page down ≤ 8 ms"; session 63, scale69).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/event_list_keys_paced.py \\
        [--base TREE] [--events 1000] [--rounds 3]

``event_list_keys.py`` (and ``make bench``) press the keys back to back, each frame the
key and ``processEvents``: the work the view does while the app waits (its picture, the
views the list's next PageDown and End would reveal: ``view_reveal``) never runs between
them.  A person pauses between PageDowns; here each key comes after the app went idle
(``bench_view._wait_until_idle``), in a fresh process per tree (the trees alternated: A,
B, B, A, ...): the main window on ``bench_view.py``'s synthetic file of ``--events``
events (made by a ``make bench`` run), laid out for the offscreen platform's 800x800
screen (the Events list a tab behind Details, as ``make bench``), the timeline's viewport
1600x900 at Fit All, the list focused; then ``KEYS``.  Per key (in order, every round):
the process CPU ms of its frame (the key and ``processEvents``), and of it the reveal
(``MainWindow._reveal_picked``: the timeline following the new row) and the timeline's
paint; the median over rounds.  CPU time, less moved by the machine's load than the wall
clock (session 48, list53).  ``--base``: the other tree; its ``timeline_app`` is used with
this tree's benchmark code.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

#: The keys, in order: four PageDowns (the first zooms in from Fit All, the fourth
#: scrolls at 1 000 events), End, Home, two PageDowns and End again.
KEYS = ("PageDown", "PageDown", "PageDown", "PageDown", "End", "Home", "PageDown",
        "PageDown", "End")


def _child(tree: str, path: str) -> None:
    sys.path.insert(0, tree)
    import timeline_app  # (the tree under test's, before bench_view puts its own first)

    assert str(Path(timeline_app.__file__).resolve()).startswith(str(Path(tree).resolve()))
    sys.path.insert(1, str(HERE))

    import bench_view
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    # (a child run by hand keeps the person's settings out too; the parent's runner
    # sets it already)
    os.environ.setdefault("TIMELINE_APP_SETTINGS", f"/tmp/event_list_keys_paced-{os.getpid()}.ini")
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.timeline_view import TimelineView

    spent: dict[str, float] = {}

    def timed(cls: Any, name: str, part: str) -> None:
        method = getattr(cls, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            began = time.process_time()
            try:
                return method(*args, **kwargs)
            finally:
                spent[part] = spent.get(part, 0.0) + (time.process_time() - began) * 1000

        setattr(cls, name, wrapper)

    timed(MainWindow, "_reveal_picked", "reveal")
    timed(TimelineView, "paintEvent", "paint")
    app = QApplication([sys.argv[0]])
    window, table = bench_view.open_settled(app, path, 1600, 900)
    view = window.view
    bench_view._frame_of(view, app, view.fit_all)
    table.setFocus()
    bench_view._wait_until_idle(app)
    out = []
    for name in KEYS:
        spent.clear()
        key = QKeyEvent(QEvent.Type.KeyPress, getattr(Qt.Key, f"Key_{name}"),
                        Qt.KeyboardModifier.NoModifier)
        began = time.process_time()
        QApplication.sendEvent(table, key)
        app.processEvents()
        out.append([(time.process_time() - began) * 1000, spent.get("reveal", 0.0),
                    spent.get("paint", 0.0)])
        bench_view._wait_until_idle(app)  # a person's pause: the work while it waits done
    window.document.undo_stack.setClean()
    print(json.dumps(out), flush=True)
    os._exit(0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="the other tree (its timeline_app)")
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], args.child[1])
        return 0
    sys.path.insert(0, str(HERE))
    import bench_view
    from event_list_keys import alternated_runs, file_and_trees

    found = file_and_trees(args.events, args.base)
    if found is None:
        return 1
    path, trees = found
    runs = alternated_runs(__file__, trees, args.rounds, lambda tree: [tree, str(path)])
    if runs is None:
        return 1
    print(f"{args.events} events, timeline viewport 1600x900, {args.rounds} rounds, each "
          "key after the app went idle; CPU ms, median over rounds: frame (reveal, paint)")
    print("| key | " + " | ".join(trees) + " |")
    print("|---|" + "---|" * len(trees))
    for index, name in enumerate(KEYS):
        cells = []
        for tree in trees:
            parts = [bench_view._median([run[index][part] for run in runs[tree]])
                     for part in range(3)]
            cells.append(f"{parts[0]:.1f} ({parts[1]:.1f}, {parts[2]:.1f})")
        print(f"| {index + 1}. {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
