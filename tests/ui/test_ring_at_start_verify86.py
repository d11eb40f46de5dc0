"""verify86 F5 (session 63), fix92: at start the timeline had the keys (→ selected an
event) and nothing showed where they were.  Until the first click, the widget the keys
come to by any way is marked: the timeline, the Events list and the panes by their own
frame drawn in the highlight colour (``KeyboardFocusRing.edged``), outside their pixels.

fix91's ring at start, an overlay on the timeline, was taken back at the merge for what
it cost (a paint and a layout at each Events-list key, a second paint at start, pixels
over the kept rows): those tests (``test_list50_keys``, ``test_list55_kept_rows``,
``test_first_show_laid_out_once``) pass unchanged with the frame."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from tests.ui.test_list49_paint import _Paints  # (counts a widget's paint events)


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def _edge_pixels(widget) -> set[tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    """The colours of the widget's frame on the window (its backing store), along the
    middle of its top and left edges."""
    device = widget.backingStore().paintDevice()
    assert isinstance(device, QImage)
    at = widget.mapTo(widget.window(), QPoint(0, 0))
    ratio = device.devicePixelRatio()
    colours = set()
    for x, y in ((widget.width() // 2, 0), (0, widget.height() // 2)):
        colour = QColor(device.pixel(int((at.x() + x) * ratio), int((at.y() + y) * ratio)))
        colours.add(colour.getRgb()[:3])
    return colours


def test_the_timeline_shows_it_has_the_keys_at_start(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.theme import visible_edge

    view = window.view
    window.activateWindow()
    qtbot.waitUntil(view.hasFocus)
    _settle(qtbot)
    ring = window.focus_ring
    assert ring.edged() is view
    palette = view.palette()
    edge = visible_edge(palette.color(palette.ColorRole.Highlight),
                        palette.color(palette.ColorRole.Base),
                        palette.color(palette.ColorRole.Text)).getRgb()[:3]
    assert _edge_pixels(view) == {edge}
    # Nothing laid over the lanes: the viewport is not painted again for it
    paints = _Paints()
    view.viewport().installEventFilter(paints)
    view.update(ring._frame_region(view))
    _settle(qtbot)
    assert paints.count == 0
    # The keys go to the Events list (F6, a menu, the list's own key): it is marked, the
    # timeline no longer
    window.event_list.setFocus(Qt.FocusReason.OtherFocusReason)
    _settle(qtbot)
    assert ring.edged() is window.event_list
    assert edge not in _edge_pixels(view)
    assert _edge_pixels(window.event_list) == {edge}


def test_a_click_ends_the_marking(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    window.activateWindow()
    qtbot.waitUntil(view.hasFocus)
    _settle(qtbot)
    assert window.focus_ring.edged() is view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    _settle(qtbot)
    assert window.focus_ring.edged() is None
    window.event_list.setFocus(Qt.FocusReason.OtherFocusReason)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    _settle(qtbot)
    assert window.focus_ring.edged() is None  # (a click was made: as before fix91)
    window.event_list.setFocus(Qt.FocusReason.OtherFocusReason)
    view.setFocus(Qt.FocusReason.TabFocusReason)  # Tab still rings, as always
    assert window.focus_ring.target() is view
