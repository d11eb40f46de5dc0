"""A small pan keeps a title at the view's right edge on its side when the other side
would cut the title before it across a band (verify64 F7).

mideast.json at Fit All in a view 881 px wide, then Ctrl+Shift+← (an eighth of the view):
"Israel and Hamas agree first…" went from the right of its marker to its left, and
"Abraham Accords", whole across the narrow 2020 band at Fit All, read "Abraha…"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.test_view61_titles_across_bands import _fitted
from timeline_app.ui.view_base import PAN_MODIFIERS


def _right_of_marker(item) -> bool:  # type: ignore[no-untyped-def]
    return item.label_rect.left() > item.marker.right()


def test_a_pan_keeps_the_edge_title_right_and_its_neighbour_whole(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    layout = _fitted(window, 1290)
    view = window.view
    assert view.viewport().width() < 900  # (her layout: the Events list beside)
    fitted = layout.items_by_id
    assert fitted["e3"].label == "Abraham Accords"
    assert _right_of_marker(fitted["e11"])
    marker_before = fitted["e11"].marker.center().x()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Left, PAN_MODIFIERS)
    qtbot.waitUntil(lambda: view._layout().items_by_id["e11"].marker.center().x()
                    > marker_before + 50)
    qtbot.wait(200)
    panned = view._layout().items_by_id
    assert panned["e3"].label == "Abraham Accords"  # whole, as at Fit All
    edge = panned["e11"]
    assert _right_of_marker(edge), edge.label  # on its side, shortened at the edge
    assert edge.label_rect.right() <= view.viewport().width()
    assert edge.label.endswith("…") and len(edge.label.split()) >= 2, edge.label
    # The pan back gives Fit All's titles again
    QTest.keyClick(view, Qt.Key.Key_Right, PAN_MODIFIERS)
    qtbot.waitUntil(lambda: abs(view._layout().items_by_id["e11"].marker.center().x()
                                - marker_before) < 1)
    back = view._layout().items_by_id
    assert [back[k].label for k in ("e1", "e3", "e11")] == [
        fitted[k].label for k in ("e1", "e3", "e11")]
