"""CPU time of the days the filtered events cover (``_shown_covered_days``), the breaks of
a Fit All with filters on, before and after session 57's view74 (vectorised and kept).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/shown_covered_cost.py \\
        [--size 1000000] [--rounds 3]

The window (``create_main_window``, File → Open) on ``bench_view.py``'s synthetic file of ``--size`` events (its cache,
``~/.cache/diplomatic-timeline-bench``), two categories hidden and Fit All (so the breaks
are found from the events shown, view73: the base), then for each of ``--rounds`` rounds
three filters: a third category hidden, the second shown again (lanes dropped and brought
back, as a legend click does) and a participant (the lanes rebuilt).

Alternating in one process, each filter applied from the first one (the base) with the
function ``before`` (as on main before view74, copied here, patched in) and then again
with this tree's (``after``): the CPU ms of the filter change (``set_filter`` and the
events it posts), and of the calls to the function within it.  ``after``'s kept parts
are as the session left them (a category shown again finds its lanes' days; a
participant filter rebuilds the lanes: worked out anew).  At the end the two functions'
answers on the view are checked equal.  Prints the load average.  A report, not a test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path.home() / ".cache" / "diplomatic-timeline-bench"


def before(view: Any) -> list[tuple[float, float]]:
    """``TimelineView._shown_covered_days`` as on main before view74 (``11a54f90``)."""
    from timeline_app.ui.scale import covered_intervals, day_number

    pieces: list[tuple[float, float]] = []
    for lane in (*view._lanes, *view._era_lanes):
        for bucket in lane.buckets:
            if bucket.starts:
                pieces.extend(covered_intervals(zip(bucket.starts, bucket.ends,
                                                    strict=True)))
    pieces.extend((float(day_number(d)), day_number(d) + 1.0)
                  for d in view._article_dates())
    return covered_intervals(sorted(pieces))


class _Timed:
    """The view's ``_shown_covered_days`` as ``function`` (``before``, or this tree's),
    each call's CPU ms added to ``ms``."""

    def __init__(self, view_class: Any) -> None:
        self.view_class = view_class
        self.after = view_class._shown_covered_days
        self.ms = 0.0
        self.calls = 0

    def use(self, function: Any) -> None:
        def timed(view: Any) -> list[tuple[float, float]]:
            start = time.process_time()
            try:
                answer: list[tuple[float, float]] = function(view)
                return answer
            finally:
                self.ms += (time.process_time() - start) * 1000
                self.calls += 1

        self.view_class._shown_covered_days = timed
        self.ms, self.calls = 0.0, 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT)]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from benchmarks.bench_view import _synthetic_file
    from timeline_app.app import create_main_window
    from timeline_app.core.query import EventFilter

    path, _meta = _synthetic_file(CACHE, args.size, 1)
    window = create_main_window()  # (then File → Open, as a user opens it)
    window.resize(1280, 776)
    window.show()
    assert window.open_path(str(path), background=False), path
    for _ in range(20):
        app.processEvents()
    timeline = window.document.timeline
    view = window.view
    categories = sorted({event.category for event in timeline.events[:5000]})
    person = next(name for event in timeline.events[:5000] for name in event.participants)
    state = window.find_state
    first = frozenset(categories[:2])
    base = EventFilter(hidden_categories=first)
    state.set_filter(base)
    app.processEvents()
    view.fit_all()
    app.processEvents()
    print(f"{os.getcwd()}  {len(timeline.events)} events  load {os.getloadavg()}  "
          f"breaks of the events shown: {view._breaks_of_shown}")
    filters = {
        f"hide {categories[2]} too": EventFilter(hidden_categories=first | {categories[2]}),
        f"show {categories[1]} again": EventFilter(hidden_categories=frozenset(categories[:1])),
        f"participant {person}": EventFilter(participants=frozenset({person}),
                                             hidden_categories=first),
    }
    from timeline_app.ui.timeline_view import TimelineView

    timed = _Timed(TimelineView)
    times: dict[str, dict[str, list[str]]] = {}
    for _round in range(args.rounds):
        for name, event_filter in filters.items():
            for label, function in (("before", before), ("after", timed.after)):
                timed.use(before)
                state.set_filter(base)
                app.processEvents()
                timed.use(function)
                start = time.process_time()
                state.set_filter(event_filter)
                app.processEvents()
                change = (time.process_time() - start) * 1000
                shown = len(timeline.events) - len(view._hidden)
                times.setdefault(f"{name} ({shown} shown)", {}).setdefault(label, []).append(
                    f"{change:.0f} ({timed.ms:.0f} in {timed.calls})")
    timed.use(timed.after)
    assert before(view) == view._shown_covered_days(), "the answers differ"
    print("  filter change: ms CPU of the change (ms CPU in the covered days' calls)")
    for name, row in times.items():
        print(f"  {name}")
        for label, values in row.items():
            print(f"    {label:7s} {'  '.join(values)}")
    print(f"load {os.getloadavg()}")


if __name__ == "__main__":
    main()
