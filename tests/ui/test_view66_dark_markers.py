"""verify67 (F13): on the dark theme every marker stands out at 3:1 (WCAG 2.2, 1.4.11,
non-text contrast), a bar a few px wide and a bar under an era's band too; a legend
entry's keyboard focus frame as well.

At the lesson's Fit All the October 1998 month bar (2 px) and the 1910 year bar were
thin dark slivers (the outline of a 2 px bar left its dark fill and stripes showing,
1.2:1), and the 1910-1945 span's olive edge was 2.7:1 on the lavender "Colonial period"
band.
"""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.style import all_category_colors, contrast_ratio
from timeline_app.ui.view_base import LANES_TOP, THIN_BAR_PX

NON_TEXT_CONTRAST = 3.0


def _dark(window):  # type: ignore[no-untyped-def]
    window.set_theme("dark")
    QApplication.processEvents()  # the palette reaches the view


def test_every_lane_colours_edge_stands_out_under_an_era_band_too(window):  # type: ignore[no-untyped-def]
    view = window.view
    _dark(window)
    try:
        lit = view._era_lit_lane()
        lane = view._lane_fill(1)
        assert contrast_ratio(lit, lane) > 1.5  # (an era's band is lighter there)
        for color in all_category_colors(dark=True).values():
            edge = view._lane_style(color).pens[False, False].color()
            assert contrast_ratio(edge, lit) >= NON_TEXT_CONTRAST, color.name()
            assert contrast_ratio(edge, lane) >= NON_TEXT_CONTRAST, color.name()
    finally:
        window.set_theme("light")


def test_the_light_themes_edges_are_as_they_were(window):  # type: ignore[no-untyped-def]
    """(The first view stays byte-identical: the light theme's edges do not change.  A
    bar narrower than ``THIN_BAR_PX`` is filled with its edge's colour there too since
    verify69 F11, ``tests/ui/test_view68_thin_spans.py``.)"""
    from timeline_app.ui.theme import swatch_edge

    view = window.view
    for color in all_category_colors(dark=False).values():
        style = view._lane_style(color)
        assert style.pens[False, False].color() == swatch_edge(
            color, view._lane_fill(1), view.palette().text().color())
        assert style.thin_fill == style.pens[False, False].color()


@pytest.mark.parametrize("thin", [False, True], ids=["selected", "plain"])
def test_a_bar_two_px_wide_is_a_sliver_of_its_lanes_colour(window, qtbot, thin):  # type: ignore[no-untyped-def]
    """The October 1998 bar at a century's scale: its middle pixels reach 3:1 against
    the lane, in the frame picture and highlighted (selected)."""
    timeline = Timeline()
    for event in (
            Event("a", "Treaty", FuzzyDate.of_day(_dt.date(1900, 1, 1)), category="policy"),
            Event("k", "Kim Dae-jung and Obuchi issue joint declaration",
                  FuzzyDate.of_month(1998, 10), category="policy"),
            Event("z", "Anniversary", FuzzyDate.of_day(_dt.date(2025, 6, 22)),
                  category="policy")):
        timeline.add(event)
    window.document.replace_timeline(timeline, None)
    view = window.view
    _dark(window)
    try:
        view.set_collapse_empty_periods(False)
        view.fit_all()
        if not thin:
            window.selection.select("k")
        view.viewport().repaint()
        layout = view._layout()
        item = view._item_of(layout, "k")
        assert item is not None and item.marker.width() < THIN_BAR_PX
        image = view.viewport().grab().toImage()
        offset = LANES_TOP - view.verticalScrollBar().value()
        middle_y = round(item.marker.center().y() + offset)
        background = view._lane_fill(0)  # (its lane, the first)
        xs = range(int(item.marker.left()), int(item.marker.right()) + 1)
        best = max(contrast_ratio(image.pixelColor(x, middle_y), background) for x in xs)
        assert best >= NON_TEXT_CONTRAST, best
    finally:
        window.set_theme("light")


def test_a_legend_entrys_keyboard_focus_frame_stands_out(window, qtbot):  # type: ignore[no-untyped-def]
    """82_legend_focus: the frame of the focused entry ("Anniversary 1") was faint."""
    from PySide6.QtCore import Qt

    _dark(window)
    try:
        legend = window.legend_bar
        button = next(iter(legend._buttons.values()))
        button.setFocus(Qt.FocusReason.TabFocusReason)
        window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        qtbot.waitUntil(button.hasFocus)
        button.repaint()
        image = button.grab().toImage()
        toolbar = legend.palette().window().color()
        ratios = [contrast_ratio(image.pixelColor(x, image.height() // 2), toolbar)
                  for x in (0, 1, image.width() - 2, image.width() - 1)]
        assert max(ratios[:2]) >= NON_TEXT_CONTRAST and max(ratios[2:]) >= NON_TEXT_CONTRAST, \
            ratios
    finally:
        window.set_theme("light")
