"""verify43 F6: the import review's rows were Qt's default 30 px (9 of 20 rows at
1366x768 x1.25) under an intro of 4-5 lines.  Its rows are now as compact as the Events
list's, never shorter than their boxes, and the intro says less."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

import timeline_app.extract as extract
from timeline_app.paths import resource_path
from timeline_app.ui.import_article import ReviewDialog


def test_the_reviews_rows_are_compact_and_hold_their_boxes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    seed = resource_path("seed-article.txt").read_text(encoding="utf-8")
    review = ReviewDialog(extract.extract_events(seed, dt.date(2025, 3, 22)), True, None,
                          window.document.timeline.events)
    qtbot.addWidget(review)
    review.show()
    qtbot.waitExposed(review)
    QApplication.processEvents()
    table = review.table
    boxes = [table.cellWidget(row, column) for row in range(table.rowCount())
             for column in (review.CATEGORY, review.DUPLICATE)]
    boxes = [box for box in boxes if box is not None]
    assert any(table.cellWidget(row, review.DUPLICATE) for row in range(table.rowCount()))
    for row in range(table.rowCount()):
        assert table.rowHeight(row) <= table.fontMetrics().height() + 8 or (
            table.rowHeight(row) == max(box.sizeHint().height() for box in boxes) + 1)
        assert table.rowHeight(row) < 30
    for box in boxes:
        assert box.height() >= box.sizeHint().height()  # not cut
    text = review.intro.text()
    assert "double-click a cell to correct it" in text
    assert "into the existing event" not in text and "(see “Duplicate?”)" not in text
