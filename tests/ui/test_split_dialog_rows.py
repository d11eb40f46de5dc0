"""Split Event's participants take the rows they need beside the sentences (verify36, F13: at
200 % they were held to five rows, the rest behind a scroll bar, while two source sentences
left half of their list empty)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.model import Evidence
from timeline_app.ui.split_event_dialog import SplitEventDialog

PEOPLE = ("Iran", "United States", "United Kingdom", "France", "China", "Germany", "Russia")


def test_seven_participants_and_two_sentences_all_show(qtbot):
    event = Event("p", "Six world powers agree on a framework with Iran",
                  FuzzyDate.of_day(dt.date(2015, 4, 2)), participants=PEOPLE,
                  evidence=(Evidence("Iran and six world powers agreed a framework.", 0, 45),
                            Evidence("The deal was reached in Lausanne on Thursday.", 46, 92)))
    dialog = SplitEventDialog(event)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    people = dialog.participant_list
    rows = sum(people.sizeHintForRow(row) for row in range(people.count()))
    assert people.viewport().height() >= rows, (people.viewport().height(), rows)
    sentences = dialog.sentence_list  # and the sentences whole above them
    last = sentences.visualItemRect(sentences.item(sentences.count() - 1))
    assert last.bottom() <= sentences.viewport().height()
