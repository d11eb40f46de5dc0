"""Rich-text panes that never load what untrusted text names (see ``safe_text``).

Apart from ``safe_text`` so that what labels need imports no rich-text classes (issue 11:
start-up); ``safe_text.SafeTextBrowser`` and ``safe_text.SafeTextDocument`` are these.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline_app.ui.safe_text import WEB_SCHEMES


class SafeTextDocument(QTextDocument):
    """A text document that never loads images, style sheets or anything else it names."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._placeholder = QImage(1, 1, QImage.Format.Format_ARGB32)
        self._placeholder.fill(QColor(0, 0, 0, 0))

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt override
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return self._placeholder
        return ""


class SafeTextBrowser(QTextBrowser):
    """A read-only browser on a ``SafeTextDocument``.

    Clicking a link never navigates inside the browser: http(s) links open in the
    system browser; other schemes go to ``handle_link``, which subclasses override.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeTextDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() in WEB_SCHEMES:
            QDesktopServices.openUrl(url)
        else:
            self.handle_link(url)

    def handle_link(self, url: QUrl) -> None:
        """A click on a link that is not http(s); ignored unless a subclass knows it."""
