"""Session 64's new-user trial asked that the editor start with Planned ticked for a row
the extractor marked "(scheduled)", not only for a date after today.  It does already, from
the title's ending (``core.plans.is_plan_title``), whatever the date: an older article's
plan dated before today too, and a date retyped does not take it away (it was no date's
suggestion).  A title typed in the future tense ("… to meet", "… will sign") is not read:
that is the extractor's reading of a sentence (``extract.timex``), not a rule of
``core.plans``, and a date after today ticks the box already."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Timeline, clock
from timeline_app.core.plans import is_plan
from timeline_app.ui.event_editor import EventEditor


def test_an_extracted_plan_starts_ticked_whatever_its_date(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 7))
    row = Event("r1", "Envoys of Lorn and Vesk to meet in Tarsa (scheduled)",
                FuzzyDate.of_ymd(2026, 3, 3))  # (an older article's plan)
    for options in ({"guess_category": True}, {}):  # a draft, and a copy or a split
        dialog = EventEditor(Timeline(title="Lorn talks"), row, **options)
        qtbot.addWidget(dialog)
        assert dialog.plan_check.isChecked()
        assert dialog.title_edit.text() == "Envoys of Lorn and Vesk to meet in Tarsa"
        dialog.date_edit.setText("4 March 2026")
        assert dialog.plan_check.isChecked() and is_plan(dialog.edited_event())
