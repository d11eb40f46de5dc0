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
