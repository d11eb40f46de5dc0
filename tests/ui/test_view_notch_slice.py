"""A slice of work ahead keeps to its budget (``IDLE_SLICE_MS``): its bands are cut where
the rows' costs, as last painted ahead, fill what is left of it (``_budget_bottom``), and
the part above the lanes is judged by its own last cost.  Cut by rows and content alone,
bands at 2560x1440 and 100 000 events were 2.3-10.7 ms, slices up to twice the budget
(issue 11, session 14: bench_view's zoom-notch rows, an input waiting behind a slice).

No timing is asserted: the row costs are set by the tests, and any cut must give the
same picture."""

from __future__ import annotations

from typing import Any

from test_view_batched_paint import _fresh_picture, _mixed
from test_view_sliced_ahead import PAN, _slice, _slices_to_the_end, _steady_pan

from timeline_app.ui import timeline_view as tv
from timeline_app.ui.timeline_view import LANES_TOP, MIN_BAND_ROWS, TimelineView
from timeline_app.ui.view_settings import set_in_view


def _stepped_ahead(shown_view: Any) -> TimelineView:
    """``_mixed(300)`` at 1200x700 after two equal pans (``_steady_pan``): the third step
    is to be painted ahead, in slices; nothing of it is done yet."""
    view = shown_view(_mixed(300), (1200, 700))
    _steady_pan(view)
    return view


def test_a_band_ends_where_its_rows_last_cost_what_is_left_of_the_slice(shown_view):
    view = _stepped_ahead(shown_view)
    height = view.viewport().height()
    view._row_ms = [0.125] * height
    view._band_left_ms = 3.0  # 24 rows
    assert view._budget_bottom(100, 400) == 124
    assert view._budget_bottom(100, 130) == 130  # no rest of fewer than MIN_BAND_ROWS
    view._band_left_ms = 0.5  # 4 rows: never fewer than MIN_BAND_ROWS
    assert view._budget_bottom(100, 400) == 100 + MIN_BAND_ROWS
    view._band_left_ms = None  # no budget (a frame finishing a picture, a 0 budget)
    assert view._budget_bottom(100, 400) == 400
    view._band_left_ms = 3.0
    # Noted at another height, or nothing noted: a first band of PAN_FIRST_BAND_ROWS at
    # most (counted free, such rows made bands of 10-17 ms at 1 000 000 events).
    view._row_ms = [0.125] * (height - 1)
    assert view._budget_bottom(100, 400) == 100 + tv.PAN_FIRST_BAND_ROWS
    view._row_ms = [0.0] * height
    assert view._budget_bottom(100, 400) == 100 + tv.PAN_FIRST_BAND_ROWS
    assert view._budget_bottom(100, 100 + tv.PAN_FIRST_BAND_ROWS + 3) == (
        100 + tv.PAN_FIRST_BAND_ROWS + 3)  # (no rest of fewer than MIN_BAND_ROWS)


def test_a_row_not_painted_ahead_yet_counts_at_the_dearest_row_known(shown_view):
    """Rows with no cost noted (below the bands painted so far) are not free: each
    counts at the dearest row known, so the band ends as if they cost that."""
    view = _stepped_ahead(shown_view)
    height = view.viewport().height()
    costs = [0.0] * height
    costs[100:150] = [0.0625] * 50  # cheap rows noted
    costs[300:310] = [0.25] * 10  # the dearest known
    view._row_ms = costs
    view._band_left_ms = 4.0
    # 50 rows at 0.0625 (3.125 ms), then rows unknown at 0.25: 3 more fit (0.75 ms).
    assert view._budget_bottom(100, 400) == 153


def test_bands_cut_to_a_small_budget_paint_the_same_picture(shown_view, monkeypatch):
    """Slices of 1 ms, rows noted dear (the first band cut to ``MIN_BAND_ROWS``, the next
    ones as their measured costs say): the picture painted ahead is a fresh paint's."""
    view = _stepped_ahead(shown_view)
    viewport = view.viewport()
    view._row_ms = [1.0] * viewport.height()
    set_in_view("IDLE_SLICE_MS", 1.0, monkeypatch)
    tops: list[int] = []
    real_part = TimelineView._paint_part
    monkeypatch.setattr(TimelineView, "_paint_part", lambda self, job, to_the_end: (
        tops.append(job.next_row), real_part(self, job, to_the_end)))
    _slices_to_the_end(view)
    bands = [top for top in tops if 0 <= top < viewport.height()]
    assert bands[0] == LANES_TOP and bands[1] - bands[0] == MIN_BAND_ROWS, bands
    view._pan_pixels(PAN)  # the step painted ahead
    assert view._ahead_picture is not None
    assert view._ahead_picture[0] == view._frame_key()
    assert view._ahead_picture[1] == _fresh_picture(view)


def test_the_part_above_the_lanes_is_judged_by_its_own_cost(shown_view, monkeypatch):
    """The part above the lanes last cost more than a slice: no slice that painted a
    band goes on to it (on the code before, judged by the last band's cost, the whole
    picture was one slice of this budget)."""
    view = _stepped_ahead(shown_view)
    height = view.viewport().height()
    set_in_view("IDLE_SLICE_MS", 1000.0, monkeypatch)
    view._above_ms = 2000.0
    slices: list[list[int]] = []
    real_part = TimelineView._paint_part
    monkeypatch.setattr(TimelineView, "_paint_part", lambda self, job, to_the_end: (
        slices[-1].append(job.next_row), real_part(self, job, to_the_end)))
    while not slices or view._paint_job is not None:
        slices.append([])
        _slice(view)
        assert len(slices) < 100
    above = [parts for parts in slices if any(top >= height for top in parts)]
    assert len(above) == 1 and above[0] == [height], slices
    assert any(top < height for top in slices[0]), slices  # the bands: one slice
