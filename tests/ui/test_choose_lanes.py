"""View → Lanes By → Choose Lanes… (verify43 F9): by participant, 33 events made 25 lanes,
most of one event, and the only way to thin them was a click on each name.  The lanes are
ticked in a list; "Hide Lanes With One Event" unticks the single-event ones at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.test_lanes_by import _lanes, _lanes_menu, open_with_sulla
from timeline_app.ui import choose_lanes
from timeline_app.ui.choose_lanes import ChooseLanesDialog
from timeline_app.ui.keyboard_audit import mnemonic_clashes, unnamed_tab_stops

LANES = [("Rome", 5), ("Parthia", 4), ("Sulla", 1), ("Orobazus", 1)]


def test_the_dialog_hides_the_lanes_of_one_event(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ChooseLanesDialog(LANES, {"Orobazus"}, "participant")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert mnemonic_clashes(dialog) == {} and unnamed_tab_stops(dialog) == []
    assert dialog.hidden() == {"Orobazus"}
    assert dialog.list.item(2).text() == "Sulla (1 event)"
    assert dialog.hint.text().startswith("3 of 4 lanes shown, 1 hidden; 2 lanes of one event.")
    dialog.one_event_button.click()
    assert dialog.hidden() == {"Sulla", "Orobazus"}
    assert not dialog.one_event_button.isEnabled()  # nothing left to untick
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # the person unticks Rome
    assert dialog.hidden() == {"Rome", "Sulla", "Orobazus"}
    dialog.search.setText("parth")
    assert [dialog.list.item(i).isHidden() for i in range(4)] == [True, False, True, True]
    assert dialog.hidden() == {"Rome", "Sulla", "Orobazus"}  # narrowed, not forgotten
    dialog.all_button.click()
    assert dialog.hidden() == set()


def test_choose_lanes_hides_the_lanes_left_unticked(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, monkeypatch, tmp_path: Path) -> None:
    open_with_sulla(window, tmp_path)
    menu = _lanes_menu(window)
    menu.aboutToShow.emit()
    assert not window.choose_lanes_action.isEnabled()  # by category: no such lanes
    window.set_lanes_by("participant")
    menu.aboutToShow.emit()
    assert window.choose_lanes_action.isEnabled()
    asked = []

    def ask(_parent, lanes, hidden, way):  # type: ignore[no-untyped-def]
        asked.append((list(lanes), set(hidden), way))
        return {name for name, events in lanes if events == 1}

    monkeypatch.setattr(choose_lanes, "ask_lanes", ask)
    window.choose_lanes_action.trigger()
    ((lanes, hidden, way),) = asked
    assert way == "participant" and hidden == set()
    assert lanes[:2] == [("Rome", 5), ("Parthia", 4)] and ("Sulla", 1) in lanes
    view = window.view
    assert view.hidden_lanes() == {"Sulla"} and "Sulla" not in dict(_lanes(view))
    assert not window.find_state.is_shown("s")  # his meeting is in no lane shown
    assert "2 lanes by participant shown, 1 hidden" in window.statusBar().currentMessage()
    window._show_hidden_lanes()
    assert "Sulla" in dict(_lanes(view)) and window.find_state.is_shown("s")
