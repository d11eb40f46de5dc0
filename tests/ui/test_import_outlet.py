"""Import Article has an Outlet field (verify37 F14).

A fact-checker comparing outlets could not record who published an article whose text
names no agency (Al Jazeera's "Doha, Qatar - Published 29 March 2026") or whose dateline
was not read (AFP's "İstanbul (AFP) – 27 March 2026 –"): Details then said "— from <headline>"
with no outlet beside the sentences read from it.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.ui.import_article import (
    ArticleDialog,
    article_request_of,
    run_extraction,
)

REUTERS = ("ISTANBUL, March 27 (Reuters) - Russian Foreign Minister Sergei Lavrov and "
           "Ukrainian Foreign Minister Dmytro Kuleba met in Istanbul on Tuesday.")
ALJAZEERA = ("Turkey's mediation: Russia and Ukraine talk again\n\nDoha, Qatar - Published 29 "
             "March 2026\n\nRussian and Ukrainian foreign ministers held talks in Istanbul "
             "earlier this month, officials said.")


def test_the_datelines_outlet_is_filled_in_and_kept(qtbot):  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(REUTERS, "reuters.txt")
    assert dialog.outlet_edit.text() == "Reuters"
    request = dialog.request()
    assert request is not None and request.outlet is None  # the extractor's own
    assert run_extraction(request).source.outlet == "Reuters"


def test_an_outlet_typed_is_the_articles(qtbot):  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(ALJAZEERA, "aljazeera.txt")
    assert dialog.outlet_edit.text() == ""
    qtbot.keyClicks(dialog.outlet_edit, "Al Jazeera")
    assert dialog.has_changes()
    request = dialog.request()
    assert request is not None and request.outlet == "Al Jazeera"
    result = run_extraction(request)
    assert result.dct == dt.date(2026, 3, 29)
    assert result.source.outlet == "Al Jazeera"
    # Back to Article shows it again
    again = ArticleDialog()
    qtbot.addWidget(again)
    again.restore(article_request_of(result), "")
    assert again.outlet_edit.text() == "Al Jazeera"


def test_a_press_release_signed_off_with_its_city_is_the_ministry_s(qtbot):  # type: ignore[no-untyped-def]
    """verify45 F8: the Ethiopian ministry's release, signed "Ministry of Foreign Affairs /
    Addis Ababa", pre-filled Outlet with "Addis Ababa" and was titled with its letterhead."""
    release = ("Federal Democratic Republic of Ethiopia\nMinistry of Foreign Affairs\n\n"
               "PRESS RELEASE\n\nEthiopia Reaffirms Its Commitment to the AU-Led Process\n\n"
               "Addis Ababa, 02.12.2026 – The Ministry of Foreign Affairs has taken note of "
               "the letter of 30 November 2026.\n\nMinistry of Foreign Affairs\nAddis Ababa\n")
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(release, "release.txt")
    assert dialog.outlet_edit.text() == "Ministry of Foreign Affairs of Ethiopia"
    assert dialog.place_edit.text() == "Addis Ababa"
    request = dialog.request()
    assert request is not None
    source = run_extraction(request).source
    assert (source.title, source.outlet) == ("Ethiopia Reaffirms Its Commitment to the AU-Led "
                                             "Process", "Ministry of Foreign Affairs of Ethiopia")
