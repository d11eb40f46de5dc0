"""The review of a row citing many sentences stays on the screen (verify46 F13).

A 300 KB paste gave a row citing 25 sentences: "Cited sentences: ☑ Sentence 1 … ☑ Sentence
25" on one line made the review 2807 px wide on a 1920 px screen, its table's right
columns, Import and Cancel beyond the edge.  The ticks now wrap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QRect

from timeline_app.extract import extract_events
from timeline_app.ui import main_window
from timeline_app.ui.import_article import ReviewDialog

TEXT = ("Bukavu (DR Congo) (AFP) - The rebel alliance on Wednesday began pulling its units out "
        "of the hills around the river town of Kalehe, a day after signing a truce with the "
        "government in Nairobi, a spokesman said.\n")


def test_twenty_five_cited_sentences_wrap_within_the_screen(qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _w: QRect(0, 0, 1920, 1040))
    result = extract_events(TEXT, dct=dt.date(2026, 12, 2))
    first = result.candidates[0]
    many = dataclasses.replace(first, evidence=first.evidence * 25)
    result = dataclasses.replace(result, candidates=(many, *result.candidates[1:]))
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setCurrentCell(0, ReviewDialog.TITLE)
    qtbot.wait(50)
    assert dialog.sentence_bar.isVisible()
    assert len([b for b in dialog.sentence_boxes if b.isVisible()]) == 25
    assert dialog.width() <= 1920
    assert dialog.minimumSizeHint().width() <= 1920
    assert dialog.minimumWidth() <= 1920
    # every tick inside the bar, the bar inside the dialog: nothing beyond the edge
    bar = dialog.sentence_bar.rect()
    for box in dialog.sentence_boxes:
        assert bar.contains(box.geometry()), box.text()
    right = dialog.sentence_bar.mapTo(dialog, bar.topRight()).x()
    assert right <= dialog.width()
    dialog.grab().save(str(tmp_path / "review25.png"))
