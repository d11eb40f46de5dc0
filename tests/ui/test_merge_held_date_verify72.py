"""Merge Selected Events on a plan and its outcome (verify72 F11): "Lawmakers vote on the
new accord (scheduled)", 29 November, selected first, and "Congress approves the peace
accord", 30 November.  The dialog rightly chose the held title but kept the plan's date,
so the merged event was misdated (the vote held on the 30th "told otherwise").  The held
telling's title brings its date, and the note says so."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui.merge_events_dialog import MergeEventsDialog

PLAN = Event("plan", "Lawmakers vote on the new accord (scheduled)",
             FuzzyDate.of_day(dt.date(2016, 11, 29)), category="treaty")
HELD = Event("held", "Congress approves the peace accord",
             FuzzyDate.of_day(dt.date(2016, 11, 30)), category="treaty")


def test_the_held_title_brings_its_date_and_says_so(qtbot) -> None:
    dialog = MergeEventsDialog([PLAN, HELD])
    qtbot.addWidget(dialog)
    assert dialog.choices()[:2] == (1, 1)
    note = dialog.findChild(QLabel, "mergeTitleNote").text()
    assert "title 2 and its date are chosen" in note
    assert dialog.findChild(QLabel, "mergeDateNote").text().startswith(
        "Told otherwise: 29 November 2016")
    # the plan's day beside the day held is no dispute: Disputed is not offered
    assert dialog.findChild(QLabel, "mergeStatusNote").isHidden()
    dialog.title_box.setCurrentIndex(0)  # the plan's title: its date again
    assert dialog.choices()[:2] == (0, 0)
    dialog.title_box.setCurrentIndex(1)
    dialog.date_box.activated.emit(0)  # a date chosen by hand stays
    dialog.date_box.setCurrentIndex(0)
    dialog.title_box.setCurrentIndex(0)
    dialog.title_box.setCurrentIndex(1)
    assert dialog.choices()[:2] == (1, 0)
    assert "title 2 is chosen" in dialog.findChild(QLabel, "mergeTitleNote").text()


def test_a_coarser_held_date_keeps_the_plans_day(qtbot) -> None:
    month = Event("m", "Congress approves the peace accord",
                  FuzzyDate.of_month(2016, 11), category="treaty")
    dialog = MergeEventsDialog([PLAN, month])
    qtbot.addWidget(dialog)
    assert dialog.choices()[:2] == (1, 0)


def test_no_plan_first_no_date_moves(qtbot) -> None:
    dialog = MergeEventsDialog([HELD, PLAN])
    qtbot.addWidget(dialog)
    assert dialog.choices()[:2] == (0, 0)
