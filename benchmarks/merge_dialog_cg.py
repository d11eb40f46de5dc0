"""Instructions (callgrind) and CPU of File → Merge's dialog for a colleague's edited copy.

Usage::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/merge_dialog_cg.py [MINE OTHER]
    grep totals: OUT

    # or, without valgrind, this tree and TREE alternated (CPU seconds of the build):
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/merge_dialog_cg.py --compare TREE

The timeline ``MINE`` and the copy ``OTHER`` (any files File → Open reads); by default
2 000 treaties over four centuries (five a year, as verify53's ``treaties.json``) and
its CSV export as a colleague edited it: three rows changed, one deleted, one added
(verify53 F12; edit43 measured ~1.6 s CPU for her 2 003 rows).  Counted: the dialog's
construction (``find_duplicates`` and the table), its first show and paint at 1280×560
(the size it opened at on her screen).  A small merge first warms Qt and the imports
(lemminflect's table is loaded by the first lemma, in any merge: warmed too).  A report,
not a test.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _files(folder: str) -> tuple[str, str]:
    """The default timeline and its edited CSV copy, written into ``folder``."""
    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.io import save
    from timeline_app.io.csv_table import dumps_csv

    events = [Event(f"t{n:04d}", f"Treaty of Place {n}",
                    FuzzyDate.of_day(dt.date(1600 + n // 5, 1 + n % 12, 1 + n % 28)),
                    category="treaty" if n % 3 else "convention",
                    participants=(f"State {n % 97}", f"State {(n * 7) % 89}"),
                    location=f"City {n % 50}") for n in range(2000)]
    timeline = Timeline.from_events(events, title="Treaties")
    mine = os.path.join(folder, "treaties.json")
    save(timeline, mine)
    rows = list(csv.reader(io.StringIO(dumps_csv(timeline))))
    header, body = rows[0], rows[1:]
    title, date = header.index("Title"), header.index("Date")
    body[8][title] += ", corrected"
    body[1270][date] = "September 1814"
    body[1670][header.index("Participants")] = "State 1; State 2"
    del body[400]
    added = [""] * len(header)
    added[title], added[date] = "Treaty of Kalisz", "1813-02-28"
    body.append(added)
    other = os.path.join(folder, "colleague-edited.csv")
    with open(other, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([header, *body])
    return mine, other


def _counting(on: bool) -> None:
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
                   capture_output=True, check=False)


def _child(mine_path: str, other_path: str) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from timeline_app.io.formats import open_timeline_file
    from timeline_app.ui.merge_dialog import MergeDialog

    mine = open_timeline_file(mine_path).timeline
    other = open_timeline_file(other_path).timeline
    warm = MergeDialog(other.__class__.from_events(list(other.events)[:40]),
                       list(mine.events)[:60])
    warm.show()
    app.processEvents()
    from timeline_app.core.duplicates import _lemma
    _lemma("signed")  # (lemminflect's table: loaded once per process, by any merge)
    warm.deleteLater()
    app.processEvents()
    _counting(True)
    started, cpu = time.perf_counter(), time.process_time()
    dialog = MergeDialog(other, mine.events)
    dialog.resize(1280, 560)
    dialog.show()
    app.processEvents()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - started
    _counting(False)
    print(f"rows {dialog.table.rowCount()} shown "
          f"{sum(not dialog.table.isRowHidden(r) for r in range(dialog.table.rowCount()))} "
          f"cpu {cpu:.3f} s wall {wall:.3f} s", flush=True)
    os._exit(0)


def main() -> int:
    import argparse

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", help="MINE OTHER (default: made up)")
    parser.add_argument("--compare", help="a base tree, alternated with this one")
    options = parser.parse_args()
    if len(options.files) == 2 and options.compare is None:
        _child(*options.files)
        return 0
    if len(options.files) == 2:
        mine, other = options.files
    else:
        sys.path.insert(0, str(ROOT))
        mine, other = _files(tempfile.mkdtemp(prefix="merge-bench-"))
    if options.compare is None:
        _child(mine, other)
        return 0
    for _round in range(3):
        for name, tree in (("this", str(ROOT)), ("base", options.compare)):
            done = subprocess.run(
                [sys.executable, os.path.join(str(ROOT), "benchmarks", "merge_dialog_cg.py"),
                 mine, other], cwd=tree, capture_output=True, text=True, check=False,
                env={**os.environ, "PYTHONPATH": tree})
            print(f"{name:5} {done.stdout.strip() or done.stderr.strip()[-300:]}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
