"""View → Lanes By → Choose Lanes… (lanes by participant or by place): every lane with its
events in a list to tick, and "Hide Lanes With One Event".

verify43 F9: by participant, 33 events made 25 lanes, most of one event each (one-off
envoys, a bank, a name typed without accents); the relationship read only once the person
had clicked away lane after lane.  Here the lanes to show are ticked at once, and one
button unticks every lane of a single event.  What is hidden is the view's hidden lanes
(``TimelineView.set_hidden_lanes``): Show Hidden Lanes and Clear Filters bring them back.

The dialog is opened through ``ask_lanes``, a module function tests replace; no test
blocks on ``exec()``.  Names come from files: list rows and labels are plain text.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.query import fold
from timeline_app.ui.dialog_buttons import ok_cancel_buttons
from timeline_app.ui.focus_back import run_modal
from timeline_app.words import counted

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


class ChooseLanesDialog(QDialog):
    """The lanes ``lanes`` (``(name, events)`` in lane order, as
    ``TimelineView.named_lane_counts`` gives them) ticked but for ``hidden``; ``hidden()``
    is what the person left unticked."""

    def __init__(self, lanes: Sequence[tuple[str, int]], hidden: Set[str], way: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Choose Lanes")
        self._way = way
        layout = QVBoxLayout(self)
        intro = QLabel(f"Lanes by {way}: tick the lanes to show. A lane hidden keeps its "
                       "events in their other lanes.", self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(f"Narrow the list: a {way}'s name")
        self.search.setAccessibleName(f"Narrow the list of {way}s")
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Lanes: ticked ones are shown (Space ticks)")
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(self.fontMetrics().height() * 12)
        for name, events in lanes:
            item = QListWidgetItem(f"{name} ({counted(events, 'event')})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setData(Qt.ItemDataRole.UserRole + 1, events)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if name in hidden
                               else Qt.CheckState.Checked)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.one_event_button = QPushButton("Hide Lanes With One &Event", self)
        self.one_event_button.setToolTip("Untick every lane that has a single event")
        self.all_button = QPushButton("Tick &All", self)
        for button in (self.one_event_button, self.all_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons, self.ok_button = ok_cancel_buttons(self)
        layout.addWidget(buttons)
        self.one_event_button.clicked.connect(self.hide_single_event_lanes)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.search.textChanged.connect(self._narrow)
        self.list.itemChanged.connect(lambda _item: self._say())
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())
        self._say()
        from timeline_app.ui.check_style import make_checks_visible

        make_checks_visible(self)  # (its choices seen in the dark theme too)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def hidden(self) -> set[str]:
        """The lanes left unticked (hidden once OK is pressed), those the narrowing
        field hides from the list included."""
        return {str(item.data(Qt.ItemDataRole.UserRole)) for item in self._items()
                if item.checkState() != Qt.CheckState.Checked}

    def hide_single_event_lanes(self) -> None:
        """Untick every lane of one event (or none shown)."""
        self._set_checks(lambda item: int(item.data(Qt.ItemDataRole.UserRole + 1)) > 1
                         and item.checkState() == Qt.CheckState.Checked)

    def _tick_all(self, on: bool) -> None:
        self._set_checks(lambda _item: on)

    def _set_checks(self, shown) -> None:  # type: ignore[no-untyped-def]
        self.list.blockSignals(True)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if shown(item) else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.list.viewport().update()
        self._say()

    def _narrow(self, text: str) -> None:
        needle = fold(text).strip()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in fold(item.text()))

    def _say(self) -> None:
        items = self._items()
        hidden = len(self.hidden())
        single = sum(int(item.data(Qt.ItemDataRole.UserRole + 1)) <= 1 for item in items)
        self.hint.setText(
            f"{len(items) - hidden} of {counted(len(items), 'lane')} shown"
            + (f", {hidden} hidden" if hidden else "")
            + (f"; {counted(single, 'lane')} of one event" if single else "")
            + ". View → Lanes By → Show Hidden Lanes or Find → Clear Filters shows them again.")
        self.one_event_button.setEnabled(any(
            int(item.data(Qt.ItemDataRole.UserRole + 1)) <= 1
            and item.checkState() == Qt.CheckState.Checked for item in items))


def ask_lanes(parent: QWidget | None, lanes: Sequence[tuple[str, int]], hidden: Set[str],
              way: str) -> set[str] | None:
    """The lanes to hide, chosen in a ``ChooseLanesDialog``; ``None`` when cancelled."""
    dialog = ChooseLanesDialog(lanes, hidden, way, parent)
    try:
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.hidden()
    finally:
        dialog.deleteLater()


def choose_in(window: MainWindow) -> bool:
    """View → Lanes By → Choose Lanes… in ``window``: its view's lanes ticked in a list
    (``ask_lanes``), those unticked hidden as a click on their names hides them, the
    filters told (``MainWindow._filter_hidden_lanes``), the status bar saying what is
    shown.  True when the hidden lanes changed."""
    view = window.view
    way = view.lanes_by()
    lanes = view.named_lane_counts()
    if not lanes:
        window.statusBar().showMessage("Choose Lanes works on lanes by participant or by "
                                       "place (View → Lanes By)", 6000)
        return False
    before = view.hidden_lanes()
    hidden = ask_lanes(window, lanes, before, way)
    if hidden is None or hidden == before:
        return False
    view.set_hidden_lanes(hidden)
    window._filter_hidden_lanes()
    window.statusBar().showMessage(
        f"{counted(len(lanes) - len(hidden), 'lane')} by {way} shown, {len(hidden)} hidden "
        "(View → Lanes By → Show Hidden Lanes shows them again)", 8000)
    return True
