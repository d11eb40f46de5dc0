"""A new event starts in a lane people use: the lane double-clicked, the selected
event's (Ctrl+E), else the lane shown with the most events — never the unused "Event"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt


def test_double_click_on_empty_space_in_a_lane_starts_in_that_lane(window, qtbot,
                                                                     recorded_prompts):
    view = window.view
    for event_id, category in (("sado-memorial-boycott", "dispute"),
                               ("iwaya-seoul-visit", "visit")):
        y = int(view.marker_rect(event_id).center().y())  # the event's lane
        x = next(x for x in range(view.viewport().width() // 2, view.viewport().width(), 7)
                 if view.event_at(QPointF(x, y)) == "")  # empty space in that lane
        pos = QPoint(x, y)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        dialog = recorded_prompts.editors[-1]
        assert dialog._original is None and dialog.category() == category
        assert dialog.category_combo.currentText() == category.capitalize()
    assert len(window.document.timeline) == 8  # cancelled: nothing added


def test_ctrl_e_uses_the_selected_events_lane_else_the_busiest(window, qtbot,
                                                             recorded_prompts):
    window.selection.select("munich-meeting")
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert recorded_prompts.editors[-1].category() == "meeting"
    window.selection.select(None)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert recorded_prompts.editors[-1].category() == "meeting"  # 3 of the 8 events
    window.find_state.toggle_category("meeting")  # hidden: the rest have one each,
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert recorded_prompts.editors[-1].category() == "treaty"  # the first in lane order


def test_the_new_event_is_added_in_that_lane(window, qtbot, recorded_prompts):
    # (a title telling no kind: "Envoys meet" now moves it to Meeting, the selected
    # event's lane being only where it starts — verify73 F10,
    # test_new_event_category_guess_verify71)
    def script(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.title_edit, "Envoys in Seoul")
        qtbot.keyClicks(dialog.date_edit, "June 2025")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = script
    window.selection.select("iwaya-seoul-visit")
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    event = window.document.timeline.get(window.selection.event_id)
    assert event.title == "Envoys in Seoul" and event.category == "visit"


def test_a_lane_typed_as_a_proper_name_keeps_its_capitals(window, qtbot, recorded_prompts):
    # verify58 F16: "Red Sea" typed as a new category became the lane "Red sea"
    def script(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.title_edit, "Tanker hit")
        qtbot.keyClicks(dialog.date_edit, "8 March 2026")
        dialog.category_combo.setEditText("Red Sea")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = script
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    event = window.document.timeline.get(window.selection.event_id)
    assert event.category == "Red Sea"


def test_typed_lane_names() -> None:
    from timeline_app.core.lanes import typed_lane_name

    assert typed_lane_name("Attack") == "attack"  # a kind, like the built-in ones
    assert typed_lane_name("  Red  Sea ") == "Red Sea"
    assert typed_lane_name("Gulf States") == "Gulf States"
    assert typed_lane_name("EU") == "EU"
    assert typed_lane_name("") == ""
