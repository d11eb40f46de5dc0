"""verify85 F10 and verify84 F9 (session 63, branch fix90): the import form said only
"2025 fits the rest of the article" for a dateline without a year, while the saved notes
held the reason (a weekday told with its date that fits 2025, not 2026); and a year taken
partly from the open timeline's dates ("2025 fits the article and the open timeline") did
not say whether the article alone gave it.  The form and the review's heading now give
the reason itself, quoting the words read, and a year the open timeline settled says the
timeline's date near it and what the article alone gives.  Articles written for these
tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract.dateline import read_dateline
from timeline_app.ui.import_article import ArticleDialog, review_heading, year_reason

DATED = ("Malta and Tunisia to sign fisheries accord\n\n"
         "VALLETTA, April 7 (Wire) -- Malta and Tunisia agreed on Monday to settle a dispute "
         "over fishing grounds south of Lampedusa, officials said.\n\n"
         "The two interior ministers will sign the accord in Tunis on Thursday, April 17, a "
         "spokesman said. Talks broke down in 2019.\n")
LEAD = ("Envoys meet over river dam\n\n"
        "KHARTOUM, June 12 (Wire) -- Envoys of Sudan and Egypt met on Thursday to discuss "
        "the river dam, diplomats said.\n")


def test_the_form_quotes_the_weekday_told_with_its_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(DATED, "wire.txt")
    assert dialog.date_edit.text() == "7 April 2025"
    assert dialog.date_hint.text() == (
        "From the dateline: it gives 7 April without a year; the article says "
        "“Thursday, April 17”, which fits 2025, not 2026")
    assert "Why 2025: the text names a weekday" in dialog.date_hint.toolTip()


def test_the_review_heading_gives_the_same_reason() -> None:
    basis = f"the dateline '7 April 2025', Valletta; year: {read_dateline(DATED).year_basis}"
    assert review_heading("Accord", "7 April 2025", basis) == (
        "“Accord” (7 April 2025; the dateline '7 April 2025', Valletta; the dateline has no "
        "year: the article says “Thursday, April 17”, which fits 2025, not 2026)")


def test_the_lead_s_weekday_is_quoted_with_the_year_it_fits() -> None:
    line = read_dateline(LEAD)
    assert line.year == 2025
    assert year_reason(line.year_basis, 2025) == (
        "the lead says “Thursday”, and 12 June is a Thursday in 2025")


def test_a_year_the_open_timeline_settled_says_so_and_what_the_article_alone_gives(qtbot) -> None:  # type: ignore[no-untyped-def]
    line = read_dateline(LEAD, timeline_days=(dt.date(2014, 6, 3),))
    assert line.year == 2014
    assert line.year_basis.endswith("; the article alone would give 2025")
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.timeline_days = (dt.date(2014, 6, 3),)
    dialog.set_text(LEAD, "wire.txt")
    assert dialog.date_edit.text() == "12 June 2014"
    assert dialog.date_hint.text() == (
        "From the dateline: it gives 12 June without a year; the lead says “Thursday”, and "
        "12 June 2014 is a Thursday, near 3 June 2014 in the open timeline; the article "
        "alone would give 2025; 12 June is a Thursday in 2025 too: check the year")
    agreeing = read_dateline(LEAD, timeline_days=(dt.date(2025, 6, 1),))
    assert agreeing.year == 2025
    assert year_reason(agreeing.year_basis, 2025).endswith(
        "near 1 June 2025 in the open timeline; the article alone gives 2025 too")


def test_a_reason_of_another_kind_keeps_the_short_sentence() -> None:
    assert year_reason("the text is from 2024 or later (the text mentions 'in 2023' as "
                       "past) and from 2024 or earlier (an article is not from the future)",
                       2024) == ""
