"""verify72 F10: a past plan, "Lawmakers vote on new agreement (scheduled)" (29 Nov 2016),
stayed "(scheduled)" after a later article reported the vote held, and Edit → Set Status had
no way to say that a plan took place.  Edit → Mark as Held (also under Set Status and the
right-click Status) drops the plan's mark, one undo step."""

from __future__ import annotations

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.occurrence import held_title


@pytest.mark.parametrize(("title", "held"), [
    ("Lawmakers vote on new agreement (scheduled)", "Lawmakers vote on new agreement"),
    ("Follow-up meeting in Kingstown, postponed from 5 March (scheduled)",
     "Follow-up meeting in Kingstown, postponed from 5 March"),
    ("Talks (Scheduled) ", "Talks"),
    ("Lawmakers vote on new agreement", None),
    ("Fourth round (did not take place)", None),
    ("(scheduled)", None),
    ("Summit (scheduled) in Apia", None),  # (not its end: no plan's mark)
])
def test_a_plans_title_told_as_held(title, held) -> None:  # type: ignore[no-untyped-def]
    assert held_title(title) == held


def _timeline() -> Timeline:
    return Timeline.from_events([
        Event("vote", "Lawmakers vote on new agreement (scheduled)",
              FuzzyDate.of_ymd(2016, 11, 29), category="treaty"),
        Event("handover", "FARC fighters hand over their weapons (scheduled)",
              FuzzyDate.of_ymd(2017, 5, 23), category="milestones"),
        Event("signed", "Santos and Londono sign revised peace agreement",
              FuzzyDate.of_ymd(2016, 11, 24), category="treaty")], title="Colombia")


def test_mark_as_held_drops_the_plans_mark_as_one_undo_step(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(_timeline())
    qtbot.addWidget(window)
    document = window.document
    action = window.mark_held_action
    assert not action.isEnabled()  # nothing selected
    window.selection.select("signed")
    assert not action.isEnabled()  # no plan
    window.selection.select_many(["vote", "handover", "signed"], "signed")
    assert action.isEnabled()
    assert action in window.status_menu.actions()  # where verify72 looked for it
    action.trigger()
    titles = [document.timeline.get(i).title for i in ("vote", "handover", "signed")]
    assert titles == ["Lawmakers vote on new agreement",
                      "FARC fighters hand over their weapons",
                      "Santos and Londono sign revised peace agreement"]
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Mark 2 plans as held"
    assert window.statusBar().currentMessage().startswith("Marked 2 plans as held")
    assert not action.isEnabled()  # none is a plan now
    document.undo_stack.undo()
    assert document.timeline.get("vote").title.endswith("(scheduled)")
    assert action.isEnabled()
    # The right-click menu's, for one event
    window.selection.select("vote")
    menu = window.context_menu_for("vote")
    status = next(a.menu() for a in menu.actions() if a.text() == "Stat&us")
    next(a for a in status.actions() if a.text() == "Mark as &Held").trigger()
    assert document.undo_stack.undoText() == "Mark “Lawmakers vote on new agreement” as held"
    assert document.timeline.get("vote").title == "Lawmakers vote on new agreement"
    assert document.timeline.get("handover").title.endswith("(scheduled)")
    menu.deleteLater()


def test_mark_as_held_of_no_plan_says_so_and_changes_nothing(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(_timeline())
    qtbot.addWidget(window)
    window.selection.select("signed")
    assert not window.mark_selected_held()
    assert window.document.undo_stack.count() == 0
    assert "is a plan" in window.statusBar().currentMessage()
