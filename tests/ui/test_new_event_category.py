"""A new event starts in the lane double-clicked, else (Ctrl+E) in the neutral lane
"Event", whatever is selected, the title typed then moving it (verify75 F9, verify74 F14:
a background fact typed with a Meeting event selected landed in Meeting; until session 57
the selected event's lane, else the lane shown with the most events)."""

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


def test_ctrl_e_starts_in_the_neutral_lane_whatever_is_selected(window, qtbot,
                                                                recorded_prompts):
    # (verify75 F9; until session 57 "meeting", the selected event's, then the busiest's,
    # then "treaty" with Meeting hidden)
    window.selection.select("munich-meeting")
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert recorded_prompts.editors[-1].category() == "event"
    assert recorded_prompts.editors[-1].category_combo.currentText() == "Event"
    window.selection.select(None)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert recorded_prompts.editors[-1].category() == "event"
    window.find_state.toggle_category("meeting")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert recorded_prompts.editors[-1].category() == "event"


def test_the_neutral_lane_as_the_timeline_spells_it(window, qtbot, recorded_prompts):
    from timeline_app.core import Event, FuzzyDate

    window.document.add_event(Event("x", "Census held", FuzzyDate.of_year(2020),
                                    category="Event"))
    window.selection.select("munich-meeting")
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert recorded_prompts.editors[-1].category() == "Event"  # no second "event" lane


def test_the_new_event_is_added_in_that_lane(window, qtbot, recorded_prompts):
    # (a title telling no kind: "Envoys meet" now moves it to Meeting; with a visit
    # selected it stays in the neutral lane, verify75 F9 — "visit" until session 57)
    def script(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.title_edit, "Envoys in Seoul")
        qtbot.keyClicks(dialog.date_edit, "June 2025")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = script
    window.selection.select("iwaya-seoul-visit")
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    event = window.document.timeline.get(window.selection.event_id)
    assert event.title == "Envoys in Seoul" and event.category == "event"


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
