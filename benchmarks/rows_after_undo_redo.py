"""Whether undo and redo give back the rows they took (verify65 F13): sessions of 11
random steps (dates moved, events added, removed, moved to another lane) on a timeline of
two lanes, then 11 undos and 11 redos; counted: the sessions after which some event has
another row (or lane position) than before the undos, and how many events do.  ``plain``:
the view's rows of contents seen before made to keep nothing (``ROW_HINTS_CONTENTS_ZOOM``
below zero: the packing before session 53's edit61), ``kept``: as the app runs; both in
the same run, seed by seed, alternated.

Usage::

    cd TREE && QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/rows_after_undo_redo.py [SESSIONS]
    ... benchmarks/rows_after_undo_redo.py --rename FILE [--rounds N]

The steps are those of ``tests/ui/test_rows_after_undo_redo_verify65.py`` (seed 0 is that
test's session), at 1400x860 after Fit All.

The cost: ``--rename FILE`` (a native file, ``benchmarks/synthetic.py 100000 FILE``)
renames the file's smallest lane and undoes it (``Document.rename_lane``: every event of
the lane told at once, ``events_replaced``), ``--rounds`` times, the view's key of the
contents kept (``kept``) and not (``plain``: ``_note_contents_change`` made a no-op),
alternated; prints each one's process CPU (``time.process_time``) of the rename and of
the undo, the median over the rounds.
"""

from __future__ import annotations

import dataclasses
import os
import random
import sys


def _timeline():  # type: ignore[no-untyped-def]
    from timeline_app.core import Event, FuzzyDate, Timeline

    timeline = Timeline(title="Boundary talks")
    for i in range(8):
        timeline.add(Event(f"t{i}", f"Treaty talk number {i} on the framework",
                           FuzzyDate.of_ymd(2026, 6 + i // 3, 1 + 7 * (i % 3)),
                           category="treaty"))
    for i in range(4):
        timeline.add(Event(f"m{i}", f"Meeting {i} of ministers",
                           FuzzyDate.of_ymd(2026, 5 + i, 10), category="meeting"))
    timeline.add(Event("far", "Independence", FuzzyDate.of_ymd(1975, 11, 25),
                       category="event"))
    return timeline


def rows(view, ids):  # type: ignore[no-untyped-def]
    """Each event's lane and row (its marker's middle, px) of ``ids``, None when not drawn
    alone, after a paint."""
    from PySide6.QtWidgets import QApplication

    view.viewport().repaint()
    QApplication.processEvents()
    shown = {item.event_id: (lane.category, round(item.marker.center().y()))
             for lane in view._layout().lanes for item in lane.items}
    return {event_id: shown.get(event_id) for event_id in ids}


def session_rows(window, seed: int):  # type: ignore[no-untyped-def]
    """A session of 11 seeded steps on ``_timeline`` in ``window`` after Fit All, then 11
    undos and 11 redos: the rows (``rows``) of every event before the undos and after the
    redos."""
    from PySide6.QtWidgets import QApplication

    from timeline_app.core import Event, FuzzyDate

    document, view = window.document, window.view
    document.replace_timeline(_timeline(), None)
    QApplication.processEvents()
    view.fit_all()
    QApplication.processEvents()
    draw = random.Random(seed)
    added = 0
    for _ in range(11):
        ids = [event.id for event in document.timeline if event.id != "far"]
        step, event_id = draw.choice(["move", "move", "add", "lane", "remove"]), draw.choice(ids)
        if step == "move":
            document.update_event(dataclasses.replace(
                document.timeline.get(event_id),
                date=FuzzyDate.of_ymd(2026, draw.randint(5, 9), draw.randint(1, 28))))
        elif step == "add":
            added += 1
            document.add_event(Event(f"n{added}", f"New treaty event {added} with a long title",
                                     FuzzyDate.of_ymd(2026, draw.randint(5, 9),
                                                      draw.randint(1, 28)), category="treaty"))
        elif step == "lane":
            document.move_events_to_lane([event_id], draw.choice(["treaty", "meeting"]))
        else:
            document.remove_events([event_id])
        rows(view, ())
    ids = [event.id for event in document.timeline]
    before = rows(view, ids)
    for _ in range(11):
        document.undo_stack.undo()
        rows(view, ())
    for _ in range(11):
        document.undo_stack.redo()
        rows(view, ())
    return before, rows(view, ids)


def _session(window, seed: int) -> int:  # type: ignore[no-untyped-def]
    """The events with another row after 11 undos and 11 redos than before them (or drawn
    in one and not the other: ``_changes``)."""
    return sum(_changes(window, seed))


def _changes(window, seed: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """After 11 undos and 11 redos: the events drawn before and after in another row, and
    those drawn in one only (the view left at other days: an event off screen)."""
    before, after = session_rows(window, seed)
    moved = sum(1 for key in before if before[key] != after[key])
    unseen = sum(1 for key in before if (before[key] is None) != (after[key] is None))
    return moved - unseen, unseen


def _rename_cost(app, window, path: str, rounds: int) -> None:  # type: ignore[no-untyped-def]
    """``--rename``: the CPU of a lane's rename and its undo, the key kept and not."""
    import statistics
    import time
    from collections import Counter

    from timeline_app.ui.timeline_view import TimelineView

    window.open_path(path, background=False)
    app.processEvents()
    document = window.document
    lane, count = Counter(e.category for e in document.timeline).most_common()[-1]
    print(f"{path}: lane {lane!r}, {count} of {len(document.timeline)} events")
    kept_note = TimelineView._note_contents_change
    cpu: dict[str, list[tuple[float, float]]] = {"plain": [], "kept": []}
    for round_ in range(rounds):
        for name in (("plain", "kept") if round_ % 2 else ("kept", "plain")):
            TimelineView._note_contents_change = (  # type: ignore[method-assign]
                (lambda *_a: None) if name == "plain" else kept_note)
            took = []
            for act in (lambda: document.rename_lane(lane, "renamed lane"),
                        document.undo_stack.undo):
                start = time.process_time()
                act()
                app.processEvents()
                took.append(time.process_time() - start)
            cpu[name].append((took[0], took[1]))
    TimelineView._note_contents_change = kept_note  # type: ignore[method-assign]
    for name, runs in cpu.items():
        print(f"{name:6} rename cpu {statistics.median(r[0] for r in runs):6.3f} s, "
              f"undo cpu {statistics.median(r[1] for r in runs):6.3f} s "
              f"(median of {len(runs)})")


def main(argv: list[str]) -> int:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from PySide6.QtWidgets import QApplication

    from timeline_app.app import create_main_window
    from timeline_app.ui import view_layout

    app = QApplication.instance() or QApplication([])
    window = create_main_window()
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    if len(argv) > 2 and argv[1] == "--rename":
        rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 4
        _rename_cost(app, window, argv[2], rounds)
        window.document.undo_stack.setClean()
        window.close()
        return 0
    sessions = int(argv[1]) if len(argv) > 1 else 30
    kept_zoom = view_layout.ROW_HINTS_CONTENTS_ZOOM
    totals = {"plain": [0, 0, 0], "kept": [0, 0, 0]}
    for seed in range(sessions):
        for name in (("plain", "kept") if seed % 2 else ("kept", "plain")):
            view_layout.ROW_HINTS_CONTENTS_ZOOM = -1.0 if name == "plain" else kept_zoom
            moved, unseen = _changes(window, seed)
            totals[name][0] += moved + unseen > 0
            totals[name][1] += moved
            totals[name][2] += unseen
    view_layout.ROW_HINTS_CONTENTS_ZOOM = kept_zoom
    for name, (changed, events, unseen) in totals.items():
        print(f"{name:6} sessions with a row changed: {changed:2} of {sessions}; "
              f"events in another row: {events}, drawn before or after only: {unseen}")
    window.document.undo_stack.setClean()  # (no question at close)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
