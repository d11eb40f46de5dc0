"""Fit All of a timeline with one gap's band, under callgrind: the story's step
(``FitMixin._fit_story``, session 42, fit46) against Fit All without it.

Usage (one child per mode; the baseline is the same code in the same run)::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/fit_story_cg.py MODE CASE
    grep totals: OUT

``MODE`` ``story``: Fit All as it is; ``none``: ``_fit_story`` made to keep the layout
(the code before fit46), the baseline.  ``CASE`` ``blacksea``: verify52's journalist's
file (``tests/ui/fit_cases/blacksea_verify52.json``, 16 events, one "≈ 19 months" band)
at 1366x745, where the story's piece is kept; ``default``: the default timeline at
800x600, where titles are cut, the piece is tried and not kept (the dearest case that
changes nothing); ``week``: verify54 F29's shape (a week of 16 events after 80 of
2006-2023, no band; session 44, edit46) at 1366x745, where the story is the newest
events' cluster and its piece is kept; ``deadline``: verify66 F15's shape
(``tests/ui/test_view64_story_lone_deadline.py``'s: 15 events of January - March 2026 and
one "by 31 December 2026", session 53, view64) at 1366x745, where the pause before the
deadline is drawn narrower (``_story_gap``).  Only the 5 Fit Alls are counted (each after the view's memos are
cleared).
"""

from __future__ import annotations

import os
import sys


def _week_after_years():  # type: ignore[no-untyped-def]
    """verify54 F29's shape (``tests/ui/test_fit_story_verify52.py``'s): a week of 16
    events of May 2024 after 80 events of 2006-2023, no gap's band, five lanes."""
    import datetime as dt
    import random

    from timeline_app.core import Event, FuzzyDate, Timeline

    rng = random.Random(1)
    lanes = ("meeting", "statement", "military", "visit", "agreement")
    first, last = dt.date(2006, 3, 1).toordinal(), dt.date(2023, 10, 1).toordinal()
    events = [Event(f"b{i}", f"Background event {i} of the file", FuzzyDate.of_day(
        dt.date.fromordinal(first + (last - first) * i // 79 + rng.randrange(-40, 40))),
        category=lanes[i % 5]) for i in range(80)]
    events += [Event(f"s{i}", f"Newest week's event number {i}", FuzzyDate.of_day(
        dt.date(2024, 5, 26) + dt.timedelta(days=i * 7 // 16)), category=lanes[i % 5])
        for i in range(16)]
    return Timeline.from_events(events)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TIMELINE_APP_SETTINGS", f"/tmp/fit_story_cg_{os.getpid()}.ini")
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import counting

    from timeline_app.app import create_main_window
    from timeline_app.core import Timeline
    from timeline_app.io.native import load
    from timeline_app.ui import view_fit

    mode, case = sys.argv[1], sys.argv[2]
    if mode == "none":
        view_fit.FitMixin._fit_story = (  # type: ignore[method-assign]
            lambda _self, first, last, margin: (first, last, margin))
    elif mode != "story":
        raise SystemExit(f"unknown mode {mode!r}")
    window = create_main_window()
    window.resize(*((1366, 745) if case in ("blacksea", "week", "deadline") else (800, 600)))
    window.show()
    for _ in range(20):
        app.processEvents()
    if case == "blacksea":
        loaded = load(os.path.join(here, "..", "tests", "ui", "fit_cases",
                                   "blacksea_verify52.json"))
        timeline = loaded if isinstance(loaded, Timeline) else loaded[0]
        window.document.replace_timeline(timeline, None)
    elif case == "week":
        window.document.replace_timeline(_week_after_years(), None)
    elif case == "deadline":
        sys.path.insert(0, os.path.join(here, "..", "tests", "ui"))
        from test_view64_story_lone_deadline import BACKGROUND, DEADLINE, NEWS

        from timeline_app.core import Event

        window.document.replace_timeline(Timeline.from_events(
            [Event(f"e{i}", title, date, category=category) for i, (title, date, category)
             in enumerate([*BACKGROUND, *NEWS, DEADLINE])]), None)
    elif case != "default":
        raise SystemExit(f"unknown case {case!r}")
    for _ in range(20):
        app.processEvents()
    view = window.view
    for _round in range(5):
        view._fit_squeeze_memo = None
        view._fit_right_memo = None
        counting(True)
        view.fit_all()
        counting(False)
        app.processEvents()
    print(f"{mode} {case}: story piece {view._fit_story_piece is not None}, "
          f"{view.titles_not_whole()} titles not whole")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
