"""verify89 F5 in the Import dialog: a wire dated days after the computer's date, of the open
timeline's story, is proposed its day (not six years back), and the note says it is after
today and near the timeline's date; a proposed year two years or more from every date of the
open timeline is said loudly (bold, in the notice colour), "…: check the year"."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_dateline_timeline_ahead_verify89 import (  # noqa: F401 - the fixture
    UPDATE,
    _fixed_today,
)
from timeline_app.ui.import_article import ArticleDialog, far_from_timeline

LEAD = ("Envoys meet over river dam\n\n"
        "KHARTOUM, June 12 (Wire) -- Envoys of Tarsa and Pell met on Thursday to discuss "
        "the river dam, diplomats said.\n")


def test_far_from_timeline_words() -> None:
    near = (dt.date(2026, 12, 4),)
    assert far_from_timeline(dt.date(2026, 12, 18), near) == ""
    assert far_from_timeline(dt.date(2026, 12, 18), ()) == ""
    assert far_from_timeline(dt.date(2020, 12, 18), near) == (
        "18 December 2020 is 6 years before 4 December 2026, the nearest date in the open "
        "timeline: check the year")
    assert far_from_timeline(dt.date(2025, 6, 12), (dt.date(2010, 3, 1),)).startswith(
        "12 June 2025 is 15 years after 1 March 2010")
    # (two years less a day apart: not far)
    assert far_from_timeline(dt.date(2026, 12, 4), (dt.date(2024, 12, 6),)) == ""


def test_a_wire_just_ahead_of_today_gets_the_timeline_s_year(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.timeline_days = (dt.date(2026, 12, 4),)
    dialog.set_text(UPDATE, "update.txt")
    assert dialog.date_edit.text() == "18 December 2026"
    hint = dialog.date_hint.text()
    assert hint.endswith("; 18 December 2026 is 11 days after today's date, near 4 December "
                         "2026 in the open timeline"), hint
    assert "bold" not in dialog.date_hint.styleSheet()


def test_a_year_far_from_the_timeline_is_said_loudly(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.timeline_days = (dt.date(2010, 3, 1),)
    dialog.set_text(LEAD, "wire.txt")
    proposed = dialog.date_edit.text()
    year = int(proposed.rsplit(" ", 1)[1])
    assert year >= 2012
    hint = dialog.date_hint.text()
    assert hint.endswith("1 March 2010, the nearest date in the open timeline: check the "
                         "year"), hint
    assert "font-weight: bold" in dialog.date_hint.styleSheet()
    # Near the timeline again (another text): quiet again.
    dialog.timeline_days = (dt.date(year, 6, 1),)
    dialog.set_text(LEAD.replace("river dam", "river weir"), "wire2.txt")
    assert "check the year" not in dialog.date_hint.text()
    assert dialog.date_hint.styleSheet() == ""
