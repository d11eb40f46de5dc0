"""verify72 F12: a category typed in the editor ("Award", then "Peace talks") showed in
Details with another colour square than its lane, legend and list had, until the event
was selected again: Details drew before the legend gave the new lane its colour."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtWidgets import QApplication

from timeline_app.ui.style import category_color


def _square(window) -> str:  # type: ignore[no-untyped-def]
    html = window.detail_pane.toHtml()
    found = re.search(r'color:(#[0-9a-fA-F]{6});?">■', html)
    assert found is not None, html[-800:]
    return found.group(1).lower()


def test_details_square_has_the_new_lane_s_colour(window, qtbot):  # type: ignore[no-untyped-def]
    event = window.document.timeline.events[0]
    window.selection.select(event.id)
    QApplication.processEvents()
    for lane in ("award", "peace talks", "prize"):
        window.document.update_event(dataclasses.replace(
            window.document.timeline.get(event.id), category=lane))
        qtbot.wait(20)
        QApplication.processEvents()
        assert _square(window) == category_color(lane).name().lower(), lane
