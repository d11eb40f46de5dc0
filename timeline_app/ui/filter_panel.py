"""The filter panel: categories, participants, places, the source article and a date range.

It writes a ``core.query.EventFilter`` into the shared ``FindState`` (as the legend,
``ui/legend.py``, does for categories); the view, the list and the status bar follow
it from there.  All names shown come from files, so every label is plain text and
list items are plain strings.
"""

from __future__ import annotations

import bisect
import weakref
from collections import Counter
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import replace
from itertools import chain, compress
from operator import attrgetter

from PySide6.QtCore import (
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core import Event, Timeline, query
from timeline_app.core.coded import coded_facts
from timeline_app.core.dates import MONTH_NAMES
from timeline_app.core.merge import participant_key
from timeline_app.core.model import Source
from timeline_app.core.plans import count_plans, is_plan
from timeline_app.core.query import (
    NO_SOURCE,
    EventFilter,
    Facets,
    HiddenIds,
    event_facts,
    facet_changes,
    facets,
    fold,
    hidden_by,
    hidden_flags,
    hidden_mask,
    ordered_counts,
    statuses_in_order,
)
from timeline_app.document import Document
from timeline_app.ui.alt_keys import guard_alt_typing
from timeline_app.ui.find import FindState
from timeline_app.ui.safe_text import tooltip_text
from timeline_app.ui.style import category_color, category_label, lane_key
from timeline_app.ui.theme import VisibleCheckStyle

#: The lists show at most this many values (the most frequent); a filter field narrows them.
MAX_LIST_VALUES = 2000


#: How long typing in From or To pauses before the dates typed apply (ms).
TYPED_DATE_PAUSE_MS = 600

class _RowFocusStyle(VisibleCheckStyle):
    """``VisibleCheckStyle`` for a check list, with the current row's focus frame drawn
    across the whole row, 2 px in the highlight colour over a light tint of it (new-user
    trial, session 9: Fusion's dotted frame, 1 px of a pale blue around the text alone,
    left the keyboard's place in the Categories list hard to see)."""

    #: Room (px) above and below each row's tick box for the 2 px frame: a row as tall as
    #: the box had its frame drawn over the box's top edge, the first row's tick box cut
    #: at 150 % (verify86 F4).
    ROW_PAD = 2

    def sizeFromContents(self, kind: QStyle.ContentsType,  # noqa: N802 - Qt override
                         option: QStyleOption, size: QSize,
                         widget: QWidget | None = None) -> QSize:
        hint = super().sizeFromContents(kind, option, size, widget)
        if kind is QStyle.ContentsType.CT_ItemViewItem:
            box = self.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, widget)
            hint.setHeight(max(hint.height(), box + 2 * self.ROW_PAD))
        return hint

    def drawPrimitive(self, element: QStyle.PrimitiveElement,  # noqa: N802 - Qt override
                      option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if element is not QStyle.PrimitiveElement.PE_FrameFocusRect or widget is None:
            super().drawPrimitive(element, option, painter, widget)
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) \
            else widget.width()
        row = QRect(0, rect.top(), width, rect.height()).adjusted(1, 0, -1, 0)
        palette = option.palette  # type: ignore[attr-defined]
        color = QColor(palette.highlight().color())
        if palette.base().color().lightness() < 128:
            color = color.lighter(150)  # the dark theme's highlight is dim on its base
        painter.save()
        tint = QColor(color)
        tint.setAlpha(48)
        painter.fillRect(row, tint)
        painter.setPen(QPen(color, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(row.adjusted(1, 1, -1, -1))
        painter.restore()


def _check_list_style(widget: QListWidget) -> None:
    """Outlined check boxes and a plain frame on the keyboard's row (``_RowFocusStyle``),
    and no selection: in a check list a tick says what is shown; a selected (blue) row
    besides it meant nothing and stayed on a row of another file's categories (new-user
    trial, session 9)."""
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    widget.setStyle(_RowFocusStyle(widget))


def _participants_once(events: list[Event]) -> Iterator[str]:
    """Each event's participants, each once (as ``facets`` counts them)."""
    return chain.from_iterable(map(set, map(attrgetter("participants"), events)))


def _location(events: list[Event]) -> Iterator[str]:
    return map(attrgetter("location"), events)


def _passing(counted: Counter[str], totals: Iterable[tuple[str, int]],
             of_hidden: bool) -> dict[str, int]:
    """Each value's events shown: ``counted`` itself (counted over the shown events), or
    ``totals`` less ``counted`` (counted over the hidden ones, ``of_hidden``)."""
    if not of_hidden:
        return dict(counted)
    passing = Counter(dict(totals))
    passing.subtract(counted)
    return dict(passing)


def _key(timeline: Timeline) -> object:
    """What tells ``timeline`` from another for ``FilterPanel``'s kept counts (a weak
    reference: the same one each time while it lives; another file's revision numbers
    are its own)."""
    return weakref.ref(timeline)


def _case_twins(counts: dict[str, int], moved: Iterable[str]) -> bool:
    """Whether a value of ``moved`` equals another of ``counts`` case aside (the order of
    such values in ``query.ordered_counts`` is the events' order, which a count moved by
    one does not tell)."""
    folded = {value.casefold() for value in moved}
    met = Counter(fold for fold in map(str.casefold, counts) if fold in folded)
    return any(n > 1 for n in met.values())


def _article_name(source: Source) -> str:
    """An article as the Article choice names it (after its outlet): its headline, else
    its dateline's place and day ("Beijing, 9 May 2026", as Details says it), else its
    id.  An article imported without a headline was listed as "Xinhua: src-0b998909eb"
    (verify38 F9)."""
    if source.title:
        return source.title
    day = source.dateline_date
    when = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}" if day else ""
    return ", ".join(p for p in (source.dateline_place, when) if p) or source.id


class _SearchableCombo(QObject):
    """Let a combo box be searched by typing: the items holding every word typed (of the
    headline or the outlet, in any order, case and accents aside: ``core.query.fold``, as
    Find and the narrowing fields) are listed under it to pick from (Down, Return, or a
    click), the first ``MAX_LIST_VALUES`` of them, as the participants' and places' lists
    show theirs.  A file of 10 000 articles gave a drop-down of 10 000 rows ordered by
    event count, to scroll through (verify38 F2).  Text typed that picks nothing goes
    back to the current item's when the field is left.

    The matches are a plain list (``QStringListModel``), not a filter model over the
    combo's: a Python filter called per row took 140-180 ms of CPU a key at 10 000
    articles, this ~20 ms."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setCompleter(None)  # (Qt's completes a prefix only: ours below)
        self.edit = edit = combo.lineEdit()
        edit.setPlaceholderText("Type words of a headline or outlet")
        self._matches = QStringListModel(self)
        self._rows: list[int] = []  # the combo's row of each match
        self._folded: list[str] | None = None  # each item's text folded (``items_changed``)
        self.completer = completer = QCompleter(self._matches, combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.setWidget(edit)
        popup = completer.popup()
        if isinstance(popup, QListView):
            popup.setUniformItemSizes(True)  # 2 000 rows after one letter: laid out at once
        edit.textEdited.connect(self._typed)
        completer.activated[QModelIndex].connect(self._picked)
        # (after the combo has read a Return: a text that names an item picks it first)
        edit.editingFinished.connect(lambda: QTimer.singleShot(0, self, self._back_to_current))

    def items_changed(self) -> None:
        """The combo's items were replaced (``FilterPanel.refresh``): the drop-down list
        as wide as its longest items, within the screen (an editable combo box's list is
        only as wide as the box: "AFP: China … — AFP (10)")."""
        self._folded = None
        combo = self.combo
        texts = sorted((combo.itemText(row) for row in range(combo.count())), key=len)
        metrics = combo.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for text in texts[-40:]), default=0)
        room = combo.screen().availableGeometry().width() * 3 // 4
        combo.view().setMinimumWidth(min(room, widest + 40))

    def forget_texts(self) -> None:
        """Some items' texts changed: read them again when next typed into (their
        drop-down's width stays: ``items_changed`` sets it from every item's text)."""
        self._folded = None

    def _typed(self, text: str) -> None:
        combo = self.combo
        if self._folded is None or len(self._folded) != combo.count():
            self._folded = [fold(combo.itemText(row)) for row in range(combo.count())]
        words = fold(text).split()
        self._rows = [row for row, folded in enumerate(self._folded)
                      if all(word in folded for word in words)][:MAX_LIST_VALUES]
        self._matches.setStringList([combo.itemText(row) for row in self._rows])
        popup = self.completer.popup()
        if not words or not self._rows:
            popup.hide()
            return
        # as wide as a headline needs (the narrow panel cut them at 20 letters), within
        # the screen
        edit = self.edit
        screen = edit.screen().availableGeometry()
        left = edit.mapToGlobal(QPoint(0, 0)).x()
        wanted = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 8
        width = max(edit.width(), min(wanted, screen.right() - left - 8))
        self.completer.complete(QRect(0, 0, width, edit.height()))

    def _picked(self, index: QModelIndex) -> None:
        # (the index is the completer's own model's, over ``_matches``)
        completion = self.completer.completionModel()
        if isinstance(completion, QAbstractProxyModel):
            index = completion.mapToSource(index)
        if 0 <= index.row() < len(self._rows):
            row = self._rows[index.row()]
            self.combo.setCurrentIndex(row)
            self.combo.setEditText(self.combo.itemText(row))
            self.edit.setCursorPosition(0)  # the outlet and the headline's start, not its end

    def _back_to_current(self) -> None:
        combo = self.combo
        if (not self.edit.hasFocus()
                and combo.currentText() != combo.itemText(combo.currentIndex())):
            combo.setEditText(combo.itemText(combo.currentIndex()))
            self.edit.setCursorPosition(0)


class _ValueList(QWidget):
    """A checkable list of values with counts, and a field that narrows the list.

    Signals:
        changed(): the set of checked values changed.
        join_requested(object): "Rename or Join …" was chosen on a row (its name, as the
            row spells it), or "Join the N Ticked Names…" (a tuple of the ticked rows'
            names): the window asks which name they join (verify43 F9).
    """

    changed = Signal()
    join_requested = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(f"Narrow the {name} list")
        self.search.setAccessibleName(f"Narrow the {name} list")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(f"{name.capitalize()}: check to show only their events")
        self.list.setUniformItemSizes(True)
        # Fusion's unticked boxes nearly vanish on the dark theme: outlines with contrast;
        # and the keyboard's row is framed plainly.
        _check_list_style(self.list)
        self.search.setStyle(VisibleCheckStyle(self.search))  # and its frame (issue: faint)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self._values: list[tuple[str, int]] = []
        self._checked: set[str] = set()
        self._labels: dict[str, str] = {}
        self._folded: dict[str, str] = {}  # see ``_folded_label``
        self._shown: dict[str, int] | None = None  # see ``set_shown``
        #: One row per name however it is spelt (``core.merge.participant_key``): its
        #: first spelling in ``_values``, the events of all summed (verify37 F20).
        self._rows: list[tuple[str, int]] = []
        self._spellings: dict[str, tuple[str, ...]] = {}
        self._totals: dict[str, int] = {}
        self.search.textChanged.connect(self._fill)
        self.list.itemChanged.connect(self._on_item)
        self.search.installEventFilter(self)
        # A row's menu (right-click, the Menu key, Shift+F10): Rename or Join the name.
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_row_menu)

    def row_menu(self, row: int) -> QMenu | None:
        """The menu of the list's ``row`` (None for no such row): "Rename or Join “name”…"."""
        item = self.list.item(row)
        if item is None:
            return None
        value = str(item.data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self.list)
        label = value.replace("&", "&&")  # (no mnemonic from a file)
        join = menu.addAction(f"Rename or &Join “{label}”…")
        join.setStatusTip("Write this name as another (one row and one lane from then on), "
                          "or rename it in every event; Edit → Undo takes it back")
        join.triggered.connect(lambda: self.join_requested.emit(value))
        # A name known to be one state or body with other rows ("Britain", "United
        # Kingdom"; verify47 F21): offered by name, the dialog opening on them all ticked.
        from timeline_app.ui.join_names import join_with_known_action

        known = join_with_known_action(value, (name for name, _ in self._values), menu,
                                       self.join_requested.emit)
        if known is not None:
            menu.addAction(known)
        ticked = self.ticked_rows()
        if len(ticked) > 1:
            # several spellings ticked to see their events: joined in one step (session 35)
            several = menu.addAction(f"Join the {len(ticked)} &Ticked Names…")
            several.setStatusTip("Write the ticked names as one (one row and one lane from "
                                 "then on); Edit → Undo takes it back")
            several.triggered.connect(lambda: self.join_requested.emit(ticked))
        return menu

    def ticked_rows(self) -> tuple[str, ...]:
        """The rows ticked (a row's name as the row spells it), in the list's order,
        those the narrowing field hides too."""
        return tuple(value for value, _ in self._rows
                     if not self._checked.isdisjoint(self._spellings.get(value, (value,))))

    def _show_row_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:  # the Menu key: the keyboard's row
            item = self.list.currentItem()
            if item is None:
                return
            pos = self.list.visualItemRect(item).center()
        menu = self.row_menu(self.list.row(item))
        if menu is not None:
            menu.exec(self.list.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def set_values(self, values: list[tuple[str, int]], checked: frozenset[str],
                   labels: dict[str, str] | None = None) -> None:
        self._values = values
        self._checked = set(checked)
        self._labels = labels or {}
        self._folded.clear()
        spellings: dict[str, list[str]] = {}
        totals: dict[str, int] = {}
        for value, count in values:
            key = participant_key(value) or value
            spellings.setdefault(key, []).append(value)
            totals[key] = totals.get(key, 0) + count
        self._spellings = {names[0]: tuple(names) for names in spellings.values()}
        self._totals = {names[0]: totals[key] for key, names in spellings.items()}
        self._rows = list(self._totals.items())
        self._fill()

    def _folded_label(self, value: str, label: str) -> str:
        """``label`` folded (``core.query.fold``), once per value while the values stay."""
        folded = self._folded.get(value)
        if folded is None:
            folded = self._folded[value] = fold(label)
        return folded

    def set_shown(self, shown: dict[str, int] | None) -> None:
        """Each value's events that the filters let through (None: no filter, the totals
        are shown): a row then reads that count, its tooltip "N of its M events"."""
        if shown == self._shown:
            return
        self._shown = shown
        # The rows are relabelled in place: a tick that changed the filter must not
        # rebuild the list under the keyboard's row and the scroll position.
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            value = item.data(Qt.ItemDataRole.UserRole)
            self._label_item(item, value, self._totals.get(value, 0))
        self.list.blockSignals(False)

    def shown(self) -> dict[str, int] | None:
        """The counts ``set_shown`` gave (None: the totals); do not modify."""
        return self._shown

    def _label_item(self, item: QListWidgetItem, value: str, count: int) -> None:
        """``item``'s text: the value with its count, or under a filter the events that
        pass it (its tooltip then gives both)."""
        label = self._labels.get(value, value)
        others = [n for n in self._spellings.get(value, (value,)) if n != value]
        also = f"Also written {', '.join(others)}" if others else ""
        if self._shown is None:
            item.setText(f"{label} ({count})")  # QListWidgetItem text is plain
            item.setToolTip(tooltip_text(also) if also else "")
        else:
            spellings = self._spellings.get(value, (value,))
            passing = sum(self._shown.get(name, 0) for name in spellings)
            item.setText(f"{label} ({passing})")
            item.setToolTip(tooltip_text(f"{passing} of its {count} events pass the filters"
                                         + (f". {also}" if also else "")))

    def checked(self) -> frozenset[str]:
        return frozenset(self._checked)

    def values(self) -> list[tuple[str, int]]:
        """The values listed and their event counts (most frequent first)."""
        return list(self._values)

    def clear_checks(self) -> None:
        self._checked.clear()
        self._fill()

    def _fill(self, *_args: object) -> None:
        # accent-blind, as Find: "erdogan" keeps "Recep Tayyip Erdoğan" (verify37 F7)
        needle = fold(self.search.text()).strip()
        self.list.blockSignals(True)
        self.list.clear()
        shown = 0
        for value, count in self._rows:
            label = self._labels.get(value, value)
            if needle and needle not in self._folded_label(value, label):
                continue
            item = QListWidgetItem()
            self._label_item(item, value, count)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = not self._checked.isdisjoint(self._spellings.get(value, (value,)))
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            shown += 1
            if shown >= MAX_LIST_VALUES:
                break
        self.list.blockSignals(False)

    def _on_item(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        names = self._spellings.get(value, (value,))  # a tick is the name's, every spelling
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.update(names)
        else:
            self._checked.difference_update(names)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Down in the narrowing field goes to the list, Space there ticks: as Add quote's
        # filter does ("Down, then Return"); Down did nothing and Space typed a space into
        # the field (verify38 F1).
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.list.count()):
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(0)
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)


class _CategoryList(QListWidget):
    """The categories with their lane colours and counts, ticked while shown: the legend's
    entries, in a list the keyboard walks with the arrows and Space (trial 9: the panel
    had no category section, and legend entries behind » were out of reach).  It writes
    ``hidden_categories`` of the shared filter, as the legend does."""

    #: The rows the list shows without scrolling, at most.
    SHOWN_ROWS = 8
    #: The rows it keeps in a panel too short for every list (``sync``).
    LEAST_ROWS = 5

    def __init__(self, state: FindState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryFilter")
        self.setAccessibleName("Categories: ticked ones are shown")
        self.setUniformItemSizes(True)
        # A long lane name is shortened ("…"; whole in the legend), never scrolled to: a
        # horizontal scroll bar took a row of the list's fixed height, and at 150 % the
        # Categories were the smallest list of the panel, 4 rows and a bar for 5 lanes
        # (verify51 F21), the one list people use to hide lanes.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # (its count stays)
        _check_list_style(self)
        self._state = state
        self._counts: dict[str, int] = {}
        self._shown: dict[str, int] | None = None  # see ``set_shown``
        self._lane_order: list[str] = []  # see ``set_counts``
        # The categories' lane colours beside them: not while the lanes are by
        # participant or place (``set_swatches``), as the legend's entries.
        self._swatches = True
        self.itemChanged.connect(self._on_item)

    def set_swatches(self, shown: bool) -> None:
        """Show each category's lane colour (the lanes are the categories), or none
        (View → Lanes By participant or place: the lanes' colours are their names')."""
        if shown != self._swatches:
            self._swatches = shown
            self.sync()

    def set_counts(self, counts: list[tuple[str, int]],
                   lane_order: list[str] | None = None) -> None:
        """The timeline's categories and their event counts (hidden ones are kept), listed
        in lane order (``lane_order``: ``Timeline.lane_order``)."""
        self._counts = dict(counts)
        self._lane_order = list(lane_order or ())
        self.sync()

    def totals(self) -> dict[str, int]:
        """Each category's events."""
        return dict(self._counts)

    def shown(self) -> dict[str, int] | None:
        """The counts ``set_shown`` gave (None: the totals); do not modify."""
        return self._shown

    def set_shown(self, shown: dict[str, int] | None) -> None:
        """Each category's events that the filters other than the categories' let through
        (None: no such filter, the totals), as the legend counts them."""
        if shown != self._shown:
            self._shown = shown
            self.sync()

    def sync(self) -> None:
        """List and tick the categories as the shared filter has them."""
        from timeline_app.ui.legend import swatch_icon

        hidden = self._state.filter.hidden_categories
        categories = sorted(set(self._counts) | set(hidden), key=lane_key(self._lane_order))
        item = self.currentItem()
        current = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.blockSignals(True)
        try:
            self.clear()
            for category in categories:
                total = self._counts.get(category, 0)
                count = total if self._shown is None else self._shown.get(category, 0)
                # QListWidgetItem text is plain: a category name from a file stays text.
                item = QListWidgetItem(swatch_icon(category_color(category)) if self._swatches
                                       else QIcon(), f"{category_label(category)} ({count})")
                if self._shown is not None:
                    item.setToolTip(tooltip_text(
                        f"{count} of its {total} events pass the filters"))
                item.setData(Qt.ItemDataRole.UserRole, category)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if category in hidden
                                   else Qt.CheckState.Checked)
                self.addItem(item)
                if category == current:  # the keyboard's row stays on its category
                    self.setCurrentItem(item)
        finally:
            self.blockSignals(False)
        # Every category in sight (up to ``SHOWN_ROWS``; a few lanes are the rule), but in
        # a short panel (150 % on a 1080p screen, Filters a tab beside Details) no fewer
        # than ``LEAST_ROWS``, so that the participants and places stay in sight too
        # (verify57 F23: five participants shown and Places below the fold).
        row, frame = max(self.sizeHintForRow(0), 1), 2 * self.frameWidth()
        rows = max(1, min(self.count(), self.SHOWN_ROWS))
        self.setMinimumHeight(min(rows, self.LEAST_ROWS) * row + frame)
        self.setMaximumHeight(rows * row + frame)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self.maximumHeight())

    def forget_current(self) -> None:
        """No current row (another file opened: its categories are other ones)."""
        self.setCurrentItem(None)  # type: ignore[arg-type]

    def _on_item(self, item: QListWidgetItem) -> None:
        category = item.data(Qt.ItemDataRole.UserRole)
        shown = item.checkState() == Qt.CheckState.Checked
        if shown == (category in self._state.filter.hidden_categories):
            self._state.toggle_category(category)


class FilterPanel(QWidget):
    """Categories, participants, places, source article, status and date range; each
    narrows what is shown."""

    #: join_names_requested(name, by_place): a participant's (``by_place`` False) or a
    #: place's row asked to be renamed or joined into another, or the ticked rows (``name``
    #: a tuple of names) to be joined into one (``_ValueList.join_requested``).
    join_names_requested = Signal(object, bool)

    def __init__(self, document: Document, state: FindState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.setAccessibleName("Filters")
        self._document = document
        self._state = state
        # The fields and lists in a scroll area, "Clear all filters" (the way back) below
        # it, always whole: the lists' ~520 px of least height made the dock's, and opening
        # it grew a 1024×700 window to 783 px, taller than a 768 px screen (verify12,
        # finding 6); at the scroll area's foot the button was cut at the dock's edge at
        # 1280×800 until one scrolled (verify29, 7).
        self._body = QWidget(self)
        layout = QVBoxLayout(self._body)
        form = QFormLayout()
        self.source_combo = QComboBox(self)
        self.source_combo.setAccessibleName("Source article")
        self.source_combo.setToolTip("Show only the events read from one article")
        # Long headlines must not widen the panel (and squeeze the timeline).
        self.source_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_combo.setMinimumContentsLength(14)
        self.source_search = _SearchableCombo(self.source_combo)
        self.source_completer = self.source_search.completer
        # Each field and list has an Alt letter (fix63: none had one; Tab through ~8
        # stops was the only way in).  Letters no menu title of the window takes (File,
        # Edit, View, Timeline, Find, Help): checked by ``tests/ui/test_dialog_keyboard``.
        form.addRow(self._label("&Article:", self.source_combo), self.source_combo)
        # How the claims stand (verify42 F9): "Disputed (2)" shows the disputed events.
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName("Status")
        self.status_combo.setToolTip("Show only the events of one status: confirmed, "
                                     "unconfirmed, disputed, denied or not assessed")
        self.status_combo.addItem("Any status", None)
        form.addRow(self._label("&Status:", self.status_combo), self.status_combo)
        # What comes next in one click (verify87 F3): the plans, drawn hollow; in the foot
        # beside Clear, always in sight and taking no height from the lists (verify57 F23)
        self.plans_check = QCheckBox("Plans o&nly", self)
        self.plans_check.setToolTip("Show only the plans (titles ending “(scheduled)”, "
                                    "drawn hollow on the timeline), those whose day has "
                                    "passed with no report that they were held too; with "
                                    "From “today”, the upcoming ones (Find → Upcoming Plans)")
        self.plans_check.setStyle(VisibleCheckStyle(self.plans_check))  # (the dark theme)
        self.from_field = QLineEdit(self)
        self.from_field.setPlaceholderText("e.g. 2024 or March 2025")
        self.from_field.setAccessibleName("Show events from this date")
        self.to_field = QLineEdit(self)
        self.to_field.setPlaceholderText("e.g. 22 March 2025")
        self.to_field.setAccessibleName("Show events up to this date")
        for field in (self.from_field, self.to_field):  # frames that show on the dark theme
            field.setStyle(VisibleCheckStyle(field))
        form.addRow(self._label("F&rom:", self.from_field), self.from_field)
        form.addRow(self._label("T&o:", self.to_field), self.to_field)
        self.date_problem = QLabel(self)
        self.date_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.date_problem.setWordWrap(True)
        self.date_problem.setObjectName("dateProblem")
        self.date_notes: list[str] = []  # (``_date_range``)
        form.addRow("", self.date_problem)
        layout.addLayout(form)
        self.categories = _CategoryList(state, self)
        layout.addWidget(self._label("Cate&gories (ticked are shown):", self.categories))
        layout.addWidget(self.categories)
        self.participants = _ValueList("participants", self)
        layout.addWidget(self._label("&Participants (any of):", self.participants.search))
        layout.addWidget(self.participants, 2)
        self.places = _ValueList("places", self)
        layout.addWidget(self._label("P&laces (any of):", self.places.search))
        layout.addWidget(self.places, 1)
        self.clear_button = QPushButton("&Clear all filters", self)
        self.clear_button.setToolTip("Show every event again, and every lane hidden by "
                                     "participant or by place")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (an empty Tab stop, fix63)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._body)
        scroll.setMinimumWidth(self._body.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())
        outer.addWidget(scroll, 1)
        margins = layout.contentsMargins()
        foot = QHBoxLayout()
        foot.setContentsMargins(margins.left(), 4, margins.right(), margins.bottom())
        foot.addWidget(self.plans_check)
        foot.addWidget(self.clear_button, 1)
        outer.addLayout(foot)

        # The dates apply as they are typed, as the rest of the panel and Find do, once
        # typing pauses and both fields read as dates; Return or Tab applies at once and
        # says what cannot be read.  Only Return or Tab applied them, and nothing said so:
        # "March 2025" typed into From changed nothing (verify29, fault 6).
        self._typed_dates = QTimer(self)
        self._typed_dates.setSingleShot(True)
        self._typed_dates.setInterval(TYPED_DATE_PAUSE_MS)
        self._typed_dates.timeout.connect(self._apply_typed_dates)
        self.from_field.textEdited.connect(self._typed_dates.start)
        self.to_field.textEdited.connect(self._typed_dates.start)
        self.source_combo.currentIndexChanged.connect(self._apply)
        self.status_combo.currentIndexChanged.connect(self._apply)
        self.plans_check.toggled.connect(self._apply)
        self.from_field.editingFinished.connect(self._apply)
        self.to_field.editingFinished.connect(self._apply)
        self.participants.changed.connect(self._apply)
        self.places.changed.connect(self._apply)
        self.participants.join_requested.connect(
            lambda name: self.join_names_requested.emit(name, False))
        self.places.join_requested.connect(lambda name: self.join_names_requested.emit(name, True))
        self.clear_button.clicked.connect(state.clear_filter)
        # Cleared from the panel or from Find → Clear Filters, the lists are no longer
        # narrowed either (verify82 F7: "Brazil" stayed in the box after the menu's).
        state.clearing.connect(self._clear_narrowing)
        # Alt + a letter that no menu or key takes types nothing into its fields (ui19).
        guard_alt_typing(self, [self.from_field, self.to_field, self.participants.search,
                                self.places.search, self.source_combo.lineEdit()])
        from timeline_app.ui.accessibility import KeyboardFocusRing

        # The lists' frames show no focus of their own: a ring while Tab has put it there.
        self.focus_ring = KeyboardFocusRing(
            [self.categories, self.participants.list, self.places.list], self)
        state.changed.connect(self._sync_from_state)
        document.reset.connect(self._on_reset)
        document.sources_changed.connect(self.refresh)
        document.category_colors_changed.connect(self.refresh)  # the swatches
        document.lane_order_changed.connect(self.refresh)
        document.event_added.connect(self._on_event)
        document.event_changed.connect(self._on_event)
        document.events_replaced.connect(self._on_event)  # a lane renamed: once
        document.event_removed.connect(self._on_event)
        self._refreshing = False
        self._stale = True  # counting values reads every event: when first shown
        #: The hidden ids the lists' filtered counts were taken for (see
        #: ``_show_filtered_counts``): counted again only when they change.
        self._counted_for: AbstractSet[str] | None = None
        self._count_pending = False  # a count waits for the view's repaint
        #: The timeline's revision and its values' counts (categories, participants,
        #: places, sources, statuses) the lists show, for ``_follow_changes``.
        self._kept: tuple[object, int, tuple[dict[str, int], ...]] | None = None
        #: The Article choice's articles, in its rows' order (after "All articles"), and
        #: the name each is listed by (``refresh``), for ``_move_articles``.
        self._article_rows: tuple[list[str], dict[str, str]] | None = None
        #: The filter and the timeline's revision the lists' filtered counts are of.
        self._shown_for: tuple[EventFilter, object, int] | None = None
        #: How many plans the timeline has, said beside Plans only (``_show_plans``);
        #: None while a large file's events are not made (counting them would make them).
        self._plans: int | None = None


    @staticmethod
    def _label(text: str, buddy: QWidget | None) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # (its "&" still marks the letter)
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def show_upcoming(self) -> None:
        """The Upcoming preset (Find → Upcoming Plans): the plans from today on — Plans
        only ticked, From "today" (``dates_input.read_from_today``), To emptied — in one
        change of the filter, the others kept.  One line of the filter's model
        (``EventFilter(plans_only=True, first_day=today)``), said in the panel's own
        fields, so the person sees what it did and can change it (session 64's new-user
        trial asked for it)."""
        self.from_field.setText("today")
        self.to_field.clear()
        self.plans_check.blockSignals(True)  # (applied once, below)
        self.plans_check.setChecked(True)
        self.plans_check.blockSignals(False)
        self._apply()

    def _show_plans(self, count: int | None) -> None:
        """Say how many plans Plans only keeps, "Plans only (3)", as the other filters
        say their events (session 64's new-user trial: it alone had no number); ``None``:
        not counted (the box says "Plans only")."""
        self._plans = count
        self.plans_check.setText("Plans o&nly" if count is None else f"Plans o&nly ({count})")

    def _on_reset(self) -> None:
        """Another timeline: its categories and values, no row current from the last one,
        and the lists not narrowed by words typed for the last one (new-user trial 12:
        "Mongolia" typed for the 100 000-event file left the next file's participants
        list empty)."""
        self.categories.forget_current()
        self._clear_narrowing()
        self.refresh()

    def _clear_narrowing(self) -> None:
        """Empty the fields that narrow the participants and places lists."""
        for values in (self.participants, self.places):
            values.search.clear()

    def _on_event(self, _event_id: str) -> None:
        # Counting facets reads every event: do it when the panel is seen, not on every edit.
        if self.isVisible():
            if not self._follow_changes():
                self.refresh()
        else:
            self._stale = True

    def _follow_changes(self) -> bool:
        """The lists and counts after the timeline's changes of one event at a time since
        they were counted (an edit, its undo), from those events alone
        (``query.facet_changes``; the filtered counts as ``EventFilter.accepts`` says of
        them): what ``refresh`` would show, without counting every event again and
        filling the Article choice anew (~4 s of each edit at 1 000 000 events; session
        60, scale63).  False (nothing changed) when it cannot: not counted yet, a bulk
        change, an article gained or lost its last event, or a value whose name equals
        another's case aside moved (their order is the events')."""
        kept, timeline = self._kept, self._document.timeline
        if kept is None or self._stale or kept[0] is not _key(timeline):
            return False  # (not counted yet, or counted of another timeline)
        changes = timeline.changes_since(kept[1])
        if changes is None:
            return False
        moved = facet_changes(changes)
        counts = tuple(dict(c) for c in kept[2])
        for total, delta in zip(counts, moved, strict=True):
            for value, n in delta.items():
                left = total.get(value, 0) + n
                if left > 0:
                    total[value] = left
                else:
                    total.pop(value, None)
        moves = self._article_moves(kept[2][3], counts[3], moved[3]) if moved[3] else []
        if moves is None:
            return False  # (the Article choice: filled again by ``refresh``)
        for total, delta in zip(counts[1:3], moved[1:3], strict=True):
            if delta and _case_twins(total, delta):
                return False
        current = self._state.filter
        shown_for = self._shown_for  # (compared by identity: a weak reference's == is
        # its timeline's, which compares every event)
        shown_ok = (shown_for is not None and shown_for[1] is kept[0]
                    and shown_for[2] == kept[1] and shown_for[0] == current)
        self._kept = (kept[0], timeline.revision, counts)
        if self._plans is not None:  # (the plans added and removed: their titles)
            self._show_plans(self._plans + sum(1 if added else -1 for _index, added, event
                                               in changes if is_plan(event)))
        categories, participants, places, _sources, statuses = counts
        self._refreshing = True
        try:
            if moved[0]:
                self.categories.set_counts(ordered_counts(categories), timeline.lane_order)
            # (ticked as the filter is, as ``refresh`` ticks them: a filter set elsewhere)
            if moved[1] or self.participants.checked() != current.participants:
                self.participants.set_values(ordered_counts(participants),
                                             current.participants)
            if moved[2] or self.places.checked() != current.places:
                self.places.set_values(ordered_counts(places), current.places)
            picked = next(iter(current.statuses)) if len(current.statuses) == 1 else None
            if moved[4] or self.status_combo.currentData() != picked:
                self._fill_statuses(statuses_in_order(statuses), current.statuses)
            if moves:
                self._move_articles(moves, counts[3])
            selected = next(iter(current.sources)) if current.sources else None
            if moves or self.source_combo.currentData() != selected:
                combo = self.source_combo
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(selected))
                                      if selected is not None else 0)
                combo.blockSignals(False)
        finally:
            self._refreshing = False
        if shown_ok:
            self._follow_shown(changes, current)
            self._counted_for = self._state.hidden
            self._shown_for = (current, kept[0], timeline.revision)
        else:
            self._counted_for = None
            self._show_filtered_counts()
        return True

    def _follow_shown(self, changes: list[tuple[int, bool, Event]],
                      current: EventFilter) -> None:
        """The filtered counts (``_show_filtered_counts``) moved by ``changes``: a
        removed event that the filter lets through counted off, an added one on (the
        categories' by the filters but theirs, as ``_show_filtered_counts``)."""
        if not current.is_active:
            return  # (the totals: no filtered counts)
        rest = replace(current, hidden_categories=frozenset())
        lists = [(self.participants, lambda e: set(e.participants), current),
                 (self.places, lambda e: (e.location,) if e.location else (), current)]
        for values, of_event, f in lists:
            shown = values.shown()
            if shown is None:
                continue
            shown = dict(shown)
            for _index, added, event in changes:
                if f.accepts(event):
                    for value in of_event(event):
                        shown[value] = shown.get(value, 0) + (1 if added else -1)
            values.set_shown(shown)
        if rest.is_active:
            shown = self.categories.shown()
            if shown is not None:
                shown = dict(shown)
                for _index, added, event in changes:
                    if rest.accepts(event):
                        shown[event.category] = (shown.get(event.category, 0)
                                                 + (1 if added else -1))
                self.categories.set_shown(shown)

    def refresh(self) -> None:
        """Re-read the values (and their counts) the timeline offers (now if the panel is
        visible, else when it is next shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._refreshing = True
        try:
            found = facets(self._document.timeline)
            self._keep_counts(found)
            timeline = self._document.timeline
            self._show_plans(None if timeline.store is not None else count_plans(
                map(attrgetter("title"), timeline.events)))
            current = self._state.filter
            self.categories.set_counts(found.categories, self._document.timeline.lane_order)
            self._counted_for = None
            self.participants.set_values(found.participants, current.participants)
            self.places.set_values(found.places, current.places)
            self._show_filtered_counts()
            sources = self._document.timeline.sources
            self.source_combo.blockSignals(True)
            self.source_combo.clear()
            self.source_combo.addItem("All articles", None)
            names: dict[str, str] = {}
            for source_id, _count in found.sources:
                if source_id == NO_SOURCE:
                    names[source_id] = "No article"
                else:
                    source = sources.get(source_id)
                    name = _article_name(source) if source else source_id
                    if source is not None and source.outlet:
                        # which outlet told what: its name first, where the narrow
                        # panel does not cut it (verify37 F18: headlines only)
                        name = f"{source.outlet}: {name}"
                    names[source_id] = name
            if len(set(names.values())) < len(names):  # (a story and its correction: F7)
                from timeline_app.ui.article_names import distinct_names

                names = distinct_names(names, sources)
            for source_id, count in found.sources:
                self.source_combo.addItem(f"{names[source_id]} ({count})", source_id)
            self._article_rows = ([source_id for source_id, _ in found.sources], names)
            selected = next(iter(current.sources), None) if current.sources else None
            index = self.source_combo.findData(selected) if selected is not None else 0
            self.source_combo.setCurrentIndex(max(0, index))
            self.source_combo.blockSignals(False)
            self.source_search.items_changed()
            self._fill_statuses(found.statuses, current.statuses)
        finally:
            self._refreshing = False

    def _article_moves(self, before: dict[str, int], after: dict[str, int],
                       moved: Iterable[str]) -> list[tuple[int, str]] | None:
        """The Article choice's rows after its articles' counts moved from ``before`` to
        ``after`` (``moved``: the articles whose count changed): each moved article's row
        now and its row to be (0 the first article, after "All articles"), in the order
        ``query.ordered_counts`` gives, as (row to be, article id) sorted by row, or None
        when ``refresh`` must fill the choice again: an article gained its first event
        or lost its last (its name may tell it from another's: ``distinct_names``), or
        its place is among articles of as many events whose ids are the same case aside
        (their order is the events')."""
        rows = self._article_rows
        if rows is None:
            return None
        ids = list(rows[0])
        moved = list(moved)
        if any(not before.get(article) or not after.get(article) for article in moved):
            return None
        for article in moved:
            ids.remove(article)  # (O(articles) in C: ~1 ms at 100 000)

        def key(article: str) -> tuple[int, str]:
            return -after[article], article.casefold()

        placed = []
        for article in sorted(moved, key=key):
            at = bisect.bisect_left(ids, key(article), key=key)
            if (at < len(ids) and key(ids[at]) == key(article)) or (
                    at and key(ids[at - 1]) == key(article)):
                return None
            ids.insert(at, article)
            placed.append(article)
        return sorted((ids.index(article), article) for article in placed)

    def _move_articles(self, moves: list[tuple[int, str]], counts: dict[str, int]) -> None:
        """Move the Article choice's rows of ``moves`` (``_article_moves``) to their
        rows to be, with their new counts, the other rows left as they are: not the
        ~100 000 rows of a large timeline filled again (~1.5 s; session 60, scale63)."""
        rows = self._article_rows
        assert rows is not None
        combo, (ids, names) = self.source_combo, rows
        combo.blockSignals(True)
        try:
            for row in sorted((ids.index(article) for _, article in moves), reverse=True):
                combo.removeItem(row + 1)  # (row 0: "All articles")
                del ids[row]
            for row, article in moves:
                combo.insertItem(row + 1, f"{names[article]} ({counts[article]})", article)
                ids.insert(row, article)
        finally:
            combo.blockSignals(False)
        self.source_search.forget_texts()

    def _keep_counts(self, found: Facets) -> None:
        """Keep ``found``'s counts as the timeline's now (``_follow_changes``)."""
        timeline = self._document.timeline
        self._kept = (_key(timeline), timeline.revision, tuple(
            dict(values) for values in (found.categories, found.participants, found.places,
                                        found.sources, found.statuses)))

    def _fill_statuses(self, counts: list[tuple[str, int]], chosen: frozenset[str]) -> None:
        """The Status choice: "Any status", then each status some event has with its
        count, in a verdict's order (``query.Facets.statuses``), the one chosen kept."""
        from timeline_app.core.status import status_words

        box = self.status_combo
        box.blockSignals(True)
        try:
            box.clear()
            box.addItem("Any status", None)
            for status, count in counts:
                box.addItem(f"{status_words(status)} ({count})", status)
            picked = next(iter(chosen), None) if len(chosen) == 1 else None
            index = box.findData(picked) if picked is not None else 0
            if index < 0:  # chosen, and no event has it now: still offered, with none
                box.addItem(f"{status_words(picked or '')} (0)", picked)
                index = box.count() - 1
            box.setCurrentIndex(index)
        finally:
            box.blockSignals(False)

    def _parse(self, field: QLineEdit, end: bool) -> tuple[int | None, bool, str]:
        """(the field's first day, or with ``end`` its last, as a day number; whether it
        reads; how an ambiguous numeric date was read, else ""): any year, BC too, and a
        period ("1618–1648", "the 17th century").  "01/06/2025" is read in the system's
        order, as Go to Date and the event editor read it, and says how (verify56 F21:
        the Filters refused it, with a French locale, while those two read it)."""
        text = field.text().strip()
        if not text:
            return None, True, ""
        # "today", "last Monday"… as the event editor and Go to Date read them (verify87
        # F4: "today" was refused here).
        from timeline_app.ui.dates_input import read_from_today  # dateutil: ~50 ms

        result = read_from_today(text)
        if result.date is None:
            return None, False, ""
        last = result.end if result.end is not None else result.date
        start, stop = result.date.start_day(), last.end_day()
        from timeline_app.core.dates import describe_range

        note = (f"{'To' if end else 'From'}: {describe_range(result.date, result.end)} "
                f"({result.note})." if result.alternatives and result.note else "")
        return (stop - 1 if end else start), True, note

    def _date_range(self) -> tuple[int | None, int | None, list[str]]:
        """(first day, last day, what is wrong with them in words) of the From and To
        fields, as day numbers (``EventFilter``): a field that cannot be read is None, and
        so is an empty one.  How an ambiguous date was read is in ``date_notes``."""
        first, first_ok, first_note = self._parse(self.from_field, end=False)
        last, last_ok, last_note = self._parse(self.to_field, end=True)
        problems = [f"Cannot read “{f.text().strip()}” as a date (try 2024, March 2025, "
                    "44 BC, 2025-03-22 or today)." for f, ok in ((self.from_field, first_ok),
                                                 (self.to_field, last_ok)) if not ok]
        if first is not None and last is not None and last < first:
            problems.append("“To” is before “From”: no event falls between them.")
        self.date_notes = [note for note in (first_note, last_note) if note]
        return first, last, problems

    def _apply_typed_dates(self) -> None:
        """The dates typed so far, applied if both fields read as dates (or are empty):
        one that cannot be read yet ("Marc") waits for more, or for Return to say why.
        So does a "To" before "From": "1990" to "199", the year 199 on its way to 1995,
        showed 66 104 of 100 000 events for a moment (verify32, finding 8)."""
        if not self._date_range()[2]:
            self._apply()

    def _apply(self, *_args: object) -> None:
        self._typed_dates.stop()
        if self._refreshing:
            return
        first, last, problems = self._date_range()
        self.date_problem.setText(" ".join(problems + self.date_notes))
        source = self.source_combo.currentData()
        status = self.status_combo.currentData()
        new = replace(
            self._state.filter,
            participants=self.participants.checked(),
            places=self.places.checked(),
            sources=frozenset() if source is None else frozenset({source}),
            first_day=first, last_day=last,
            statuses=frozenset() if status is None else frozenset({status}),
            plans_only=self.plans_check.isChecked(),
        )
        self._state.set_filter(new)

    def _count_after_paint(self) -> None:
        try:
            self._count_pending = False
            if self.isVisible() and not self._stale:
                self._show_filtered_counts()
        except RuntimeError:  # the panel was deleted meanwhile (a window closed)
            pass

    def _show_filtered_counts(self) -> None:
        """Under a filter, each participant and place counts the events shown (new-user
        trial 11: with 6 324 of 100 000 events shown the lists still said the totals),
        as the legend does; its tooltip gives both.  Counted in C-level passes over the
        events the filters let through, once per change of the hidden events (see
        benchmarks/README.md, "Session 10, branch `misc11`")."""
        hidden = self._state.hidden
        if hidden is self._counted_for:
            return
        self._counted_for = hidden
        timeline = self._document.timeline
        self._shown_for = (self._state.filter, _key(timeline), timeline.revision)
        if not hidden:
            self.participants.set_shown(None)
            self.places.set_shown(None)
            self.categories.set_shown(None)
            return
        timeline = self._document.timeline
        if (len(timeline) >= query.MASKED_EVENTS and isinstance(hidden, HiddenIds)
                and coded_facts(timeline).ready):
            self._show_coded_counts(timeline, hidden)
            return
        if timeline.store is not None:  # a lazily loaded timeline: nothing made for it
            self._show_filtered_counts_of_store(timeline, hidden)
            return
        events = timeline.events
        # The fewer of the shown and the hidden events are counted: a filter that hides
        # few (one category) counts those, looked up by id, and takes them from the
        # totals; one that shows few reads every id once (C-level, ~5 ms at 100 000).
        few_hidden = len(hidden) * 2 < len(events)
        if few_hidden:
            by_id = timeline.id_map()  # (an id gone with an edit is skipped)
            counted = list(filter(None, map(by_id.get, hidden)))
        else:
            counted = list(compress(events, hidden_flags(timeline, hidden, shown=True)))
        for values, of_event in ((self.participants, _participants_once),
                                 (self.places, _location)):
            values.set_shown(_passing(Counter(of_event(counted)), values.values(),
                                      few_hidden))
        self._count_categories(counted, few_hidden)

    def _show_filtered_counts_of_store(self, timeline: Timeline,
                                       hidden: frozenset[str]) -> None:
        """``_show_filtered_counts`` of a lazily loaded timeline whose events are not all
        made yet: the same counts from its ids, categories and the store's participants
        and places (``query.event_facts``), no event made (a person ticked right after a
        large file's open made them all at once: ~0.45 s of CPU at 100 000 events,
        session 22)."""
        ids = timeline.ids()  # (kept: not read from the store again, scale61)
        few_hidden = len(hidden) * 2 < len(ids)
        picked = hidden_flags(timeline, hidden, shown=not few_hidden)
        people, places, _sources = event_facts(timeline)
        self.participants.set_shown(_passing(
            Counter(chain.from_iterable(map(set, compress(people, picked)))),
            self.participants.values(), few_hidden))
        self.places.set_shown(_passing(Counter(compress(places, picked)),
                                       self.places.values(), few_hidden))
        current = self._state.filter
        rest = replace(current, hidden_categories=frozenset())
        if not rest.is_active:  # only categories hidden: their totals
            self.categories.set_shown(None)
            return
        categories = timeline.categories()
        shown = _passing(Counter(compress(categories, picked)),
                         self.categories.totals().items(), few_hidden)
        hidden_categories = current.hidden_categories
        if hidden_categories:  # the shown events hold none of them: read theirs
            held = hidden_by(timeline, rest)
            shown.update(Counter(
                category for event_id, category in zip(ids, categories, strict=True)
                if category in hidden_categories and event_id not in held))
        self.categories.set_shown(shown)

    def _show_coded_counts(self, timeline: Timeline, hidden: HiddenIds) -> None:
        """``_show_filtered_counts`` of a large timeline: each participant's, place's and
        category's events shown counted by ``bincount`` over the timeline's coded columns
        (``core.coded``) sifted by the filter's mask, not by a pass over every event's
        people and places (~0.2-0.5 s of each filter's change at 1 000 000 events, the
        first one reading every id too; session 59, scale62).  The same counts."""
        facts = coded_facts(timeline)
        shown = ~hidden_mask(timeline, hidden)
        self.participants.set_shown(facts.people.name_counts(shown))
        self.places.set_shown(facts.places.counts(shown))
        current = self._state.filter
        rest = replace(current, hidden_categories=frozenset())
        if not rest.is_active:  # only categories hidden: their totals
            self.categories.set_shown(None)
            return
        categories = facts.categories
        counts = categories.counts(shown)
        hidden_categories = current.hidden_categories
        if hidden_categories:  # the shown events hold none of them: count theirs
            held = hidden_mask(timeline, hidden_by(timeline, rest))
            counts.update(categories.counts(
                categories.where(hidden_categories.__contains__) & ~held))
        self.categories.set_shown(counts)

    def _count_categories(self, counted: list[Event], few_hidden: bool) -> None:
        """The categories' counts as the legend gives them: the events that the filters
        other than the categories' let through (a hidden category keeps its count)."""
        current = self._state.filter
        rest = replace(current, hidden_categories=frozenset())
        if not rest.is_active:  # only categories hidden: their totals
            self.categories.set_shown(None)
            return
        shown = _passing(Counter(map(attrgetter("category"), counted)),
                         self.categories.totals().items(), few_hidden)
        hidden_categories = current.hidden_categories
        if hidden_categories:  # the shown events hold none of them: read theirs
            events = self._document.timeline.events
            theirs = list(compress(events, map(hidden_categories.__contains__,
                                               map(attrgetter("category"), events))))
            held = hidden_by(theirs, rest)
            shown.update(Counter(event.category for event in theirs
                                 if event.id not in held))
        self.categories.set_shown(shown)

    def _sync_from_state(self) -> None:
        """Follow a filter changed elsewhere (Clear all, the legend) without re-applying,
        and count what the filters let through (when the panel is seen)."""
        current = self._state.filter
        self.categories.sync()
        if self.isVisible() and not self._stale and not self._count_pending:
            # Counted once the view has painted the filter (15-40 ms at 100 000 events
            # that the timeline need not wait for).
            from timeline_app.ui.jobs import call_after_repaints

            self._count_pending = True
            call_after_repaints(self._count_after_paint)
        if current == EventFilter(hidden_categories=current.hidden_categories,
                                  era_lanes=current.era_lanes):
            self._refreshing = True
            try:
                if self.participants.checked():
                    self.participants.clear_checks()
                if self.places.checked():
                    self.places.clear_checks()
                self.source_combo.setCurrentIndex(0)
                self.status_combo.setCurrentIndex(0)
                self.plans_check.setChecked(False)
                self.from_field.clear()
                self.to_field.clear()
                self.date_problem.clear()
            finally:
                self._refreshing = False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(260, super().sizeHint().height())

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.refresh()
        else:  # the filter may have changed while the panel was closed
            self._show_filtered_counts()
