"""What to do next, centred on the timeline view while its timeline has no events.

After File → New or File → Close the view was an empty grey area, and the words about
what to do next were in the Details tab alone (session 17's trials, verify20/verify21).
An empty document in a desktop app says it where the document would be (an IDE's "Open
a file" page, an empty folder's "This folder is empty"): :class:`EmptyHint` is that line
over the view, naming the actions with their shortcuts, gone as soon as there is an event.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from timeline_app.document import Document

#: The heading's text size against the view's (its lane labels): read from across the view.
TITLE_SCALE = 1.5


def action_words(action: QAction) -> tuple[str, str]:
    """``action``'s menu text without its mnemonic ("New Event…") and its first shortcut
    in the platform's words ("Ctrl+E"; "" if it has none)."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text, action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class EmptyHint(QLabel):
    """"No events yet" and ``actions`` (with their shortcuts), centred on ``view``'s
    viewport while ``document``'s timeline is empty and the first action is enabled.

    The actions are disabled while a file opens into the window (its "Opening NAME…"
    notice says what is happening then), so the hint follows their ``changed`` signal.
    It takes no mouse input: a double-click on the empty view still adds an event there.

    Args:
        view: The timeline view (any scroll area) it is shown on.
        document: The document whose events it counts.
        actions: What to do next, in order (e.g. New Event, Open, Import Article).
        how_else: A plain line under them, e.g. "or double-click the timeline" ("": none).
    """

    def __init__(self, view: QAbstractScrollArea, document: Document,
                 actions: Sequence[QAction], how_else: str = "") -> None:
        viewport = view.viewport()
        super().__init__(viewport)
        self._viewport = viewport
        self._document = document
        self._actions = list(actions)
        self._how_else = how_else
        self.setObjectName("emptyTimelineHint")
        self.setTextFormat(Qt.TextFormat.RichText)  # our own words only, escaped
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setGeometry(viewport.rect())
        viewport.installEventFilter(self)
        for signal in (document.reset, document.event_added, document.event_removed,
                       document.events_replaced):
            signal.connect(self.refresh)
        for action in self._actions:
            action.changed.connect(self.refresh)
        # Hidden unless wanted: a child left neither shown nor hidden is shown with its
        # parent, and a label over the viewport is painted again at each of its frames.
        self.hide()
        self.refresh()

    def words(self) -> str:
        """The hint as plain text, one line each (for tests and screen readers)."""
        lines = ["No events yet"]
        for action in self._actions:
            text, keys = action_words(action)
            lines.append(f"{text}  {keys}".rstrip())
        if self._how_else:
            lines.append(self._how_else)
        return "\n".join(lines)

    def refresh(self) -> None:
        """Shown (with the shortcuts as they are now) while the timeline is empty and
        the actions can be used; hidden otherwise."""
        wanted = (len(self._document.timeline) == 0
                  and (not self._actions or self._actions[0].isEnabled()))
        if wanted:
            self.setText(self._html())
            self.setAccessibleName(self.words())
        if wanted == self.isHidden():
            self.setVisible(wanted)

    def _html(self) -> str:
        size = round(self.font().pointSizeF() * TITLE_SCALE)
        rows = "".join(
            f"<tr><td align='right' style='padding: 2px 12px'>{html.escape(text)}</td>"
            f"<td style='padding: 2px 12px'><b>{html.escape(keys)}</b></td></tr>"
            for text, keys in map(action_words, self._actions))
        other = f"<p>{html.escape(self._how_else)}</p>" if self._how_else else ""
        return (f"<p style='font-size: {size}pt'>No events yet</p>"
                f"<table align='center'>{rows}</table>{other}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.setGeometry(self._viewport.rect())
        return False
