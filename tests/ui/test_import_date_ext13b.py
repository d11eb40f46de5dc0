"""New-user trial 13, finding 1: for "VILNIUS, March 4 (AFP)" (a dateline with no year) the
import said "The article has no dateline" and offered the text file's day, 1 December 2026,
so every relative date came out nine months late.  The question now says what the dateline
gives, and offers its day: the last 4 March up to the file's day on the weekday the lead
tells, never a day the dateline contradicts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from timeline_app.core import FuzzyDate
from timeline_app.extract import dateline as dateline_module
from timeline_app.ui.import_article import ArticleDialog

NO_YEAR_WEDNESDAY = (
    "VILNIUS, March 4 (AFP) - The defence ministers of eight Nordic and Baltic countries signed "
    "an agreement on Wednesday to pool their air defence.\n\nThe ministers first discussed the "
    "idea last October. The joint cell opened in January 2027.")
"""The year cannot be read: no year fits both 2027 or later (a past 'January 2027') and 2026
or earlier (an article is not from the future)."""

NO_YEAR_NO_WEEKDAY = (
    "VILNIUS, March 4 (AFP) - The defence ministers of eight Nordic and Baltic countries signed "
    "an agreement to pool their air defence.\n\nThey first discussed the idea last October.")


@pytest.fixture(autouse=True)
def _trial_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dateline_module, "_today", lambda: dt.date(2026, 12, 1))


def _ask(qtbot, prompts, text: str, file_day: dt.date) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The question asked and the day proposed when ``text`` (opened from a file last
    changed on ``file_day``) is read with no date typed; the question is cancelled."""
    prompts.article_date = None
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_text(text, "vilnius.txt")
    dialog._file_day = file_day  # as _open_file sets it from the file's time
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
        qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)
    ((question, proposed),) = prompts.article_date_questions
    return question, proposed


def test_the_question_says_what_the_dateline_gives_and_offers_its_day(
        qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    question, proposed = _ask(qtbot, recorded_prompts, NO_YEAR_WEDNESDAY, dt.date(2026, 12, 1))
    assert question.startswith("The dateline gives 4 March but no year: "), question
    assert "no dateline" not in question and "gives no year" not in question
    # (bounds that cross are said as such, never "from 2027 to 2026": verify55 F4, ext73)
    assert ("Why the year is unknown: no year fits the text: 2027 or later (the text "
            "mentions 'in January 2027' as past), yet 2026 or earlier") in question, question
    assert "the last 4 March that is a Wednesday (the lead says 'Wednesday') up to the day the " \
           "text file was last changed (1 December 2026)" in question, question
    assert proposed == FuzzyDate.of_day(dt.date(2026, 3, 4)).describe()  # (old: 1 December 2026)


def test_the_day_offered_keeps_the_lead_s_weekday(qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    """Before 4 March 2026 the last 4 March on a Wednesday is 2020's (4 March 2025 was a
    Tuesday)."""
    _question, proposed = _ask(qtbot, recorded_prompts, NO_YEAR_WEDNESDAY, dt.date(2026, 3, 1))
    assert proposed == FuzzyDate.of_day(dt.date(2020, 3, 4)).describe()


def test_without_a_weekday_the_last_such_day_is_offered(qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    question, proposed = _ask(qtbot, recorded_prompts, NO_YEAR_NO_WEEKDAY, dt.date(2026, 12, 1))
    assert question.startswith("The dateline gives 4 March but no year")
    assert "the last 4 March up to the day the text file was last changed" in question
    assert proposed == FuzzyDate.of_day(dt.date(2026, 3, 4)).describe()


def test_trial_13_s_article_is_dated_by_its_dateline_and_not_asked_about(
        qtbot, recorded_prompts, monkeypatch):  # type: ignore[no-untyped-def]
    """With 'from January 2027' read as ahead (finding 2), 4 March is a Wednesday in 2026:
    the story's date, found without a question."""
    from pathlib import Path
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "extract"))
    from test_events_ext13b import VILNIUS  # (the trial's article, kept in one place)

    recorded_prompts.article_date = None
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_text(VILNIUS, "article2.txt")
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
        qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)
    assert recorded_prompts.article_date_questions == []
    assert dialog.extraction is not None and dialog.extraction.dct == dt.date(2026, 3, 4)
