"""A status-bar message about what the view shows, gone once the view shows something else.

Go to Date says how it read the date ("Showing June 1965 — a month, 30 days") for ten
seconds; after Fit All the bar still said "Showing June 1965" over a view of 1965–2025
(new-user trial 5). :class:`ViewMessage` clears such a message as soon as the view moves
away from the range it described.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QStatusBar

#: The view "still shows" the range while each end moved by at most this fraction of the
#: range's length: a window resized a little or a nudge of the scroll bar keeps the words.
MOVED_FRACTION = 0.1


def moved_away(described: tuple[float, float], shown: tuple[float, float]) -> bool:
    """True when ``shown`` (first, last day) is no longer the ``described`` range: an end
    moved by more than :data:`MOVED_FRACTION` of the described range's length."""
    span = max(described[1] - described[0], 1.0)
    return (abs(shown[0] - described[0]) > MOVED_FRACTION * span
            or abs(shown[1] - described[1]) > MOVED_FRACTION * span)


class ViewMessage(QObject):
    """Shows messages about the view's range in ``status_bar`` and clears them when the
    range changes (``view_changed`` fires and ``visible_days()`` moved away).

    Args:
        status_bar: Where the message is shown (a temporary message).
        view_changed: The view's signal that its range or scale changed.
        visible_days: The view's (first, last) visible day, float day numbers.
        parent: The QObject that owns this helper.
    """

    def __init__(self, status_bar: QStatusBar, view_changed: SignalInstance,
                 visible_days: Callable[[], tuple[float, float]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_bar = status_bar
        self._visible_days = visible_days
        self._shown: tuple[str, tuple[float, float]] | None = None
        view_changed.connect(self._on_view_changed)

    def show(self, text: str, timeout_ms: int = 10_000) -> None:
        """Show ``text`` about the range the view shows now."""
        self._status_bar.showMessage(text, timeout_ms)
        self._shown = (text, self._visible_days())

    def _on_view_changed(self) -> None:
        if self._shown is None:
            return
        text, described = self._shown
        if self._status_bar.currentMessage() != text:
            self._shown = None  # timed out or replaced by another message: not ours
        elif moved_away(described, self._visible_days()):
            self._status_bar.clearMessage()
            self._shown = None
