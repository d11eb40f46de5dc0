"""An article's title is its headline, not a masthead, a letterhead or a date line (verify43
F3: Politika's story was titled "POLITIKA | Politics", the ministry's "Republic of Kosovo")."""

from __future__ import annotations

from timeline_app.extract import extract_events

LEAD = ("BELGRADE – President Aleksandar Vučić said on Wednesday that Serbia would not sign "
        "the agreement.\n")


def test_a_masthead_and_a_date_line_above_the_headline_are_no_title() -> None:
    text = ("POLITIKA | Politics\n\nVučić: Belgrade will not accept any agreement\n\n"
            f"02.12.2026. 21:15\n\n{LEAD}")
    assert extract_events(text).source.title == "Vučić: Belgrade will not accept any agreement"


def test_a_letterhead_and_the_dateline_are_no_title() -> None:
    text = ("Republic of Kosovo\nMinistry of Foreign Affairs and Diaspora\n\nPRESS RELEASE\n\n"
            "Prishtina, 27/02/2024\n\nMinister Gërvalla-Schwarz meets EU envoy\n\n"
            "Minister Donika Gërvalla-Schwarz received today in Prishtina the EU Special "
            "Representative Miroslav Lajčák.\n")
    assert extract_events(text).source.title == "Minister Gërvalla-Schwarz meets EU envoy"


def test_a_letterhead_alone_is_still_the_title() -> None:
    text = f"Ministry of Foreign Affairs of Singapore\n\n{LEAD}"
    assert extract_events(text).source.title == "Ministry of Foreign Affairs of Singapore"


def test_a_minister_s_two_line_letterhead_above_the_label_is_no_title() -> None:
    # verify57 F10: "Minister for Foreign Affairs / Senator the Hon Penny Wong / MEDIA RELEASE /
    # 1 July 2025 / Quad Foreign Ministers' Meeting in Washington" was titled "Minister for
    # Foreign Affairs"
    text = ("Minister for Trade\nSenator the Hon Don Farrell\n\nMEDIA RELEASE\n\n3 March 2026\n\n"
            "Trade Ministers' Meeting in Jakarta\n\nToday I met my ASEAN counterparts in "
            "Jakarta.\n")
    assert extract_events(text).source.title == "Trade Ministers' Meeting in Jakarta"


THINK_TANK = ("Commentary | Can the river treaty survive a dry decade?\n\n"
              "Mekong Policy Forum, 12 November 2025\n"
              "By Dr. Anan Chaiyasit, Senior Fellow\n\n"
              "A year after Thailand and Laos signed the water-sharing protocol on 3 November "
              "2024, the treaty looks sound on paper.\n")


def test_a_section_label_s_headline_is_the_title_and_the_byline_never_is() -> None:
    # verify61 F9: the think tank's byline titled the article, its publisher was its place
    source = extract_events(THINK_TANK).source
    assert source.title == "Can the river treaty survive a dry decade?"
    assert source.outlet == "Mekong Policy Forum"


def test_a_byline_under_a_masthead_is_no_title() -> None:
    text = ("Balkan Insight | Pristina, Belgrade\n\nBy Jane Roe\n\n"
            "Talks on the border crossing resume\n\n" + LEAD)
    assert extract_events(text).source.title == "Talks on the border crossing resume"
