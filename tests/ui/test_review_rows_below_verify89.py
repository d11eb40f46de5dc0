"""verify89 F10: at 1280×800 the review opened on 14 of 16 rows, the story's main news under
the fold with only a thin scroll bar to say so.  Rows hidden under the table take room from
the sentence pane, down to its five lines, and rows still under the table's edge are said
beside Select None: "↓ 2 more rows below", gone once they are scrolled into sight."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from timeline_app.extract import extract_events
from timeline_app.io.bundled import load_default_timeline
from timeline_app.ui import main_window
from timeline_app.ui.import_article import ReviewDialog
from timeline_app.ui.main_window import MainWindow

PLACES = ("Lorn", "Vell", "Tarsk", "Pelle", "Ardo", "Mirra", "Sunn", "Kaveh", "Orla", "Dunmere")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _story(rows: int) -> str:
    """An article of ``rows`` dated meetings, each of its own day and place."""
    lines = ["Envoys of Tarsa and Pell keep meeting\n\n"
             "LORN, 2 March 2026 (Wire) - Envoys of Tarsa and Pell met again on Monday.\n"]
    for k in range(rows - 1):
        year, month = 2000 + k // 12, MONTHS[k % 12]
        lines.append(f"Envoys of Tarsa and Pell met in {PLACES[k % len(PLACES)]} on "
                     f"{1 + k % 27} {month} {year} to discuss the river border.\n")
    return "\n".join(lines)


def _review(qtbot, monkeypatch, rows: int) -> ReviewDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _w: QRect(0, 0, 1920, 1080))
    window = MainWindow(load_default_timeline())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    dialog = ReviewDialog(extract_events(_story(rows)), True, window, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(3):
        QApplication.processEvents()
    return dialog


def test_a_review_of_a_few_more_rows_than_fit_shows_them_all(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _review(qtbot, monkeypatch, 16)
    count = dialog.table.rowCount()
    assert count >= 15
    line = dialog.fontMetrics().lineSpacing()
    sentences = dialog._splitter.widget(1)
    assert sentences.height() >= line * 5 + 16 - 2  # the sentences keep five lines
    below = dialog.rows_below()
    if below:  # (fonts differ: the rows that did not fit are said)
        assert dialog.rows_below_label.isVisible()
        assert dialog.rows_below_label.text() == (
            f"\u2193 {below} more row{'s' if below != 1 else ''} below")
        assert sentences.height() <= line * 5 + 16 + 2  # the table took what it could
    else:
        assert not dialog.rows_below_label.isVisible()


def test_rows_still_under_the_edge_are_said_until_scrolled_to(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _review(qtbot, monkeypatch, 40)
    below = dialog.rows_below()
    assert below > 0
    assert dialog.rows_below_label.isVisible()
    assert dialog.rows_below_label.text() == f"\u2193 {below} more rows below"
    assert dialog.rows_below_label.accessibleName() == f"{below} more rows below"
    bar = dialog.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert dialog.rows_below() == 0
    assert not dialog.rows_below_label.isVisible()
    bar.setValue(0)
    QApplication.processEvents()
    assert dialog.rows_below() == below and dialog.rows_below_label.isVisible()


def test_a_review_whose_rows_fit_says_nothing(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _review(qtbot, monkeypatch, 5)
    assert dialog.rows_below() == 0
    assert not dialog.rows_below_label.isVisible()
