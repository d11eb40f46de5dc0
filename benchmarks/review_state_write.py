"""What keeping an import review for after a crash costs a correction (fix72, F20), beside
the correction itself, in the same run.

Usage::

    QT_QPA_PLATFORM=offscreen python benchmarks/review_state_write.py [--rows 40] [--repeat 40]
    QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        python benchmarks/review_state_write.py --way keep --repeat 0|40
        # instruction counts: (40 - 0) / 40 a correction kept

A review of ``--rows`` rows (the seed article's candidates repeated, each its own title
and day; the article's text the seed article repeated as often) is corrected
``--repeat`` times, a title at a time, as a person types one (``ReviewDialog.set_cell``).
Ways:

* **correct** (baseline): the correction alone, as before fix72: the review's own
  handlers (the row compared with the timeline again, the tooltips, the widths);
* **state**: the review's state gathered and encoded (``ReviewKeeper.state`` and msgspec),
  nothing written;
* **keep**: the state gathered and written (``ReviewKeeper.write_now``: the atomic write,
  fsync and rename included), what each correction now costs on top of **correct**.

Prints the process CPU time (median, ms) and the wall time (median, ms: the fsyncs wait
for the disk, not the CPU) of each, and the state's size.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--way", choices=("correct", "state", "keep"))
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from timeline_app.app import create_main_window
    from timeline_app.io import review_recovery
    from timeline_app.paths import resource_path
    from timeline_app.ui.import_article import (
        ArticleRequest,
        ReviewDialog,
        request_of,
        review_article_of,
        run_extraction,
    )
    from timeline_app.ui.review_keeping import ReviewKeeper

    seed = resource_path("seed-article.txt").read_text("utf-8")
    copies = -(-args.rows // 8)
    text = "\n\n".join([seed] * copies)
    result = run_extraction(ArticleRequest(text, dt.date(2025, 3, 22), "Tokyo",
                                           "seed.txt", dct_from_dateline=True))
    base = list(result.candidates)
    candidates = tuple(
        dataclasses.replace(base[i % len(base)], title=f"{base[i % len(base)].title} ({i})")
        for i in range(args.rows))
    result = dataclasses.replace(result, candidates=candidates)
    window = create_main_window()
    folder = tempfile.mkdtemp(prefix="review-bench-")
    keeper = ReviewKeeper(lambda: folder)
    keeper.begin(review_article_of(request_of(result)), "Bench")
    dialog = ReviewDialog(result, True, window, window.document.timeline.events)
    keeper.watch(dialog)  # (its writes after each change wait for an event loop: none here)
    counter = [0]

    def correct() -> None:
        counter[0] += 1
        row = counter[0] % args.rows
        dialog.set_cell(row, "Title", f"Corrected title {counter[0]}")

    def state() -> None:
        review_recovery._encoder.encode(keeper.state())

    ways = {"correct": correct, "state": state, "keep": keeper.write_now}
    if args.way:
        for _ in range(args.repeat):
            correct()
            if args.way != "correct":
                ways[args.way]()
        return 0
    cpu: dict[str, list[float]] = {way: [] for way in ways}
    wall: dict[str, list[float]] = {way: [] for way in ways}
    for _ in range(args.repeat):
        for way, run in ways.items():
            start, started = time.process_time(), time.perf_counter()
            run()
            cpu[way].append(1000 * (time.process_time() - start))
            wall[way].append(1000 * (time.perf_counter() - started))
    size = review_recovery.review_file(folder).stat().st_size
    for way in ways:
        print(f"{way:8} {statistics.median(cpu[way]):7.2f} ms CPU  "
              f"{statistics.median(wall[way]):7.2f} ms wall  a correction (median of "
              f"{args.repeat}, {args.rows} rows)")
    print(f"state    {size} bytes ({len(text)} characters of article)")
    keeper.end()
    dialog.deleteLater()
    window.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
