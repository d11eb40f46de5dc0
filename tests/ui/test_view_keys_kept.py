"""What a frame's keys are made of is read once, not at every key (issue 11, session 30):
``_frame_key`` reads the palette's 21 painted colours once a palette and colour group,
``_lane_room`` is kept for the view's height, ``picture_rows`` and the lanes' counts.
Asked several times a frame (the layout's key, the layout, the world's chunks' key), they
were 53 and 24 us a call at 100 000 events, +1-3 % of a day's pans.  Kept, they must still
follow every change they are made of."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _dark, _mixed

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui.timeline_view import _PAINTED_ROLES, TimelineView

SIZE = (1100, 560)


class _CountedPalette:
    """The view's palette, its ``color`` calls counted."""

    def __init__(self, palette: QPalette, counts: list[int]) -> None:
        self._palette, self._counts = palette, counts

    def color(self, *args: object) -> object:
        self._counts.append(1)
        return self._palette.color(*args)  # type: ignore[call-overload]

    def __getattr__(self, name: str) -> object:
        return getattr(self._palette, name)


def test_a_frame_key_reads_the_colours_once_a_palette_and_group(shown_view, monkeypatch):
    view = shown_view(_mixed(300), SIZE)
    QApplication.processEvents()
    first = view._frame_key()
    counts: list[int] = []
    palette = TimelineView.palette
    monkeypatch.setattr(TimelineView, "palette",
                        lambda self: _CountedPalette(palette(self), counts))
    assert view._frame_key() == first
    assert counts == []  # (21 calls a key before)


def test_a_frame_key_follows_the_palette_and_the_colour_group(shown_view):
    view = shown_view(_mixed(300), SIZE)
    QApplication.processEvents()
    active = view._frame_key()
    view.setEnabled(False)  # the disabled group's colours: the same palette's cacheKey
    disabled = view._frame_key()
    assert disabled[9] != active[9]
    assert disabled[9] == tuple(view.palette().color(role).rgba() for role in _PAINTED_ROLES)
    view.setEnabled(True)
    assert view._frame_key() == active
    view.setPalette(_dark(view))
    dark = view._frame_key()
    assert dark[5] != active[5] and dark[9] != active[9]


def test_the_lanes_room_is_kept_and_follows_height_rows_and_counts(shown_view):
    view = shown_view(_mixed(300), SIZE)
    QApplication.processEvents()
    room = view._lane_room()
    assert view._lane_room() is room  # kept (made again at every call before)
    view.resize(SIZE[0], SIZE[1] + 300)
    QApplication.processEvents()
    taller = view._lane_room()
    assert taller != room
    lane = view._lanes[0]
    category = lane.category
    for number in range(40):  # the first lane's count changes: its share does too
        view._document.add_event(Event(f"new{number}", "A new meeting",
                                       FuzzyDate.of_day(_dt.date(1995, 3, 1)),
                                       category=category))
    QApplication.processEvents()
    after = view._lane_room()
    assert after is not taller
    view._lane_room_kept = None
    assert view._lane_room() == after  # what a fresh computation gives
    view.picture_rows = 12  # (a picture's export asks for at least this many rows)
    kept = view._lane_room()
    assert kept is not after
    view._lane_room_kept = None
    assert view._lane_room() == kept
