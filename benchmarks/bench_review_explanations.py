"""The cost of keeping the import review's explanation line tall enough at each width,
beside the baseline of measuring every row's explanation, in the same run (session 39,
fix88).

Usage::

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_review_explanations.py [--copies 60]
    valgrind --tool=callgrind python benchmarks/bench_review_explanations.py --way longest

The line under the review's table (``ReviewDialog.duplicate_label``, a ``SteadyLabel``) is
kept as tall as the longest explanation a row gives (verify48 F4: "If so, ke…" was cut);
the label wraps the texts it is kept for again at each width, so a window resized by
dragging measures them at every step.  Ways:

* **all** (baseline): every row's explanation;
* **longest**: the ``ReviewDialog.EXPLAINED_MEASURED`` longest by characters (what the
  review does).

The review: the three wires of verify48's paste (trial text, not evaluation data) read as
one, their rows copied ``--copies`` times on other dates, half of them already in the
timeline (so their explanations are long).  Prints the process CPU time of one re-fit at a
new width (median of 20, ms) for each way, and the lines each keeps (the same: nothing is
cut either way).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WIRES = (
    "ANKARA, Nov 20 (Reuters) - Turkish Foreign Minister Hakan Fidan met Swedish Foreign "
    "Minister Maria Malmer Stenergard in Ankara on Thursday to discuss regional security and "
    "trade. The two ministers signed a memorandum on counter-terrorism cooperation, officials "
    "said. Fidan said Turkey would host a follow-up meeting of NATO envoys in Istanbul on "
    "December 3.\n\n"
    "GENEVA, Nov 24 (AFP) - Iranian and European negotiators held a new round of nuclear talks "
    "in Geneva on Monday, diplomats said. A further round is expected in Vienna in January, a "
    "European diplomat said.\n\n"
    "SEOUL, Nov. 28 (Yonhap) -- South Korean Foreign Minister Cho Hyun met Japanese Foreign "
    "Minister Takeshi Iwaya in Seoul on Friday to discuss history issues and economic "
    "cooperation. Cho said the two countries would launch a joint working group on supply "
    "chains on December 15, the ministry said.\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=60)
    parser.add_argument("--way", choices=("all", "longest"))
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from timeline_app.core import Event, FuzzyDate
    from timeline_app.extract import extract_events
    from timeline_app.ui.import_article import ReviewDialog

    read = extract_events(WIRES, dct=dt.date(2025, 11, 20))
    rows = [dataclasses.replace(c, date=FuzzyDate.of_day(dt.date(2000 + k % 25, 1 + k % 12,
                                                                 1 + k % 27)))
            for k in range(args.copies) for c in read.candidates]
    existing = [Event(f"e{i}", c.title, c.date, category=c.category,
                      participants=c.participants, location=c.location)
                for i, c in enumerate(rows[::2])]
    dialog = ReviewDialog(dataclasses.replace(read, candidates=rows), existing=existing)
    label = dialog.duplicate_label
    every = sorted({dialog.duplicate_text(row) for row in range(dialog.table.rowCount())},
                   key=len)
    ways = {"all": every, "longest": every[-ReviewDialog.EXPLAINED_MEASURED:]}
    print(f"{len(rows)} rows, {len(dialog.duplicates)} already in the timeline, "
          f"{len(every)} different explanations")
    for way, texts in ways.items():
        if args.way not in (None, way):
            continue
        label.reserve_for_any(texts, ReviewDialog.EXPLANATION_LINES)
        times = []
        for step in range(20):
            label.resize(900 + 10 * (step % 2), label.height())
            began = time.process_time()
            label.reserve_for_any(texts, ReviewDialog.EXPLANATION_LINES)
            times.append((time.process_time() - began) * 1000)
        print(f"{way:8} {statistics.median(times):7.2f} ms a re-fit, "
              f"{label.reserved_lines()} lines kept")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
