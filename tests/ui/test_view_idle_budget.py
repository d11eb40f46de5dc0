"""Work the view does while the app waits keeps to its slice and resumes where it stopped
(issue 11, session 27, fix40): at 1 000 000 events and 2560x1440 a drag's moves waited
behind single slices of 16-48 ms — the view's tiles at rest copied in one slice, a
stretch's copied tiles' dense rows painted again in one, bands sized by a sparse band's
cost, rows never painted counted free.

No timing is asserted: budgets of 0 (the least slice) or none, and row costs set by the
tests; what is checked is where a slice stops, that the next one goes on from there, and
that nothing is lost (every tile and row done once all slices ran)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, Qt
from test_view_batched_paint import _mixed
from test_view_drag_frames import _empty_spot, _mouse
from test_view_pan_rest_tiles import _at_rest

from timeline_app.ui import timeline_view as tv
from timeline_app.ui.timeline_view import LANES_TOP, MIN_BAND_ROWS, TimelineView
from timeline_app.ui.view_settings import set_in_view

SIZE = (1400, 560)


def _pressed(qtbot: Any, view: TimelineView) -> tv._Pan:
    """A press on empty space of the view at rest, its picture made (the press's first
    slice): the pan, its view's tiles not copied yet."""
    _at_rest(qtbot, view, 200.0)
    _mouse(view, QEvent.Type.MouseButtonPress, _empty_spot(view), Qt.MouseButton.LeftButton)
    pan = view._pan
    assert pan is not None
    for _ in range(200):
        view._pan_timer.stop()
        if pan.layout is not None and pan.picture is not None:
            break
        view._pan_work()
    assert pan.rest is not None and pan.picture is not None
    return pan


def test_the_view_s_tiles_at_rest_are_copied_a_few_a_slice_and_all_in_the_end(
        qtbot, shown_view):
    """``_copy_rest_tiles`` with a budget of one tile's bytes copies one tile (nearest
    the view's middle) and keeps the picture at rest for the next slice; the slices end
    with the tiles one call without a budget copies."""
    view = shown_view(_mixed(4500), SIZE)
    pan = _pressed(qtbot, view)
    rest = pan.rest
    one_tile = int(4 * pan.tile * view.viewport().height() * pan.ratio ** 2)
    before = set(pan.painted)
    taken: list[set[int]] = []
    for _ in range(50):
        if pan.rest is None:
            break
        was = set(pan.painted)
        view._copy_rest_tiles(pan, one_tile)
        taken.append(set(pan.painted) - was)
    assert pan.rest is None and len(taken) > 1
    assert all(len(tiles) == 1 for tiles in taken)
    middle = pan.margin + view.viewport().width() / 2
    first = next(iter(taken[0]))
    assert all(abs((first + 0.5) * pan.tile - middle)
               <= abs((k + 0.5) * pan.tile - middle) + pan.tile for t in taken for k in t)
    sliced = set(pan.painted) - before
    pan.painted = set(before)
    pan.rest = rest
    view._copy_rest_tiles(pan)  # all at once (a frame's)
    assert set(pan.painted) - before == sliced
    _mouse(view, QEvent.Type.MouseButtonRelease, _empty_spot(view), Qt.MouseButton.NoButton)


def test_a_band_of_a_pan_s_tiles_ends_where_its_rows_last_cost_the_budget(shown_view):
    """``_pan_rows_in``: rows as their last cost a pixel of width allows; a row not
    painted yet at the dearest known; ``PAN_FIRST_BAND_ROWS`` before any band; none when
    nothing is left."""
    view = shown_view(_mixed(300), (1200, 700))
    height = view.viewport().height()
    view._pan_row_cost = []
    assert view._pan_rows_in(100, 500, 5.0) == tv.PAN_FIRST_BAND_ROWS
    assert view._pan_rows_in(100, 500, 0.0) == 0
    costs = [0.0] * height
    costs[100:200] = [0.0001] * 100  # 0.05 ms a row at 500 px
    costs[400:420] = [0.0005] * 20  # the dearest: 0.25 ms a row at 500 px
    view._pan_row_cost = costs
    assert view._pan_rows_in(100, 500, 2.0) == 39  # (40 rows: 2.0 ms, not over)
    # 100 known rows (5 ms), then 3 unknown at the dearest (0.75 ms) within 5.9 ms.
    assert view._pan_rows_in(100, 500, 5.9) == 103
    # What a band's rows cost as noted (a slice compares it with what the band took).
    assert abs(view._pan_band_ms(100, 104, 500) - 0.2) < 1e-9
    assert abs(view._pan_band_ms(199, 202, 500) - (0.05 + 0.25 + 0.25)) < 1e-9
    view._pan_row_cost = []
    assert view._pan_band_ms(100, 200, 500) == 0.0
    view._pan_row_cost = costs
    view._note_pan_band(200, 300, 500, 10.0)  # 0.1 ms a row: 0.0002 a pixel
    assert view._pan_row_cost[200] == view._pan_row_cost[299] == 10.0 / (100 * 500)
    assert view._pan_row_cost[300] == 0.0
    view._note_pan_band(250, 300, 500, 1.0)  # cheaper: 0.7 of the dearer cost stays
    assert view._pan_row_cost[250] == 0.7 * 10.0 / (100 * 500)
    view._note_pan_band(250, 300, 500, 50.0)  # dearer: taken
    assert view._pan_row_cost[250] == 50.0 / (50 * 500)


def test_a_row_s_cost_noted_ahead_keeps_most_of_a_dearer_one(shown_view):
    """``_note_band_cost``: a band's rows take its cost a row, or 0.7 of a dearer one
    noted before (the views beside and the steps ahead differ in their items)."""
    view = shown_view(_mixed(300), (1200, 700))
    view._row_ms = []
    view._note_band_cost(100, 200, 10.0)
    assert view._row_ms[100] == view._row_ms[199] == 0.1 and view._row_ms[200] == 0.0
    view._note_band_cost(150, 250, 1.0)
    assert view._row_ms[150] == 0.7 * 0.1 and view._row_ms[220] == 0.01
    assert view._row_ms[100] == 0.1


def test_a_copied_stretch_s_dense_rows_are_painted_again_a_band_a_slice(
        shown_view, monkeypatch):
    """``_redo_dense`` with the least budget paints ``MIN_BAND_ROWS`` rows of the first
    band left and keeps the rest; each next slice goes on from there; the copied tiles
    are counted painted only when every band is done, and every row of every band was
    painted once; without a budget (a frame) all that is left at once."""
    view = shown_view(_mixed(300), (1200, 700))
    pan = tv._Pan(0.0, (), 0, 128, 1280, 1.0)
    pan.redo = [(0, 2, LANES_TOP, LANES_TOP + 100, 0, 2), (2, 4, 300, 340, 3, 4)]
    pan.redo_tiles = {0, 1, 3}
    pan.painted = {5}
    painted: list[tuple[int, int, int, int, tuple[int, int]]] = []
    monkeypatch.setattr(view, "_paint_pan_band", lambda p, first, end, top, bottom, cols:
                        painted.append((first, end, top, bottom, cols)))
    monkeypatch.setattr(view, "_pan_picture", lambda *a, **k: False)  # (it has one)
    view._pan_row_cost = [1.0] * view.viewport().height()  # every row dear
    slices = 0
    while pan.redo:
        view._redo_dense(pan, 0.0)
        slices += 1
        assert pan.painted == ({5} if pan.redo else {0, 1, 3, 5})
        assert slices < 50
    assert all(bottom - top >= MIN_BAND_ROWS for _f, _e, top, bottom, _c in painted)
    rows_a = [row for f, _e, top, bottom, _c in painted if f == 0
              for row in range(top, bottom)]
    rows_b = [row for f, _e, top, bottom, _c in painted if f == 2
              for row in range(top, bottom)]
    assert rows_a == list(range(LANES_TOP, LANES_TOP + 100))
    assert rows_b == list(range(300, 340))
    assert slices == len(painted) > 2
    assert not pan.redo_tiles
    # A frame: whatever is left, at once.
    pan.redo = [(0, 2, LANES_TOP, LANES_TOP + 100, 0, 2)]
    pan.redo_tiles = {7}
    del painted[:]
    view._redo_dense(pan, None)
    assert painted == [(0, 2, LANES_TOP, LANES_TOP + 100, (0, 2))]
    assert 7 in pan.painted and not pan.redo


def test_the_pictures_a_drag_lets_go_are_freed_one_a_slice_and_none_kept(
        qtbot, shown_view):
    """Once the pointer moves with the button held, the views beside the one at rest
    and the other pictures kept for it go (``_Pan.sides_kept``): not all in one slice
    (8-14 ms at 1 000 000 events and 2560x1440) but one a slice of the pan's work, and
    whatever is left when the drag ends goes with it."""
    view = shown_view(_mixed(4500), SIZE)
    _at_rest(qtbot, view, 200.0)
    qtbot.waitUntil(lambda: len(view._side_pictures) >= 2, timeout=10000)
    pan = _pressed(qtbot, view)
    assert pan.sides_kept and view._side_pictures
    held = len(view._side_pictures)
    x, y = _empty_spot(view).x(), _empty_spot(view).y()
    _mouse(view, QEvent.Type.MouseMove, QPointF(x - 30, y), Qt.MouseButton.LeftButton)
    view.viewport().repaint()  # the move's frame
    view._pan_timer.stop()
    assert not pan.sides_kept and not view._side_pictures
    queued = len(view._pictures_to_free)
    assert queued >= held
    for left in range(queued - 1, max(-1, queued - 3), -1):
        view._pan_timer.stop()
        view._pan_work()
        assert len(view._pictures_to_free) == left
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x - 30, y), Qt.MouseButton.NoButton)
    view.viewport().repaint()
    qtbot.waitUntil(lambda: view._pan is None, timeout=10000)
    assert not view._pictures_to_free


def test_a_slice_s_first_band_of_tiles_is_short_whatever_the_rows_noted(
        qtbot, shown_view, monkeypatch):
    """The first band a slice paints runs whatever it costs: however cheap its rows were
    noted elsewhere in the stretch, it is ``PAN_FIRST_BAND_ROWS`` rows at most (a dense
    region's 540 rows were 27-30 ms at 1 000 000 events); the next ones follow the costs
    (here noted as nothing: the rest of the group in one band), and the group is done."""
    view = shown_view(_mixed(4500), SIZE)
    pan = _pressed(qtbot, view)
    height = view.viewport().height()
    view._pan_row_cost = [1e-9] * height
    bands: list[tuple[int, int]] = []
    real = view._paint_pan_band
    monkeypatch.setattr(view, "_paint_pan_band", lambda p, first, end, top, bottom, cols=None: (
        bands.append((top, bottom)), real(p, first, end, top, bottom, cols)))
    monkeypatch.setattr(view, "_note_pan_band", lambda *a: None)  # (rows stay "cheap")
    set_in_view("BAND_CONTENT_US", 1e12, monkeypatch)  # (no cut by content either)
    tile = next(k for k in range(pan.width // pan.tile) if k not in pan.painted)
    view._paint_pan_tiles([tile], pan, budget=1e9)  # (no slice's end: no timing)
    assert bands and bands[0][1] - bands[0][0] <= tv.PAN_FIRST_BAND_ROWS
    assert bands[0][0] == LANES_TOP
    assert bands[-1][1] == height and tile in pan.painted
    _mouse(view, QEvent.Type.MouseButtonRelease, _empty_spot(view), Qt.MouseButton.NoButton)
