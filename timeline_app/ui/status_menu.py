"""Edit → Set Status ▸ and the events' right-click Status ▸: how the selected events'
claims stand (``core.status``), set for all of them at once as one undo step — a
fact-checker going down the Events list marks each row without opening the editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from timeline_app.core.status import NOT_ASSESSED, STATUS_HINTS, STATUSES, status_words

__all__ = ["STATUS_ENTRIES", "status_menu"]

#: Each status's entry, its mnemonic its own: &Confirmed, &Unconfirmed, &Disputed,
#: D&enied, Not &assessed (the order of ``core.status.STATUSES``, not assessed last).
STATUS_ENTRIES = {"confirmed": "&Confirmed", "unconfirmed": "&Unconfirmed",
                  "disputed": "&Disputed", "denied": "D&enied", NOT_ASSESSED: "Not &assessed"}


def status_menu(title: str, parent: QWidget, apply: Callable[[str], object],
                current: Callable[[], str | None]) -> QMenu:
    """A menu of every status; choosing one calls ``apply(status)``.  As it opens, the
    entry of ``current()`` (the selected event's status; ``None``: nothing selected, no
    entry ticked) is ticked.

    Args:
        title: The menu's text with its mnemonic ("Set &Status", "Stat&us").
        parent: Its parent widget.
        apply: Sets the status of the selected events (one undo step).
        current: The status to show ticked, or ``None``.
    """
    menu = QMenu(title, parent)
    menu.setStatusTip("Mark how the selected events' claims stand: confirmed, unconfirmed, "
                      "disputed, denied")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for status in (*STATUSES, NOT_ASSESSED):
        action = QAction(STATUS_ENTRIES[status], menu)
        action.setCheckable(True)
        action.setData(status)
        action.setStatusTip(f"{status_words(status)}: {STATUS_HINTS[status]}")
        action.triggered.connect(lambda _checked=False, s=status: apply(s))
        group.addAction(action)
        menu.addAction(action)

    def tick() -> None:
        now = current()
        for action in menu.actions():
            action.setChecked(now is not None and action.data() == now)

    menu.aboutToShow.connect(tick)
    return menu
