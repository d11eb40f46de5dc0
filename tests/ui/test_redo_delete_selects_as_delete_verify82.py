"""verify82 F9: after Delete the event before it was selected; after Undo and then Redo of
the same delete nothing was.  The redo selects what the delete left selected."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate


def test_redo_of_a_delete_selects_as_the_delete_did(window) -> None:  # type: ignore[no-untyped-def]
    window.document.add_event(Event("first", "Envoys meet in Lima", FuzzyDate.of_year(1992),
                                    category="Conflict"))
    window.document.add_event(Event("second", "Envoys meet again in Lima",
                                    FuzzyDate.of_year(1993), category="Conflict"))
    window.view.fit_all()
    QApplication.processEvents()
    window.selection.select("second")
    window.delete_selected()
    assert window.selection.event_id == "first"
    window.document.undo_stack.undo()
    assert window.selection.event_id == "second"  # brought back, selected
    window.document.undo_stack.redo()
    assert "second" not in window.document.timeline
    assert window.selection.event_id == "first"
    # and once more, the same
    window.document.undo_stack.undo()
    window.document.undo_stack.redo()
    assert window.selection.event_id == "first"


def test_redo_of_an_addition_undone_still_selects_it(window) -> None:  # type: ignore[no-untyped-def]
    window.document.add_event(Event("talks", "Envoys meet in Lima", FuzzyDate.of_year(1992),
                                    category="Conflict"))
    window.selection.select("talks")
    window.document.undo_stack.undo()
    assert window.selection.event_id == ""
    window.document.undo_stack.redo()
    assert window.selection.event_id == "talks"
