"""Instructions of showing one event in Details, with and without a search (session 22,
branch edit24: Details says where Find found the event and shades the words found,
``core.query.found_in``/``found_spans`` and ``DetailPane._shade_found``).

Run it under callgrind once per mode (the instructions are immune to the machine's load)::

    cd TREE && PYTHONPATH=. valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p \\
        --toggle-collect='*DetailPane*_show*' .venv/bin/python \\
        benchmarks/bench_find_details.py [QUERY]

or without valgrind for CPU milliseconds.  It shows the sample timeline's "Cho and Iwaya
meet in Munich" (two source sentences) ``ROUNDS`` times in a 400 px pane, with the
search QUERY (default: none; "munich iwaya" finds it in six fields); ``BENCH_ROUNDS``
in the environment changes ``ROUNDS``.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

APP = QApplication([])

from timeline_app.document import Document
from timeline_app.io.bundled import load_default_timeline
from timeline_app.selection import EventSelection
from timeline_app.ui.detail_pane import DetailPane

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))


def main() -> None:
    query = sys.argv[1] if len(sys.argv) > 1 else ""
    document = Document(load_default_timeline())
    selection = EventSelection()
    pane = DetailPane(document, selection)
    pane.resize(400, 700)
    pane.show()
    if hasattr(pane, "set_find_text"):  # (not in trees before edit24)
        pane.set_find_text(query, show=False)
    selection.select("munich-meeting")
    APP.processEvents()
    start = time.process_time()
    for _ in range(ROUNDS):
        pane._show("munich-meeting")
    spent = time.process_time() - start
    print(f"query {query!r}: {spent / max(ROUNDS, 1) * 1000:.3f} ms CPU a show ({ROUNDS} shows), "
          f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
