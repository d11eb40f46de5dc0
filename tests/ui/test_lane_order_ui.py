"""Lanes people put in the order they want, kept in the file (lanes18, session 16: lanes
came in the app's order, and a renamed known lane jumped to the end).

Move Lane Up / Down / to Top / to Bottom in the legend entry's menu, the timeline's menu
over a lane and Edit → Lane Order ▸; each one undo step through ``Document.move_lane``
(``core.lanes.reorder_lane``, ``commands.ChangeLanesCommand``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu

from timeline_app.document import Document
from timeline_app.ui import lane_dialog, style


@pytest.fixture(autouse=True)
def _no_chosen_colours_after() -> Iterator[None]:
    yield
    style.assign_category_colors([])


def _view_lanes(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [lane.category for lane in window.view._layout().lanes]


def _entries(menu: QMenu) -> dict[str, object]:
    return {a.text(): a for a in menu.actions() if not a.isSeparator()}


def _panel_lanes(window) -> list[str]:  # type: ignore[no-untyped-def]
    panel = window.filter_panel.categories
    return [panel.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.count())]


def test_the_legend_menu_moves_a_lane_and_every_view_follows(window) -> None:  # type: ignore[no-untyped-def]
    document = window.document
    lanes = window.legend_bar.lanes()
    assert _view_lanes(window) == lanes and len(lanes) >= 3
    first, second = lanes[0], lanes[1]
    menu = window.legend_bar.category_menu(first)
    entries = _entries(menu)
    assert list(entries)[-4:] == ["Move Lane &Up", "Move Lane D&own", "Move Lane to &Top",
                                  "Move Lane to &Bottom"]
    assert not entries["Move Lane &Up"].isEnabled()  # type: ignore[attr-defined]
    assert not entries["Move Lane to &Top"].isEnabled()  # type: ignore[attr-defined]
    entries["Move Lane D&own"].trigger()  # type: ignore[attr-defined]
    moved = [second, first, *lanes[2:]]
    assert document.timeline.lane_order == moved
    assert window.legend_bar.lanes() == moved
    assert _view_lanes(window) == moved
    from PySide6.QtWidgets import QApplication

    window._filter_dock.show()  # a hidden panel counts when next shown
    window._filter_dock.raise_()
    QApplication.processEvents()
    assert _panel_lanes(window) == moved
    # hidden again while the window lives: its dock's toggled handler posts to the window,
    # which raised in a later test once the window was gone (a pre-existing teardown race)
    window._filter_dock.hide()
    QApplication.processEvents()
    assert document.undo_stack.undoText().startswith("Move lane ")
    assert document.undo_stack.undoText().endswith(" down")
    document.undo_stack.undo()
    assert document.timeline.lane_order == [] and _view_lanes(window) == lanes
    document.undo_stack.redo()
    assert _view_lanes(window) == moved
    menu = window.legend_bar.category_menu(lanes[-1])
    entries = _entries(menu)
    assert not entries["Move Lane D&own"].isEnabled()  # type: ignore[attr-defined]
    entries["Move Lane to &Top"].trigger()  # type: ignore[attr-defined]
    assert _view_lanes(window)[0] == lanes[-1]
    assert document.undo_stack.count() == 2  # one step each


def test_a_letter_in_the_open_legend_menu_moves_the_lane(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    lanes = window.legend_bar.lanes()
    menu = window.legend_bar.category_menu(lanes[0])
    menu.popup(window.mapToGlobal(QPoint(100, 100)))
    qtbot.waitExposed(menu)
    qtbot.keyClick(menu, Qt.Key.Key_B)  # Move Lane to &Bottom, a plain letter
    assert _view_lanes(window) == [*lanes[1:], lanes[0]]


def test_the_timeline_menu_over_a_lane_moves_it(window) -> None:  # type: ignore[no-untyped-def]
    lanes = window.legend_bar.lanes()
    menu = window.context_menu_for("", lanes[-1])
    entries = _entries(menu)
    assert "Move Lane to &Top" in entries and not entries[  # type: ignore[attr-defined]
        "Move Lane D&own"].isEnabled()
    entries["Move Lane &Up"].trigger()  # type: ignore[attr-defined]
    assert _view_lanes(window) == [*lanes[:-2], lanes[-1], lanes[-2]]
    menu.deleteLater()


def test_edit_lane_order_starts_at_the_selected_events_lane(window) -> None:  # type: ignore[no-untyped-def]
    lanes = window.legend_bar.lanes()
    window.selection.select("munich-meeting")
    window.lane_order_menu.aboutToShow.emit()
    active = window.lane_order_menu.activeAction()
    assert active is not None and active.text().replace("&", "") == "Meeting"
    sub = active.menu()
    _entries(sub)["Move Lane to &Top"].trigger()  # type: ignore[attr-defined]
    assert _view_lanes(window)[0] == "meeting"
    assert window.document.timeline.lane_order[0] == "meeting"
    assert sorted(window.document.timeline.lane_order) == sorted(lanes)


def test_a_renamed_lane_keeps_its_place_and_a_merged_one_leaves_it(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    document = window.document
    window.legend_bar.move_lane("visit", "top")
    order = list(document.timeline.lane_order)
    monkeypatch.setattr(lane_dialog, "ask_lane_name", lambda *_args: "<b>Trips</b>")
    window.legend_bar.rename_lane("visit")
    assert document.timeline.lane_order[0] == "<b>Trips</b>"
    assert _view_lanes(window)[0] == "<b>Trips</b>"
    document.undo_stack.undo()
    assert document.timeline.lane_order == order and _view_lanes(window)[0] == "visit"
    monkeypatch.setattr(lane_dialog, "ask_lane_name", lambda *_args: "Treaty")
    monkeypatch.setattr(lane_dialog, "ask_merge_lanes", lambda *_args: True)
    window.legend_bar.rename_lane("visit")  # merged into Treaty: Treaty keeps its place
    assert "visit" not in document.timeline.lane_order
    assert _view_lanes(window) == [c for c in order if c != "visit"]


def test_the_order_is_saved_and_read_back(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    window.legend_bar.move_lane(window.legend_bar.lanes()[-1], "top")
    order = list(window.document.timeline.lane_order)
    path = tmp_path / "ordered.json"
    window.document.save(str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2
    again = Document.open(path)
    assert again.timeline.lane_order == order
    assert window.open_path(str(path), background=False)
    assert _view_lanes(window) == order


def test_moving_a_lane_that_cannot_move_pushes_nothing(window) -> None:  # type: ignore[no-untyped-def]
    lanes = window.legend_bar.lanes()
    assert not window.legend_bar.move_lane(lanes[0], "up")
    assert not window.legend_bar.move_lane("no such lane", "down")
    assert window.document.undo_stack.count() == 0
    with pytest.raises(ValueError, match="up, down, top or bottom"):
        window.document.move_lane(lanes[0], "sideways", lanes)


def _drop(legend, lane: str, x: float) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.legend import LANE_MIME

    mime = QMimeData()
    mime.setData(LANE_MIME, lane.encode("utf-8"))
    at = QPoint(round(x), legend.height() // 2)
    # Qt hands a drop to the widget its drag entered: enter first, as a real drag does
    enter = QDragEnterEvent(at, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(legend, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(at), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(legend, event)


def test_a_legend_entry_dropped_elsewhere_moves_its_lane(window) -> None:  # type: ignore[no-untyped-def]
    legend = window.legend_bar
    lanes = legend.lanes()
    buttons = legend.buttons()
    third = buttons[lanes[2]].geometry()
    _drop(legend, lanes[0], third.left() + 2)  # before the third: the second place
    assert legend.lanes() == [lanes[1], lanes[0], *lanes[2:]]
    assert _view_lanes(window) == legend.lanes()
    assert window.document.undo_stack.undoText() == (
        f"Move lane {lanes[0].capitalize()} after {lanes[1].capitalize()}")  # (ui19)
    _drop(legend, lanes[1], legend.width() - 1)  # right of them all: the last place
    assert legend.lanes()[-1] == lanes[1]
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert legend.lanes() == lanes and window.document.timeline.lane_order == []


def test_a_press_and_move_on_an_entry_drags_it_not_toggles(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    legend = window.legend_bar
    lane = legend.lanes()[1]
    button = legend.buttons()[lane]
    dragged: list[str] = []
    monkeypatch.setattr(legend, "start_drag", lambda _button, category: dragged.append(category))
    qtbot.mousePress(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.mouseMove(button, QPoint(40, 6))
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, pos=QPoint(40, 6))
    assert dragged == [lane]
    assert lane not in window.find_state.filter.hidden_categories  # no click: still shown
