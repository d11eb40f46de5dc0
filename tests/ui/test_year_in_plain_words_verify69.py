"""The article's year, when the dateline leaves it out, is said in one short sentence under
Article date and in the review's heading; the whole reason is kept in their tooltips
(verify69 F10: "the lead says 'Thursday' and 12 February is a Thursday in 2026 between
2024 (the text mentions 'in December 2023' as past) and 2026 (an article is not from the
future); the latest is 2026", three lines before the table).  Fails before session 53."""

from __future__ import annotations

from timeline_app.ui.import_article import ArticleDialog, heading_year_why, review_heading

ARTICLE = """Venezuela and Guyana agree to resume Essequibo talks in Brasilia

CARACAS, Feb 12 (Reuters) -- Venezuela and Guyana agreed on Thursday to resume talks over \
the disputed Essequibo region after their foreign ministers met in Brasilia.

The dispute flared in December 2023, when Venezuela held a referendum.
"""

REASON = ("the lead says 'Thursday' and 12 February is a Thursday in 2026 between 2024 (the "
          "text mentions 'in December 2023' as past) and 2026 (an article is not from the "
          "future); the latest is 2026")
BASIS = f"the dateline '12 February 2026', Caracas; year: {REASON}"


def test_the_import_dialog_says_the_year_in_one_short_sentence(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(ARTICLE)
    year = dialog.date_edit.text().rsplit(" ", 1)[-1]
    # (the reason itself, short, since session 63's fix90: verify85 F10)
    assert dialog.date_hint.text() == (f"From the dateline: it gives 12 February without a "
                                       f"year; the lead says “Thursday”, and 12 February is a "
                                       f"Thursday in {year}")
    assert f"Why {year}: the lead says &#x27;Thursday&#x27;" in dialog.date_hint.toolTip()
    assert dialog.date_hint.accessibleDescription().startswith(f"Why {year}: ")


def test_the_review_heading_is_short_and_its_tooltip_keeps_the_reason() -> None:
    heading = review_heading("Talks", "12 February 2026", BASIS)
    assert heading == ("“Talks” (12 February 2026; the dateline '12 February 2026', Caracas; "
                       "the dateline has no year: the lead says “Thursday”, and 12 February is "
                       "a Thursday in 2026)")
    assert heading_year_why(BASIS, "12 February 2026") == f"Why 2026: {REASON}"


def test_a_year_the_dateline_writes_is_said_as_before() -> None:
    basis = "the dateline '12 February 2026', Caracas; year: the dateline gives the year (2026)"
    assert review_heading("Talks", "12 February 2026", basis).endswith(
        "year: the dateline gives the year (2026))")
    assert heading_year_why(basis, "12 February 2026") == ""
