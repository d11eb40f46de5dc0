"""An event's status in the window (verify42 F9: a fact-checker could say who reported what
but not that a date was disputed, and put the verdict into titles): the editor's choice
(Alt+U), Details beside the date, the Events list's Status column (sortable), Filters'
Status.  Each test fails before session 33 (no status anywhere)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.test_event_list_columns import _list as events_list
from tests.ui.test_filter_article_outlet import window_with_filters
from timeline_app.core import Event, FuzzyDate, Source, Timeline

PNG_DIR = Path(os.environ.get("TIMELINE_PNG_DIR", "/nonexistent"))


def test_the_editor_chooses_a_status_by_its_letter_as_one_undo_step(
        window, qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    event_id = window.view.event_ids()[2]
    window.view.select_event(event_id)
    before = window.document.timeline.get(event_id)
    assert before.status == ""
    steps = window.document.undo_stack.count()

    def script(dialog):  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QLabel

        assert dialog.status_combo.currentText() == "Not assessed"
        label = next(w for w in dialog.findChildren(QLabel) if w.text() == "Stat&us:")
        assert label.buddy() is dialog.status_combo  # Alt+U (its own: test_event_editor)
        dialog.status_combo.setFocus()
        qtbot.keyClick(dialog.status_combo, Qt.Key.Key_D)  # Disputed (then Denied)
        assert dialog.status_combo.currentText() == "Disputed"
        assert dialog.has_changes()
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = script
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    after = window.document.timeline.get(event_id)
    assert after == dataclasses.replace(before, status="disputed")
    assert window.document.undo_stack.count() == steps + 1
    from timeline_app.commands import quoted_title

    assert window.document.undo_stack.undoText() == f"Mark {quoted_title(before.title)} disputed"
    assert "Status: Disputed" in window.detail_pane.plain_text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.timeline.get(event_id) == before
    assert "Status:" not in window.detail_pane.plain_text()


def test_the_editor_opens_on_the_events_status_and_lists_every_one(
        window, qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.event_editor import EventEditor

    event = dataclasses.replace(next(iter(window.document.timeline)), status="denied")
    dialog = EventEditor(window.document.timeline, event)
    qtbot.addWidget(dialog)
    box = dialog.status_combo
    assert [box.itemText(i) for i in range(box.count())] == [
        "Not assessed", "Confirmed", "Unconfirmed", "Disputed", "Denied"]
    assert box.currentText() == "Denied" and not dialog.has_changes()
    assert "says it did not happen" in box.itemData(4, Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(0)
    assert dialog.edited_event().status == ""  # type: ignore[union-attr]


def _jeddah() -> Timeline:
    day, next_day = FuzzyDate.of_day(dt.date(2026, 12, 2)), FuzzyDate.of_day(dt.date(2026, 12, 3))
    sources = {"ap": Source("ap", "Truce signed", outlet="AP")}
    return Timeline.from_events([
        Event("signed", "Truce agreement signed in Jeddah", day, source_id="ap",
              status="disputed"),
        Event("talks", "Talks resume", day, status="confirmed"),
        Event("ceremony", "Signing ceremony", next_day),
        Event("denied", "RSF withdraws from Khartoum", next_day, status="denied"),
        Event("later", "Monitors named", next_day, status="disputed"),
    ], sources=sources)


def test_details_say_the_status_beside_the_date(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.detail_pane import event_html

    timeline = _jeddah()
    html = event_html(timeline.get("signed"), timeline.sources["ap"])
    assert ("<b>Date:</b> 2 December 2026 (day) &nbsp;·&nbsp; <b>Status:</b> Disputed</p>"
            in html)
    assert "Status" not in event_html(timeline.get("ceremony"), None)


def test_the_events_list_has_a_status_column_sorted_by_verdict(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(_jeddah())
    qtbot.addWidget(window)
    events = events_list(qtbot, 900, window)
    model = events.table_model()
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Status"
    assert not events.isColumnHidden(3)
    column = [model.index(row, 3).data() for row in range(model.rowCount())]
    assert column == ["Disputed", "Confirmed", "", "Denied", "Disputed"]  # date order
    assert "Disputed" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    events.horizontalHeader().sectionClicked.emit(3)
    events.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert [model.event_id(row) for row in range(model.rowCount())] == [
        "talks", "signed", "later", "denied", "ceremony"]  # not assessed last; ties by date
    if PNG_DIR.is_dir():
        events.grab().save(str(PNG_DIR / "edit30-events-status.png"))
    # Narrow: Category and Status give their room to the titles (the tooltip says both).
    events.resize(300, 300)
    qtbot.waitUntil(lambda: events.isColumnHidden(3))
    assert events.isColumnHidden(2)


def test_filters_show_the_events_of_one_status(qtbot):  # type: ignore[no-untyped-def]
    window = window_with_filters(qtbot, _jeddah())
    panel = window.filter_panel
    box = panel.status_combo
    assert [box.itemText(i) for i in range(box.count())] == [
        "Any status", "Confirmed (1)", "Disputed (2)", "Denied (1)", "Not assessed (1)"]
    box.setCurrentIndex(box.findData("disputed"))
    assert window.find_state.filter.statuses == frozenset({"disputed"})
    assert window.find_state.hidden == {"talks", "ceremony", "denied"}
    box.setCurrentIndex(box.findData(""))
    assert window.find_state.hidden == {"signed", "talks", "denied", "later"}
    panel.clear_button.click()
    assert box.currentIndex() == 0 and not window.find_state.filter.is_active


def test_set_status_marks_every_selected_event_as_one_undo_step(qtbot):  # type: ignore[no-untyped-def]
    """Edit → Set Status ▸ (Alt+E, S) and the right-click Stat&us ▸: a fact-checker going
    down the list marks events without opening the editor."""
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(_jeddah())
    qtbot.addWidget(window)
    document = window.document
    assert not window.status_menu.menuAction().isEnabled()  # nothing selected
    window.selection.select_many(["ceremony", "talks", "signed"], "signed")
    assert window.status_menu.menuAction().isEnabled()
    window.status_menu.aboutToShow.emit()
    ticked = [a.text() for a in window.status_menu.actions() if a.isChecked()]
    assert ticked == ["&Disputed"]  # the current event's ("signed")
    denied = next(a for a in window.status_menu.actions() if a.data() == "denied")
    denied.trigger()
    assert [document.timeline.get(i).status for i in ("ceremony", "talks", "signed")] == [
        "denied"] * 3
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Mark 3 events denied"
    assert window.statusBar().currentMessage() == "Marked 3 events denied."
    document.undo_stack.undo()
    assert [document.timeline.get(i).status for i in ("ceremony", "talks", "signed")] == [
        "", "confirmed", "disputed"]
    window.selection.select("ceremony")
    menu = window.context_menu_for("ceremony")
    status = next(a.menu() for a in menu.actions() if a.text() == "Stat&us")
    next(a for a in status.actions() if a.text() == "Not &assessed").trigger()
    assert document.undo_stack.count() == 1 and window.statusBar().currentMessage() == (
        "The event is not assessed already.")
    next(a for a in status.actions() if a.text() == "&Unconfirmed").trigger()
    assert document.undo_stack.undoText() == "Mark “Signing ceremony” unconfirmed"
    menu.deleteLater()


def test_set_status_refuses_a_status_that_is_none(qtbot):  # type: ignore[no-untyped-def]
    import pytest

    from timeline_app.document import Document

    document = Document(_jeddah())
    with pytest.raises(ValueError, match="no such status"):
        document.set_status(["signed"], "rumoured")
    assert document.set_status(["signed", "no-such-id"], "disputed") == 0
    assert document.undo_stack.count() == 0
