"""One act told twice in an article is flagged when the review opens (verify81 F2): a
statement told in the lead ("ended talks late on Thursday with a statement saying ...")
and again further down ("The joint statement, released just before midnight on
Thursday") were flagged only once a place was typed into one of the rows; and a
ministers' meeting of that day and the statement were flagged as one once both had the
same place.  Same day, the same act (statement, signing, meeting, visit), and shared
participants or a row that names none make a pair; a statement and another act never do.
Qt-free (``ui.told_twice``)."""

from __future__ import annotations

import dataclasses

from tests.ui.test_review_small_screen_fix85 import extracted, row_of
from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate
from timeline_app.ui.told_twice import told_twice

DAY = FuzzyDate.of_ymd(2025, 11, 13)


def test_the_statement_told_twice_is_flagged_without_a_place():
    rows = extracted().candidates
    released, lead = row_of(extracted(), "Joint statement"), row_of(extracted(), "Statement")
    assert not rows[released].location and not rows[released].participants
    found = told_twice(rows)
    assert found[released].row == lead and found[lead].row == released
    assert "both tell a statement" in found[lead].reason
    meeting = row_of(extracted(), "Another meeting")
    assert meeting not in found  # the ministers' meeting that day is another happening


def test_a_meeting_and_the_statement_of_one_day_in_one_place_are_two():
    rows = list(extracted().candidates)
    meeting, lead = row_of(extracted(), "Another meeting"), row_of(extracted(), "Statement")
    for row in (meeting, lead):  # the places the person typed (shot 15 of the trial)
        rows[row] = dataclasses.replace(rows[row], location="Nairobi")
    found = told_twice(rows)
    assert found.get(meeting) is None or found[meeting].row != lead
    assert found.get(lead) is None or found[lead].row != meeting


def test_two_statements_of_one_day_by_other_sides_are_two():
    one = Candidate("Joint statement issued", DAY, "", "event", 0.8, "", ("Chile", "Peru"))
    other = Candidate("Statement on fisheries released", DAY, "", "event", 0.8, "",
                      ("Norway", "Iceland"))
    assert told_twice([one, other]) == {}


def test_the_same_act_on_a_day_inside_the_others_range():
    signed = Candidate("Accord signed in Lima", DAY, "", "treaty", 0.8, "", ())
    signing = Candidate("Chile and Peru sign the accord", FuzzyDate.of_ymd(2025, 11, 10),
                        "", "treaty", 0.8, "", ("Chile", "Peru"),
                        end=FuzzyDate.of_ymd(2025, 11, 14))
    found = told_twice([signed, signing])
    assert found[0].row == 1 and "both tell a signing" in found[0].reason
    in_month = dataclasses.replace(signing, date=FuzzyDate.of_month(2025, 11), end=None)
    assert told_twice([signed, in_month])[0].row == 1


def test_the_same_act_on_other_days_is_not_flagged():
    one = Candidate("Joint statement issued", DAY, "", "event", 0.8, "", ())
    other = Candidate("Statement saying both agreed", FuzzyDate.of_ymd(2025, 11, 12), "",
                      "event", 0.8, "", ("Chile", "Peru"))
    assert told_twice([one, other]) == {}
