"""The article pane: the selected event's article with every date expression marked.

The sentences that support the selected event are shaded; each tagged date
expression is a link, and clicking one selects the event it dates (the event
whose evidence names that expression, else the event whose evidence sentence
contains it).

Tagging a long article takes seconds, so it never runs on the GUI thread: the text
(with its evidence shaded) is shown at once, a ``BackgroundJob`` tags it, and the
marks are added when the job reports back, if that article is still the one shown.
Results are kept per article, keyed by source id, a hash of the text and the DCT,
so going back to an article shows its marks at once.
"""

from __future__ import annotations

import datetime as _dt
import html
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QWidget

from timeline_app.core import Event, Source
from timeline_app.core.dates import MONTH_NAMES
from timeline_app.core.sourced import cited_sources, evidence_source
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui.jobs import BackgroundJob
from timeline_app.ui.safe_text import (
    SafeTextBrowser,
    capped,
    display_title,
    tooltip_text,
    wrap_mode_for,
)
from timeline_app.ui.style import SHADED_SENTENCE, dim_text_color, shaded_span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from timeline_app.core import Event, Evidence, Timeline
    from timeline_app.extract import Timex

#: The words that head an article's date basis under its date in the Article tab, and
#: name it where a date's basis points there (the default timeline's Tokyo talks).
ARTICLE_DATE_BASIS = "How this article's date was found"

_SCHEME = "timex"
_ARTICLE_SCHEME = "timeline-article"  # another article the event cites

#: What a tagging result is kept under: (source id, hash of the text, DCT used).
TagKey = tuple[str, int, _dt.date]

_CACHED_ARTICLES = 64  # tagging results kept (a few KB each); the oldest go first


def _tag_key(source: Source) -> TagKey:
    # Only the extents matter for marking; the DCT only changes values (shown in tooltips).
    return (source.id, hash(source.text), source.dateline_date or _dt.date.today())


def _headline_end(text: str, title: str) -> int:
    """Where the article's body starts: after its first line if that line is the headline."""
    first_line, _, _ = text.partition("\n")
    if title and " ".join(first_line.split()).casefold() == " ".join(title.split()).casefold():
        end = len(first_line)
        while end < len(text) and text[end] in "\r\n":
            end += 1
        return end
    return 0


def _sentences_of(event: Event, source_id: str) -> list[Evidence]:
    """The source sentences of ``event`` read from the article ``source_id``
    (``model.evidence_source``: a merged event's come from several)."""
    return [e for e in event.evidence if evidence_source(event, e) == source_id]


def _found_here(text: str, evidence: Sequence[Evidence]) -> list[Evidence]:
    """The source sentences of ``evidence`` found in ``text`` at their offsets (spaces
    aside).  An event merged from events of two articles (Edit → Merge Selected Events,
    ``core.merge``; File → Merge… of duplicates) names one article, and a sentence read
    from the other has offsets into that other text: shaded here, it marked words that
    are not it."""
    return [e for e in evidence
            if " ".join(text[e.start:e.end].split()) == " ".join(e.sentence.split())]


def _paragraphs(piece: str, depth: int) -> str:
    """Escaped text with its line breaks kept: a paragraph break between paragraphs, a
    ``<br>`` inside a marked span (a paragraph cannot end inside a span)."""
    lines = html.escape(piece).split("\n")
    if len(lines) == 1:
        return lines[0]
    if depth > 0:
        return "<br>".join(lines)
    joined = "</p><p>".join(lines)
    while "</p><p></p><p>" in joined:  # blank lines make one paragraph break, not several
        joined = joined.replace("</p><p></p><p>", "</p><p>")
    return joined


class ArticlePane(SafeTextBrowser):
    """Shows the article the selected event was read from.

    Signals:
        tagging_ended(str): a tagging job for the article with this source id ended; its
            result is cached, and shown only if that article is still the one on screen.
        marks_shown(str): the date expressions of the article with this source id were
            tagged (off the GUI thread) and are now marked on screen.
        new_event_requested(object): a date expression that dates no event was clicked:
            a draft ``Event`` of its date (no title yet), its sentence the source, read
            from the article shown (``draft_for_timex``).
    """

    tagging_ended = Signal(str)
    marks_shown = Signal(str)
    new_event_requested = Signal(object)

    def __init__(self, document: Document, selection: EventSelection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articlePane")
        self.setAccessibleName("Article text")
        self.setAccessibleDescription("Left and Right arrows go from date to date; Return "
                                      "selects the event a date belongs to, or adds one "
                                      "for a date no event has")
        self._document = document
        self._selection = selection
        # Tagging an article once is enough: results by article, most recently used last.
        self._timexes: OrderedDict[TagKey, list[Timex]] = OrderedDict()
        # Jobs under way, by article; setting the event tells a job still queued that
        # nobody is waiting for it any more (a running tagger cannot be interrupted).
        self._jobs: dict[TagKey, tuple[BackgroundJob, threading.Event]] = {}
        self._shown: tuple[str, str] | None = None  # (source id, event id) on screen
        #: (event id, source id): another article of the event, chosen by its link
        self._chosen: tuple[str, str] | None = None
        self._source: Source | None = None
        #: ``_events_dated``'s last answer, under (source id, timeline, its revision,
        #: number of expressions).
        self._dated: tuple[tuple[str, int, int, int], list[str | None]] | None = None
        self._pending = False  # a change arrived while hidden: render when shown
        self._active = False  # on screen (its dock is the current tab)
        selection.changed.connect(self._show)
        document.reset.connect(self._on_reset)
        document.sources_changed.connect(self._on_reset)
        document.event_changed.connect(self._on_event_changed)
        document.events_replaced.connect(self._on_event_changed)  # a lane renamed
        self._show(selection.event_id)

    def plain_text(self) -> str:
        self._render_pending()
        return self.toPlainText()

    def timexes(self) -> list[Timex]:
        """The date expressions of the article shown (for tests and tools).

        Tags the article on the calling thread if no result is cached yet.
        """
        self._render_pending()
        return list(self._tagged(self._source)) if self._source else []

    def marks_pending(self) -> bool:
        """Whether the article shown is still being tagged (its marks are not shown yet)."""
        return self._source is not None and self._cached(self._source) is None

    def _on_event_changed(self, _event_id: str) -> None:
        self._show(self._selection.event_id, True)

    def _on_reset(self) -> None:
        # Cached results stay: they are keyed by the text itself, so an edited or
        # reloaded article is tagged again and an unchanged one is not.
        self._shown = None
        self._show(self._selection.event_id, True)

    def _cached(self, source: Source) -> list[Timex] | None:
        key = _tag_key(source)
        cached = self._timexes.get(key)
        if cached is not None:
            self._timexes.move_to_end(key)
        return cached

    def _remember(self, key: TagKey, timexes: list[Timex]) -> None:
        self._timexes[key] = timexes
        self._timexes.move_to_end(key)
        while len(self._timexes) > _CACHED_ARTICLES:
            self._timexes.popitem(last=False)

    def _tagged(self, source: Source) -> list[Timex]:
        """The article's date expressions, tagged on this thread if not cached."""
        cached = self._cached(source)
        if cached is None:
            key = _tag_key(source)
            cached = _tag_safely(source.text, key[2])
            self._remember(key, cached)
        return cached

    def _start_tagging(self, source: Source) -> None:
        """Tag ``source`` on a worker thread; ``_on_tagged`` gets the result."""
        key = _tag_key(source)
        for other, (_job, dropped) in self._jobs.items():
            if other != key:
                dropped.set()  # switched away: a job still queued need not run
        if key in self._jobs:
            self._jobs[key][1].clear()  # wanted again before it ran
            return
        # The tagger's import (its patterns compile: ~0.2 s) happens in ``work``, on the
        # worker thread: the pane is built just after the first paint, and doing it here
        # stalled the window while a file named on the command line was opening.

        text, dct = source.text, key[2]
        dropped = threading.Event()

        def work() -> tuple[TagKey, list[Timex] | None]:
            # Runs on a worker thread: plain Python values in and out, no widget.
            if dropped.is_set():
                return key, None
            return key, _tag_safely(text, dct)

        job = BackgroundJob(work)
        job.signals.finished.connect(self._on_tagged)
        self._jobs[key] = (job, dropped)
        job.start()

    def _on_tagged(self, result: tuple[TagKey, list[Timex] | None]) -> None:
        key, timexes = result
        self._jobs.pop(key, None)
        if timexes is None:  # dropped before it ran
            if self._source is not None and _tag_key(self._source) == key:
                self._start_tagging(self._source)  # ...but wanted again since
            return
        self._remember(key, timexes)
        self.tagging_ended.emit(key[0])
        if self._source is None or _tag_key(self._source) != key:
            return  # another article is shown now: its marks come from its own job
        # The marks only colour the text: the scroll position stays where the reader is.
        scroll = self.verticalScrollBar().value()
        self._render(self._source, self._shown[1] if self._shown else "", scroll_to=False)
        self.verticalScrollBar().setValue(scroll)
        self.marks_shown.emit(self._source.id)

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
        # Another article this event cites, chosen by its link above the text (a merged
        # event's sentences come from several: verify30, fault 2).
        chosen = self._chosen
        if (event is not None and chosen is not None and chosen[0] == event_id
                and chosen[1] in timeline.sources):
            source = timeline.sources[chosen[1]]
        if event is not None and (source is None or not source.text):
            # An event entered by hand cites no article of its own, but Add quote… may
            # have given it sentences of the timeline's articles (verify51 F17: "No
            # article text" under a sentence Details names): the first such article.
            source = next((timeline.sources[i] for i in dict.fromkeys(cited_sources([event]))
                           if i in timeline.sources and timeline.sources[i].text), source)
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
        self._render(source, event_id, scroll_to=True)
        if self._cached(source) is None:
            self._start_tagging(source)

    def _render(self, source: Source, event_id: str, scroll_to: bool) -> None:
        # The text cannot be cut (marks point into it): a huge word wraps anywhere instead.
        self.setWordWrapMode(wrap_mode_for(source.text))
        self.setHtml(self._article_html(source, event_id))
        timeline = self._document.timeline
        event = timeline.get(event_id) if event_id in timeline else None
        found = (_found_here(source.text, _sentences_of(event, source.id))
                 if event is not None else [])
        if scroll_to and found:
            self.scrollToAnchor(f"evidence-{found[0].start}")

    def _article_html(self, source: Source, event_id: str) -> str:
        """The article as HTML: evidence shaded, and date expressions marked if tagged."""
        text = source.text
        timeline = self._document.timeline
        event = timeline.get(event_id) if event_id in timeline else None
        # The headline is the pane's heading: when the text starts with it, skip it there.
        body_start = _headline_end(text, source.title)
        shaded = sorted((e.start, e.end) for e in
                        (_found_here(text, _sentences_of(event, source.id)) if event else ())
                        if e.end > body_start)
        marks: list[tuple[int, str]] = []  # (offset, html) inserted between text pieces
        for start, end in shaded:
            start = max(start, body_start)
            marks.append((start, f'<a name="evidence-{start}"></a>'
                                 + shaded_span(SHADED_SENTENCE)))
            marks.append((end, "</span>"))
        timexes = self._cached(source) or []
        dated = self._events_dated(source, timexes) if timexes else []
        for index, timex in enumerate(timexes):
            if timex.start < body_start:
                continue
            # A title becomes a tooltip, which Qt renders as AutoText: escape it for both.
            if timex.type in ("DURATION", "SET"):
                # A length or a repetition ("72-hour", "four-day", "weekly") is no date:
                # underlined, not shaded as the dates are (verify20 F11).
                words = "a length of time" if timex.type == "DURATION" else "a repetition"
                title = html.escape(tooltip_text(f"“{timex.text}”: {words}, not a date"),
                                    quote=True)
                # in the text's own colour: the link colour made it look like a link
                # to another page (verify21)
                style = f"text-decoration:underline;color:{self.palette().text().color().name()}"
            else:
                title = html.escape(tooltip_text(_date_tip(timex, dated[index], timeline)),
                                    quote=True)
                style = "background-color:#FFE08A;color:#202020;text-decoration:none"
            marks.append((timex.start,
                          f'<a href="{_SCHEME}:{index}" title="{title}" style="{style}">'))
            marks.append((timex.end, "</a>"))
        # Closing tags before opening ones at the same offset keep the HTML well nested.
        marks.sort(key=lambda m: (m[0], 0 if m[1].startswith("</") else 1))
        pieces = []
        position = body_start
        depth = 0  # open marks: a line break inside one stays a <br>, else it ends a paragraph
        for offset, tag in marks:
            pieces.append(_paragraphs(text[position:offset], depth))
            pieces.append(tag)
            depth += -1 if tag.startswith("</") else 1  # each opening tag opens one element
            position = max(position, offset)
        pieces.append(_paragraphs(text[position:], depth))
        body = "".join(pieces)
        heading = html.escape(display_title(source.title or "Article"))
        # the article's date too: what its "on Tuesday" and "last month" count from, and
        # what tells two outlets' tellings apart (verify37: outlet and place only)
        when = (f"{source.dateline_date.day} {MONTH_NAMES[source.dateline_date.month - 1]} "
                f"{source.dateline_date.year}" if source.dateline_date else "")
        where = " · ".join(html.escape(display_title(p))
                           for p in (source.outlet, source.dateline_place, when) if p)
        palette = self.palette()
        muted = dim_text_color(palette.text().color(), palette.base().color()).name()
        others = ""
        if event is not None:
            cited = [timeline.sources[i] for i in dict.fromkeys(cited_sources([event]))
                     if i != source.id and i in timeline.sources]
            if cited:
                from timeline_app.ui.article_names import distinct_names

                # (an article and its correction share a headline: told apart, verify79 F7)
                named = distinct_names({other.id: other.title or other.outlet or other.id
                                        for other in [source, *cited]}, timeline.sources)
                links = " · ".join(
                    f'<a href="{_ARTICLE_SCHEME}:{html.escape(other.id, quote=True)}">'
                    f"{html.escape(display_title(named[other.id]))}"
                    "</a>" for other in cited)
                others = f"<p style='color:{muted}'>This event also cites: {links}</p>"
        basis = ""
        if source.date_basis.strip():
            # how the article's date (above all its year) was found: what an event's
            # "see the article's date basis" points to (verify91 F1: shown nowhere)
            basis = (f"<p style='color:{muted}'><i>{ARTICLE_DATE_BASIS}:</i> "
                     f"{html.escape(capped(source.date_basis))}</p>")
        return (f"<h3>{heading}</h3><p style='color:{muted}'>{where}</p>{basis}{others}"
                f"<p>{body}</p>")

    def event_for_timex(self, index: int) -> str | None:
        """The event a tagged expression dates, if any."""
        self._render_pending()
        if self._source is None:
            return None
        timexes = self._tagged(self._source)
        if not 0 <= index < len(timexes):
            return None
        return self._events_dated(self._source, timexes)[index]

    def _events_dated(self, source: Source, timexes: Sequence[Timex]) -> list[str | None]:
        """The event each of ``timexes`` (the article ``source``'s) dates, or None: the
        event whose source sentence has the expression as its date words, else the first
        whose sentence holds it with no date words of its own marked.  One pass over the
        timeline, kept while the timeline and the article stay the same (the tooltips of
        every date ask at each render)."""
        timeline = self._document.timeline
        key = (source.id, id(timeline), timeline.revision, len(timexes))
        if self._dated is not None and self._dated[0] == key:
            return self._dated[1]
        sentences = [(evidence, event.id) for event in timeline
                     for evidence in _sentences_of(event, source.id)]
        found: list[str | None] = []
        for timex in timexes:
            containing = None
            for evidence, event_id in sentences:
                if (evidence.date_start is not None and evidence.date_end is not None
                        and evidence.date_start < timex.end and timex.start < evidence.date_end):
                    break
                # a sentence the event's date was not read from (no words marked: a
                # quote added by hand) stands for it; one whose marked date words are
                # others does not: "on Aug. 28, 2025" in the sentence of the 28 September
                # sanctions selected them, and the date could not start its own event
                # (verify50 F9)
                if (containing is None and evidence.date_start is None
                        and evidence.start <= timex.start < evidence.end):
                    containing = event_id
            else:
                found.append(containing)
                continue
            found.append(event_id)
        self._dated = (key, found)
        return found

    def handle_link(self, url: QUrl) -> None:
        self.follow_link(url)

    def follow_link(self, url: QUrl) -> bool:
        """Follow a link of the article (a click, or Return on the keyboard's link): its
        event selected, or a new event of a date no event has.  False when it leads
        nowhere (a length of time, a repetition: no date to start an event from)."""
        if url.scheme() == _ARTICLE_SCHEME:  # another article of the event shown
            shown = self._selection.event_id
            if shown:
                self._chosen = (shown, url.path())
                self._show(shown, force=True, hidden_too=True)
            return True
        if url.scheme() != _SCHEME:
            return False
        try:
            index = int(url.path())
        except ValueError:
            return False
        event_id = self.event_for_timex(index)
        if event_id:
            self._selection.select(event_id)
            return True
        # A date no event has: a new one of it (verify34, F14: "October 2018" of the
        # Supreme Court ruling the extractor missed did nothing when clicked).
        draft = self.draft_for_timex(index)
        if draft is not None:
            self.new_event_requested.emit(draft)
            return True
        return False

    def draft_for_timex(self, index: int) -> Event | None:
        """A new event (a new id, the default lane) dated by the article's date expression
        ``index`` (``timex_to_date``), its sentence the source with the expression
        marked, read from the article shown, its title the words after the date when the
        date opens a line of a list ("4 April 2024: Somalia expels Ethiopia's
        ambassador": :func:`entry_title`), else none yet; ``None`` for a length of time,
        a repetition or an expression that is no date."""
        self._render_pending()
        source = self._source
        if source is None:
            return None
        timexes = self._tagged(source)
        if not 0 <= index < len(timexes):
            return None
        timex = timexes[index]
        from timeline_app.core import Evidence, new_event_id
        from timeline_app.extract.pipeline.dating import timex_to_date
        from timeline_app.extract.sentences import split_sentences

        date = timex_to_date(timex)
        if date is None:
            return None
        sentence = next((s for s in split_sentences(source.text)
                         if s.start <= timex.start < s.end), None)
        evidence = (() if sentence is None else
                    (Evidence(sentence.text, sentence.start, sentence.end,
                              timex.start, timex.end),))
        # The tagger's basis quotes the words already ("'Monday', relative to the dateline 9
        # March 2026"), as the import's does: said once (verify58 F26: "'Monday' in the
        # article ('Monday', …)" nested in a merged event's "told otherwise")
        basis = (timex.basis if timex.basis.startswith(f"'{timex.text}'")
                 else f"'{timex.text}' in the article"
                 + (f" ({timex.basis})" if timex.basis else ""))
        return Event(new_event_id(), entry_title(source.text, timex.start, timex.end), date,
                     source_id=source.id,
                     summary=sentence.text if sentence is not None else "",
                     date_basis=basis, evidence=evidence)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002,N802 - Qt override
        """Tab and Shift+Tab leave the pane at once: one Tab stop, not one per date.
        Each date expression is a link, and Qt's browser stopped at each in turn (ten
        stops in the seed article: new-user trials, session 20); ← and → go from date to
        date instead (``step_link``), as in a toolbar or a list."""
        from PySide6.QtWidgets import QTextEdit

        return QTextEdit.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and plain:
            self.step_link(+1 if event.key() == Qt.Key.Key_Right else -1)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            href = self.chosen_link()
            if href:  # as a click on it: its event, or a new one (verify49 F17)
                event.accept()
                if not self.follow_link(QUrl(href)):
                    # a length of time ("seven weeks"): Return did nothing and said
                    # nothing (verify52 F12); its tooltip says why
                    self.show_chosen_tip()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """By Tab or Shift+Tab, the first (or last) date in view is chosen at once: the
        focus shows on a date, which Return follows (verify49 F17: Tab into the pane
        showed no focus, and nothing said the arrows go from date to date)."""
        super().focusInEvent(event)
        if (event.reason() in (Qt.FocusReason.TabFocusReason,
                               Qt.FocusReason.BacktabFocusReason)
                and not self.chosen_link()):
            self.step_link(-1 if event.reason() == Qt.FocusReason.BacktabFocusReason
                           else +1)

    def chosen_link(self) -> str:
        """The address of the date the keyboard chose (``step_link``: the selection is
        exactly one date), or ``""``."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        span = (cursor.selectionStart(), cursor.selectionEnd())
        if span not in self.link_ranges():
            return ""
        inside = QTextCursor(self.document())
        inside.setPosition(span[0] + 1)
        return inside.charFormat().anchorHref()

    def link_ranges(self) -> list[tuple[int, int]]:
        """The (start, end) document positions of the links shown (the dates), in order."""
        ranges: list[tuple[int, int]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().anchorHref():
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    if ranges and ranges[-1][1] == start:  # one link in several fragments
                        start = ranges.pop()[0]
                    ranges.append((start, end))
                it += 1
            block = block.next()
        return ranges

    def step_link(self, step: int) -> bool:
        """The keyboard's link moved to the next (``step`` +1) or previous (-1) date and
        scrolled into view; Enter follows it.  False (nothing moves) past the last or the
        first: the focus stays in the pane."""
        cursor = self.textCursor()
        ranges = self.link_ranges()
        if cursor.hasSelection():
            here = cursor.selectionEnd() if step > 0 else cursor.selectionStart()
        else:  # none yet: from the top of what shows
            here = self.cursorForPosition(QPoint(0, 0)).position() - (1 if step > 0 else 0)
            if step < 0:
                here = self.cursorForPosition(
                    QPoint(self.viewport().width(), self.viewport().height())).position() + 1
        if step > 0:
            found = next((r for r in ranges if r[0] >= here), None)
        else:
            found = next((r for r in reversed(ranges) if r[1] <= here), None)
        if found is None:
            return False
        cursor.setPosition(found[0])
        cursor.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.show_chosen_tip()
        return True

    def show_chosen_tip(self) -> None:
        """The tooltip of the keyboard's link (what the date is, which event it dates, or
        why a length of time is no date), shown under it as a mouse's hover shows it: a
        keyboard user saw none of it (verify52 F12).  The tip is the link's ``title``,
        written escaped for Qt's rich-text tooltips (``tooltip_text``)."""
        from PySide6.QtWidgets import QToolTip

        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        inside = QTextCursor(self.document())
        inside.setPosition(cursor.selectionStart() + 1)  # (a format is of the char before)
        tip = inside.charFormat().toolTip()
        if not tip:
            return
        at = self.cursorRect(inside).bottomLeft() + QPoint(0, 4)
        QToolTip.showText(self.viewport().mapToGlobal(at), tip, self)

    def set_active(self, active: bool) -> None:
        """Told by its dock whether a person can see it (a tab behind another cannot)."""
        self._active = active
        if active:
            self._render_pending()


#: What may stand between a list entry's date and its words: "4 April 2024: Somalia…",
#: "– 4 April 2024 — Somalia…", "4 April 2024 - Somalia…".
_ENTRY_SEPARATORS = (":", "\u2013", "\u2014", "-", "|")
#: A list entry's bullet before its date.
_BULLETS = "-*\u2022\u2013\u2014\u00b7 \t"


def entry_title(text: str, start: int, end: int) -> str:
    """The words after the date ``text[start:end]`` when that date opens a line of a list
    ("4 April 2024: Somalia expels Ethiopia's ambassador" → "Somalia expels Ethiopia's
    ambassador"; a bullet before it, "-", "•", is allowed; a colon, dash or bar after it
    is needed), else ``""``: the title a new event from that date starts with in the
    event editor (verify49 F17: a "Key dates" list's line gave an empty title)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip(_BULLETS):
        return ""
    rest = text[end:line_end].lstrip()
    if not rest.startswith(_ENTRY_SEPARATORS):
        return ""
    words = " ".join(rest[1:].split())
    return words if any(c.isalpha() for c in words) else ""


def _date_tip(timex: Timex, event_id: str | None, timeline: Timeline) -> str:
    """A marked date's tooltip, in a reader's words: "4 April 2024 — dates no event yet;
    click or press Return to add one", or "… — dates “Somalia expels …”; click or press
    Return to select it" (verify49 F17: it read "DATE 2024-04-04")."""
    from timeline_app.extract.pipeline.dating import timex_to_date

    date = timex_to_date(timex)
    when = date.describe() if date is not None else " ".join(timex.text.split())
    if event_id is None or event_id not in timeline:
        return f"{when} \u2014 dates no event yet; click or press Return to add one"
    title = display_title(timeline.get(event_id).title)
    return f"{when} \u2014 dates \u201c{title}\u201d; click or press Return to select it"


def _tag_safely(text: str, dct: _dt.date) -> list[Timex]:
    """``tag_timexes``, with a tagger bug costing the marks rather than the window."""
    from timeline_app import extract  # loaded when first needed; looked up at call time

    try:
        return extract.tag_timexes(text, dct)
    except Exception:  # noqa: BLE001 - a tagger bug must not break the window
        return []
