"""The article pane: the selected event's article with every date expression marked.

The sentences that support the selected event are shaded; each tagged date
expression is a link, and clicking one selects the event it dates (the event
whose evidence names that expression, else the event whose evidence sentence
contains it).
"""

from __future__ import annotations

import datetime as _dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from timeline_app.core import Source
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui.safe_text import SafeTextBrowser, tooltip_text

if TYPE_CHECKING:
    from timeline_app.extract import Timex

_SCHEME = "timex"


class ArticlePane(SafeTextBrowser):
    """Shows the article the selected event was read from."""

    def __init__(self, document: Document, selection: EventSelection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articlePane")
        self.setAccessibleName("Article text")
        self._document = document
        self._selection = selection
        self._timexes: dict[str, list[Timex]] = {}  # tagging an article once is enough
        self._shown: tuple[str, str] | None = None  # (source id, event id) on screen
        self._source: Source | None = None
        self._pending = False  # a change arrived while hidden: render when shown
        self._active = False  # on screen (its dock is the current tab)
        selection.changed.connect(self._show)
        document.reset.connect(self._on_reset)
        document.sources_changed.connect(self._on_reset)
        document.event_changed.connect(self._on_event_changed)
        self._show(selection.event_id)

    def plain_text(self) -> str:
        self._render_pending()
        return self.toPlainText()

    def timexes(self) -> list[Timex]:
        """The date expressions marked in the article shown (for tests and tools)."""
        self._render_pending()
        return list(self._timexes.get(self._source.id, [])) if self._source else []

    def _on_event_changed(self, _event_id: str) -> None:
        self._show(self._selection.event_id, True)

    def _on_reset(self) -> None:
        self._timexes.clear()
        self._shown = None
        self._show(self._selection.event_id, True)

    def _tagged(self, source: Source) -> list[Timex]:
        cached = self._timexes.get(source.id)
        if cached is None:
            # Only the extents matter for marking; the DCT only changes values.
            dct = source.dateline_date or _dt.date.today()
            from timeline_app.extract import tag_timexes  # loaded when first needed

            try:
                cached = tag_timexes(source.text, dct)
            except Exception:  # noqa: BLE001 - a tagger bug must not break the window
                cached = []
            self._timexes[source.id] = cached
        return cached

    def _render_pending(self) -> None:
        if self._pending:
            self._pending = False
            self._show(self._selection.event_id, force=True, hidden_too=True)

    def _show(self, event_id: str, force: bool = False, hidden_too: bool = False) -> None:
        # Tagging and laying out an article costs time: not while the pane is hidden
        # (it starts behind the Details tab), only once somebody can read it.
        if not (hidden_too or self._active):
            self._pending = True
            return
        timeline = self._document.timeline
        event = timeline.get(event_id) if event_id and event_id in timeline else None
        source = (timeline.sources.get(event.source_id)
                  if event is not None and event.source_id else None)
        if source is None and event is None and len(timeline.sources) == 1:
            source = next(iter(timeline.sources.values()))
        key = (source.id if source else "", event_id)
        if key == self._shown and not force:
            return
        self._shown = key
        self._source = source
        if source is None or not source.text:
            self.setHtml("<p>No article text for this event.</p>" if event is not None
                         else "<p>Select an event to read the article it comes from.</p>")
            return
        self.setHtml(self._article_html(source, event_id))
        if event is not None and event.evidence:
            self.scrollToAnchor(f"evidence-{event.evidence[0].start}")

    def _article_html(self, source: Source, event_id: str) -> str:
        text = source.text
        timeline = self._document.timeline
        event = timeline.get(event_id) if event_id in timeline else None
        shaded = sorted((e.start, e.end) for e in (event.evidence if event else ()))
        marks: list[tuple[int, str]] = []  # (offset, html) inserted between text pieces
        for start, end in shaded:
            marks.append((start, f'<a name="evidence-{start}"></a>'
                                 '<span style="background-color:#DCEBFA">'))
            marks.append((end, "</span>"))
        for index, timex in enumerate(self._tagged(source)):
            # A title becomes a tooltip, which Qt renders as AutoText: escape it for both.
            title = html.escape(tooltip_text(f"{timex.type} {timex.value}"), quote=True)
            marks.append((timex.start, f'<a href="{_SCHEME}:{index}" title="{title}" '
                                       'style="background-color:#FFE08A;color:#202020;'
                                       'text-decoration:none">'))
            marks.append((timex.end, "</a>"))
        # Closing tags before opening ones at the same offset keep the HTML well nested.
        marks.sort(key=lambda m: (m[0], 0 if m[1].startswith("</") else 1))
        pieces = []
        position = 0
        for offset, tag in marks:
            pieces.append(html.escape(text[position:offset]))
            pieces.append(tag)
            position = max(position, offset)
        pieces.append(html.escape(text[position:]))
        body = "".join(pieces).replace("\n", "<br>")
        heading = html.escape(source.title or "Article")
        where = " · ".join(html.escape(p) for p in (source.outlet, source.dateline_place) if p)
        return f"<h3>{heading}</h3><p style='color:gray'>{where}</p><p>{body}</p>"

    def event_for_timex(self, index: int) -> str | None:
        """The event a tagged expression dates, if any."""
        self._render_pending()
        if self._source is None:
            return None
        timexes = self._tagged(self._source)
        if not 0 <= index < len(timexes):
            return None
        timex = timexes[index]
        containing = None
        for event in self._document.timeline:
            if event.source_id != self._source.id:
                continue
            for evidence in event.evidence:
                if (evidence.date_start is not None and evidence.date_end is not None
                        and evidence.date_start < timex.end and timex.start < evidence.date_end):
                    return event.id
                if containing is None and evidence.start <= timex.start < evidence.end:
                    containing = event.id
        return containing

    def handle_link(self, url: QUrl) -> None:
        if url.scheme() != _SCHEME:
            return
        try:
            index = int(url.path())
        except ValueError:
            return
        event_id = self.event_for_timex(index)
        if event_id:
            self._selection.select(event_id)

    def set_active(self, active: bool) -> None:
        """Told by its dock whether a person can see it (a tab behind another cannot)."""
        self._active = active
        if active:
            self._render_pending()
