"""A selection of several events is visible: the status line and the details say how
many, and Delete of several says what went, most of all what was not in view (new-user
trial 8: an undone import left 5 events selected, 4 off screen; the status bar and the
details named one, and Delete removed all 5 without a word)."""

from __future__ import annotations


def _five(window):  # type: ignore[no-untyped-def]
    return [e.id for e in window.document.timeline.events[:5]]


def test_status_line_and_details_say_how_many_are_selected(window, qtbot):
    ids = _five(window)
    window.selection.select_many(ids)
    first = window.document.timeline.get(ids[0])
    assert f"5 selected: {first.title} (" in window._status.text()
    assert window._status.text().endswith("and 4 more")
    text = window.detail_pane.plain_text()
    assert text.startswith("5 events selected")
    for event_id in ids:
        assert window.document.timeline.get(event_id).title in text
    assert "Delete removes all 5" in text
    window.selection.select(ids[0])  # back to one: no count anywhere
    assert "selected: " in window._status.text() and "5 selected" not in window._status.text()
    assert "events selected" not in window.detail_pane.plain_text()


def test_an_undone_deletion_selects_its_events_and_says_so(window, qtbot):
    ids = _five(window)
    window.selection.select_many(ids)
    window.delete_selected()
    window.document.undo_stack.undo()  # undo selects the events the step brought back
    assert set(window.selection.event_ids) == set(ids)
    assert "5 selected: " in window._status.text()
    assert window.detail_pane.plain_text().startswith("5 events selected")


def test_deleting_several_says_how_many_went_and_how_many_were_not_in_view(window, qtbot):
    timeline = window.document.timeline
    ids = _five(window)
    first = timeline.get(ids[0])
    # Only the first event's days are shown: the other four are off screen.
    window.view.show_range(first.date.start_day(), first.date.end_day() - 0.5)
    window.selection.select_many(ids)
    assert window.delete_action.text() == "&Delete 5 Events"
    window.delete_action.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Deleted 5 events (")
    assert "not in view" in message and "Undo (Ctrl+Z) brings them back" in message
    window.document.undo_stack.undo()
    assert all(i in timeline for i in ids)


def test_deleting_one_names_it(window, qtbot):
    event = window.document.timeline.events[0]
    window.selection.select(event.id)
    window.delete_action.trigger()
    assert window.statusBar().currentMessage() == (
        f"Deleted “{event.title}”. Edit → Undo (Ctrl+Z) brings it back.")


def test_delete_of_many_events_out_of_sight_asks_first(window, recorded_prompts) -> None:  # type: ignore[no-untyped-def]
    """verify60 F20: undoing a lane's rename left its 12 433 events selected, and the next
    Delete removed them all without a word of warning (Undo brought them back).  Delete of
    at least ``MANY_TO_DELETE`` events asks first; Cancel keeps them; a few events are
    deleted at once as before."""
    from timeline_app.core import Event, FuzzyDate
    from timeline_app.ui.main_window import MANY_TO_DELETE

    window.document.merge_events([], [Event(f"m{n}", f"Vote {n}",
                                            FuzzyDate.of_year(1950 + n % 60), category="vote")
                                      for n in range(MANY_TO_DELETE + 20)], [], "Add votes")
    before = len(window.document.timeline)
    window.selection.select_many([f"m{n}" for n in range(MANY_TO_DELETE + 20)])
    recorded_prompts.delete_many = False
    window.delete_selected()
    assert recorded_prompts.delete_many_questions and \
        recorded_prompts.delete_many_questions[0][0] == MANY_TO_DELETE + 20
    assert len(window.document.timeline) == before
    recorded_prompts.delete_many = True
    window.delete_selected()
    assert len(window.document.timeline) == before - MANY_TO_DELETE - 20
    window.selection.select_many([window.view.event_ids()[0]])
    asked = len(recorded_prompts.delete_many_questions)
    window.delete_selected()
    assert len(recorded_prompts.delete_many_questions) == asked  # one: not asked
