"""Where the articles of a paste of several begin (verify46 F12).

153 pasted wires, each with its own dateline, were read as one article dated by the first
dateline.  ``article_starts`` finds the second and later articles: after separator lines,
and at a second dateline (from its headline); a single article, its footer under a rule
and its date line are one article.
"""

from __future__ import annotations

from timeline_app.extract.articles import article_starts, end_before

_BODY = ("Serbia and Kosovo on Friday agreed a step-by-step roadmap for setting up an "
         "association of Serb-majority municipalities in Kosovo, the European Union said, "
         "after nine hours of talks that diplomats described as the most productive in "
         "years. The two leaders are due to return to Brussels in January to review the "
         "text, and a working group will meet next month.\n")


def _wire(headline: str, dateline: str) -> str:
    return f"{headline}\n\n{dateline} - {_BODY}\n"


def test_one_wire_is_one_article() -> None:
    assert article_starts(_wire("Serbia, Kosovo agree roadmap",
                                "BRUSSELS, Nov 27, 2026 (AFP)")) == [0]


def test_wires_one_after_another_begin_at_their_headlines() -> None:
    first = _wire("Serbia, Kosovo agree roadmap", "BRUSSELS, Nov 27, 2026 (AFP)")
    second = _wire("Kosovo suspends closures", "PRISTINA, Nov 28, 2026 (AFP)")
    third = _wire("Belgrade reacts", "BELGRADE (Reuters)")
    text = first + second + third
    assert article_starts(text) == [0, len(first), len(first) + len(second)]


def test_separator_lines_part_articles_without_datelines() -> None:
    parts = ["=== ARTICLE 1 ===\n", "Analysis\n\n" + _BODY, "=== ARTICLE 2 ===\n",
             "Q&A\n\n" + _BODY]
    text = "".join(parts)
    assert article_starts(text) == [0, text.index("Q&A")]


def test_a_footer_under_a_rule_and_a_date_line_stay_with_the_article() -> None:
    text = ("Serbia, Kosovo agree roadmap\n\nPublished 27 November 2026\n\n"
            "BRUSSELS, Nov 27, 2026 (AFP) - " + _BODY + "\n-----\nReporting by Jane Doe; "
            "editing by John Roe\n###\nPress contacts: +32 2 000 00 00\n")
    assert article_starts(text) == [0]


def test_a_quoted_dateline_inside_the_first_lines_is_not_a_second_article() -> None:
    text = ("BRUSSELS, Nov 27, 2026 (AFP) - Talks.\nBRUSSELS, Nov 27, 2026 (AFP) - "
            + _BODY)
    assert article_starts(text) == [0]


def test_the_first_article_ends_before_the_separator_and_blank_lines() -> None:
    text = "One.\n\n=== ARTICLE 2 ===\n\nTwo."
    assert end_before(text, text.index("Two")) == len("One.\n")
    assert end_before("Two.", 0) == 0


def test_article_spans_leave_out_the_separators_the_first_one_too():
    from timeline_app.extract.articles import article_spans

    one = ("Serbia, Kosovo agree roadmap\n\nBRUSSELS, Nov 27, 2026 (AFP) - " + "word " * 50
           + "\n")
    two = ("Kosovo suspends closures\n\nPRISTINA, Nov 28, 2013 (AFP) - " + "word " * 50
           + "\n")
    text = f"=== ARTICLE 1 ===\n\n{one}\n=== ARTICLE 2 ===\n{two}"
    parts = [text[start:end] for start, end in article_spans(text)]
    assert parts == [one, two]
    assert article_spans("-----\n") == [(0, 6)]  # nothing but a rule: left whole


def test_a_web_page_s_date_line_and_city_colon_date_its_article_and_bylines_stay_below():
    """verify61 F23: a morning digest of an Indian daily's page ("Published: ..." and "NEW
    DELHI: ..."), an agency's wire and a wire with its byline was read as two articles: the
    agency's dateline after the page's text opened none (the page had no dateline of the
    patterns), and the third began at its byline, its headline left to the one before."""
    page = ("Ministers meet in Delhi to push border talks\n\nBy Our Special Correspondent\n"
            "Published: Tuesday, August 19, 2025\n\nNEW DELHI: " + _BODY + "\n")
    agency = ("Nepal, India hold talks on the boundary question\n\n"
              "KATHMANDU, Aug. 19 (Xinhua) -- " + _BODY + "\n")
    wire = ("Nepal, India resume direct flights\n\nBy Jane Roe and John Doe\n\n"
            "KATHMANDU, Oct 26 (Reuters) - " + _BODY + "\n")
    text = page + agency + wire
    assert article_starts(text) == [0, len(page), len(page) + len(agency)]


def test_a_page_s_date_line_under_its_headline_opens_an_article_after_another():
    wire = _wire("Serbia, Kosovo agree roadmap", "BRUSSELS, Nov 27, 2026 (AFP)")
    page = ("Kosovo suspends closures\n\nBy Our Correspondent\n"
            "Published: Friday, November 28, 2026\n\nPRISTINA: " + _BODY)
    assert article_starts(wire + page) == [0, len(wire)]


def test_an_update_line_in_an_article_s_text_opens_none():
    text = (_wire("Serbia, Kosovo agree roadmap", "BRUSSELS, Nov 27, 2026 (AFP)")
            + "The talks went on late.\nUpdated: November 27, 2026 22:15\n\n" + _BODY)
    assert article_starts(text) == [0]


def test_a_paragraph_opening_with_a_weekday_and_its_date_begins_no_article() -> None:
    """verify83 F1: "On Wednesday, March 26, the ..." in a follow-up's body was read as a
    second dateline (place "On Wednesday"): the review offered two articles, the second
    one's meeting was never read."""
    first = _wire("Serbia, Kosovo agree roadmap", "BRUSSELS, Nov 27, 2026 (AFP)")
    text = (first + "On Wednesday, November 25, the working group met for a third time in "
            "Mitrovica, where officials from both sides walked the proposed boundary of the "
            "association's first municipalities and agreed on the order of the next steps, "
            "a diplomat who attended said.\n\nLate on Tuesday, November 24, the mediators "
            "had circulated a new draft of the statute to both delegations.\n")
    assert article_starts(text) == [0]
