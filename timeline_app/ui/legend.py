"""The legend: one entry per category (its lane colour, name and count); clicking an
entry hides or shows the category's events (through the shared ``FindState``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from operator import attrgetter

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton, QWidget

from timeline_app.document import Document
from timeline_app.ui.find import FindState
from timeline_app.ui.style import (
    assign_category_colors,
    category_color,
    category_label,
    lane_sort_key,
)


def swatch_icon(color: QColor, size: int = 12, ratio: float | None = None) -> QIcon:
    """A small rounded square of ``color`` (the lane's colour in the legend), drawn at the
    screen's device pixel ratio so it stays crisp on high-DPI screens."""
    if ratio is None:
        from PySide6.QtGui import QGuiApplication

        ratio = QGuiApplication.instance().devicePixelRatio() if QGuiApplication.instance() \
            else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color.darker(140))
    painter.setBrush(color)
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
    painter.end()
    return QIcon(pixmap)


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
        self.setIconSize(QSize(12, 12))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._document = document
        self._state = state
        self._buttons: dict[str, QToolButton] = {}
        self._counts: dict[str, int] = {}
        # Counts taken where a timeline was loaded (see ``use_counts``), for its reset.
        self._given: tuple[object, dict[str, int]] | None = None
        title = QLabel("Categories: ", self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        self.addWidget(title)
        # The entries that do not fit sit behind the toolbar's "»" button, which Qt leaves
        # out of the Tab order: the keyboard never reached them (new-user trial 9).  Tab
        # reaches it after the entries shown; Space shows the rest and the focus goes to
        # the first of them once it is shown.
        self._more = self.findChild(QToolButton, "qt_toolbar_ext_button")
        self._focus_when_shown: QToolButton | None = None
        self._opened_by_keyboard = False  # then it closes again when the focus leaves
        if self._more is not None:
            self._more.installEventFilter(self)
            self._more.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self._more.setAccessibleName("More categories")
            self._more.setToolTip("More categories")
            # Its own focus frame is a faint line around the small arrow: a clear one.
            self._more.setStyleSheet("QToolButton:focus { border: 2px solid palette(highlight);"
                                     " border-radius: 3px; }")
            self._more.toggled.connect(self._on_more_toggled)
        document.reset.connect(self.refresh)
        document.event_added.connect(self.refresh)
        document.event_changed.connect(self.refresh)
        document.event_removed.connect(self.refresh)
        state.changed.connect(self._sync_checks)
        self.refresh()

    def buttons(self) -> dict[str, QToolButton]:
        return dict(self._buttons)

    def categories(self) -> list[str]:
        """The categories listed, in lane order (hidden ones included)."""
        return list(self._buttons)

    def use_counts(self, timeline: object, counts: dict[str, int]) -> None:
        """The events of each category of ``timeline``, counted where it was loaded (off
        the GUI thread): the next refresh for that timeline takes them instead of counting
        (at 1 000 000 events counting took 100-300 ms of the GUI thread, issue 11)."""
        self._given = (timeline, counts)

    def refresh(self, *_args: object) -> None:
        """Rebuild the entries from the timeline's categories (with counts)."""
        given, self._given = self._given, None
        if given is not None and given[0] is self._document.timeline:
            counts = dict(given[1])
        else:
            # C-level counting: 5 ms instead of 22 at 100 000 events, on every reset
            counts = dict(Counter(map(attrgetter("category"),
                                      self._document.timeline.events)))
        # The lanes' colours from the timeline's categories, before anything paints them:
        # the same file, the same colours (the view and the list paint later, in the loop).
        assign_category_colors(counts)
        hidden = self._state.filter.hidden_categories
        categories = sorted(set(counts) | set(hidden), key=lane_sort_key)
        if counts == self._counts and list(self._buttons) == categories:
            self._sync_checks()
            return
        self._counts = counts
        for button in self._buttons.values():
            button.deleteLater()
        for action in self.actions()[1:]:
            self.removeAction(action)
        self._buttons = {}
        for category in categories:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setIcon(swatch_icon(category_color(category)))
            button.setText(f"{category_label(category)} {counts.get(category, 0)}")
            # No file text in tooltips: Qt would render it as rich text.
            button.setToolTip("Show or hide this category's events")
            button.setStatusTip("Click a category to show or hide its events")
            button.setAccessibleName(f"{category_label(category)} category")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            # Tab reaches it (QToolButton's own Qt.TabFocus; Space toggles); a click keeps
            # the focus where it was, so the arrows still step through the events.
            button.clicked.connect(lambda _checked=False, c=category: self._toggle(c))
            button.installEventFilter(self)
            self.addWidget(button)
            self._buttons[category] = button
        if self._more is not None and self._buttons:
            QWidget.setTabOrder(list(self._buttons.values())[-1], self._more)
        self._sync_checks()

    def more_button(self) -> QToolButton | None:
        """The toolbar's "»" button (shown when the entries do not all fit), if any."""
        return self._more

    def _on_more_toggled(self, shown: bool) -> None:
        self._opened_by_keyboard = bool(shown and self._more is not None
                                        and self._more.hasFocus())
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
        if (self._opened_by_keyboard and self._more is not None and self._more.isChecked()
                and (focus is None or not self.isAncestorOf(focus))):
            self._opened_by_keyboard = False
            self._more.click()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme change: lane colours differ
            self._counts = {}
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        chip = self._focus_when_shown
        if event.type() == QEvent.Type.Show and chip is not None and watched is chip:
            self._focus_when_shown = None
            # Its layout may still be moving it; once it is where it is drawn:
            QTimer.singleShot(0, chip, lambda: self._focus_by_keyboard(chip))
        elif event.type() == QEvent.Type.FocusOut and self._opened_by_keyboard:
            QTimer.singleShot(0, self, self._close_when_focus_left)
        return super().eventFilter(watched, event)

    def _toggle(self, category: str) -> None:
        self._state.toggle_category(category)
        self.category_toggled.emit(category)

    def _sync_checks(self) -> None:
        hidden = self._state.filter.hidden_categories
        for category, button in self._buttons.items():
            button.setChecked(category not in hidden)
            font = button.font()
            font.setStrikeOut(category in hidden)
            button.setFont(font)


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
