"""verify89 F6 (ext158): the event editor refused "the week of 14 December 2026", words the
Events list itself writes for a week an article named.  It reads them as that week, some day
of it, as an article's week is."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Timeline, clock
from timeline_app.core.parse_date import parse_typed_date
from timeline_app.core.weeks import told_week, when_words
from timeline_app.ui.event_editor import EventEditor


def test_the_week_of_a_day_is_its_monday_to_its_sunday() -> None:
    for typed in ("the week of 14 December 2026", "week of 14 December 2026",
                  "some day in the week of 16 December 2026", "The week of 17 Dec 2026"):
        result = parse_typed_date(typed, True)
        assert (str(result.date), str(result.end)) == (
            "14 December 2026", "20 December 2026"), typed
    refused = parse_typed_date("the week of December 2026", True)
    assert refused.date is None and "goes with one day" in (refused.error or "")


def test_a_week_typed_in_the_editor_is_a_week(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 7))
    dialog = EventEditor(Timeline(title="Lorn talks"), None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Envoys meet in Pell")
    qtbot.keyClicks(dialog.date_edit, "the week of 16 December 2026")
    event = dialog.edited_event()
    assert event is not None and told_week(event), event.date_basis
    assert when_words(event, short=True) == "week of 14 December 2026"
