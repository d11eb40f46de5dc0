"""A filter change at 100 000 and 1 000 000 events, from the person's action to the next
painted frame, split by part; two trees alternating (session 58, scale61; session 59,
scale62; issue 11).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/filter_change_parts.py \\
        --base /tmp/main-tree [--sizes 100000 1000000] [--rounds 2]

``--base`` is another checkout of the app (main, unpacked with ``git archive``): each
round runs one child process per tree, base first then this one, alternating, on
``bench_view.py``'s synthetic file of each size (its cache,
``~/.cache/diplomatic-timeline-bench``).  A child opens the file as File → Open does
(``create_main_window``, ``open_path``) in a 1280×776 window with the Filters dock open,
then makes four changes as the person does (``FindState.set_filter``, what a legend click,
a Filters tick and Clear Filters call): a category hidden, shown again, one participant
chosen, the filters cleared; before the last, edits under the participant's filter of an
event it shows (``Document.update_event``): retitled (scale62), moved a month later, a
participant added, and Edit → Undo of that (session 60, scale63); after the clear
(session 62, scale65) an edit with no filter on, the participant's filter again and a
clear, then the lanes by participant (on the GUI thread), the participant's filter there,
two edits under it (a retitle; a participant of a new name, a new lane) and Clear
Filters.  Each change is timed from the call to the end of the view's
next ``paintEvent`` (the events it posts handled, ``processEvents``), in process CPU and
wall-clock ms, and split by part, each part's CPU without the parts it calls (a stack of
timers around these functions; "other" is the rest of the change):

* ``filter``: ``hidden_by`` (the filter model: the ids and mask it hides);
* ``lanes``: ``TimelineView._rebuild_lanes`` / ``_lanes_without`` (the lanes of the
  events shown), without the breaks;
* ``breaks``: ``TimelineView._find_breaks`` (the axis's breaks from the days covered);
* ``list``: the Events list's rows (``EventTableModel._rebuild_rows``);
* ``panels``: the legend's and the Filters dock's counts (``LegendBar._sync_checks``,
  ``FilterPanel._sync_from_state``, and after an edit ``FilterPanel.refresh`` or
  ``_follow_changes``);
* ``layout``: ``TimelineView._compute_layout``;
* ``paint``: ``TimelineView.paintEvent`` without its layout.

Also the longest stretch without the window answering: the longest single call from the
event loop (``longest`` column: the call to ``set_filter``, or one ``processEvents`` pass,
which may handle several events, so an upper bound; a change that runs in one call is all
of it).  Before the first change each child gives the window ``IDLE_S`` of idle time after
the open, and longer until a tree's idle work after the open is done (session 59,
scale62: the facts coded, ``core.coded``); the ``idle after the open`` row gives its CPU
and its longest pass.  Prints the load average.  A report, not a test: the figures move
with the load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path.home() / ".cache" / "diplomatic-timeline-bench"
#: Wall-clock seconds of idle time a child gives the window after the open (scale62).
IDLE_S = 3.0
PARTS = ("filter", "lanes", "breaks", "list", "panels", "layout", "paint")


class _Parts:
    """Exclusive CPU ms per part: a stack of running timers, each part's time without
    the time of the timed calls inside it."""

    def __init__(self) -> None:
        self.ms: dict[str, float] = {}
        self.stack: list[list[float]] = []  # [start, time of the timed calls inside]

    def wrap(self, owner: Any, name: str, part: str) -> None:
        original = getattr(owner, name, None)
        if original is None:
            return
        parts = self

        def timed(*args: Any, **kwargs: Any) -> Any:
            parts.stack.append([time.process_time(), 0.0])
            try:
                return original(*args, **kwargs)
            finally:
                start, inner = parts.stack.pop()
                spent = time.process_time() - start
                parts.ms[part] = parts.ms.get(part, 0.0) + (spent - inner) * 1000
                if parts.stack:
                    parts.stack[-1][1] += spent

        setattr(owner, name, timed)


def child(size: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TIMELINE_APP_SETTINGS",
                          os.path.join(tempfile.mkdtemp(), "settings.ini"))
    sys.path[:0] = [os.getcwd()]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from benchmarks.bench_view import _synthetic_file
    from timeline_app.app import create_main_window
    from timeline_app.core.query import EventFilter
    from timeline_app.ui import event_list, filter_panel, find, legend, timeline_view

    parts = _Parts()
    view_class = timeline_view.TimelineView
    parts.wrap(find, "hidden_by", "filter")
    for name in ("_rebuild_lanes", "_lanes_without"):
        parts.wrap(view_class, name, "lanes")
    parts.wrap(view_class, "_find_breaks", "breaks")
    parts.wrap(event_list.EventTableModel, "_rebuild_rows", "list")
    parts.wrap(legend.LegendBar, "_sync_checks", "panels")
    parts.wrap(filter_panel.FilterPanel, "_sync_from_state", "panels")
    for name in ("refresh", "_follow_changes"):  # (an edit: scale63)
        parts.wrap(filter_panel.FilterPanel, name, "panels")
    parts.wrap(view_class, "_compute_layout", "layout")
    painted = [0]
    paint = view_class.paintEvent

    def counted_paint(self: Any, event: Any) -> None:
        paint(self, event)
        painted[0] += 1

    view_class.paintEvent = counted_paint  # type: ignore[method-assign]
    parts.wrap(view_class, "paintEvent", "paint")

    path, _meta = _synthetic_file(CACHE, size, 1)
    window = create_main_window()
    window.resize(1280, 776)
    window.show()
    assert window.open_path(str(path), background=False), path
    for _ in range(20):
        app.processEvents()
    dock = getattr(window, "_filter_dock", None)
    if dock is not None and not dock.isVisible():
        dock.toggleViewAction().trigger()
    for _ in range(20):
        app.processEvents()
    # The window's idle time before the first change, as a person's few seconds of looking:
    # at least IDLE_S of wall clock, and until the idle work a tree does after the open is
    # done (scale62: its facts coded, ``core.coded``); its CPU and longest pass reported.
    idle_cpu, idle_wall, idle_longest = time.process_time(), time.perf_counter(), 0.0
    try:
        from timeline_app.core.coded import coded_facts
    except ImportError:  # (the base tree: no such idle work)
        coded_facts = None
    for _ in range(100_000):
        done = coded_facts is None or coded_facts(window.document.timeline).ready
        if done and time.perf_counter() - idle_wall >= IDLE_S:
            break
        call = time.process_time()
        app.processEvents()
        idle_longest = max(idle_longest, time.process_time() - call)
    idle = {"cpu": round((time.process_time() - idle_cpu) * 1000),
            "longest": round(idle_longest * 1000)}
    timeline = window.document.timeline
    categories = sorted({event.category for event in timeline.events[:5000]})
    person = next(name for event in timeline.events[:5000] for name in event.participants)
    state = window.find_state
    from dataclasses import replace

    shown_id = next(e.id for e in timeline.events[:5000] if person in e.participants)
    other = next(name for event in timeline.events[:5000] for name in event.participants
                 if name != person)
    document = window.document

    def edit(how: str) -> Any:
        """An edit of an event the participant's filter shows (scale62: retitled;
        session 60, scale63: moved a month later, a participant added, Edit → Undo;
        session 62, scale65: a participant of a new name added, the event's lane by
        participant new)."""
        def made() -> None:
            event = document.timeline.get(shown_id)
            if how == "retitle":
                document.update_event(replace(event, title=event.title + " (edited)"))
            elif how == "new name":
                document.update_event(replace(
                    event, participants=(*event.participants, "Zembla Envoy")))
            elif how == "move":
                document.update_event(replace(event, date=event.date.moved(31) or event.date,
                                              end=None))
            elif how == "people":
                document.update_event(replace(
                    event, participants=(*event.participants, other)))
            else:
                document.undo_stack.undo()
        return made

    changes: list[tuple[str, Any]] = [
        (f"hide {categories[0]}", EventFilter(hidden_categories=frozenset(categories[:1]))),
        (f"show {categories[0]} again", EventFilter()),
        (f"participant {person}", EventFilter(participants=frozenset({person}))),
        ("an edit under it: retitle", edit("retitle")),
        ("an edit under it: move", edit("move")),
        ("an edit under it: participants", edit("people")),
        ("an edit under it: undo", edit("undo")),
        ("clear the filters", EventFilter()),
        # (session 62, scale65) a filter after an edit made with no filter on; then lanes
        # by participant: a filter, edits under it (one a new lane), Clear Filters
        ("no filter: an edit (retitle)", edit("retitle")),
        (f"participant {person} after it", EventFilter(participants=frozenset({person}))),
        ("clear the filters again", EventFilter()),
        ("lanes by participant", "participant"),
        (f"participant {person} there", EventFilter(participants=frozenset({person}))),
        ("an edit under it: retitle ", edit("retitle")),
        ("an edit under it: a new name", edit("new name")),
        ("clear the filters there", EventFilter())]
    out = []
    for name, event_filter in changes:
        parts.ms.clear()
        before = painted[0]
        cpu, wall = time.process_time(), time.perf_counter()
        longest = 0.0
        call = time.process_time()
        if isinstance(event_filter, str):  # (the lanes' way, on the GUI thread)
            window._switch_lanes_by(event_filter)
        elif callable(event_filter):
            event_filter()
        else:
            state.set_filter(event_filter)
        longest = max(longest, time.process_time() - call)
        for _ in range(200):
            call = time.process_time()
            app.processEvents()
            longest = max(longest, time.process_time() - call)
            if painted[0] > before:
                break
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        figures = {part: round(parts.ms.get(part, 0.0)) for part in PARTS}
        figures["other"] = round(cpu * 1000 - sum(parts.ms.values()))
        out.append({"change": name, "cpu": round(cpu * 1000), "wall": round(wall * 1000),
                    "longest": round(longest * 1000), "shown": state.shown_count(),
                    "parts": figures, "rss": _rss_mib()})
    print("RESULT " + json.dumps({"idle": idle, "changes": out}))


def _rss_mib() -> tuple[int, int]:
    """The process's resident memory now and its peak so far, MiB (Linux:
    ``/proc/self/statm``, ``ru_maxrss``; session 62, scale65)."""
    import resource

    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            now = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20
    except OSError:
        now = 0
    return now, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10


def run(tree: Path, size: int) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONDONTWRITEBYTECODE="1",
               QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(size)],
                          cwd=tree, env=env, capture_output=True, text=True, check=False)
    if "Traceback" in done.stderr:  # (a figure of a change that failed is no figure)
        raise SystemExit(f"{tree}: an error in the child\n{done.stderr}")
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            answer: dict[str, Any] = json.loads(line[7:])
            return answer
    raise SystemExit(f"{tree}: no result\n{done.stdout}\n{done.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=Path, help="the other tree (main), alternating")
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    trees = ([("base", args.base.resolve())] if args.base else []) + [("this", ROOT)]
    print(f"load {os.getloadavg()}  trees {[str(t) for _, t in trees]}")
    print("cells: CPU ms (wall ms, longest single call ms) | parts' CPU ms: "
          + " ".join(PARTS) + " other | RSS after the change (peak so far)")
    for size in args.sizes:
        for round_ in range(args.rounds):
            for label, tree in trees:
                result = run(tree, size)
                idle = result["idle"]
                print(f"{size:8d} r{round_ + 1} {label:5s} {'idle after the open':34s} "
                      f"{'':15s}{idle['cpu']:6d} ({'':6s}  {idle['longest']:5d})", flush=True)
                for row in result["changes"]:
                    p = row["parts"]
                    print(f"{size:8d} r{round_ + 1} {label:5s} {row['change']:34s} "
                          f"shown {row['shown']:7d}  {row['cpu']:6d} ({row['wall']:6d}, "
                          f"{row['longest']:5d}) | "
                          + " ".join(f"{p[k]:5d}" for k in (*PARTS, "other"))
                          + " | RSS {} (peak {}) MiB".format(*row["rss"]), flush=True)
        print(f"load {os.getloadavg()}")


if __name__ == "__main__":
    main()
