"""The legend: one entry per category (its lane colour, name and count); clicking an
entry hides or shows the category's events (through the shared ``FindState``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import compress
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from timeline_app.core import query
from timeline_app.core.coded import coded_facts
from timeline_app.core.query import EventFilter, HiddenIds, hidden_by, hidden_flags, hidden_mask
from timeline_app.document import Document
from timeline_app.ui.find import FindState
from timeline_app.ui.first_view import legend_row
from timeline_app.ui.style import (
    LEGEND_ICON_SIZE,
    assign_category_colors,
    category_color,
    category_label,
    chosen_color,
    lane_key,
    legend_entry_text,
)
from timeline_app.ui.theme import swatch_edge, visible_edge

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from timeline_app.selection import EventSelection
    from timeline_app.ui.context_menu import LaneMoves


#: The MIME type of a legend entry being dragged: its lane's name, UTF-8.
LANE_MIME = "application/x-diplomatic-timeline-lane"


def swatch_icon(color: QColor, size: int = 12, ratio: float | None = None) -> QIcon:
    """A small rounded square of ``color`` (the lane's colour in the legend), drawn at the
    screen's device pixel ratio so it stays crisp on high-DPI screens, its outline with
    3:1 contrast on the application palette's window colour (``theme.swatch_edge``: a
    navy chosen colour was all but invisible on the dark theme, colors11)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if ratio is None:
        ratio = app.devicePixelRatio() if app else 1.0
    palette = QGuiApplication.palette()
    edge = swatch_edge(color, palette.window().color(), palette.windowText().color())
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(edge)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)  # crisp edge
    painter.end()
    return QIcon(pixmap)


#: A widget's maximum size when none is set (Qt's QWIDGETSIZE_MAX).
_NO_LIMIT = 16_777_215


def yielding_width(bar: QToolBar) -> int:
    """The least width (px) ``bar`` keeps when it gives room to the legend beside it:
    its size without the buttons after its first separator, and with its "»" button
    (which then holds them); a bar with the ``YIELDS_TO_LEGEND`` property, its size with
    "»" alone (every button behind it).  Another bar keeps its whole width."""
    from timeline_app.ui.toolbar_overflow import YIELDS_TO_LEGEND

    actions = bar.actions()
    first: int | None = 0
    if not bar.property(YIELDS_TO_LEGEND):
        first = next((at for at, action in enumerate(actions) if action.isSeparator()), None)
    if first is None or not actions:
        return bar.sizeHint().width()
    layout = bar.layout()
    spacing = layout.spacing() if layout is not None else 0
    given = 0
    for action in actions[first:]:
        widget = bar.widgetForAction(action)
        if widget is not None and action.isVisible():
            given += widget.sizeHint().width() + spacing
    more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    return bar.sizeHint().width() - given + (more.sizeHint().width() + spacing
                                             if more is not None else 0)


def _yielding_bar(bars: list[QToolBar]) -> QToolBar | None:
    """Of the toolbars sharing the legend's row, the one that gives it room: the first
    with ``YIELDS_TO_LEGEND``, else a bar alone (down to its first group); None: none."""
    from timeline_app.ui.toolbar_overflow import YIELDS_TO_LEGEND

    marked = next((bar for bar in bars if bar.property(YIELDS_TO_LEGEND)), None)
    if marked is not None:
        return marked
    return bars[0] if len(bars) == 1 else None


class LegendChip(QToolButton):
    """A legend entry: a checkable tool button that draws its own focus frame, a 2 px
    line of the palette's highlight (lightened to 3:1 on its fill, WCAG 1.4.11), whenever
    it has the focus (only the keyboard gives it: a click leaves the focus where it was).
    The style draws its faint one only while the window's last focus change was by a key
    (``WA_KeyboardFocusChange``): after a dialog closed (F1, Esc) the focused entry showed
    no frame at all, and Space then hid a lane nobody saw chosen (verify67 F2); in the
    dark theme it was faint."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()  # (3:1 on the entry's fill: the dark highlight is ~1.9)
        pen = QPen(visible_edge(palette.highlight().color(), palette.button().color(),
                                palette.buttonText().color()), 2.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


class LegendBar(QToolBar):
    """The legend: one checkable entry per category; unchecking hides the category.

    Signals:
        category_toggled(str): the user clicked the entry of this category.
    """

    category_toggled = Signal(str)

    def __init__(self, document: Document, state: FindState,
                 parent: QWidget | None = None) -> None:
        super().__init__("Legend", parent)
        self.setObjectName("legendBar")
        self.setAccessibleName("Legend: click a category to show or hide it")
        self.setIconSize(QSize(*LEGEND_ICON_SIZE))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._document = document
        self._state = state
        self._buttons: dict[str, QToolButton] = {}
        self._counts: dict[str, int] = {}
        self._chosen: dict[str, str] = {}  # the colours the swatches were drawn for
        # False until the lanes' colours are given for the timeline shown: a change of
        # it then keeps them (``style.assign_category_colors``'s ``keep``), another
        # timeline (``Document.reset``) is given its own.
        self._colours_given = False
        # Whether the entries show their lane's colour: not while the lanes are by
        # participant or place (``set_swatches``), whose colours are the names'.
        self._swatches = True
        # Each category's events that the filters other than the legend's let through,
        # with the filter they were counted for (``_shown_counts``).
        self._shown: tuple[EventFilter, dict[str, int]] | None = None
        # Counts taken where a timeline was loaded (see ``use_counts``), for its reset.
        self._given: tuple[object, dict[str, int]] | None = None
        # True, or the timeline for which the legend keeps a row of its own whether its
        # entries need it or not (``keep_own_row``).
        self._row_kept_for: object = None
        #: The timeline and window width at which the entries last needed a row of their
        #: own (``_fit_row``): it stays theirs while both do.
        self._row_needed_at: tuple[int, int] | None = None
        #: Entries to come (category -> events) whose width decides the row while the
        #: legend has none of its own (``foresee``), or None.
        self._foreseen: dict[str, int] | None = None
        #: Whether "Categories:" is left out so that the entries fit beside every
        #: toolbar button (``_fit_row``; verify70 F18), and the px its text takes (by
        #: font: ``_title_width``).
        self._title_dropped = False
        self._title_widths: dict[str, int] = {}
        title = QLabel("Categories: ", self)
        self._title = title  # emptied while there is no lane (``_show_title``)
        title.setTextFormat(Qt.TextFormat.PlainText)
        # As tall as an entry: the row has the same height before the entries come (a
        # stand-in's, ``keep_own_row``) as with them, and the lanes under it stay put.
        title.setMinimumHeight(self._entry_height())
        self.addWidget(title)
        # The entries that do not fit sit behind the toolbar's "»" button, which Qt leaves
        # out of the Tab order: the keyboard never reached them (new-user trial 9).  Tab
        # reaches it after the entries shown; Space shows the rest and the focus goes to
        # the first of them once it is shown.
        self._more: QToolButton | None = None
        self._focus_when_shown: QToolButton | None = None
        self._opened_by_keyboard = False  # then it closes again when the focus leaves
        self._watch_more()
        # A row of its own when its entries do not all fit beside the main toolbar
        # (``_fit_row``), checked after each resize of the window and each refresh.
        self._row_timer = QTimer(self)
        self._row_timer.setSingleShot(True)
        self._row_timer.setInterval(0)  # after the layout that asked for it
        self._row_timer.timeout.connect(self._fit_row)
        # Hidden (View → Legend), it leaves the main toolbar its whole width; shown, it
        # takes its room again (``_fit_row``).
        self.visibilityChanged.connect(self._row_timer.start)
        if parent is not None:
            parent.installEventFilter(self)
        # An entry dragged onto another place moves its lane there (``_drag_from``).
        self.setAcceptDrops(True)
        self._pressed: tuple[QToolButton, QPoint] | None = None
        document.reset.connect(self._on_reset)
        document.event_added.connect(self.refresh)
        document.event_changed.connect(self.refresh)
        document.event_removed.connect(self.refresh)
        document.events_replaced.connect(self.refresh)
        document.category_colors_changed.connect(self.refresh)
        document.lane_order_changed.connect(self.refresh)
        document.era_lanes_changed.connect(self.refresh)  # (an entry marked as eras)
        state.changed.connect(self._sync_checks)
        self.refresh()

    def _watch_more(self) -> QToolButton | None:
        """The toolbar's "»" button (``qt_toolbar_ext_button``), made to take Tab and
        Space, to be read out, and to close on a click outside (the first time it is
        met); None when the toolbar has none.  Looked up again when the one kept is gone
        (deleted by Qt): verify58 F7's legend, after imports, showed its swatches without
        names or counts, ``refresh`` stopping at a "»" already deleted (RuntimeError)
        before the entries' texts were set."""
        if self._more is not None and shiboken6.isValid(self._more):
            return self._more
        more = self.findChild(QToolButton, "qt_toolbar_ext_button")
        self._more = more
        if more is None:
            return None
        more.installEventFilter(self)
        more.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        more.setAccessibleName("More categories")
        more.setToolTip("More categories")
        # Its own focus frame is a faint line around the small arrow: a clear one.
        more.setStyleSheet("QToolButton:focus { border: 2px solid palette(highlight);"
                           " border-radius: 3px; }")
        more.toggled.connect(self._on_more_toggled)
        # The entries behind "»" are laid over the ruler: a click outside closes them.
        from timeline_app.ui.toolbar_overflow import OverflowClosesOnClickOutside

        OverflowClosesOnClickOutside(self)
        return more

    def _entry_height(self) -> int:
        """The height of an entry (a swatch and a name) as the style lays it out (px)."""
        probe = QToolButton(self)
        probe.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        probe.setIconSize(self.iconSize())
        pixmap = QPixmap(self.iconSize())
        pixmap.fill(Qt.GlobalColor.transparent)
        probe.setIcon(QIcon(pixmap))
        probe.setText("Categories 0")
        height = probe.sizeHint().height()
        probe.setParent(None)  # gone now, not at a later turn of the event loop
        return height

    def buttons(self) -> dict[str, QToolButton]:
        return dict(self._buttons)

    def categories(self) -> list[str]:
        """The categories listed, in lane order (hidden ones included)."""
        return list(self._buttons)

    def counts(self) -> dict[str, int]:
        """The events of each category as the entries count them (category -> events;
        a copy), before any filter."""
        return dict(self._counts)

    def use_counts(self, timeline: object, counts: dict[str, int]) -> None:
        """The events of each category of ``timeline``, counted where it was loaded (off
        the GUI thread): the next refresh for that timeline takes them instead of counting
        (at 1 000 000 events counting took 100-300 ms of the GUI thread, issue 11)."""
        self._given = (timeline, counts)

    def _on_reset(self) -> None:
        """Another timeline shown (``Document.reset``): its lanes' colours are its own,
        whatever the timeline before had."""
        self._colours_given = False
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Rebuild the entries from the timeline's categories (with counts)."""
        given, self._given = self._given, None
        self._shown = None  # the events changed: counted again under a filter
        if given is not None and given[0] is self._document.timeline:
            counts = dict(given[1])
        else:
            # Kept by the timeline as its events change one at a time (one count moved:
            # counting every event cost ~0.55 s of each edit at 1 000 000 events, making
            # the events a lazily loaded file had not made; session 49, edit55)
            counts = dict(self._document.timeline.category_counts())
        # The lanes' colours from the timeline's categories, before anything paints them:
        # the same file, the same colours (the view and the list paint later, in the loop).
        # A lane keeps its colour while the timeline is shown, whatever lanes go away or
        # come back (verify60 F20: Statement's events deleted, two lanes changed colour).
        chosen = self._document.timeline.category_colors
        assign_category_colors(counts, chosen, keep=self._colours_given)
        self._colours_given = True
        hidden = self._state.filter.hidden_categories
        categories = sorted(set(counts) | set(hidden),
                            key=lane_key(self._document.timeline.lane_order))
        if (counts == self._counts and list(self._buttons) == categories
                and chosen == self._chosen):
            self._sync_checks()
            return
        self._counts = counts
        self._chosen = dict(chosen)
        self._shown = None
        for button in self._buttons.values():
            button.deleteLater()
        for action in self.actions()[1:]:
            self.removeAction(action)
        self._buttons = {}
        for category in categories:
            button = LegendChip(self)
            button.setCheckable(True)
            button.setIcon(swatch_icon(category_color(category)) if self._swatches else QIcon())
            # No file text in tooltips: Qt would render it as rich text (``_sync_checks``
            # sets it, and the text with the count).
            button.setStatusTip(
                "Click a category to show or hide its events; drag it to move its lane")
            button.setAccessibleName(f"{category_label(category)} category")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            # Tab reaches it (QToolButton's own Qt.TabFocus; Space toggles); a click keeps
            # the focus where it was, so the arrows still step through the events.
            button.clicked.connect(lambda _checked=False, c=category: self._toggle(c))
            # Its colour: the right button, or the menu key / Shift+F10 with it focused.
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            button.customContextMenuRequested.connect(
                lambda at, c=category, b=button: _shown(self.category_menu(c), b.mapToGlobal(at)))
            button.installEventFilter(self)
            self.addWidget(button)
            self._buttons[category] = button
        # The entries' names and counts first: nothing after may leave them without.
        self._show_title()
        self._sync_checks()
        more = self._watch_more()
        if more is not None and self._buttons:
            QWidget.setTabOrder(list(self._buttons.values())[-1], more)
        if self.isVisible() and self.updatesEnabled():
            self.settle_row()
        self._row_timer.start()

    def _show_title(self) -> None:
        """"Categories:" only when there are entries: an empty timeline showed the word
        alone, a label of nothing (new-user trials, ui22 item 5).  Its text is emptied,
        the label kept: the row keeps its height (``keep_own_row``) and nothing moves
        when the first lane comes."""
        self._title.setText("Categories: " if self._buttons and not self._title_dropped
                             else "")

    def _title_width(self) -> int:
        """The px the title label takes with "Categories: " (empty, it takes none): its
        own width while it shows the text, else the width it had then, for its font (a
        label made to measure it came out 6 px narrower under the toolbar's style, and
        the title came and went at each step of a resize)."""
        key = self._title.font().key()
        if self._title.text():
            self._title_widths[key] = self._title.sizeHint().width()
        elif key not in self._title_widths:
            self._title.setText("Categories: ")
            self._title_widths[key] = self._title.sizeHint().width()
            self._title.setText("")
        return self._title_widths[key]

    def keep_own_row(self, kept: object) -> None:
        """Keep a row of its own, needed or not: ``True`` for whatever the window shows
        (the stand-in of a file that opens, and the timeline that then replaces it),
        a timeline for as long as the document shows that timeline, ``None`` no more
        (the row as the entries need it).  Settled now (``settle_row``).

        The stand-in's legend has no entries, and shared the main toolbar's row; the
        file's eight entries took a row of their own at 1280 px in the refresh that
        showed its events, which moved the axis and the lanes 28 px down at that very
        moment (verify15, finding 7).  A row kept from the stand-in on is there from the
        window's first full paint; the file that arrives keeps it as long as it is shown.
        """
        self._row_kept_for = kept
        if self.isVisible() and self.updatesEnabled():
            self.settle_row()
        else:
            self._fit_row()

    def settle_row(self) -> None:
        """Take or leave the legend's own row and lay the entries out now, in the
        refresh, not in the next turn of the event loop: the window's next paint, which
        shows a file's events for the first time, already has them.  Verify14 (session
        13): at 1280 px the 100 000-event file's events were painted under an empty
        "Categories:" bar, and 40-80 ms later its eight entries took a row of their own,
        moving the lanes, the axis and the Details pane down ~30 px."""
        window = self.parentWidget()
        if self._fit_row() and window is not None and window.layout() is not None:
            window.layout().activate()  # the toolbars' rows, the view's new place
        elif self.layout() is not None:
            self.layout().activate()  # the entries shown and those behind "»"

    def would_need_own_row(self, counts: dict[str, int]) -> bool:
        """True when entries "<label> <count>" for ``counts`` (category -> events) would
        not all fit beside the toolbars of the first row (``_fit_row``'s rule), foreseen
        before they are made: a file's categories read from its text before it opens
        (``MainWindow._foresee_legend_row``; open16 "not done": a file under 8 MiB with
        many categories moved the lanes 29 px down when its entries arrived)."""
        beside = self._beside_width()
        if beside is None or not counts:
            return False
        window = self.parentWidget()
        if window is None:
            return False
        title = self._title_width()
        titled = self._width_with(counts) + (0 if self._title.text() else title)
        whole = sum(bar.sizeHint().width() for bar in self._first_row_bars() or [])
        return legend_row(window.width(), beside, whole, titled, title)[0]

    def foresee(self, counts: dict[str, int] | None) -> None:
        """Until the legend has entries of its own, take or leave its row as entries for
        ``counts`` (category -> events) would need it at the window's width, that width
        as it is then (a resize decides again); None: as its own entries need it.  A
        large file reopened at a start, its categories as the window last showed them
        (``MainWindow.stand_in_for``; verify53 F5: a row of its own at every start)."""
        self._foreseen = counts or None
        if self.isVisible() and self.updatesEnabled():
            self.settle_row()
        else:
            self._fit_row()

    def _width_with(self, counts: dict[str, int]) -> int:
        """The legend's width (px) with entries "<label> <count>" for ``counts`` instead
        of its own."""
        probe = QToolButton(self)
        probe.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        probe.setIconSize(self.iconSize())
        probe.setIcon(swatch_icon(QColor("gray")))
        spacing = self.layout().spacing() if self.layout() is not None else 0
        width = self.sizeHint().width() - sum(
            button.sizeHint().width() + spacing for button in self._buttons.values())
        for category, count in counts.items():
            probe.setText(f"{category_label(category)} {count}".replace("&", "&&"))
            width += probe.sizeHint().width() + spacing
        probe.setParent(None)  # gone now, not at a later turn of the event loop
        return width

    def _first_row_bars(self) -> list[QToolBar] | None:
        """The other toolbars shown in the first row of the window's top area (the
        legend shares it, or would); None when the legend is not in a main window's top
        toolbar area."""
        window = self.parentWidget()
        top = Qt.ToolBarArea.TopToolBarArea
        if not isinstance(window, QMainWindow) or window.toolBarArea(self) != top:
            return None
        bars = [bar for bar in window.findChildren(QToolBar) if bar is not self
                and not bar.isHidden() and window.toolBarArea(bar) == top]
        first_row = min((bar.y() for bar in bars), default=None)
        return [bar for bar in bars if bar.y() == first_row]

    def _beside_width(self) -> int | None:
        """The least width (px) of the toolbars the legend shares the first row with:
        the first that yields gives the legend room (``yielding_width``: the file group
        all of it, a bar alone down to its first group of buttons), the others keep their
        whole width; None when the legend is not in a main window's top toolbar area."""
        bars = self._first_row_bars()
        if bars is None:
            return None
        giving = _yielding_bar(bars)
        return sum(yielding_width(bar) if bar is giving else bar.sizeHint().width()
                   for bar in bars)

    def _fit_row(self) -> bool:
        """Put the legend on a row of its own (a toolbar break before it) when its
        entries do not all fit beside the toolbars of the first row, and back beside them
        when they would.  New-user trial 11: at 1280 px, three of the 100 000-event file's
        eight categories sat unseen behind "»".  On a row of its own the lanes lose the
        row's height, so it is taken only when needed: a toolbar marked
        ``YIELDS_TO_LEGEND`` beside it gives room first, its buttons going behind its own
        "»" (verify20, F8: a lane added by an edit took a second row at 1280 px); the main
        window's file group is no longer so marked (verify47 F1: Save was hidden at
        1366×768 and 125 %); a window narrower than the legend alone still has "»" for
        the rest.  The navigation group (a toolbar of its own) never yields: at 1280 px
        it went behind "»" beside a 100 000-event file's eight entries (verify27, fault
        10), which now take a row of their own, where nine short entries still share the
        row.  True when it
        moved (to or from its row)."""
        window = self.parentWidget()
        beside = self._beside_width()
        bars = self._first_row_bars() or []
        if beside is None or not isinstance(window, QMainWindow):
            return False
        kept = self._row_kept_for
        foreseen = self._foreseen if not self._buttons else None
        need = self.sizeHint().width() if foreseen is None else self._width_with(foreseen)
        # "Categories:" gives its room before any button does: where the entries fit
        # beside every toolbar button without it (not with it), it is left out and no
        # button goes behind "»" (verify70 F18: a tenth lane put Open behind "»" where
        # the title's 73 px would have left room; the buttons moved as lanes came).
        # Elsewhere as before: the title kept, the file group yielding (its 37 px are
        # fewer than the title's: at these fonts the legend then takes its own row), a
        # row of its own taken where even that leaves too little.
        title = self._title_width() if self._buttons else 0
        titled = need + (0 if self._title.text() else title)
        whole = sum(bar.sizeHint().width() for bar in bars)
        needed, drop = legend_row(window.width(), beside, whole, titled, title)

        # Once needed, the row stays while the timeline and the window's width do: an
        # event moved to a lane and back (and undone, redone) took the row and gave it
        # back each time, moving the lanes ~30 px up and down (verify43 F30).
        # (the timeline by its id: a reference kept a closed file's events alive)
        timeline = self._document.timeline
        here = (id(timeline), window.width())
        if needed:
            self._row_needed_at = here
        own_row = (kept is True or (kept is not None and kept is timeline) or needed
                   or self._row_needed_at == here)
        if own_row and drop:  # (a row of its own: room for the title)
            drop = False
        need = titled - title if drop else titled
        if drop != self._title_dropped:
            self._title_dropped = drop
            self._show_title()
        giving = _yielding_bar(bars)
        for bar in bars:
            # The bar that yields no wider than what the legend (on the shared row) and
            # the other bars leave (its own "»" shows the rest); the others whole.  In a
            # window too narrow for the bars alone it is still the one that yields.
            room = None
            if bar is giving:
                room = window.width() - sum(other.sizeHint().width() for other in bars
                                            if other is not bar)
                if not own_row and not self.isHidden():
                    room -= need
            wanted = (_NO_LIMIT if room is None or room >= bar.sizeHint().width()
                      else max(room, yielding_width(bar)))
            if bar.maximumWidth() != wanted:
                bar.setMaximumWidth(wanted)
        if own_row == window.toolBarBreak(self):
            return False
        if own_row:
            window.insertToolBarBreak(self)
        else:
            window.removeToolBarBreak(self)
        return True

    def more_button(self) -> QToolButton | None:
        """The toolbar's "»" button (shown when the entries do not all fit), if any."""
        return self._watch_more()

    def _on_more_toggled(self, shown: bool) -> None:
        more = self._watch_more()
        self._opened_by_keyboard = bool(shown and more is not None and more.hasFocus())
        if not self._opened_by_keyboard:
            return
        behind = [b for b in self._buttons.values() if not b.isVisible()]
        self._focus_when_shown = behind[0] if behind else None

    @staticmethod
    def _focus_by_keyboard(chip: QToolButton) -> None:
        """Focus ``chip`` with the focus frame the style draws only after a focus change
        by the keyboard (``WA_KeyboardFocusChange``, which Qt sets for a real Tab key or a
        shortcut only: with ``TabFocusReason`` here it had none under X11)."""
        chip.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _close_when_focus_left(self) -> None:
        """Opened from the keyboard, the entries behind » stay laid over the window until
        » is pressed again (Qt closes them when the mouse leaves): closed as the focus
        leaves the legend."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        more = self._watch_more()
        if (self._opened_by_keyboard and more is not None and more.isChecked()
                and (focus is None or not self.isAncestorOf(focus))):
            self._opened_by_keyboard = False
            more.click()

    def set_swatches(self, shown: bool) -> None:
        """Show each category's lane colour beside its name (the lanes are the categories),
        or none (View → Lanes By participant or place: the lanes' colours are their
        names', and a category's green beside France's green lane read as France's)."""
        if shown != self._swatches:
            self._swatches = shown
            for category, button in self._buttons.items():
                button.setIcon(swatch_icon(category_color(category)) if shown else QIcon())
            # " · eras" follows (verify47 F16: back to lanes by category, an era lane's
            # entry read "Periods 5" until the next change of the events)
            self._sync_checks()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme change: lane colours differ
            self._counts = {}
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget():
            if event.type() == QEvent.Type.Resize:
                self._row_timer.start()
            return False
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QToolButton)
                and event.key() == Qt.Key.Key_F10  # type: ignore[attr-defined]
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
                and watched in self._buttons.values()):
            # Shift+F10 opens an entry's menu as the menu key does: Qt sends no context
            # menu event for it, and verify17 found the README's route did nothing.
            watched.customContextMenuRequested.emit(watched.rect().center())
            return True
        if isinstance(watched, QToolButton) and self._drag_from(watched, event):
            return True
        chip = self._focus_when_shown
        if event.type() == QEvent.Type.Show and chip is not None and watched is chip:
            self._focus_when_shown = None
            # Its layout may still be moving it; once it is where it is drawn:
            QTimer.singleShot(0, chip, lambda: self._focus_by_keyboard(chip))
        elif event.type() == QEvent.Type.FocusOut and self._opened_by_keyboard:
            QTimer.singleShot(0, self, self._close_when_focus_left)
        return super().eventFilter(watched, event)

    # -- an entry dragged to another place: its lane moves there (lanes18) -------------------
    def _drag_from(self, button: QToolButton, event: QEvent) -> bool:
        """A press on an entry, then a move of the mouse beyond the drag distance with the
        button held, starts a drag of its lane (``start_drag``); True when it did (the
        click that would toggle the lane does not come)."""
        from PySide6.QtWidgets import QApplication

        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed = ((button, event.position().toPoint())  # type: ignore[attr-defined]
                             if event.button() == Qt.MouseButton.LeftButton  # type: ignore[attr-defined]
                             else None)
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = None
        elif (kind == QEvent.Type.MouseMove and self._pressed is not None
              and self._pressed[0] is button and self._swatches  # (lanes by category)
              and event.buttons() & Qt.MouseButton.LeftButton):  # type: ignore[attr-defined]
            moved = event.position().toPoint() - self._pressed[1]  # type: ignore[attr-defined]
            if moved.manhattanLength() >= QApplication.startDragDistance():
                self._pressed = None
                category = next((c for c, b in self._buttons.items() if b is button), None)
                if category is not None and category in self._counts:
                    button.setDown(False)
                    self.start_drag(button, category)
                    return True
        return False

    def start_drag(self, button: QToolButton, category: str) -> None:
        """Drag ``category``'s entry (its picture under the pointer); dropped on the
        legend, its lane moves there (``dropEvent``)."""
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QDrag

        mime = QMimeData()
        mime.setData(LANE_MIME, category.encode("utf-8", "surrogatepass"))
        drag = QDrag(button)
        drag.setMimeData(mime)
        drag.setPixmap(button.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(LANE_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(LANE_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """A lane's entry dropped here: its lane goes before the entry under the drop
        (after the last one right of them all), one undo step (``move_lane``)."""
        if not event.mimeData().hasFormat(LANE_MIME):
            return
        lane = bytes(event.mimeData().data(LANE_MIME).data()).decode("utf-8", "surrogatepass")
        lanes = self.lanes()
        if lane not in lanes:
            return
        x = event.position().x()
        before = next((i for i, c in enumerate(lanes)
                       if self._buttons[c].isVisible()
                       and x < self._buttons[c].geometry().center().x()), len(lanes))
        place = before - (1 if lanes.index(lane) < before else 0)
        event.acceptProposedAction()
        self.move_lane(lane, place)

    def category_menu(self, category: str) -> QMenu:
        """The entry's context menu: "Category Colour…" (one undo step through the
        document), "Default Colour" (back to the app's colour; when one was chosen) and
        "Rename Lane…" (``rename_lane``)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction("Category &Colour…", lambda: self.choose_color(category))
        default = menu.addAction(
            "&Default Colour", lambda: self._document.set_category_color(category, None))
        default.setEnabled(category in self._document.timeline.category_colors)
        menu.addSeparator()
        rename = menu.addAction("&Rename Lane…", lambda: self.rename_lane(category))
        rename.setStatusTip("Rename this lane, or merge it into another (undoable)")
        from timeline_app.ui.context_menu import add_era_entry

        add_era_entry(menu, category, self._document.timeline.is_era_lane(category),
                      self._document.set_era_lane)
        self.add_lane_order_entries(menu, category)
        if not self._swatches:  # lanes by participant or place: no category lane is drawn
            for action in menu.actions():
                action.setEnabled(False)
                action.setStatusTip("The lanes are by participant or place: View → Lanes "
                                    "By → Category for the categories' lanes")
        return menu

    def lanes(self) -> list[str]:
        """The lanes that have events, in lane order (the legend's entries less those a
        filter keeps of a lane with no events)."""
        return [c for c in self._buttons if c in self._counts]

    def add_lane_order_entries(self, menu: QMenu, category: str) -> None:
        """Move Lane Up, Down, to Top, to Bottom for ``category`` in ``menu``
        (``context_menu.add_lane_order_entries``; ``move_lane``)."""
        from timeline_app.ui.context_menu import add_lane_order_entries

        add_lane_order_entries(menu, category, self.lanes(), self.move_lane)

    def move_lane(self, category: str, where: str | int) -> bool:
        """Move ``category``'s lane up (earlier: up the timeline, left here), down, to the
        top or to the bottom among the lanes shown, or to place ``where`` (0: first; an
        entry dragged), one undo step (``Document.move_lane``); False when it is already
        there."""
        lanes = self.lanes()
        if category not in lanes:
            return False
        return self._document.move_lane(category, where, lanes)

    def rename_lane(self, category: str) -> str | None:
        """Rename Lane…: ask a new name for ``category``'s lane and rename it, or merge it
        into the lane of that name after a question (one undo step;
        ``lane_dialog.rename_lane``).  A lane hidden by the legend stays hidden under its
        new name.  Returns the lane its events are in now, or None if nothing changed."""
        from timeline_app.ui import lane_dialog

        hidden = self._state.filter.hidden_categories
        new = lane_dialog.rename_lane(self.window(), self._document, category)
        if new is not None and category in hidden:
            self._state.set_filter(replace(
                self._state.filter, hidden_categories=(hidden - {category}) | {new}))
        return new

    def lane_moves(self, selection: EventSelection) -> LaneMoves:
        """What an event's "Move to Lane ▸" offers for the ``selection``: the lanes listed
        here (in lane order), moving every selected event as one undo step, and New
        Lane… (``lane_dialog.move_to_new_lane``)."""
        from timeline_app.ui import lane_dialog
        from timeline_app.ui.context_menu import LaneMoves

        timeline = self._document.timeline
        ids = [i for i in selection.event_ids if i in timeline]
        lanes = self.lanes()  # not hidden-only ones
        return LaneMoves(
            lanes, frozenset(timeline.get(i).category for i in ids), len(ids),
            lambda lane: self._document.move_events_to_lane(ids, lane, self.categories()),
            lambda: lane_dialog.move_to_new_lane(self.window(), self._document, ids))

    def choose_color(self, category: str) -> None:
        """Ask for a colour of ``category``'s lane and set it through the undo stack."""
        from timeline_app.ui import prompts

        color = prompts.ask_category_color(self.window(), category_label(category),
                                           # (her own colour, not as the dark theme lifts it)
                                           chosen_color(category)
                                           or category_color(category).name())
        if color is not None:
            self._document.set_category_color(category, color)

    def _toggle(self, category: str) -> None:
        self._state.toggle_category(category)
        self.category_toggled.emit(category)

    def _shown_counts(self) -> dict[str, int] | None:
        """Each category's events that the filters other than the legend's (people,
        places, sources, dates) let through; None when none is set (the totals then).
        Counted once per such filter and change of the events (~20 ms at 100 000)."""
        rest = replace(self._state.filter, hidden_categories=frozenset())
        if not rest.is_active:
            return None
        if self._shown is None or self._shown[0] != rest:
            timeline = self._document.timeline
            # (no category hidden: the filters' own answer, not a second pass over every
            # event; a participant or a hidden lane at 1 000 000 events: ~0.5 s, fix63)
            hidden = (self._state.hidden if rest == self._state.filter
                      else hidden_by(timeline, rest))
            # (the categories' and the ids' kept columns, or the filter's own mask: no
            # event made, session 22, nor an id looked up, scale61)
            if (len(timeline) >= query.MASKED_EVENTS and isinstance(hidden, HiddenIds)
                    and coded_facts(timeline).ready):
                # (a bincount over the coded categories: session 59, scale62)
                counts = coded_facts(timeline).categories.counts(
                    ~hidden_mask(timeline, hidden))
            else:
                counts = dict(Counter(compress(
                    timeline.categories(), hidden_flags(timeline, hidden, shown=True))))
            self._shown = (rest, counts)
        return self._shown[1]

    def _sync_checks(self) -> None:
        """Ticks, struck-through names and counts as the filters are now: under a filter
        of people, places, sources or dates an entry counts the events it lets through
        (new-user trial 11: with 6 324 of 100 000 events shown the legend still said
        "Treaty 4936"); its tooltip gives both."""
        hidden = self._state.filter.hidden_categories
        shown = self._shown_counts()
        for category, button in self._buttons.items():
            total = self._counts.get(category, 0)
            count = total if shown is None else shown.get(category, 0)
            # A lane shown as eras is marked so (its events are bands, not a lane's rows).
            eras = self._swatches and self._document.timeline.is_era_lane(category)
            # (a lane's name from a file is no mnemonic: "China & Taiwan" read "China
            # _Taiwan", the space underlined; verify59 F1)
            button.setText(legend_entry_text(category, count, eras).replace("&", "&&"))
            button.setToolTip(("Shown as eras: bands behind the lanes. " if eras else "")
                              + ("Show or hide this category's events" if shown is None else
                                 f"{count} of its {total} events pass the filters. "
                                 "Show or hide this category's events"))
            button.setChecked(category not in hidden)
            font = button.font()
            font.setStrikeOut(category in hidden)
            button.setFont(font)
        self._row_timer.start()  # the entries' widths may have changed


def show_all_categories(state: FindState) -> None:
    """Show every category again, keeping the other filters (people, places, dates)."""
    state.set_filter(replace(state.filter, hidden_categories=frozenset()))


def fill_category_menu(menu: QMenu, categories: list[str], state: FindState) -> None:
    """View → Categories: "Show All Categories" and one checkable entry per category
    (ticked: shown), the keyboard's way to show a hidden category again (the legend's
    entries may sit behind its » at 1024 px; new-user trial 9). Refilled each time the
    menu opens: categories come and go with the timeline."""
    menu.clear()
    hidden = state.filter.hidden_categories
    show_all = menu.addAction("&Show All Categories", lambda: show_all_categories(state))
    show_all.setEnabled(bool(hidden))
    show_all.setStatusTip("Show the events of every category again")
    menu.addSeparator()
    for category in categories:
        # Its first letter is its mnemonic (letters shared cycle); no other from a file.
        action = menu.addAction("&" + category_label(category).replace("&", "&&"))
        action.setCheckable(True)
        action.setChecked(category not in hidden)
        action.setStatusTip("Show or hide this category's events")
        action.triggered.connect(lambda _checked=False, c=category: state.toggle_category(c))


def _shown(menu: QMenu, at: QPoint) -> None:
    """``menu`` shown modally at ``at``, its ticks seen in the dark theme (verify76 F13)."""
    from timeline_app.ui.check_style import make_menu_checks_visible

    make_menu_checks_visible(menu)
    menu.exec(at)
