"""Automatic mode reads an undated article as a history although it reads like news: the
import asks for its date rather than guess (verify43 F2: a Kosovo paper's "said today" and
"next week" were placed after the story's last date, "9 February" put in 2023, unasked)."""

from __future__ import annotations

import datetime as dt

from tests.ui.test_import_no_dateline import _extract as _read

KOHA = ("Kurti in Brussels: Serbia must sign, not only talk\n\n"
        "Prishtina, 2025. kovo 15. – Kosovo's acting Prime Minister Albin Kurti said today that "
        "Serbia has been avoiding its obligations and called on the European Union to lift "
        "the measures imposed on Kosovo in June 2023.\n\n"
        "Speaking after the certification of the results of the parliamentary elections of "
        "9 February, Kurti said the new government would continue the dialogue.\n\n"
        "The measures were introduced after the violence at the end of May 2023. Brussels "
        "partially eased them in the summer of 2024.\n\n"
        "Kurti will travel to Brussels next week for a meeting with Kaja Kallas.\n\n"
        "According to him, the attack in Banjska on 24 September 2023 showed that Serbia "
        "does not want peace.\n")


def _extract(qtbot, prompts, answer: str | None):  # type: ignore[no-untyped-def]
    """KOHA read in Automatic mode (the dialog's default), ``answer`` typed when asked."""
    return _read(qtbot, prompts, answer, KOHA)


def test_a_news_like_article_read_as_a_history_is_asked_its_date(qtbot, recorded_prompts):
    dialog, found = _extract(qtbot, recorded_prompts, "15 March 2025")
    assert found
    ((question, proposed),) = recorded_prompts.article_date_questions
    assert "reads like news" in question
    assert "“Prishtina, 2025. kovo 15. –”" in question and "“said today”" in question
    assert proposed == ""  # no day to offer: not today, preselected (F2's one Return)
    result = dialog.extraction
    assert result is not None and result.dct == dt.date(2025, 3, 15) and result.mode == "news"
    dates = {c.date.describe() for c in result.candidates}
    assert "9 February 2025" in dates and "9 February 2023" not in dates


def test_left_empty_the_article_is_read_as_a_history_after_all(qtbot, recorded_prompts):
    dialog, found = _extract(qtbot, recorded_prompts, None)
    assert found and len(recorded_prompts.article_date_questions) == 1
    assert "read it as a history" in recorded_prompts.article_date_questions[0][0]
    result = dialog.extraction
    assert result is not None and result.dct is None and result.mode == "narrative"


def test_news_mode_offers_no_day_under_a_dateline_it_cannot_read(qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    """verify43 F2, News mode: today was offered, preselected, under "Prishtina,
    15.03.2025 –"; one Return gave "9 February 2027 (scheduled)"."""
    from timeline_app.ui.import_article import ArticleDialog

    recorded_prompts.article_date = None
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_mode("news")
    dialog.set_text(KOHA, "pasted text")
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
        dialog.extract_button.click()
    ((question, proposed),) = recorded_prompts.article_date_questions
    assert proposed == ""
    assert "“Prishtina, 2025. kovo 15. –” looks like a dateline" in question
