"""A weekday told with its own date is evidence for that date's year, never the dateline's
weekday (verify83 F2: a year-less "…, Feb 14 (…) --" dateline whose lead named no day was
told "the lead says Tuesday: 14 February was a Tuesday in 2023: check the year", the Tuesday
being "opened on Tuesday, February 11" two paragraphs down, right for 2025).  Fails before
session 62 (branch fix87)."""

from __future__ import annotations

import datetime as _dt

from timeline_app.extract.dateline import _lead_weekday, read_dateline, weekday_words_read
from timeline_app.ui.import_article import ArticleDialog, weekday_elsewhere

ARTICLE = """ACCRA, Mar 7 (Coastline) -- Envoys from Velmora and Dastia met in Accra this week \
for a third round of talks chaired by a Ghanaian mediator, seeking to settle a quarrel over \
fishing waters off their coast.

The first round was held in Kumasi on February 2, when both teams agreed to free the crews \
of two seized trawlers. The third round opened on Tuesday, March 4, and lasted three days.

Late on Thursday, March 6, the two teams signed a joint note promising a halt to patrols \
in the disputed waters.

The mediator told reporters on Friday that the note was a real step forward.
"""

UP_TO = _dt.date(2026, 12, 7)


def test_a_weekday_with_its_own_date_is_not_the_lead_s_day() -> None:
    dateline = read_dateline(ARTICLE)
    assert dateline.date == _dt.date(2025, 3, 7)  # a Friday; 4 March 2025 a Tuesday
    assert _lead_weekday(ARTICLE, dateline.span) is None
    assert weekday_words_read(ARTICLE, dateline, "Tuesday") == ""  # only a dated Tuesday
    assert weekday_words_read(ARTICLE, dateline, "Friday") == (
        "told reporters on Friday that the note")


def test_no_year_warning_for_the_year_the_dated_weekdays_fit() -> None:
    dateline = read_dateline(ARTICLE)
    assert weekday_elsewhere(ARTICLE, dateline, UP_TO, dateline.date, filed_later=True) == ""
    assert weekday_elsewhere(ARTICLE, dateline, UP_TO, dateline.date) == ""


def test_a_year_the_dated_weekday_contradicts_is_questioned_with_its_words() -> None:
    dateline = read_dateline(ARTICLE)
    assert _dt.date(2023, 3, 7).weekday() == 1  # the Tuesday the old rule proposed
    assert weekday_elsewhere(ARTICLE, dateline, UP_TO, _dt.date(2023, 3, 7)) == (
        "the article says 'Tuesday, March 4' and 'Thursday, March 6', which fits 2025, "
        "not 2023")


def test_the_dialog_shows_no_false_warning_and_questions_a_wrong_typed_year(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(ARTICLE)
    assert dialog.date_edit.text() == "7 March 2025"
    assert "check the year" not in dialog.date_hint.text(), dialog.date_hint.text()
    dialog.date_edit.setText("7 March 2023")
    dialog._on_date_typed("7 March 2023")
    dialog._check_typed_date()
    hint = dialog.date_hint.text()
    assert hint == ("Your date is used; the article says 'Tuesday, March 4' and 'Thursday, "
                    "March 6', which fits 2025, not 2023: check the year."), hint
