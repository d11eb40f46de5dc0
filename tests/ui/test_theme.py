"""Contrast (WCAG 2.2 AA) of every text colour the app paints, in the light and dark themes,
and the theme setting (follow the system, or override it from View → Theme)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from timeline_app import settings
from timeline_app.ui import theme
from timeline_app.ui.style import (
    AA_CONTRAST,
    ERROR_TEXT,
    INVALID_CELL,
    all_category_colors,
    blend,
    category_color,
    contrast_ratio,
    dim_text_color,
)

R = QPalette.ColorRole
NON_TEXT_CONTRAST = 3.0  # WCAG 1.4.11: graphical objects


def over(color: QColor, alpha: int, background: QColor) -> QColor:
    """``color`` at ``alpha`` (0-255) painted over an opaque ``background``."""
    return blend(background, color, alpha / 255)


def test_contrast_formula_matches_wcag_examples():
    assert contrast_ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("gray"), QColor("white")) == pytest.approx(3.95, abs=0.01)


def _text_pairs(dark: bool) -> dict[str, tuple[QColor, QColor]]:
    """Every (text colour, background) pair the app draws, by where it appears."""
    p = theme.palette_for(dark)
    c = p.color
    base, alt, window = c(R.Base), c(R.AlternateBase), c(R.Window)
    text = c(R.Text)
    dim = dim_text_color(text, base)
    band = over(QColor(0, 0, 0), 10, base)  # odd lanes of the timeline view
    pairs = {
        "text on base": (text, base),
        "text on alternate rows": (text, alt),
        "window text": (c(R.WindowText), window),
        "buttons, legend": (c(R.ButtonText), c(R.Button)),
        "selected row": (c(R.HighlightedText), c(R.Highlight)),
        "placeholder": (c(R.PlaceholderText), base),
        "tooltip": (c(R.ToolTipText), c(R.ToolTipBase)),
        "link": (c(R.Link), base),
        "visited link": (c(R.LinkVisited), base),
        # the timeline view
        "axis labels": (text, window),
        "label on a lane band": (text, band),
        "selected event label": (text, over(c(R.Highlight), 70, band)),
        "hovered event label": (text, over(c(R.Highlight), 30, band)),
        "search match label": (text, over(c(R.Highlight), 45, band)),
        "dimmed label (search)": (dim, base),
        "dimmed label on a band": (dim, band),
        "article badge": (QColor("white"), QColor("#C0392B")),
        # the event list under a search
        "dimmed row": (dim, base),
        "dimmed alternate row": (dim, alt),
        # the detail pane
        "article line (muted)": (dim, base),
        "marked date expression": (QColor("#1A1A1A"), QColor("#FFE08A")),
        # the article pane
        "supporting sentence": (QColor("#1A1A1A"), QColor("#DCEBFA")),
        "tagged date expression": (QColor("#202020"), QColor("#FFE08A")),
        # the import dialog
        "error message": (QColor(ERROR_TEXT[dark]), window),
        "invalid date cell": (text, QColor(INVALID_CELL[dark])),
    }
    for category, color in all_category_colors(dark).items():
        fill = over(color, 60, base)
        pairs[f"cluster badge in {category} lane"] = (text, fill)
    return pairs


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_colour_has_aa_contrast(qapp, dark):
    failures = {name: round(contrast_ratio(fg, bg), 2)
                for name, (fg, bg) in _text_pairs(dark).items()
                if contrast_ratio(fg, bg) < AA_CONTRAST}
    assert not failures, failures


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_lane_colours_stand_out_on_the_background(qapp, dark):
    """A marker is its fill with a darker border: one of them reaches 3:1 (WCAG 1.4.11)."""
    base = theme.palette_for(dark).base().color()
    weak = {}
    for category, color in all_category_colors(dark).items():
        best = max(contrast_ratio(color, base), contrast_ratio(color.darker(140), base))
        if best < NON_TEXT_CONTRAST:
            weak[category] = round(best, 2)
    assert not weak, weak


def test_theme_setting_overrides_the_system(qapp):
    try:
        assert settings.THEME.get(settings.open_settings()) == "system"
        assert theme.set_theme(qapp, "dark") is True
        assert qapp.palette().base().color() == QColor(theme.DARK[R.Base])
        assert category_color("treaty") != category_color("treaty", dark=False)
        assert theme.current_theme() == "dark"
        assert theme.set_theme(qapp, "light") is False
        assert qapp.palette().base().color() == QColor(theme.LIGHT[R.Base])
        # "system" follows QStyleHints.colorScheme (Unknown on the offscreen platform: light)
        assert theme.set_theme(qapp, "system") == theme.system_prefers_dark()
    finally:
        theme.apply_theme(qapp, "light")


def test_view_theme_menu(window, qtbot):
    actions = {a.data(): a for a in window.theme_actions}
    assert set(actions) == set(theme.THEMES)
    try:
        actions["dark"].trigger()
        assert actions["dark"].isChecked()
        assert settings.THEME.get(settings.open_settings()) == "dark"
        qtbot.waitUntil(lambda: window.view.palette().base().color()
                        == QColor(theme.DARK[R.Base]))
        window.view.select_event("munich-meeting")
        muted = dim_text_color(QColor(theme.DARK[R.Text]), QColor(theme.DARK[R.Base]))
        assert muted.name() in window.detail_pane.toHtml()  # re-rendered for the dark pane
    finally:
        actions["light"].trigger()


def test_following_the_system_scheme_when_it_changes(qapp, monkeypatch):
    from PySide6.QtCore import Qt

    try:
        theme.set_theme(qapp, "system")
        monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().base().color() == QColor(theme.DARK[R.Base])
        theme.set_theme(qapp, "light")  # an override ignores the system
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().base().color() == QColor(theme.LIGHT[R.Base])
    finally:
        theme.set_theme(qapp, "system")
        theme.apply_theme(qapp, "light")


def test_legend_swatches_are_drawn_at_the_screen_resolution(qapp):
    from PySide6.QtCore import QSize

    from timeline_app.ui.legend import swatch_icon

    pixmap = swatch_icon(QColor("#0072B2"), 12, ratio=2.0).pixmap(QSize(12, 12), 2.0)
    assert pixmap.width() == 24 and pixmap.devicePixelRatio() == 2.0
