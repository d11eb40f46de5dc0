"""verify71 F10: at 1024×640 the Details dock kept ~300 px, mostly empty, beside a
cramped timeline, and the import review's sentence pane showed two lines, the sentence
itself below them to scroll to."""

from __future__ import annotations

from PySide6.QtCore import QRect

from timeline_app.extract import extract_events
from timeline_app.io.bundled import load_default_timeline
from timeline_app.paths import resource_path
from timeline_app.ui import main_window
from timeline_app.ui.import_article import ReviewDialog
from timeline_app.ui.main_window import MainWindow


def test_the_review_over_a_small_window_shows_the_sentence(qtbot, monkeypatch):
    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _w: QRect(0, 0, 1440, 900))
    window = MainWindow(load_default_timeline())
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    seed = resource_path("seed-article.txt").read_text("utf-8")
    dialog = ReviewDialog(extract_events(seed), True, window,
                          list(load_default_timeline().events))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    line = dialog.fontMetrics().lineSpacing()
    sentences = dialog._splitter.widget(1)
    assert dialog.height() < 640
    assert sentences.height() >= line * 5 + 16 - 2  # five lines (it had 57 px, two)
    assert dialog.table.rowCount() == 8
    last = dialog.table.visualRect(dialog.table.model().index(7, 0))
    assert last.bottom() <= dialog.table.viewport().height()  # every row still in sight
