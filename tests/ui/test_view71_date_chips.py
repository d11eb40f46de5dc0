"""Session 55, view71: the dates beside titles (view69, view70) cost +6.7 % callgrind
instructions a frame at 100 000 events (year, month and week, scroll-bar pans): each pan
is a new layout, and each date's box was filled and its text shaped and blended again.

A date drawn at one device pixel a pixel is now copied into a chip from the device
(``view_dates._paint_dates``, as the titles' chips: ``_keep_drawn_chips``) and a date of
the same text, box and colours at the same fraction of a pixel is copied from it.  The
frames must be those of a paint that remembers no chip: a still view, a pan by the scroll
bar and a pan by a fraction of a pixel.  Fails before: no ``_date_chips``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QImage, QPainter

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.label_chips import LabelChips
from timeline_app.ui.view_dates import DATE_CHIP_BYTES, short_date


def _sparse() -> Timeline:
    """Talks every 9 days in three lanes: a lane's few titles in a 200-day view, most
    with room for their dates."""
    day = dt.date(2003, 1, 1)
    return Timeline.from_events([
        Event(f"s{n}", f"Talks {n}", FuzzyDate.of_day(day + dt.timedelta(days=9 * n)),
              category=("meeting", "visit", "policy")[n % 3]) for n in range(110)])


def _painted(view) -> QImage:  # type: ignore[no-untyped-def]
    """The view painted as its frame picture into an image (the chips' device)."""
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setFont(view._label_font)
    view._paint(painter, picture=True)
    painter.end()
    return image


def _cold(view) -> QImage:  # type: ignore[no-untyped-def]
    """``_painted`` with no date chip remembered (the view's chips left as they were)."""
    warm, view._date_chips = view._date_chips, LabelChips(DATE_CHIP_BYTES)
    try:
        return _painted(view)
    finally:
        view._date_chips = warm


def _dated(view) -> int:  # type: ignore[no-untyped-def]
    layout = view._layout()
    return sum(len(view._dates_beside(lane, layout)) for lane in layout.lanes if not lane.dense)


def test_dates_copied_from_chips_are_the_dates_drawn(shown_view) -> None:
    view = shown_view(_sparse(), (1200, 500), fit=False)
    start = dt.date(2003, 3, 1).toordinal()
    view.go_to_days(start, start + 200.37)  # (dates at fractions of a pixel)
    chips = view._date_chips
    first = _painted(view)
    assert _dated(view) >= 10 and len(chips) >= 10  # (drawn, and kept)
    made = chips.made
    assert _painted(view) == first and chips.made == made  # all copied
    assert _cold(view) == first
    bar = view.horizontalScrollBar()
    copied = 0
    for step in (37, 37, 200, -111, 3):  # the scroll bar's pans: new layouts each
        bar.setValue(bar.value() + step)
        made = chips.made
        shown = _painted(view)
        copied += _dated(view) - (chips.made - made)
        assert shown == _cold(view), f"after {step} px: not a paint with no date chip"
    assert copied > 20  # most dates of a pan were on screen before: copied


def test_a_date_at_another_fraction_of_a_pixel_is_drawn_not_copied(shown_view) -> None:
    """A date's glyphs are placed to 1/64 of a pixel (~25 renderings across a pixel):
    a chip is copied only within the same 1/64, and each view is a cold paint."""
    view = shown_view(_sparse(), (1200, 500), fit=False)
    start = dt.date(2003, 3, 1).toordinal()
    view.go_to_days(start, start + 200.0)
    ppd = view._px_per_day
    for px in (0.0, 1 / 128, 1 / 64 - 1e-6, 1 / 64, 3 / 64 + 1e-6, 0.3, 0.5, 0.51, 0.99, 0.0):
        view.go_to_days(start + px / ppd, start + px / ppd + 200.0)
        assert _dated(view) >= 10
        assert _painted(view) == _cold(view), f"shifted {px} px"


def test_an_edited_date_or_title_is_written_anew(shown_view) -> None:
    """The words and widths are kept by event id while the lanes' contents stay: an
    edit (a new date, a longer title) is written at once, as a view that kept nothing
    writes it."""
    import dataclasses

    view = shown_view(_sparse(), (1200, 500), fit=False)
    start = dt.date(2003, 3, 1).toordinal()
    view.go_to_days(start, start + 200.0)

    def beside(event_id: str) -> str:
        _painted(view)
        shown = view.date_beside(event_id)[0]
        kept, view._date_words_kept = view._date_words_kept, None
        view._layouts.clear()
        assert view.date_beside(event_id)[0] == shown  # (what nothing kept gives)
        view._date_words_kept = kept
        return shown

    timeline = view._document.timeline
    dated = [e for e in timeline if beside(e.id)]
    assert len(dated) >= 10
    moves = 0
    for event in dated[2:-2]:
        day = dt.date(event.date.year, event.date.month, event.date.day or 1)
        moved = dataclasses.replace(event, date=FuzzyDate.of_day(day - dt.timedelta(days=1)))
        view._document.update_event(moved)
        if beside(event.id):
            assert beside(event.id) == short_date(moved) != short_date(event)
            moves += 1
        renamed = dataclasses.replace(moved, title=moved.title + "!")
        view._document.update_event(renamed)
        assert view.label_text(event.id) in (renamed.title, "")
        beside(event.id)
    assert moves >= 3
    assert _painted(view) == _cold(view)
