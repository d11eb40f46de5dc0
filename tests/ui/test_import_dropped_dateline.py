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
