"""Right-click menus on the timeline view and the event list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QApplication, QMenu

from timeline_app.ui.context_menu import event_as_text


def _texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_event_menu_has_zoom_copy_hide_and_editing_actions(window):
    menu = window.context_menu_for("munich-meeting")
    texts = _texts(menu)
    assert texts[:3] == ["Zoom to Event", "Copy as Text", "Hide Meeting Events"]
    assert "Delete Event" in texts  # the editing section
    assert window.selection.event_id == "munich-meeting"  # right-click selects


def test_timeline_menu_without_an_event(window):
    texts = _texts(window.context_menu_for(""))
    assert "Fit All" in texts and "Zoom to Event" not in texts


def test_copy_as_text(window):
    menu = window.context_menu_for("munich-meeting")
    next(a for a in menu.actions() if a.text() == "&Copy as Text").trigger()
    text = QApplication.clipboard().text()
    assert text.startswith("Cho and Iwaya meet in Munich\nFebruary 2025 (month)")
    assert "Place: Munich, Germany" in text
    event = window.document.timeline.get("munich-meeting")
    assert text == event_as_text(event, window.document.timeline.sources[event.source_id])


def test_zoom_to_event(window):
    before = window.view.px_per_day()
    menu = window.context_menu_for("cho-iwaya-tokyo")
    next(a for a in menu.actions() if a.text() == "&Zoom to Event").trigger()
    assert window.view.px_per_day() > before * 10
    assert window.view.event_rect("cho-iwaya-tokyo").isValid()


def test_hide_category_from_the_menu(window):
    menu = window.context_menu_for("munich-meeting")
    next(a for a in menu.actions() if "Hide" in a.text()).trigger()
    assert "meeting" in window.find_state.filter.hidden_categories


def test_right_click_in_view_and_list_opens_the_menu_for_that_event(window, monkeypatch):
    shown: list[list[str]] = []
    from timeline_app.ui import context_menu

    monkeypatch.setattr(context_menu, "popup", lambda menu, _pos: shown.append(_texts(menu)))
    rect = window.view.event_rect("iwaya-seoul-visit")
    assert window.view.event_at(QPointF(rect.center())) == "iwaya-seoul-visit"
    window.view.viewport().customContextMenuRequested.emit(rect.center())
    assert shown[-1][0] == "Zoom to Event"
    assert window.selection.event_id == "iwaya-seoul-visit"
    row_rect = window.event_list.visualRect(window.event_list.table_model().index(0, 1))
    assert window.event_list.event_at(row_rect.center()) == "normalization-1965"
    window.event_list.viewport().customContextMenuRequested.emit(row_rect.center())
    assert window.selection.event_id == "normalization-1965"
    window.event_list.viewport().customContextMenuRequested.emit(QPoint(5, 5000))
    assert "Zoom to Event" not in shown[-1]
