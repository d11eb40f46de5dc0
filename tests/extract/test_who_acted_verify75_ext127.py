"""Who acted, as the article tells it (verify75 F7, session 57): a measure lifted in the
passive by no one named is lifted by whoever imposed it in the sentence before ("That ban was
lifted in August 2014" named only the islands); a commissioner named in full before is the
one a surname names later ("Holm and Kadis will meet" gave "Dennis Holm, Kadis"); and a
union's acting body beside the union on one row is one actor ("European Commission, European
Union").  The articles are written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers

events, the_one = readers(dt.date(2026, 3, 12))

HEAD = "OSLO, March 12 (X) - Talks on sharing the herring catch broke down on Thursday.\n\n"


def test_a_measure_lifted_in_the_passive_is_lifted_by_whoever_imposed_it_before() -> None:
    text = HEAD + ("In 2013 Norway banned imports of Icelandic herring during a quarrel over the "
                   "stock. That ban was lifted in May 2015 after Iceland agreed to cut its "
                   "quota.\n")
    row = the_one(text, "lifted")
    assert str(row.date) == "May 2015", row.date_basis
    assert row.participants[:1] == ("Norway",), row.participants


def test_a_measure_lifted_by_someone_named_keeps_that_one() -> None:
    text = HEAD + ("In 2013 Norway banned imports of Icelandic herring during a quarrel over the "
                   "stock. That ban was lifted by the courts in May 2015.\n")
    row = the_one(text, "lifted")
    assert "Norway" not in row.participants[:1], row.participants


def test_a_commissioner_named_in_full_is_the_one_his_surname_names_later() -> None:
    text = HEAD + ("EU Fisheries Commissioner Petra Lund said the demand was not grounded in "
                   "science. Icelandic Fisheries Minister Jon Olafsson said his government "
                   "would not give way.\n\nOlafsson and Lund will meet again in London next "
                   "Tuesday.\n")
    row = the_one(text, "meet")
    assert "Petra Lund" in row.participants, row.participants
    assert "Lund" not in row.participants, row.participants


def test_the_commission_beside_the_union_on_one_row_is_one_actor() -> None:
    text = HEAD + ("Last month the European Commission warned that it could close EU ports to "
                   "Icelandic herring landings.\n")
    row = the_one(text, "warns")
    assert "European Commission" in row.participants, row.participants
    assert "European Union" not in row.participants, row.participants
