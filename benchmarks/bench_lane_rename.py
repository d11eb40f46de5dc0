"""A lane renamed in the window, the views told at once (``events_replaced``) beside one
event at a time (the path before lanes16), in the same run (A/B; brief, house rule 9).

Opens ``bench_view.py``'s synthetic file of ``--size`` events in a main window
(offscreen is fine), renames its smallest lane through ``Document.rename_lane`` and
undoes it, first with every event told to the views one by one
(``document.REPLACED_ONE_BY_ONE`` raised above the lane's size), then at once; prints
each step's wall time and process CPU (``time.process_time``).  The one-by-one path
reads every event in several views per event: use ``--size 1000`` for it
(``--skip-one-by-one`` for larger files).

Usage::

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_lane_rename.py --size 1000
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any


def window_on(path: Path) -> tuple[Any, Any, Path] | None:
    """A main window shown at 1400×860 with ``path`` opened (the app, the window, the
    path); None, said, when the file is missing."""
    if not path.is_file():
        print(f"{path} is missing: run benchmarks/bench_view.py once to write it")
        return None
    from PySide6.QtWidgets import QApplication

    from timeline_app.app import create_main_window

    app = QApplication.instance() or QApplication(sys.argv)
    window = create_main_window()
    window.resize(1400, 860)
    window.show()
    window.open_path(str(path), background=False)
    for _ in range(20):
        app.processEvents()
    return app, window, path


def ab_run(argv: list[str] | None, description: str,
           prepare: Callable[[Any, Any, Path], tuple[int, list[tuple[str, Callable[[], object]]]]],
           add_arguments: Callable[[argparse.ArgumentParser], object] = lambda _p: None
           ) -> int:
    """Open ``--size``'s synthetic file, ``prepare(document, args, path)`` the steps (it
    prints what they do and returns the ``REPLACED_ONE_BY_ONE`` that forces them one
    event at a time), then time them one by one (unless ``--skip-one-by-one``) and at
    once, printing each step's wall time and process CPU."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--cache", type=Path,
                        default=Path.home() / ".cache" / "diplomatic-timeline-bench")
    parser.add_argument("--skip-one-by-one", action="store_true")
    add_arguments(parser)
    args = parser.parse_args(argv)
    opened = window_on(args.cache / f"synthetic-v3-{args.size}-1.json")
    if opened is None:
        return 1
    app, window, path = opened
    from timeline_app import document as document_module

    document = window.document
    one_by_one, steps = prepare(document, args, path)
    paths = [("at once", document_module.REPLACED_ONE_BY_ONE)]
    if not args.skip_one_by_one:
        paths.insert(0, ("one by one", one_by_one))
    for name, limit in paths:
        document_module.REPLACED_ONE_BY_ONE = limit
        for step, act in steps:
            wall, cpu = time.perf_counter(), time.process_time()
            act()
            app.processEvents()
            print(f"  {name:10} {step:6}: wall {time.perf_counter() - wall:6.2f} s,"
                  f" cpu {time.process_time() - cpu:6.2f} s")
    window.document.undo_stack.setClean()
    window.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    def prepare(document: Any, _args: object, path: Path
                ) -> tuple[int, list[tuple[str, Callable[[], object]]]]:
        lane, count = Counter(e.category for e in document.timeline).most_common()[-1]
        print(f"{path.name}: lane {lane!r}, {count} of {len(document.timeline)} events")
        return count + 1, [("rename", lambda: document.rename_lane(lane, "renamed lane")),
                           ("undo", document.undo_stack.undo)]

    return ab_run(argv, __doc__.splitlines()[0], prepare)


if __name__ == "__main__":
    raise SystemExit(main())
