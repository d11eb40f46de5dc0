"""How large the import dialogs open: a share of the screen's room, or the size the
person left them at (verify49 F15: Import Article opened at ~770×620 and its review at
~1330×700 with 12 rows in sight on a 1920×1080 screen; an article of 21 rows needed
scrolling and the sentences pane had room for one sentence).

A dialog opens at :data:`SHARE` of the screen's available width and height, capped (a
line of an article longer than ~1100 px is hard to read back), never under the size it
opened at before (its least), never over the screen less a margin for the window frame.
Once the person closed it, it opens at the size they left it at (kept in the settings:
``settings.ARTICLE_DIALOG_SIZE``, ``settings.REVIEW_DIALOG_SIZE``), within the screen.

Opened over a window smaller than its screen, "the screen" is the window's frame (at
least :data:`LEAST_ROOM`, never more than its screen): with the window at 1024×640 on a
1366×768 screen, Import Article opened 1094 px wide and its review 1312 px, both wider
than the window, at a share of the screen or the size kept from a larger window
(verify69 F15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize

from timeline_app import settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

__all__ = ["LEAST_ROOM", "SHARE", "opening_size", "remember_size", "room"]

#: The share of the screen's available width and height a dialog opens at, before its cap.
SHARE = 0.8
#: Room (px) kept for the window frame and the title bar around a dialog.
FRAME = QSize(40, 60)
#: The least room (px) a window smaller than its screen gives its dialogs (``room``): the
#: smallest screen the dialogs are laid out for (an 800×600 screen shows the review's
#: buttons, ``import_article.ReviewDialog._fit_screen``).
LEAST_ROOM = QSize(800, 600)


def room(dialog: QDialog) -> QSize | None:
    """The room (px) ``dialog`` may take: its parent window's screen's available size
    (the dialog's own screen without a parent), within the parent window's frame when the
    window is shown, neither maximized nor full screen, and smaller (the frame taken at
    least :data:`LEAST_ROOM`).  None without a screen (verify69 F15)."""
    from timeline_app.ui.main_window import available_screen_area  # tests replace it

    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else None
    area = available_screen_area(window if window is not None else dialog)
    if area is None:
        return None
    size = area.size()
    if window is not None and window.isVisible() and not (
            window.isMaximized() or window.isFullScreen()):
        frame = window.frameGeometry().size()
        size = QSize(min(size.width(), max(LEAST_ROOM.width(), frame.width())),
                     min(size.height(), max(LEAST_ROOM.height(), frame.height())))
    return size


#: The dialog's property holding the size :func:`opening_size` gave it.
_OPENED_AT = "dialogRoomOpenedAt"


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
    :data:`FRAME` (at least 320×240): the screen's, or the smaller window's it opens over
    (:func:`room`).  None without a screen."""
    space = room(dialog)
    if space is None:
        return None
    wanted = _size_of(kept.get(settings.open_settings()))
    if wanted is None:
        wanted = QSize(max(least.width(), min(cap.width(), int(space.width() * SHARE))),
                       max(least.height(), min(cap.height(), int(space.height() * SHARE))))
    size = QSize(max(320, min(wanted.width(), space.width() - FRAME.width())),
                 max(240, min(wanted.height(), space.height() - FRAME.height())))
    dialog.setProperty(_OPENED_AT, size)  # (``remember_size`` keeps only a size changed)
    return size


def remember_size(dialog: QDialog, kept: settings.Setting[str]) -> None:
    """Keep ``dialog``'s size under ``kept`` (as it is when not maximized, else its size
    before): it opens so the next time (:func:`opening_size`) — unless it is the size it
    opened at, which the person did not choose: a size fitted to a smaller window would
    otherwise be kept for every later opening over a larger one (verify69 F15), and one
    fitted to a smaller screen would replace the size kept."""
    size = dialog.normalGeometry().size() if dialog.isMaximized() else dialog.size()
    if size == dialog.property(_OPENED_AT):
        return
    if size.width() > 0 and size.height() > 0:
        kept.set(settings.open_settings(), f"{size.width()}x{size.height()}")
