"""What working out the eras' rows of titles for a zoom costs (session 39, eras42:
``view_eras._era_title_rows``, once per zoom over every era), beside a frame's titles
(``_era_titles`` of the eras on screen, what every frame already paid) in the same run.

Usage::

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/era_title_rows.py [N ...]

N eras (default 40, 300 and 1000) of 30 days, touching, every title "Period K of the long
negotiation" (longer than a band at a year's zoom: the rows are laid out there), in a lane
shown as eras, with one ordinary event, in a 1600x900 view; for Fit All, and a year and
a month from the eras' middle: the best of five repeats of five (ms, wall clock).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import timeit


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.document import Document
    from timeline_app.selection import EventSelection
    from timeline_app.ui.timeline_view import TimelineView

    app = QApplication([sys.argv[0]])
    for count in [int(arg) for arg in sys.argv[1:]] or [40, 300, 1000]:
        events = []
        for index in range(count):
            first = dt.date(1900, 1, 1) + dt.timedelta(days=30 * index)
            events.append(Event(f"e{index}", f"Period {index} of the long negotiation",
                                FuzzyDate.of_day(first),
                                end=FuzzyDate.of_day(first + dt.timedelta(days=29)),
                                category="Eras"))
        events.append(Event("x", "An event", FuzzyDate.of_day(dt.date(1950, 1, 1)),
                            category="meeting"))
        timeline = Timeline.from_events(events)
        timeline.era_lanes = frozenset({"Eras"})
        document = Document(timeline)
        view = TimelineView(document, EventSelection())
        document.setParent(view)
        view.resize(1600, 900)
        view.show()
        app.processEvents()
        start = dt.date(1900, 1, 1).toordinal() + 15 * count  # (the eras' middle)
        for name, days in (("Fit All", 0), ("a year", 365), ("a month", 31)):
            if days:
                view.go_to_days(start, start + days)
            else:
                view.fit_all()
            app.processEvents()

            def rows() -> None:
                view._era_rows_memo = None
                view._era_title_rows()

            worked = min(timeit.repeat(rows, number=5, repeat=5)) / 5
            frame = min(timeit.repeat(lambda: view._era_titles(view._content_offset()),
                                      number=5, repeat=5)) / 5
            print(f"{count} eras, {name}: rows of titles {view._era_title_rows()}, worked out "
                  f"in {worked * 1000:.2f} ms once a zoom; a frame's titles "
                  f"{frame * 1000:.2f} ms ({len(view._eras_on_screen())} on screen)",
                  flush=True)
        view.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
