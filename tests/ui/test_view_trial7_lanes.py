"""The lanes after new-user trial 7: labels kept out of a gap's band, the article lines
stopping clear of labels, and busy lanes shown as rows when a tall window has the room."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _picture
from test_view_trial_fixes import _grab, _whole

from timeline_app.io.bundled import load_default_timeline
from timeline_app.ui.timeline_view import LABEL_BACKGROUND_HALF


def _is_red(color: QColor) -> bool:
    """The article line's red (#C0392B), whatever the antialiasing left of it."""
    return color.red() > color.green() + 60 and color.red() > color.blue() + 60


def _same_at_2x_item_by_item(view) -> None:  # type: ignore[no-untyped-def]
    """At 2x the batched paint gives the pixels of painting item by item."""
    view._invalidate()
    batched = _picture(view, 2.0)
    view._batched = False
    view._invalidate()
    try:
        assert _picture(view, 2.0) == batched
    finally:
        view._batched = True
        view._invalidate()


def test_the_article_line_stops_clear_of_the_labels_it_crosses(qtbot, shown_view):
    """trial7: the red line at the article's date ran through "Cho and Iwaya meet in
    Munich" from its ascenders to its descenders (the label's background was as tall as
    the text only) and read as striking it out.  Where a label sits on the line, the line
    stops clear of it: no red within the label's row, a few pixels above and below."""
    view = shown_view(load_default_timeline(), size=(1040, 520))
    view.show_range(_dt.date(2024, 12, 1).toordinal(), _dt.date(2025, 4, 20).toordinal())
    QApplication.processEvents()
    [line_x] = view._article_line_columns()
    image = _grab(view)
    crossed = []
    for event_id in view.event_ids():
        label = view.label_rect(event_id)
        if label.isNull() or not label.left() + 2 < line_x < label.right() - 2:
            continue
        if view._layout().items_by_id[event_id].label_inside:
            continue
        crossed.append(event_id)
        middle = label.center().y()
        top = round(middle - LABEL_BACKGROUND_HALF + 1)
        bottom = round(middle + LABEL_BACKGROUND_HALF - 1)
        red = [(x, y) for x in range(round(line_x) - 2, round(line_x) + 3)
               for y in range(top, bottom) if _is_red(QColor(image.pixel(x, y)))]
        assert red == [], (view.label_text(event_id), red)
    assert crossed  # the Munich meeting's label is on the line at this view
    # The line is still drawn elsewhere down the lanes.
    column = [_is_red(QColor(image.pixel(round(line_x), y)))
              for y in range(100, image.height())]
    assert sum(column) > 100
    assert image == _whole(view)
    _same_at_2x_item_by_item(view)

