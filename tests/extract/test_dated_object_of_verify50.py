"""verify50 F4: "The E3 triggered the so-called snapback mechanism of the 2015 nuclear deal
on Aug. 28, 2025, ..." gave no row of 28 August 2025 and a row "E3 reaches nuclear deal"
(2015): the date after "the 2015 nuclear deal" went to no one (the deal has its own year),
and the deal took the sentence's subject.  The date is the verb's whose object the deal's
phrase is "of", and a text dated inside its own phrase is not done by the subject."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DCT = dt.date(2026, 12, 3)


def _rows(sentence: str) -> list[tuple[str, str]]:
    result = extract_events("VIENNA, Dec 3, 2026 (Reuters) - " + sentence, DCT)
    return [(c.date.describe(), c.title) for c in result.candidates]


def test_the_snapback_is_dated_and_the_deal_is_not_the_e3s() -> None:
    rows = _rows("The E3 triggered the so-called snapback mechanism of the 2015 nuclear deal "
                 "on Aug. 28, 2025, and U.N. sanctions were reimposed on Sept. 28, 2025.")
    dates = dict(rows)
    assert dates["28 August 2025"].startswith("E3 triggers")
    assert "snapback" in dates["28 August 2025"]
    assert "28 September 2025" in dates
    assert not any(title.startswith("E3 reach") for _date, title in rows), rows


def test_a_verb_right_before_a_dated_object_still_takes_the_date() -> None:
    rows = _rows("Washington left the 2015 accord in May 2018.")
    assert ("May 2018", "Washington leaves accord") in rows


def test_a_vote_to_keep_something_suspended_keeps_the_state() -> None:
    """verify50 F6: "the Majlis voted to keep cooperation with the IAEA suspended" was
    titled "Majlis votes to keep cooperation", the opposite of the vote."""
    assert _rows("Last month, the Majlis voted to keep cooperation with the International "
                 "Atomic Energy Agency suspended.") == [
        ("November 2026", "Majlis votes to keep cooperation with the International Atomic "
                          "Energy Agency suspended")]
    assert _rows("The council voted on Monday to keep sanctions in place.") == [
        ("30 November 2026", "Council votes to keep sanctions in place")]
    # a preposition that tells no state still ends the title
    assert _rows("Parliament voted on Monday to keep cooperation with the IAEA for a year.") == [
        ("30 November 2026", "Parliament votes to keep cooperation")]
