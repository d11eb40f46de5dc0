"""The question for an article's date reads on at most three lines, nothing cut
(new-user trial 8: six narrow lines, ext8-no-dateline-prompt.png)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from timeline_app.ui import prompts

PNG_DIR = Path("/work/coord/png")
QUESTIONS = [
    "The article has no dateline and gives no year: “May 3”, “September”, “January” need "
    "its date to be placed. When was it published? (Any day such as 4 May 2025; 'last "
    "month' and 'on Saturday' are dated from it too.)",
    "The article has no dateline: “next month” needs its date to be placed (1 event was "
    "found without it). When was it published? (Any day such as 4 May 2025. Cancel reviews "
    "the event found; what needs the date is left out.)",
    "Short question?",
]


@pytest.mark.parametrize("number", range(len(QUESTIONS)))
def test_the_question_reads_on_three_lines_at_most(qtbot, number):
    # the prompts module itself, not the recorder the tests put in its place
    dialog = prompts.article_date_dialog(None, QUESTIONS[number], "1 December 2026")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    label = next(lb for lb in dialog.findChildren(QLabel) if lb.text() == QUESTIONS[number])
    lines = label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing()
    assert lines <= 3.2, (lines, label.width())
    assert label.height() >= label.heightForWidth(label.width())  # nothing cut
    assert 380 <= dialog.width() <= 720
    if PNG_DIR.is_dir():
        dialog.grab().save(str(PNG_DIR / f"edit9-article-date-{number}.png"))
