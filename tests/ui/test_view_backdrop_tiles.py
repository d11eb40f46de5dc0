"""The lanes' backdrop tiles (bands, grid lines, article lines: one opaque tile per lane
colour, ``TimelineView._paint_backdrop``) are made once for a view and shared by the
bands of its picture painted in slices, instead of once a band (issue 11, session 13,
``zoom14``: the bands of the pictures painted ahead of a zoom run made them again, 35 %
of the backdrop's instructions).  They are made again when anything they show changes
(the grid's columns at another zoom, the article lines, the width, the palette), and
every picture and every zoom notch's frame is pixel for pixel what tiles made afresh
for each band give."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication
from test_view_repaint import _tall_timeline
from test_view_zoom_run_ahead import ANCHOR_X, _one_lane

from timeline_app.ui import timeline_view as tv
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_settings import set_in_view


def _picture(view: TimelineView, bands: list[tuple[int, int]] | None) -> QImage:
    """The view's picture painted whole (``bands`` None) or band by band, as
    ``_paint_part`` paints a picture ahead (each band with a painter of its own)."""
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFF00FF)  # a colour the view never paints
    for strip in bands or [None]:  # type: ignore[list-item]
        painter = QPainter(image)
        try:
            painter.setFont(view._label_font)
            view._paint(painter, picture=True, strip=strip)
        finally:
            painter.end()
    return image


def _forgetting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every backdrop makes its tiles afresh (the code before: none kept)."""
    real = TimelineView._paint_backdrop

    def fresh(self: TimelineView, *args: Any) -> Any:
        self._backdrop_tiles = None
        return real(self, *args)

    monkeypatch.setattr(TimelineView, "_paint_backdrop", fresh)


def _view(shown_view: Any, monkeypatch: pytest.MonkeyPatch) -> TimelineView:
    set_in_view("FEW_ARTICLE_LINES", 0, monkeypatch)  # the article lines in the tiles
    view = shown_view(_tall_timeline(articles=40))
    view.resize(900, 360)
    first = _dt.date(2020, 1, 1).toordinal()
    view.go_to_days(first, first + 240)  # no break on screen: the backdrop holds
    QApplication.processEvents()
    assert view._article_line_columns()
    return view


def _bands(view: TimelineView) -> list[tuple[int, int]]:
    top, height = tv.LANES_TOP, view.viewport().height()
    return [(top, top + 37), (top + 37, top + 120), (top + 120, height)]


@pytest.mark.parametrize("dark", [False, True])
def test_a_picture_s_bands_share_their_tiles_and_show_fresh_ones_pixels(
        shown_view, monkeypatch, dark):
    """A picture painted in three bands makes its tiles once (the first band) and the
    others take them; whole and in bands, at four vertical scrolls (the article lines'
    dashes scroll with the lanes: a tile several rows tall), the pixels are those of
    tiles made for each band (on the code before: no tiles kept, the test fails)."""
    view = _view(shown_view, monkeypatch)
    if dark:
        palette = QPalette(view.palette())
        palette.setColor(QPalette.ColorRole.Base, QColor("#1f1f1f"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
        view.setPalette(palette)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 78
    for scroll in (0, 37, 78, bar.maximum()):
        bar.setValue(scroll)
        view._backdrop_tiles = None
        made = []
        for strip in [None, *_bands(view)]:
            _picture(view, None if strip is None else [strip])
            made.append(view._backdrop_tiles)
        assert made[0] is not None and all(memo is made[0] for memo in made), (
            f"scroll {scroll}: the bands made their tiles again")
        for strips in (None, _bands(view)):
            kept = _picture(view, strips)
            with monkeypatch.context() as patch:
                _forgetting(patch)
                fresh = _picture(view, strips)
            assert kept == fresh, f"scroll {scroll}, bands {strips is not None}"


def test_the_tiles_are_made_again_when_what_they_show_changes(shown_view, monkeypatch):
    """Another zoom (the grid's columns), other article lines, another width, another
    palette: new tiles, and the picture is the one fresh tiles give."""
    view = _view(shown_view, monkeypatch)
    _picture(view, _bands(view))
    seen = [view._backdrop_tiles]

    def changed(what: str) -> None:
        kept = _picture(view, _bands(view))
        assert view._backdrop_tiles is not seen[-1], f"{what}: the old tiles were kept"
        seen.append(view._backdrop_tiles)
        with monkeypatch.context() as patch:
            _forgetting(patch)
            assert kept == _picture(view, _bands(view)), what

    view.zoom_by(1.25, 300.0)
    changed("a zoom notch")
    lines = view._article_line_columns()
    view._article_lines_override = lines[::2]
    changed("fewer article lines")
    view._article_lines_override = None
    view.resize(940, 360)
    QApplication.processEvents()
    changed("a wider view")
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Text, QColor("#336699"))
    view.setPalette(palette)
    changed("another palette")


def _notch_frames(shown_view: Any, qtbot: Any) -> list[QImage]:
    """Every frame of 14 zoom notches in and 14 out back to back (one slice of work
    ahead between them, one step or one band each: what is painted when does not depend
    on the machine's speed), on a view of one lane of meetings."""
    view = shown_view(_one_lane(40), (900, 500))
    view.viewport().grab()
    qtbot.waitUntil(lambda: view._frame_cache is not None
                    and view._frame_cache[0] == view._frame_key(), timeout=5000)
    frames = []
    for up in [True] * 14 + [False] * 14:
        view.zoom_by(1.25 if up else 0.8, ANCHOR_X)
        view.viewport().repaint()
        frames.append(view.viewport().grab().toImage())
        view._ahead_timer.stop()
        view._lay_out_ahead()  # one slice
    return frames


def test_every_zoom_notch_s_frame_is_the_one_fresh_tiles_give(qtbot, shown_view,
                                                              monkeypatch):
    """The frames of a zoom run (painted whole, stretched from pictures painted ahead in
    bands, copies of those pictures) are pixel for pixel those of tiles made for every
    band."""
    set_in_view("IDLE_SLICE_MS", 0.0, monkeypatch)  # a slice: one step or one band
    kept = _notch_frames(shown_view, qtbot)
    with monkeypatch.context() as patch:
        _forgetting(patch)
        fresh = _notch_frames(shown_view, qtbot)
    assert len(kept) == len(fresh) == 28
    for index, (a, b) in enumerate(zip(kept, fresh, strict=True)):
        assert a == b, f"notch {index}"
