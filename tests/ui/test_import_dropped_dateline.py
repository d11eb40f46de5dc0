"""A dropped article file keeps its dateline's place and outlet (verify44 F6).

A wire update dragged onto the window opened the import dialog with its date read from the
dateline but Place and Outlet empty, while the same text pasted, or opened with Open Text
File…, filled both: the dialog showed a dropped file through ``restore``, which set the
fields to the request's (none: a file's request carries no place or outlet) after the
dateline had filled them.  Its events then had no outlet ("Reported by", the merge dialog's
"— Caribbean Wire", the Article filter).
"""

from __future__ import annotations

from timeline_app.ui.import_article import ArticleDialog, ArticleRequest, read_article_request

WIRE = ("Venezuela and Guyana agree on joint border commission\n\n"
        "Bridgetown, December 3, 2026 (Caribbean Wire) — Venezuela and Guyana agreed on Thursday "
        "to set up a joint border commission, Barbados's prime minister said.")


def test_a_dropped_file_shows_its_datelines_place_and_outlet(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "03_update.txt"
    path.write_text(WIRE, encoding="utf-8")
    request = read_article_request(None, str(path))
    assert request is not None and request.place is None and request.outlet is None
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.restore(request, "")
    assert dialog.place_edit.text() == "Bridgetown"
    assert dialog.outlet_edit.text() == "Caribbean Wire"
    assert dialog.date_edit.text() == "3 December 2026"
    # as a paste of the same text fills them
    pasted = ArticleDialog()
    qtbot.addWidget(pasted)
    pasted.set_text(WIRE)
    assert (pasted.place_edit.text(), pasted.outlet_edit.text()) \
        == (dialog.place_edit.text(), dialog.outlet_edit.text())


def test_a_place_and_outlet_of_the_request_still_win(qtbot):  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.restore(ArticleRequest(WIRE, None, "Georgetown", "a.txt", outlet="Stabroek News"), "")
    assert dialog.place_edit.text() == "Georgetown"
    assert dialog.outlet_edit.text() == "Stabroek News"


def test_a_table_opened_as_an_article_is_said_to_be_one(tmp_path, recorded_prompts):  # type: ignore[no-untyped-def]
    """verify53 F14: a historian's spreadsheet opened with Import → Open Text File was
    read as an article (its header taken for a dateline, "Read a very long text?"), with
    no word of File → Open, which maps a table's columns.  Now it is named a CSV table
    and Cancel (the default) keeps it out; an article with commas is no table."""
    sheet = tmp_path / "treaties.csv"
    sheet.write_text("Date,End date,Event,Type,Place,Parties\n"
                     "24 October 1648,,Peace of Westphalia,Treaty,Münster,France; Sweden\n"
                     "9 June 1815,,Final Act of Vienna,Congress,Vienna,Austria; Prussia\n",
                     encoding="utf-8")
    assert read_article_request(None, str(sheet)) is None
    (question,) = recorded_prompts.read_as_article_questions
    assert question.startswith("“treaties.csv” is a CSV table, not an article: File → Open")
    recorded_prompts.read_timeline_file_as_article = True
    assert read_article_request(None, str(sheet)) is not None
    article = tmp_path / "wire.txt"
    article.write_text("Talks, again\n\nVienna, 9 June 1815 - The powers signed, at last.\n"
                       "Austria, Prussia and Russia agreed.\n", encoding="utf-8")
    assert read_article_request(None, str(article)) is not None
    assert len(recorded_prompts.read_as_article_questions) == 2
