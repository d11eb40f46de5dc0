"""Printing a timeline on pages: the lanes spread over as many pages as keep the titles
readable, each page with the header, the date axis and "page 2 of 3", and a dated list
of the events printed after them.

File → Print and Print Current View painted one page, the whole picture scaled into it:
by participant, 25 lanes at about 3 pt (verify43 F25), and no event dated on paper but by
its place above the axis (F17).  Here a page's timeline fills the page's width and keeps
its titles at ``MIN_TITLE_POINTS`` at least; lanes that do not fit go on to the next page,
whole when a lane fits a page, else cut between its rows, its name repeated "(continued)"
at the next page's top.  Pages are painted by the view itself (``TimelineView.page_rows``),
as pictures are.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF, QPaintDevice, QPainter
from PySide6.QtWidgets import QWidget

from timeline_app.core import Event
from timeline_app.core.model import Source
from timeline_app.core.names import name_list
from timeline_app.ui.safe_text import kind_of

__all__ = ["CHRONOLOGY_MAX", "MIN_TITLE_POINTS", "LaneRows", "ListChoice", "PageSlice",
           "chosen_for_list", "chronology_rows", "height_filling_width", "listed_rows",
           "imported_from", "label_points", "list_heads", "page_filling_width", "page_slices",
           "page_share", "paint_pages", "period_heading", "print_view_width",
           "printed_points", "unlisted_words"]

#: The smallest size (points, on paper) of a printed title: 9.7 pt, so that the view's
#: smaller text (dates beside titles, the axis's ticks: 0.85 of it, 0.83 once rounded to
#: whole pixels at 96 dpi) prints at 8 pt, ``MIN_DATE_POINTS``, as ``pdftotext -bbox``
#: measures it.  It was 6 pt, the least figure guidelines accept (Human Kinetics'
#: journals: "no smaller than 6 points"; AIAA asks 8): an A4 landscape handout then printed
#: its titles at ~6 pt and its dates at ~5 pt, small for a seminar, its bottom third empty
#: (verify84 F7).  A timeline too tall for a page at this size goes on over pages
#: (``page_slices``) rather than shrink; one shorter fills the page's height
#: (``height_filling_width``).
MIN_TITLE_POINTS = 9.7
#: The smallest size (points) of a printed date (``MIN_TITLE_POINTS`` × 0.83).
MIN_DATE_POINTS = 8.0
#: The largest size (points) a printed title is grown to when a short timeline is drawn
#: narrower to fill a page's height (``height_filling_width``): a handout, not a poster.
MOST_TITLE_POINTS = 13.0
#: The share of a page's height a printed timeline fills without being grown.
FILLED_SHARE = 0.9
#: Events listed after the timeline at most (~18 pages of 25-35 rows): beyond, the list
#: keeps those the pages draw no title of and the newest (``chosen_for_list``), and its
#: first row says how many it leaves out, of when, and where they are (File → Export →
#: CSV).  It was 250, the earliest: a 323-event history with two news articles printed
#: to March 1976 and left out every news event (verify78 F2); a timeline of a few hundred
#: events is now listed whole.
CHRONOLOGY_MAX = 500


class LaneRows(NamedTuple):
    """A lane as laid out, for cutting pages (``TimelineView.laid_out_lanes``): content
    coordinates (px, below the axis), the vertical extents of its items and badges, the
    ids of the events it draws (with a title or in a "+N" badge), and of those only in
    its "+N" badges (``badged``, no title of theirs on the page: the dated list takes
    them first, verify78 F2)."""

    key: str
    name: str
    top: float
    height: float
    extents: tuple[tuple[float, float], ...]
    ids: tuple[str, ...]
    badged: tuple[str, ...] = ()


class PageSlice(NamedTuple):
    """The lanes' rows ``[top, bottom)`` (content px) a page shows, and the name of the
    lane it continues ("" when it starts at a lane's heading): its top ``header`` px are
    then that name's strip, over rows the page before showed."""

    top: float
    bottom: float
    continued: str


def label_points(view: QWidget) -> float:
    """The size (points) of ``view``'s titles, its font's, also when the font is set in
    pixels (``QFont.pointSizeF`` is -1 then)."""
    return QFontInfo(view.font()).pointSizeF()


def printed_points(label_points: float, scale: float, view_dpi: float,
                   device_dpi: float) -> float:
    """The printed size (points) of the view's titles, ``label_points`` at ``view_dpi``,
    when a view pixel is ``scale`` device pixels on a device of ``device_dpi``."""
    return label_points * scale * view_dpi / max(1.0, device_dpi)


def print_view_width(page_width_points: float, label_points: float, view_dpi: float,
                     preferred: int) -> int:
    """The width (view px) a view printed across ``page_width_points`` may have for its
    ``label_points`` titles to print at ``MIN_TITLE_POINTS``: ``preferred`` or less (at
    least 320 px).  A4 landscape (~785 pt wide between 10 mm margins), 9 pt titles at
    96 dpi: 1570 px; portrait (~538 pt): 1076 px."""
    widest = page_width_points * label_points * view_dpi / (72.0 * MIN_TITLE_POINTS)
    return max(320, min(preferred, int(widest)))


def page_slices(lanes: Sequence[LaneRows], content_height: float, room: float,
                header: float) -> list[PageSlice]:
    """The lanes' rows cut into pages of ``room`` px each (content coordinates).

    A page ends at a lane's end; a lane that does not fit what is left of a page starts
    the next one, unless it is taller than a page: then it fills this page and is cut
    between two of its rows (never through a title or a badge), the next page starting
    ``header`` px above the cut with the lane's name.  Raises ``ValueError`` when a page
    has no room for more than two headers."""
    if room <= 2 * header:
        raise ValueError(f"a page of {room:.0f} px cannot hold a lane's rows")
    slices: list[PageSlice] = []
    done, continued = 0.0, ""
    while done < content_height - 0.5:
        top = done - header if continued else done
        limit = top + room
        if limit >= content_height - 0.5:
            slices.append(PageSlice(top, content_height, continued))
            break
        across = next((lane for lane in lanes
                       if lane.top < limit < lane.top + lane.height - 0.5), None)
        if across is None:  # the limit is at a lane's end
            cut, then = max([lane.top + lane.height for lane in lanes
                             if lane.top + lane.height <= limit] or [limit]), ""
        elif across.top > done + 0.5 and across.height <= room:
            cut, then = across.top, ""  # the lane starts the next page, whole
        else:
            least = max(done, across.top) + header  # some of its rows on this page
            fits = [end for _start, end in across.extents if least < end <= limit
                    and not any(s < end < e for s, e in across.extents)]
            cut = max(fits) if fits else limit
            then = across.name
        if cut <= done + 0.5:  # (no progress: a row taller than a page)
            cut, then = limit, across.name if across is not None else ""
        slices.append(PageSlice(top, cut, continued))
        done, continued = cut, then
    return slices or [PageSlice(0.0, max(0.0, content_height), "")]


class _Page(NamedTuple):
    """Where a page's timeline is painted: the slice, the scale (device px per view px)."""

    slice: PageSlice
    scale: float


def _fonts() -> tuple[QFont, QFont, QFont]:
    """The chronology's fonts: its heading, its column heads, its rows (points)."""
    heading = QFont()
    heading.setPointSizeF(12)
    heading.setBold(True)
    bold = QFont()
    bold.setPointSizeF(8)
    bold.setBold(True)
    text = QFont()
    text.setPointSizeF(8)
    return heading, bold, text


def imported_from(basis: str) -> str:
    """``core.merge.imported_from``: where an event without an article came from, for the
    printed list's "Reported by" ("a Timeline Project file": verify55 F12)."""
    from timeline_app.core.merge import imported_from as from_basis

    return from_basis(basis)


#: The longest source sentence the dated list prints under a title (characters): a
#: sentence of a wire runs to ~250; a longer one is cut at a word with "…".
SENTENCE_MOST = 400


def _printed_sentences(event: Event) -> list[str]:
    """The event's source sentences (not a reference or a link typed by hand), as the
    dated list prints them under the title: each in quotes, on one line, cut at
    :data:`SENTENCE_MOST` characters, each once however many times the event cites it
    (a sentence two articles told alike); [] when it has none.  verify85 F8: only the
    first of an event's sentences was printed, a merged event's second article's left
    out."""
    printed: list[str] = []
    for evidence in event.evidence:
        sentence = " ".join(evidence.sentence.split())
        if kind_of(evidence) or not sentence:
            continue
        if len(sentence) > SENTENCE_MOST:
            sentence = sentence[:SENTENCE_MOST].rsplit(" ", 1)[0] + "…"
        if (quoted := f"“{sentence}”") not in printed:
            printed.append(quoted)
    return printed


def list_heads(lanes_by: str = "category") -> tuple[str, str, str, str]:
    """The dated list's column heads (``chronology_rows``' cells): the third holds the
    event's participants, by place its place ("Place")."""
    return ("Date", "Event", "Place" if lanes_by == "place" else "Participants",
            "Reported by")


def chronology_rows(events: Sequence[Event], sources: Mapping[str, Source],
                    lanes_by: str = "category", eras: frozenset[str] = frozenset(),
                    sentences: bool = False) -> list[tuple[str, str, str, str]]:
    """The events as a printed chronology's rows, in date order: (date in words, title
    — after its status when that warns, "? Disputed: …" (``status_marks.listed_title``),
    "(era)" after an era's —, its participants (by place, its place; "" when it has
    none), who reported it).  "Reported by" names each article the event's sentences
    come from (its outlet, else its headline), else the table row or file it was
    imported from (``imported_from``), else "entered by hand".

    The third cell never names a lane: "lane: Treaty" printed under the participants
    read as a party to the event (verify85 F8; verify72 F19 had "Dispute" so).  An event
    of ``eras`` (ids of eras drawn as bands) is listed with "(era)" after its title.
    With ``sentences`` the title's cell holds the event's source sentences under it
    (``_printed_sentences``, each once): a list to check dates against (verify79 F12:
    the printed list was "not yet a hand-over for checking").  The title is the cell's
    first line; ``paint_pages`` prints it bold."""
    from timeline_app.core.plans import noted_title
    from timeline_app.core.weeks import when_words
    from timeline_app.io.exchange import article_teller, tellers
    from timeline_app.ui.status_marks import listed_title

    rows = []
    known = dict(sources)
    for event in sorted(events, key=lambda e: (e.date.reading_key(), e.title)):
        told = [who for who in dict.fromkeys(tellers(event, known)) if who] or [
            who for who in [article_teller(sources.get(event.source_id or ""))] if who]
        # A reference or a link typed by hand names where the event comes from, as
        # itself (verify53 F17), after the articles that told it
        cited = [" ".join(e.sentence.split()) for e in event.evidence if kind_of(e)]
        quoted = len(cited) < len(event.evidence)
        who = "; ".join(filter(None, [", ".join(told), *cited])) or (
            "" if quoted else imported_from(event.date_basis) or "entered by hand")
        # Participants, else (by place) the place: "Kaesong" (a place) under
        # "Participants" for an event without participants read as either (verify51 F12)
        names = (name_list(event.participants) if lanes_by != "place"
                 else event.location)
        # (a week an article named: "some day in the week of …", verify63 F6)
        # (its status before its title, "? Disputed: …": verify75 F10)
        # (a moved plan's old day in its brackets, "(scheduled, was 14 January)": verify87 F3)
        own = noted_title(event, short=False) if " from " in event.date_basis else event.title
        title = " ".join(listed_title(own, event.status).split())
        if event.id in eras:
            title = f"{title} (era)"
        if sentences:
            title = "\n".join([title, *_printed_sentences(event)])
        rows.append((when_words(event), title, names, who))
    return rows


class ListChoice(NamedTuple):
    """The events a printed dated list lists (``chosen_for_list``), in date order, and
    what it leaves out: how many (``more``), how many of those the pages draw with their
    titles (``on_pages``) and only in density bars (``in_bars``), and when they are
    (``span``, "1 November 1814 to March 1976"; "" when none)."""

    events: list[Event]
    more: int
    on_pages: int
    in_bars: int
    span: str


def chosen_for_list(titled: Sequence[Event], untitled: Sequence[Event], shown: int,
                    limit: int | None = None, picture: bool = True,
                    earliest_unfetched: Event | None = None) -> ListChoice:
    """The events of a print its dated list lists, at most ``limit``
    (``CHRONOLOGY_MAX``): all when they are no more; else, when the timeline's picture
    is printed, first those it draws no title of (in "+N" badges, in density bars), the
    newest of them, then the newest of those drawn with a title (whose titles are on
    paper already); for the list alone (``picture`` False), the newest.

    verify78 F2: the list printed the earliest 250 of 323 events, and the news events
    drawn only in "+2" and "+1" badges were nowhere in the handout.

    Args:
        titled: The events the pages draw with a title (eras as bands too).
        untitled: Those in "+N" badges and (at least the newest ``limit`` of) those
            only in density bars.
        shown: How many events the print shows in all (those in bars not fetched too).
        limit: The most listed; ``None``: ``CHRONOLOGY_MAX``.
        picture: Whether the timeline's picture is printed before the list.
        earliest_unfetched: The earliest of those in bars not in ``untitled`` (for the
            span of those left out), if any.
    """
    import heapq

    from timeline_app.core.weeks import when_words

    cap = CHRONOLOGY_MAX if limit is None else limit

    def reading(event: Event) -> tuple[Any, str]:
        return (event.date.reading_key(), event.title)

    fetched = len(titled) + len(untitled)
    if shown <= cap and fetched >= shown:
        return ListChoice(sorted([*titled, *untitled], key=reading), 0, 0, 0, "")
    if picture:
        chosen = heapq.nlargest(cap, untitled, key=reading)
        chosen += heapq.nlargest(cap - len(chosen), titled, key=reading)
    else:
        chosen = heapq.nlargest(cap, [*titled, *untitled], key=reading)
    taken = {event.id for event in chosen}
    left = [event for event in [*titled, *untitled] if event.id not in taken]
    if earliest_unfetched is not None:
        left.append(earliest_unfetched)
    more = max(0, shown - len(chosen))
    on_pages = sum(1 for event in titled if event.id not in taken) if picture else 0
    span = ""
    if left:
        first, last = min(left, key=reading), max(left, key=reading)
        # ("to": the first may be a span itself, "1 November 1814 – 9 June 1815")
        span = (when_words(first) if when_words(first) == when_words(last)
                else f"{when_words(first)} to {when_words(last)}")
    return ListChoice(sorted(chosen, key=reading), more, on_pages,
                      max(0, more - on_pages) if picture else 0, span)


def unlisted_words(more: int, in_bars: int = 0, on_pages: int = 0) -> str:
    """The dated list's first row when it leaves events out: "73 events not listed here
    (all drawn with their titles on the timeline's pages): File → Export → CSV lists
    every one" for ``more`` events of the timeline printed that the list leaves out,
    ``on_pages`` of them drawn with their titles on the pages, ``in_bars`` only in
    density lanes' bars.  verify53 F13: "… and 71 more" ended the list of a 1 998-event
    timeline, counting only the events whose titles the pages draw; verify78 F2: a
    reader of the paper could not know which were missing (``chosen_for_list``)."""
    from timeline_app.words import counted

    where = []
    if on_pages:
        where.append(("all " if on_pages == more else f"{on_pages} ")
                     + "drawn with their titles on the timeline's pages")
    if in_bars:
        where.append(("all " if in_bars == more else f"{in_bars} ")
                     + "drawn only in density bars")
    said = f" ({', '.join(where)})" if where else ""
    return (f"{counted(more, 'event', 'events')} not listed here{said}: "
            "File → Export → CSV lists every one")


def listed_rows(rows: Sequence[tuple[str, str, str, str]], more: int, in_bars: int = 0,
                on_pages: int = 0, span: str = "") -> list[tuple[str, str, str, str]]:
    """The dated list's rows as printed: when ``more`` events are left out, first a row
    dated ``span`` saying so (``unlisted_words``), where a reader starts (it was the
    last row, after 9 pages: verify78 F2), then ``rows``."""
    note = [(span, unlisted_words(more, in_bars, on_pages), "", "")] if more else []
    return [*note, *rows]


def paint_pages(device: QPaintDevice, view: QWidget, title: str, subtitle: str,
                chronology: Sequence[tuple[str, str, str, str]] = (),
                more: int = 0, one_page: bool = False,
                new_page: Callable[[], bool] | None = None, more_in_bars: int = 0,
                page_range: tuple[int, int] | None = None, list_only: bool = False,
                more_on_pages: int = 0, more_span: str = "") -> int:
    """Paint the view (a hidden timeline view laid out whole: ``whole_timeline_view``,
    ``current_period_view``) on ``device``'s pages; returns the pages painted.

    Args:
        device: A printer, a PDF writer (pages in its units) or an image (one page).
        view: The timeline view; its vertical scroll is moved and given back.
        title, subtitle: The header of every page (plain text); "page k of n" is added.
        chronology: Rows of ``chronology_rows``, listed after the timeline, with ``more``
            events of the timeline printed not listed (said in the list's first row,
            ``unlisted_words``), ``more_in_bars`` of them drawn only in density lanes'
            bars (no title of theirs on the pages), ``more_on_pages`` with their titles
            on the pages, dated ``more_span`` (the row's date).
        one_page: The whole timeline on the first page, however small its text (the
            old print, offered as a choice: a wall chart cut into pages is no poster).
        new_page: Starts the next page (default: ``device.newPage``); an image has none.
        page_range: The pages to paint, first and last (1-based, inclusive; the print
            dialog's "Pages from 2 to 2"), numbered "page k of n" as in the whole print;
            ``None``: all (verify54 F26: both pages were printed).
        list_only: Only the chronology's pages, not the timeline's picture (the
            print's "Dated List Only": verify54 F26, a one-page dated list of a week
            could not be had).
    """
    from timeline_app.ui.export_picture import _render, as_picture, header_height_on
    from timeline_app.ui.view_base import LANE_HEADER, LANES_TOP

    turn = new_page if new_page is not None else getattr(device, "newPage", None)
    painter = QPainter(device)
    try:
        page = QRectF(painter.viewport())
        head = header_height_on(device)
        lanes: list[LaneRows] = view.laid_out_lanes()  # type: ignore[attr-defined]
        width = view.viewport().width()  # type: ignore[attr-defined]
        content = max([lane.top + lane.height for lane in lanes] or [0.0])
        room = page.height() - head
        scale, whole = _page_scale(view, lanes, device, one_page)
        # The eras' titles (above the first lane) are printed again on every page, over
        # the rows of the page (its room less theirs): the bands go on down every page.
        titles = getattr(view, "era_title_room", lambda: 0.0)()
        if list_only and chronology:
            pages = []
        elif whole:
            pages = [_Page(PageSlice(0.0, content, ""), scale)]
        else:
            slices = page_slices(lanes, content, room / scale - LANES_TOP - titles,
                                 LANE_HEADER)
            pages = [_Page(cut, scale) for cut in slices]
        listed = (_chronology_pages(painter, page, head, chronology, more, more_in_bars,
                                    more_on_pages, more_span,
                                    list_heads(getattr(view, "lanes_by", str)()))
                  if chronology else [])
        total = len(pages) + len(listed)

        def timeline_page(shown: _Page) -> Callable[[int], None]:
            def paint(number: int) -> None:
                top = _paint_header(painter, view, page, title,
                                    _numbered(subtitle, number, total))
                again = math.ceil(titles) if shown.slice.top > 0 else 0
                rows = LANES_TOP + again + (shown.slice.bottom - shown.slice.top)
                target = QRectF(page.left(), top, width * shown.scale, rows * shown.scale)
                with view.page_rows(shown.slice.top,  # type: ignore[attr-defined]
                                    shown.slice.bottom, bool(again)) as size:
                    _render(view, painter, target, size)
                if shown.slice.continued:
                    _paint_continued(painter, view, target, shown, lanes, again)
            return paint

        def list_page(paint_list: Callable[[float], None]) -> Callable[[int], None]:
            def paint(number: int) -> None:  # (the light colours too)
                paint_list(_paint_header(painter, view, page, title,
                                         _numbered(subtitle, number, total)))
            return paint

        jobs = [*map(timeline_page, pages), *map(list_page, listed)]
        first, last = page_range if page_range is not None else (1, total)
        painted = 0
        with as_picture(view):
            for number, job in enumerate(jobs, 1):
                if not first <= number <= last:
                    continue
                if painted and (turn is None or not turn()):
                    return painted
                job(number)
                painted += 1
        return painted
    finally:
        painter.end()


def _page_scale(view: Any, lanes: Sequence[LaneRows], device: QPaintDevice,
                one_page: bool) -> tuple[float, bool]:
    """The scale (device px per view px) ``paint_pages`` prints ``view`` at on
    ``device``'s pages, and whether on one page: across the page's width when its lanes
    fit one page so, else scaled to the page's height when its titles stay at
    ``MIN_TITLE_POINTS`` (or ``one_page``), else across the width, on several pages."""
    from timeline_app.ui.export_picture import header_height_on
    from timeline_app.ui.view_base import LANES_TOP

    content = max([lane.top + lane.height for lane in lanes] or [0.0])
    room = device.height() - header_height_on(device)
    scale = device.width() / max(1, view.viewport().width())
    if (LANES_TOP + content) * scale <= room:
        return scale, True
    fitted = room / (LANES_TOP + content)
    if one_page or printed_points(label_points(view), fitted, view.logicalDpiY(),
                                  device.logicalDpiY()) >= MIN_TITLE_POINTS:
        return fitted, True  # on one page, its titles still readable
    return scale, False


def fits_one_page(device: QPaintDevice, view: QWidget) -> bool:
    """Whether ``view`` prints on one of ``device``'s pages without One Page: across the
    page's width, or scaled to its height with its titles still at ``MIN_TITLE_POINTS``
    (``_page_scale``).  One Page then changes nothing, which the print preview says
    (verify75 F15)."""
    lanes = view.laid_out_lanes()  # type: ignore[attr-defined]
    return _page_scale(view, lanes, device, False)[1]


def page_filling_width(device: QPaintDevice, view: QWidget, one_page: bool = False
                       ) -> int | None:
    """The width (view px) at which ``view``, printed on one of ``device``'s pages scaled
    to the page's height (``_page_scale``), would fill the page's width too, at the same
    scale (its titles as large, with more room); None when it fills the width already or
    goes on over pages.  verify43 F17: 2022-2026 by category, Print Current View filled
    the left 63 % of the page, the rest blank."""
    lanes = view.laid_out_lanes()  # type: ignore[attr-defined]
    scale, whole = _page_scale(view, lanes, device, one_page)
    width = view.viewport().width()  # type: ignore[attr-defined]
    wide = int(device.width() / scale)
    return wide if whole and wide > width + 8 else None


def page_share(device: QPaintDevice, view: QWidget) -> float:
    """The share of one of ``device``'s pages (below its header) that ``view`` fills when
    printed across the page's width: over 1 when it goes on over pages."""
    from timeline_app.ui.export_picture import header_height_on
    from timeline_app.ui.view_base import LANES_TOP

    lanes = view.laid_out_lanes()  # type: ignore[attr-defined]
    content = max([lane.top + lane.height for lane in lanes] or [0.0])
    room = max(1.0, device.height() - header_height_on(device))
    scale = device.width() / max(1, view.viewport().width())  # type: ignore[attr-defined]
    return (LANES_TOP + content) * scale / room


def height_filling_width(device: QPaintDevice, view: QWidget) -> int | None:
    """A narrower width (view px) to draw ``view`` at so that, printed across one of
    ``device``'s pages, it fills more of the page's height: its titles larger (up to
    ``MOST_TITLE_POINTS``) and its rows more (a narrower view parts its titles into more
    rows).  None when it fills ``FILLED_SHARE`` of the page already or goes on over
    pages.  The width is a guess (the rows it will take are only known once laid out):
    the caller lays the view out at it and keeps it only if it still fits one page
    (verify84 F7: an A4 landscape handout's bottom third was empty)."""
    used = page_share(device, view)
    if not 0.0 < used < FILLED_SHARE:
        return None
    width = view.viewport().width()  # type: ignore[attr-defined]
    now = printed_points(label_points(view), device.width() / max(1, width),
                         view.logicalDpiY(), device.logicalDpiY())
    # (by the square root: a narrower view is larger and has more rows, both taller)
    grow = min(1.0 / math.sqrt(used), MOST_TITLE_POINTS / max(0.1, now))
    narrower = max(320, int(width / grow))
    return narrower if narrower < width - 8 else None


def period_heading(title: str, subtitle: str, days: str) -> tuple[str, str]:
    """The title and subtitle of a print of the current view that shows ``days`` (words,
    "28 January – 4 April 2025"), from the timeline's ``title`` and the picture's
    ``subtitle`` (which starts with ``days``): the years a name ends with ("Arland and
    Bovia, 2018-2025", as ``extract.subject.timeline_name`` names a timeline) replaced by
    the days, else the days after the name; the subtitle without them (said once).
    verify85 F8: a print of March 2025 was headed "…, 2018-2025", the whole timeline's
    span."""
    name = title.rstrip()
    head, comma, tail = name.rpartition(", ")
    years = tail.replace("–", "-").split("-")
    if comma and head and 1 <= len(years) <= 2 and all(
            len(year) == 4 and year.isdigit() for year in years):
        name = head
    rest = subtitle[len(days):].removeprefix(" · ") if subtitle.startswith(days) else subtitle
    return f"{name}, {days}" if name else days, rest


def _numbered(subtitle: str, number: int, total: int) -> str:
    return subtitle if total <= 1 else f"{subtitle} · page {number} of {total}"


def _paint_header(painter: QPainter, view: QWidget, page: QRectF, title: str,
                  subtitle: str) -> float:
    """A page's title and subtitle (``export_picture``'s header); returns where the rest
    starts (device px)."""
    from timeline_app.ui.export_picture import paint_header

    return paint_header(painter, view.palette(), page, title, subtitle)


def _paint_continued(painter: QPainter, view: Any, target: QRectF, shown: _Page,
                     lanes: Sequence[LaneRows], below: float = 0.0) -> None:
    """The strip at the top of a page that goes on with a lane cut at the page before:
    its swatch and name, "(continued)", over the rows that page showed; ``below``: px
    of eras' titles between the axis and the rows (``page_rows``)."""
    from timeline_app.ui.view_base import LANE_HEADER, LANES_TOP

    rows_top = LANES_TOP + below

    index, lane = next(((i, lane) for i, lane in enumerate(lanes)
                        if lane.name == shown.slice.continued), (0, None))
    painter.save()
    painter.translate(target.left(), target.top())
    painter.scale(shown.scale, shown.scale)
    band = view._lane_fill(index)  # the lane's own band (alternate lanes a shade darker)
    painter.fillRect(QRectF(0, rows_top, target.width() / shown.scale, LANE_HEADER), band)
    if lane is not None:
        painter.setPen(view.palette().text().color())
        painter.setBrush(view._lane_color(lane.key))
        painter.drawRoundedRect(QRectF(6.5, rows_top + 3.5, 11, 11), 3, 3)
    # The view's font at the view's pixels: a point size is the device's (a printer's
    # 1200 dpi), and the painter is scaled to the view's pixels already.
    device = painter.device()
    plain = QFont(view.font())
    plain.setPointSizeF(label_points(view) * view.logicalDpiY() / max(1, device.logicalDpiY()))
    bold = QFont(plain)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(view.palette().text().color())
    name = shown.slice.continued
    painter.drawText(QPointF(24, rows_top + 14), name)
    painter.setFont(plain)
    painter.drawText(QPointF(24 + QFontMetricsF(bold, device).horizontalAdvance(name) + 6,
                             rows_top + 14), "(continued)")
    painter.restore()


def _chronology_pages(painter: QPainter, page: QRectF, head: float,
                      rows: Sequence[tuple[str, str, str, str]],
                      more: int, more_in_bars: int = 0, more_on_pages: int = 0,
                      more_span: str = "",
                      heads: tuple[str, str, str, str] = list_heads()
                      ) -> list[Callable[[float], None]]:
    """The chronology cut into pages: each a function painting it below a header at
    the given top (device px); its first row says how many events are not listed, of
    when (``unlisted_words``, ``more_span``), where a reader starts.  Columns (``heads``):
    date 15 %, event 40 %, participants 22 %, reported by 23 %; a row's cells wrap and the
    row is as tall as its tallest.  The event's title, its cell's first line, is bold,
    its source sentences under it plain (verify85 F8: at ~8 pt titles and quotes ran
    together)."""
    heading, bold, text = _fonts()
    device = painter.device()
    line = QFontMetricsF(text, device).height()
    gap = line * 0.35
    widths = [page.width() * share for share in (0.15, 0.40, 0.22, 0.23)]
    pad = line * 0.6
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap)
    metrics = QFontMetricsF(text, device)
    strong = QFontMetricsF(bold, device)

    def parts(column: int, cell: str) -> list[tuple[QFont, QFontMetricsF, str]]:
        """The cell's pieces, top to bottom: the event's title bold, the rest plain."""
        if column != 1 or not cell:
            return [(text, metrics, cell)]
        title, _newline, rest = cell.partition("\n")
        return [(bold, strong, title), *([(text, metrics, rest)] if rest else [])]

    def tall(column: int, cell: str) -> float:
        return sum(measure.boundingRect(QRectF(0, 0, widths[column] - pad, 1e6), flags,
                                        piece).height()
                   for _font, measure, piece in parts(column, cell))

    def height_of(cells: Sequence[str]) -> float:
        return max(tall(column, cell) for column, cell in enumerate(cells))

    title_h = QFontMetricsF(heading, device).height() * 1.6
    head_h = QFontMetricsF(bold, device).height() + gap * 2
    shown = listed_rows(rows, more, more_in_bars, more_on_pages, more_span)
    pages: list[list[tuple[tuple[str, str, str, str], float]]] = [[]]
    free = page.height() - head - title_h - head_h
    for row in shown:
        need = height_of(row) + gap * 2
        if need > free and pages[-1]:
            pages.append([])
            free = page.height() - head - head_h
        pages[-1].append((row, need))
        free -= need
    gaps = [gap] * len(pages)
    _no_widow(pages, gaps, [page.height() - head - head_h - (title_h if n == 0 else 0)
                            for n in range(len(pages))])

    def painting(number: int, listed: list[tuple[tuple[str, str, str, str], float]]
                 ) -> Callable[[float], None]:
        row_gap = gaps[number]  # (narrower on a page that took a lone last row)
        def paint(top: float) -> None:
            painter.save()
            ink = painter.pen().color()  # (the header's: the picture's text colour)
            y = top
            if number == 0:
                painter.setFont(heading)
                painter.drawText(QRectF(page.left(), y, page.width(), title_h),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 "The events printed, by date")
                y += title_h
            painter.setFont(bold)
            x = page.left()
            for w, cell in zip(widths, heads, strict=True):
                painter.drawText(QRectF(x, y + gap, w - pad, head_h), flags, cell)
                x += w
            y += head_h
            painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y))
            for row, counted_need in listed:
                need = counted_need + 2 * (row_gap - gap)
                x = page.left()
                for column, (w, cell) in enumerate(zip(widths, row, strict=True)):
                    at = y + row_gap
                    for font, measure, piece in parts(column, cell):
                        painter.setFont(font)
                        box = QRectF(x, at, w - pad, max(1.0, y + need - at))
                        painter.drawText(box, flags, piece)
                        at += measure.boundingRect(QRectF(0, 0, w - pad, 1e6), flags,
                                                   piece).height()
                    x += w
                y += need
                painter.setPen(Qt.GlobalColor.lightGray)
                painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y))
                painter.setPen(ink)
            painter.restore()
        return paint

    return [painting(n, listed) for n, listed in enumerate(pages) if listed]


#: The narrowest a page's space above and below each row of the dated list may become
#: (a share of its usual 0.35 line) to take a row that would stand alone on the next
#: page (:func:`_no_widow`).
NARROWEST_GAP = 0.5


def _no_widow(pages: list[list[tuple[tuple[str, str, str, str], float]]],
              gaps: list[float], room: list[float]) -> None:
    """No row of the dated list alone on its last page (a widow: verify58 F19, 22 rows on
    page 1 and the 23rd, April 2026, alone on page 2), changing ``pages`` and ``gaps`` in
    place.  The page before takes it when narrowing that page's space above and below
    its rows to no less than ``NARROWEST_GAP`` of it makes room: one page, not two;
    else, when that page has three rows or more, it gives its last row to the lone one.

    Args:
        pages: Each page's rows with their height (device px), the gaps above and below
            (``2 × gaps[n]``) included.
        gaps: Each page's gap above (and below) each row (device px).
        room: Each page's height for rows (device px).
    """
    if len(pages) < 2 or len(pages[-1]) != 1:
        return
    before, lone = pages[-2], pages[-1][0]
    gap = gaps[-2]
    rows = [*before, lone]
    text = sum(need - 2 * gap for _row, need in rows)
    narrowed = (room[len(pages) - 2] - text) / (2 * len(rows))
    if narrowed >= gap * NARROWEST_GAP:
        before.append(lone)
        pages.pop()
        gaps.pop()
        gaps[-1] = min(gap, narrowed)
    elif len(before) >= 3:
        pages[-1].insert(0, before.pop())
