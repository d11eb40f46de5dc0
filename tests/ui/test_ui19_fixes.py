"""Rough edges a new user met in session 16's trials (verify18, verify19), each fixed here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app import io as timeline_io
from timeline_app.core import Timeline


def test_file_close_asks_about_changes_and_leaves_an_empty_window(window, qtbot, tmp_path,
                                                                   recorded_prompts):
    path = tmp_path / "talks.json"
    timeline_io.save(Timeline(title="Talks"), path)
    assert window.open_path(str(path))
    window.document.set_properties("Talks, renamed", "")
    recorded_prompts.save_choice = recorded_prompts.save_choice.CANCEL
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert recorded_prompts.asked_save_changes == 1
    assert window.document.timeline.title == "Talks, renamed"
    recorded_prompts.save_choice = recorded_prompts.save_choice.DISCARD
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.document.path is None and len(window.document.timeline) == 0
    assert window.windowTitle().startswith("Untitled timeline")
    assert not window.isWindowModified() and window.isVisible()
    assert "Closed “" in window.statusBar().currentMessage()
    text = window.detail_pane.plain_text()
    assert "New Event" in text and "File → Open" in text and "Import Article" in text
    assert not window.document.undo_stack.canUndo()
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("&Close") == texts.index("&Quit") - 1
    # Unchanged: closed at once, no question.
    assert window.close_timeline() and recorded_prompts.asked_save_changes == 2
    assert window.isVisible()


def _undo_menu_words(window) -> str:  # type: ignore[no-untyped-def]
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    undo = next(a for a in edit.actions() if a.text().startswith("&Undo"))
    return undo.text().removeprefix("&Undo ").replace("&&", "&")


def test_the_edit_menu_and_the_status_line_name_an_undo_step_alike(window):
    """verify19: "Undo Move lane Visit to the top" in the menu, "Undid: move lane
    Anniversary" in the status line, and a dragged lane's step said not where it went."""
    lanes = window.legend_bar.lanes()
    assert len(lanes) >= 4
    window.legend_bar.move_lane(lanes[-1], 1)  # a legend entry dropped second
    named = _undo_menu_words(window)
    assert named.startswith("Move lane ") and named.endswith(
        f" after {window.legend_bar.lanes()[0].capitalize()}"), named
    window.document.undo_stack.undo()
    assert window.statusBar().currentMessage() == f"Undid: {named}"
    window.document.undo_stack.redo()
    assert window.statusBar().currentMessage() == f"Redid: {named}"
    window.legend_bar.move_lane(lanes[1], 0)
    top = _undo_menu_words(window)
    assert top.endswith(" to the top")
    window.document.undo_stack.undo()
    assert window.statusBar().currentMessage() == f"Undid: {top}"


def _categories_listed(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.event_list.model()
    seen: list[str] = []
    for row in range(model.rowCount()):
        label = model.index(row, 2).data()
        if label not in seen:
            seen.append(label)
    return seen


def test_the_events_lists_category_column_sorts_in_lane_order(window):
    """lanes18 "not done": the Category column sorted by name, not as the lanes are shown;
    a moved lane re-sorts it, and a renamed lane keeps its place."""
    window.event_list.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    lanes = window.legend_bar.lanes()
    assert _categories_listed(window) == [lane.capitalize() for lane in lanes]
    window.legend_bar.move_lane(lanes[-1], "top")
    lanes = window.legend_bar.lanes()
    assert _categories_listed(window) == [lane.capitalize() for lane in lanes]
    assert window.document.rename_lane(lanes[1], "zulu talks")
    lanes = window.legend_bar.lanes()
    assert lanes[1] == "zulu talks"
    assert _categories_listed(window) == [lane.capitalize() for lane in lanes]
    window.event_list.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert _categories_listed(window) == [lane.capitalize() for lane in reversed(lanes)]


def test_alt_and_a_letter_that_is_no_mnemonic_types_nothing_in_the_editor(window, qtbot):
    """verify18: Alt+F typed "f" into the event editor's Title (Qt on Linux inserts the
    text of an Alt + key no shortcut took); a mnemonic (Alt+D, Alt+S) still moves the focus,
    and Ctrl+Alt (AltGr on Windows) still types."""
    import sys

    from timeline_app.ui.event_editor import EventEditor

    dialog = EventEditor(window.document.timeline)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # for its mnemonics (the offscreen platform activates none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    alt = Qt.KeyboardModifier.AltModifier
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, "Talks")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_F, alt)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_X, alt | Qt.KeyboardModifier.ShiftModifier)
    if sys.platform != "darwin":
        assert dialog.title_edit.text() == "Talks"
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_D, alt)
    assert dialog.date_edit.hasFocus()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Q, alt)
    assert dialog.date_edit.text() == ""
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_S, alt)
    assert dialog.summary_edit.hasFocus()
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_F, alt)
    assert dialog.summary_edit.toPlainText() == ""
    category = dialog.category_combo.lineEdit()
    category.setFocus()
    category.selectAll()
    qtbot.keyClick(category, Qt.Key.Key_F, alt)
    assert category.text() == "Event"
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_E, alt | Qt.KeyboardModifier.ControlModifier)
    dialog.reject()


def test_file_close_waits_while_a_file_opens(window):
    """While a file opens into the window, Close is greyed out as New and Open are, and a
    Ctrl+W that comes meanwhile closes nothing (``_refused_while_opening``)."""
    count = len(window.document.timeline)
    window._set_opening("three.json")
    assert not window.close_action.isEnabled() and not window.new_action.isEnabled()
    assert not window.close_timeline()
    assert len(window.document.timeline) == count
    window._set_opening(None)
    assert window.close_action.isEnabled()


def test_alt_and_a_letter_types_nothing_in_the_article_date_prompt(qtbot):
    """Alt+X, taken for Extract (it is Alt+E), put an "x" into the field (verify18)."""
    import sys

    from PySide6.QtWidgets import QLineEdit

    from timeline_app.ui import prompts

    dialog = prompts.article_date_dialog(None, "When was the article written?", "9 July 2025")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.findChild(QLineEdit)
    field.setFocus()
    field.end(False)
    qtbot.keyClick(field, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    if sys.platform != "darwin":
        assert dialog.textValue() == "9 July 2025"
    qtbot.keyClicks(field, " x")
    assert dialog.textValue() == "9 July 2025 x"  # typing as ever
    dialog.reject()
