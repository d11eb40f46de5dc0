"""An article that does not read as English is said so in the review, its rows unticked
(verify45 F18: a French AFP story gave "Sur un accord", 2015, ticked at 90 %, and nothing
said that only English is read)."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.extract.language import english_share, looks_english
from timeline_app.ui.import_article import ReviewDialog

FRENCH = (
    "LE CAIRE, 1er décembre 2026 (AFP) - L'Egypte a accusé lundi l'Ethiopie d'avoir lâché "
    "d'importants volumes d'eau depuis le grand barrage de la Renaissance, provoquant des "
    "inondations au Soudan, selon une lettre adressée au Conseil de sécurité des Nations "
    "unies. La Déclaration de principes signée à Khartoum le 23 mars 2015 n'a jamais débouché "
    "sur un accord contraignant, a rappelé le ministère égyptien des Affaires étrangères dans "
    "un communiqué, ajoutant que les négociations étaient au point mort depuis décembre 2023.")
ENGLISH = (
    "CAIRO, Dec 1 (Reuters) - Egypt accused Ethiopia on Monday of releasing large volumes of "
    "water from the Grand Ethiopian Renaissance Dam, causing floods in Sudan, in a letter to "
    "the United Nations Security Council. The Declaration of Principles signed in Khartoum on "
    "March 23, 2015 never led to a binding agreement, the Egyptian foreign ministry said in a "
    "statement, adding that the talks had stalled since December 2023.")


def test_french_does_not_read_as_english_and_english_does():
    assert not looks_english(FRENCH) and english_share(FRENCH)[0] < 0.07
    assert looks_english(ENGLISH) and english_share(ENGLISH)[0] > 0.2
    assert looks_english("Sur un accord")  # too short to judge


def test_the_review_of_a_french_article_says_so_and_ticks_nothing(qtbot):
    result = extract_events(FRENCH)
    review = ReviewDialog(result)
    qtbot.addWidget(review)
    assert "does not read as English" in review.intro.text()
    assert all(not review.is_checked(row) for row in range(review.table.rowCount()))
    english = ReviewDialog(extract_events(ENGLISH))
    qtbot.addWidget(english)
    assert "English" not in english.intro.text()
    assert any(english.is_checked(row) for row in range(english.table.rowCount()))
