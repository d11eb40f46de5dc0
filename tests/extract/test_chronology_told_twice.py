"""An event an article tells in its body and again on a line of its "Key dates" list is one
row, citing the body's sentence first and the list's line second (session 40, ext62; verify49
F8: four such pairs stayed two rows).

The texts are invented; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import Candidate, extract_events

DCT = dt.date(2026, 12, 4)

EXPLAINER = (
    "Explainer: the fisheries accord\n"
    "4 December 2026\n\n"
    "OSLO - On 8 March 2011 Norway's fisheries minister, Lisbeth Berg-Hansen, signed a quota "
    "accord with the European Union in Bergen. On 2 June 2017 Norway's coast guard seized a "
    "Latvian trawler off Svalbard. The last round of talks ended on 30 November 2026 with "
    "agreement on a text. A signing ceremony is planned in Brussels for 18 December.\n\n"
    "Key dates\n\n"
    "8 March 2011: Norway and the EU sign quota accord\n"
    "2 June 2017: Norway bans EU trawlers from the snow crab grounds\n"
    "30 November 2026: Talks end with agreed text\n"
    "18 December 2026: Signing ceremony planned in Brussels\n")


def _rows(value: str) -> list[Candidate]:
    return [c for c in extract_events(EXPLAINER, DCT).candidates
            if c.date.to_timex()[0] == value]


def test_a_list_line_and_a_body_sentence_of_one_event_give_one_row() -> None:
    for value in ("2011-03-08", "2026-12-18"):
        rows = _rows(value)
        assert len(rows) == 1, (value, [(c.title, c.evidence) for c in rows])


def test_the_row_cites_the_body_sentence_first_and_the_list_line_second() -> None:
    (row,) = _rows("2011-03-08")
    sentences = [e.sentence for e in row.evidence]
    assert "On 8 March 2011 Norway's fisheries minister" in sentences[0], sentences
    assert "8 March 2011: Norway and the EU sign quota accord" in sentences, sentences


def test_a_list_line_that_names_the_body_s_act_joins_it() -> None:
    # ('Talks end with agreed text': the body's 'ended', not its category's word)
    rows = _rows("2026-11-30")
    assert not [c for c in rows
                if [e.sentence for e in c.evidence] == ["30 November 2026: Talks end with agreed text"]]


def test_a_list_line_of_another_act_on_the_same_day_stays_a_row() -> None:
    # (the coast guard's seizure and the ban of the same day share words, not an act)
    rows = _rows("2017-06-02")
    assert len(rows) == 2, [(c.title, [e.sentence for e in c.evidence]) for c in rows]
