"""The import review on a second article's retellings (verify83 F3): a row whose twin in
the same article is already in the timeline is not new, and a retold act on its day
starts ticked to merge.  Our own article and events of the trial's shape.  Fails before
session 62 (branch fix87)."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.extract.events import Candidate
from timeline_app.ui.import_article import ReviewDialog

ARTICLE = """KUMASI, April 2 (Coastline) -- Velmora and Dastia agreed on Tuesday to open the \
disputed fishing grounds to joint patrols, easing a row over the truce reached in Accra last \
month.

Both delegations put out a joint statement in Accra late on March 6 pledging a truce in \
the fishing waters.
"""

LEAD = ("Velmora and Dastia agreed on Tuesday to open the disputed fishing grounds to joint "
        "patrols, easing a row over the truce reached in Accra last month.")
RETOLD = ("Both delegations put out a joint statement in Accra late on March 6 pledging a "
          "truce in the fishing waters.")
SIDES = ("Velmora", "Dastia")


def _candidate(title: str, date: FuzzyDate, sentence: str, category: str = "treaty") -> Candidate:
    at = ARTICLE.index(sentence)
    return Candidate(title, date, "", category, 0.85, "Accra", SIDES,
                     (Evidence(sentence, at, at + len(sentence)),))


def _review(qtbot, existing, candidates):  # type: ignore[no-untyped-def]
    result = dataclasses.replace(extract_events(ARTICLE), candidates=tuple(candidates))
    dialog = ReviewDialog(result, True, None, list(existing))
    qtbot.addWidget(dialog)
    return dialog


def test_a_row_whose_twin_is_in_the_timeline_starts_unticked(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify83 F3: on a second import, "Ceasefire in Lusaka, February 2025" stayed ticked
    as new beside its twin of 13 February, skipped as already in the timeline."""
    held = Event("held", "Truce in Accra", FuzzyDate.of_ymd(2025, 3, 6), category="treaty",
                 participants=SIDES, location="Accra",
                 evidence=(Evidence(RETOLD, 0, len(RETOLD)),))
    dialog = _review(qtbot, [held], [
        _candidate("Truce in Accra", FuzzyDate.of_month(2025, 3), LEAD),
        _candidate("Truce in Accra", FuzzyDate.of_ymd(2025, 3, 6), RETOLD)])
    assert set(dialog.duplicates) == {1} and dialog.told_twice[0].row == 1
    assert not dialog.is_checked(1)  # (skipped: already in the timeline)
    assert not dialog.is_checked(0), "its twin is in the timeline: not new"
    cell = dialog.table.item(0, dialog.DUPLICATE)
    assert cell.text() == "row 2: in the timeline"
    assert "already in the timeline as “Truce in Accra”" in cell.toolTip()
    # In a new timeline nothing is in it: ticked; back to Add, unticked again
    dialog.new_radio.setChecked(True)
    assert dialog.is_checked(0) and dialog.table.item(0, dialog.DUPLICATE).text() == "row 2?"
    dialog.add_radio.setChecked(True)
    assert not dialog.is_checked(0)


def test_a_retold_statement_of_another_kind_starts_ticked_to_merge(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify83 F3: the retold joint statement, titled as a treaty, was "possibly already
    in the timeline (weaker evidence)" with Keep both, and went in twice; so again after
    switching to a new timeline and back."""
    note = "Late on Thursday, March 6, the two teams issued a joint statement on patrols."
    held = Event("held", "Two teams: Joint statement", FuzzyDate.of_ymd(2025, 3, 6),
                 category="statement", participants=SIDES,
                 evidence=(Evidence(note, 0, len(note)),))
    dialog = _review(qtbot, [held], [
        _candidate("Truce in Accra", FuzzyDate.of_ymd(2025, 3, 6), RETOLD)])
    match = dialog.duplicates[0]
    assert match.every_point and "“joint statement” in both" in match.reason
    assert dialog.is_checked(0) and dialog.duplicate_choice(0) == dialog.MERGE
    assert "possibly already" not in dialog.intro.text()
    dialog.new_radio.setChecked(True)
    dialog.add_radio.setChecked(True)
    assert dialog.is_checked(0) and dialog.duplicate_choice(0) == dialog.MERGE
