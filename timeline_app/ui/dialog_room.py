"""How large the import dialogs open: a share of the screen's room, or the size the
person left them at (verify49 F15: Import Article opened at ~770×620 and its review at
~1330×700 with 12 rows in sight on a 1920×1080 screen; an article of 21 rows needed
scrolling and the sentences pane had room for one sentence).

A dialog opens at :data:`SHARE` of the screen's available width and height, capped (a
line of an article longer than ~1100 px is hard to read back), never under the size it
opened at before (its least), never over the screen less a margin for the window frame.
Once the person closed it, it opens at the size they left it at (kept in the settings:
``settings.ARTICLE_DIALOG_SIZE``, ``settings.REVIEW_DIALOG_SIZE``), within the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize

from timeline_app import settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

__all__ = ["SHARE", "opening_size", "remember_size"]

#: The share of the screen's available width and height a dialog opens at, before its cap.
SHARE = 0.8
#: Room (px) kept for the window frame and the title bar around a dialog.
FRAME = QSize(40, 60)


def _size_of(words: str) -> QSize | None:
    """A size as :func:`remember_size` keeps it ("1536x840"), or None."""
    width, _, height = words.partition("x")
    if width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0:
        return QSize(int(width), int(height))
    return None


def opening_size(dialog: QDialog, least: QSize, cap: QSize,
                 kept: settings.Setting[str]) -> QSize | None:
    """The size (px) ``dialog`` opens at on its screen: the size kept under ``kept`` when
    the person left it so before, else :data:`SHARE` of the screen's available room
    capped at ``cap``, at least ``least``; in either case within the room less
    :data:`FRAME` (at least 320×240).  None without a screen."""
    from timeline_app.ui.main_window import available_screen_area  # tests replace it

    room = available_screen_area(dialog)
    if room is None:
        return None
    wanted = _size_of(kept.get(settings.open_settings()))
    if wanted is None:
        wanted = QSize(max(least.width(), min(cap.width(), int(room.width() * SHARE))),
                       max(least.height(), min(cap.height(), int(room.height() * SHARE))))
    return QSize(max(320, min(wanted.width(), room.width() - FRAME.width())),
                 max(240, min(wanted.height(), room.height() - FRAME.height())))


def remember_size(dialog: QDialog, kept: settings.Setting[str]) -> None:
    """Keep ``dialog``'s size under ``kept`` (as it is when not maximized, else its size
    before): it opens so the next time (:func:`opening_size`)."""
    size = dialog.normalGeometry().size() if dialog.isMaximized() else dialog.size()
    if size.width() > 0 and size.height() > 0:
        kept.set(settings.open_settings(), f"{size.width()}x{size.height()}")
