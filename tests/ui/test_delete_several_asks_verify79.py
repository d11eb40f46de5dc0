"""verify79 F8: after a redone import left its 3 events selected, with no focus shown, a
Delete meant for one event removed all 3.  Delete of more than one event now asks first,
naming them ("Delete 3 events: “A”, “B” and “C”?"), Cancel the default; one event is
deleted at once, as before."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui import prompts

# the real question (the suite's ``recorded_prompts`` replaces it for every test)
REAL_ASK_DELETE_MANY = prompts.ask_delete_many


def _three_talks(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Three events of one story added as an import adds them (out of date order)."""
    events = [Event("t3", "Harbour talks resume in Valletta (scheduled)",
                    FuzzyDate.of_ymd(2031, 3, 6), category="meeting"),
              Event("t1", "Harbour talks open in Valletta", FuzzyDate.of_ymd(2031, 3, 4),
                    category="meeting"),
              Event("t2", "Pilots' union statement", FuzzyDate.of_ymd(2031, 3, 5),
                    category="statement")]
    window.document.merge_events([], events, [], "Import 3 events")
    return [e.id for e in events]


def test_deleting_several_events_asks_first_naming_them(window, recorded_prompts) -> None:  # type: ignore[no-untyped-def]
    ids = _three_talks(window)
    before = len(window.document.timeline)
    window.selection.select_many(ids)
    recorded_prompts.delete_many = False  # Cancel
    window.delete_selected()
    assert [count for count, _unseen in recorded_prompts.delete_many_questions] == [3]
    assert recorded_prompts.delete_many_titles[0] == [
        "Harbour talks open in Valletta", "Pilots' union statement",
        "Harbour talks resume in Valletta (scheduled)"]  # in date order
    assert len(window.document.timeline) == before  # Cancel kept them
    recorded_prompts.delete_many = True
    window.delete_selected()
    assert len(window.document.timeline) == before - 3
    assert window.statusBar().currentMessage().startswith("Deleted 3 events")


def test_deleting_one_event_is_not_asked(window, recorded_prompts) -> None:  # type: ignore[no-untyped-def]
    ids = _three_talks(window)
    before = len(window.document.timeline)
    window.selection.select(ids[0])
    window.delete_selected()
    assert recorded_prompts.delete_many_questions == []
    assert len(window.document.timeline) == before - 1
    window.document.undo_stack.undo()
    assert len(window.document.timeline) == before


def test_the_question_names_them_as_plain_text_and_cancel_is_the_default(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The real box: the titles as plain text (a title of "<b>" markup stays as typed),
    Cancel framed as the default and Esc answering Cancel, so a second Delete press or a
    Return never deletes."""
    seen: dict[str, object] = {}

    def look_then_escape() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, look_then_escape)
            return
        seen["text"] = box.text()
        seen["format"] = box.textFormat()
        seen["default"] = box.standardButton(box.defaultButton())
        seen["delete"] = box.button(QMessageBox.StandardButton.Yes).text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, look_then_escape)
    answer = REAL_ASK_DELETE_MANY(window, 7, 2, [
        "Talks open", "<b>Bold</b> move", "Envoys meet", "Vote", "Summit", "Sixth"])
    assert answer is False
    assert seen["format"] == Qt.TextFormat.PlainText
    assert seen["default"] == QMessageBox.StandardButton.Cancel
    assert seen["delete"] == "&Delete 7 Events"
    assert seen["text"] == (
        "Delete 7 events: “Talks open”, “<b>Bold</b> move”, “Envoys meet”, “Vote”, "
        "“Summit” and 2 more? 2 of them are not in view. Edit → Undo (Ctrl+Z) brings "
        "them back.")


def test_two_named_events_read_as_a_pair(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def look_then_delete() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, look_then_delete)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, look_then_delete)
    assert REAL_ASK_DELETE_MANY(window, 2, 0, ["Talks open", "Talks close"]) is True
    assert seen == ["Delete 2 events: “Talks open” and “Talks close”? Edit → Undo (Ctrl+Z) "
                    "brings them back."]
    seen.clear()
    QTimer.singleShot(0, look_then_delete)
    assert REAL_ASK_DELETE_MANY(window, 2, 1, ["Talks open", "Talks close"]) is True
    assert "? 1 of them is not in view. Edit" in seen[0]
