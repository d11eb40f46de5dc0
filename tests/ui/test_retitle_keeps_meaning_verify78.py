"""verify78 F6: retyping a title quietly changed the event's meaning or lane.

* A review row "Visit (scheduled)" retitled "Visa-free visits … may restart" lost its
  "(scheduled)", the only thing that kept it a plan: a past event in the print and the
  calendar.  A retyped title keeps the ending, and the line under the table says so;
  deleting only the ending drops it (as Mark as Held does).  The event editor the same.
* "Row 5 is now in “Treaty”" stayed under the table while rows 6, 2 and 11 were edited:
  it goes once another row is chosen or edited.
(The lane "peace treaty talks" told: ``tests/extract/test_title_kind_topic_verify78``.)"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

ARTICLE = ("ADDIS ABABA, Dec. 2 (AFP) -- Ethiopia imposed new export rules on coffee on "
           "Tuesday. The foreign ministers will meet in Cairo next week. Japan and Russia "
           "held talks in Moscow on Monday.")
TIMELINE = [Event("t1", "Nile accord signed", FuzzyDate.of_day(dt.date(2015, 3, 23)),
                  category="Treaty"),
            Event("t2", "Ministers meet in Cairo", FuzzyDate.of_day(dt.date(2020, 1, 5)),
                  category="Meeting"),
            Event("t3", "Dam filling begins", FuzzyDate.of_day(dt.date(2020, 7, 15)),
                  category="Policy")]


def _review(qtbot):  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(ARTICLE), True, None, TIMELINE)
    qtbot.addWidget(dialog)
    return dialog


def _retype(dialog, row: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """The Title cell typed over, as its editor saves it (its delegate)."""
    table = dialog.table
    delegate = table.itemDelegateForColumn(dialog.TITLE)
    editor = QLineEdit()
    editor.setText(text)
    delegate.setModelData(editor, table.model(), table.model().index(row, dialog.TITLE))


def _row(dialog, ending: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r, c in enumerate(dialog.extraction.candidates)
                if c.title.endswith(ending))


def test_a_plan_retitled_in_the_review_keeps_its_scheduled(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    row = _row(dialog, "(scheduled)")
    _retype(dialog, row, "Ministers to discuss the dam in Cairo")
    assert dialog.table.item(row, dialog.TITLE).text() == (
        "Ministers to discuss the dam in Cairo (scheduled)")
    assert f"Row {row + 1} keeps “(scheduled)”" in dialog.note_label.text()
    # only the ending deleted: the person's own choice, kept
    _retype(dialog, row, "Ministers to discuss the dam in Cairo")
    assert dialog.table.item(row, dialog.TITLE).text() == "Ministers to discuss the dam in Cairo"


def test_the_lane_note_goes_when_another_row_is_edited_or_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    policy = next(r for r, c in enumerate(dialog.extraction.candidates)
                  if c.category == "policy")
    dialog.set_cell(policy, "Title", "Ministers meet in Addis Ababa")
    assert f"Row {policy + 1} is now in “Meeting”" in dialog.note_label.text()
    other = (policy + 1) % len(dialog.extraction.candidates)
    dialog.table.setCurrentCell(policy, dialog.DATE)  # (its own row: kept)
    assert f"Row {policy + 1} is now in" in dialog.note_label.text()
    dialog.set_cell(other, "Place", "Geneva")
    assert "is now in" not in dialog.note_label.text()
    dialog.set_cell(policy, "Title", "Ethiopia imposes new export rules on coffee")
    dialog.set_cell(policy, "Title", "Ministers meet in Addis Ababa again")
    assert "is now in" in dialog.note_label.text() or "is back in" in dialog.note_label.text()
    dialog.table.setCurrentCell(other, dialog.DATE)
    assert "is now in" not in dialog.note_label.text()


def test_the_editor_keeps_a_plans_ending_too(qtbot, shown_editor) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import Timeline

    plan = Event("v", "Visit (scheduled)", FuzzyDate.of_year(2026), category="visit")
    dialog = shown_editor(Timeline.from_events([plan]), plan)
    dialog.title_edit.setFocus()
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Visa-free visits may restart")
    dialog.date_edit.setFocus()  # (the title field left)
    # (the plan's mark is the Planned box's since verify88 F1: it stays ticked)
    assert dialog.title_edit.text() == "Visa-free visits may restart"
    assert dialog.plan_check.isChecked()
    edited = dialog.edited_event()
    assert edited is not None and edited.title == "Visa-free visits may restart (scheduled)"
