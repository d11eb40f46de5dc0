"""An article without a dateline or a year: the import asks for its date, then reads it.

New-user trial 8 pasted "... met in Beijing on May 3 and agreed to hold another round of
talks in September. The two sides last met in Tokyo in January." and was told "it has no
date expressions the reader understands"; the README says the dialog asks for the date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from timeline_app.core import FuzzyDate
from timeline_app.ui.import_article import ArticleDialog

TRIAL_8 = ("The foreign ministers of Japan and China met in Beijing on May 3 and agreed to "
           "hold another round of talks in September.\nThe two sides last met in Tokyo in January.")


def _extract(qtbot, prompts, answer: str | None,  # type: ignore[no-untyped-def]
             text: str = TRIAL_8) -> tuple[ArticleDialog, bool]:
    """The article (by default trial 8's) read in a shown dialog, ``answer`` typed when
    asked (None cancels; ``prompts``: the conftest's recorder): the dialog and whether it
    found events."""
    prompts.article_date = answer
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_text(text, "pasted text")
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)
    return dialog, blocker.args == [True]


def test_the_import_asks_for_the_date_and_reads_the_article_with_it(qtbot, recorded_prompts):
    dialog, found = _extract(qtbot, recorded_prompts, "4 May 2025")
    assert found
    ((question, proposed),) = recorded_prompts.article_date_questions
    assert "“May 3”" in question and "“September”" in question and "no dateline" in question
    assert proposed == FuzzyDate.of_day(dt.date.today()).describe()  # a day to edit
    result = dialog.extraction
    assert result is not None and result.dct == dt.date(2025, 5, 4)
    assert dialog.date_edit.text() == "4 May 2025"  # the date typed stays in its field
    assert {c.date.describe() for c in result.candidates} == {
        "3 May 2025", "September 2025", "January 2025"}


def test_cancelling_the_question_keeps_the_text_and_says_what_is_missing(qtbot,
                                                                        recorded_prompts):
    dialog, found = _extract(qtbot, recorded_prompts, None)  # cancelled
    assert not found
    assert len(recorded_prompts.article_date_questions) == 1
    why = dialog.error_label.text()
    assert "“May 3”" in why and "Type it above" in why
    assert "no date expressions" not in why
    assert dialog.text_edit.toPlainText() == TRIAL_8


def test_a_typed_answer_that_is_not_a_day_is_said_beside_the_text(qtbot, recorded_prompts):
    dialog, found = _extract(qtbot, recorded_prompts, "sometime")
    assert not found and recorded_prompts.article_date_questions
    assert "is not a day" in dialog.error_label.text()


def test_an_article_with_nothing_to_date_is_not_asked_about(qtbot, recorded_prompts):
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_text("The weather was fine and nobody met anybody.", "x.txt")
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
        dialog.extract_button.click()
    assert recorded_prompts.article_date_questions == []


SOME_FOUND = ("Japan and China signed a trade pact in 2019.\n"
              "The two sides will meet again next month in Tokyo.")


def test_a_future_relative_date_is_asked_about_when_other_events_were_found(
        qtbot, recorded_prompts):
    """Trial 8's last item: 'next month' with no article date was left out without a
    word because the 2019 pact was found; now the date is asked for all the same."""
    dialog, found = _extract(qtbot, recorded_prompts, "4 May 2025", SOME_FOUND)
    assert found
    ((question, _proposed),) = recorded_prompts.article_date_questions
    assert "“next month”" in question and "1 event was found without it" in question
    assert "Cancel reviews the event found" in question
    dates = {c.date.describe() for c in dialog.extraction.candidates}
    assert {"2019", "June 2025"} <= dates


def test_cancelling_it_reviews_the_events_found(qtbot, recorded_prompts):
    dialog, found = _extract(qtbot, recorded_prompts, None, SOME_FOUND)
    assert found and len(recorded_prompts.article_date_questions) == 1
    assert [c.date.describe() for c in dialog.extraction.candidates] == ["2019"]
    assert dialog.extraction.dct is None
