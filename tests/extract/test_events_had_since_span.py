"""What a past perfect tells as going on 'since' a date lasts to the date its sentence reaches
(ext47; ext45's 'since 1711').

'the Peace of Utrecht in 1713, which Britain and France had negotiated in secret since 1711'
was a negotiation dated 1711 alone; it is one of 1711 to 1713.
"""

from __future__ import annotations

from timeline_app.extract import extract_events

UTRECHT = ("Some twenty years later, the War of the Spanish Succession was closed by the Peace "
           "of Utrecht in 1713, which Britain and France had negotiated in secret since 1711.")


def _rows(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.date.describe(), c.end.describe() if c.end else None, c.title)
            for c in extract_events(text, mode="narrative").candidates]


def test_a_past_perfect_since_a_year_lasts_to_the_sentence_s_later_year():
    rows = _rows(UTRECHT)
    negotiated = next(r for r in rows if "negotiat" in r[2])
    assert negotiated[:2] == ("1711", "1713")
    candidate = next(c for c in extract_events(UTRECHT, mode="narrative").candidates
                     if "negotiat" in c.title)
    assert "since 1711" in candidate.date_basis and "to 1713" in candidate.date_basis


def test_guard_a_present_perfect_since_has_no_end():
    assert all(end is None for _, end, _ in _rows("The two countries have held talks since 2019."))


def test_guard_a_since_with_no_later_date_in_its_sentence_has_no_end():
    rows = _rows("In 1713 the Peace of Utrecht was signed. Britain and France had negotiated in "
                 "secret since 1711.")
    assert all(end is None for _, end, _ in rows)


def test_a_present_perfect_with_an_irregular_participle_since_a_year_is_no_event_of_that_year():
    # 'have flared since last year' was already a state's start, no event; 'held', 'met',
    # 'fought' passed the rule, which knew participles in -ed/-en only
    for sentence in ("The two countries have held talks since 2019, officials said.",
                     "The two sides have fought since 2023 over the border, officials said."):
        assert not [c for c in extract_events(sentence, mode="narrative").candidates
                    if c.date.describe() in ("2019", "2023")]


def test_guard_a_past_meeting_before_a_perfect_since_keeps_its_date():
    rows = _rows("The two leaders met in Tokyo in 2019 and have since held talks twice.")
    assert ("2019", None, "Two leaders meet in Tokyo") in rows
