"""How many events already shown change row (or go into a "+N") when events are added
to a crowded lane: the rows packed with each event's row before as a hint
(``pack_lane``'s ``rows_before``, ``TimelineView._keep_rows_as_hints``; session 44,
edit46, verify54 F13) against the packing without hints, in the same run.

Usage::

    cd TREE && QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/rows_kept.py [SEEDS]

Each seed: a timeline of 140 meetings over 2025 in one lane (titles 12-60 characters),
40 statements and 20 treaties, at 1366x700; ``fit``: Fit All (the data's end in view:
rows packed by ``pack_lane``), ``fit_import``: Fit All, the import shown then as
``MainWindow`` shows an article's (Fit All, ``fit_days`` of the events imported, Fit All
again when that is not twice as wide: here a zoom 0-3 % away), ``month``: a month inside
the data (the view at rest packs from the world's chunks, ``chunk_packing``),
``month_end``: the data's last month.  Then an import of 8 meetings on days in view (one
undo step, ``import_events``).
Counted: the meetings with a title on screen before that have another row after, and
those in a "+N" after.  Prints each case's totals over the seeds (10 by default),
``plain`` (``_keep_rows_as_hints`` made to keep nothing: the packing before edit46) and
``hinted``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys


def _timeline(rng: random.Random):  # type: ignore[no-untyped-def]
    from timeline_app.core import Event, FuzzyDate, Timeline

    words = ("talks", "summit", "ministers", "meet", "envoy", "visit", "ceasefire",
             "round", "Geneva", "Doha", "foreign", "trade", "security", "council")
    first = dt.date(2025, 1, 1).toordinal()
    events = []
    for n, (lane, count) in enumerate((("meeting", 140), ("statement", 40),
                                       ("treaty", 20))):
        for i in range(count):
            title = " ".join(rng.choice(words) for _ in range(rng.randint(2, 8)))
            day = dt.date.fromordinal(first + rng.randrange(365))
            events.append(Event(f"{lane[0]}{n}{i}", title.capitalize(),
                                FuzzyDate.of_day(day), category=lane))
    return Timeline.from_events(events)


def _rows(view, lane: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from timeline_app.ui.view_base import LANE_HEADER, ROW_HEIGHT

    layout = view._layout()
    for geometry in layout.lanes:
        if geometry.category == lane:
            if geometry._finish is not None:
                geometry._finish(geometry)
                geometry._finish = None
            mid = geometry.top + LANE_HEADER + ROW_HEIGHT / 2
            return {item.event_id: round((item.marker.center().y() - mid) / ROW_HEIGHT)
                    for item in geometry.items}
    return {}


def run(seed: int, case: str, hinted: bool) -> tuple[int, int, int, int]:
    """(titles shown before, of them in another row after, of them in a "+N" after, new
    titles shown) for one seed."""
    from PySide6.QtWidgets import QApplication

    from timeline_app.core import Event, FuzzyDate
    from timeline_app.document import Document
    from timeline_app.selection import EventSelection
    from timeline_app.ui.timeline_view import TimelineView

    rng = random.Random(seed)
    document = Document(_timeline(rng))
    selection = EventSelection()
    view = TimelineView(document, selection)
    if not hinted:
        view._keep_rows_as_hints = lambda: None  # type: ignore[method-assign]
    view.resize(1366, 700)
    view.show()
    QApplication.processEvents()
    view.fit_all()
    if case == "month":
        view.go_to_days(dt.date(2025, 6, 1).toordinal(), dt.date(2025, 6, 30).toordinal())
    elif case == "month_end":
        view.go_to_days(dt.date(2025, 12, 2).toordinal(), dt.date(2025, 12, 31).toordinal())
    QApplication.processEvents()
    view._auto_fit = False  # (an import into the view as it stands)
    first, last = view.visible_days()
    before = _rows(view, "meeting")
    added = [Event(f"new{i}", f"Added meeting {i}",
                   FuzzyDate.of_day(dt.date.fromordinal(int(rng.uniform(first + 1, last - 1)))),
                   category="meeting") for i in range(8)]
    document.import_events(None, added)
    if case == "fit_import":  # (as ``MainWindow`` shows an article's import)
        from timeline_app.ui.main_window import FIT_AFTER_IMPORT

        view.fit_all()
        fitted = view.px_per_day()
        days = [event.day_range() for event in added]
        view.fit_days(min(r[0] for r in days), max(r[1] for r in days))
        if fitted >= FIT_AFTER_IMPORT * view.px_per_day():
            view.fit_all()
    QApplication.processEvents()
    after = _rows(view, "meeting")
    moved = sum(1 for key, row in before.items() if after.get(key, row) != row)
    folded = sum(1 for key in before if key not in after)
    new = sum(1 for key in after if key.startswith("new"))
    view.close()
    view.deleteLater()
    document.deleteLater()
    QApplication.processEvents()
    return len(before), moved, folded, new


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TIMELINE_APP_SETTINGS", f"/tmp/rows_kept_{os.getpid()}.ini")
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    for case in ("fit", "fit_import", "month_end", "month"):
        for hinted in (False, True):
            shown = moved = folded = new = 0
            for seed in range(seeds):
                a, b, c, d = run(seed, case, hinted)
                shown, moved, folded, new = shown + a, moved + b, folded + c, new + d
            print(f"{case:9s} {'hinted' if hinted else 'plain':6s}: of {shown:4d} titles "
                  f"shown, {moved:4d} in another row, {folded:3d} in a \"+N\"; "
                  f"{new:3d} of {8 * seeds} added shown")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
