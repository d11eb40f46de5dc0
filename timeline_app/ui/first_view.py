"""The room the panels will take, kept free at the timeline's first paint (issue 11).

The deferred start-up (``MainWindow(defer_panels=True)``) paints the timeline before the
menu bar, toolbars, docks and status bar exist.  Laid out in the whole window, the
timeline was fitted to all of it and fitted again, smaller, when the panels came: the first
view jumped (start41's report, session 38: under Xvfb the window showed black, then the
timeline alone, then the panels and the timeline re-fitted).  Now the window's contents
margins keep the panels' room free for the first paint, so the view is laid out and fitted
once, in the place and at the size the panels leave it (``MainWindow._reserve_panel_room``),
and on X11 the window shows its own colour, not black, until that paint
(``fill_before_first_paint``).

The room, as margins of the window's inside (left, top, right, bottom, px), comes from:

- the layout the window had when this saved layout was saved (``record``, at each close)
  or settled at the last start that read it (``record`` after ``panels_ready``): keyed
  by the saved geometry and dock state, the window's and the screen's sizes, the device
  pixel ratio, the style, the font and the app's version (``layout_key``), so it is the
  layout this start will make; exact;
- else (a first start) ``estimated_margins``: the bars measured on small probes made with
  the window's style and font, the legend's row by its entries' widths, the Details dock's
  default width beside the timeline, and on a tall screen the Events list's default
  height under it: the height it is fitted to once built
  (``MainWindow._foreseen_list_height``: its title bar, header, frame and rows foreseen
  by ``list_chrome``), or its default height for an empty timeline.  (Session 39's
  estimate took the default height, and on a tall screen's first start the timeline's
  bottom edge moved up 38 px when the list was fitted to its eight rows: start42's
  report.)
"""

from __future__ import annotations

import os
import zlib

from PySide6.QtCore import QByteArray, QMargins, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from timeline_app import __version__, settings
from timeline_app.ui.style import LEGEND_ICON_SIZE

#: The docks' separator (px): Qt's common style's ``PM_DockWidgetSeparatorExtent``, which
#: Fusion keeps (not asked of the style before the first paint: see ``layout_key``).
DOCK_SEPARATOR = 6
#: A toolbar separator's width and the spacing between a toolbar's items (px): Fusion's
#: ``PM_ToolBarSeparatorExtent`` and ``PM_ToolBarItemSpacing``.
TOOLBAR_SEPARATOR = 6
TOOLBAR_SPACING = 1
#: The gap between a tool button's icon and its text beside it (px; ``QToolButton::sizeHint``).
ICON_GAP = 4
#: The room above and below a header section's text (px): Fusion's ``PM_HeaderMargin``.
HEADER_MARGIN = 2
#: A dock's title bar (``QDockWidgetLayout::titleHeight``) is the taller of its text with
#: Fusion's ``PM_DockWidgetTitleMargin`` above and below, and its float and close buttons
#: with 1 px above and below: a button is a 10 px icon (``PM_SmallIconSize`` 16 x 5/8,
#: ``QDockWidgetTitleButton::dockButtonIconSize``) with ``PM_DockWidgetTitleBarButtonMargin``
#: (2 px) around it, 14 px.
DOCK_TITLE_MARGIN = 1
DOCK_BUTTON = 14
#: The navigation group's buttons (``MainWindow._build_actions``: their actions' icon
#: texts).
NAVIGATION_BUTTONS = ("Zoom In", "Zoom Out", "Fit All", "Go to Date")
#: "KEY|left top right bottom": the margins recorded for the layout KEY (``layout_key``;
#: no commas: an .ini file reads a value with commas back as a list).
FIRST_VIEW = settings.Setting("window/first_view", str, "")


def layout_key(window: QWidget, geometry: QByteArray, state: QByteArray) -> str:
    """What the panels' room depends on: the saved window geometry and dock state (their
    CRC-32s), the window's size (a geometry saved on a larger screen comes back smaller:
    the legend may take a row of its own, the docks give way), the screen's available
    size, the device pixel ratio, the style, the application font and the app's version.
    A string of a few dozen characters."""
    screen = window.screen()
    area = screen.availableGeometry().size().toTuple() if screen is not None else (0, 0)
    # A maximized window by the size it comes back at before it is shown (its normal one):
    # its record is made at the close, maximized, and read at the next start, not shown yet.
    whole = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    size = (window.normalGeometry() if window.windowState() & whole else window.rect()).size()
    # The style by the platform and its override, not by ``window.style()``: PySide's
    # QStyle class (its enums, ~5 ms) is made after the first paint (``_make_style_class``).
    style = f"{QGuiApplication.platformName()}/{os.environ.get('QT_STYLE_OVERRIDE', '')}"
    return (f"{zlib.crc32(geometry.data()):08x}:{zlib.crc32(state.data()):08x}:"
            f"{size.width()}x{size.height()}:{area[0]}x{area[1]}:"
            f"{window.devicePixelRatio():g}:{style}:"
            f"{window.font().key()}:{__version__}")


def recorded_margins(key: str) -> QMargins | None:
    """The margins recorded for ``key``, or None when none were (or another layout's)."""
    kept = FIRST_VIEW.get(settings.open_settings())
    recorded_key, _, numbers = kept.rpartition("|")
    if recorded_key != key:
        return None
    try:
        left, top, right, bottom = (int(n) for n in numbers.split())
    except ValueError:
        return None
    if min(left, top, right, bottom) < 0:
        return None
    return QMargins(left, top, right, bottom)


def panel_margins(window: QWidget, view: QWidget) -> QMargins:
    """The room the panels take now: the window's inside around ``view`` (px)."""
    place = view.geometry()
    return QMargins(place.left(), place.top(), window.width() - place.right() - 1,
                    window.height() - place.bottom() - 1)


def record(window: QWidget, view: QWidget, key: str) -> None:
    """Keep the room the panels take now around ``view`` for the next start whose layout
    is ``key`` (one record: the last one made)."""
    room = panel_margins(window, view)
    FIRST_VIEW.set(settings.open_settings(),
                   f"{key}|{room.left()} {room.top()} {room.right()} {room.bottom()}")


def estimated_margins(window: QWidget, details_width: int, list_height: int | None,
                      entries: list[str]) -> QMargins:
    """The panels' room in the default layout, without a record (a first start).

    ``details_width``: the Details dock's default width (px) beside the timeline;
    ``list_height``: the Events list's default height under it, or None when the list is
    a tab beside Details (a short screen); ``entries``: the legend's entries' texts
    (``style.legend_entry_text``) for the timeline shown.

    The menu bar's and status bar's heights are measured on probes made here and deleted
    at once, with the window's style and font (Fusion at 9 pt: 19 and 22 px); the
    toolbars' rows are ``toolbar_rows``'.
    """
    from PySide6.QtWidgets import QLabel, QMenuBar, QStatusBar

    # No QAction here (its class's enums wait for the first paint): a menu's title
    menu_bar = QMenuBar(window)
    menu_bar.addMenu("&File")
    status_bar = QStatusBar(window)
    # with its status line, as the window's (``MainWindow._build_details``): a label is
    # one px taller than an empty bar's least height at 14 pt (28 against 27 px)
    status_bar.addPermanentWidget(QLabel("x", status_bar))
    heights = [probe.sizeHint().height() for probe in (menu_bar, status_bar)]
    for probe in (menu_bar, status_bar):
        probe.setParent(None)  # gone now: never shown, never laid out
    beside, legend, row_height, whole, title = _toolbar_measures(window, entries)
    rows = 2 if legend_row(window.width(), beside, whole, legend, title)[0] else 1
    bottom = heights[1] + (0 if list_height is None else list_height + DOCK_SEPARATOR)
    return QMargins(0, heights[0] + rows * row_height, details_width + DOCK_SEPARATOR,
                    bottom)


def list_chrome(window: QWidget, frame: int) -> tuple[int, int]:
    """(chrome, row), px: what the Events list's dock is high besides its rows (its title
    bar, the list's header and the list's frame, ``frame`` px a side: the timeline view's
    own, a ``QAbstractScrollArea``'s as the list's) and a row's height
    (``style.event_row_height``), foreseen before the dock and the list exist.

    From the window's font alone (Fusion at 9 pt: 16 + 18 + 2 and 22 px): a header or a
    dock probed here would make PySide's enums of ``QAbstractItemView``, ``QHeaderView``
    and ``QDockWidget`` before the first paint (they wait for the panels).  The header is
    as high as its text in bold (``QHeaderView::sectionSizeFromContents``) with
    ``HEADER_MARGIN`` above and below; the title bar see ``DOCK_TITLE_MARGIN``.  Checked
    at 7, 9, 11 and 14 pt and in Liberation Serif (session 40).
    """
    from PySide6.QtGui import QFontMetrics

    from timeline_app.ui.style import event_row_height

    line = window.fontMetrics().height()
    bold = window.font()
    bold.setBold(True)
    # (a text's size, as the header takes it: its height rounded up, 11 px for a 10.45
    # px font whose ``height()`` is 10)
    header = QFontMetrics(bold).size(0, "Date").height() + 2 * HEADER_MARGIN
    title = max(line + 2 * DOCK_TITLE_MARGIN, DOCK_BUTTON + 2)
    return title + header + 2 * frame, event_row_height(line)


def legend_row(width: int, beside: int, whole: int, titled: int,
               title: int) -> tuple[bool, bool]:
    """(own row, title left out): whether the legend takes a toolbar row of its own in a
    window ``width`` px wide, and whether it leaves out its "Categories:" title (``title``
    px) on the first row, where the toolbars beside it are ``beside`` px at least (the
    file group yielding, ``yielding_width``) and ``whole`` px with every button, and the
    legend ``titled`` px with its title.  The title gives its room before any button
    does: where the entries fit beside every button without it (not with it), it is left
    out and no button goes behind "»" (verify70 F18: a tenth lane put Open behind "»",
    the next one took the legend a row of its own and Open came back, the buttons
    moving as lanes came); elsewhere the title stays and the row is needed when the
    legend does not fit beside ``beside``.  One rule for ``LegendBar._fit_row`` and a
    first start's foresight (``first_view.estimated_margins``): edit67's title rule in
    the first alone laid a first start on a tall screen out twice (session 54)."""
    bare = titled - title
    drop = title > 0 and whole + bare <= width < whole + titled
    return beside + (bare if drop else titled) > width, drop


def toolbar_rows(window: QWidget, entries: list[str]) -> tuple[int, int, int]:
    """(beside, legend, row height), px: the least width of the toolbars of the first
    row (``LegendBar._beside_width``), the legend's width with ``entries``
    (``LegendBar.sizeHint``), and a toolbar row's height, foreseen before the toolbars
    and the legend exist (``_toolbar_measures``)."""
    return _toolbar_measures(window, entries)[:3]


def _toolbar_measures(window: QWidget, entries: list[str]) -> tuple[int, int, int, int, int]:
    """(beside, legend, row height, whole, title), px: ``toolbar_rows``' and the toolbars'
    width with every button (the file group's Open too) and the legend's "Categories:"
    title's width (0 without entries).  The legend takes a row of its own, or leaves out
    its title, by ``legend_row`` (``LegendBar._fit_row``'s rule).

    Measured on a toolbar and a tool button made here and deleted at once, with the
    window's style and font (Fusion at 9 pt: 29 px rows of 21 px buttons).  The file group
    yields its button (Open: its "»" alone), Save, Import… and the navigation group keep
    theirs (verify51 F18).
    A bar is as wide as an empty bar (its margins, and its handle if it can be moved),
    its buttons and ``TOOLBAR_SPACING`` between them; the navigation group has a
    separator (``TOOLBAR_SEPARATOR``), the file group's first place a zero-size widget
    whose size hint is -1 (``yielding_width`` counts it so: +1 px).  Those are
    ``MainWindow._build_actions``'s bars: a bar or button added there and not here moves
    a first start's timeline when the panels come (the next start has the record).
    """
    from PySide6.QtWidgets import QLabel, QToolBar, QToolButton

    # Neither the bar's layout() nor an icon: PySide would make the enums of every QLayout
    # subclass and QIcon's (11 classes, ~3 ms), as QAction's (which wait for the paint).
    bar = QToolBar(window)
    more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    movable_bar = bar.sizeHint().width()  # an empty bar with a handle
    bar.setMovable(False)
    fixed_bar = bar.sizeHint().width()  # and without: its margins, left and right
    button = QToolButton(window)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def widths(texts: list[str] | tuple[str, ...], extra: int = 0) -> int:
        """The buttons' widths side by side (each with ``extra`` px), with the spacing
        between them."""
        total = 0
        for text in texts:
            button.setText(text)
            total += TOOLBAR_SPACING + button.sizeHint().width() + extra
        return total - (TOOLBAR_SPACING if texts else 0)

    others = (fixed_bar + widths(("Save", "Import…"))
              + fixed_bar + TOOLBAR_SEPARATOR + TOOLBAR_SPACING + widths(NAVIGATION_BUTTONS))
    beside = movable_bar + (more.sizeHint().width() if more is not None else 0) + 1 + others
    # (the file group whole: its first place's -1 px, the spacing and Open)
    whole = movable_bar + TOOLBAR_SPACING + widths(("Open",)) + others
    row_height = button.sizeHint().height()
    label = QLabel("Categories: " if entries else "", window)
    title = label.sizeHint().width() if entries else 0
    legend = movable_bar + label.sizeHint().width()
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    if entries:
        # each with its swatch and the gap before its text (no icon made here)
        legend += TOOLBAR_SPACING + widths(entries, LEGEND_ICON_SIZE[0] + ICON_GAP)
        row_height = max(row_height, button.sizeHint().height())
    for probe in (bar, button, label):
        probe.setParent(None)  # gone now: never shown, never laid out
    # (margins above and below, as beside)
    return beside, legend, row_height + fixed_bar, whole, title


#: ``xcb_change_window_attributes``' value mask for the background pixel
#: (xproto.h: ``XCB_CW_BACK_PIXEL``).
_XCB_CW_BACK_PIXEL = 2


def fill_before_first_paint(window: QWidget) -> bool:
    """On X11, have the X server fill ``window`` with its palette's Window colour from the
    moment it is mapped; True if done.  Call before ``show``.

    Qt creates its X windows with no background (``XCB_BACK_PIXMAP_NONE``), so a window
    shows whatever was under it, black under Xvfb, from its mapping until its first paint
    is flushed (tens of ms at start-up: session 39, grabbed frame by frame).  The pixel is
    set through libxcb on Qt's own connection (``QNativeInterface.QX11Application``),
    which Qt does not offer itself.  A 24-bit TrueColor visual reads the pixel as
    0x00RRGGBB; the top byte is ignored.  Nothing on another platform (Wayland
    compositors show a window only once it has drawn its first frame), or without libxcb.
    """
    if QGuiApplication.platformName() != "xcb":
        return False
    native = QGuiApplication.instance().nativeInterface()  # type: ignore[attr-defined]
    connection = native.connection() if native is not None else 0
    if not connection:
        return False
    import ctypes

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    change = xcb.xcb_change_window_attributes
    change.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32,
                       ctypes.POINTER(ctypes.c_uint32)]
    change.restype = ctypes.c_uint32  # the request's cookie (a struct of one number)
    pixel = (ctypes.c_uint32 * 1)(window.palette().color(window.backgroundRole()).rgb()
                                  & 0xFFFFFF)
    change(connection, int(window.winId()), _XCB_CW_BACK_PIXEL, pixel)
    return True  # (sent with Qt's next flush: the map request at show() follows it)
