"""Many events changed in one step in the window — a drag of many selected events
(``Document.update_events``), File → Merge of another file (``Document.
merge_events``), an import of many events and a delete of many — the views told one event
at a time (the path before lanes17 and lanes18, forced by raising
``document.REPLACED_ONE_BY_ONE``) beside at once (``events_replaced``), in the same run
(A/B; brief, house rule 9).

Opens ``bench_view.py``'s synthetic file of ``--size`` events in a main window (offscreen
is fine), then (1) moves ``--count`` events one day later as one step, and undoes it;
(2) merges ``--count`` copies of its events (new ids, the duplicates' review left out)
with ``--count`` of its events replaced, and undoes it; (3) merges ``--count`` other
copies, all new ("add": File → Merge… of a file of new events), and undoes it; (4)
imports ``--count`` other copies with an article (Import Article's "Import N"), and undoes
it; (5) deletes ``--count`` events, and undoes it; prints each step's wall time and
process CPU (``time.process_time``).  ``--only add,import`` times only those steps
(each with its undo).

Usage::

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_many_changed.py --size 1000
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    from bench_lane_rename import ab_run

    def prepare(document: Any, args: argparse.Namespace, path: Path
                ) -> tuple[int, list[tuple[str, Callable[[], object]]]]:
        from timeline_app.core import Source, new_event_id

        events = list(document.timeline.events)[:args.count]
        moved = [dataclasses.replace(e, date=e.date.moved(1) or e.date) for e in events]
        moved = [dataclasses.replace(e, title=e.title + " (moved)") if m == e else m
                 for e, m in zip(events, moved, strict=True)]
        copies = [dataclasses.replace(e, id=new_event_id()) for e in events]
        merged = [dataclasses.replace(e, title=e.title + " (merged)") for e in events]
        added = [dataclasses.replace(e, id=new_event_id()) for e in events]
        imported = [dataclasses.replace(e, id=new_event_id(), source_id=None) for e in events]
        article = Source("bench-article", "An article", text="An article.")
        gone = [e.id for e in events]
        print(f"{path.name}: {len(document.timeline)} events; {len(events)} moved; "
              f"{len(copies)} merged in and {len(merged)} replaced by the merge; "
              f"{len(added)} merged in alone; {len(imported)} imported; {len(gone)} deleted")
        steps: dict[str, list[tuple[str, Callable[[], object]]]] = {
            "drag": [("drag", lambda: document.update_events(moved, "Move events"))],
            "merge": [("merge", lambda: document.merge_events([], copies, merged, "Merge"))],
            "add": [("add", lambda: document.merge_events([], added, [], "Merge"))],
            "import": [("import", lambda: document.import_events(article, imported))],
            "delete": [("delete", lambda: document.remove_events(gone))]}
        wanted = args.only.split(",") if args.only else list(steps)
        return 10 * len(events) + 1, [
            step for name in wanted for step in (*steps[name],
                                                  ("undo", document.undo_stack.undo))]

    def arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--count", type=int, default=1000,
                            help="events moved, merged in, replaced, imported, deleted")
        parser.add_argument("--only", default="",
                            help="comma-separated steps: drag,merge,add,import,delete")

    return ab_run(argv, __doc__.splitlines()[0], prepare, arguments)


if __name__ == "__main__":
    raise SystemExit(main())
