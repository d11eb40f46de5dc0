"""Merge Selected Events puts the merged event in the lane of the title it keeps, or the
lane chosen (verify66 F11): Ctrl+M on "Prabowo arrives in Suva, state welcome
(scheduled)" (lane Event, selected first) and "Prabowo Subianto visits Suva" (Visit)
rightly kept the held title of the second, and the merged visit stayed in lane Event."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.merge import merge_into_one
from timeline_app.document import Document
from timeline_app.ui import prompts
from timeline_app.ui.keyboard_audit import mnemonic_clashes, mnemonics_of
from timeline_app.ui.merge_events_dialog import MergeEventsDialog

DAY = FuzzyDate.of_day(dt.date(2026, 3, 2))
ARRIVES = Event("arrives", "Prabowo arrives in Suva, state welcome (scheduled)", DAY,
                category="event", location="Suva")
VISITS = Event("visits", "Prabowo Subianto visits Suva", DAY, category="visit",
               location="Suva")
TALKS = Event("talks", "Prabowo and Rabuka hold talks", DAY, category="meeting")


def test_the_lane_is_the_kept_titles_unless_another_is_chosen() -> None:
    assert merge_into_one([ARRIVES, VISITS], title_from=1).category == "visit"
    assert merge_into_one([ARRIVES, VISITS]).category == "event"
    merged = merge_into_one([ARRIVES, VISITS], title_from=1, lane_from=0)
    assert merged.category == "event" and merged.id == "arrives"
    with pytest.raises(ValueError):
        merge_into_one([ARRIVES, VISITS], lane_from=2)


def test_the_dialog_offers_the_lane_and_it_follows_the_title(qtbot) -> None:
    dialog = MergeEventsDialog([ARRIVES, VISITS, TALKS])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.choices()[0] == 1  # the held title (as before)
    assert dialog.lane_box.isVisible() and dialog.lane_choice() == 1
    assert dialog.lane_box.currentText() == "2. Visit"
    note = dialog.findChild(QLabel, "mergeNote").text()
    assert "the lane chosen below" in note and "(the first selected)" not in note
    dialog.title_box.setCurrentIndex(2)
    assert dialog.lane_choice() == 2  # the lane follows the title chosen …
    assert mnemonic_clashes(dialog) == {}  # Alt+L, no other widget's letter
    assert "l" in {letter for letter, _t, _w in mnemonics_of(dialog)}
    dialog.lane_box.activated.emit(0)  # … until a lane is chosen by hand
    dialog.lane_box.setCurrentIndex(0)
    dialog.title_box.setCurrentIndex(1)
    assert dialog.lane_choice() == 0


def test_one_lane_offers_no_lane_choice(qtbot) -> None:
    other = Event("v2", "Prabowo visits Fiji", DAY, category="visit")
    dialog = MergeEventsDialog([VISITS, other])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.lane_box.isHidden() and dialog.lane_choice() is None
    assert "in lane Visit." in dialog.findChild(QLabel, "mergeNote").text()


def test_ctrl_m_moves_the_merged_event_to_the_kept_titles_lane_undo_back(window,
                                                                        monkeypatch):
    document: Document = window.document
    document.replace_timeline(Timeline.from_events([ARRIVES, VISITS]), None)
    monkeypatch.setattr(prompts, "run_modal",
                        lambda dialog: MergeEventsDialog.DialogCode.Accepted)
    window.selection.select_many(["arrives", "visits"])
    assert window.merge_selected()
    merged = document.timeline.get("arrives")
    assert merged.title == VISITS.title and merged.category == "visit"
    assert "visits" not in document.timeline
    assert "in lane Visit" in window.statusBar().currentMessage()
    document.undo_stack.undo()
    assert document.timeline.get("arrives") == ARRIVES
    assert document.timeline.get("visits") == VISITS
