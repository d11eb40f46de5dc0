"""What a party said on a day the article names is an event of that day, a statement, even
when what was said is no act (verify75 F6, verify74 F8, session 57): "X officials said on
Wednesday that more than a third of the stock now spends the summer in X waters, a claim
the Commission disputes" gave no row, nor "Poland's government said in late November that
it would also vote against", nor "Commissioner X said on Monday that he expected the
review to take several months".  A claim the same sentence says another party disputes is
marked Disputed.  The articles are written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers
from timeline_app.core import status
from timeline_app.extract.pipeline.phrases import MORE_DEMONYMS

events, the_one = readers(dt.date(2026, 3, 12))

HEAD = "REYKJAVIK, March 12 (X) - Talks on sharing the herring catch broke down on Thursday.\n\n"


def test_a_state_s_officials_saying_on_a_day_what_they_claim_is_a_statement_of_that_day() -> None:
    text = HEAD + ("Icelandic officials said on Tuesday that half of the herring now winters in "
                   "Icelandic waters, a figure Norway disputes.\n")
    row = the_one(text, "Icelandic officials")
    assert str(row.date) == "10 March 2026", row.date_basis
    assert row.category == "statement"
    assert "Iceland" in row.participants


def test_a_claim_the_sentence_says_another_party_disputes_is_marked_disputed() -> None:
    text = HEAD + ("Icelandic officials said on Tuesday that half of the herring now winters in "
                   "Icelandic waters, a claim the Norwegian government disputes.\n")
    row = the_one(text, "Icelandic officials")
    assert row.status == status.DISPUTED
    assert row.to_event().status == status.DISPUTED


def test_a_statement_no_one_disputes_keeps_no_status() -> None:
    text = HEAD + ("Icelandic officials said on Tuesday that half of the herring now winters in "
                   "Icelandic waters.\n")
    assert the_one(text, "Icelandic officials").status == ""


def test_a_government_saying_in_part_of_a_month_what_it_will_do_is_a_statement() -> None:
    text = HEAD + ("Denmark has led the opposition. Finland's government said in late February "
                   "that it would also vote against.\n")
    row = the_one(text, "vote against")
    assert str(row.date) == "late February 2026", row.date_basis
    assert "Finland" in row.participants


def test_a_named_person_s_expectation_told_on_a_day_is_a_statement() -> None:
    text = HEAD + ("Fisheries Commissioner Anna Berg said on Monday that she expected the legal "
                   "review to take several months.\n")
    row = the_one(text, "review")
    assert str(row.date) == "9 March 2026", row.date_basis


def test_an_act_told_in_what_was_said_is_the_row_not_the_saying() -> None:
    text = HEAD + ("Icelandic officials said on Tuesday that Iceland had signed a herring "
                   "agreement with the Faroe Islands.\n")
    rows = events(text)
    assert not any("officials say" in c.title for c in rows), [c.title for c in rows]


def test_unnamed_officials_are_a_source_not_a_statement_of_their_own() -> None:
    text = HEAD + "Officials said on Tuesday that half of the herring now winters further north.\n"
    rows = events(text)
    assert not any("Officials" in c.title for c in rows), [c.title for c in rows]


def test_the_faroese_are_of_the_faroe_islands() -> None:
    assert MORE_DEMONYMS["Faroese"] == "Faroe Islands"
