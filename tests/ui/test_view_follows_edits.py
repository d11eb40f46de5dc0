"""verify18, finding 4: after an edit, an added event or an undo/redo, the view shows the
changed event, zoomed out enough to show all of it; and it does not move when the event
is already wholly in view.

The trial: a 2010 event edited to "the 1980s" left the view on 2008-2012; "c. 1990s"
added with Ctrl+E showed one week of January 1990 at the day's zoom; two later edits (to
2021, 2024) and a Redo left the view on that empty week.  All fail on main ``6840e45``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app.core import FuzzyDate


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _wholly_shown(window, event_id: str) -> bool:  # type: ignore[no-untyped-def]
    view = window.view
    start, end = window.document.timeline.get(event_id).day_range()
    width = view.viewport().width()
    return view.x_of_day(start) >= 0 and view.x_of_day(end) <= width


def _new_event(window, qtbot, recorded_prompts, title: str, date: str) -> str:  # type: ignore[no-untyped-def]
    def script(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.title_edit, title)
        _type(qtbot, dialog.date_edit, date)
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = script
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    return str(window.selection.event_id)


def _edit_date(window, qtbot, recorded_prompts, date: str) -> None:  # type: ignore[no-untyped-def]
    def script(dialog):  # type: ignore[no-untyped-def]
        _type(qtbot, dialog.date_edit, date)
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = script
    assert window.edit_selected()  # F2
    QApplication.processEvents()


def test_an_event_edited_to_a_far_date_is_brought_into_view(window, qtbot, recorded_prompts):
    event_id = _new_event(window, qtbot, recorded_prompts, "Test handwritten event",
                          "5 March 2010")
    # The trial's view after the add: 13 Dec 2007 - 26 May 2012 (no longer at Fit All).
    window.view.show_range(dt.date(2007, 12, 13).toordinal(), dt.date(2012, 5, 26).toordinal())
    assert _wholly_shown(window, event_id)
    _edit_date(window, qtbot, recorded_prompts, "the 1980s")
    assert window.document.timeline.get(event_id).date == FuzzyDate.of_decade(1980)
    assert _wholly_shown(window, event_id)  # was: the view stayed on 2008-2012


def test_a_decade_added_at_a_days_zoom_is_shown_whole(window, qtbot, recorded_prompts):
    window.view.go_to_date(dt.date(2025, 3, 22), 7)
    event_id = _new_event(window, qtbot, recorded_prompts, "A decade", "c. 1990s")
    assert window.document.timeline.get(event_id).date.start_day() == dt.date(
        1990, 1, 1).toordinal()
    assert _wholly_shown(window, event_id)  # was: 31 Dec 1989 - 7 Jan 1990
    # Edited twice more and redone: each time the event is shown.
    for date in ("spring 2021", "between 3 and 5 May 2024"):
        _edit_date(window, qtbot, recorded_prompts, date)
        assert _wholly_shown(window, event_id), date
    stack = window.document.undo_stack
    for _ in range(3):
        stack.undo()
    window.view.go_to_date(dt.date(1700, 1, 1), 30)
    for _ in range(3):
        stack.redo()
        QApplication.processEvents()
        assert window.selection.event_id == event_id
        assert _wholly_shown(window, event_id)


def test_an_edit_of_an_event_in_view_does_not_move_the_view(window, qtbot, recorded_prompts):
    event = next(e for e in window.document.timeline if "Munich" in e.title)
    window.view.show_range(dt.date(2024, 6, 1).toordinal(), dt.date(2025, 9, 1).toordinal())
    window.selection.select(event.id)
    QApplication.processEvents()
    before = window.view.visible_days()
    _edit_date(window, qtbot, recorded_prompts, "March 2025")
    assert window.view.visible_days() == before
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert window.view.visible_days() == before
