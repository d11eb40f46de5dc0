"""A dense lane's bars are computed into two arrays the view keeps from lane to lane
(``TimelineView._density_image``; zoom14 and fit14 made the same cut, fit14's
buffers kept at the merge) instead of new ones each lane: new arrays of a
lane's size were fresh pages to fault in, most of ``_paint_density``'s time (0.94 ms a
lane in the pictures painted ahead of a zoom run at 1 000 000 events, 2560x1440; issue
11, session 13, ``zoom14``).  Lanes of other widths and heights use a corner of them;
the pixels are still those of the bars drawn one by one."""

from __future__ import annotations

import datetime as _dt

from test_view_batched_paint import _fresh_picture, _mixed

from timeline_app.ui.timeline_view import TimelineView


def test_kept_arrays_give_the_bars_drawn_one_by_one(shown_view, monkeypatch):
    """Views at several zooms and widths (a lane's bars end at other columns; a wider
    view after a narrower one makes the arrays larger, a narrower one uses a corner):
    the dense lanes as one image from the kept arrays are the pixels of ``drawRects``
    of the bars, and the arrays are made again only to grow (fails on the code before:
    no arrays kept)."""
    view = shown_view(_mixed(4500), (1100, 560))
    first = _dt.date(1990, 1, 1).toordinal()
    kept = []
    for width, days in ((1100, 365.0), (1100, 700.0), (1300, 500.0), (900, 365.0),
                        (900, 1500.0)):
        view.resize(width, 560)
        view.go_to_days(first + 200, first + 200 + days)
        assert any(lane.dense for lane in view._layout().lanes), (width, days)
        batched = _fresh_picture(view)
        arrays = view._density_buffers
        assert arrays is not None
        kept.append((width, arrays))
        with monkeypatch.context() as patch:
            patch.setattr(TimelineView, "_batched", False)
            one_by_one = _fresh_picture(view)
        assert batched == one_by_one, f"{width} px, {days} days"
    # Made again only to grow: the narrower views after the widest use its arrays.
    assert kept[2][1] is kept[3][1] is kept[4][1]
    assert len(kept[2][1][1]) >= (1300 - 20) * 20
