"""The keys back to the main window after a dialog closes (verify64, item 12, last point):
after Discard in the New Event editor's "Discard this event?" question no window was
active under openbox, and Ctrl+O did nothing until a click.  Qt's offscreen platform
leaves no window active after any dialog closes (as openbox did there), so these tests
see that state every time: before ``focus_back.run_modal`` the main window stayed
inactive after each of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui import prompts
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.import_article import ReviewDialog

# the real questions (the suite's ``recorded_prompts`` replaces them for every test)
REAL_EDIT_EVENT = prompts.edit_event
REAL_ASK_DISCARD = prompts.ask_discard
REAL_ASK_DELETE_MANY = prompts.ask_delete_many
REAL_ASK_SAVE_CHANGES = prompts.ask_save_changes
REAL_ASK_RELOAD_CHANGED = prompts.ask_reload_changed
REAL_REVIEW = prompts.review_candidates
SEED = resource_path("seed-article.txt").read_text("utf-8")


def _when_shown(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """``act(dialog)`` once a modal dialog of ``kind`` is up (asked from inside its
    ``exec``)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(10, poll)
    QTimer.singleShot(0, poll)


def _click(label: str) -> Callable[[QDialog], None]:
    """Clicks the box's button whose text (without its "&") is ``label``."""
    def click(box: QDialog) -> None:
        for button in box.findChildren(QAbstractButton):
            if button.text().replace("&", "") == label:
                button.click()
                return
        raise AssertionError(f"no {label} button in {box.windowTitle()}")
    return click


def _keys_back(qtbot, window, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    assert widget.hasFocus()


@pytest.fixture
def active(window, qtbot):  # type: ignore[no-untyped-def]
    """The window, active, with the Events list focused (where the person was)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.event_list.setFocus()
    assert window.event_list.hasFocus()
    return window


def test_after_discarding_a_new_event_the_window_has_the_keys(active, qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "edit_event", REAL_EDIT_EVENT)
    monkeypatch.setattr(prompts, "ask_discard", REAL_ASK_DISCARD)
    asked: list[str] = []

    def type_then_escape(editor: QDialog) -> None:
        assert isinstance(editor, EventEditor)
        editor.title_edit.setText("Test")

        def discard(box: QDialog) -> None:
            asked.append(box.windowTitle())
            _click("Discard")(box)
        _when_shown(QMessageBox, discard)
        editor.reject()  # Esc: "Discard this event?"

    _when_shown(EventEditor, type_then_escape)
    assert active.new_event() is False
    assert asked == ["Discard this event?"]
    _keys_back(qtbot, active, active.event_list)


def test_after_cancelling_the_editor_unasked_the_window_has_the_keys(active, qtbot,
                                                                      monkeypatch):
    monkeypatch.setattr(prompts, "edit_event", REAL_EDIT_EVENT)
    _when_shown(EventEditor, lambda editor: editor.reject())  # nothing typed: no question
    assert active.new_event() is False
    _keys_back(qtbot, active, active.event_list)


@pytest.mark.parametrize(("ask", "answer"), [
    (lambda w: REAL_ASK_DELETE_MANY(w, 120, 0), "Cancel"),
    (lambda w: REAL_ASK_DELETE_MANY(w, 120, 0), "Delete 120 Events"),
    (lambda w: REAL_ASK_SAVE_CHANGES(w, "gulf.json"), "Cancel"),
    (lambda w: REAL_ASK_SAVE_CHANGES(w, "gulf.json"), "Discard"),
    (lambda w: REAL_ASK_RELOAD_CHANGED(w, "gulf.json", True), "Reload"),
    (lambda w: REAL_ASK_DISCARD(w, "Discard corrections?", "Lost."), "Keep Editing"),
], ids=["delete-cancel", "delete", "save-cancel", "save-discard", "reload", "keep-editing"])
def test_after_a_question_the_window_has_the_keys(active, qtbot, ask, answer):
    _when_shown(QMessageBox, _click(answer))
    ask(active)
    _keys_back(qtbot, active, active.event_list)


def test_after_cancelling_the_import_review_the_timeline_has_the_keys(active, qtbot,
                                                                      monkeypatch):
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(SEED))
    monkeypatch.setattr(prompts, "review_candidates", REAL_REVIEW)
    _when_shown(ReviewDialog, lambda review: review.reject())  # Cancel, nothing changed
    with qtbot.waitSignal(active.import_finished, timeout=20000) as blocker:
        active.import_action.trigger()
    assert blocker.args[0] == 0
    _keys_back(qtbot, active, active.view)  # the review gives the keys to the timeline


def test_after_a_dialog_of_qts_own_static_functions_the_keys_come_back(qtbot) -> None:
    """``QColorDialog.getColor`` and ``QInputDialog.getItem`` (Remove Quote…) run their
    own dialog: ``keys_back_after`` gives the keys back to the window they asked over."""
    from timeline_app.ui.focus_back import keys_back_after

    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    owner.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is owner)
    dialog = QDialog(owner)
    QTimer.singleShot(50, dialog.reject)
    dialog.exec()  # as the static functions run theirs
    qtbot.wait(50)
    assert QApplication.activeWindow() is not owner  # (as openbox left it, sometimes)
    keys_back_after(owner)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is owner, timeout=3000)
