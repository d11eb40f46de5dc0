"""A dropped sentence that is itself a quotation is quoted in the review with one opening
mark, as the review's other sentences are (edit63, after verify68 F11: edit61 made Details,
the editor, the review and Copy as Text show a quotation's own marks single inside our
“…”; the review's struck-out "dropped" line still showed “"We are ready …).  The article
is written for the test."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("Bukavu (DR Congo) (AFP) - The rebel alliance on Wednesday began pulling its units out "
        "of the hills around the river town of Kalehe, a day after signing a truce with the "
        "government in Nairobi, a spokesman said.\n\n"
        "\"We are ready to help monitor the truce, which is due to take effect on Saturday,\" "
        "the regional observer mission said on Tuesday.\n")


def test_a_dropped_quotation_shows_one_opening_mark(qtbot) -> None:  # type: ignore[no-untyped-def]
    result = extract_events(TEXT, dct=dt.date(2026, 12, 2))
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = next(i for i, c in enumerate(result.candidates) if len(c.evidence) == 2)
    assert result.candidates[row].evidence[1].sentence.startswith('"We are ready')
    dialog.table.setCurrentCell(row, ReviewDialog.TITLE)
    dialog.sentence_boxes[1].click()  # drop the quotation
    shown = dialog.evidence.toPlainText()
    assert "dropped: not imported with this event" in shown
    assert "\u201c\u2018We are ready" in shown and "\u201c\"We are ready" not in shown
    # the sentence itself is unchanged: ticked again, it is cited as written
    dialog.sentence_boxes[1].click()
    assert dialog.cited_evidence(row)[1].sentence.startswith('"We are ready')
