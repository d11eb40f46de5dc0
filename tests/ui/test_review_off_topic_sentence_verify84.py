"""verify84 F3: a row's second cited sentence, a ministry's closing thanks that names
none of the row's date, participants, place or title words, became a merged event's third
source and nothing in the review said it was off the subject.  The review's pane now says
so beside that sentence, and its tick's tooltip too.  The article is written for the
test."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app.core import Evidence
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("Statement on the second round of Merrow Sound talks\n\n"
        "LESSEN, 3 June 2026 (Ministry of Foreign Affairs of Karesh) - The second round of "
        "talks between Karesh and Valdoria on the seabed of the Merrow Sound was held in "
        "Lessen on 2 June 2026.\n")
THANKS = ("The Ministry thanks the visiting delegation for the cordial atmosphere of the "
          "talks and recalls the convention both states ratified long ago.")


def test_a_cited_sentence_naming_nothing_of_the_row_is_said_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    result = extract_events(TEXT, dct=dt.date(2026, 6, 3))
    row = next(i for i, c in enumerate(result.candidates) if "round" in c.title)
    candidate = result.candidates[row]
    candidates = list(result.candidates)
    candidates[row] = dataclasses.replace(
        candidate, evidence=(*candidate.evidence, Evidence(THANKS, 400, 400 + len(THANKS))))
    result = dataclasses.replace(result, candidates=tuple(candidates))
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    shown = dialog.evidence.toPlainText()
    assert shown.count("names none of this event's date") == 1
    note = shown.index("names none of this event's date")
    assert shown.index("cordial atmosphere") < note  # beside the thanks, not the first
    assert "untick Sentence 2" in shown
    assert "names none" in dialog.sentence_boxes[1].toolTip()
    assert "names none" not in dialog.sentence_boxes[0].toolTip()
    # dropped, it is said dropped, no longer off the subject
    dialog.sentence_boxes[1].click()
    assert "names none" not in dialog.evidence.toPlainText()
