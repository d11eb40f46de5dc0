"""A date told as a limit ("by mid 2027", ``FuzzyDate.limit``; verify43 X21) in the event
editor, the details and the view's tooltip: typed, said back, kept."""

from __future__ import annotations

import dataclasses

from timeline_app.core import FuzzyDate
from timeline_app.ui.detail_pane import date_line
from timeline_app.ui.event_editor import EventEditor, describe_with_precision

BY_JUNE = FuzzyDate.of_month(2027, 6).with_limit("ON_OR_BEFORE")


def _editor(window, qtbot) -> EventEditor:  # type: ignore[no-untyped-def]
    timeline = window.document.timeline
    editor = EventEditor(timeline, timeline.get("munich-meeting"))
    qtbot.addWidget(editor)
    return editor


def test_typing_by_june_2027_gives_a_limit(window, qtbot):
    editor = _editor(window, qtbot)
    editor.date_edit.setText("by June 2027")
    editor.end_edit.clear()
    qtbot.waitUntil(editor.is_valid)
    edited = editor.edited_event()
    assert edited is not None and edited.date == BY_JUNE
    assert editor.date_words.text() == (
        "by the end of June 2027 — no later than June 2027 (a month)")
    editor.date_edit.setText("before 2027")
    qtbot.waitUntil(lambda: editor.date_words.text().startswith("before 2027 — some time "
                                                                "before 2027"))
    edited = editor.edited_event()
    assert edited is not None and edited.date == FuzzyDate.of_year(2027).with_limit("BEFORE")


def test_a_limit_with_an_end_is_refused_in_words(window, qtbot):
    editor = _editor(window, qtbot)
    editor.date_edit.setText("by June 2027")
    editor.end_edit.setText("2028")
    qtbot.waitUntil(lambda: not editor.is_valid())
    assert "is one date: clear the End field" in editor.error_label.text()


def test_an_event_with_a_limit_opens_with_it_and_the_details_say_it(window, qtbot):
    timeline = window.document.timeline
    event = dataclasses.replace(timeline.get("munich-meeting"),
                                date=FuzzyDate.of_part(2027, "mid").with_limit("ON_OR_BEFORE"),
                                end=None)
    window.document.update_event(event)
    # (what the limit means, not a precision: verify76 F21, session 57)
    assert date_line(event) == "by mid 2027 (no later than that part of the year)"
    assert describe_with_precision(event.date) == (
        "by mid 2027 — no later than mid 2027 (the middle third of 2027, May–August)")
    editor = EventEditor(timeline, timeline.get(event.id))
    qtbot.addWidget(editor)
    assert editor.date_edit.text() == "by mid 2027"
    qtbot.waitUntil(editor.is_valid)
    assert editor.edited_event().date == event.date  # type: ignore[union-attr]


def test_the_view_draws_a_limit_with_its_words(window, qtbot):
    """A deadline is drawn over its period (where a reader looks for it); its label says it
    is a limit, or the bar would read as an event lasting May-August."""
    import datetime as dt

    timeline = window.document.timeline
    event = dataclasses.replace(timeline.get("munich-meeting"), title="Talks due to conclude",
                                date=FuzzyDate.of_part(2027, "mid").with_limit("ON_OR_BEFORE"),
                                end=None)
    window.document.update_event(event)
    view = window.view
    view.show_range(dt.date(2027, 1, 1).toordinal(), dt.date(2028, 1, 1).toordinal())
    qtbot.waitUntil(lambda: view.label_text(event.id) != "")
    assert view.label_text(event.id) == "Talks due to conclude (by mid 2027)"
    assert view.event_rect(event.id).width() > 50  # the span of mid 2027, not a point


def test_a_circa_limit_is_said_with_its_word_first():
    """Ticking circa on "by June 2027" said "about by June 2027 — …"."""
    text = describe_with_precision(BY_JUNE.with_circa())
    assert text == ("by c. June 2027 — no later than June 2027 (a month) (circa: the date is "
                    "approximate)")
