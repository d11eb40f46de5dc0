"""CPU time of a filter change with the Filters dock open, and of the dock's own counts.

Session 10, branch misc11: under a filter the dock's participants, places and categories
count the events the filters let through (new-user trial 11, finding 12).  Run it in each
tree to compare (A/B, alternating), with the venv's python from inside that tree::

    cd TREE && env -u PYTHONDONTWRITEBYTECODE PYTHONPATH=TREE \\
        /work/wt-misc11/.venv/bin/python benchmarks/bench_filter_counts.py [FILE]

Prints, per filter, the CPU milliseconds of ``set_filter`` plus the events it posts
(the view's repaint, the counts), three rounds, then (trees that have them) the counts
alone, five times.  FILE defaults to the 100 000-event synthetic file of bench_view.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

APP = QApplication([])

from timeline_app.core.query import EventFilter
from timeline_app.io import load
from timeline_app.ui.main_window import MainWindow

os.environ.setdefault("TIMELINE_APP_SETTINGS", os.path.join(tempfile.mkdtemp(), "settings.ini"))  # never the user's Open Recent (verify49 F1)

DEFAULT = "~/.cache/diplomatic-timeline-bench/synthetic-v3-100000-1.json"


def main() -> None:
    path = os.path.expanduser(sys.argv[1] if len(sys.argv) > 1 else DEFAULT)
    opened = load(path)
    timeline = getattr(opened, "timeline", opened)
    window = MainWindow(timeline)
    window.resize(1280, 776)
    window.show()
    for _ in range(20):
        APP.processEvents()
    window._filter_dock.toggleViewAction().trigger()
    for _ in range(20):
        APP.processEvents()
    panel = window.filter_panel
    person = panel.participants.list.item(0).data(256)
    place = panel.places.list.item(0).data(256)
    category = frozenset({timeline.events[0].category})
    filters = [EventFilter(participants=frozenset({person})),
               EventFilter(places=frozenset({place})),
               EventFilter(hidden_categories=category),
               EventFilter(participants=frozenset({person}), hidden_categories=category)]
    state = window.find_state
    print(f"{os.getcwd()}  load {os.getloadavg()}  person {person!r}  place {place!r}")
    times: dict[str, list[int]] = {}
    for _round in range(3):
        for event_filter in [*filters, EventFilter()]:
            start = time.process_time()
            state.set_filter(event_filter)
            APP.processEvents()
            name = event_filter.describe() if event_filter.is_active else "(cleared)"
            times.setdefault(name, []).append(round((time.process_time() - start) * 1000))
    for name, values in times.items():
        print(f"  change to {name:38s} ms CPU {values}")
    count = getattr(panel, "_show_filtered_counts", None)
    if count is None:
        return
    for event_filter in filters:
        state.set_filter(event_filter)
        APP.processEvents()
        values = []
        for _ in range(5):
            panel._counted_for = None
            start = time.process_time()
            count()
            values.append(round((time.process_time() - start) * 1000, 1))
        print(f"  counts alone, {event_filter.describe():30s} hidden {len(state.hidden):6d}"
              f"  ms CPU {values}")


if __name__ == "__main__":
    main()
