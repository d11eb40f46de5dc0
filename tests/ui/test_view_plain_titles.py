"""A title seen for the first time in a new view is drawn with ``drawText`` at its
baseline when the label font's own glyphs draw it (``TimelineView._plain_title``): the
pixels must be those of its laid-out ``QStaticText`` drawn at its top, as every other title
is (issue 11, session 28: laying a title out for one drawing cost more than drawing it)."""

from __future__ import annotations

import datetime as _dt
import random

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QStaticText
from test_view_batched_paint import _mixed, _picture

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import TimelineView

WORDS = ("talks", "envoys", "Geneva", "ceasefire", "ministers", "sign", "accord", "on",
         "the", "of", "WTO", "Kyiv", "U.S.-led", "(draft)", "\"truce\"", "A&B", "fifty-two",
         "1,200", "Ivy", "fjord", "AVA", "Tokyo", "WAVE", "'s")


def _titles(count: int) -> list[str]:
    """Titles of words drawn at random (kerning pairs, digits, punctuation), some cut
    with "…" as eliding cuts them."""
    rng = random.Random(7)
    titles = []
    for i in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 9)))
        if i % 3 == 0:
            title = title[:rng.randint(1, len(title))].rstrip() + "…"
        titles.append(title)
    return titles


@pytest.mark.parametrize("form", [QImage.Format.Format_ARGB32_Premultiplied,
                                  QImage.Format.Format_RGB32])
def test_drawn_text_is_the_static_texts_pixels(shown_view, form):
    """``drawText`` at the top plus the font's ascent against ``drawStaticText`` at the
    top, at every 1/64 px step of a label's top that ``_label_text_top`` gives and both
    whole-pixel offsets of its left."""
    view = shown_view(_mixed(30), (600, 300))
    height, ascent, has_ellipsis = view._plain_title_metrics()
    assert has_ellipsis  # (the test font's: else "…" titles are not plain, and not met)
    band, pen = QColor(236, 240, 246), QColor(25, 25, 25)
    rng = random.Random(3)
    for title in _titles(400):
        assert view._plain_title(title)
        static = QStaticText(title)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=view._label_font)
        assert static.size().height() == height  # (what _paint_chips centres it by)
        tx, ty = rng.choice((2, 3)), rng.randint(0, 6 * 64) / 64
        images = []
        for drawn in (True, False):
            image = QImage(700, 30, form)
            image.fill(band)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setFont(view._label_font)
            painter.setPen(pen)
            if drawn:
                painter.drawText(QPointF(tx, 4 + ty + ascent), title)
            else:
                painter.drawStaticText(QPointF(tx, 4 + ty), static)
            painter.end()
            images.append(image)
        assert images[0] == images[1], (title, ty)


def test_only_the_fonts_own_glyphs_are_plain(shown_view):
    view = shown_view(_mixed(30), (600, 300))
    assert view._plain_title("Talks in Geneva…")
    assert view._plain_title("A")
    for title in ("محادثات في جنيف", "Ölçü talks", "北京会谈", "Talks\tin Geneva",
                  "Talks — Geneva", "…Geneva", "Ölçü…"):
        assert not view._plain_title(title), title


def _numbered(n: int) -> Timeline:
    """Point events in two lanes, each title its own (a new view draws them fresh),
    Latin ones plain and every fifth one not (Arabic, accented)."""
    first = _dt.date(2001, 3, 1).toordinal()
    titles = _titles(n)
    for i in range(0, n, 5):
        titles[i] = ("محادثات في جنيف", "Ölçü talks in Köln")[i % 2] + f" {i}"
    return Timeline.from_events([
        Event(f"t{i}", titles[i], FuzzyDate.of_day(_dt.date.fromordinal(first + i * 2)),
              category=("meeting", "visit")[i % 2]) for i in range(n)])


@pytest.mark.parametrize("days", [40.0, 120.0, 400.0])
def test_a_new_views_titles_are_the_pixels_of_laid_out_ones(shown_view, monkeypatch, days):
    """A view painted with no chip or laid-out text known (its titles all first seen)
    with the plain titles drawn against all of them laid out, then a pan's frames: the
    same pixels, and the plain ones were drawn so."""
    view = shown_view(_numbered(300), (1200, 700))
    start = _dt.date(2001, 3, 20).toordinal()
    drawn: list[str] = []
    plain = TimelineView._plain_title

    def counted(self: TimelineView, label: str) -> bool:
        answer = plain(self, label)
        if answer:
            drawn.append(label)
        return answer

    def frames() -> list[QImage]:
        view._label_chips.clear()
        view._static_texts.clear()
        view._static_sizes.clear()
        images = []
        for step in range(4):
            view.go_to_days(start + step * days / 8, start + step * days / 8 + days)
            view._invalidate()
            images.append(_picture(view))
        return images

    monkeypatch.setattr(TimelineView, "_plain_title", counted)
    new = frames()
    assert drawn  # (the plain way was taken)
    monkeypatch.setattr(TimelineView, "_plain_title", lambda self, label: False)
    old = frames()
    assert new == old


def _small_texts(count: int) -> list[str]:
    rng = random.Random(11)
    texts = []
    for i in range(count):
        n = rng.randint(1, 99_999)
        texts.append((f"◀ {n:,}", f"{n:,} ▶", f"+{n % 999 + 1}",
                      f"Article · {n % 28 + 1} Mar {1800 + n % 230}",
                      f"◀ Article · {n % 28 + 1} Jun {1900 + n % 130} +{n % 97 + 1}")[i % 5])
    return texts


@pytest.mark.parametrize("form", [QImage.Format.Format_ARGB32_Premultiplied,
                                  QImage.Format.Format_RGB32])
def test_a_small_text_seen_once_is_drawn_as_centred_drawtext_draws_it(shown_view, form):
    """A "◀ N" count or an article badge's text seen for the first time
    (``_draw_small_centred``) is placed by hand at its baseline: the pixels of
    ``drawText(box, AlignCenter, text)``, in boxes at random fractions of a pixel."""
    view = shown_view(_mixed(30), (600, 300))
    metrics = view._small_metrics
    rng = random.Random(4)
    for text in _small_texts(500):
        assert view._small_plain(text)
        box = QRectF(rng.randint(0, 40) + rng.random(), rng.randint(0, 10) + rng.random(),
                     metrics.horizontalAdvance(text) + rng.choice((8, 9.5)), 15)
        images = []
        for by_hand in (True, False):
            view._seen_once.discard(text)
            image = QImage(320, 40, form)
            image.fill(QColor(221, 238, 255))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setFont(view._small_font)
            painter.setPen(QColor(32, 32, 32))
            if by_hand:
                view._draw_small_centred(painter, box, text)
            else:
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
            images.append(image)
        assert images[0] == images[1], (text, box)
    for text in ("محادثات 3", "Talks\t3", "◀ ٣"):
        assert not view._small_plain(text), text


def test_the_bidirectional_classes_the_view_knows_are_unicodes():
    """The small texts' characters the view draws itself ("≈ 57 years", "◀ 3") have their
    bidirectional class known without loading ``unicodedata`` (issue 11: start-up), the
    same as Unicode's; any other character is looked up."""
    import unicodedata

    from timeline_app.ui import timeline_view

    for char in "≈·◀▶…–—":
        assert char in timeline_view._OWN_SMALL_BIDI
    for char, bidi in timeline_view._OWN_SMALL_BIDI.items():
        assert bidi == unicodedata.bidirectional(char), char
    for char in "aé٣م\u200f":
        assert timeline_view._bidirectional(char) == unicodedata.bidirectional(char), char
