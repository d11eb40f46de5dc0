"""Session 55, view71: the dates beside titles (view69, view70) cost +7.3 % callgrind
instructions against main at 100 000 events (year, month and week, scroll-bar pans): each
pan is a new layout, and each lane worked its frame (the cut bands) out again, asked the
timeline, the words and the width of each title's date again, and drew each date with
~10 calls into Qt.  The frame is now worked out once a layout, the words kept by event
id, and a date drawn from one call for its box.  The pixels must be view69's drawing's,
and an edit must show at once.  Fails before: ``_dates_frame`` ran once a lane, and
there were no kept words (``_date_words_kept``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.style import dim_text_color
from timeline_app.ui.view_base import _label_background
from timeline_app.ui.view_dates import DatesMixin, short_date


def _sparse() -> Timeline:
    """Talks every 9 days in three lanes: a lane's few titles in a 200-day view, most
    with room for their dates."""
    day = dt.date(2003, 1, 1)
    return Timeline.from_events([
        Event(f"s{n}", f"Talks {n}", FuzzyDate.of_day(day + dt.timedelta(days=9 * n)),
              category=("meeting", "visit", "policy")[n % 3]) for n in range(110)])


def _painted(view) -> QImage:  # type: ignore[no-untyped-def]
    """The view painted as its frame picture into an image."""
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setFont(view._label_font)
    view._paint(painter, picture=True)
    painter.end()
    return image


def _view69_paint_dates(self, painter, lane, offset, band, columns):  # type: ignore[no-untyped-def]
    """``_paint_dates`` as view69 and view70 drew the dates (session 54, 837c4b33)."""
    if lane.dense:
        return
    dates = self._dates_beside(lane)
    shown = list(dates.values()) if columns is None else [
        found for found in dates.values()
        if found[1].right() >= columns[0] and found[1].left() <= columns[1]]
    if not shown:
        return
    color = dim_text_color(self.palette().text().color(), band)
    painter.save()
    painter.translate(0, offset)
    painter.setPen(color)
    painter.setFont(self._small_font)
    for text, box in shown:
        painter.fillRect(_label_background(box), band)
        static = self._static_text(1, text)
        height = self._static_size((1, text), static)[1]
        painter.drawStaticText(QPointF(box.left(), box.top() + (box.height() - height) / 2),
                               static)
    painter.restore()


def _dated(view) -> int:  # type: ignore[no-untyped-def]
    layout = view._layout()
    return sum(len(view._dates_beside(lane, layout)) for lane in layout.lanes if not lane.dense)


def test_the_dates_are_view69s_pixels(shown_view, monkeypatch) -> None:
    """At fractions of a pixel and after the scroll bar's pans (each a new layout)."""
    view = shown_view(_sparse(), (1200, 500), fit=False)
    start = dt.date(2003, 3, 1).toordinal()
    view.go_to_days(start, start + 200.0)
    ppd = view._px_per_day
    bar = view.horizontalScrollBar()
    for px, step in ((0.0, 0), (1 / 128, 0), (1 / 64 - 1e-6, 0), (0.3, 0), (0.5, 0),
                     (0.99, 0), (0.99, 37), (0.99, 200), (0.99, -111), (0.99, 3)):
        if step:
            bar.setValue(bar.value() + step)
        else:
            view.go_to_days(start + px / ppd, start + px / ppd + 200.0)
        shown = _painted(view)
        assert _dated(view) >= 10
        with monkeypatch.context() as patch:
            patch.setattr(type(view), "_paint_dates", _view69_paint_dates)
            assert _painted(view) == shown, f"shifted {px} px, then {step} px"


def test_the_frame_is_worked_out_once_a_layout(shown_view, monkeypatch) -> None:
    view = shown_view(_sparse(), (1200, 500), fit=False)
    start = dt.date(2003, 3, 1).toordinal()
    view.go_to_days(start, start + 200.0)
    calls: list[int] = []
    frame = DatesMixin._dates_frame

    def counted(self, layout):  # type: ignore[no-untyped-def]
        calls.append(id(layout))
        return frame(self, layout)

    monkeypatch.setattr(type(view), "_dates_frame", counted)
    bar = view.horizontalScrollBar()
    for step in (0, 37, 200):
        bar.setValue(bar.value() + step)
        calls.clear()
        _painted(view)
        lanes = [lane for lane in view._layout().lanes if view._dates_beside(lane)]
        assert len(lanes) >= 2 and len(calls) <= 1, (len(lanes), calls)


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


def test_a_dates_width_is_its_laid_out_texts(shown_view) -> None:
    """The width a date is placed with is its ``QStaticText``'s, which must be the small
    font's advance (the width view69 placed it with)."""
    view = shown_view(_sparse(), (600, 300))
    texts = {short_date(event) for event in view._document.timeline}
    texts |= {"c. 1592", "late 2024", "3 May – 5 Jun 2024", "c. Jan 2025", "Jun 1965"}
    for text in texts:
        static = view._static_text(1, text)
        assert view._static_size((1, text), static)[0] == view._small_width(text), text
