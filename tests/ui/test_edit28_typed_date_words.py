"""Session 31 (edit28), verify39 F6 in the document: a date typed in the event editor.

The words a date was read from (``Evidence.date_start``/``date_end``) were unmarked on an
edit of the date only when the edit kept the evidence as it was: a date typed together with
Add quote… kept the old sentence's "a day" marked beside the typed 2 December.  Now the old
sentences' marks go whenever they no longer say the date, and stay when they still do
(circa unticked); a quote the edit brings keeps its own marks."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.document import Document

SENTENCE = "The rebels began pulling back on Wednesday, a day after signing the truce."
QUOTE = "Their withdrawal started on 2 December, a spokesman said."


def _document(qtbot) -> tuple[Document, Event]:  # type: ignore[no-untyped-def]
    at = SENTENCE.index("a day")
    event = Event("e", "Pullback", FuzzyDate.of_day(dt.date(2026, 12, 1), circa=True),
                  date_basis="'a day after signing': c. 1 December 2026",
                  evidence=(Evidence(SENTENCE, 0, len(SENTENCE), at, at + 5),))
    timeline = Timeline()
    timeline.add(event)
    return Document(timeline), event


def test_a_date_typed_with_a_quote_added_unmarks_the_old_words(qtbot):
    document, event = _document(qtbot)
    at = QUOTE.index("2 December")
    quote = Evidence(QUOTE, 0, len(QUOTE), at, at + 10)
    document.update_event(dataclasses.replace(
        event, date=FuzzyDate.of_day(dt.date(2026, 12, 2)),
        date_basis="typed by hand (was c. 1 December 2026)",
        evidence=(*event.evidence, quote)))
    edited = document.timeline.get("e")
    assert edited.evidence[0].date_start is None  # "a day" no longer gives the date
    assert edited.evidence[1] == quote  # the quote's own words stay marked
    assert edited.date_basis == "typed by hand (was c. 1 December 2026)"
    document.undo_stack.undo()
    assert document.timeline.get("e") == event


def test_circa_unticked_keeps_the_words_that_say_the_day(qtbot):
    document, event = _document(qtbot)
    document.update_event(dataclasses.replace(
        event, date=FuzzyDate.of_day(dt.date(2026, 12, 1)),
        date_basis="typed by hand (was c. 1 December 2026)"))
    assert document.timeline.get("e").evidence == event.evidence


def test_another_day_unmarks_the_words(qtbot):
    document, event = _document(qtbot)
    document.update_event(dataclasses.replace(
        event, date=FuzzyDate.of_day(dt.date(2026, 12, 2)),
        date_basis="typed by hand (was c. 1 December 2026)"))
    assert document.timeline.get("e").evidence[0].date_start is None


REVIEWED = ("typed by hand as “2 December 2026” in the review (was c. 1 December 2026; "
            "'a day after signing': c. 1 December 2026)")


def test_a_date_typed_in_the_editor_keeps_how_the_date_before_was_found(qtbot):
    """"typed by hand (was 2 December 2026)" lost that the review's date replaced the
    extractor's c. 1 December 2026 from 'a day after'; each edit keeps the date before and
    that first history, no more (the basis does not grow with each edit)."""
    from timeline_app.ui.event_editor import EventEditor

    event = Event("e", "Pullback", FuzzyDate.of_day(dt.date(2026, 12, 2)),
                  date_basis=REVIEWED)
    timeline = Timeline()
    timeline.add(event)
    dialog = EventEditor(timeline, event)
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("1 December 2026")
    once = dialog.edited_event()
    assert once.date_basis == f"typed by hand (was 2 December 2026; {REVIEWED})"
    timeline.replace(once)
    again = EventEditor(timeline, once)
    qtbot.addWidget(again)
    again.date_edit.setText("3 December 2026")
    assert again.edited_event().date_basis == f"typed by hand (was 1 December 2026; {REVIEWED})"
