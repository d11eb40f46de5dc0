"""Cancel in "Save the changes … before starting a new timeline?" keeps the import review
(verify62): a journalist with unsaved changes reviewed an article's events, chose "Start a
new timeline", pressed Import and then Cancel in the question — the review and the events
she had accepted were gone.  The question is now asked over the review while it is still
open: Cancel leaves her in it with every tick and correction; Discard (or Save) then
imports, asked once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui import prompts
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _ask_in_turn(monkeypatch, answers):  # type: ignore[no-untyped-def]
    asked: list[tuple[object, str]] = []

    def ask(parent, _name, before=""):  # type: ignore[no-untyped-def]
        asked.append((parent, before))
        # (then Discard: the window closing at the test's end asks too)
        return answers.pop(0) if answers else prompts.SaveChoice.DISCARD

    monkeypatch.setattr(prompts, "ask_save_changes", ask)
    return asked


def _activate(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """The review the active window, as on a desktop (its shortcuts need it)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def test_cancel_in_the_save_question_returns_to_the_review(window, qtbot, monkeypatch):
    window.document.add_event(Event(id="mine", title="My own note",
                                    date=FuzzyDate(2025, 4, 1)))
    assert window.document.is_modified
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(SEED))
    asked = _ask_in_turn(monkeypatch, [prompts.SaveChoice.CANCEL, prompts.SaveChoice.DISCARD])
    seen: dict[str, object] = {}

    def exec_(dialog: ReviewDialog) -> int:  # the real review, driven by the keys
        dialog.show()
        _activate(qtbot, dialog)
        dialog.new_radio.setFocus(Qt.FocusReason.TabFocusReason)  # tabbed to
        qtbot.keyClick(dialog.new_radio, Qt.Key.Key_Space)
        assert dialog.new_radio.isChecked()  # "Start a ne&w timeline"
        dialog.set_checked(0, False)  # her choices: a row left out, a title corrected
        dialog.set_cell(1, "Title", "Talks resume in Geneva, as I corrected it")
        _activate(qtbot, dialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert len(asked) == 1, "Import asked nothing while the review was open"
        assert asked[0] == (dialog, "starting a new timeline")  # over the review
        # Cancel: still in the review, as she left it
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        assert not dialog.is_checked(0) and dialog.new_radio.isChecked()
        assert dialog.table.item(1, dialog.TITLE).text().startswith("Talks resume in Geneva")
        assert "mine" in window.document.timeline  # nothing replaced yet
        seen["rows"] = dialog.table.rowCount()
        _activate(qtbot, dialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.result() == QDialog.DialogCode.Accepted  # Discard: imported
        return dialog.result()

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    timeline = window.document.timeline
    assert len(asked) == 2  # asked once more, by the second Import: not a third time
    assert "mine" not in timeline  # a new timeline of the article's accepted events
    assert len(timeline.events) == seen["rows"] - 1
    assert any(e.title.startswith("Talks resume in Geneva") for e in timeline.events)


def test_a_review_without_unsaved_changes_asks_nothing(window, qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(SEED))
    asked = _ask_in_turn(monkeypatch, [])

    def exec_(dialog: ReviewDialog) -> int:
        dialog.new_radio.setChecked(True)
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    with qtbot.waitSignal(window.import_finished, timeout=20000) as finished:
        window.import_action.trigger()
    assert finished.args[0] > 0 and not asked



def test_cancel_keeps_the_review_of_one_article_of_a_paste(window, qtbot, recorded_prompts):
    """Review Each Article: the first article's review, for a new timeline over unsaved
    changes, stays open after Cancel; Discard then imports it and the next is reviewed."""
    from test_review_each_article import _import

    window.document.add_event(Event(id="mine", title="My own note",
                                    date=FuzzyDate(2025, 4, 1)))
    looks: list[dict[str, object]] = []

    def first(review: ReviewDialog) -> None:
        review.new_radio.setChecked(True)
        review.set_checked(0, False)  # her choice
        recorded_prompts.save_choice = prompts.SaveChoice.CANCEL
        review.import_button.click()
        looks.append({"open": review.isVisible(), "asked": recorded_prompts.asked_save_changes,
                      "unticked": not review.is_checked(0)})
        recorded_prompts.save_choice = prompts.SaveChoice.DISCARD
        review.import_button.click()

    seen, imported = _import(window, qtbot, recorded_prompts, [first, ReviewDialog.reject])
    assert looks == [{"open": True, "asked": 1, "unticked": True}]
    assert recorded_prompts.asked_save_changes == 2  # not asked again after the review
    assert len(seen) == 2 and imported  # the first imported, the second reviewed
    assert "mine" not in window.document.timeline
