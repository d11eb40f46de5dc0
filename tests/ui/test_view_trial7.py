"""The axis and the article badges after new-user trial 7."""

from __future__ import annotations

import datetime as _dt

import view_pictures
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Source


def _with_article(article: _dt.date) -> Timeline:
    first = _dt.date(2020, 1, 1).toordinal()
    events = [Event(f"e{i}", f"Talks number {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + i * 30)), category="meeting")
              for i in range(12)]
    return Timeline.from_events(events, sources={"s": Source("s", "Article",
                                                             dateline_date=article)})


def _grab(view) -> QImage:  # type: ignore[no-untyped-def]
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_an_article_badge_for_a_line_off_screen_points_at_it(qtbot, shown_view):
    """trial7-55: with the article's date just beyond the right edge (no red line), its
    badge was pinned at the edge, reading as a date at the edge; it now ends in ▶ (and
    one beyond the left edge starts with ◀), as the lanes' hidden-event badges do."""
    article = _dt.date(2020, 6, 15)
    view = shown_view(_with_article(article), size=(900, 400))
    day = article.toordinal()
    for side in (1, -1):
        view.go_to_days(day - 60, day + 60)
        QApplication.processEvents()
        # the article's line 20 px beyond the right (left) edge
        width = view.viewport().width()
        edge = width if side == 1 else 0
        u = view.scale().u_of_day(day + 0.5) - (edge + 20 * side) / view.px_per_day()
        view._set_origin(u)
        QApplication.processEvents()
        x = view.x_of_day(day + 0.5)
        assert (x > width) if side == 1 else (x < 0)
        labels = [text for _box, text in view._article_badges(width)]
        expected = ("Article · 15 Jun 2020 ▶" if side == 1 else "◀ Article · 15 Jun 2020")
        assert labels == [expected]
        assert _grab(view) == view_pictures.whole_paint(view).convertToFormat(
            QImage.Format.Format_RGB32)
    # On screen, no arrow.
    view.go_to_days(day - 60, day + 60)
    QApplication.processEvents()
    labels = [text for _box, text in view._article_badges(view.viewport().width())]
    assert labels == ["Article · 15 Jun 2020"]


def _zoomed_over_the_band(shown_view):  # type: ignore[no-untyped-def]
    """The default timeline as trial7-09 had it: 7 Ctrl+wheel notches in over the
    "≈ 57 years" band, the view as wide as in a 1280×800 window, from Fit All as it was
    then (its plain left margin: since, it makes room left of the band for the 1965
    title, and the same notches end on another band, where "2020" beside the right
    zig-zag is dropped)."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    from timeline_app.io.bundled import load_default_timeline
    from timeline_app.ui.timeline_view import FIT_MARGIN_LEFT

    view = shown_view(load_default_timeline(), size=(1038, 600), fit=False)
    view._fit_margin_left = lambda *_args: FIT_MARGIN_LEFT
    view.fit_all()
    viewport = view.viewport()
    x = view.x_of_day(_dt.date(1995, 1, 1).toordinal())
    for _ in range(7):
        QApplication.sendEvent(viewport, QWheelEvent(
            QPointF(x, 300), viewport.mapToGlobal(QPointF(x, 300)), QPoint(0, 0),
            QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase, False))
        QApplication.processEvents()
    return view


def test_zoomed_in_over_a_gap_every_tick_of_its_band_is_labelled_beside_its_length(
        qtbot, shown_view):
    """trial7-09 (a): the "≈ 57 years" chip sat at the band's left edge, where the first
    tick's label (1980) belonged, so that tick was bare; (b) "2020", moved in before the
    zig-zag, covered its tick mark, so which line it named was unclear."""
    view = _zoomed_over_the_band(shown_view)
    segments = view._axis_segments()
    width = view.viewport().width()
    lines, labels = view._axis_layout(segments, width)
    (band,) = [seg for seg in segments if seg.brk is not None]
    assert band.ticks is not None and band.ticks.unit == "decade"
    minor = [label for label in labels if not label.bold and not label.text.startswith("≈")]
    chips = [label for label in labels if label.text.startswith("≈")]
    assert chips
    shown_ticks = [(t, view.x_of_day(t.day)) for t in band.ticks.minor
                   if max(band.x0, 0) <= view.x_of_day(t.day) <= min(band.x1, width)]
    assert len(shown_ticks) >= 4
    for tick, x in shown_ticks:
        (label,) = [lab for lab in minor if lab.text == tick.label]
        # labelled, beside its tick (right of it, or ending left of it), its mark drawn
        assert label.rect.left() >= x or label.rect.right() <= x, tick.label
        assert any(abs(lx - x) < 0.01 and top == 24 for lx, top, _bottom in lines)
        for chip in chips:
            assert not chip.rect.intersects(label.rect)
    assert _grab(view) == view_pictures.whole_paint(view).convertToFormat(
        QImage.Format.Format_RGB32)
