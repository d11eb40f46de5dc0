"""Short dialogs ask before Esc drops typed work (session 37, fix76; fix72's "What is left"):
a lane's name typed, a quote typed, sentences and participants checked in Split Event.  The
quote dialog's filter, a name left as it was, nothing checked: closed at once.  Merge Events
holds choices of one click each, no typing: closed at once too."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.model import Evidence
from timeline_app.ui import prompts
from timeline_app.ui.lane_dialog import LaneNameDialog
from timeline_app.ui.merge_events_dialog import MergeEventsDialog
from timeline_app.ui.quote_dialog import QuoteDialog
from timeline_app.ui.split_event_dialog import SplitEventDialog

SENTENCES = (Evidence("Iran and six world powers agreed a framework.", 0, 45),
             Evidence("The deal was reached in Lausanne on Thursday.", 46, 92))
EVENT = Event("p", "Six world powers agree on a framework with Iran",
              FuzzyDate.of_day(dt.date(2015, 4, 2)), participants=("Iran", "France"),
              evidence=SENTENCES)


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    """The "Discard?" questions asked (their titles); answered from ``answers.reply``."""

    class Answers(list):  # type: ignore[type-arg]
        reply = False

    asked = Answers()
    monkeypatch.setattr(prompts, "ask_discard",
                        lambda _p, title, _m: asked.append(title) or asked.reply)
    return asked


def _shown(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _esc(qtbot, dialog: QDialog, widget=None) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget or dialog.focusWidget() or dialog, Qt.Key.Key_Escape)


def test_a_typed_lane_name_is_asked_about(qtbot, answers):
    dialog = _shown(qtbot, LaneNameDialog(None, "Rename Lane", "Name:", "Talks"))
    _esc(qtbot, dialog, dialog.name_edit)  # the name as it was: closes
    assert not dialog.isVisible() and answers == []
    dialog = _shown(qtbot, LaneNameDialog(None, "New Lane", "Name:", ""))
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Water ministers")
    _esc(qtbot, dialog, dialog.name_edit)
    assert dialog.isVisible() and answers == ["Discard the name?"]  # Keep Editing
    answers.reply = True
    _esc(qtbot, dialog, dialog.name_edit)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_a_typed_quote_is_asked_about_but_not_the_filter(qtbot, answers):
    dialog = _shown(qtbot, QuoteDialog(SENTENCES))
    qtbot.keyClicks(dialog.filter_edit, "Lausanne")
    _esc(qtbot, dialog, dialog.filter_edit)
    assert not dialog.isVisible() and answers == []  # a filter is no work
    dialog = _shown(qtbot, QuoteDialog(SENTENCES))
    dialog.quote_edit.setFocus()
    qtbot.keyClicks(dialog.quote_edit, "Told by a ministry official, 3 April 2015")
    _esc(qtbot, dialog, dialog.quote_edit)
    assert dialog.isVisible() and answers == ["Discard the quote?"]
    answers.reply = True
    dialog.reject()  # Cancel
    assert not dialog.isVisible()


def test_split_event_asks_once_something_is_checked(qtbot, answers):
    dialog = _shown(qtbot, SplitEventDialog(EVENT))
    _esc(qtbot, dialog)
    assert not dialog.isVisible() and answers == []
    dialog = _shown(qtbot, SplitEventDialog(EVENT))
    qtbot.keyClick(dialog.sentence_list, Qt.Key.Key_Space)  # checks the first sentence
    assert dialog.choices()[0] == [0]
    _esc(qtbot, dialog, dialog.sentence_list)
    assert dialog.isVisible() and answers == ["Discard your choices?"]
    answers.reply = True
    _esc(qtbot, dialog, dialog.sentence_list)
    assert not dialog.isVisible()


def test_merge_events_closes_at_once(qtbot, answers):
    other = Event("q", "Iran framework agreed", FuzzyDate.of_day(dt.date(2015, 4, 3)))
    dialog = _shown(qtbot, MergeEventsDialog([EVENT, other]))
    dialog.title_box.setCurrentIndex(1)
    _esc(qtbot, dialog, dialog.title_box)
    assert not dialog.isVisible() and answers == []
