"""verify61 F2: the Xinhua story's "Wang Yi and Ajit Doval meet" and "Wang Yi and Narendra
Modi meet" (19 August 2025), both placed in the dateline's city, were offered as one event
told twice ("same date; same place"): one visitor's meetings with two hosts.  Each row
naming a person the other does not makes the shared place no evidence; a visit and a
meeting of the same person that day are still asked about.  Qt-free (``ui.told_twice``);
the rows are written for the test."""

from __future__ import annotations

from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate
from timeline_app.ui.told_twice import told_twice

DAY = FuzzyDate.of_ymd(2025, 8, 19)
DOVAL = Candidate("Wang Yi and Ajit Doval meet in Beijing", DAY, "", "meeting", 0.8,
                  "Beijing", ("Wang Yi", "Ajit Doval"))
MODI = Candidate("Wang Yi and Narendra Modi meet in Beijing", DAY, "", "meeting", 0.8,
                 "Beijing", ("Wang Yi", "Narendra Modi"))
VISIT = Candidate("Wang Yi visits Beijing", DAY, "", "visit", 0.8, "Beijing", ("Wang Yi",))


def test_one_visitors_meetings_with_two_hosts_are_not_told_twice():
    assert told_twice([DOVAL, MODI]) == {}


def test_a_visit_and_a_meeting_of_that_visitor_still_are():
    found = told_twice([DOVAL, VISIT])
    assert set(found) == {0, 1} and "same place (Beijing)" in found[0].reason


def test_the_review_seeks_the_pairs_again_when_a_place_is_corrected(qtbot):  # type: ignore[no-untyped-def]
    """verify61 F2: "same place (Beijing)" was still said of two rows after the person
    corrected one row's place to New Delhi; the pair is sought again on the rows as
    corrected, and the intro no longer asks about it."""
    import dataclasses

    from timeline_app.extract import extract_events
    from timeline_app.ui.import_article import ReviewDialog

    visit = Candidate("Wang Yi visits Beijing", DAY, "", "visit", 0.8, "Beijing", ("Wang Yi",))
    result = dataclasses.replace(extract_events("Nothing happened here."),
                                 candidates=(DOVAL, visit))
    dialog = ReviewDialog(result, True, None, [])
    qtbot.addWidget(dialog)
    assert set(dialog.told_twice) == {0, 1}
    assert "Rows 1 and 2 may be one event told twice" in dialog.intro.text()
    dialog.table.item(0, ReviewDialog.PLACE).setText("New Delhi")
    assert dialog.told_twice == {}
    assert "told twice" not in dialog.intro.text()
    assert dialog.table.item(1, ReviewDialog.DUPLICATE).text() == "no"
    dialog.table.item(0, ReviewDialog.PLACE).setText("Beijing")  # back: asked again
    assert set(dialog.told_twice) == {0, 1}
    assert "Rows 1 and 2 may be one event told twice" in dialog.intro.text()
