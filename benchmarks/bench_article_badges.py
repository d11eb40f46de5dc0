"""CPU of the article badge row (``TimelineView._named_article_columns``) at Fit All of the
100 000-event synthetic file: the row made again (its memo dropped) 200 times.

Usage (from the tree measured, so that its package is imported first):
    python benchmarks/bench_article_badges.py [WIDTH]

Prints the mean CPU ms of one row and the last badge's text.  An A/B runs it alternately
in two trees (see benchmarks/README.md, session 11, branch ux12).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TIMELINE_APP_SETTINGS"] = str(Path(tempfile.mkdtemp()) / "settings.ini")
sys.path.insert(0, os.getcwd())

BIG = Path.home() / ".cache" / "diplomatic-timeline-bench" / "synthetic-v3-100000-1.json"
ROUNDS = 200


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from timeline_app.document import Document
    from timeline_app.io import native
    from timeline_app.selection import EventSelection
    from timeline_app.ui.timeline_view import TimelineView

    app = QApplication.instance() or QApplication([])
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 1343
    view = TimelineView(Document(native.load(BIG)), EventSelection())
    view.resize(width, 700)
    view.show()
    for _ in range(5):
        app.processEvents()
    view.fit_all()
    app.processEvents()
    shown = view.viewport().width()
    view._named_article_columns(shown)  # the columns and labels made once
    start = time.process_time()
    for _ in range(ROUNDS):
        view._article_badges_memo = None
        view._named_article_columns(shown)
    per_row = 1000 * (time.process_time() - start) / ROUNDS
    last = view._named_article_columns(shown)[-1][2]
    print(f"{Path.cwd().name} viewport {shown} px: {per_row:.3f} ms CPU a row; last: {last}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
