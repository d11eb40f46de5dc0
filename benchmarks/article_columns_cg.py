"""Instructions of the article lines and badges of 200 new views, under callgrind (issue 11,
session 34, frames37: a view's columns and the badges' candidates placed once).

Usage::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/article_columns_cg.py [VIEW]
    grep totals: OUT

The main window on ``bench_view.py``'s 100 000-event file at 2560x1440, ``go_to_date`` of
its busiest day at ``VIEW`` (year, month, week, day; default month); then 200 times the
view's origin moved by an eighth of its width and what a paint asks of the articles, in
its order: ``_article_line_columns`` (the lines across the lanes), then
``_named_article_columns`` (the badges).  Only those calls are counted.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import DAYS, counting, window_at

    window, busy = window_at(app, "100000", 2560, 1440)
    view = window.view
    view.go_to_date(busy, DAYS[sys.argv[1] if len(sys.argv) > 1 else "month"])
    app.processEvents()
    width = view.viewport().width()
    step = width / 8 / view._px_per_day
    view._article_line_columns()
    view._named_article_columns(width)
    counting(True)
    for _ in range(200):
        view._origin += step
        view._article_line_columns()
        view._named_article_columns(width)
    counting(False)
    print("done", flush=True)
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
