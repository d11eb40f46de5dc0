"""verify88 F1: a plan typed by hand never looked or counted as planned.

* The event editor had no way to say "planned": a summit typed for June 2027 was drawn as
  held, left out of Filters → Plans only and not TENTATIVE in a calendar, unless its author
  knew to end the title with " (scheduled)".  The editor has a Planned box (Alt+Y, in the
  Tab chain) that holds that mark; the Title field shows the words without it; a new event
  (or the Article pane's draft) dated after today comes with the box ticked.
* Merging an article's "(scheduled)" row into a hand-made event kept the typed title and
  lost the plan: the typed title stays, marked as a plan.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from timeline_app.core import Event, FuzzyDate, Timeline, clock
from timeline_app.core.duplicates import merge_events
from timeline_app.core.plans import is_plan, plain_title, planned_title
from timeline_app.ui.event_editor import EventEditor

TODAY = dt.date(2026, 12, 7)


def _editor(qtbot, monkeypatch, event: Event | None = None,  # type: ignore[no-untyped-def]
            timeline: Timeline | None = None, **options) -> EventEditor:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    timeline = timeline if timeline is not None else Timeline(title="Lorn talks")
    dialog = EventEditor(timeline, event, **options)
    qtbot.addWidget(dialog)
    return dialog


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_planned_box_marks_a_new_event_as_a_plan(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _editor(qtbot, monkeypatch)
    qtbot.keyClicks(dialog.title_edit, "Presidents of Lorn and Vesk hold summit in Tarsa")
    qtbot.keyClicks(dialog.date_edit, "3 March 2026")
    assert not dialog.plan_check.isChecked()  # (a day before today: no suggestion)
    assert not is_plan(dialog.edited_event())
    # keyboard reachable: its mnemonic, and Tab from circa
    assert "&y" in dialog.plan_check.text().casefold()
    dialog.circa_check.setFocus()
    assert dialog.circa_check.nextInFocusChain() is dialog.plan_check or \
        QWidget.nextInFocusChain(dialog.circa_check) is dialog.plan_check
    qtbot.mouseClick(dialog.plan_check, Qt.MouseButton.LeftButton)
    event = dialog.edited_event()
    assert event.title == "Presidents of Lorn and Vesk hold summit in Tarsa (scheduled)"
    assert is_plan(event)


def test_a_date_after_today_suggests_planned_not_forces_it(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _editor(qtbot, monkeypatch)
    qtbot.keyClicks(dialog.title_edit, "Border experts resume work near Ostra")
    qtbot.keyClicks(dialog.date_edit, "spring 2027")
    assert dialog.plan_check.isChecked()
    assert "after today" in dialog.plan_check.toolTip()
    assert "after today" in dialog.plan_check.text().replace("&", "")  # (said, not only ticked)
    assert dialog.edited_event().title.endswith(" (scheduled)")
    _type(qtbot, dialog.date_edit, "spring 2025")  # moved back: the suggestion goes
    assert not dialog.plan_check.isChecked()
    _type(qtbot, dialog.date_edit, "spring 2027")
    assert dialog.plan_check.isChecked()
    qtbot.mouseClick(dialog.plan_check, Qt.MouseButton.LeftButton)  # the person's choice
    assert "after today" not in dialog.plan_check.text().replace("&", "")
    _type(qtbot, dialog.date_edit, "summer 2027")
    assert not dialog.plan_check.isChecked()
    assert not is_plan(dialog.edited_event())


def test_the_article_pane_s_draft_dated_after_today_is_a_plan(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # (the Article pane opens the editor on a draft not in the timeline, its date picked)
    draft = Event("draft1", "Ferry terminal opens in Pell", FuzzyDate.of_year(2027))
    # (``MainWindow``'s Article pane path: ``guess_category``, a draft not in the timeline)
    dialog = _editor(qtbot, monkeypatch, draft, guess_category=True)
    assert dialog.plan_check.isChecked()
    assert is_plan(dialog.edited_event())
    # a copy (Edit → Duplicate) keeps its original's standing
    copy = _editor(qtbot, monkeypatch, draft)
    assert not copy.plan_check.isChecked()


def test_editing_a_plan_shows_the_box_and_unticking_makes_it_held(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    plan = Event("p1", "Ministers meet in Tarsa (scheduled)", FuzzyDate.of_ymd(2027, 6, 15))
    timeline = Timeline.from_events([plan], "Lorn talks")
    dialog = _editor(qtbot, monkeypatch, plan, timeline)
    assert dialog.title_edit.text() == "Ministers meet in Tarsa"
    assert dialog.plan_check.isChecked()
    assert not dialog.has_changes()
    # a title typed over keeps the plan (verify78 F6), now seen in the box
    _type(qtbot, dialog.title_edit, "Foreign ministers of Lorn and Vesk meet in Tarsa")
    dialog.title_edit.editingFinished.emit()
    assert dialog.edited_event().title == (
        "Foreign ministers of Lorn and Vesk meet in Tarsa (scheduled)")
    qtbot.mouseClick(dialog.plan_check, Qt.MouseButton.LeftButton)
    assert dialog.edited_event().title == "Foreign ministers of Lorn and Vesk meet in Tarsa"
    # a held event edited far ahead is not ticked for it (no suggestion in an edit)
    held = Event("h1", "Ministers meet in Pell", FuzzyDate.of_ymd(2026, 1, 5))
    timeline.add(held)
    other = _editor(qtbot, monkeypatch, held, timeline)
    _type(qtbot, other.date_edit, "5 January 2028")
    assert not other.plan_check.isChecked()


def test_a_typed_scheduled_ending_moves_into_the_box(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _editor(qtbot, monkeypatch)
    qtbot.keyClicks(dialog.title_edit, "Envoys meet in Pell (scheduled)")
    dialog.title_edit.editingFinished.emit()
    assert dialog.title_edit.text() == "Envoys meet in Pell"
    assert dialog.plan_check.isChecked()
    # an ending of the person's own replaces the mark (verify79 F6)
    _type(qtbot, dialog.title_edit, "Envoys meet in Pell (announced)")
    dialog.title_edit.editingFinished.emit()
    assert not dialog.plan_check.isChecked()
    qtbot.keyClicks(dialog.date_edit, "2 May 2027")
    assert dialog.edited_event().title == "Envoys meet in Pell (announced)"


def test_a_form_kept_after_a_crash_keeps_the_plan(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _editor(qtbot, monkeypatch)
    qtbot.keyClicks(dialog.title_edit, "Envoys meet in Pell")
    qtbot.mouseClick(dialog.plan_check, Qt.MouseButton.LeftButton)
    state = dialog.kept_form("Lorn talks")
    assert state.title == "Envoys meet in Pell (scheduled)"
    again = _editor(qtbot, monkeypatch)
    again.restore_form(state)
    assert again.title_edit.text() == "Envoys meet in Pell" and again.plan_check.isChecked()


def test_plan_titles() -> None:
    assert planned_title("Summit in Tarsa", True) == "Summit in Tarsa (scheduled)"
    assert planned_title("Summit in Tarsa (scheduled)", True) == "Summit in Tarsa (scheduled)"
    assert planned_title("Summit in Tarsa (Scheduled) ", False) == "Summit in Tarsa"
    assert plain_title("Summit in Tarsa") == "Summit in Tarsa"
    assert planned_title("", True) == ""


def test_merging_an_article_s_plan_into_a_typed_event_makes_it_a_plan(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    typed = Event("hand1", "Presidents of Lorn and Vesk to hold summit in Tarsa",
                  FuzzyDate.of_ymd(2027, 6, 15), date_basis="entered by hand")
    row = Event("row1", "Lorn and Vesk meet (scheduled)", FuzzyDate.of_month(2027, 6))
    merged = merge_events(typed, row, keep_title=True)
    assert merged.title == "Presidents of Lorn and Vesk to hold summit in Tarsa (scheduled)"
    from timeline_app.core.duplicates import merge_changes

    # (the review's line says it before the merge)
    assert ("title: “Presidents of Lorn and Vesk to hold summit in Tarsa” → “Presidents of "
            "Lorn and Vesk to hold summit in Tarsa (scheduled)”") in merge_changes(
                typed, row, keep_title=True)
    # an event already over is no plan, whatever an older article said of it
    past = Event("hand2", "Presidents of Lorn and Vesk hold summit in Tarsa",
                 FuzzyDate.of_ymd(2022, 6, 15), date_basis="entered by hand")
    old_row = Event("row2", "Lorn and Vesk meet (scheduled)", FuzzyDate.of_month(2022, 6))
    assert merge_events(past, old_row, keep_title=True).title == past.title
    # a typed standing of the person's own stays as typed
    own = Event("hand3", "Summit in Tarsa (announced)", FuzzyDate.of_ymd(2027, 6, 15))
    assert merge_events(own, row, keep_title=True).title == own.title


def test_an_event_typed_in_new_event_becomes_the_plan_merged_into_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # (New Event notes no title as typed by hand; the event has no source sentence)
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    typed = Event("hand1", "Presidents of Lorn and Vesk to hold summit in Tarsa",
                  FuzzyDate.of_ymd(2027, 6, 15), date_basis="entered by hand")
    row = Event("row1", "Lorn and Vesk meet (scheduled)", FuzzyDate.of_month(2027, 6))
    assert merge_events(typed, row).title == (
        "Presidents of Lorn and Vesk to hold summit in Tarsa (scheduled)")


def test_mark_as_planned_beside_mark_as_held(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import MainWindow

    timeline = Timeline.from_events([
        Event("summit", "Presidents hold summit in Tarsa", FuzzyDate.of_ymd(2027, 6, 15)),
        Event("plan", "Envoys meet in Pell (scheduled)", FuzzyDate.of_ymd(2027, 2, 1)),
        Event("own", "Ferry opens (announced)", FuzzyDate.of_ymd(2027, 4, 1))],
        title="Lorn talks")
    window = MainWindow(timeline)
    qtbot.addWidget(window)
    action = window.mark_planned_action
    assert not action.isEnabled()  # nothing selected
    assert action in window.status_menu.actions()
    window.selection.select("plan")
    assert not action.isEnabled()  # a plan already
    window.selection.select_many(["summit", "plan", "own"], "summit")
    assert action.isEnabled()
    action.trigger()
    document = window.document
    assert [document.timeline.get(i).title for i in ("summit", "plan", "own")] == [
        "Presidents hold summit in Tarsa (scheduled)", "Envoys meet in Pell (scheduled)",
        "Ferry opens (announced)"]
    assert document.undo_stack.undoText() == "Mark “Presidents hold summit in Tarsa” as planned"
    assert window.statusBar().currentMessage().startswith("Marked 1 event as planned")
    document.undo_stack.undo()
    assert document.timeline.get("summit").title == "Presidents hold summit in Tarsa"


def test_the_details_pane_says_planned(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.detail_pane import event_html

    monkeypatch.setattr(clock, "today", lambda: TODAY)  # (a plan ahead: verify90 F7)
    plan = Event("p", "Envoys meet in Pell (scheduled)", FuzzyDate.of_ymd(2027, 2, 1))
    assert "<b>Planned:</b> not yet held" in event_html(plan, None)
    held = Event("h", "Envoys meet in Pell", FuzzyDate.of_ymd(2026, 2, 1))
    assert "Planned" not in event_html(held, None)
