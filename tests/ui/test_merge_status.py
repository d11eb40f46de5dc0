"""Merge Selected Events and an event's status: when the merged events' dates disagree (the
"told otherwise" case: verify42's five outlets dating the Sudan truce talks differently),
the dialog offers "Disputed" and never sets it by itself; the status chosen is the merged
event's, in the merge's one undo step.  Each test fails before session 33."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app.core import Event, FuzzyDate, Source, Timeline
from timeline_app.ui import prompts
from timeline_app.ui.merge_events_dialog import MergeEventsDialog

TENTH, TWELFTH = FuzzyDate.of_day(dt.date(2026, 12, 10)), FuzzyDate.of_day(dt.date(2026, 12, 12))


def _events(status: str = "") -> list[Event]:
    return [Event("r", "Monitoring committee meets", TENTH, source_id="reuters"),
            Event("a", "Committee meeting", TWELFTH, source_id="afp", status=status)]


def _dialog(qtbot, events: list[Event]) -> MergeEventsDialog:  # type: ignore[no-untyped-def]
    dialog = MergeEventsDialog(events, None, lambda e: {"reuters": "Reuters",
                                                         "afp": "AFP"}[e.source_id or ""])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_disputed_is_offered_when_the_dates_differ_and_never_chosen_for_the_person(
        qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, _events())
    assert dialog.status_box.currentText() == "Not assessed"
    assert dialog.status_note.isVisible()
    assert dialog.status_note.text() == ("The dates told differ: choose Disputed if the "
                                         "outlets dispute the date (Alt+U, then D)")
    assert dialog.choices() == (0, 0, 0, "")
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("disputed"))
    assert not dialog.status_note.isVisible()  # said: nothing more to offer
    assert dialog.choices() == (0, 0, 0, "disputed")


def test_no_offer_when_the_dates_agree_and_the_first_status_given_is_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = _events("unconfirmed")
    events[1] = dataclasses.replace(events[1], date=TENTH)
    dialog = _dialog(qtbot, events)
    assert not dialog.status_note.isVisible() and dialog.status_note.text() == ""
    assert dialog.status_box.currentText() == "Unconfirmed"
    assert dialog.choices()[3] == "unconfirmed"


def test_the_status_chosen_is_the_merged_events_in_one_undo_step(
        qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import MainWindow

    sources = {"reuters": Source("reuters", "Talks", outlet="Reuters"),
               "afp": Source("afp", "Talks", outlet="AFP")}
    window = MainWindow(Timeline.from_events(_events(), sources=sources))
    qtbot.addWidget(window)

    def ask(parent, events, told_by=None):  # type: ignore[no-untyped-def]
        dialog = MergeEventsDialog(events, parent, told_by)
        qtbot.addWidget(dialog)
        assert "12 December 2026 by AFP" in dialog.date_note.text()
        dialog.status_box.setCurrentIndex(dialog.status_box.findData("disputed"))
        return dialog.choices()

    monkeypatch.setattr(prompts, "ask_merge_choices", ask)
    window.selection.select_many(["r", "a"])
    assert window.merge_selected()
    merged = window.document.timeline.get("r")
    assert merged.status == "disputed" and "a" not in window.document.timeline
    assert "told otherwise: 12 December 2026 by AFP" in merged.date_basis
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert [e.status for e in window.document.timeline] == ["", ""]


def test_file_merge_says_a_status_differs_and_which_it_keeps(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.merge_dialog import _changes_in_words, differences

    confirmed, disputed = _events("confirmed")[1], _events("disputed")[1]
    assert differences(confirmed, disputed) == ["status"]
    assert "keeps its status confirmed, not disputed" in _changes_in_words(confirmed,
                                                                             disputed)
    assert differences(confirmed, confirmed) == []


def test_copy_as_text_says_the_status_under_the_date() -> None:
    from timeline_app.ui.context_menu import event_as_text

    lines = event_as_text(_events("denied")[1]).splitlines()
    assert lines[:3] == ["Committee meeting", "12 December 2026 (day)", "Status: Denied"]
    assert "Status" not in event_as_text(_events()[1])
