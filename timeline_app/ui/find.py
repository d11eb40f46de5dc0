"""Find and filter in the window: the shared state (``FindState``) and the find bar.

``FindState`` keeps the search text and the filter for one document, with a search
index (``core.query.EventSearch``) kept current as events change, and says which
events match and which are hidden.  The timeline view, the event list and the
status bar all follow its ``changed`` signal, so they always agree.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from timeline_app.core.query import EventFilter, EventSearch, hidden_by, ordered_ids, step
from timeline_app.document import Document
from timeline_app.selection import EventSelection

#: Above this many events a keystroke's search runs once the keystrokes already queued
#: are handled (a zero-delay timer): typing faster than the window repaints searches
#: only the latest text, and never waits for a pause.  A keystroke costs a few ms of
#: search at 100 000 events (benchmarks/bench_find.py), so no longer delay is needed;
#: the old 80 ms pause added 80 ms to every keystroke.
DEBOUNCE_EVENTS = 20_000
DEBOUNCE_MS = 0


class FindState(QObject):
    """The search text and the filters of one document, and what they select.

    Signals:
        changed(): the matches or the hidden events changed.
    """

    changed = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        # Built on first use (opening the find bar): about 1 s at 100 000 events,
        # which opening a file should not pay for.
        self._index: EventSearch | None = None
        self._text = ""
        self._filter = EventFilter()
        self._matches: AbstractSet[str] | None = None
        self._hidden: frozenset[str] = frozenset()
        self._ordered_matches: list[str] | None = None
        document.reset.connect(self._on_reset)
        document.event_added.connect(self._on_event_changed)
        document.event_changed.connect(self._on_event_changed)
        document.event_removed.connect(self._on_event_removed)

    # ------------------------------------------------------------------ reading
    @property
    def text(self) -> str:
        return self._text

    @property
    def filter(self) -> EventFilter:
        return self._filter

    @property
    def matches(self) -> AbstractSet[str] | None:
        """Ids matching the search (hidden ones included), or ``None`` with no search."""
        return self._matches

    @property
    def hidden(self) -> frozenset[str]:
        """Ids the filters hide."""
        return self._hidden

    def total(self) -> int:
        return len(self._document.timeline)

    def shown_count(self) -> int:
        return self.total() - len(self._hidden)

    def visible_matches(self) -> list[str]:
        """Matches not hidden by a filter, in date order (empty with no search)."""
        if self._matches is None:
            return []
        if self._ordered_matches is None:
            visible = self._matches - self._hidden if self._hidden else self._matches
            self._ordered_matches = ordered_ids(self._document.timeline, visible)
        return self._ordered_matches

    def visible_match_count(self) -> int:
        """How many matches the filters let through (cheap: no date ordering)."""
        if self._matches is None:
            return 0
        if not self._hidden:
            return len(self._matches)
        smaller, larger = sorted((self._matches, self._hidden), key=len)
        return len(self._matches) - sum(1 for i in smaller if i in larger)

    def is_shown(self, event_id: str) -> bool:
        return event_id not in self._hidden

    def status_text(self) -> str:
        """"N of M events shown", with the number of matches when searching."""
        total = self.total()
        parts = []
        if self._hidden:
            parts.append(f"{self.shown_count()} of {total} events shown "
                         f"(filter: {self._filter.describe()})")
        else:
            parts.append(f"{total} event{'s' if total != 1 else ''}")
        if self._matches is not None:
            n = self.visible_match_count()
            parts.append(f"{n} match{'es' if n != 1 else ''} for “{self._text.strip()}”")
        return " · ".join(parts)

    @property
    def search_index(self) -> EventSearch:
        """The search index, built now if it was not yet."""
        if self._index is None:
            big = len(self._document.timeline) > DEBOUNCE_EVENTS
            if big:  # about a second at 100 000 events: say that something is happening
                from PySide6.QtGui import QGuiApplication

                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._index = EventSearch(self._document.timeline)
            finally:
                if big:
                    QGuiApplication.restoreOverrideCursor()
        return self._index

    def _search(self, text: str) -> AbstractSet[str] | None:
        if not text.strip() and self._index is None:
            return None
        return self.search_index.matches(text)

    # ------------------------------------------------------------------ changing
    def set_text(self, text: str) -> None:
        """Search for ``text`` (blank: no search)."""
        if text == self._text:
            return
        self._text = text
        self._matches = self._search(text)
        self._ordered_matches = None
        self.changed.emit()

    def set_filter(self, event_filter: EventFilter) -> None:
        if event_filter == self._filter:
            return
        self._filter = event_filter
        self._hidden = hidden_by(self._document.timeline, event_filter)
        self._ordered_matches = None
        self.changed.emit()

    def toggle_category(self, category: str) -> None:
        """Hide the category's events if shown, show them if hidden (a legend click)."""
        hidden = set(self._filter.hidden_categories)
        hidden.symmetric_difference_update({category})
        from dataclasses import replace

        self.set_filter(replace(self._filter, hidden_categories=frozenset(hidden)))

    def clear_filter(self) -> None:
        self.set_filter(EventFilter())

    def step_match(self, current: str, delta: int) -> str | None:
        """The next (delta > 0) or previous visible match after ``current``, wrapping."""
        if self._matches is None:
            return None
        return step(self._document.timeline, current, delta, self._matches, self._hidden)

    def step_shown(self, current: str, delta: int) -> str | None:
        """The next or previous event the filters let through (no wrapping)."""
        return step(self._document.timeline, current, delta, None, self._hidden)

    # ------------------------------------------------------------------ the document
    def _on_reset(self) -> None:
        # Another timeline: the filters were the last one's. Kept, a category hidden there
        # hid the new file's events of that name and stayed in the legend, struck through,
        # with a count of 0 (new-user trial 5). The search text stays: the find bar shows it.
        self._filter = EventFilter()
        self._index = None  # rebuilt when next needed
        self._matches = self._search(self._text)
        self._hidden = hidden_by(self._document.timeline, self._filter)
        self._ordered_matches = None
        self.changed.emit()

    def _on_event_changed(self, event_id: str) -> None:
        timeline = self._document.timeline
        if event_id not in timeline:
            return
        event = timeline.get(event_id)
        if self._index is not None:
            self._index.update(event)
        self._matches = self._search(self._text)
        shown = self._filter.accepts(event)
        if shown == (event_id in self._hidden):  # its visibility changed
            self._hidden = (self._hidden - {event_id}) if shown else (self._hidden | {event_id})
        self._ordered_matches = None
        self.changed.emit()

    def _on_event_removed(self, event_id: str) -> None:
        if self._index is not None:
            self._index.discard(event_id)
        self._matches = self._search(self._text)
        self._hidden = self._hidden - {event_id}
        self._ordered_matches = None
        self.changed.emit()


class _SearchField(QLineEdit):
    """The find bar's text field: Enter = next match, Shift+Enter = previous, Esc = close."""

    step_requested = Signal(int)
    close_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.step_requested.emit(-1 if shift else +1)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.close_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """A slim search bar (Ctrl+F): type to search, Enter/F3 next, Shift+F3 previous, Esc clears.

    Signals:
        step_requested(int): +1 for the next match, -1 for the previous one.
        closed(): the bar was closed with Esc or its close button (search cleared).
    """

    step_requested = Signal(int)
    closed = Signal()

    def __init__(self, state: FindState, selection: EventSelection | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._state = state
        self._selection = selection
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        label = QLabel("Find:", self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.field = _SearchField(self)
        self.field.setObjectName("findField")
        self.field.setAccessibleName("Find events")
        self.field.setPlaceholderText("Title, people, place, category or source text")
        self.field.setClearButtonEnabled(True)
        label.setBuddy(self.field)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setObjectName("findCount")
        # The field and the count keep their room when the legend beside them is long.
        metrics = self.fontMetrics()
        self.field.setMinimumWidth(metrics.horizontalAdvance("m" * 18))
        self.count_label.setMinimumWidth(metrics.horizontalAdvance("99999 of 99999 matches"))
        previous = QToolButton(self)
        previous.setText("◀")
        previous.setToolTip(f"Previous match ({QKeySequence('Shift+F3').toString()})")
        previous.setAccessibleName("Previous match")
        following = QToolButton(self)
        following.setText("▶")
        following.setToolTip(f"Next match (Enter, {QKeySequence('F3').toString()})")
        following.setAccessibleName("Next match")
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip("Close the find bar and clear the search (Esc)")
        close.setAccessibleName("Close find bar")
        for widget in (label, self.field, self.count_label, previous, following, close):
            layout.addWidget(widget)
        layout.setStretch(1, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._apply_text)
        self.field.textChanged.connect(self._on_text)
        self.field.step_requested.connect(self._step)
        self.field.close_requested.connect(self.close_bar)
        previous.clicked.connect(lambda: self._step(-1))
        following.clicked.connect(lambda: self._step(+1))
        close.clicked.connect(self.close_bar)
        state.changed.connect(self._update_count)
        if selection is not None:
            selection.changed.connect(self._update_count)
        self._update_count()

    def open_bar(self) -> None:
        """Show the bar and put the cursor in the field with its text selected."""
        self._state.search_index  # noqa: B018 - build the index now, not on the first key
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Clear the search and hide the bar."""
        self._timer.stop()
        self.field.clear()
        self._state.set_text("")
        self.hide()
        self.closed.emit()

    def _on_text(self, _text: str) -> None:
        if self._state.total() > DEBOUNCE_EVENTS:
            self._timer.start()
        else:
            self._apply_text()

    def _apply_text(self) -> None:
        self._timer.stop()
        self._state.set_text(self.field.text())

    def _step(self, delta: int) -> None:
        self._apply_text()  # Enter right after typing searches the latest text
        self.step_requested.emit(delta)

    def _update_count(self, *_args: object) -> None:
        """"No matches", "12 matches", or "3 of 12 matches" when a match is selected."""
        state = self._state
        if state.matches is None:
            self.count_label.setText("")
            return
        n = state.visible_match_count()
        text = "No matches" if n == 0 else f"{n} match{'es' if n != 1 else ''}"
        selected = self._selection.event_id if self._selection is not None else ""
        if n and selected in state.matches and state.is_shown(selected):
            text = f"{state.visible_matches().index(selected) + 1} of {text}"
        self.count_label.setText(text)
