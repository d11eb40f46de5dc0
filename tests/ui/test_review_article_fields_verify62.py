"""The import review corrects the article's headline and outlet (verify61 F9, asked
again in verify62): both are read from the article and cited by every imported event
as its source, and there was no field to fix them before Import.  Now the review has
Headline (Alt+L) and Outlet (Alt+O) above the table; Import takes them, in its one undo
step — the article new to the timeline comes as corrected, one already there is
corrected, and Edit → Undo takes either back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui import prompts
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")
HEADLINE = "South Korea and Japan's Diplomats Commit to Ongoing Dialogue as Relations Improve"


def _type_over(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _import(window, qtbot, monkeypatch, headline: str | None, outlet: str | None,
            seen: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(SEED))

    def exec_(dialog: ReviewDialog) -> int:  # the real review, driven by the keys
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        seen["shown"] = (dialog.headline_edit.text(), dialog.outlet_edit.text())
        dialog.add_radio.setChecked(True)
        if headline is not None:
            qtbot.keyClick(dialog.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
            assert QApplication.focusWidget() is dialog.headline_edit  # Alt+L
            _type_over(qtbot, dialog.headline_edit, headline)
            assert f"“{headline}”" in dialog.intro.text()  # named as corrected
        if outlet is not None:
            qtbot.keyClick(dialog.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
            assert QApplication.focusWidget() is dialog.outlet_edit  # Alt+O
            _type_over(qtbot, dialog.outlet_edit, outlet)
        seen["changed"] = dialog.has_changes()
        for row in range(dialog.table.rowCount()):  # every row, duplicates kept both
            dialog.set_checked(row, True)
            if row in dialog.duplicates:
                dialog.set_duplicate_choice(row, dialog.KEEP_BOTH)
        qtbot.keyClick(dialog.outlet_edit, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)  # Import
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.result()

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()


def _undo_action(window):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    return next(a for a in window.findChildren(QAction) if a.text().startswith("&Undo"))


def test_a_new_articles_headline_and_outlet_are_corrected_before_import(
        window, qtbot, monkeypatch):
    assert window.new_timeline()  # (the sample holds the seed article already)
    document = window.document
    seen: dict[str, object] = {}
    _import(window, qtbot, monkeypatch, "Seoul and Tokyo pledge more talks", "Yonhap", seen)
    assert seen["shown"] == (HEADLINE, "NationPress") and seen["changed"]
    (source,) = [s for s in document.timeline.sources.values() if s.text == SEED]
    assert (source.title, source.outlet) == ("Seoul and Tokyo pledge more talks", "Yonhap")
    assert document.undo_stack.undoText().startswith("Import")
    document.undo_stack.undo()
    assert source.id not in document.timeline.sources


def test_an_article_already_there_is_corrected_in_the_imports_step(window, qtbot,
                                                                   monkeypatch):
    assert window.new_timeline()
    document = window.document
    first: dict[str, object] = {}
    _import(window, qtbot, monkeypatch, None, None, first)  # as read
    (source,) = [s for s in document.timeline.sources.values() if s.text == SEED]
    steps = document.undo_stack.count()
    again: dict[str, object] = {}
    _import(window, qtbot, monkeypatch, None, "NationPress Seoul bureau", again)
    assert again["shown"] == (HEADLINE, "NationPress")  # as the timeline has them
    corrected = document.timeline.sources[source.id]
    assert (corrected.title, corrected.outlet) == (HEADLINE, "NationPress Seoul bureau")
    assert document.undo_stack.count() == steps + 1  # one step, named as the import
    assert document.undo_stack.undoText().startswith("Import 8 events")
    assert _undo_action(window).text().startswith("&Undo Import 8 events")
    document.undo_stack.undo()
    assert document.timeline.sources[source.id].outlet == "NationPress"
    document.undo_stack.redo()
    assert document.timeline.sources[source.id].outlet == "NationPress Seoul bureau"


def test_the_corrected_headline_and_outlet_are_kept_for_after_a_crash(qtbot):
    from timeline_app.io import review_recovery
    from timeline_app.io.review_recovery import ReviewArticle, new_state

    dialog = ReviewDialog(extract_events(SEED), True, None, [])
    qtbot.addWidget(dialog)
    _type_over(qtbot, dialog.headline_edit, "Seoul and Tokyo pledge more talks")
    assert dialog.has_changes()  # (Cancel asks before dropping it)
    state = new_state("Sample", ReviewArticle(SEED, "seed.txt", None, False, None, None,
                                              "auto"),
                      dialog.as_read, dialog.review_rows(),
                      article_fields=dialog.article_fields())
    read = review_recovery.msgspec.json.decode(review_recovery._encoder.encode(state),
                                               type=review_recovery.ReviewState)
    reopened = ReviewDialog(extract_events(SEED), True, None, [])
    qtbot.addWidget(reopened)
    reopened.apply_review(read)
    assert reopened.article_fields() == ("Seoul and Tokyo pledge more talks", "NationPress")
    assert "“Seoul and Tokyo pledge more talks”" in reopened.intro.text()
    assert reopened.outcome().source.title == "Seoul and Tokyo pledge more talks"
    assert reopened.outcome().corrects_source


def test_the_keys_start_on_the_table_and_shift_tab_reaches_the_fields(qtbot):
    dialog = ReviewDialog(extract_events(SEED), True, None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.table  # Space ticks a row, as before
    qtbot.keyClick(dialog.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.outlet_edit
    qtbot.keyClick(dialog.outlet_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.headline_edit
    qtbot.keyClick(dialog.headline_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.outlet_edit, Qt.Key.Key_Tab)
    assert dialog._in_table(QApplication.focusWidget())  # back on the current cell
