"""Fit All of a crowded month beside gaps' bands, under callgrind (session 43, layout47:
list47's report found ~3 s in ``_fit_room_right`` -> ``_fit_label_loss``, 6 235 calls).

Usage::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/fit_all_gaps_cg.py [MEETINGS] [WIDTHxHEIGHT]
    grep totals: OUT

Without valgrind it prints the Fit All's ``_fit_label_loss`` calls and its wall time.
The main window at ``WIDTHxHEIGHT`` (default 1600x900) on ``MEETINGS`` (default 200)
meetings two a day from 1 March 2025 and two treaties of 1950 and 1990 (the scale has
gaps' bands), as ``tests/ui/test_list47_reveal.py`` builds them; the document's
replacement fits it once (not counted), then one ``fit_all`` is counted.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # never the user's Open Recent or window state (verify49 F1)
    os.environ.setdefault("TIMELINE_APP_SETTINGS",
                          os.path.join(tempfile.mkdtemp(), "settings.ini"))
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import counting

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.ui.main_window import MainWindow

    meetings = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    width, height = (int(v) for v in (sys.argv[2] if len(sys.argv) > 2
                                      else "1600x900").split("x"))
    first = dt.date(2025, 3, 1).toordinal()
    events = [Event(f"m{i:03}", f"Round {i} of the talks on the nuclear programme",
                    FuzzyDate.of_day(dt.date.fromordinal(first + i // 2)), category="meeting")
              for i in range(meetings)]
    events += [Event(f"t{year}", f"Annual review of the treaty, {year}",
                     FuzzyDate.of_ymd(year, 6, 1), category="treaty") for year in (1950, 1990)]
    window = MainWindow(Timeline.from_events([]))
    window.resize(width, height)
    window.show()
    app.processEvents()
    window.document.replace_timeline(Timeline.from_events(events), None)
    app.processEvents()
    view = window.view
    calls = [0]
    loss = type(view)._fit_label_loss

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return loss(self, *args, **kwargs)

    type(view)._fit_label_loss = counted  # type: ignore[method-assign]
    began = time.perf_counter()
    counting(True)
    view.fit_all()
    counting(False)
    took = time.perf_counter() - began
    print(f"fit_all: {calls[0]} _fit_label_loss calls, {took:.2f} s; px/day "
          f"{view._px_per_day!r}, origin {view._origin!r}", flush=True)
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
