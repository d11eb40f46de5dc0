"""A second article pasted over the first in the open import dialog takes its own dateline's
place and outlet (edit32's grabs, session 35: the Place field kept "Prishtina" after another
article replaced the text).  The date already followed the new dateline; the place and the
outlet stayed the first article's, and the second article's events were credited to the first
article's agency and placed in its city.  A place or an outlet the person typed stays."""

from __future__ import annotations

from timeline_app.ui.import_article import ArticleDialog

WIRE = ("Bridgetown, December 3, 2026 (Caribbean Wire) — Venezuela and Guyana agreed on Thursday "
        "to set up a joint border commission.")
REUTERS = ("ISTANBUL, March 27 (Reuters) - Russian Foreign Minister Sergei Lavrov and Ukrainian "
           "Foreign Minister Dmytro Kuleba met in Istanbul on Tuesday.")
NO_DATELINE = "Russian and Ukrainian foreign ministers held talks in Istanbul earlier this month."


def _paste_over(dialog: ArticleDialog, text: str) -> None:
    dialog.text_edit.selectAll()
    dialog.text_edit.insertPlainText(text)
    dialog.read_dateline_now()


def test_a_second_article_takes_its_own_place_and_outlet(qtbot):  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(WIRE)
    assert (dialog.place_edit.text(), dialog.outlet_edit.text()) == ("Bridgetown", "Caribbean Wire")
    _paste_over(dialog, REUTERS)
    assert (dialog.place_edit.text(), dialog.outlet_edit.text()) == ("Istanbul", "Reuters")
    # an article without a dateline: the first one's place and outlet go too
    _paste_over(dialog, NO_DATELINE)
    assert (dialog.place_edit.text(), dialog.outlet_edit.text()) == ("", "")


def test_a_typed_place_and_outlet_stay(qtbot):  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(WIRE)
    dialog.place_edit.setText("Georgetown")
    dialog.outlet_edit.setText("Stabroek News")
    _paste_over(dialog, REUTERS)
    assert (dialog.place_edit.text(), dialog.outlet_edit.text()) == ("Georgetown", "Stabroek News")


def test_deleting_the_text_takes_its_place_and_outlet_but_not_typed_ones(qtbot):  # type: ignore[no-untyped-def]
    """The text deleted, the dateline's place and outlet stayed in their fields (session 37,
    fix76's note: 'Talks' stayed the outlet after the text was cleared), to be credited to
    the next article pasted without a dateline."""
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(WIRE)
    _paste_over(dialog, "")
    assert (dialog.place_edit.text(), dialog.outlet_edit.text()) == ("", "")
    dialog.set_text(WIRE)
    dialog.outlet_edit.setText("Stabroek News")
    _paste_over(dialog, "  \n")
    assert (dialog.place_edit.text(), dialog.outlet_edit.text()) == ("", "Stabroek News")
