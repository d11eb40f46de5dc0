"""A new user's findings in editing (verify22): Return in a completing review cell, Alt
keys while a completion list is open, Alt+O in the event editor's Category box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")
ALT = Qt.KeyboardModifier.AltModifier


def _key_target(fallback):  # type: ignore[no-untyped-def]
    """Where a key goes: an open pop-up (a completion list) has the keyboard."""
    return QApplication.activePopupWidget() or QApplication.focusWidget() or fallback


def _open_cell(qtbot, column: str):  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    col = getattr(ReviewDialog, column)
    table.setCurrentCell(0, col)
    table.editItem(table.item(0, col))
    editor = table.indexWidget(table.model().index(0, col))
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    return dialog, table, col, editor


def test_one_return_saves_a_participants_cell_with_its_completion_list_open(qtbot):
    """verify22, finding 1: with the completion list open, the first Return only closed
    the list; the cell stayed in editing and an Escape then dropped the names typed."""
    dialog, table, col, editor = _open_cell(qtbot, "PARTICIPANTS")
    name = editor.completer().model().index(0, 0).data()
    typed = f"Iran, United Kingdom, {name[:3]}"
    qtbot.keyClicks(editor, typed)
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup is editor.completer().popup()  # the list is open
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.item(0, col).text() == typed
    qtbot.keyClick(table, Qt.Key.Key_Escape)  # nothing left to throw away
    assert table.item(0, col).text() == typed


def test_one_return_saves_a_place_cell_list_open_or_not(qtbot):
    """The Place cell completes too (the whole text): one Return saves it either way,
    and a Return without the list still saves once (no second close of the editor)."""
    dialog, table, col, editor = _open_cell(qtbot, "PLACE")
    places = editor.completer().model()
    first = places.index(0, 0).data()
    qtbot.keyClicks(editor, first[:2])
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.item(0, col).text() == first[:2]
    table.editItem(table.item(0, col))
    editor = table.indexWidget(table.model().index(0, col))
    editor.selectAll()
    qtbot.keyClicks(editor, "Nowhere at all")  # matches no name: no list
    assert QApplication.activePopupWidget() is None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(20)
    assert table.item(0, col).text() == "Nowhere at all"


def _editor(qtbot, window, place: str = "Se"):  # type: ignore[no-untyped-def]
    """The event editor on an event, active (Alt shortcuts need an active window), with
    ``place`` typed in Place so that its completion list is open."""
    event = next(e for e in window.document.timeline if e.location)
    dialog = EventEditor(window.document.timeline, event)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.location_edit.setFocus()
    dialog.location_edit.selectAll()
    qtbot.keyClicks(dialog.location_edit, place)
    return dialog


def test_alt_letter_closes_the_completion_list_and_the_next_keys_go_to_the_new_field(
        qtbot, window):
    """verify22, finding 2: "Geneva" in Place with its list open, Alt+C, "Meeting": Place
    became "GenevaM", Category "eeting" (the open list kept the keyboard)."""
    dialog = _editor(qtbot, window)
    assert QApplication.activePopupWidget() is dialog.location_edit.completer().popup()
    qtbot.keyClick(_key_target(dialog), Qt.Key.Key_C, ALT)
    assert QApplication.activePopupWidget() is None  # closed at once
    assert dialog.category_combo.hasFocus()
    for letter in "Summit":
        qtbot.keyClick(_key_target(dialog), letter)
    assert dialog.location_edit.text() == "Se"
    assert dialog.category_combo.currentText() == "Summit"


def test_alt_o_presses_ok_from_the_category_box_and_types_nothing_there(qtbot, window):
    """verify22, finding 3: Alt+O typed an "o" into the editable Category box ("Meetingo",
    a new lane) instead of pressing OK; any other Alt + letter types nothing there."""
    dialog = _editor(qtbot, window)
    qtbot.keyClick(_key_target(dialog), Qt.Key.Key_C, ALT)
    before = dialog.category_combo.currentText()
    qtbot.keyClick(_key_target(dialog), Qt.Key.Key_F, ALT)  # no mnemonic of the editor
    assert dialog.category_combo.currentText() == before
    qtbot.keyClick(_key_target(dialog), Qt.Key.Key_O, ALT)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic clicks after a flash
    assert dialog.result() == EventEditor.DialogCode.Accepted
    assert dialog.category_combo.currentText() == before


def test_the_circa_box_has_an_alt_letter_of_its_own(qtbot, window):
    """verify22, finding 10: the circa box had no Alt letter (Alt+E, Tab, Space)."""
    dialog = _editor(qtbot, window)
    qtbot.keyClick(_key_target(dialog), Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: dialog.circa_check.hasFocus())
    assert "&i" in dialog.circa_check.text()


def test_an_untitled_timeline_is_named_after_its_file_in_details_and_properties(
        window, recorded_prompts, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """verify22, finding 10: after Save As "iran_talks.json" the window's title said
    "iran_talks.json" and Details "Untitled timeline"; the title is only shown so."""
    from timeline_app.core import Timeline
    from timeline_app.ui import prompts

    window.document.replace_timeline(Timeline(), None)
    window.selection.select(None)
    assert window.detail_pane.toPlainText().startswith("Untitled timeline")
    recorded_prompts.save_path = str(tmp_path / "iran_talks.json")
    assert window.save_as()
    assert window.detail_pane.toPlainText().startswith("iran_talks\n")
    assert window.document.timeline.title == "Untitled timeline"  # not changed by a save
    offered: list[str] = []
    monkeypatch.setattr(prompts, "ask_timeline_properties",
                        lambda _parent, title, *_rest: offered.append(title))
    window.edit_properties()
    assert offered == ["iran_talks"]  # the name Details shows
    window.document.set_properties("Iran–E3 talks", "")  # a name of its own wins
    assert window.detail_pane.toPlainText().startswith("Iran–E3 talks\n")


def test_an_undone_edit_is_named_by_both_titles(window):  # type: ignore[no-untyped-def]
    """verify22, finding 10: "Undid: Edit “Draft text on sanctions relief circulated”"
    named the event by the title the undo had just removed."""
    import dataclasses

    document = window.document
    event = dataclasses.replace(next(iter(document.timeline)), title="Sanctions")
    document.update_event(event)
    document.update_event(dataclasses.replace(
        event, title="Draft text on sanctions relief circulated among the parties"))
    step = "Edit “Sanctions” → “Draft text on sanctions relief circulat…”"  # cut at 40
    assert document.undo_stack.undoText() == step
    document.undo_stack.undo()
    assert window.statusBar().currentMessage() == f"Undid: {step}"
    document.update_event(dataclasses.replace(event, summary="Other words"))
    assert document.undo_stack.undoText() == "Edit “Sanctions”"  # one title: named once


def test_alt_letters_type_nothing_into_the_review_s_category_boxes_and_cells(qtbot):
    """verify22, finding 3 in the import review: its Category boxes are editable combo
    boxes, which took Alt+X as an "x" ("Meetingx", a new lane), and so did a cell being
    edited (the Title's)."""
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    combo = dialog.table.cellWidget(0, ReviewDialog.CATEGORY)
    before = combo.currentText()
    combo.setFocus()
    qtbot.keyClick(_key_target(combo), Qt.Key.Key_X, ALT)
    assert combo.currentText() == before
    for column in ("TITLE", "PARTICIPANTS", "DATE"):
        _dialog, table, col, editor = _open_cell(qtbot, column)
        text = editor.text()
        qtbot.keyClick(editor, Qt.Key.Key_X, ALT)
        assert editor.text() == text, column
