"""Import Article as a new user meets it: the article dialog reads while it stays open (busy
bar, Stop, the reason inline), the reading mode, and the review's participants and place."""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

import pytest
from article_dialogs import OTHER, let_workers_end, shown_article_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QLineEdit

import timeline_app.extract as extract
from timeline_app.core import FuzzyDate
from timeline_app.paths import resource_path
from timeline_app.ui.import_article import (
    ArticleDialog,
    ArticleRequest,
    ReviewDialog,
    run_extraction,
)
from timeline_app.ui.safe_text import tooltip_text

SEED = resource_path("seed-article.txt").read_text("utf-8")
REAL_EXTRACT = extract.extract_events


def _grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """Save a PNG for a person to look at when TIMELINE_PNG_DIR names a folder."""
    folder = os.environ.get("TIMELINE_PNG_DIR", "")
    if folder and Path(folder).is_dir():
        QApplication.sendPostedEvents()  # a changed text lays out on the next turn
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"importux-{name}.png"))




# ------------------------------------------------------------------ reading while open
def test_extract_runs_while_the_dialog_is_open_and_accepts_with_events(qtbot):
    dialog = shown_article_dialog(qtbot)
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.extraction is not None and dialog.extraction.candidates
    assert dialog.extraction.dct == dt.date(2024, 5, 14)


def test_stop_keeps_the_dialog_and_drops_the_late_result(qtbot, monkeypatch):
    release = threading.Event()
    started = threading.Event()

    def slow(text, dct=None, place=None, **_options):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(20)
        return REAL_EXTRACT(text, dct, place)

    monkeypatch.setattr(extract, "extract_events", slow)
    dialog = shown_article_dialog(qtbot)
    try:
        qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)
        assert started.wait(10)
        # Busy: progress and Stop shown, the input locked, Cancel still there.
        assert dialog.is_extracting()
        assert dialog.progress_bar.isVisible() and dialog.stop_button.isVisible()
        assert "Reading news.txt" in dialog.progress_label.text()
        assert dialog.text_edit.isReadOnly() and not dialog.extract_button.isEnabled()
        _grab(dialog, "article-reading")
        with qtbot.waitSignal(dialog.extraction_ended) as blocker:
            qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
        assert blocker.args == [False]
        assert dialog.isVisible() and "Stopped" in dialog.error_label.text()
        assert dialog.text_edit.toPlainText() == OTHER and not dialog.text_edit.isReadOnly()
        assert dialog.extract_button.isEnabled() and not dialog.progress_bar.isVisible()
    finally:
        release.set()
    let_workers_end()  # the stopped worker ends; its result must change nothing
    assert dialog.isVisible() and dialog.extraction is None
    monkeypatch.setattr(extract, "extract_events", REAL_EXTRACT)
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000) as blocker:
        qtbot.keyClick(dialog.extract_button, Qt.Key.Key_Space)  # keyboard works too
    assert blocker.args == [True] and dialog.result() == QDialog.DialogCode.Accepted


def test_esc_while_reading_stops_and_cancel_closes_dropping_late_results(qtbot, monkeypatch):
    release = threading.Event()

    def slow(text, dct=None, place=None, **_options):  # type: ignore[no-untyped-def]
        release.wait(20)
        return REAL_EXTRACT(text, dct, place)

    monkeypatch.setattr(extract, "extract_events", slow)
    dialog = shown_article_dialog(qtbot)
    try:
        qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.stop_button, Qt.Key.Key_Escape)  # Esc stops, keeps the text
        assert dialog.isVisible() and not dialog.is_extracting()
        assert "Stopped" in dialog.error_label.text()
        qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)
        assert dialog.is_extracting()
        cancel = dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # Cancel closes
        assert not dialog.isVisible() and not dialog.is_extracting()
        assert dialog.result() == QDialog.DialogCode.Rejected
    finally:
        release.set()
    let_workers_end()
    assert dialog.extraction is None


def test_enter_in_the_date_field_extracts(qtbot):
    dialog = shown_article_dialog(qtbot, "Ministers met on Monday.")
    dialog.date_edit.setFocus()
    qtbot.keyClicks(dialog.date_edit, "22 March 2025")
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000) as blocker:
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert blocker.args == [True]
    assert dialog.extraction.dct == dt.date(2025, 3, 22)


def test_nothing_found_is_said_beside_the_text(qtbot):
    dialog = shown_article_dialog(qtbot, "The weather was fine and nobody met anybody.")
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    assert dialog.isVisible() and dialog.result() == 0
    assert "No dated events were found" in dialog.error_label.text()
    assert dialog.error_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.text_edit.toPlainText() == "The weather was fine and nobody met anybody."
    _grab(dialog, "article-nothing-found")


def test_a_failure_message_is_plain_text(qtbot, monkeypatch):
    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise ValueError("<img src=/dev/zero>")

    monkeypatch.setattr(extract, "extract_events", broken)
    dialog = shown_article_dialog(qtbot)
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
        dialog.extract_button.click()
    assert "<img src=/dev/zero>" in dialog.error_label.text()
    assert dialog.error_label.textFormat() == Qt.TextFormat.PlainText


def test_the_main_window_reviews_what_the_open_dialog_found(window, qtbot, recorded_prompts,
                                                           monkeypatch):
    from timeline_app.ui import prompts

    def script(dialog: ArticleDialog) -> None:
        qtbot.keyClicks(dialog.text_edit, "The weather was fine.")
        dialog.extract_button.click()
        qtbot.waitSignal(dialog.extraction_ended, timeout=20000).wait()
        assert "No dated events" in dialog.error_label.text()  # still open: correct it
        dialog.text_edit.setPlainText(OTHER)
        dialog.read_dateline_now()
        dialog.extract_button.click()

    recorded_prompts.article_script = script
    reviewed = []
    monkeypatch.setattr(prompts, "review_candidates",
                        lambda _p, result, *_a: reviewed.append(result))
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    (result,) = reviewed
    assert result.dct == dt.date(2024, 5, 14) and result.candidates
    assert len(recorded_prompts.article_dialogs) == 1  # one dialog all along


# ------------------------------------------------------------------ reading mode
def test_reading_mode_defaults_to_automatic_and_reaches_the_extractor(qtbot, monkeypatch):
    seen: list[dict[str, object]] = []

    def with_mode(text, dct=None, place=None, *, mode="auto", **_options):  # type: ignore[no-untyped-def]
        seen.append({"mode": mode})
        return REAL_EXTRACT(text, dct, place)

    monkeypatch.setattr(extract, "extract_events", with_mode)
    dialog = shown_article_dialog(qtbot, "The republic was proclaimed in March 1921. On June 4, "
                                  "the new parliament met.")
    assert dialog.mode() == "auto" and "News when" in dialog.mode_hint.text()
    dialog.mode_combo.setFocus()
    qtbot.keyClick(dialog.mode_combo, Qt.Key.Key_End)  # the last entry: Narrative
    assert dialog.mode() == "narrative"
    assert "last date the text mentions" in dialog.mode_hint.text()
    assert "cannot read narrative" not in dialog.mode_hint.text()
    _grab(dialog, "article-mode")
    assert dialog.request().mode == "narrative"
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
        dialog.extract_button.click()
    assert seen == [{"mode": "narrative"}]
    # "auto" is the extractor's own default: not passed at all.
    seen.clear()
    run_extraction(ArticleRequest(OTHER, None, None))
    assert seen == [{"mode": "auto"}]


def test_a_restored_request_keeps_its_mode(qtbot):
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    request = ArticleRequest(OTHER, dt.date(2024, 5, 15), "Bern", "g.txt", "news")
    dialog.restore(request, "")
    assert dialog.request() == request


def test_an_ambiguous_date_choice_looks_right(qtbot, monkeypatch):
    monkeypatch.setattr("timeline_app.ui.import_article.locale_day_first", lambda: False)
    dialog = shown_article_dialog(qtbot, "Ministers met on Monday.")
    qtbot.keyClicks(dialog.date_edit, "5/6/2025")
    assert dialog.order_box.month_first_radio.isChecked()
    assert dialog.request().dct == dt.date(2025, 5, 6)
    qtbot.mouseClick(dialog.order_box.day_first_radio, Qt.MouseButton.LeftButton)
    assert dialog.request().dct == dt.date(2025, 6, 5)
    _grab(dialog, "article-two-readings")


# ------------------------------------------------------------------ review: who and where
def _review(qtbot, text: str = SEED, existing=()) -> ReviewDialog:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(REAL_EXTRACT(text), True, None, existing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_review_participants_and_place_are_editable_and_imported(qtbot):
    dialog = _review(qtbot)
    assert dialog.COLUMNS[dialog.PARTICIPANTS] == "Participants"
    assert dialog.COLUMNS[dialog.PLACE] == "Place"
    first = dialog.extraction.candidates[0]
    assert dialog.table.item(0, dialog.PARTICIPANTS).text() == ", ".join(first.participants)
    assert dialog.table.item(0, dialog.PLACE).text() == first.location
    dialog.set_cell(0, "Participants", " Japan ,South Korea,, Japan, ")
    dialog.set_cell(0, "Place", "  Seoul ")
    dialog.set_cell(1, "Participants", "")
    dialog.set_cell(1, "Place", "")
    events = dialog.outcome().events
    assert events[0].participants == ("Japan", "South Korea")
    assert events[0].location == "Seoul"
    assert events[1].participants == () and events[1].location == ""
    assert dialog.table.item(0, dialog.PLACE).toolTip() == tooltip_text("  Seoul ")


def test_review_participants_are_typed_with_completion(qtbot, window):
    dialog = _review(qtbot, OTHER, list(window.document.timeline))
    table = dialog.table
    rect = table.visualItemRect(table.item(0, dialog.PARTICIPANTS))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor, = (e for e in table.viewport().findChildren(QLineEdit)
               if not isinstance(e.parent(), QComboBox))
    editor.selectAll()
    qtbot.keyClicks(editor, "Norway, Takeshi I")
    completer = editor.completer()
    # The last name completes from the timeline's names; the ones before it stay.
    assert completer.currentCompletion() == "Norway, Takeshi Iwaya"
    editor.setText("Norway, Takeshi Iwaya")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(0, dialog.PARTICIPANTS).text()
                    == "Norway, Takeshi Iwaya")
    assert dialog.outcome().events[0].participants == ("Norway", "Takeshi Iwaya")


def test_review_gives_the_title_the_room_and_the_duplicate_column_a_tooltip(qtbot, window):
    dialog = _review(qtbot, SEED, list(window.document.timeline))
    table = dialog.table
    title, duplicate = table.columnWidth(dialog.TITLE), table.columnWidth(dialog.DUPLICATE)
    assert title >= 3 * duplicate and title >= 350, (title, duplicate)
    # (as wide as "Left out — tick to keep both", which an unticked row's box reads:
    # verify56 F15; "Another event…" before)
    assert duplicate <= 200
    assert dialog.COLUMNS[dialog.DUPLICATE] == "Duplicate?"
    assert "Already in the timeline?" in table.horizontalHeaderItem(dialog.DUPLICATE).toolTip()
    row = next(iter(dialog.duplicates))
    choice = table.cellWidget(row, dialog.DUPLICATE)
    assert [choice.itemText(i) for i in range(choice.count())] == ["Merge", "Keep both",
                                                                   "Another event…"]
    existing = dialog.duplicates[row].existing
    tip = choice.toolTip()
    assert tip.startswith("<qt>") and "Likely the same event as" in tip
    assert tooltip_text(existing.title)[4:-5] in tip
    # A title that does not fit is in its tooltip in full.
    item = table.item(0, dialog.TITLE)
    assert item.toolTip() == tooltip_text(item.text())
    _grab(dialog, "review-duplicates")


def test_review_of_a_new_article_looks_right(qtbot):
    # ("The agreement is expected to be signed" is now signed by the states it was told
    # with, Norway and Chile (ext30); "A fisheries agreement ..." is a new one, by no one.)
    dialog = _review(qtbot, OTHER.replace("The agreement is", "A fisheries agreement is"))
    assert dialog.table.item(0, dialog.DUPLICATE).text() == "no"
    # "They last met in Oslo": "they" are the two states named before.
    assert dialog.table.item(0, dialog.PARTICIPANTS).text() == "Norway, Chile"
    # "A fisheries agreement is expected to be signed" names nobody: the empty cell shows a
    # grey prompt, never data.
    empty = next(row for row, c in enumerate(dialog.extraction.candidates) if not c.participants)
    assert dialog.table.item(empty, dialog.PARTICIPANTS).text() == ""
    assert dialog.outcome().events[empty].participants == ()
    _grab(dialog, "review-new")


def test_untrusted_names_stay_text_in_the_review(qtbot):
    dialog = _review(qtbot)
    dialog.set_cell(0, "Participants", "<img src=/dev/zero>, <b>X</b>")
    tip = dialog.table.item(0, dialog.PARTICIPANTS).toolTip()
    assert tip.startswith("<qt>") and "<img" not in tip and "&lt;img" in tip
    assert dialog.outcome().events[0].participants == ("<img src=/dev/zero>", "<b>X</b>")
    dialog.set_cell(0, "Title", "Talks " * 10_000)  # a runaway title: a capped tooltip
    tip = dialog.table.item(0, dialog.TITLE).toolTip()
    assert len(tip) < 700 and tip.endswith("…</qt>")
    assert dialog.outcome().events[0].title == ("Talks " * 10_000).strip()  # the data is whole


@pytest.mark.parametrize("date", [FuzzyDate.of_month(2023, 3)])
def test_participant_edits_do_not_touch_the_date_basis(qtbot, date):
    dialog = _review(qtbot)
    row = next(r for r, c in enumerate(dialog.extraction.candidates) if c.date == date)
    before = dialog.extraction.candidates[row].date_basis
    dialog.set_cell(row, "Participants", "Japan")
    event = next(e for e in dialog.outcome().events if e.date == date)
    assert event.date_basis == before


def test_alt_and_a_letter_that_is_no_key_types_nothing_in_the_article(qtbot):
    """verify18: Alt+X (a guess at Extract, which is Alt+E) typed an "x" before the
    dateline, which then read "No dateline found"."""
    import sys

    from PySide6.QtWidgets import QApplication

    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    dialog.text_edit.setFocus()
    qtbot.keyClicks(dialog.text_edit, "KUALA LUMPUR")
    dialog.text_edit.moveCursor(dialog.text_edit.textCursor().MoveOperation.Start)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    if sys.platform != "darwin":
        assert dialog.text_edit.toPlainText() == "KUALA LUMPUR"
