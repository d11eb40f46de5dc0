"""The event list: a table of events in date order that follows the shared selection."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui.safe_text import display_title, tooltip_text
from timeline_app.ui.style import category_color, category_label

_Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """A thin adapter over the timeline: rows are events in date order."""

    COLUMNS = ("Date", "Event", "Category")

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        # Any change may move rows (the date decides the order): reset keeps it simple and
        # is cheap because the table only asks for the rows it shows.
        document.reset.connect(self._reset)
        document.event_added.connect(self._reset)
        document.event_changed.connect(self._reset)
        document.event_removed.connect(self._reset)

    def _reset(self, *_args: object) -> None:
        self.beginResetModel()
        self.endResetModel()

    def event_id(self, row: int) -> str:
        return self._document.timeline.events[row].id

    def row_of(self, event_id: str) -> int:
        return self._document.timeline.index_of(event_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802,B008 - Qt override
        return 0 if parent.isValid() else len(self._document.timeline)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        event = self._document.timeline.events[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return event.date.describe()
            if column == 1:
                return display_title(event.title, 1_000)  # laid out: capped (safe_text)
            return category_label(event.category)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(
                f"{event.title}\n{event.date.describe()} ({event.date.precision_words()})")
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return category_color(event.category)
        if role == Qt.ItemDataRole.UserRole:
            return event.id
        return None


class EventList(QTableView):
    """The list of events; selecting a row selects the event everywhere."""

    def __init__(self, document: Document, selection: EventSelection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self.setAccessibleName("Events in date order")
        self._selection = selection
        self._model = EventTableModel(document, self)
        self.setModel(self._model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl/Shift-click selects several events (for Delete); one is current.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        # Fixed widths: resizing to contents would read every row of a 100 000-event timeline.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        self.setColumnWidth(0, metrics.horizontalAdvance("c. second quarter of 2025") + 16)
        self.setColumnWidth(2, metrics.horizontalAdvance("Anniversary") + 40)
        self.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.selectionModel().selectionChanged.connect(self._on_rows_selected)
        selection.changed.connect(self._follow_selection)
        self._model.modelReset.connect(self._follow_current)

    def _follow_current(self) -> None:
        self._follow_selection(self._selection.event_id)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selection.select(self._model.event_id(current.row()))

    def _on_rows_selected(self, *_args: object) -> None:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        ids = [self._model.event_id(row) for row in rows]
        current = self.selectionModel().currentIndex()
        current_id = self._model.event_id(current.row()) if current.isValid() else None
        self._selection.select_many(ids, current_id if current_id in ids else None)

    def _follow_selection(self, event_id: str) -> None:
        selection_model = self.selectionModel()
        if not event_id:
            selection_model.clearSelection()
            return
        try:
            row = self._model.row_of(event_id)
        except KeyError:
            return
        index = self._model.index(row, 0)
        if selection_model.currentIndex().row() != row:
            selection_model.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.scrollTo(index)
