"""verify89 F1-F3 (ext158): rows of a new user's two articles that were false or garbled.  A
date of a verb of telling ("its chair told journalists in Oslo on Monday") is when it was
said, never an accord's signing; parliaments approve or take up an accord, they do not sign
it.  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

FRIDAY = dt.date(2025, 6, 13)  # (a Friday; the Monday before is 9 June)


def _rows(body: str, dct: dt.date = FRIDAY) -> list[tuple[str, tuple[int | None, ...], str]]:
    text = "OSLO, June 13 (Reuters) - " + body + "\n"
    return [(c.title, (c.date.year, c.date.month, c.date.day), c.category)
            for c in extract_events(text, dct).candidates]


def test_the_day_a_plan_was_told_in_a_city_is_no_signing() -> None:
    rows = _rows("Norway's Storting will debate the treaty on July 2, its president Anna Berg "
                 "told journalists in Bergen on Monday.")
    assert not any(day == (2025, 6, 9) for _, day, _ in rows), rows
    assert not any("signed" in title.lower() for title, _, _ in rows), rows
    assert any(day == (2025, 7, 2) for _, day, _ in rows), rows


def test_the_day_said_in_a_city_is_the_saying_s() -> None:
    rows = _rows("Norway's Storting is to vote on the pact on July 2, its president said in "
                 "Bergen on Monday.")
    assert not any(day == (2025, 6, 9) for _, day, _ in rows), rows
    assert any(day == (2025, 7, 2) for _, day, _ in rows), rows


def test_the_day_said_without_a_place_is_still_the_saying_s() -> None:
    rows = _rows("Norway's Storting will debate the treaty on July 2, its president told "
                 "journalists on Monday.")
    assert not any(day == (2025, 6, 9) for _, day, _ in rows), rows


def test_a_parliament_approves_a_treaty_it_does_not_sign_it() -> None:
    rows = _rows("Norway's National Assembly approved the treaty on Friday, 102 to 40, a "
                 "spokesman for the chamber said.")
    today = [(title, category) for title, day, category in rows if day == (2025, 6, 13)]
    assert today and "approves treaty" in today[0][0], rows
    assert today[0][1] == "treaty"  # (the treaty's lane, as a ratification is)
    assert not any("sign" in title.lower() for title, _, _ in rows), rows


def test_earlier_before_the_day_is_no_part_of_the_title() -> None:
    rows = _rows("The Storting backed the accord earlier on Friday, its spokesman said.")
    assert rows and not any("earlier" in title for title, _, _ in rows), rows


def test_a_war_that_ended_with_a_truce_is_what_ended() -> None:
    rows = _rows("The two states fought a war in the late 1970s that ended with a "
                 "UN-brokered truce in June 1981.")
    june = [title for title, day, _ in rows if day[:2] == (1981, 6)]
    assert june and june[0].startswith("War ends with"), rows


def test_a_text_finalised_is_no_signing() -> None:
    rows = _rows("Negotiators settled on the wording in Bergen: they finalised the text of the "
                 "12-article pact on March 3, 2024.")
    march = [title for title, day, _ in rows if day == (2024, 3, 3)]
    assert march and "signed" not in march[0] and "finalised" in march[0], rows


def test_a_mission_s_country_is_not_where_its_mandate_was_extended() -> None:
    text = ("OSLO, June 13 (Reuters) - Nordic defence ministers extended on Monday the mandate "
            "of the joint training mission in Latvia until March 2028.\n")
    (row,) = [c for c in extract_events(text, FRIDAY).candidates
              if (c.date.month, c.date.day) == (6, 9)]
    assert row.location != "Latvia"
    assert row.title.endswith("training mission in Latvia"), row.title


def test_a_debate_on_the_treaty_is_in_the_treaty_s_lane() -> None:
    rows = _rows("Norway's Storting will debate the treaty on July 2, its president said.")
    assert [(title, category) for title, day, category in rows if day == (2025, 7, 2)] == [
        ("Norway's Storting debates treaty (scheduled)", "treaty")], rows


def test_a_plan_whose_first_day_was_put_off_is_one_row() -> None:
    text = ("LIMA, Feb 6 (Reuters) - Peru and Chile will sign the fisheries accord in Arica on "
            "March 9, officials said on Friday, after a ceremony that had been set "
            "for February 12 was postponed so that both congresses could vote first.\n")
    rows = extract_events(text, dt.date(2026, 2, 6)).candidates
    assert not any("(postponed)" in c.title for c in rows), [c.title for c in rows]
    (plan,) = [c for c in rows if (c.date.month, c.date.day) == (3, 9)]
    assert plan.title.endswith(", postponed from 12 February (scheduled)"), plan.title
    assert "postponed from 12 February 2026" in plan.date_basis


def test_a_body_that_takes_the_treaty_up_is_the_row_of_its_date() -> None:
    rows = extract_events(
        "OSLO, June 13 (Reuters) - Sweden's Riksdag is expected to vote on the accord on June "
        "24, while Norway's parliament, the Storting, will take it up in early July, the two "
        "governments said. Denmark said it would host talks once the accord is signed.\n",
        FRIDAY).candidates
    (july,) = [c for c in rows if c.date.month == 7]
    assert july.title == "Storting takes up accord (scheduled)", july.title
    assert "Sweden" not in " ".join(july.participants)
    assert len(july.evidence) == 1  # (no later sentence that names "the accord" again)
