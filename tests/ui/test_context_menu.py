"""Right-click menus on the timeline view and the event list, opened as a person does:
a real QContextMenuEvent sent where Qt sends it (a right-click to the viewport under the
mouse, the Menu key and Shift+F10 to the focused widget)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu

from timeline_app.ui.context_menu import event_as_text


def _texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _record_popups(monkeypatch) -> list[tuple[list[str], QPoint]]:  # type: ignore[no-untyped-def]
    from timeline_app.ui import context_menu

    shown: list[tuple[list[str], QPoint]] = []
    monkeypatch.setattr(context_menu, "popup",
                        lambda menu, pos: shown.append((_texts(menu), QPoint(pos))))
    return shown


def _right_click(area: QAbstractScrollArea, pos: QPoint) -> None:
    """What Qt does on a right-click: a Mouse QContextMenuEvent to the viewport under it."""
    viewport = area.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)


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


def test_right_click_in_the_view_opens_the_menu_for_the_event_under_the_mouse(
        window, monkeypatch):
    shown = _record_popups(monkeypatch)
    rect = window.view.event_rect("iwaya-seoul-visit")
    assert window.view.event_at(QPointF(rect.center())) == "iwaya-seoul-visit"
    _right_click(window.view, rect.center())
    assert shown and shown[-1][0][0] == "Zoom to Event"
    assert shown[-1][1] == window.view.viewport().mapToGlobal(rect.center())
    assert window.selection.event_id == "iwaya-seoul-visit"
    empty = QPoint(window.view.viewport().width() // 2, window.view.viewport().height() - 3)
    assert window.view.event_at(QPointF(empty)) == ""
    _right_click(window.view, empty)
    assert "Zoom to Event" not in shown[-1][0] and "Fit All" in shown[-1][0]


def test_right_click_in_the_list_opens_the_menu_for_that_row(window, monkeypatch):
    shown = _record_popups(monkeypatch)
    row_rect = window.event_list.visualRect(window.event_list.table_model().index(0, 1))
    assert window.event_list.event_at(row_rect.center()) == "normalization-1965"
    _right_click(window.event_list, row_rect.center())
    assert shown and shown[-1][0][0] == "Zoom to Event"
    assert window.selection.event_id == "normalization-1965"
    # empty space under the rows: hide all categories but the first row's
    keep = window.document.timeline.get("normalization-1965").category
    for category in {e.category for e in window.document.timeline.events} - {keep}:
        window.find_state.toggle_category(category)
    model = window.event_list.table_model()
    last = window.event_list.visualRect(model.index(model.rowCount() - 1, 1))
    below = QPoint(5, last.bottom() + 4)
    assert below.y() < window.event_list.viewport().height()
    assert window.event_list.event_at(below) == ""
    _right_click(window.event_list, below)
    assert "Zoom to Event" not in shown[-1][0]


def test_menu_key_and_shift_f10_open_the_menu_for_the_selected_event(
        window, monkeypatch, qtbot):
    shown = _record_popups(monkeypatch)
    window.selection.select("munich-meeting")
    for widget in (window.view, window.event_list):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Menu)
        assert shown[-1][0][:1] == ["Zoom to Event"]
        qtbot.keyClick(widget, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        assert shown[-1][0][:1] == ["Zoom to Event"]
    assert len(shown) == 4
    # Where the menu opens: on the selected event in the view
    rect = window.view.event_rect("munich-meeting")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Menu)
    assert shown[-1][1] == window.view.viewport().mapToGlobal(rect.center())
    assert window.selection.event_id == "munich-meeting"


def test_keyboard_context_menu_event_to_the_focused_area(window, monkeypatch):
    """A platform that turns the Menu key into a Keyboard QContextMenuEvent (xcb does)
    sends it to the focused area itself, not its viewport."""
    shown = _record_popups(monkeypatch)
    window.selection.select("munich-meeting")
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0),
                              window.view.mapToGlobal(QPoint(0, 0)))
    QApplication.sendEvent(window.view, event)
    assert shown[-1][0][:1] == ["Zoom to Event"]
    window.selection.select(None)
    QApplication.sendEvent(window.event_list, QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), window.event_list.mapToGlobal(QPoint())))
    assert "Zoom to Event" not in shown[-1][0] and "Fit All" in shown[-1][0]


def test_copy_as_text_copies_every_selected_event_by_date(window):
    """verify43 F34: with 22 events selected, Copy as Text copied the one clicked."""
    window.selection.select_many(("cho-iwaya-tokyo", "munich-meeting"), "cho-iwaya-tokyo")
    menu = window.context_menu_for("cho-iwaya-tokyo")
    action = next(a for a in menu.actions() if a.text() == "&Copy 2 Events as Text")
    action.trigger()
    text = QApplication.clipboard().text()
    assert text.index("Cho and Iwaya meet in Munich") < text.index("Cho and Iwaya hold")
    assert text.count("———") == 1


def test_a_merged_events_quotes_each_name_their_own_article():
    """verify43 F34: a merged event's three quotes all read as its first article's."""
    import datetime as dt

    from timeline_app.core import Event, Evidence, FuzzyDate, Source
    from timeline_app.core.sourced import SourcedEvidence

    politika = Source("p", title="POLITIKA", outlet="Politika")
    ministry = Source("m", title="Kosovo MFA statement", outlet="Kosovo MFA")
    event = Event("e", "Central Bank bans dinar payments", FuzzyDate.of_day(dt.date(2024, 2, 1)),
                  source_id="p",
                  evidence=(Evidence("The ban took effect.", 0, 20),
                            SourcedEvidence("Kosovo banned the dinar.", 0, 24, source="m")))
    text = event_as_text(event, politika, {"p": politika, "m": ministry})
    first, second = text.split("“The ban took effect.”")[1].split("“Kosovo banned the dinar.”")
    assert "Politika" in first and "Kosovo MFA" not in first
    assert "Kosovo MFA" in second and "Politika" not in second
