"""Pictures of the timeline (PNG, SVG, PDF) and printing, painted by the screen's own code.

What you see is what you get: every output is the timeline view rendering itself
(``QWidget.render``) onto another paint device, so no second drawing code can drift from
the screen.  "The current view" renders the window's view as it is; "the whole timeline"
renders a fresh, hidden view of the same document fitted to all events shown, at a width
suited to a page or a report.  Both show what the window shows: events the filters hide
are left out and a search dims the rest, as on screen; the header says "N of M events
shown (filter: …)".  Exports of data (CSV, TimelineJS, …) write every event.
Pictures and print are in the light theme's colours whatever the window's (a page or an
article is white), without the screen's own marks: the overview strip, the selection's
and the pointer's highlights (``as_picture``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QLocale, QMarginsF, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPdfWriter,
    QPicture,
)
from PySide6.QtWidgets import QWidget

from timeline_app.document import Document
from timeline_app.selection import EventSelection

__all__ = ["PICTURE_KINDS", "WHOLE_TIMELINE_SIZE", "as_picture", "export_picture",
           "locale_page_size", "paint_timeline_page", "pdf_filling_width",
           "whole_timeline_view"]

#: Picture kind → (file-dialog filter, extension).
PICTURE_KINDS = {
    "PNG": ("PNG image (*.png)", ".png"),
    "SVG": ("SVG drawing (*.svg)", ".svg"),
    "PDF": ("PDF document (*.pdf)", ".pdf"),
}
#: Logical size (pixels) of a "whole timeline" picture: a landscape report figure.
WHOLE_TIMELINE_SIZE = QSize(1400, 700)
#: The tallest "whole timeline" picture (logical pixels), and the rows a lane may take in
#: it before its events join a "+N" badge (``TimelineView.picture_rows``; halved until the
#: lanes fit that height).
PICTURE_MAX_HEIGHT = 4000
PICTURE_ROWS = 64
#: A picture of the whole timeline whose gaps' bands cut titles is made wider by this
#: share of its width at a time, up to this many times (``_fit_fewest_cut``): verify51's
#: Korea timeline keeps its bands with every title whole at 2 000 px, not at 1 400.
PICTURE_WIDER_STEP = 0.125
PICTURE_WIDER_STEPS = 4
#: The narrowest picture of the current view (logical pixels): the whole timeline's
#: width.  The window's width at 1366 × 768 with the Filters dock open made a 649 × 1619
#: strip with titles cut (verify59 F18); the same days are drawn wider, and wider still
#: (``PICTURE_WIDER_STEP``, ``PICTURE_WIDER_STEPS``) while titles are cut.
CURRENT_VIEW_LEAST_WIDTH = WHOLE_TIMELINE_SIZE.width()
#: PNGs are drawn at twice the logical size, sharp on high-DPI screens and in print.
PNG_DEVICE_PIXEL_RATIO = 2.0
#: A PNG's and an SVG's margin around the title and the timeline (logical pixels), and a
#: PDF page's (mm).
PNG_MARGIN = 12
PDF_MARGIN_MM = 10.0
#: The territories whose paper is US Letter (CLDR's supplemental measurement data,
#: ``<paperSize type="US-Letter">``); A4 everywhere else.  A PDF's page is the person's
#: paper, landscape (verify72 F22: a page 842 × 672 pt, the timeline's own shape, was
#: scaled by every print of it).
LETTER_TERRITORIES = frozenset("BZ CA CL CO CR GT MX NI PA PH PR SV US VE".split())
#: By category, the events of the lanes with no event in a picture's period are hidden
#: to leave those lanes out (``current_period_view``) up to this many; more are left in
#: (each of a lazily loaded timeline's events would be made to read its id).
PICTURE_HIDDEN_MOST = 50_000


def whole_timeline_view(document: Document, size: QSize = WHOLE_TIMELINE_SIZE,
                        matches: AbstractSet[str] | None = None,
                        hidden: AbstractSet[str] | None = None,
                        lanes_by: str = "category",
                        hidden_lanes: AbstractSet[str] = frozenset(),
                        collapse: bool = True,
                        filter_period: tuple[int | None, int | None] = (None, None),
                        widen: bool = True, as_screen: bool = False) -> QWidget:
    """A hidden timeline view of ``document`` at ``size``, fitted to every event shown.

    ``matches`` and ``hidden`` are the window's search and filters (``FindState``): the
    picture shows what the window's view shows, the events ``hidden`` left out and all
    but ``matches`` dimmed (new-user trial 9: a PNG of the whole timeline ignored the
    filters without a word); ``lanes_by``, its lanes (``TimelineView.lanes_by``: a lane
    per participant in the window, a lane per participant in the picture) and
    ``hidden_lanes`` the lanes by participant or place the person hid
    (``TimelineView.hidden_lanes``: not drawn in the window, not in the picture).  The caller
    owns the widget and should ``deleteLater()`` it; the view's ``EventSelection`` is its
    Qt child and goes with it.

    ``collapse``: the window's View → Collapse Empty Periods.  When on, the picture's
    long empty periods are drawn as gaps' bands only if that cuts no more titles than a
    linear axis (``_fit_fewest_cut``): a picture cannot be zoomed into.  verify45 F13: a
    GERD timeline's PNG and print cut the titles of 1929, 1959 and 1960 to "Nile…",
    "Eg…" in the narrow stretches between two bands, while a linear axis had the width
    for every title whole (1400 px: 1926-2032, none cut, against 4 cut and the axis to
    2054 with the bands).

    ``filter_period``: the Filters' From and To (day numbers, inclusive; ``None``: not
    set), which the picture keeps to as Fit All does (``TimelineView.fit_all``): one
    year-long event overlapping a week's From–To made the print span the year, the
    week's events in a 1 cm column (verify54 F25).

    ``widen``: False keeps ``size``'s width (a picture asked at a width,
    ``picture_width``: a web page's column, verify61 F15), the titles cut where they
    must be; True makes it wider while the gaps' bands cut titles (``_fit_fewest_cut``).

    ``as_screen``: the axis the window's Fit All draws at this width, its gaps' bands
    kept (never the linear axis ``_fit_fewest_cut`` may choose), for a print: verify85 F8,
    File → Print of 2018-2025 drew one straight scale, the ten 2025 events in the last
    millimetres of the page, their markers on one another, while the window's Fit All
    drew a "≈ 5 yrs" band; the titles the bands cut are whole in the dated list.

    Its axis is drawn over the data only (``AxisMixin.axis_days``, verify61 F21).
    """
    view = _hidden_view(document, size.width(), matches, hidden, lanes_by, hidden_lanes,
                        fitted=False)
    with _no_fit_yet(view):  # (fitted below)
        view.set_filter_period(*filter_period)
        view.set_collapse_empty_periods(collapse)
    # Every event in a row of its own if need be (no "+N" badge, which a picture cannot
    # open), fewer rows a lane when the lanes would be taller than the picture may be.
    tallest = max(size.height(), PICTURE_MAX_HEIGHT)
    view.picture_rows = PICTURE_ROWS
    chosen = False
    width = size.width()
    while True:
        if collapse and not chosen and not as_screen:
            width = _fit_fewest_cut(view, widen)
            chosen = True
        else:
            view.fit_all()
        # As tall as the lanes need (no empty band below them, no lane cut off).
        needed = view.verticalScrollBar().maximum() + view.viewport().height()
        if needed <= tallest or view.picture_rows <= 1:
            break
        view.picture_rows //= 2
    extra = view.height() - view.viewport().height()
    height = max(200, min(tallest, needed + extra + 8))
    # At its new height, Fit All may lay the lanes out taller (the rows a lane may take
    # and the room for titles depend on the height): again, until none is cut off.
    for _round in range(3):
        if height == view.height():
            break
        with _no_fit_yet(view):
            view.resize(QSize(width, height))
        view.fit_all()
        short = view.verticalScrollBar().maximum()
        height = min(tallest, height + short) if short > 0 else height
    if not widen and view.viewport().width() != size.width():
        # (a width asked for is the picture's: the viewport's, not the frame's)
        with _no_fit_yet(view):
            view.resize(QSize(view.width() + size.width() - view.viewport().width(),
                              view.height()))
        view.fit_all()
    view.axis_days = _fitted_days(view)  # (no axis over the titles' room: verify61 F21)
    return view


@contextmanager
def _no_fit_yet(view: Any) -> Iterator[None]:
    """A resize or an axis change of the hidden picture ``view`` in the block, with no
    Fit All of its own (a fitted view fits itself again at each: ``TimelineView.
    resizeEvent``, ``_rescale``), the caller's ``fit_all`` after the block being the one
    that counts.  verify80 F13: the first print preview took ~18 s at load 8-13; of its
    17 Fit Alls, the 7 the resizes made were thrown away by the ``fit_all`` after each
    (benchmarks/README.md, "Session 61, edit84")."""
    auto = view._auto_fit
    view._auto_fit = False
    try:
        yield
    finally:
        view._auto_fit = auto


def _fitted_days(view: Any) -> tuple[float, float]:
    """The days ``[first, last)`` Fit All fits ``view`` to (``TimelineView.fit_all``): the
    events the filters show, within the Filters' From and To, else the data's, the
    articles' dates included."""
    shown = None
    if view._hidden or view._filter_period != (None, None):
        shown = view._shown_days()
    if shown is None:
        return view._data_range()  # type: ignore[no-any-return]
    return view._within_filter_period(shown)  # type: ignore[no-any-return]


def _fit_fewest_cut(view: Any, widen: bool = True) -> int:
    """Fit All of the timeline view ``view`` with its empty periods collapsed, as the
    window draws them; when that leaves titles not whole (``titles_not_whole``:
    shortened, untitled or in a "+N" badge), the picture made wider, by
    ``PICTURE_WIDER_STEP`` of its width at a time up to ``PICTURE_WIDER_STEPS`` times,
    its bands kept, until every title is whole; kept so unless the axis drawn linear at
    its own width shows every title whole too with fewer empty days before and after
    the data (``_days_beyond_data``).  Failing that, at its own width, the bands are kept
    unless the linear axis (``set_collapse_empty_periods(False)``) shows more titles
    whole (a tie keeps them).  Bands shorten the empty decades, but
    the stretches between them can be too narrow for their titles, which a picture
    cannot zoom into (verify45 F13); the linear axis, the only choice before, put a
    teacher's 1945-1954 in the left sixth of the picture, the window drawing them with
    bands (verify51 F14).  ``widen`` False: never wider (a width asked for).

    Returns:
        The view's width (px) chosen, as it is now.
    """
    width = view.width()
    view.fit_all()
    if not view.has_gap_bands():
        return width
    banded = view.titles_not_whole()
    if not banded:
        return width
    banded_places = view.marker_places()
    whole: tuple[int, float] | None = None  # (a wider width, its empty days at the ends)
    for step in range(1, PICTURE_WIDER_STEPS + 1 if widen else 1):
        wider = round(width * (1.0 + step * PICTURE_WIDER_STEP))
        with _no_fit_yet(view):
            view.resize(QSize(wider, view.height()))
        view.fit_all()
        if not view.titles_not_whole():
            whole = (wider, _days_beyond_data(view))
            break
    with _no_fit_yet(view):
        view.resize(QSize(width, view.height()))
        view.set_collapse_empty_periods(False)
    view.fit_all()
    linear = view.titles_not_whole()
    if whole is not None and (linear or whole[1] <= _days_beyond_data(view)):
        # (the wider bands, unless the linear axis, as whole, shows fewer empty years
        # before and after the data: verify45's GERD picture, bands from 1898 to 2030
        # for events of 1929-2029, linear from the 1920s)
        with _no_fit_yet(view):
            view.set_collapse_empty_periods(True)
            view.resize(QSize(whole[0], view.height()))
        view.fit_all()
        return whole[0]
    if linear >= banded or view.marker_places() * 2 < banded_places:
        # (nor when the linear axis draws the events at fewer than half the places the
        # bands do: verify80 F6, 70 events of 1958-2026 in the last 3 % of a print
        # beside one of 431 BC, every title whole, 6 places against 47; verify45's GERD
        # timeline, 18 against 24, stays linear)
        with _no_fit_yet(view):
            view.set_collapse_empty_periods(True)
        view.fit_all()
    return width


def _days_beyond_data(view: Any) -> float:
    """The days a fitted ``view`` shows before its data's first day and after its last
    (``TimelineView.visible_days``, ``_data_range``)."""
    first, last = view.visible_days()
    data_first, data_last = view._data_range()
    return max(0.0, data_first - first) + max(0.0, last - data_last)


def _hidden_view(document: Document, width: int, matches: AbstractSet[str] | None,
                 hidden: AbstractSet[str] | None, lanes_by: str = "category",
                 hidden_lanes: AbstractSet[str] = frozenset(),
                 fitted: bool = True) -> QWidget:
    """A timeline view of ``document`` laid out and sized ``width`` px wide (200 tall),
    never on screen, with the window's search ``matches``, filters ``hidden`` and lanes
    (``lanes_by``, without the ``hidden_lanes`` the person hid: verify43 F31, a briefing
    printed by participant with 12 of 25 lanes hidden drew all 25).  ``fitted`` False:
    not fitted to its size yet (the caller's ``fit_all`` does it: ``_no_fit_yet``)."""
    from timeline_app.ui.timeline_view import TimelineView

    selection = EventSelection()
    view = TimelineView(document, selection)
    # Qt owns the selection from here and deletes it with the view.  Unparented, it was
    # freed by Python's garbage collector on its own schedule, in whatever order the
    # collector chose against the view that uses it (gc14, session 13: the undo stack
    # of an unparented Document freed so crashed the idle collection).
    selection.setParent(view)
    view.set_lanes_by(lanes_by)
    for key in sorted(hidden_lanes):
        view.hide_lane(key)
    view.set_emphasis(None if matches is None else frozenset(matches),
                      frozenset(hidden) if hidden else None)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    # Laid out short first: the vertical scrollbar's range then tells how tall the lanes are.
    with contextlib.nullcontext() if fitted else _no_fit_yet(view):
        view.resize(QSize(width, 200))
        view.show()  # laid out and sized, never on screen
    return view


def current_period_view(document: Document, shown: Any,
                        matches: AbstractSet[str] | None = None,
                        hidden: AbstractSet[str] | None = None,
                        width: int | None = None, figure: bool = False) -> QWidget:
    """A hidden timeline view of the period the window's view ``shown`` shows, every lane
    of it: as wide as ``shown``'s viewport, the same days at the same x (its scale and
    margins, its gaps collapsed or opened as they are), and as tall as its lanes need.

    For File → Export → … picture of the current view and File → Print Current View: a
    picture or a page is read without a scrollbar, so the lanes below the window's
    vertical scroll belong in it (verify34, F6: a teacher's PNG of 2015-2023 lacked the
    three lanes under the scroll, 4 of the period's 13 events, with no word of them; the
    printed page left a third blank).  Events keep a row each as in a picture of the
    whole timeline (``PICTURE_ROWS``).  ``matches`` and ``hidden`` are the window's
    search and filters; its lanes are ``shown``'s, without those the person hid.  The
    caller owns the widget and should ``deleteLater()`` it.

    ``width`` (px): the view's, when not the window's: the same days drawn narrower, for
    a page on which the window's width would print its titles too small
    (``print_pages.print_view_width``).

    ``figure``: for a picture file (PNG, SVG, PDF), at least ``CURRENT_VIEW_LEAST_WIDTH``
    wide, and made wider by ``PICTURE_WIDER_STEP`` of it at a time, up to
    ``PICTURE_WIDER_STEPS`` times, while titles are not whole (``titles_not_whole``), as
    a picture of the whole timeline is; the same days in either case (verify59 F18: a
    649 × 1619 strip, titles cut at the window's edge, from a window at 1366 × 768 with
    the Filters dock open).
    """
    from timeline_app.ui.timeline_view import FIT_MARGIN_LEFT

    own = shown.viewport().width()
    width = own if width is None else width
    if figure:
        width = max(width, CURRENT_VIEW_LEAST_WIDTH)
    # The days under the margins Fit All and show_range keep: shown again so, the scale
    # and the origin are the window's.
    first = float(shown.day_at(FIT_MARGIN_LEFT))
    last = float(shown.day_at(max(FIT_MARGIN_LEFT + 1.0, own - FIT_MARGIN_LEFT)))
    view = _hidden_view(document, width, matches, hidden,
                        getattr(shown, "lanes_by", lambda: "category")(),
                        getattr(shown, "hidden_lanes", frozenset)())
    view.set_collapse_empty_periods(shown.collapse_empty_periods())  # type: ignore[attr-defined]
    view.picture_rows = PICTURE_ROWS  # type: ignore[attr-defined]

    def place() -> None:
        # Its width as the window's viewport (the window's has a vertical scrollbar
        # beside it, a picture's none), then the days: with the gaps closed first, as
        # the window most often has them; opened when that draws the days elsewhere
        # than the window does (a gap the person zoomed into).
        frame = view.width() - view.viewport().width()
        if view.viewport().width() != width:
            view.resize(QSize(width + frame, view.height()))
        # (the window's breaks: of the events shown after its Fit All with filters on)
        view.set_breaks_of_shown(getattr(shown, "_breaks_of_shown", False))  # type: ignore[attr-defined]
        if view._scale.squeezes and not shown._scale.squeezes:  # type: ignore[attr-defined]
            # (the window let go of Fit All's pieces, at Go to Date: verify58 F21)
            view.drop_fit_pieces()  # type: ignore[attr-defined]
            view._apply_breaks()  # type: ignore[attr-defined]
        view.show_range(first, last, open_breaks=False)  # type: ignore[attr-defined]
        wanted = (shown.x_of_day(last) - FIT_MARGIN_LEFT) * (width - 2 * FIT_MARGIN_LEFT) / max(
            1, own - 2 * FIT_MARGIN_LEFT) + FIT_MARGIN_LEFT  # (the window's x, at its width)
        if abs(view.x_of_day(last) - wanted) > 1.0:  # type: ignore[attr-defined]
            view.show_range(first, last)  # type: ignore[attr-defined]

    place()
    # A lane with no event in the period is left out: a third of a picture of 2023-2026
    # by participant was empty bands (verify43 F19: 12 of 25 lanes, each a name and a
    # "◀ 1").  The header says how many (``lanes_left_out``).
    # By category, a lane goes when its events are hidden, as a filter hides them.
    laid = view.laid_out_lanes()  # type: ignore[attr-defined]
    empty = [lane.key for lane in laid if not lane.ids and not lane.extents]
    view.lanes_left_out = 0  # type: ignore[attr-defined]
    if len(empty) == len(laid):
        pass  # (a period of no event: its lanes stay, empty)
    elif view.lanes_by() != "category":  # type: ignore[attr-defined]
        view.lanes_left_out = sum(  # type: ignore[attr-defined]
            view.hide_lane(key) for key in empty)  # type: ignore[attr-defined]
    elif empty:
        ids = view.lane_event_ids(empty, PICTURE_HIDDEN_MOST)  # type: ignore[attr-defined]
        if ids:
            view.set_emphasis(None if matches is None else frozenset(matches),  # type: ignore[attr-defined]
                              frozenset(hidden or ()) | ids)
            view.lanes_left_out = len(empty)  # type: ignore[attr-defined]
    if view.lanes_left_out:  # type: ignore[attr-defined]
        place()
    _fit_height(view, place)
    if figure and view.titles_not_whole():  # type: ignore[attr-defined]
        least = width
        for step in range(1, PICTURE_WIDER_STEPS + 1):
            width = round(least * (1.0 + step * PICTURE_WIDER_STEP))
            place()
            _fit_height(view, place)
            if not view.titles_not_whole():  # type: ignore[attr-defined]
                break
    return view


def _fit_height(view: Any, place: Callable[[], None]) -> None:
    """``view`` (``current_period_view``'s) as tall as its lanes, at most
    ``PICTURE_MAX_HEIGHT`` px: fewer rows a lane while taller, as in
    ``whole_timeline_view`` (the rest join "+N" badges, counted in the header);
    ``place`` sets its width and days again after each change."""
    tallest = PICTURE_MAX_HEIGHT
    while view.picture_rows > 1:
        needed = view.verticalScrollBar().maximum() + view.viewport().height()
        if needed <= tallest:
            break
        view.picture_rows //= 2
        place()
    for _round in range(4):
        needed = view.verticalScrollBar().maximum() + view.viewport().height()
        height = max(200, min(tallest, needed + view.height() - view.viewport().height()))
        if height == view.height():
            break
        view.resize(QSize(view.width(), height))
        place()


@contextmanager
def _whole_lanes(view: QWidget) -> Iterator[QSize]:
    """While it lasts, a timeline view's lanes start at a lane's heading (the vertical
    scroll moved back to it, then restored); yields the size of the viewport to paint,
    down to the end of the last lane shown whole (``TimelineView.whole_lanes_rows``).
    Another widget: its size, as it is."""
    viewport = getattr(view, "viewport", lambda: view)()
    rows = getattr(view, "whole_lanes_rows", None)
    if rows is None:
        yield viewport.size()
        return
    bar = view.verticalScrollBar()  # type: ignore[attr-defined]
    scroll, height = rows()
    kept = bar.value()
    bar.setValue(scroll)
    try:
        yield QSize(viewport.width(), min(height, viewport.height()))
    finally:
        bar.setValue(kept)


@contextmanager
def as_picture(view: QWidget) -> Iterator[None]:
    """While it lasts, ``view`` paints as a picture or a print: in the light theme's
    colours whatever the window's theme (verify29, fault 2: in the dark theme, Print gave
    a black page and a PNG for an article was a dark block), and, a timeline view, without
    what belongs to the screen alone (``TimelineView.paints_picture``: the selection, the
    hover, the overview strip).  The view's own palette is given back after."""
    from timeline_app.ui.style import palette_darkness
    from timeline_app.ui.theme import palette_for

    had_own = view.testAttribute(Qt.WidgetAttribute.WA_SetPalette)
    kept = QPalette(view.palette())
    picturing = getattr(view, "paints_picture", None)
    view.setPalette(palette_for(False))
    if picturing is not None:
        view.paints_picture = True  # type: ignore[attr-defined]
    try:
        with palette_darkness(False):
            yield
    finally:
        if picturing is not None:
            view.paints_picture = picturing  # type: ignore[attr-defined]
        view.setPalette(kept if had_own else QPalette())


def _render(view: QWidget, painter: QPainter, target: QRectF | None = None,
            size: QSize | None = None) -> None:
    """Paint the view's viewport (the timeline itself, without scrollbars) with
    ``painter``; ``size``: of its top part only."""
    viewport = getattr(view, "viewport", lambda: view)()
    source = QRect(QPoint(0, 0), viewport.size() if size is None else size)
    # Without the overview strip, a screen control (a map to drag, its "≈"): its rows
    # stay blank (verify25, finding 7).  QWidget.render's source region and the
    # painter's clip are not kept by the view's paint on a PDF painter, so its rows are
    # not cut out of the picture.
    drew_overview = getattr(view, "paints_overview", None)
    if drew_overview is not None:
        view.paints_overview = False  # type: ignore[attr-defined]
    painter.save()
    if target is not None:
        scale = min(target.width() / source.width(), target.height() / source.height())
        painter.translate(target.topLeft())
        painter.scale(scale, scale)
    from timeline_app.ui.date_mark import DateMark

    with DateMark.suspended():  # Go to Date's passing mark is the screen's alone
        # Without the widgets laid over the view (an empty timeline's "No events yet",
        # "Opening NAME…"): they are the screen's too.
        try:
            if _is_printer(painter.device()):
                _render_through_picture(viewport, painter, source)
            else:
                viewport.render(painter, QPoint(0, 0), source,
                                QWidget.RenderFlag.DrawWindowBackground)
        finally:
            if drew_overview is not None:
                view.paints_overview = drew_overview  # type: ignore[attr-defined]
    painter.restore()


def _is_printer(device: object) -> bool:
    """Whether ``device`` is a ``QPrinter`` (a printer, or the print preview's pages)."""
    from PySide6.QtPrintSupport import QPrinter

    return isinstance(device, QPrinter)


def _render_through_picture(viewport: QWidget, painter: QPainter, source: QRect) -> None:
    """Paint ``viewport``'s ``source`` rectangle on a printer's ``painter`` as vectors: the
    widget paints into a ``QPicture`` (a list of its drawing commands, in view px) that the
    painter then plays.

    ``QWidget.render`` on a printer paints the widget into a pixmap of the target's size
    in the printer's pixels (Qt's ``QWidgetPrivate::render_helper``) and draws that: a
    page of an A4 landscape print at the high-resolution printer's 1 200 dpi is a
    ~13 000 × 9 000 px pixmap, ~450 MB, and the print preview keeps each page's.
    verify53 F13: the 15-page preview of a 1 998-event timeline held ~2.4 GB and took
    ~30 s to appear (``benchmarks/bench_print_preview.py``).  A ``QPicture`` is no
    printer, so the widget paints into it directly, as it paints on a PDF writer."""
    picture = QPicture()
    recorder = QPainter(picture)
    try:
        viewport.render(recorder, QPoint(0, 0), source, QWidget.RenderFlag.DrawWindowBackground)
    finally:
        recorder.end()
    device = painter.device()
    painter.save()
    painter.setClipRect(QRectF(source), Qt.ClipOperation.IntersectClip)
    # A picture plays scaled by the device's resolution over its own (96 dpi on a
    # 1 200 dpi printer: 12.5 times as large): the painter's scale is the view's already.
    painter.scale(picture.logicalDpiX() / max(1, device.logicalDpiX()),
                  picture.logicalDpiY() / max(1, device.logicalDpiY()))
    painter.drawPicture(QPoint(0, 0), picture)
    painter.restore()


def _header_fonts() -> tuple[QFont, QFont]:
    header = QFont()
    header.setPointSizeF(14)
    header.setBold(True)
    small = QFont()
    small.setPointSizeF(9)
    return header, small


def header_height(lines: int = 1) -> float:
    """Logical pixels the title and subtitle (on ``lines`` lines) take above the timeline
    in a picture."""
    from PySide6.QtGui import QFontMetricsF

    header, small = _header_fonts()
    return QFontMetricsF(header).height() * 1.5 + QFontMetricsF(small).height() * (1 + lines)


#: The most lines a PNG's or SVG's subtitle takes (``subtitle_lines``).
SUBTITLE_LINES = 2


def subtitle_lines(subtitle: str, metrics: QFontMetricsF, width: float,
                   most: int = SUBTITLE_LINES) -> list[str]:
    """``subtitle`` ("period · events · ? disputed") on at most ``most`` lines ``width``
    logical pixels wide, broken between its " · " parts (a part longer than a line is
    broken at a word), the last shortened by ``header_line`` if it must.  A picture 900
    px wide for a web page cut "… · 23 of the timeline's 34…" and lost the key to its
    "?" marks (verify61 F15)."""
    parts = subtitle.split(" · ")
    lines: list[str] = []
    while parts and len(lines) < most - 1:
        line = parts.pop(0)
        while parts and metrics.horizontalAdvance(f"{line} · {parts[0]}") <= width:
            line += " · " + parts.pop(0)
        if metrics.horizontalAdvance(line) > width:  # one part too long: at a word
            kept = header_line(line, metrics, width)[:-1].rstrip()
            if kept and line.startswith(kept) and line[len(kept):].strip():
                parts.insert(0, line[len(kept):].strip())
                line = kept
        lines.append(line)
    if parts:
        lines.append(header_line(" · ".join(parts), metrics, width))
    return [header_line(line, metrics, width) for line in lines] or [""]


def header_line(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` as one line of a picture's header ``width`` logical pixels wide: whole if it
    fits, else shortened at a word's end with "…" (Qt's eliding cuts mid-word; a word
    longer than the line is cut where Qt cuts it).  verify33 F8: a long timeline name
    ran off the picture's edge mid-word ("… with Trump ea") with nothing to say so."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    kept = elided[:-1] if elided.endswith("…") else elided
    if kept and not text[len(kept):len(kept) + 1].isspace():
        # cut inside a word: back to the end of the word before it
        words = kept.rsplit(None, 1)
        if len(words) == 2:
            kept = words[0]
    return kept.rstrip(" ,;:–—-") + "…"


def locale_page_size(locale: QLocale | None = None) -> QPageSize:
    """The paper of ``locale`` (default: the system's, ``QLocale.system()``): US Letter
    where its territory uses it (``LETTER_TERRITORIES``, CLDR) or it measures in US units
    (``QLocale.MeasurementSystem.ImperialUSSystem``), else A4 (ISO 216)."""
    locale = QLocale.system() if locale is None else locale
    territory = locale.name().partition("_")[2]
    letter = (territory in LETTER_TERRITORIES or locale.measurementSystem()
              == QLocale.MeasurementSystem.ImperialUSSystem)
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def _pdf_writer(device: Any) -> QPdfWriter:
    """A ``QPdfWriter`` on ``device`` (a file name or an open ``QIODevice``) at 300 dpi:
    one page of ``locale_page_size``, landscape, ``PDF_MARGIN_MM`` margins."""
    writer = QPdfWriter(device)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(
        locale_page_size(), QPageLayout.Orientation.Landscape,
        QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
        QPageLayout.Unit.Millimeter))
    return writer


def pdf_filling_width(view: QWidget) -> int | None:
    """The width (view px) at which ``view``'s picture (``export_picture``'s "PDF"), now
    taller than the page's room below the header in proportion, would have the page's
    shape and so fill its width at the scale its height allows; None when it fills the
    width already (or is within 2 % of it).  The page: ``_pdf_writer``'s."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer)  # (measured only: nothing is painted on it)
    room = writer.pageLayout().paintRectPixels(writer.resolution())
    height = room.height() - header_height_on(writer)
    with _whole_lanes(view) as size:
        pass
    if height <= 0 or size.width() <= 0:
        return None
    shape = height / room.width()  # the page's room, height per width
    if size.height() <= size.width() * shape * 1.02:
        return None
    return int(size.height() / shape) + 1


def paint_timeline_page(painter: QPainter, view: QWidget, page: QRectF, title: str,
                        subtitle: str, size: QSize | None = None, lines: int = 1) -> None:
    """A page: a header with the title and date range, and the timeline fitted below it.

    Args:
        painter: Active on a PDF writer or printer (units: the device's pixels).
        view: The timeline view to render.
        page: The printable area in ``painter`` coordinates.
        title: The timeline's name (plain text).
        subtitle: The date range and the number of events (plain text).
        size: The size of the top part of the view's viewport to render (default all).
        lines: The most lines the subtitle may take (``subtitle_lines``).
    """
    with as_picture(view):
        _paint_page(painter, view, page, title, subtitle, size, lines)


def _paint_page(painter: QPainter, view: QWidget, page: QRectF, title: str,
                subtitle: str, size: QSize | None, lines: int = 1) -> None:
    """``paint_timeline_page``'s painting, the view in its picture's colours."""
    top = paint_header(painter, view.palette(), page, title, subtitle, lines)
    _render(view, painter, QRectF(page.left(), top, page.width(), page.bottom() - top), size)


def header_height_on(device: QPaintDevice) -> float:
    """The height (``device``'s pixels) ``paint_header`` takes on ``device``."""
    header, small = _header_fonts()
    return QFontMetricsF(header, device).height() * 1.5 + QFontMetricsF(small, device).height() * 2


def paint_header(painter: QPainter, palette: QPalette, page: QRectF, title: str,
                 subtitle: str, lines: int = 1) -> float:
    """A picture's or a page's header at the top of ``page``: the title, bold, and the
    subtitle (the period, the events counted) under it, on up to ``lines`` lines
    (``subtitle_lines``; the room for them is the caller's, ``header_height(lines)``),
    on ``palette``'s base; returns the y (``painter``'s coordinates) where what follows
    starts."""
    header, small = _header_fonts()
    painter.setFont(small)
    small_line = painter.fontMetrics().height()
    painter.setFont(header)
    line = painter.fontMetrics().height()
    # The header in the timeline's own colours (a picture's: the light theme's).
    painter.fillRect(QRectF(page.left(), page.top(), page.width(),
                            line * 1.5 + small_line * (1 + lines)), palette.base())
    painter.setPen(palette.text().color())
    # (metrics of the painter's device: a PDF's pixels are not the screen's)
    shown = header_line(title, QFontMetricsF(painter.font(), painter.device()), page.width())
    painter.drawText(QRectF(page.left(), page.top(), page.width(), line * 1.4),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    painter.setFont(small)
    top = page.top() + line * 1.5
    metrics = QFontMetricsF(painter.font(), painter.device())
    for row, shown in enumerate(subtitle_lines(subtitle, metrics, page.width(), lines)):
        painter.drawText(QRectF(page.left(), top + small_line * row, page.width(),
                                small_line * 1.4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    return top + small_line * (1 + lines)


#: Qt's own names for its default families, which no browser knows (QSvgGenerator writes
#: them as they are: Chromium then drew every label in its default serif font, new-user trial).
_QT_FAMILY_ALIASES = frozenset({"sans serif", "sans", "serif", "monospace", "helvetica"})
_SVG_FONT = re.compile(rb'font-family="([^"]*)"')


def svg_with_generic_fonts(svg: bytes) -> bytes:
    """``svg`` with each ``font-family`` a CSS list that ends in the generic ``sans-serif``:
    the family Qt drew with first (its metrics laid the text out), then common sans-serif
    families, so a browser without it still draws sans-serif text of a similar width."""
    from PySide6.QtGui import QFontInfo

    def families(match: re.Match[bytes]) -> bytes:
        named = match.group(1).decode("utf-8", "replace")
        names = []
        for name in (QFontInfo(QFont(named)).family(), named, "DejaVu Sans", "Arial"):
            if (name and name.casefold() not in _QT_FAMILY_ALIASES and name not in names
                    and not any(c in name for c in "'\"&<>\\")):
                names.append(name)
        listed = ", ".join(f"'{name}'" for name in names)
        return f'font-family="{listed}, Helvetica, sans-serif"'.encode()

    return _SVG_FONT.sub(families, svg)


_SVG_SIZE = re.compile(rb'(<svg\b[^>]*?)\swidth="[^"]*"\s+height="[^"]*"')


def svg_in_pixels(svg: bytes, size: QSize) -> bytes:
    """``svg`` with its root's ``width`` and ``height`` in CSS px (``size``, its viewBox's
    own), where ``QSvgGenerator`` writes millimetres at the view's resolution
    (``width="561.975mm"``): a web page then shows it at its width, one unit a pixel
    (verify61 F15).  Unchanged when the attributes are not found."""
    return _SVG_SIZE.sub(lambda match: match.group(1) + (
        f' width="{size.width()}px" height="{size.height()}px"'.encode()), svg, count=1)


def export_picture(view: QWidget, kind: str, path: str, title: str, subtitle: str) -> bytes:
    """The picture of ``view`` as bytes of ``kind`` ("PNG", "SVG" or "PDF").

    The caller writes the bytes with ``io.atomic.write_atomically`` (never over a device).
    PDF pages are landscape, sized to the content's aspect, with vector text and a header
    naming the timeline and its date range.

    Raises:
        KeyError: An unknown kind.
        OSError: Qt could not produce the picture.
    """
    if kind not in PICTURE_KINDS:
        raise KeyError(kind)
    # (in the picture's colours from the first: the PNG's margin is filled with them)
    with as_picture(view), _whole_lanes(view) as size:  # lanes from a heading
        return _picture(view, kind, path, title, subtitle, size)


def _picture(view: QWidget, kind: str, path: str, title: str, subtitle: str,
             size: QSize) -> bytes:
    """``export_picture``'s bytes of the top ``size`` of the view's viewport."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Pictures carry the title and date range above the timeline, as the PDF does; a
    # PNG's or SVG's subtitle goes on a second line rather than be cut (a web column's
    # width: verify61 F15), the PDF's page keeps it on one.
    lines = 1 if kind == "PDF" else len(subtitle_lines(
        subtitle, QFontMetricsF(_header_fonts()[1]), size.width()))
    page = QRectF(0, 0, size.width(), size.height() + header_height(lines))
    total = page.size().toSize()
    if kind == "PNG":
        # A margin in the timeline's own colour: the title touched the left edge
        # (verify25, finding 7).
        framed = QSize(total.width() + 2 * PNG_MARGIN, total.height() + 2 * PNG_MARGIN)
        page.translate(PNG_MARGIN, PNG_MARGIN)
        image = QImage(framed * PNG_DEVICE_PIXEL_RATIO,
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(PNG_DEVICE_PIXEL_RATIO)
        image.fill(view.palette().base().color())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_timeline_page(painter, view, page, title, subtitle, size, lines)
        painter.end()
        # Its resolution says so (pHYs, 192 dpi): a viewer or page that reads it shows
        # the picture at its width in CSS px, the text at the window's size (verify61
        # F15).  Set after the painting: the header's fonts, in points, would be drawn
        # at that resolution, twice their size.
        dots = round(PNG_DEVICE_PIXEL_RATIO * 96 / 0.0254)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        if not image.save(buffer, "PNG"):
            raise OSError(f"{path}: the PNG could not be encoded")
    elif kind == "SVG":
        from PySide6.QtSvg import QSvgGenerator

        # The PNG's margin, in the same colour: the title began at x = 0 (verify29, item 9).
        framed = QSize(total.width() + 2 * PNG_MARGIN, total.height() + 2 * PNG_MARGIN)
        page.translate(PNG_MARGIN, PNG_MARGIN)
        generator = QSvgGenerator()
        # The view's resolution: the generator's own (72 dpi) wrote its 9 pt font as
        # font-size 9 in a viewBox of the view's pixels, where the view draws it 12 px
        # high and measured every title, "…" cut and label box at that (verify36, F8:
        # every title and lane name three quarters of its size, its room left empty).
        generator.setResolution(max(1, round(view.logicalDpiY())))
        generator.setOutputDevice(buffer)
        generator.setSize(framed)
        generator.setViewBox(QRect(QPoint(0, 0), framed))
        generator.setTitle(title)
        generator.setDescription(subtitle)
        painter = QPainter(generator)
        painter.fillRect(QRect(QPoint(0, 0), framed), view.palette().base().color())
        paint_timeline_page(painter, view, page, title, subtitle, size, lines)
        painter.end()
        buffer.close()
        return svg_in_pixels(svg_with_generic_fonts(bytes(data.data())), framed)
    else:
        # The person's paper, landscape, the timeline fitted into it below the header
        # (``pdf_filling_width`` lays a timeline taller than the page's shape out wider
        # first, so that it fills the page's width: verify25 F7's blank right fifth).
        writer = _pdf_writer(buffer)
        writer.setTitle(title)
        writer.setCreator("Diplomatic Timeline")
        painter = QPainter(writer)
        page = QRectF(painter.viewport())
        paint_timeline_page(painter, view, page, title, subtitle, size)
        painter.end()
    buffer.close()
    return bytes(data.data())
