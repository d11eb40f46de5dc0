"""verify73: a title typed or merged tells the rest of the event.

F10: New Event opened with a Meeting selected kept "Ethiopia denies agreeing to binding
water release" in Meeting: the selected event's lane was taken as the person's choice,
and "denies" (an event verb's form, not a listed trigger word) told no kind.

F6: a row of the import review retitled "Ministers meet in Addis Ababa (scheduled)" stayed
in Policy until "Meeting" was typed into its Category box.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from test_new_event_category_guess_verify71 import _new_event  # (Ctrl+E, scripted)

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.extract.title_kind import title_kind
from timeline_app.ui.import_article import ReviewDialog


def test_a_title_tells_its_kind_by_the_forms_of_the_event_verbs() -> None:
    assert title_kind("Ethiopia denies agreeing to binding water release") == "statement"
    assert title_kind("Negotiators agree draft on drought rules in Khartoum") == "treaty"
    # a verb's -s or base form that is a common noun too counts not ("rules", "break")
    assert title_kind("Drought rules") == ""
    assert title_kind("Leaders break for lunch") == ""
    # (but talks that break down are the breakdown's, a dispute: verify75 F8)
    assert title_kind("Negotiations break down") == "dispute"
    assert title_kind("Budget") == ""


def test_new_event_from_a_selected_meeting_follows_the_title(window, qtbot, recorded_prompts):
    window.selection.select("munich-meeting")

    def script(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.title_edit, "Ethiopia denies agreeing to binding water release")
        qtbot.keyClicks(dialog.date_edit, "3 December 2026")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    _new_event(window, qtbot, recorded_prompts, script)
    event = window.document.timeline.get(window.selection.event_id)
    assert event.title.startswith("Ethiopia denies")
    assert event.category == "statement"


def test_a_category_picked_after_selecting_stays(window, qtbot, recorded_prompts):
    window.selection.select("munich-meeting")

    def script(dialog):  # type: ignore[no-untyped-def]
        combo = dialog.category_combo
        index = combo.findData("dispute")
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        qtbot.keyClicks(dialog.title_edit, "Ethiopia denies agreeing to binding water release")
        qtbot.keyClicks(dialog.date_edit, "3 December 2026")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    _new_event(window, qtbot, recorded_prompts, script)
    assert window.document.timeline.get(window.selection.event_id).category == "dispute"


# -- F6: a row's title retyped in the import review moves its lane ----------------------------

ARTICLE = ("ADDIS ABABA, Dec. 2 (AFP) -- Ethiopia imposed new export rules on coffee on "
           "Tuesday. The foreign ministers signed a water accord in Khartoum on Monday.")
# (the timeline's lanes spell the kinds with capitals: a row proposes them as spelled)
TIMELINE = [Event("t1", "Nile accord signed", FuzzyDate.of_day(dt.date(2015, 3, 23)),
                  category="Treaty"),
            Event("t2", "Ministers meet in Cairo", FuzzyDate.of_day(dt.date(2020, 1, 5)),
                  category="Meeting"),
            Event("t3", "Dam filling begins", FuzzyDate.of_day(dt.date(2020, 7, 15)),
                  category="Policy")]


def _review(qtbot):  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(ARTICLE), True, None, TIMELINE)
    qtbot.addWidget(dialog)
    kinds = [c.category for c in dialog.extraction.candidates]
    return dialog, kinds.index("policy"), kinds.index("treaty")


def test_a_retyped_title_moves_the_rows_lane_until_one_is_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, row, _treaty = _review(qtbot)
    proposed = dialog._row_category(row)
    assert proposed.casefold() == "policy"
    dialog.set_cell(row, "Title", "Ministers meet in Addis Ababa (scheduled)")
    assert dialog._row_category(row).casefold() == "meeting"
    assert (f"Row {row + 1} is now in “Meeting”, the lane its title tells"
            in dialog.note_label.text())
    assert dialog.follow_button.isHidden()  # (no lane chosen: nothing to spread)
    assert row not in dialog._lanes_hand
    assert {e.title: e.category for e in dialog.outcome().events}[
        "Ministers meet in Addis Ababa (scheduled)"].casefold() == "meeting"
    # a title that tells no kind, or the extractor's title again: the lane proposed
    dialog.set_cell(row, "Title", "Coffee")
    assert dialog._row_category(row) == proposed
    dialog.set_cell(row, "Title", "Ministers meet in Addis Ababa (scheduled)")
    dialog.set_cell(row, "Title", dialog.extraction.candidates[row].title)
    assert dialog._row_category(row) == proposed


def test_a_lane_chosen_by_hand_stays_whatever_the_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, row, treaty = _review(qtbot)
    dialog.set_cell(row, "Category", "Treaty")
    dialog.set_cell(row, "Title", "Ministers meet in Addis Ababa (scheduled)")
    assert dialog._row_category(row).casefold() == "treaty"
    # another row's title follows as before, the first's choice untouched
    dialog.set_cell(treaty, "Title", "Ethiopia imposes water export rules")
    assert dialog._row_category(treaty).casefold() == "policy"
    assert dialog._row_category(row).casefold() == "treaty"


# -- F12: the editor shows no source sentence as the event's Summary ---------------------------

PLAN_SENTENCE = ("The ministers agreed to hold technical talks on drought rules in Khartoum on "
                 "Tuesday, and to meet again in Addis Ababa on December 10 to review a draft.")


def _imported(summary: str) -> Event:
    from timeline_app.core import Evidence

    return Event("e1", "Technical talks in Khartoum", FuzzyDate.of_day(dt.date(2026, 12, 1)),
                 category="meeting", summary=summary, source_id="art1",
                 evidence=(Evidence(PLAN_SENTENCE, 0, len(PLAN_SENTENCE)),))


def test_the_editor_shows_a_source_sentence_as_no_summary(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import Timeline
    from timeline_app.ui.event_editor import EventEditor

    event = _imported(PLAN_SENTENCE)
    dialog = EventEditor(Timeline.from_events([event]), event)
    qtbot.addWidget(dialog)
    assert dialog.summary_edit.toPlainText() == ""
    assert "None of its own" in dialog.summary_edit.placeholderText()
    assert dialog.summary() == PLAN_SENTENCE  # (untouched: kept as it was)
    dialog.title_edit.setText("Negotiators agree draft on drought rules in Khartoum")
    assert dialog.summary() == PLAN_SENTENCE
    qtbot.keyClicks(dialog.summary_edit, "A draft on drought rules agreed.")
    assert dialog.summary() == "A draft on drought rules agreed."
    # words of the person's own beside the sentence: those alone are shown
    noted = _imported(f"Desk note.\n\n{PLAN_SENTENCE}")
    dialog = EventEditor(Timeline.from_events([noted]), noted)
    qtbot.addWidget(dialog)
    assert dialog.summary_edit.toPlainText() == "Desk note."
    assert dialog.summary() == f"Desk note.\n\n{PLAN_SENTENCE}"


def test_a_sentence_no_longer_cited_is_shown_as_the_summary_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import Timeline
    from timeline_app.ui.event_editor import EventEditor

    event = _imported(PLAN_SENTENCE)
    dialog = EventEditor(Timeline.from_events([event]), event)
    qtbot.addWidget(dialog)
    dialog.detach_source()  # (kept, it is the event's summary in Details: shown here too)
    assert dialog.summary_edit.toPlainText() == PLAN_SENTENCE
    assert dialog.summary() == PLAN_SENTENCE


def test_a_review_reopened_after_a_crash_knows_which_lanes_were_chosen(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.io import review_recovery
    from timeline_app.io.review_recovery import ReviewArticle, new_state

    dialog, row, treaty = _review(qtbot)
    proposed = dialog._row_category(row)
    dialog.set_cell(row, "Title", "Ministers meet in Addis Ababa (scheduled)")  # followed
    assert "back in" not in dialog.note_label.text()
    dialog.set_cell(treaty, "Category", "Policy")  # chosen
    state = new_state("Nile", ReviewArticle(ARTICLE, "a3.txt", "2026-12-02", False, None, None,
                                            "auto"), dialog.as_read, dialog.review_rows())
    kept = review_recovery.read_review(review_recovery.write_review(tmp_path, state))
    again, _row, _treaty = _review(qtbot)
    again.apply_review(kept)
    assert again._row_category(row).casefold() == "meeting"
    assert again._row_category(treaty).casefold() == "policy"
    again.set_cell(treaty, "Title", "Ministers meet in Khartoum")  # chosen: stays
    assert again._row_category(treaty).casefold() == "policy"
    again.set_cell(row, "Title", again.extraction.candidates[row].title)  # followed: back
    assert again._row_category(row) == proposed
    assert f"Row {row + 1} is back in “Policy”, the lane proposed for it" in (
        again.note_label.text())
