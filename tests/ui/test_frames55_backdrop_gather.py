"""A pan's or a zoom's backdrop tiles gathered column by column from the tiles before
(``TimelineView._backdrop_gathered``, issue 11, session 57, frames55): every column of a
tile is its band's colour with that column's grid and article-line pixels over it, so a
column of the same kind (``_backdrop_kinds``) is copied from the old tile instead of the
whole tiles, the grid's rows and the article lines' stripe being made again each pan.
The pictures are pixel for pixel those of tiles made afresh; a column of a kind the old
tiles lack (two article lines over one column) has the tiles made whole."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from test_view_backdrop_tiles import _forgetting, _picture, _view

from timeline_app.ui.timeline_view import TimelineView


def _counting_tiles(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the tiles made by painting (``_backdrop_tile``, whole or a part)."""
    made: list[int] = []
    real = TimelineView._backdrop_tile

    def counted(*args: Any) -> QImage:
        made.append(args[2])  # (its width)
        return real(*args)

    monkeypatch.setattr(TimelineView, "_backdrop_tile", staticmethod(counted))
    return made


def _fresh(view: TimelineView, monkeypatch: pytest.MonkeyPatch) -> QImage:
    """The view's picture with tiles made afresh (the code before: none kept); the
    view's tiles left as they were."""
    kept = view._backdrop_tiles
    with monkeypatch.context() as patch:
        _forgetting(patch)
        picture = _picture(view, None)
    view._backdrop_tiles = kept
    return picture


def test_pans_and_zooms_gather_their_tiles_with_fresh_tiles_pixels(shown_view,
                                                                   monkeypatch):
    """Scroll-bar pans both ways (whole pixels), a pan by an odd number of pixels and a
    zoom notch paint the backdrop from the tiles before, most of them making no tile
    (a column where a minor and a major grid line meet, or an article line crosses a
    grid line, may be of a kind the tiles before lacked: then they are made whole; on
    the code before every move made its tiles whole: the test fails), and each picture
    is the one tiles made afresh give."""
    view = _view(shown_view, monkeypatch)
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    # (the view's first paint keeps no kinds of columns: numpy waits for the next one)
    bar.setValue(bar.value() - step)
    QApplication.processEvents()
    _picture(view, None)
    assert view._backdrop_tiles is not None and view._backdrop_tiles[4]
    assert view._backdrop_tiles[7] is not None and len(view._backdrop_tiles[7]) == 2
    made = _counting_tiles(monkeypatch)
    moves = [("pan right", lambda: bar.setValue(bar.value() + step)),
             ("pan right again", lambda: bar.setValue(bar.value() + step)),
             ("pan left", lambda: bar.setValue(bar.value() - 2 * step)),
             ("an odd pan", lambda: bar.setValue(bar.value() + 37)),
             ("a zoom notch", lambda: view.zoom_by(1.25, 300.0))]
    gathered = []
    for what, move in moves:
        before = view._backdrop_tiles
        made.clear()
        move()  # (and the view's own frame)
        QApplication.processEvents()
        kept = _picture(view, None)
        assert view._backdrop_tiles is not before, f"{what}: the same tiles"
        assert all(width == view.viewport().width() for width in made), what
        if not made:
            gathered.append(what)
        assert view._article_line_columns(), what  # (the lines in the tiles)
        assert kept == _fresh(view, monkeypatch), what
    assert len(gathered) >= 3, gathered


def test_lines_over_one_column_have_the_tiles_made_whole(shown_view, monkeypatch):
    """Two article lines a pixel apart share columns (their pixels are composed, not a
    column's kind): the tiles are made whole; with the lines apart again, the tiles are
    gathered from those (the columns' other kinds are in them), and every picture is
    fresh tiles'."""
    view = _view(shown_view, monkeypatch)
    view._backdrop_tiles = None
    _picture(view, None)
    lines = view._article_line_columns()
    segments = view._axis_segments()
    grid = {x for major in (False, True) for x in view._grid_columns(segments, major)}
    # (a line clear of the grid: its columns' kinds are a lone line's)
    lone = next(i for i, x in enumerate(lines)
                if not any(abs(x - column) < 8 for column in grid))
    made = _counting_tiles(monkeypatch)
    view._article_lines_override = [*lines[:lone + 1], lines[lone] + 1.0,
                                    *lines[lone + 1:]]
    made.clear()
    kept = _picture(view, None)
    assert made and all(width == view.viewport().width() for width in made)
    assert kept == _fresh(view, monkeypatch)
    view._article_lines_override = list(lines)
    made.clear()
    kept = _picture(view, None)
    assert made == []
    assert kept == _fresh(view, monkeypatch)


@pytest.mark.parametrize("xs", [
    [-1.2, 4.4, 447.5, 893.5, 899.4],  # apart, cut by the edges
    [-3.2, 0.4, 447.5, 448.9, 898.5, 901.4],  # cut by the edges, composed
])
@pytest.mark.parametrize("first, width", [(0, None), (0, 3), (2, 50), (446, 4),
                                          (-200, 200), (-3, 3)])
def test_a_part_of_the_stripe_is_those_columns_of_the_whole(shown_view, xs, first,
                                                            width):
    """``_article_stripe``'s ``first`` and ``width``: the same pixels as those columns of
    the stripe across the view, lines cut by the part's edges or composed included."""
    view = _view(shown_view, monkeypatch=pytest.MonkeyPatch())
    height, view_width = view.viewport().height(), view.viewport().width()
    width = view_width if width is None else width
    first = first if first >= 0 else view_width + first  # (from the right edge)
    whole = view._article_stripe(height, xs)
    part = view._article_stripe(height, xs, first, width)
    assert whole is not None and part is not None
    expected = whole.toImage().copy(first, 0, width, whole.height())
    assert part.toImage() == expected


def test_a_part_of_a_tile_is_those_columns_of_the_whole_tile(shown_view, monkeypatch):
    """``_backdrop_tile`` of a few columns (their grid rows, ``_backdrop_rows``, and
    stripe) has the pixels of those columns of the whole tile: what composing each
    column alone rests on."""
    view = _view(shown_view, monkeypatch)
    _picture(view, None)
    height, width = view.viewport().height(), view.viewport().width()
    segments = view._axis_segments()
    grid = [view._grid_columns(segments, major) for major in (False, True)]
    lines = view._article_line_columns()
    stripe = view._article_stripe(height, lines)
    assert stripe is not None
    color = view._lane_fill(1)
    whole = TimelineView._backdrop_tile(QPainter, color, width, stripe.height(),
                                        view._backdrop_rows(grid, 0, width), None, stripe)
    for first, part_width in ((0, 120), (119, 1), (300, 257), (width - 90, 90)):
        part = TimelineView._backdrop_tile(
            QPainter, color, part_width, stripe.height(),
            view._backdrop_rows(grid, first, part_width), None,
            view._article_stripe(height, lines, first, part_width))
        assert part == whole.copy(first, 0, part_width, stripe.height()), first
