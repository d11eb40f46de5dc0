"""The detail pane: everything known about the selected event, rendered safely.

Event text comes from articles and files of unknown origin, so it is escaped,
and the pane (a ``SafeTextBrowser``) loads no resource it names.  Links open in
the system browser only for http(s), and only when clicked.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QWidget

from timeline_app.core import Event, Source
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui.safe_text import (
    WEB_SCHEMES,
    SafeTextBrowser,
    capped,
    display_title,
    highlighted_sentence,
    wrap_mode_for,
)
from timeline_app.ui.style import category_color, category_label


def event_html(event: Event, source: Source | None) -> str:
    """The detail pane's contents for one event, with every piece of text escaped.

    Each field is capped (``safe_text.capped``): laying out a huge field would freeze the
    window, and the whole text is still in the model, the file and the editor.
    """

    def e(text: str) -> str:
        return html.escape(capped(text))

    color = category_color(event.category).name()
    date_words = event.date.describe()
    if event.end is not None:
        date_words += f" – {event.end.describe()}"
    precision = event.date.precision_words()
    basis = f"; {e(event.date_basis)}" if event.date_basis else ""
    rows = [
        f'<h2 style="margin-bottom:2px">{html.escape(capped(event.title, 1_000))}</h2>',
        f'<p style="margin-top:0"><span style="color:{color}">■</span> '
        f"{e(category_label(event.category))}</p>",
        f"<p><b>Date:</b> {e(date_words)} — {e(precision)}{basis}</p>",
    ]
    if event.location:
        rows.append(f"<p><b>Place:</b> {e(event.location)}</p>")
    if event.participants:
        rows.append(f"<p><b>Participants:</b> {e(', '.join(event.participants))}</p>")
    if event.summary:
        rows.append(f"<p>{e(event.summary)}</p>")
    if event.evidence:
        heading = "Source sentence" if len(event.evidence) == 1 else "Source sentences"
        rows.append(f"<h3>{heading}</h3>")
        for evidence in event.evidence:
            rows.append(f'<blockquote style="margin-left:8px">“{highlighted_sentence(evidence)}”'
                        "</blockquote>")
    if source is not None:
        where = ", ".join(p for p in (source.outlet, source.dateline_place) if p)
        d = source.dateline_date
        when = f"{d.day} {d:%B %Y}" if d else ""
        line = " · ".join(p for p in (e(display_title(source.title)), e(where), e(when)) if p)
        if source.url and QUrl(source.url).scheme() in WEB_SCHEMES:
            line += f' · <a href="{html.escape(source.url, quote=True)}">link</a>'
        rows.append(f'<p style="color:gray"><b>Article:</b> {line}</p>')
    return "\n".join(rows)


class DetailPane(SafeTextBrowser):
    """Shows the selected event; exposes ``plain_text()``, what a person reads there.

    Signals:
        edit_requested(str): the "Edit…" link of this event was clicked.
    """

    edit_requested = Signal(str)
    EDIT_URL = "timeline-app:edit"

    def __init__(self, document: Document, selection: EventSelection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName("Event details")
        self._document = document
        self._selection = selection
        selection.changed.connect(self._show)
        document.event_changed.connect(self._on_changed)
        document.event_removed.connect(self._on_changed)
        document.event_added.connect(self._on_changed)
        document.reset.connect(self._show_current)
        document.properties_changed.connect(self._show_current)
        self._show(selection.event_id)

    def plain_text(self) -> str:
        return self.toPlainText()

    def _show_current(self) -> None:
        self._show(self._selection.event_id)

    def _on_changed(self, event_id: str) -> None:
        # With nothing selected the pane shows the event count, which every change alters.
        if event_id == self._selection.event_id or not self._selection.event_id:
            self._show(self._selection.event_id)

    def handle_link(self, url: QUrl) -> None:
        if url.toString() == self.EDIT_URL and self._selection.event_id:
            self.edit_requested.emit(self._selection.event_id)

    def _show(self, event_id: str) -> None:
        timeline = self._document.timeline
        if not event_id or event_id not in timeline:
            count = len(timeline)
            self.setWordWrapMode(wrap_mode_for(""))
            self.setHtml(
                f"<h2>{html.escape(display_title(timeline.title))}</h2>"
                f"<p>{count} event{'s' if count != 1 else ''}. Click an event on the timeline, "
                "or press → to step through them in date order.</p>")
            return
        event = timeline.get(event_id)
        source = timeline.sources.get(event.source_id) if event.source_id else None
        contents = event_html(event, source)
        # A field with a huge word wraps anywhere: word-boundary wrapping of it is slow.
        self.setWordWrapMode(wrap_mode_for(contents))
        self.setHtml(contents + f'<p><a href="{self.EDIT_URL}">Edit…</a> (Enter or F2)</p>')
