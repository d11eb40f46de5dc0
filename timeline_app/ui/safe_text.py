"""Rich text for untrusted content: escaped by the caller, and never loading what it names.

A ``QTextBrowser`` reads local files named in ``<img src="file://...">`` even when
``loadResource`` is overridden on the browser; overriding it on the document blocks
that.  Every pane that shows article or event text uses ``SafeTextBrowser``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline_app.core import Evidence

WEB_SCHEMES = ("http", "https")


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


def highlighted_sentence(evidence: Evidence) -> str:
    """The evidence sentence, escaped, with its date expression marked."""
    span = evidence.date_span_in_sentence()
    text = evidence.sentence
    if span is None:
        return html.escape(text)
    a, b = span
    return (html.escape(text[:a]) + '<span style="background-color:#FFE08A;'
            'color:#1A1A1A;font-weight:600">'
            + html.escape(text[a:b]) + "</span>" + html.escape(text[b:]))
