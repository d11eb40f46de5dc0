"""The timeline view's viewport is made in Python and set up as Qt's own (issue 11)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QMainWindow
from shiboken6 import Shiboken

from timeline_app.ui.scroll_area import VIEWPORT_NAME, PythonViewportScrollArea


def _described(qtbot, area: QAbstractScrollArea) -> dict[str, object]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(area)
    window.resize(400, 300)
    with qtbot.waitExposed(window):
        window.show()
    viewport = area.viewport()
    return {
        "name": viewport.objectName(),
        "role": viewport.backgroundRole(),
        "filled": viewport.autoFillBackground(),
        "focus proxy": viewport.focusProxy() is area,
        "parent": viewport.parent() is area,
        "visible": viewport.isVisible(),
        "geometry": viewport.geometry().getRect(),
        "attributes": [a.name for a in Qt.WidgetAttribute if viewport.testAttribute(a)],
        "children": sorted(child.objectName() for child in area.children()),
    }


def test_the_python_made_viewport_is_set_up_as_qts_own(qtbot):
    ours = PythonViewportScrollArea()
    assert Shiboken.createdByPython(ours.viewport())
    assert ours.viewport().objectName() == VIEWPORT_NAME == "qt_scrollarea_viewport"
    assert _described(qtbot, ours) == _described(qtbot, QAbstractScrollArea())


def test_the_timeline_views_viewport_is_the_python_made_one(qtbot):
    from timeline_app.document import Document
    from timeline_app.io.bundled import load_default_timeline
    from timeline_app.selection import EventSelection
    from timeline_app.ui.timeline_view import TimelineView

    document = Document(load_default_timeline())
    view = TimelineView(document, EventSelection())
    qtbot.addWidget(view)
    assert isinstance(view, PythonViewportScrollArea)
    assert Shiboken.createdByPython(view.viewport())
    assert view.viewport().hasMouseTracking()  # the view's own set-up still applies
    assert view.viewport().testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
