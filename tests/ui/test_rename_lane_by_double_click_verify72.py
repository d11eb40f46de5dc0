"""verify72 F15: renaming a lane was only reachable through Edit → Rename Lane ▸ (whose
submenu moved with the Edit menu's width) or its right-click menu; a double-click on
the lane's name on the timeline is what a person tries first.  It now asks the lane's
new name (``lane_dialog.rename_lane``), one undo step as from the menus."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from timeline_app.ui import lane_dialog


def _double_click(view, at: QPointF) -> None:  # type: ignore[no-untyped-def]
    event = QMouseEvent(QMouseEvent.Type.MouseButtonDblClick, at, view.mapToGlobal(at),
                        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport() if hasattr(view, "viewport") else view, event)


def test_a_double_click_on_a_lane_s_name_renames_it(window, monkeypatch):  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def rename(_parent, document, category):  # type: ignore[no-untyped-def]
        asked.append(category)
        return None

    monkeypatch.setattr(lane_dialog, "rename_lane", rename)
    view = window.view
    rect = view.lane_name_rect("meeting")
    assert rect.isValid()
    before = len(window.document.timeline)
    _double_click(view, QPointF(rect.center()))
    assert asked == ["meeting"]
    assert len(window.document.timeline) == before  # no new event added there
