"""What ext15 left in verify14's article (session 14): a case brought before a court, a court
asked to rule, a venue told as "the same court", a body's name with "and" after its "for",
and a workshop.  Each rule is checked on text of my own, not on the article it was found
in."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.arguments import split_names
from timeline_app.extract.pipeline.titles import is_plural

LEAD = ("QUITO, May 4 (Reuters) - Ecuador and Colombia agreed on Monday to share the fishing "
        "grounds.\n\n")
DCT = dt.date(2026, 5, 4)


def _rows(text: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [(c.title, str(c.date), c.participants, c.location)
            for c in extract_events(text, dct=DCT).candidates]


def _row(text: str, word: str) -> tuple[str, str, tuple[str, ...], str]:
    found = [r for r in _rows(text) if word in r[0]]
    assert len(found) == 1, _rows(text)
    return found[0]


# -- 1. a case brought, a court asked ----------------------------------------------------

CASE = LEAD + ("Guyana had brought the case in 2018, and Venezuela had asked the tribunal to "
               "dismiss the claim in March 2019.")


def test_a_case_brought_before_a_court_is_an_event_of_its_year() -> None:
    assert _row(CASE, "brings") == ("Guyana brings case", "2018", ("Guyana",), "")


def test_a_court_asked_to_rule_is_titled_by_the_request() -> None:
    """(was "Venezuela: Claim"-like, or nothing: "asked the tribunal to dismiss" is a
    purpose, and the noun alone named no act)"""
    assert _row(CASE, "asks") == ("Venezuela asks tribunal to dismiss the claim",
                                  "March 2019", ("Venezuela",), "")


def test_bring_needs_a_case() -> None:
    text = LEAD + "The envoy brought the talks forward to March 2019."
    assert not [r for r in _rows(text) if "bring" in r[0].lower()]


# -- 2. "at the same court" --------------------------------------------------------------

def test_at_the_same_court_is_where_the_court_named_before_sits() -> None:
    text = LEAD + ("The deal follows a ruling by the Permanent Court of Arbitration in The Hague "
                   "on June 3, 2021.\n\nEcuador and Colombia settled their river dispute at the "
                   "same court in May 2015.")
    assert _row(text, "settle") == ("Ecuador and Colombia settle their river dispute in The Hague",
                                    "May 2015", ("Ecuador", "Colombia"), "The Hague")


def test_the_same_venue_needs_a_venue_named_before() -> None:
    text = LEAD + "Ecuador and Colombia settled their river dispute at the same court in May 2015."
    assert _row(text, "settle")[3] == ""


# -- 3. a body's name "X for Y and the Z", a workshop -------------------------------------

BODY = "Regional Commission for Southern Africa and the Indian Ocean"


def test_the_and_after_a_bodys_for_joins_one_name() -> None:
    assert split_names(BODY) == [BODY]
    assert split_names("Bank of Japan and Financial Services Agency") == [
        "Bank of Japan", "Financial Services Agency"]
    assert split_names("Chile and Peru") == ["Chile", "Peru"]
    assert not is_plural(BODY)
    assert is_plural("Chile and the Peruvian navy")


def test_a_body_with_for_and_said_it_would_hold_a_workshop() -> None:
    text = LEAD + (f"The {BODY}, which drafted the text, said it would hold a workshop for "
                   "customs officers in Maputo in early June.")
    assert _row(text, "workshop") == (f"{BODY} holds workshop in Maputo (scheduled)",
                                      "early June 2026", (BODY,), "Maputo")


def test_a_body_with_for_and_as_the_subject() -> None:
    text = LEAD + f"The {BODY} will hold a workshop for customs officers in Maputo in early June."
    assert _row(text, "workshop")[2] == (BODY,)


def test_a_body_with_for_and_before_which() -> None:
    text = LEAD + f"The {BODY}, which hosted talks in Maputo on April 2, said it was pleased."
    title, _date, who, _place = _row(text, "talks")
    assert who == (BODY,) and "hosts talks" in title  # (its "The" dropped, as elsewhere)


def test_a_name_too_long_for_a_headline_keeps_its_act() -> None:
    """The name up to its 'for' (the whole name is the participant), not a headline cut
    inside the name ("United Nations Regional Commission (scheduled)")."""
    name = "United Nations Regional Commission for Southern Africa and the Indian Ocean Islands"
    text = LEAD + (f"The {name}, which drafted the text, said it would hold a workshop for "
                   "customs officers in Maputo in early June.")
    assert _row(text, "workshop") == (
        "United Nations Regional Commission holds workshop in Maputo (scheduled)",
        "early June 2026", (name,), "Maputo")


def test_a_place_that_would_cut_the_headline_is_left_to_the_place_column() -> None:
    name = "United Nations Economic Commission for Southern Africa and the Sahel"
    text = LEAD + (f"The {name}, which drafted the text, said it would hold a workshop for "
                   "customs officers in Maputo in early June.")
    assert _row(text, "workshop") == (f"{name} holds workshop (scheduled)", "early June 2026",
                                      (name,), "Maputo")


def test_a_workshop_is_a_meeting() -> None:
    text = LEAD + "The Andean Commission will hold a workshop for customs officers in Cali on June 2."
    assert _row(text, "workshop") == ("Andean Commission holds workshop in Cali (scheduled)",
                                      "2 June 2026", ("Andean Commission",), "Cali")
