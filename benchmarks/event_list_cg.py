"""Instructions of the Events list's frames, under callgrind (issue 11: "the event list
(100 000 rows): scroll to end, page down ≤ 8 ms"; verify43 F26: with all eight columns
shown a frame cost ~30 % more than main's three, session 34, fix66).

Usage::

    cd TREE && PYTHONPATH=. QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \\
        --instr-atstart=no --callgrind-out-file=OUT .venv/bin/python \\
        benchmarks/event_list_cg.py [default|all] [EVENTS]
    grep totals: OUT

An ``EventList`` 1500x700 on ``bench_view.py``'s synthetic file of ``EVENTS`` events
(default 1000: a frame's cost depends on the rows on screen, not on the file), the
default columns or all eight; 20 frames warm it, then 40 are counted, as
``bench_view.py``'s list rows step: to the end and back (10), page downs by the scroll
bar (20) and by the key (10), each a step, a ``repaint`` and ``processEvents``.  Divide
the total by 40 for a frame.  Prints the columns shown and the rows on screen.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QAbstractSlider, QApplication

    app = QApplication([sys.argv[0]])
    from frames_split_cg import counting, window_at

    from timeline_app.ui.event_list import EventList

    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    events = sys.argv[2] if len(sys.argv) > 2 else "1000"
    window, _busy = window_at(app, events, 1600, 900)
    table = EventList(window.document, window.selection)
    table.resize(1500, 700)
    table.show()
    if which == "all":
        for column in (3, 4, 5, 6, 7):
            table.set_column_shown(column, True)
    for _ in range(20):
        app.processEvents()
    bar = table.verticalScrollBar()

    def frame(step):  # type: ignore[no-untyped-def]
        step()
        table.viewport().repaint()
        app.processEvents()

    def run() -> None:
        for _ in range(5):
            frame(lambda: bar.setValue(bar.maximum()))
            frame(lambda: bar.setValue(0))
        for _ in range(20):
            frame(lambda: bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd))
        table.setFocus()
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
        for _ in range(10):
            frame(lambda: QApplication.sendEvent(table, key))

    run()  # (warm: every text and glyph met once)
    bar.setValue(0)
    app.processEvents()
    counting(True)
    run()
    counting(False)
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    rows = table.viewport().height() // max(1, table.rowHeight(0))
    print(f"columns {shown} rows on screen {rows}", flush=True)
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
