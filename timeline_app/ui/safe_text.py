"""Untrusted text (from files, articles, file names) shown as text, never interpreted.

Qt renders any string that merely *looks* like HTML as rich text in a ``QLabel``, a
``QMessageBox``, a tooltip or a progress dialog (``Qt.AutoText``), and rich text loads the
resources it names: ``<img src="/dev/zero">`` aborts the app (``std::bad_alloc``) and an
image on a FIFO freezes it.  Every widget that shows such text goes through one of:

- ``plain(widget)``: a ``QLabel``, ``QMessageBox`` or ``QProgressDialog`` shows its text as
  typed (``Qt.PlainText``);
- ``tooltip_text(text)``: tooltips are always AutoText, so the text is escaped and marked
  as rich text (``<qt>``), which shows exactly the characters given;
- ``SafeTextBrowser``: panes that show rich text of our own around escaped untrusted text.
  A ``QTextBrowser`` reads local files named in ``<img src="file://...">`` even when
  ``loadResource`` is overridden on the browser; overriding it on the document blocks that.

Window titles, status-bar messages (``showMessage``), dock titles and item-view cells are
drawn as plain text by Qt itself and need nothing.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QTextBrowser, QWidget

from timeline_app.core import Evidence

WEB_SCHEMES = ("http", "https")

_Shown = TypeVar("_Shown", QLabel, QMessageBox, QProgressDialog)


def plain(widget: _Shown) -> _Shown:
    """Make a label, message box or progress dialog show its text as typed.

    Returns the widget, so that ``plain(QLabel(self))`` reads as one step.  For a message
    box this covers its main text only: untrusted text never goes in its informative text
    (the detailed text is always plain).  A progress dialog gets a plain label of its own,
    keeping the current label text.
    """
    if isinstance(widget, QProgressDialog):
        label = QLabel(widget.labelText(), widget)
        label.setTextFormat(Qt.TextFormat.PlainText)
        widget.setLabel(label)
    else:
        widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def tooltip_text(text: str) -> str:
    """A tooltip string that shows ``text`` exactly (tooltips are always ``Qt.AutoText``).

    Lines are kept (``\\n`` → ``<br>``); nothing in ``text`` is interpreted.
    """
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


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
    return (html.escape(text[:a]) + '<span style="background-color:#FFE08A;font-weight:600">'
            + html.escape(text[a:b]) + "</span>" + html.escape(text[b:]))
