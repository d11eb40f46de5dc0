"""Rows of one news story that tell the 2018 Panmunjom summit (verify51 F6): the meeting,
the declaration signed there (which also lists the two states it binds) and the summit an
anniversary recalls ("2018 Panmunjom summit", no place of its own).  Before, none was
flagged as told twice: the signing's states made its participants "the meeting's with
more parties", and the recalled summit gave no place to share.  Qt-free
(``ui.told_twice``)."""

from __future__ import annotations

from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate
from timeline_app.ui.told_twice import told_twice

DAY = FuzzyDate.of_ymd(2018, 4, 27)
MEET = Candidate("Moon Jae-in and Kim Jong-un meet in Panmunjom", DAY, "", "meeting", 0.8,
                 "Panmunjom", ("Moon Jae-in", "Kim Jong-un"))
SIGN = Candidate("Moon Jae-in signs Panmunjom Declaration", DAY, "", "treaty", 0.8,
                 "Panmunjom", ("Moon Jae-in", "Kim Jong-un", "South Korea", "North Korea"))
RECALLED = Candidate("2018 Panmunjom summit", DAY, "", "event", 0.7, "",
                     ("South Korea", "North Korea"))


def test_states_added_to_the_same_people_are_no_other_party():
    found = told_twice([MEET, SIGN])
    assert set(found) == {0, 1}
    assert found[0].reason.startswith("same date; same place (Panmunjom)")


def test_a_third_person_still_makes_another_meeting():
    trilateral = Candidate("Trilateral meeting in Panmunjom", DAY, "", "meeting", 0.8,
                           "Panmunjom", ("Moon Jae-in", "Kim Jong-un", "Donald Trump"))
    assert told_twice([MEET, trilateral]) == {}


def test_more_states_than_the_other_row_names_is_another_meeting():
    two = Candidate("Talks in Panmunjom", DAY, "", "meeting", 0.8, "Panmunjom",
                    ("South Korea", "North Korea"))
    three = Candidate("Three-way talks in Panmunjom", DAY, "", "meeting", 0.8, "Panmunjom",
                      ("South Korea", "North Korea", "United States"))
    assert told_twice([two, three]) == {}


def test_a_row_without_a_place_whose_title_names_the_other_rows_place():
    found = told_twice([RECALLED, MEET])
    assert found[0].row == 1
    assert found[0].reason == "same date; same place (Panmunjom)"


def test_a_title_naming_another_place_is_no_evidence():
    elsewhere = Candidate("2018 Singapore summit", DAY, "", "event", 0.7, "",
                          ("United States", "North Korea"))
    assert told_twice([elsewhere, MEET]) == {}
