"""Light and dark themes: the palettes the app paints with, and following the system.

The app sets one of two palettes, both checked for WCAG AA contrast (every text
colour ≥ 4.5:1 against the backgrounds it is drawn on; tests/ui/test_theme.py
computes each pair).  "system" follows ``QStyleHints.colorScheme`` and changes
with it; "light" and "dark" override it (View → Theme, remembered in settings).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QMenu, QWidget

from timeline_app import settings

THEMES = ("system", "light", "dark")
THEME_WORDS = {"system": "Follow the &System", "light": "&Light", "dark": "&Dark"}


def __getattr__(name: str) -> object:
    """``VisibleCheckStyle`` lives in ``ui.check_style``, imported on first use: defining a
    ``QProxyStyle`` subclass makes PySide create ``QStyle``'s enums (~5 ms of CPU), which
    the timeline's first paint does not need (issue 11)."""
    if name == "VisibleCheckStyle":
        from timeline_app.ui.check_style import VisibleCheckStyle

        return VisibleCheckStyle
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_R = QPalette.ColorRole
#: Role -> colour.  Text roles are dark on light (or light on dark) with AA contrast.
LIGHT = {
    _R.Window: "#EFEFEF", _R.WindowText: "#1A1A1A", _R.Base: "#FFFFFF",
    _R.AlternateBase: "#F3F3F3", _R.Text: "#1A1A1A", _R.Button: "#E8E8E8",
    _R.ButtonText: "#1A1A1A", _R.Highlight: "#2864B4", _R.HighlightedText: "#FFFFFF",
    _R.ToolTipBase: "#FFFFE6", _R.ToolTipText: "#1A1A1A", _R.PlaceholderText: "#636363",
    _R.Link: "#0B57D0", _R.LinkVisited: "#6B3FA0", _R.BrightText: "#FFFFFF",
    _R.Light: "#FFFFFF", _R.Midlight: "#E3E3E3", _R.Mid: "#B8B8B8", _R.Dark: "#9F9F9F",
    _R.Shadow: "#767676",
}
DARK = {
    _R.Window: "#2B2B2B", _R.WindowText: "#E8E8E8", _R.Base: "#1F1F1F",
    _R.AlternateBase: "#282828", _R.Text: "#E8E8E8", _R.Button: "#383838",
    _R.ButtonText: "#E8E8E8", _R.Highlight: "#2F66AD", _R.HighlightedText: "#FFFFFF",
    _R.ToolTipBase: "#3A3A3A", _R.ToolTipText: "#F0F0F0", _R.PlaceholderText: "#A6A6A6",
    _R.Link: "#8AB4F8", _R.LinkVisited: "#C5A3F0", _R.BrightText: "#FFFFFF",
    _R.Light: "#4A4A4A", _R.Midlight: "#404040", _R.Mid: "#303030", _R.Dark: "#1A1A1A",
    _R.Shadow: "#0A0A0A",
}
#: Disabled text: WCAG exempts inactive controls, but it should still be legible.
DISABLED_TEXT = {"light": "#8A8A8A", "dark": "#7E7E7E"}
#: WCAG 2.2, 1.4.11: a graphical object or a control's edge against what is beside it.
NON_TEXT_CONTRAST = 3.0


def palette_for(dark: bool) -> QPalette:
    """The app's light or dark palette."""
    palette = QPalette()
    for role, color in (DARK if dark else LIGHT).items():
        palette.setColor(role, QColor(color))
    disabled = QColor(DISABLED_TEXT["dark" if dark else "light"])
    for role in (_R.Text, _R.WindowText, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def keep_menu_checks_visible(menus: list[QMenu]) -> None:
    """Each of ``menus`` (a menu bar's) draws its checkable items, and its submenus', so
    that an unticked one can be seen in the dark theme (``check_style.
    make_menu_checks_visible``), from the first time it opens: the style is made then, not
    at start-up (issue 11)."""
    for menu in menus:
        _MenuChecks(menu)


class _MenuChecks(QObject):
    """Made in Python, a child of its menu, whose ``aboutToShow`` it follows: no wrapper
    of a menu made in C++ (the menu bar's File, View, Help) is kept (verify58 F15)."""

    def __init__(self, menu: QMenu) -> None:
        super().__init__(menu)
        menu.aboutToShow.connect(self._show)

    def _show(self) -> None:
        from timeline_app.ui.check_style import make_menu_checks_visible

        menu = self.parent()
        if isinstance(menu, QMenu):
            make_menu_checks_visible(menu)


def check_box_outline(palette: QPalette) -> QColor:
    """The outline of an unticked check box: ≥ 3:1 against the base colour (WCAG 1.4.11,
    non-text contrast), in both themes.  Fusion draws it from the window colour made
    darker, about 1.1:1 on the dark theme's base: the box all but disappears."""
    from timeline_app.ui.style import AA_CONTRAST, blend, contrast_ratio

    base, text = palette.color(_R.Base), palette.color(_R.Text)
    for step in range(12, -1, -1):  # as far towards the base as still reads as a border
        candidate = blend(text, base, step * 0.05)
        if contrast_ratio(candidate, base) >= AA_CONTRAST:  # 4.5: also fine on alt rows
            return candidate
    return QColor(text)


def visible_edge(color: QColor, background: QColor, toward: QColor) -> QColor:
    """``color``, blended towards ``toward`` (e.g. the text colour) by the least that
    brings it to 3:1 against ``background`` (WCAG 1.4.11, non-text contrast); ``color``
    itself when it already does.  The dark theme's highlight is ~2.4:1 on its window: the
    overview strip's frame of the visible window all but vanished (new-user trial 11)."""
    from timeline_app.ui.style import blend, contrast_ratio

    for step in range(21):
        candidate = blend(color, toward, step * 0.05)
        if contrast_ratio(candidate, background) >= NON_TEXT_CONTRAST:
            return candidate
    return QColor(toward)


#: A span's bar is its lane colour at this opacity over the base, (light, dark) theme.
#: 70/255 on the dark base left bars at 1.2-1.5:1, dim smudges (new-user trials, session
#: 20); ``span_fill`` takes less where the label drawn inside would lose AA contrast.
SPAN_FILL_ALPHA = (70 / 255, 0.42)


def span_fill(color: QColor, base: QColor, text: QColor, dark: bool) -> QColor:
    """The opaque fill of a span's bar of ``color`` on ``base``: ``SPAN_FILL_ALPHA`` of
    the colour, less (by steps of 0.04, down to the light theme's 70/255) where ``text``
    drawn on it would be under 4.5:1 (WCAG 1.4.3: a white chosen colour on the dark
    theme)."""
    from timeline_app.ui.style import AA_CONTRAST, blend, contrast_ratio

    alpha = SPAN_FILL_ALPHA[dark]
    least = SPAN_FILL_ALPHA[False]
    while True:
        fill = blend(base, color, alpha)
        if alpha <= least or contrast_ratio(text, fill) >= AA_CONTRAST:
            return fill
        alpha = max(least, alpha - 0.04)


#: An imprecise date's hatched bar (``hatch_colors``): its ground and its stripes are the
#: lane colour at these opacities over the base (light, dark theme), the stripes less
#: where a label drawn on them would lose AA contrast.
HATCH_GROUND_ALPHA = (0.10, 0.16)
HATCH_STRIPE_ALPHA = (0.50, 0.62)


def hatch_colors(color: QColor, base: QColor, text: QColor, dark: bool
                 ) -> tuple[QColor, QColor]:
    """``(ground, stripe)``: the opaque colours of the bar of a date known only to a month,
    a season or a year (one date, no end), hatched with diagonal stripes of ``color`` on
    ``base``, where a span (a start and an end) has the solid ``span_fill`` (verify29,
    fault 1: "some day in February" and "all of February" looked the same).  Both keep
    ``text`` at 4.5:1 (WCAG 1.4.3; the stripes' opacity falls by steps of 0.04 until it
    does); the bar's outline is a span's (``swatch_edge``: 3:1 against the lane)."""
    from timeline_app.ui.style import AA_CONTRAST, blend, contrast_ratio

    ground = blend(base, color, HATCH_GROUND_ALPHA[dark])
    alpha = HATCH_STRIPE_ALPHA[dark]
    while True:
        stripe = blend(base, color, alpha)
        if alpha <= HATCH_GROUND_ALPHA[dark] or contrast_ratio(text, stripe) >= AA_CONTRAST:
            return ground, stripe
        alpha = max(HATCH_GROUND_ALPHA[dark], alpha - 0.04)


def swatch_edge(color: QColor, background: QColor, toward: QColor) -> QColor:
    """The outline of a marker, bar or swatch of ``color`` on ``background``: the colour
    darkened (``darker(140)``) where the text (``toward``) is darker than the background,
    the colour itself where it is lighter (a dark theme: darkened, the edges of the dark
    theme's bars were 1.9-3.3:1, new-user trials, session 20); and where that edge is
    under 3:1 against ``background`` (a navy chosen colour on the dark theme) it is
    blended towards ``toward`` until it reaches it (``visible_edge``, WCAG 1.4.11: a
    bar's fill is pale, its edge is what must stand out)."""
    from timeline_app.ui.style import contrast_ratio, relative_luminance

    on_dark = relative_luminance(toward) > relative_luminance(background)
    border = QColor(color) if on_dark else QColor(color).darker(140)
    if contrast_ratio(border, background) < NON_TEXT_CONTRAST:
        border = visible_edge(border, background, toward)
    return border


def tint_extension_button(toolbar: QWidget) -> None:
    """Draw a toolbar's overflow button ("»", shown when its items do not fit) in the
    palette's button-text colour: the style's own icon is a fixed dark grey, invisible on
    the dark theme (new-user trial).  Call again after a theme change."""
    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QToolButton

    button = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if button is None:
        return
    ratio = toolbar.devicePixelRatioF()
    pixmap = QPixmap(round(12 * ratio), round(12 * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The application's palette: a widget's own follows it only once events are processed.
    painter.setPen(QPen(QGuiApplication.palette().buttonText().color(), 1.5))
    for x in (2.0, 6.5):  # two chevrons
        painter.drawPolyline([QPointF(x, 3.0), QPointF(x + 3.5, 6.0), QPointF(x, 9.0)])
    painter.end()
    button.setIcon(QIcon(pixmap))


def tint_dock_buttons(dock: QWidget) -> None:
    """Draw a dock's float and close buttons in the palette's button-text colour on the
    dark theme: the style's own icons there were 2.2:1 and 2.6:1 against the title bar,
    under the 3:1 of WCAG 2.2 1.4.11 for non-text (verify69 F12).  On the light theme the
    style's icons are put back (the first view stays as it was).  Call again after a
    theme change; the dock calls it itself when it floats, docks or changes features
    (Qt sets the style's icons again then)."""
    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QAbstractButton, QDockWidget, QStyle

    from timeline_app.ui.style import is_dark_palette

    if not isinstance(dock, QDockWidget):
        return
    if not dock.property("timelineTintsButtons"):
        dock.setProperty("timelineTintsButtons", True)
        dock.topLevelChanged.connect(lambda *_: tint_dock_buttons(dock))
        dock.featuresChanged.connect(lambda *_: tint_dock_buttons(dock))
    dark = is_dark_palette()
    ratio = dock.devicePixelRatioF()
    pen = QPen(QGuiApplication.palette().buttonText().color(), 1.2)
    for name, standard in (
            ("qt_dockwidget_floatbutton", QStyle.StandardPixmap.SP_TitleBarNormalButton),
            ("qt_dockwidget_closebutton", QStyle.StandardPixmap.SP_TitleBarCloseButton)):
        button = dock.findChild(QAbstractButton, name)
        if button is None:
            continue
        if not dark:
            button.setIcon(dock.style().standardIcon(standard, None, dock))
            continue
        pixmap = QPixmap(round(10 * ratio), round(10 * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        if standard is QStyle.StandardPixmap.SP_TitleBarCloseButton:  # a cross
            painter.drawLine(QPointF(1.5, 1.5), QPointF(8.5, 8.5))
            painter.drawLine(QPointF(8.5, 1.5), QPointF(1.5, 8.5))
        else:  # two windows, one behind the other ("float")
            painter.drawRect(QRectF(3.5, 0.5, 6.0, 5.0))
            painter.drawRect(QRectF(0.5, 4.0, 6.0, 5.5))
        painter.end()
        button.setIcon(QIcon(pixmap))


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark(theme: str) -> bool:
    """Whether ``theme`` ("system", "light" or "dark") means dark colours now."""
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return system_prefers_dark()


def current_theme() -> str:
    value = settings.THEME.get(settings.open_settings())
    return value if value in THEMES else "system"


def apply_theme(app: QGuiApplication, theme: str | None = None) -> bool:
    """Set the palette for ``theme`` (default: the stored setting); True if dark.

    The first call also starts following the system's scheme: while the setting
    is "system", a change of the desktop's light/dark scheme re-applies it.
    """
    theme = theme if theme in THEMES else current_theme()
    dark = is_dark(theme)
    app.setPalette(palette_for(dark))
    if not app.property("timelineFollowsScheme"):
        app.setProperty("timelineFollowsScheme", True)
        app.styleHints().colorSchemeChanged.connect(
            lambda _scheme: current_theme() == "system" and apply_theme(app, "system"))
    return dark


def set_theme(app: QGuiApplication, theme: str) -> bool:
    """Remember ``theme`` and apply it (View → Theme)."""
    settings.THEME.set(settings.open_settings(), theme)
    return apply_theme(app, theme)
