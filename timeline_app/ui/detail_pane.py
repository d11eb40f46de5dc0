"""The detail pane: everything known about the selected event, rendered safely.

Event text comes from articles and files of unknown origin, so it is escaped,
and the pane (a ``SafeTextBrowser``) loads no resource it names.  Links open in
the system browser only for http(s), and only when clicked.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QFocusEvent, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QWidget

from timeline_app.core import Event, Source
from timeline_app.core.dates import (
    LIMIT_MEANING,
    MONTH_NAMES,
    Precision,
    describe_range,
    period_words,
)
from timeline_app.core.merge import correction_notes_last, readable_basis
from timeline_app.core.names import name_list
from timeline_app.core.picture import Picture, split_picture
from timeline_app.core.sourced import SourcedEvidence
from timeline_app.core.weeks import told_week, week_words
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui.safe_text import (
    KIND_WORDS,
    WEB_SCHEMES,
    SafeTextBrowser,
    capped,
    display_title,
    kind_of,
    nested_quotes,
    quoted_sentence,
    wrap_mode_for,
)
from timeline_app.ui.style import category_color, category_label, dim_text_color
from timeline_app.words import counted, events_and_eras, same_words

_DATELINE = re.compile(r",? relative to the dateline (?P<day>\d{1,2} \w+ \d{1,4})"
                       r"(?:: (?P<result>[^;.]*))?")


def date_line(event: Event) -> str:
    """The event's date and its precision in plain words: "February 2025 (month)",
    "3–5 May 2024 (day)" (``dates.describe_range``); a span whose end has another
    precision says both: "21 October 2003 – November 2004 (day to month)" (it said
    "(day)": verify32, F6); a week an article named, as the day nobody knows in it that
    it is: "some day in the week of 23 November 2026 (a day of 23–29 November 2026)"
    (``core.weeks``; it read "23–29 November 2026 (day)", a seven-day stay: verify63 F6);
    a limit, what it means: "before 25 December 2026 (some time before that day)",
    "by the end of June 2027 (no later than that month)" (``dates.LIMIT_MEANING``; it read "(day)",
    as if known to the day: verify76 F21)."""
    if event.end is not None and told_week(event):
        return f"{week_words(event)} (a day of {describe_range(event.date, event.end)})"
    period = period_words(event.date, event.end)
    if period is not None and event.end is not None:
        # "1st century (year)" read as dated to a year; the years say which count it is
        # (AD 1-100, not 0-99: verify41, F6)
        return (f"{period} (the years {event.date.describe()} to {event.end.describe()})")
    words = event.date.precision_words()
    if event.end is None and event.date.limit is not None:
        # "before 25 December 2026 (day)" read as known to the day (verify76 F21)
        what = words.replace("part of year", "part of the year").replace(
            "part of a ", "part of the ")  # ("by mid 2027": that part of the year)
        return (f"{describe_range(event.date, None)} "
                f"({LIMIT_MEANING[event.date.limit]} that {what})")
    if event.end is not None and event.end.precision_words() != words:
        words = f"{words} to {event.end.precision_words()}"
    return f"{describe_range(event.date, event.end)} ({words})"


def _english_day(words: str) -> str:
    """A dateline's day as this version writes it: "27 März 2026" → "27 March 2026".
    Earlier versions wrote the month in the desktop's language (verify37 F1) into the bases
    of the files they saved; the month names ``parse_typed_date`` reads (German, French,
    Spanish, Italian, Portuguese, Dutch) are said in English, anything else as written."""
    if words.split()[1] in MONTH_NAMES:  # (``_DATELINE``'s day: three words)
        return words
    from timeline_app.core.parse_date import parse_typed_date

    date = parse_typed_date(words).date
    return date.describe() if date is not None and date.precision is Precision.DAY else words


def basis_in_words(basis: str) -> str:
    """How the date follows from the text, phrased for a reader.

    The extractor writes "'last month', relative to the dateline 22 March 2025:
    February 2025; …"; a reader is told "'last month' in an article dated 22 March
    2025; …" (the resulting date is already on the line above).
    """
    def reword(m: re.Match[str]) -> str:
        # "'last month' in an article dated …" after a quotation; ", in an article …" else
        joint = " " if basis[:m.start()].endswith("'") else ", "
        return f"{joint}in an article dated {_english_day(m.group('day'))}"

    # each telling's (a merged event's "told otherwise: …" has its own, verify37 F15); a
    # date's words quoted twice said once (verify58 F26)
    basis = readable_basis(basis)
    basis = _DATELINE.sub(reword, basis)
    basis = basis.strip()
    return basis[:1].upper() + basis[1:] if basis[:1].isalpha() else basis


def event_picture(event: Event) -> tuple[str, Picture | None]:
    """The event's summary without its picture's lines, and its picture (``core.picture``):
    Details shows it apart, a web address as a link of its own (verify57 F27), a
    TimelineJS file's embedded quotation as its text (verify70 F10: it was a "Media: …"
    line of the summary)."""
    summary, picture = split_picture(event.summary)
    if picture is None:
        return event.summary, None
    return summary, picture


def shown_summary(event: Event) -> str:
    """The summary as the pane shows it: without its picture's lines (``event_picture``,
    shown apart) nor its paragraphs that are one of the event's source sentences, quoted
    below it anyway (a merged event's summary joins its events' summaries, often their
    sentences: each was shown twice, verify30)."""
    summary = event_picture(event)[0] if "Media: " in event.summary else event.summary
    summary = correction_notes_last(summary)  # (a wire's note never first: verify58 F26)
    if not summary or not event.evidence:
        return summary
    if _is_a_source_sentence(summary, event):
        return ""
    paragraphs = summary.split("\n\n")
    kept = [p for p in paragraphs if not _is_a_source_sentence(p, event)]
    return summary if len(kept) == len(paragraphs) else "\n\n".join(kept)


#: How Details names a slide's media of each kind (``core.picture.media_kind``).
_MEDIA_WORDS = {"picture": "Picture", "video": "Video", "sound": "Sound", "map": "Map",
                "post": "Post", "quotation": "Quotation", "media": "Media"}


def _picture_line(picture: Picture) -> str:
    """The slide's media as Details shows it, escaped, named by its kind (verify70 F10: a
    YouTube video was a "Picture", an embedded quotation a "Media: …" line of the
    summary, a "//farm8…" address plain text): "Video (for the TimelineJS slide; a link,
    never loaded): <address>" (a "//host/…" address opens over https, as TimelineJS
    loads it), "Quotation (for the TimelineJS slide): <its text>", its caption and credit
    under it."""
    kind = picture.kind
    if kind == "quotation":
        head = (f"<b>Quotation</b> (for the TimelineJS slide): "
                f'<span style="white-space:pre-wrap">{html.escape(capped(picture.url))}'
                "</span>")
    else:
        url = picture.url.strip()
        head = (f"<b>{_MEDIA_WORDS.get(kind, 'Media')}</b> (for the TimelineJS slide; a "
                f"link, never loaded): " + _cited_line("link", url, "https:" + url
                                                       if url.startswith("//") else url))
    rows = [head]
    if picture.caption:
        rows.append(f"Caption: {html.escape(capped(picture.caption))}")
    if picture.credit:
        rows.append(f"Credit: {html.escape(capped(picture.credit))}")
    return "<p>" + "<br>".join(rows) + "</p>"


def _is_a_source_sentence(summary: str, event: Event) -> bool:
    """Whether ``summary`` is one of the event's evidence sentences, spaces aside: the
    extractor's summary is often its sentence, which the pane quotes below it anyway (a
    new user's trial, verify18: every extracted event showed its sentence twice)."""
    return any(same_words(summary, evidence.sentence) for evidence in event.evidence)


def _words(text: str) -> str:
    return " ".join(text.split())


def _shown_fields(event: Event) -> list[tuple[str, str, str]]:
    """The searched fields of ``event`` as the pane shows them: (text before, the field's
    words, text after) of a line (``event_html``'s labels and quotes)."""
    fields = [("", _words(capped(event.title, 1_000)), ""),
              ("■ ", _words(capped(category_label(event.category))), ""),
              ("Place: ", _words(capped(event.location)), ""),
              ("Participants: ", _words(capped(name_list(event.participants))), "")]
    fields += [("“", _words(capped(nested_quotes(e.sentence))), "”") for e in event.evidence]
    return [field for field in fields if field[1]]


def _field_region(text: str, fields: list[tuple[str, str, str]],
                  summary: str = "") -> tuple[int, int] | None:
    """Where in a line of the pane (``text``) a searched field is, ``[first, last)``, or
    None when the line is no field (a label, the date, the article line); ``summary``:
    the words of the summary shown ("" if none), of which the line may be a part."""
    for before, words, after in fields:
        if (text.startswith(before) and text.endswith(after)
                and len(text) >= len(before) + len(after)
                and _words(text[len(before):len(text) - len(after)]) == words):
            return len(before), len(text) - len(after)
    if summary and text.strip() and _words(text) in summary:  # a line of the summary
        return 0, len(text)
    return None


def event_html(event: Event, source: Source | None, muted: str = "#595959",
               found: str = "", sources: Mapping[str, Source] | None = None,
               era: bool = False) -> str:
    """The detail pane's contents for one event, with every piece of text escaped.

    ``muted`` is the colour of secondary text (the article line and ``found``, a line
    saying where Find found the event, under its lane); the caller picks one
    with AA contrast against the pane's background.  ``sources``: the timeline's articles
    by id, which name a sentence read from another article than the event's.  Each field
    is capped
    (``safe_text.capped``): laying out a huge field would freeze the window, and the whole
    text is still in the model, the file and the editor.  ``era``: the event's lane is
    shown as eras (``Timeline.is_era_lane``), said under the lane's name, with how to
    change it: the band drew no sign of its lane's way (edit34's report, session 36).
    """

    def e(text: str) -> str:
        return html.escape(capped(text))

    color = category_color(event.category).name()
    rows = [
        f'<h2 style="margin-bottom:2px">{html.escape(capped(event.title, 1_000))}</h2>',
        f'<p style="margin-top:0"><span style="color:{color}">■</span> '
        f"{e(category_label(event.category))}</p>",
        f'<p style="margin-bottom:0"><b>Date:</b> {e(date_line(event))}{_plan_part(event)}'
        f"{_status_part(event)}</p>",
    ]
    if era:
        rows.insert(2, f'<p style="color:{muted};margin-top:0">An era: its lane is shown as '
                       "eras, bands behind the lanes (View → Lanes By → Show as Eras)</p>")
    if found:
        rows.insert(2, f'<p style="color:{muted};margin-top:0">{html.escape(found)}</p>')
    if event.date_basis:
        rows.append(f'<p style="margin-top:2px">{e(basis_in_words(event.date_basis))}</p>')
    if event.location:
        rows.append(f"<p><b>Place:</b> {e(event.location)}</p>")
    if event.participants:
        rows.append(f"<p><b>Participants:</b> {e(name_list(event.participants))}</p>")
    summary = shown_summary(event)
    if summary:
        # Its line breaks kept: imported summaries are paragraphs and labelled lines.
        rows.append(f'<p style="white-space:pre-wrap">{e(summary)}</p>')
    picture = event_picture(event)[1] if "Media: " in event.summary else None
    if picture is not None:
        rows.append(_picture_line(picture))
    tellers = told = reported_by(event, sources)
    if len(told) > 1 and "told otherwise: " in event.date_basis and sources:
        # Tellings that disagree on the date: whose date the event shows (the others are
        # named in the basis above: "told otherwise: 12 December 2026 by AFP")
        from timeline_app.core.merge import date_source
        from timeline_app.io.exchange import article_teller

        dated = sources.get(date_source(event) or "")
        teller = article_teller(dated) if dated is not None else ""
        told = [f"{who} (the date above)" if who == teller else who for who in told]
    if len(told) > 1:
        # the count first: "AP (2 articles)" read as two AP articles (verify72 F11); an
        # outlet of several of them with its count: "3 articles: Reuters, AFP" read as
        # three articles of two outlets with nothing to say which told two (verify79 F13)
        articles = _told_articles(event, sources)
        times = _articles_of_each(articles, sources)
        told = [f"{name} ×{times[name]}" + who[len(name):] if times.get(name, 1) > 1 else who
                for name, who in zip(tellers, told, strict=True)]
        rows.append(f"<p><b>Reported by {counted(len(articles), 'article')}:"
                    f"</b> {e(', '.join(told))}</p>")
    sentences = [x for x in event.evidence if not kind_of(x)]
    # (the date words of the tellings a merge did not keep the date of, shaded apart)
    told: tuple[str, ...] = ()
    if "told otherwise: " in event.date_basis:
        from timeline_app.core.merge import told_otherwise_words

        told = told_otherwise_words(event.date_basis)
    if sentences:
        heading = "Source sentence" if len(sentences) == 1 else "Source sentences"
        rows.append(f"<h3>{heading}</h3>")
        for evidence in sentences:
            # A sentence of another article (a merged event) says which (verify30,
            # fault 2: four sentences of three articles were all under the first's name).
            # (a block of its own: Find's shading finds the quoted sentence by its line)
            rows.append(f'<blockquote style="margin-left:8px">{quoted_sentence(evidence, told)}'
                        "</blockquote>")
            if isinstance(evidence, SourcedEvidence):
                rows.append(f'<p style="margin-left:16px;margin-top:0;color:{muted}">— '
                            f"{_from_words(evidence, sources)}</p>")
    # A reference or a link typed by hand is itself, not quoted as if a text said its
    # words (verify53 F17): under its own heading, as written.
    for kind, words in KIND_WORDS.items():
        cited = [x.sentence for x in event.evidence if kind_of(x) == kind]
        if cited:
            rows.append(f"<h3>{words}{'s' if len(cited) > 1 else ''}</h3>")
            rows.extend(f'<p style="margin-left:8px">{_cited_line(kind, text)}</p>'
                        for text in cited)
    if source is not None:
        rows.append(f'<p style="color:{muted}"><b>Article:</b> {article_line(source)}</p>')
    return "\n".join(rows)


def _plan_part(event: Event) -> str:
    """" · Planned: not yet held" beside the date of a plan (``core.plans.is_plan``),
    the event editor's Planned box said where the event is read (verify88 F1); " ·
    Was planned for 11 April 2025; no report that it was held" once its days
    have passed (``core.plans.plan_words``, today from ``core.clock.today``: verify90 F7)."""
    from timeline_app.core import clock
    from timeline_app.core.plans import WAS_PLANNED, plan_words

    words = plan_words(event, clock.today().toordinal())
    if words.startswith(WAS_PLANNED):  # ("Planned: was planned for …" said it twice)
        return (f" &nbsp;·&nbsp; <b>Was planned</b>"
                f"{html.escape(words[len(WAS_PLANNED):])}")
    return f" &nbsp;·&nbsp; <b>Planned:</b> {html.escape(words)}" if words else ""


def _status_part(event: Event) -> str:
    """The event's status beside its date (" · Status: Disputed"), "" when not assessed:
    a disputed date is the commonest dispute (verify42 F9, five outlets' dates of the
    Sudan truce talks), and the status belongs to the claim the lines above make."""
    if not event.status:
        return ""
    from timeline_app.core.status import status_words

    return f" &nbsp;·&nbsp; <b>Status:</b> {html.escape(status_words(event.status))}"


def reported_by(event: Event, sources: Mapping[str, Source] | None) -> list[str]:
    """Who told ``event``'s sentences, each article once, in the sentences' order: its
    outlet, else its headline in quotes (``io.exchange.article_teller``); an article no
    longer in the timeline, or a quote of none, is not named.  Details says it when two
    or more articles tell the event: how many outlets a claim rests on is what a
    fact-checker weighs first (verify42 F9: the signing told by the Sudan Tribune,
    Reuters and AFP read as one article's event unless each sentence was read)."""
    if len(event.evidence) < 2 or not sources:
        return []
    from timeline_app.io.exchange import article_teller

    return list(dict.fromkeys(who for i in _told_articles(event, sources)
                              if (who := article_teller(sources[i]))))


def _articles_of_each(articles: list[str], sources: Mapping[str, Source] | None
                      ) -> dict[str, int]:
    """How many of ``articles`` (ids in ``sources``) each teller told (its outlet, else
    the headline quoted: ``io.exchange.article_teller``), ``{"Reuters": 2, "AFP": 1}``."""
    from collections import Counter

    from timeline_app.io.exchange import article_teller

    return dict(Counter(who for i in articles
                        if sources and (who := article_teller(sources[i]))))


def _told_articles(event: Event, sources: Mapping[str, Source] | None) -> list[str]:
    """The ids of the articles in ``sources`` that tell ``event``'s sentences, each once,
    in the sentences' order (those ``reported_by`` names, and how many)."""
    if not sources:
        return []
    from timeline_app.core.sourced import evidence_source

    return list(dict.fromkeys(i for e in event.evidence
                              if (i := evidence_source(event, e)) is not None and i in sources))


def article_line(source: Source) -> str:
    """An article as the details name it, escaped: its headline · outlet, place · dateline
    (and a link to it when it has a web address)."""
    where = ", ".join(p for p in (source.outlet, source.dateline_place) if p)
    d = source.dateline_date
    when = f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}" if d else ""
    line = " · ".join(html.escape(capped(p)) for p in (display_title(source.title), where, when)
                      if p)
    if source.url and QUrl(source.url).scheme() in WEB_SCHEMES:
        line += f' · <a href="{html.escape(source.url, quote=True)}">link</a>'
    return line


def _cited_line(kind: str, text: str, address: str | None = None) -> str:
    """A reference or a link (``core.sourced.Reference``) as Details lists it, escaped;
    a link of a web address (``safe_text.WEB_SCHEMES``) opens, as an article's does
    (``address``: where it opens when not ``text`` itself)."""
    shown = html.escape(capped(text))
    if kind == "link":
        url = QUrl.fromUserInput((address or text).strip())
        if url.isValid() and url.scheme() in WEB_SCHEMES:
            return f'<a href="{html.escape(url.toString(), quote=True)}">{shown}</a>'
    return shown


def _from_words(evidence: SourcedEvidence, sources: Mapping[str, Source] | None) -> str:
    if evidence.source is None:
        return "a quote of no article"
    found = None if sources is None else sources.get(evidence.source)
    return ("from " + article_line(found) if found is not None
            else f"from the article {html.escape(capped(evidence.source))}")


#: The most characters of a page whose glyphs Details keeps between its layout and its
#: paint (``DetailPane._keep_glyphs``, ~50 bytes a character): a longer page (long
#: summaries, many sentences) is laid out and drawn as before, its glyphs not held.
KEPT_GLYPHS_CHARS = 20_000


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
        self._opening: str | None = None
        self._waiting: str | None = None  # (``show_waiting``)
        #: "3 of 32 events shown (filter: …)" while filters hide events, else "" (set by
        #: the window: ``set_filtered_words``).
        self._filtered_words: Callable[[], str] = str
        #: What Find searches for ("" for no search): the event shown says where it was
        #: found and its words are shaded (``set_find_text``).
        self._find_text = ""
        #: The selection (current id, ids) the pane last showed, so that a selection's
        #: second signal shows nothing new (``_on_ids_changed``).
        self._shown_for: tuple[str, tuple[str, ...]] | None = None
        #: True while what is selected is not to be shown yet: a key held in the Events
        #: list passes a row at each auto-repeat (``hold_while``); ``_held``: something
        #: was held back, shown by ``show_held``.
        self._hold: Callable[[], bool] = bool
        self._held = False
        # (before the document lays the new blocks out: ``_keep_glyphs``)
        self.document().contentsChange.connect(self._keep_glyphs)
        selection.changed.connect(self._show)
        selection.ids_changed.connect(self._on_ids_changed)
        document.event_changed.connect(self._on_changed)
        document.events_replaced.connect(self._on_many_changed)  # a lane renamed
        document.event_removed.connect(self._on_changed)
        document.event_added.connect(self._on_changed)
        document.reset.connect(self._show_current)
        document.properties_changed.connect(self._show_current)
        document.path_changed.connect(self._on_path_changed)  # an untitled one's name
        # A lane's colour changed: shown once the legend has given the lanes their
        # colours (``style.assign_category_colors``, on the same signal but connected
        # later): shown at once, Details kept the old colour (verify22, finding 8).
        document.category_colors_changed.connect(self._show_after_colours)
        document.era_lanes_changed.connect(self._show_current)  # ("An era: …")
        self._show(selection.event_id)
        # the link's frame (``paintEvent``) follows Tab from link to link and goes with
        # the focus
        self.selectionChanged.connect(self.viewport().update)

    def _keep_glyphs(self, position: int, _removed: int, added: int) -> None:
        """The blocks of the pane's document from ``position`` on keep their shaped
        glyphs once laid out (``QTextLayout.setCacheEnabled``), when the document holds at
        most ``KEPT_GLYPHS_CHARS`` characters.

        Qt's document layout shapes each block's text to break it into lines, then drops
        the glyphs (``QTextLayout::endLayout`` frees them unless caching is on) and shapes
        the text again to draw it, and once more where the text cursor is placed
        (``ensureCursorVisible``): at each row a key in the Events list moves to, 0.3-0.6 M
        instructions of Details' ~4.5 M, a fifth of its paint (callgrind, 100 000 events;
        issue 11, session 47, list52).  ``QTextDocument.contentsChange`` is emitted
        before the layout runs (``QTextDocumentPrivate::finishEdit``), so the blocks
        ``setHtml`` made are laid out and drawn with one shaping.  The glyphs, ~50 bytes
        a character, go with the blocks at the next ``setHtml``."""
        if not added:  # (``setHtml``'s clearing: no block to lay out)
            return
        document = self.document()
        if document.characterCount() > KEPT_GLYPHS_CHARS:
            return
        block = document.findBlock(position)
        while block.isValid():
            block.layout().setCacheEnabled(True)
            block = block.next()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.viewport().update()

    def plain_text(self) -> str:
        return self.toPlainText()

    def focused_link_rect(self):  # type: ignore[no-untyped-def]
        """The viewport's rectangle (``QRect``) of the link the keyboard is on (Tab
        selects it), or ``None``."""
        cursor = self.textCursor()
        if not self.hasFocus() or not cursor.hasSelection():
            return None
        if not cursor.charFormat().isAnchor():
            return None
        start, end = QTextCursor(cursor), QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        end.setPosition(cursor.selectionEnd())
        around = self.cursorRect(start).united(self.cursorRect(end)).adjusted(-3, -1, 3, 1)
        return around.intersected(self.viewport().rect().adjusted(1, 1, -1, -1))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Qt marks the link Tab is on with a faint dotted outline: a 2 px frame in the
        selection's colour marks it too (verify25, finding 5: "Edit…" was hard to see)."""
        super().paintEvent(event)
        rect = self.focused_link_rect()
        if rect is None:
            return
        from PySide6.QtGui import QPainter, QPalette, QPen

        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawRoundedRect(rect, 3, 3)
        painter.end()

    def set_filtered_words(self, words: Callable[[], str]) -> None:
        """``words()``: the filters' count ("3 of 32 events shown (filter: Qatar)") while
        they hide events, "" otherwise; the pane with nothing selected says it instead of
        the timeline's count (new-user trial 13: "32 events" beside a filter showing 3)."""
        self._filtered_words = words
        self._show_current()

    def hold_while(self, held: Callable[[], bool]) -> None:
        """While ``held()`` (``EventList.key_held``: a key held in the Events list), a
        new selection or change is not shown: ``show_held`` shows the row the key stops
        on.  Each row passed cost ~4 M instructions here (``setHtml`` and drawing the
        page), about 17 % of a PageDown, 25-30 rows a second (issue 11; session 43,
        list48), for a page no one could read before the next replaced it."""
        self._hold = held

    def show_held(self) -> None:
        """Show what ``hold_while`` held back (nothing if nothing was)."""
        if self._held:
            self._held = False
            self._show_current()

    def set_find_text(self, text: str, show: bool = True) -> None:
        """``text``: what Find searches for ("" for no search).  An event it finds says
        where ("Find “seoul” matched in: source sentence 1", ``core.query.found_in``) and
        the words found are shaded in its fields (verify29: "Seoul" found "Cho and Iwaya
        meet in Munich" only through a source sentence, and nothing said so).  ``show``:
        show the event again now if the text changed (False: the caller shows it next)."""
        if text != self._find_text:
            self._find_text = text
            if show:
                self._show_current()

    def show_waiting(self, words: str | None) -> None:
        """``words``: said instead of the empty timeline's hint while the window asks
        something before anything is shown (the recovery question at start-up); ``None``:
        the hint again."""
        self._waiting = words
        self._show_current()

    def show_opening(self, name: str | None) -> None:
        """``name``: a file opens into the window, which cannot be edited meanwhile (see
        ``MainWindow._refused_while_opening``): an empty timeline says so instead of how to
        add events.  ``None``: the open is over."""
        self._opening = name
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme change: re-pick the colours
            self._show_current()

    def _show_current(self) -> None:
        self._show(self._selection.event_id)

    def _on_path_changed(self, _path: str) -> None:
        if not self._selection.event_id:  # the heading names the timeline
            self._show_current()

    def _show_after_colours(self) -> None:
        QTimer.singleShot(0, self, self._show_current)

    def _on_ids_changed(self) -> None:
        """The selected events changed: shown, unless they are what the pane shows
        already (a new current event came with them, ``changed`` just showed it: a row
        moved to in the event list laid out the same page twice, ~4 ms each at PageDown,
        issue 11)."""
        if self._shown_for != (self._selection.event_id, self._selection.event_ids):
            self._show_current()

    def _on_many_changed(self, event_ids: tuple[str, ...]) -> None:
        if not self._selection.event_id or self._selection.event_id in event_ids:
            self._show(self._selection.event_id)

    def _on_changed(self, event_id: str) -> None:
        # With nothing selected the pane shows the event count, which every change alters.
        if event_id == self._selection.event_id or not self._selection.event_id:
            self._show(self._selection.event_id)
            self._again_if_lane_is_new(event_id)

    def _again_if_lane_is_new(self, event_id: str) -> None:
        """Shown again once the legend has given a lane new to the timeline its colour
        (on the same signal, connected later): Details' square had another colour than
        the lane's until the event was selected again (verify72 F12: a category typed
        in the editor)."""
        from timeline_app.ui.style import lane_colour_given

        if event_id and event_id in self._document.timeline:
            if not lane_colour_given(self._document.timeline.get(event_id).category):
                self._show_after_colours()

    def handle_link(self, url: QUrl) -> None:
        if url.toString() == self.EDIT_URL and self._selection.event_id:
            self.edit_requested.emit(self._selection.event_id)

    #: The titles listed when several events are selected (the rest are counted).
    SEVERAL_LISTED = 8

    def _several_html(self, muted: str) -> str:
        """With several events selected, a heading saying how many and the first
        ``SEVERAL_LISTED`` of them (date and title), above the current event; "" else.  A
        selection of 5, 4 off screen, showed one event only (new-user trial 8).  A span's
        date is its range, and an era says so: "1910–1945 — Colonial period (an era)"
        (verify67 F1: the era read "1910 — Colonial period", as an event of 1910)."""
        timeline = self._document.timeline
        ids = timeline.present(self._selection.event_ids)
        if len(ids) < 2:
            return ""
        items = []
        for event_id in ids[:self.SEVERAL_LISTED]:
            event = timeline.get(event_id)
            era = " (an era)" if timeline.is_era_lane(event.category) else ""
            items.append(f"<li>{html.escape(describe_range(event.date, event.end))} — "
                         f"{html.escape(capped(event.title, 200))}{era}</li>")
        rest = len(ids) - self.SEVERAL_LISTED
        more = f"<p>and {rest} more</p>" if rest > 0 else ""
        return (f'<h2 style="margin-bottom:2px">{len(ids)} events selected</h2>'
                f'<ul style="margin-top:0">{"".join(items)}</ul>{more}'
                f'<p style="color:{muted}">Delete removes all {len(ids)}; click one to '
                "select it alone. The current one:</p><hr>")

    def _count_words(self) -> str:
        """The timeline's events counted with its eras apart, as the status bar counts
        them ("1998 events and 5 eras"): Details said "2003 events" beside it (verify53
        F2)."""
        timeline = self._document.timeline
        eras = len(timeline.era_ids())
        return events_and_eras(len(timeline) - eras, eras)

    def _show(self, event_id: str) -> None:
        if self._hold():
            self._held = True
            return
        self._held = False
        timeline = self._document.timeline
        self._shown_for = (event_id, self._selection.event_ids)
        if self.extraSelections():  # the words found in what was shown: their cursors
            self.setExtraSelections([])  # would shade whatever takes their place
        if not event_id or event_id not in timeline:
            count = len(timeline)
            self.setWordWrapMode(wrap_mode_for(""))
            # An empty timeline has nothing to click (a new one, or one standing in for a
            # file being opened: "0 events. Click an event…" read as a contradiction).
            # After File → Close too: what to do next, Open among it (verify18).
            hint = ("No events yet: add one with Edit → New Event… (Ctrl+E), read them "
                    "from an article with File → Import Article… (Ctrl+I), or open a "
                    "timeline with File → Open… (Ctrl+O)." if count == 0 else
                    f"{self._filtered_words() or self._count_words()}. Click an event "
                    "on the timeline, or press → to step through them in date order.")
            if count == 0 and self._opening is not None:
                hint = (f"Opening {self._opening}: its events appear once it is read, "
                        "and it can be edited then.")
            heading = html.escape(display_title(self._document.shown_title))
            about = ""
            description = timeline.description.strip()
            if count and description:
                # The timeline's description, shown nowhere else in the window, is the
                # title slide of a TimelineJS export: the sample's ("… read from one
                # NationPress report …") went on a teacher's class website under his own
                # four articles (verify34, F7).  Said, with where to change it.
                palette = self.palette()
                muted = dim_text_color(palette.text().color(), palette.base().color()).name()
                paragraphs = "".join(f"<p>{html.escape(part)}</p>" for part in
                                     capped(description, 1200).split("\n") if part.strip())
                about = (f"{paragraphs}<p style=\"color:{muted}\">Timeline → Properties… "
                         "changes the name and this description (the title slide of a "
                         "TimelineJS export).</p>")
            if count == 0 and self._waiting is not None:  # no name of the file to come
                heading, hint = "Before opening", self._waiting
            self.setHtml(f"<h2>{heading}</h2>{about}<p>{html.escape(hint)}</p>")
            return
        event = timeline.get(event_id)
        source = timeline.sources.get(event.source_id) if event.source_id else None
        palette = self.palette()
        muted = dim_text_color(palette.text().color(), palette.base().color()).name()
        fields: tuple[str, ...] = ()
        if self._find_text.strip():
            from timeline_app.core.query import found_in

            fields = found_in(event, self._find_text)
        found = (f"Find “{display_title(' '.join(self._find_text.split()), 80)}” matched in: "
                 f"{', '.join(fields)}" if fields else "")
        contents = self._several_html(muted) + event_html(
            event, source, muted, found, timeline.sources, timeline.is_era_lane(event.category))
        # A field with a huge word wraps anywhere: word-boundary wrapping of it is slow.
        self.setWordWrapMode(wrap_mode_for(contents))
        self.setHtml(contents + f'<p><a href="{self.EDIT_URL}">Edit…</a> (Enter or F2)</p>')
        if fields:
            self.setExtraSelections(self._found_selections(event))

    def _found_selections(self, event: Event) -> list[Any]:
        """The words Find found in the event's fields as shown (title, lane, place,
        participants, summary, source sentences), shaded as the editor's extra selections
        (``QTextEdit.setExtraSelections``): drawn over the laid-out text, which they
        neither change nor lay out again, and made of no HTML.  A line of the pane is a
        field when its text is that field's (labels such as "Place: " aside), so that the
        labels, the date, the basis and the article line, which Find does not search,
        are never shaded."""
        from PySide6.QtGui import QColor, QTextCharFormat

        from timeline_app.core.query import found_spans
        from timeline_app.ui.style import SHADED_FOUND, is_dark_palette

        fg, bg = SHADED_FOUND[is_dark_palette()]
        shade = QTextCharFormat()
        shade.setForeground(QColor(fg))
        shade.setBackground(QColor(bg))
        fields = _shown_fields(event)
        summary = _words(capped(shown_summary(event)))
        selections = []
        block = self.document().begin()
        while block.isValid():
            text = block.text()
            region = _field_region(text, fields, summary)
            if region is not None:
                first, last = region
                for start, end in found_spans(text[first:last], self._find_text):
                    selection = self.ExtraSelection()  # (QTextEdit's)
                    cursor = QTextCursor(block)
                    cursor.setPosition(block.position() + first + start)
                    cursor.setPosition(block.position() + first + end,
                                       QTextCursor.MoveMode.KeepAnchor)
                    selection.cursor = cursor  # type: ignore[misc]
                    selection.format = shade  # type: ignore[misc]
                    selections.append(selection)
            block = block.next()
        return selections
