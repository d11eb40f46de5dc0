"""verify41, F2: an encyclopedia article on Rome and Parthia (96 BC - AD 224) gave no event,
and the import dialog said "Its date is unknown: typing it lets 'last month' be dated" — a
date typed there cannot help: the reader leaves every date before AD 1 undated.  The dialog
now says so, names those dates and points to Edit → New Event…, whose Date field reads them."""

from __future__ import annotations

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import why_nothing

ROME_AND_PARTHIA = (
    "Relations between the Roman Republic and the Parthian Empire began in 96 BC, when the "
    "Roman general Sulla met the Parthian envoy Orobazus on the banks of the Euphrates. "
    "In 53 BC the triumvir Crassus invaded Mesopotamia and was defeated at the Battle of "
    "Carrhae. In 36 BC Mark Antony led a campaign into Media Atropatene. In 20 BC the "
    "Parthian king Phraates IV returned the standards captured at Carrhae.")


def test_an_article_of_bc_dates_is_told_why_and_what_to_do() -> None:
    result = extract_events(ROME_AND_PARTHIA)
    assert not result.candidates  # the reader's limit, which this message explains
    why = why_nothing(result)
    assert "before AD 1" in why
    assert "“96 BC”, “53 BC”, “36 BC” and 1 more" in why
    assert "New Event" in why
    assert "last month" not in why  # an article date would not help


def test_an_article_without_dates_still_asks_for_its_date() -> None:
    why = why_nothing(extract_events("The weather was fine and nobody met anybody."))
    assert "last month" in why and "before AD 1" not in why


def test_the_review_says_which_dates_before_ad_1_were_left_out(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ReviewDialog

    text = ROME_AND_PARTHIA + (" The Peace of Westphalia was signed in 1648 by France and "
                               "Sweden at Osnabrück.")
    result = extract_events(text)
    assert result.candidates  # 1648
    dialog = ReviewDialog(result, True)
    qtbot.addWidget(dialog)
    words = dialog.intro.text()
    assert "4 dates before AD 1 (“96 BC”, “53 BC”, “36 BC” and 1 more)" in words
    assert "New Event" in words
