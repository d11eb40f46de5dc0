"""Session 34, frames37: a title inside its bar seen for the first time is drawn with
``drawText`` at its baseline when the label font's own glyphs draw it, not laid out as a
``QStaticText`` first (as ``_paint_chips`` draws a first-seen title outside its marker,
session 28): a pan cuts the titles inside bars at the view's edges anew at each step, and
each such title cost a ``QStaticText.prepare`` for one drawing (issue 11).  The pixels
must be those of its laid-out ``QStaticText``."""

from __future__ import annotations

import datetime as _dt
import random

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QStaticText
from test_view_batched_paint import _picture
from test_view_plain_titles import _titles

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import TimelineView


@pytest.mark.parametrize("form", [QImage.Format.Format_ARGB32_Premultiplied,
                                  QImage.Format.Format_RGB32])
def test_drawn_text_at_any_fraction_is_the_static_texts_pixels(shown_view, form):
    """``drawText`` at the top plus the font's ascent against ``drawStaticText`` at the
    top, both at random fractions of a pixel, through a translation by whole pixels (a
    lane's) and by a fraction (the rest of a painter's state): a title inside a bar
    starts wherever its bar does."""
    view = shown_view(Timeline.from_events([]), (600, 300))
    height, ascent, _has_ellipsis = view._plain_title_metrics()
    band, pen = QColor(236, 240, 246), QColor(25, 25, 25)
    rng = random.Random(9)
    for title in _titles(600):
        assert view._plain_title(title)
        static = QStaticText(title)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=view._label_font)
        assert static.size().height() == height
        left, top = rng.randint(0, 40) + rng.random(), rng.randint(0, 6) + rng.random()
        shift = rng.choice((0.0, 37.0, 0.25, 12.5))
        images = []
        for drawn in (True, False):
            image = QImage(760, 40, form)
            image.fill(band)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.translate(0, -shift)
            painter.setFont(view._label_font)
            painter.setPen(pen)
            if drawn:
                painter.drawText(QPointF(left, shift + top + ascent), title)
            else:
                painter.drawStaticText(QPointF(left, shift + top), static)
            painter.end()
            images.append(image)
        assert images[0] == images[1], (title, left, top, shift)


def _spans(n: int) -> Timeline:
    """Spans of 30-90 days in two lanes, each title its own, every seventh one not in
    the label font's own glyphs (Arabic, accented), a few points between them."""
    first = _dt.date(2001, 3, 1).toordinal()
    titles = _titles(n)
    for i in range(0, n, 7):
        titles[i] = ("محادثات في جنيف", "Ölçü talks in Köln")[i % 2] + f" {i}"
    events = []
    for i in range(n):
        start = _dt.date.fromordinal(first + i * 9)
        end = None if i % 6 == 5 else FuzzyDate.of_day(start + _dt.timedelta(days=30 + i % 61))
        events.append(Event(f"s{i}", titles[i], FuzzyDate.of_day(start), end=end,
                            category=("meeting", "visit")[i % 2]))
    return Timeline.from_events(events)


def test_a_new_views_inside_titles_are_drawn_unlaid_with_the_same_pixels(shown_view,
                                                                          monkeypatch):
    """Views of spans (titles inside their bars) painted with nothing laid out or seen
    before: the plain titles inside bars are drawn without a ``QStaticText`` (on the code
    before, every one was laid out), the others laid out; the pixels are those of every
    title laid out; a title seen again is laid out."""
    view = shown_view(_spans(400), (1300, 700))
    start = _dt.date(2001, 6, 1).toordinal()

    def frames(plain: bool) -> tuple[list[QImage], int, int]:
        view._label_chips.clear()
        view._static_texts.clear()
        view._static_sizes.clear()
        getattr(view, "_labels_seen_once", set()).clear()
        images, inside, unlaid = [], 0, 0
        with monkeypatch.context() as patch:
            if not plain:
                patch.setattr(TimelineView, "_plain_title", lambda self, label: False)
            for step in range(4):
                view.go_to_days(start + step * 25, start + step * 25 + 200)
                view._invalidate()
                images.append(_picture(view))
                labels = {item.label for lane in view._layout().lanes for item in lane.items
                          if item.label_inside and item.label}
                inside += len(labels)
                unlaid += sum((0, label) not in view._static_texts for label in labels)
        return images, inside, unlaid

    new, inside, unlaid = frames(True)
    assert inside >= 40 and unlaid >= 20  # (the plain way was taken)
    old, _inside, none = frames(False)
    assert none == 0
    assert new == old
    # Seen again (the same view painted twice), a title inside its bar is laid out.
    view._static_texts.clear()
    view._static_sizes.clear()
    getattr(view, "_labels_seen_once", set()).clear()
    view._invalidate()
    _picture(view)
    view._invalidate()
    _picture(view)
    labels = {item.label for lane in view._layout().lanes for item in lane.items
              if item.label_inside and item.label}
    assert labels and all((0, label) in view._static_texts for label in labels)


def test_a_new_views_badge_counts_are_drawn_unlaid_with_the_same_pixels(shown_view,
                                                                         monkeypatch):
    """A lane's "+N" badges seen for the first time are drawn as the "◀ N" counts are
    (``_draw_small_centred``: at their baseline, centred by hand), not laid out: at
    100 000 events the counts change with every pan.  The pixels are those of the counts
    laid out and centred (``_draw_text(..., centred=True)``, the code before)."""
    from test_view_batched_paint import _mixed

    view = shown_view(_mixed(900), (1200, 600))
    first = _dt.date(1990, 1, 1).toordinal()

    def frames(laid_out: bool) -> tuple[list[QImage], set[str], set[str]]:
        """Four views, nothing laid out before; the counts the first shows once, and
        the small texts laid out after it."""
        view._static_texts.clear()
        view._static_sizes.clear()
        view._seen_once.clear()
        view._label_chips.clear()
        images: list[QImage] = []
        counts: set[str] = set()
        laid: set[str] = set()
        with monkeypatch.context() as patch:
            if laid_out:
                patch.setattr(TimelineView, "_draw_small_centred",
                              lambda self, painter, box, text: self._draw_text(
                                  painter, box, text, 1, centred=True))
            for step in range(4):
                view.go_to_days(first + 300 + step * 40, first + 300 + step * 40 + 500)
                view._invalidate()
                images.append(_picture(view))
                if not step:  # (a count in one badge only: seen once)
                    every = [f"+{badge.count}" for lane in view._layout().lanes
                             for badge in lane.badges]
                    counts = {text for text in every if every.count(text) == 1}
                    laid = {text for font, text in view._static_texts if font == 1}
        return images, counts, laid

    new, counts, laid = frames(False)
    assert len(counts) >= 3
    assert not counts & laid  # (first seen: none laid out)
    old, _counts, laid_before = frames(True)
    assert counts <= laid_before
    assert new == old
