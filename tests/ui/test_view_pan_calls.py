"""Fewer Python calls a pan's frame (issue 11, session 24, frames27): a lazily loaded lane
reads the events on screen from its buckets' lists once they are read, the "◀ N" / "N ▶"
indicators read ids without making events, and a few helpers compute in plain numbers
what Qt computed through PySide calls, to the same bits."""

from __future__ import annotations

import datetime as _dt
import random
import sys
from array import array

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import LazyEvents
from timeline_app.ui.timeline_view import (
    _Lane,
    _rect_intersected,
    _touches_translucent,
)

FIRST = _dt.date(2004, 3, 1)


class _Store:
    """An ``EventStore`` over made events that counts the events read through it."""

    def __init__(self, events: list[Event]) -> None:
        self.slots = events
        self.read = 0

    def event(self, position: int) -> Event:
        self.read += 1
        return self.slots[position]

    def event_id(self, position: int) -> str:
        return self.slots[position].id

    def event_ids(self, items: list[Event | int]) -> list[str]:
        return [(self.slots[item] if type(item) is int else item).id  # type: ignore[index,union-attr]
                for item in items]

    def events(self, items: list[Event | int]) -> list[Event]:
        self.read += sum(1 for item in items if type(item) is int)
        return [self.slots[item] if type(item) is int else item  # type: ignore[index,misc]
                for item in items]

    def __len__(self) -> int:
        return len(self.slots)


def _lanes() -> tuple[_Lane, _Lane, _Store]:
    """The same lane twice: its events in plain lists, and as a lazy load's (each list a
    ``LazyEvents`` of positions in a store)."""
    events: list[Event] = []
    spans: list[tuple[int, int]] = []
    for i in range(400):
        day = FIRST + _dt.timedelta(days=(i * 5) // 3)
        length = (1, 1, 20, 90, 400)[i % 5]
        end = None if length == 1 else FuzzyDate.of_day(day + _dt.timedelta(days=length - 1))
        events.append(Event(f"e{i}", f"Talks {i}", FuzzyDate.of_day(day), end,
                            category="meeting"))
        spans.append((day.toordinal(), day.toordinal() + length))
    eager, positions = _Lane("meeting"), _Lane("meeting")
    store = _Store(events)
    for position, (event, (start, end)) in enumerate(zip(events, spans, strict=True)):
        eager.add(event, start, end)
        positions.add(position, start, end)  # type: ignore[arg-type]
    lazy = _Lane("meeting", positions.buckets, positions.starts,
                 LazyEvents(positions.events, store))  # type: ignore[arg-type]
    for bucket in lazy.buckets:
        bucket.events = LazyEvents(bucket.events, store)  # type: ignore[arg-type]
    return eager, lazy, store


def test_a_lazy_lanes_events_on_screen_are_read_through_the_store_once() -> None:
    eager, lazy, store = _lanes()
    windows = [(FIRST.toordinal() + k * 40.5, FIRST.toordinal() + k * 40.5 + 61)
               for k in range(12)]
    for first, last in windows:
        assert lazy.visible(first, last, 10_000) == eager.visible(first, last, 10_000)
    read = store.read
    assert read
    # Fails before: each frame read every event on screen through LazyEvents and the
    # store (two Python calls an event), however often it had been read.
    for first, last in windows:
        shown = lazy.visible(first, last, 10_000)
        assert shown == eager.visible(first, last, 10_000)
        assert all(a[0] is b[0] for a, b in zip(shown, eager.visible(first, last, 10_000),
                                                  strict=True))
    assert store.read == read
    # The lane's other readers see the same events.
    assert list(lazy.buckets[0].events) == eager.buckets[0].events
    assert lazy.visible(0, 10, 5) is None or lazy.visible(0, 10, 5) == []


def test_a_lazy_lanes_indicators_make_no_event() -> None:
    eager, lazy, store = _lanes()
    for k in range(10):
        first, last = FIRST.toordinal() + k * 50.0, FIRST.toordinal() + k * 50.0 + 30
        shown_events = eager.visible(first, last, 10_000) or []
        shown = {event.id for event, _start, _end in shown_events}
        for ids in (shown, set()):
            assert lazy.hidden_beside(first, last, ids) == eager.hidden_beside(first, last,
                                                                               ids)
    # Fails before: the events beside the view were made to read their ids.
    assert store.read == 0


def test_an_image_check_of_translucent_pixels_is_the_per_pixel_one() -> None:
    def per_pixel(under: list[int], over: list[int]) -> bool:  # (the loop it replaced)
        return any(pixel >> 24 != 255 for pixel, now in zip(under, over, strict=True)
                   if pixel != now)

    rnd = random.Random(24)
    opaque = [0xFF000000 | rnd.getrandbits(24) for _ in range(8)]
    for _ in range(3000):
        count = rnd.randint(1, 70)
        under = [rnd.choice([0, rnd.getrandbits(32), *opaque]) for _ in range(count)]
        over = [pixel if rnd.random() < 0.8 else rnd.choice(
            [pixel ^ (1 << rnd.randrange(32)), rnd.getrandbits(32)]) for pixel in under]
        words = (int.from_bytes(array("I", pixels).tobytes(), sys.byteorder)
                 for pixels in (under, over))
        assert _touches_translucent(*words, count) == per_pixel(under, over)


def test_a_rectangles_cut_is_qts_to_the_last_bit() -> None:
    rnd = random.Random(11)

    def value() -> float:
        return rnd.choice([rnd.uniform(-80, 80), float(rnd.randint(-40, 40)), 0.0, 1.5,
                           rnd.uniform(-1, 1) * 1e-3, 2 / 3])

    for _ in range(20_000):
        one = (value(), value(), value(), value())
        other = ((one[0] + rnd.choice([0.0, 0.1, -0.1]), *one[1:]) if rnd.random() < 0.3
                 else (value(), value(), value(), value()))
        cut = QRectF(*one).intersected(QRectF(*other))
        mine = _rect_intersected(one, other)
        if mine is None:
            assert cut.width() == 0 and cut.height() == 0
        else:
            assert mine == cut.getRect()


def test_texts_laid_out_are_drawn_at_their_own_size(qtbot, shown_view) -> None:  # type: ignore[no-untyped-def]
    events = [Event(f"d{i}", f"Visit {i} of the envoys", FuzzyDate.of_day(
        FIRST + _dt.timedelta(days=i)), category="visit") for i in range(30)]
    view = shown_view(Timeline.from_events(events))
    texts = [(0, "Visit 3 of the envoys"), (1, "+12"), (1, "◀ 4,512"), (2, "March 2004")]
    for font, text in texts:
        view._static_text(font, text)
    for key in texts:
        size = view._static_texts[key].size()
        assert view._static_sizes[key] == (size.width(), size.height())
    # Drawn where ``size()`` puts it, whether its size was remembered or not (a text
    # laid out apart: a test's, a cache emptied).
    images = []
    for forget in (False, True):
        if forget:
            view._static_sizes.clear()
        image = QImage(300, 120, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        try:
            for row, (font, text) in enumerate(texts):
                painter.setFont((view._label_font, view._small_font, view._bold_font)[font])
                view._draw_text(painter, QRectF(3.25, 2.5 + 28 * row, 250, 21), text, font,
                                centred=bool(row % 2))
        finally:
            painter.end()
        images.append(image)
    assert images[0] == images[1]
    assert set(view._static_sizes) == set(texts)
