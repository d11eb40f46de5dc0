"""The import review's "Another event…": choose which of the timeline's events a row of
the article repeats, when the review proposed the wrong one or none (verify52 F4: A3's
"25 March 2025 … Riyadh" row was offered as a merge into the March 2025 Riyadh talks,
which accepting would have redated, not into the same-day White House statement; "First
grain deal collapses", c. 2023, was "not like any event" though "Russia quits the grain
deal", 17 July 2023, was there — the only way was Keep both, then Ctrl+M in the window).

A filter line above a list of the timeline's events, nearest in date to the row first,
each as "date · title · place" (plain text: titles and places come from articles and
files).  The event the review proposed is marked; one another (ticked) row of the article merges
into is marked and cannot be chosen (two rows folded into one event by one import).  One an
unticked row would merge into if ticked is marked and can be chosen: an unticked row holds
nothing, and the review offers that row no merge into it once it is chosen (verify66 F8:
"(row 10's Merge, if ticked)" greyed the event the person wanted, row 10 unticked).
Keyboard-complete: typing filters, ↑ / ↓ / Page Up / Page Down move in the list from
the filter, Return chooses, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.query import fold
from timeline_app.core.weeks import when_words
from timeline_app.ui.focus_back import keys_seen
from timeline_app.ui.safe_text import tooltip_text
from timeline_app.words import counted

__all__ = ["EventChooser", "event_line", "nearest_first"]

#: The most events listed at once: a timeline of 100 000 events would take seconds to
#: list (the nearest in date come first; typing narrows the rest).
SHOWN_AT_MOST = 200


def _middle(date: FuzzyDate) -> int:
    """Twice the middle day number of ``date`` (whole numbers, no rounding)."""
    return date.start_day() + date.end_day()


def nearest_first(events: Sequence[Event], near: FuzzyDate | None) -> list[Event]:
    """``events`` by how far the middle of each one's date lies from the middle of
    ``near`` (days; ties: earlier first, then by title); in date order when ``near`` is
    ``None`` (a row whose date cell is not a date)."""
    if near is None:
        return sorted(events, key=lambda e: (e.date.sort_key(), e.title))
    middle = _middle(near)
    return sorted(events, key=lambda e: (abs(_middle(e.date) - middle), e.date.sort_key(),
                                         e.title))


def event_line(event: Event) -> str:
    """"17 July 2023 · Russia quits the grain deal · Moscow" (no place: two parts)."""
    parts = [when_words(event), event.title]  # (a week: "some day in the week of …")
    if event.location:
        parts.append(event.location)
    return " · ".join(parts)


class EventChooser(QDialog):
    """Choose one of ``events`` (the timeline's) as the event a review row repeats.

    Args:
        events: The timeline's events.
        near: The row's date (``None`` while its date cell is not a date): the events
            nearest to it are listed first.
        proposed: The id of the event the review proposes for the row, marked
            "(proposed)", or ``None``.
        taken: Ids of the events other rows of the article merge into, each with the
            words shown after it ("row 3 merges into it"): listed, not choosable.
        heading: What is chosen for, above the filter (plain text).
        noted: Ids of events the review proposes for other, unticked rows, each with
            the words shown after it ("proposed for row 10, unticked"): listed and
            choosable.
        parent: The review.

    ``chosen`` is the id chosen once the dialog is accepted (``None`` before).
    """

    def __init__(self, events: Sequence[Event], near: FuzzyDate | None,
                 proposed: str | None, taken: Mapping[str, str], heading: str,
                 parent: QWidget | None = None, noted: Mapping[str, str] | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("eventChooser")
        keys_seen(self)  # (opened with ``open``, not ``run_modal``)
        self.setWindowTitle("Merge into which event?")
        self.chosen: str | None = None
        self._proposed = proposed
        self._taken = dict(taken)
        self._noted = dict(noted or {})
        self._events = nearest_first(events, near)
        # Each event's line and the words the filter looks in, folded once as Find and
        # the Filters fold them (case and accents aside: "lodz" finds "Łódź").
        self._lines = [event_line(e) for e in self._events]
        self._folded = [fold(f"{line} {' '.join(e.participants)}")
                        for line, e in zip(self._lines, self._events, strict=True)]
        self.heading = QLabel(heading, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a row's title: the article's
        self.heading.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Type words of the title, place, date or names")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter the timeline's events")
        filter_label = QLabel("&Filter:", self)
        filter_label.setBuddy(self.filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName("The timeline's events, nearest in date first")
        self.list.setUniformItemSizes(True)  # (a long timeline lists quickly)
        # a line too long is cut in its middle: its mark at the end stays seen
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.itemDoubleClicked.connect(lambda _item: self.choose_current())
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton("&Merge Into It",
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Cancel")
        for button in buttons.buttons():
            # Return is the dialog's own (``keyPressEvent``): never a button's by default
            button.setAutoDefault(False)
            button.setDefault(False)
        self.merge_button.clicked.connect(self.choose_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._refill)
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.resize(760, 460)
        self._refill()
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the list ---------------------------------------------------------------------
    def shown_ids(self) -> list[str]:
        """The ids listed now, in order."""
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())]

    def current_id(self) -> str | None:
        """The id of the event the list's current line is, or ``None``."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _refill(self, *_args: object) -> None:
        words = fold(self.filter.text()).split()
        matching = [i for i, folded in enumerate(self._folded)
                    if all(word in folded for word in words)]
        self.list.clear()
        first = None
        for i in matching[:SHOWN_AT_MOST]:
            event = self._events[i]
            line = self._lines[i]
            taken = self._taken.get(event.id)
            if taken:
                line += f"  ({taken})"
            elif event.id == self._proposed:
                line += "  (proposed)"
            elif noted := self._noted.get(event.id):
                line += f"  ({noted})"
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setToolTip(tooltip_text(line))  # (a tooltip is rich text unless told)
            if taken:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled
                                               | Qt.ItemFlag.ItemIsSelectable))
            elif first is None:
                first = item
            self.list.addItem(item)
        if first is not None:
            self.list.setCurrentItem(first)
        shown = min(len(matching), SHOWN_AT_MOST)
        of = len(self._events)
        if not matching:
            said = f"No event of the {counted(of, 'event')} has all these words."
        elif shown < len(matching):
            said = (f"The {shown} nearest in date of {len(matching)} "
                    f"{'matching' if words else 'events'}: type words to narrow them.")
        else:
            said = (f"{counted(shown, 'event')} of {of}" if words
                    else f"All {counted(of, 'event')}") + ", nearest in date first."
        if self._taken:
            said += (" Events another row merges into are marked and cannot "
                     "be chosen (choose Keep both on that row first).")
        self.count_label.setText(said)
        self._update_button()

    def _update_button(self) -> None:
        item = self.list.currentItem()
        self.merge_button.setEnabled(item is not None and bool(
            item.flags() & Qt.ItemFlag.ItemIsEnabled))

    def _step(self, step: int) -> None:
        """The current line ``step`` lines down (up when negative), onto an event that
        can be chosen, as far as there is one."""
        count = self.list.count()
        if not count:
            return
        row = self.list.currentRow()
        target = max(0, min(count - 1, (row if row >= 0 else -1) + step))
        direction = 1 if step > 0 else -1
        probe = target
        while 0 <= probe < count and not self.list.item(probe).flags() & Qt.ItemFlag.ItemIsEnabled:
            probe += direction
        if not 0 <= probe < count:  # none that way: the nearest choosable the other way
            probe = target
            while 0 <= probe < count and not (
                    self.list.item(probe).flags() & Qt.ItemFlag.ItemIsEnabled):
                probe -= direction
        if 0 <= probe < count:
            self.list.setCurrentRow(probe)

    # -- keys -------------------------------------------------------------------------
    _STEPS: ClassVar[dict[int, int]] = {
        Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and watched in (self.filter, self.list)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            if key in self._STEPS:  # from the filter too: the list under it moves
                self._step(self._STEPS[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_current()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose_current()  # (never a button's click, nor the review's Import)
            return
        super().keyPressEvent(event)

    def choose_current(self) -> None:
        """Accept the list's current event, when it can be chosen."""
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.chosen = str(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
