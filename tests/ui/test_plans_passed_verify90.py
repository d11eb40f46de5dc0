"""verify90 F7: a plan whose days have passed said "Planned: not yet held" twenty months
on.  Details says "Was planned for 11 April 2025; no report that it was held", a screen
reader hears the Events list's date cell as "was planned, 11 April 2025; no report that it
was held", and a plan with a day still to come keeps "not yet held".  Today is
``core.clock.today``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from timeline_app.core import Event, FuzzyDate, Timeline, clock
from timeline_app.core.plans import plan_passed, plan_words

TODAY = dt.date(2026, 12, 8)
PAST = Event("past", "Technical talks in Lorn (scheduled)", FuzzyDate.of_ymd(2025, 4, 11))
AHEAD = Event("ahead", "Envoys meet in Pell (scheduled)", FuzzyDate.of_ymd(2027, 3, 3))
# (a month that holds today: a day of it is still to come)
THIS_MONTH = Event("month", "Donors meet (scheduled)", FuzzyDate.of_month(2026, 12))
HELD = Event("held", "Envoys met in Pell", FuzzyDate.of_ymd(2025, 4, 11))


def test_plan_words_tell_a_passed_plan_from_one_ahead() -> None:
    today = TODAY.toordinal()
    assert plan_words(PAST, today) == (
        "was planned for 11 April 2025; no report that it was held")
    assert plan_words(AHEAD, today) == plan_words(THIS_MONTH, today) == "not yet held"
    assert plan_words(HELD, today) == ""
    assert plan_passed(PAST, today) and not plan_passed(THIS_MONTH, today)
    # the last day of the plan: still today, not passed; the day after, passed
    day = dt.date(2025, 4, 11).toordinal()
    assert not plan_passed(PAST, day) and plan_passed(PAST, day + 1)
    assert not plan_passed(HELD, today)


def test_the_details_pane_says_a_plan_passed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.detail_pane import event_html

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    text = event_html(PAST, None)
    assert "<b>Was planned</b> for 11 April 2025; no report that it was held" in text
    assert "not yet held" not in text
    assert "<b>Planned:</b> not yet held" in event_html(AHEAD, None)


def test_a_screen_reader_hears_a_passed_plan(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.document import Document
    from timeline_app.ui.event_list import EventTableModel

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    model = EventTableModel(Document(Timeline.from_events([PAST, AHEAD, HELD])))
    role = Qt.ItemDataRole.AccessibleTextRole
    words = {str(model.data(model.index(row, 1))): model.data(model.index(row, 0), role)
             for row in range(model.rowCount())}
    assert words == {
        PAST.title: "was planned, 11 April 2025; no report that it was held",
        AHEAD.title: "planned, 3 March 2027", HELD.title: None}


def test_the_plans_only_box_no_longer_says_still_to_come(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.document import Document
    from timeline_app.ui.filter_panel import FilterPanel
    from timeline_app.ui.find import FindState

    document = Document(Timeline.from_events([PAST, AHEAD]))
    panel = FilterPanel(document, FindState(document))
    qtbot.addWidget(panel)
    tip = panel.plans_check.toolTip()
    assert "still to come" not in tip and "passed" in tip
