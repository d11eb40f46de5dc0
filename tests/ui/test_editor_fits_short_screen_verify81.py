"""verify81 F1: at 150 % on a 1366×768 screen (512 px of room at that scale) the event
editor was 806 px tall and could not be made smaller: OK, Cancel and a refused date's red
line stood below the screen's edge, so Enter on "early December" seemed to do nothing.  Its
fields now scroll in a pane of their own, the buttons and the error line under it always in
sight, and the dialog may be as short as a 150 % laptop screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea

from timeline_app.io.bundled import load_default_timeline
from timeline_app.ui.event_editor import EventEditor

#: px of room a 768 px screen at 150 % leaves a dialog: 512 less a title bar.
SHORT_SCREEN = 512 - 40


def test_the_editor_fits_a_short_screen_with_its_buttons_and_error_in_sight(qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline = load_default_timeline()
    editor = EventEditor(timeline, next(iter(timeline)))
    qtbot.addWidget(editor)
    assert editor.minimumSizeHint().height() <= SHORT_SCREEN  # (was 537 at 100 %)
    fields = editor.findChild(QScrollArea, "eventEditorFields")
    assert fields is not None and fields.widget().isAncestorOf(editor.title_edit)
    for outside in (editor.ok_button, editor.error_label):
        assert not fields.isAncestorOf(outside)
    editor.show()
    editor.resize(editor.width(), SHORT_SCREEN)
    qtbot.waitUntil(lambda: editor.height() == SHORT_SCREEN)
    bottom = editor.ok_button.mapTo(editor, QPoint(0, editor.ok_button.height())).y()
    assert bottom <= editor.height()
    # (a refused date: "early December" takes its year from the event since fix85)
    editor.date_edit.setText("31 February")  # no such day: refused, said under the fields
    qtbot.waitUntil(lambda: bool(editor.error_label.text()))
    assert editor.error_label.isVisible() and not editor.ok_button.isEnabled()
