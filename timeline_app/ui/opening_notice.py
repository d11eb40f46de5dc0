""""Opening NAME…" over the empty timeline that stands in for a file while it opens.

Started with a file named on the command line, the window used to show the default
timeline (South Korea–Japan, 8 events) under "Opening big.json… 82 %" until the file
replaced it: a new user took those events for the file's (new-user trial 7).  The window
now starts on an empty timeline titled with the file's name, and this notice says what is
happening in the space where its events will be painted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

#: The notice's text size against the view's (its lane labels): read from across the view.
TEXT_SCALE = 1.5
#: Its line is this far down the viewport (a fraction of its height): above the progress
#: dialog, which Qt centres on the window.
TOP_FRACTION = 0.25


class OpeningNotice(QLabel):
    """A plain-text line across ``view``'s viewport, a quarter down, until deleted.

    It takes no mouse input (clicks and the wheel reach the view) and follows the
    viewport's size.  The text is always plain: it holds a file name.

    Args:
        view: The timeline view (any scroll area) it is shown on.
        text: What it says, e.g. "Opening big.json…".
    """

    def __init__(self, view: QAbstractScrollArea, text: str) -> None:
        viewport = view.viewport()
        super().__init__(viewport)
        self._viewport = viewport
        self.setObjectName("openingNotice")
        self.setTextFormat(Qt.TextFormat.PlainText)  # a file name: never rich text
        self.setText(text)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        self.setFont(font)
        self._fill(viewport.rect().height())
        viewport.installEventFilter(self)
        self.show()

    def _fill(self, height: int) -> None:
        self.setContentsMargins(8, int(height * TOP_FRACTION), 8, 0)
        self.setGeometry(self._viewport.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._fill(self._viewport.height())
        return False
