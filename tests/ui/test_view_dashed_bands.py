"""Long circa spans in a picture painted in slices (issue 11): a circa span's dashed
outline costs Qt ~1.3 us a pixel on screen whatever the clip, so a band of rows holding
several spans wider than the view was one 13-15 ms slice at 1 000 000 events and
2560x1440, and a held Shift+arrow waited for it.  A band now ends before the span that
would take it over its share (``_band_cost_bottom``), a dashed span wholly outside a
band's clip is not drawn, and the picture is still a paint that remembers nothing."""

from __future__ import annotations

import datetime as _dt

import pytest
import view_pictures
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _fresh_picture
from test_view_sliced_ahead import _slice

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision
from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import TimelineView

FIRST = _dt.date(1990, 1, 1)
SPANS = 8


def _decades() -> Timeline:
    """Eight circa spans of five years stacked in one lane (each its own row), a solid
    one, and a few days' events in another lane.  The circa spans end in the test's view
    (10 months from 1 June 1995), near its right edge: spans across the whole view would
    take one row of them (``pack_lane``'s ``covering``, verify53 F11)."""
    end = FuzzyDate.of_day(_dt.date(1996, 3, 20))
    events = [Event(f"c{i}", f"Long negotiation number {i} between the parties",
                    FuzzyDate(1990 + i % 2, 1 + i, None, Precision.MONTH, circa=True),
                    end=end, category="treaty")
              for i in range(SPANS)]
    events.append(Event("s", "A solid decade", FuzzyDate(1990, 6, None, Precision.MONTH),
                        end=FuzzyDate(2000, 6, None, Precision.MONTH), category="treaty"))
    events += [Event(f"d{i}", f"Talks {i}",
                     FuzzyDate.of_day(_dt.date(1995, 1, 1) + _dt.timedelta(days=9 * i)),
                     category="meeting") for i in range(30)]
    return Timeline.from_events(events)


class _NothingKept(dict[tuple[object, ...], object]):
    """A cache that keeps nothing."""

    def __setitem__(self, key: tuple[object, ...], value: object) -> None:
        pass


def _count_dashed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list whose last number counts the dashed rounded rectangles drawn since it was
    appended to (``counts.append(0)`` starts a new count)."""
    counts = [0]
    real = QPainter.drawRoundedRect

    def counted(painter: QPainter, *args: object) -> None:
        if painter.pen().style() == Qt.PenStyle.DashLine:
            counts[-1] += 1
        real(painter, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QPainter, "drawRoundedRect", counted)
    return counts


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_band_holds_few_long_dashed_spans_and_the_picture_is_a_fresh_paint(
        qtbot, shown_view, monkeypatch, ratio):
    view = shown_view(_decades(), (1100, 700))
    # Each span's outline is dashed in the bands it is drawn in, by Qt or into its short
    # copy: none kept from the frames before (``_circa_short`` keeps them since session
    # 55, frames53), so that the bands' dashes are counted as what they would cost.
    monkeypatch.setattr(view, "_circa_scratches", _NothingKept())
    viewport = view.viewport()
    if ratio != 1.0:
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    QApplication.processEvents()
    middle = _dt.date(1995, 6, 1).toordinal()
    view.go_to_days(middle, middle + 300)  # every span far wider than the view
    QApplication.processEvents()
    layout = view._layout()
    dashed = [item for item in layout.items_by_id.values() if item.circa and not item.is_point]
    assert len(dashed) == SPANS and all(item.marker.width() > 3 * 1100 for item in dashed)
    # A steady pan: its next step is painted ahead, part by part (the app's slices).
    for _ in range(2):
        view._pan_pixels(57.0)
        viewport.repaint()
    view._ahead_timer.stop()
    counts = _count_dashed(monkeypatch)
    parts: list[tuple[int, int]] = []
    real_part = TimelineView._paint_part

    def part(self: TimelineView, job: object, to_the_end: bool) -> None:
        counts.append(0)
        top = job.next_row  # type: ignore[attr-defined]
        real_part(self, job, to_the_end)  # type: ignore[arg-type]
        parts.append((top, job.next_row))  # type: ignore[attr-defined]

    monkeypatch.setattr(TimelineView, "_paint_part", part)
    slices = 0
    while slices == 0 or view._paint_job is not None:
        _slice(view)
        slices += 1
        assert slices < 200
    bands = counts[1:]
    assert len(parts) == len(bands)
    # Each band draws at most the two spans its share allows (1 100 px of dash each:
    # ~1.4 ms), not every span whose rows reach into it; and there are more bands than
    # BANDS_PER_PICTURE where the spans lie.
    assert max(bands) <= 2, (bands, parts)
    assert sum(bands) >= SPANS
    assert len(parts) > timeline_view.BANDS_PER_PICTURE + 1
    # The picture made ahead is the step's fresh paint; so is the frame that copies it.
    assert view._ahead_picture is not None
    view._pan_pixels(57.0)
    assert view._ahead_picture[0] == view._frame_key()
    assert view._ahead_picture[1] == _fresh_picture(view, ratio)
    if ratio == 1.0:
        viewport.repaint()
        grabbed = viewport.grab().toImage()
        assert grabbed == view_pictures.whole_paint(view).convertToFormat(grabbed.format())
