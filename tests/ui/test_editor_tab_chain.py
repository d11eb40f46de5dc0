"""verify46 F7: in the event editor Tab skipped Status, and Tab from Status went to Title
("Meeting", typed for Category, replaced the title).  The Tab chain follows the form top
to bottom, Status included, and Title, Date and Category have their Alt letters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.keyboard_audit import mnemonic_clashes, tab_stops

SAID = "Serb gunmen and Kosovo police fought at Banjska on 24 September 2023."


def _editor(shown_editor) -> EventEditor:  # type: ignore[no-untyped-def]
    timeline = Timeline()
    event = Event("a", "Banjska attack", FuzzyDate.of_day(dt.date(2023, 9, 24)),
                  category="meeting", evidence=(Evidence(SAID, 0, len(SAID)),))
    timeline.add(event)
    return shown_editor(timeline, event)  # type: ignore[no-any-return]


def test_tab_follows_the_form_top_to_bottom(shown_editor) -> None:  # type: ignore[no-untyped-def]
    dialog = _editor(shown_editor)
    ok, cancel = dialog.buttons.buttons()
    assert tab_stops(dialog) == [
        dialog.title_edit, dialog.date_edit, dialog.end_edit, dialog.circa_check, dialog.plan_check,
        dialog.status_combo, dialog.category_combo, dialog.participants_edit,
        dialog.location_edit, dialog.summary_edit, dialog.picture_edit, dialog.caption_edit,
        dialog.credit_edit, dialog.detach_button,
        dialog.add_quote_button, dialog.remove_quote_button, ok, cancel]


def test_tab_from_status_goes_to_category_and_alt_letters_reach_the_fields(  # type: ignore[no-untyped-def]
        qtbot, shown_editor) -> None:
    dialog = _editor(shown_editor)
    dialog.status_combo.setFocus()
    qtbot.waitUntil(lambda: dialog.status_combo.hasFocus())
    qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused in (dialog.category_combo, dialog.category_combo.lineEdit())
    qtbot.keyClicks(focused, "Dispute")
    assert dialog.title_edit.text() == "Banjska attack"  # the title untouched
    for key, field in ((Qt.Key.Key_T, dialog.title_edit), (Qt.Key.Key_D, dialog.date_edit),
                       (Qt.Key.Key_C, dialog.category_combo),
                       (Qt.Key.Key_U, dialog.status_combo),
                       # the picture's fields (verify57 F27)
                       (Qt.Key.Key_R, dialog.picture_edit), (Qt.Key.Key_N, dialog.caption_edit),
                       (Qt.Key.Key_B, dialog.credit_edit)):
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        now = QApplication.focusWidget()
        assert now is field or now is getattr(field, "lineEdit", lambda: None)(), key
    assert not mnemonic_clashes(dialog)
