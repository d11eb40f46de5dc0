"""A history explainer's named periods, its planned ceremonies and its lede's figure of speech
(session 63, ext151; verify86 F6).  Sentences written for these tests, of the same shape as the
trial user's explainer, with other names and places."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

_DAY = dt.date(2025, 10, 9)
_DATELINE = "CORVIN, Oct. 9 (Harbour Press) -- "


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(str(c.date), str(c.end) if c.end else "", c.title, c.category)
            for c in extract_events(text, dct=_DAY).candidates]


def test_a_named_period_with_its_span_of_years_is_a_period_row() -> None:
    text = ("The Frost years, roughly 1964 to 1987, drove the two countries into rival blocs. "
            "Ostra joined the northern pact in March 1964.")
    rows = [r for r in _rows(text) if r[1]]
    assert rows == [("1964", "1987", "Frost years", "event")], _rows(text)


def test_a_named_era_with_its_span_in_brackets_is_a_period_row() -> None:
    rows = [r for r in _rows("The Thaw era (1956-1964) opened the ports of both states.") if r[1]]
    assert rows == [("1956", "1964", "Thaw era", "event")], rows


def test_a_period_row_quotes_its_sentence_and_marks_its_span() -> None:
    text = "The Frost years, roughly 1964 to 1987, drove the two countries into rival blocs."
    (row,) = [c for c in extract_events(text, dct=_DAY).candidates if c.end is not None]
    (evidence,) = row.evidence
    assert evidence.sentence == text
    span = evidence.date_span_in_sentence()
    assert span is not None and text[span[0]:span[1]] == "1964 to 1987"
    assert "the span of the period named 'The Frost years'" in row.date_basis


def test_guard_a_lower_case_stretch_of_years_is_no_named_period() -> None:
    text = "In the years from 1964 to 1987, the two countries drifted apart."
    assert not [r for r in _rows(text) if r[2].endswith("years")], _rows(text)


def test_a_possessed_signing_is_the_noun_and_its_ceremony_is_planned() -> None:
    text = (_DATELINE + "Diplomats say a public festival marking the accord's "
            "signing will be held in Lindau in spring 2026.")
    rows = _rows(text)
    assert len(rows) == 1, rows
    date, _end, title, _category = rows[0]
    assert date == "spring 2026", rows
    assert "signs" not in title and title.endswith("(scheduled)"), rows


def test_guard_a_pronoun_is_signing_stays_a_verb() -> None:
    text = _DATELINE + "Ostra said it's signing the Lind accord in Corvin on Monday."
    assert [r for r in _rows(text) if "sign" in r[2].lower()], _rows(text)


def test_a_lede_s_beginning_decades_ago_is_no_event() -> None:
    text = ("Looking back: sixty years of Ostra and Pellam\n\n" + _DATELINE
            + "Ostra's Chancellor Mira Dalen receives Pellamese Premier Jonas Ruk in Corvin "
            "next month, ending a story that began with a handshake on a river ferry six "
            "decades ago.")
    rows = _rows(text)
    assert not [r for r in rows if r[0] == "1965"], rows
    assert [r for r in rows if "Mira Dalen" in r[2]], rows


def test_guard_an_act_decades_ago_is_still_an_event() -> None:
    rows = _rows(_DATELINE + "Ostra and Pellam signed the Lind accord six decades ago.")
    assert [r for r in rows if r[0] == "1965" and r[3] == "treaty"], rows


def test_guard_a_dispute_that_began_decades_ago_is_still_its_start() -> None:
    rows = _rows(_DATELINE + "The dispute began four decades ago.")
    assert [r for r in rows if r[0] == "1985"], rows
