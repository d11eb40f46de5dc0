"""A held Shift+arrow's step painted ahead is the picture before it moved by the step,
with only what the move does not bring painted over it (issue 11, session 32:
``TimelineView._paint_shifted``): the strip coming in, the lanes' names and "◀ N" /
"N ▶", the titles laid out otherwise at the new edges, "+N" badges, dense lanes whose
bars changed, the axis.  Its pixels are a fresh paint's, and the screen's (the selection
drawn over it) a whole paint's, at 1600x900 and 2560x1440, both ways; a step that is not
a pure move (a zoom, a resize, a palette, a filter) is painted whole."""

from __future__ import annotations

import pytest
import view_pictures
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _dark, _fresh_picture, _mixed
from test_view_sliced_ahead import FIRST, _slices_to_the_end

from timeline_app.ui import timeline_view
from timeline_app.ui.timeline_view import TimelineView, _key_step


def _moved_steps(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each picture painted ahead since was the picture before it moved."""
    made: list[bool] = []
    real = TimelineView._paint_shifted

    def spy(self: TimelineView, job: object) -> bool:
        made.append(real(self, job))  # type: ignore[arg-type]
        return made[-1]

    monkeypatch.setattr(TimelineView, "_paint_shifted", spy)
    return made


def _step(view: TimelineView, right: bool = True) -> None:
    """A Shift+arrow, its frame, then its step ahead painted (all its slices)."""
    QTest.keyClick(view, Qt.Key.Key_Right if right else Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ShiftModifier)
    view.viewport().repaint()
    if view._paint_job is not None or view._move_ahead is not None:
        _slices_to_the_end(view)


def _ahead_is_fresh(view: TimelineView, what: str) -> None:
    """The picture painted ahead is a fresh paint of the view it shows."""
    assert view._ahead_picture is not None, what
    key, picture = view._ahead_picture
    here = view._origin, view._px_per_day
    view._origin, view._px_per_day = key[6], key[7]  # type: ignore[assignment]
    try:
        assert key == view._frame_key(), what
        assert picture == _fresh_picture(view), what
    finally:
        view._origin, view._px_per_day = here


def _screen_is_fresh(view: TimelineView, what: str) -> None:
    grabbed = view.viewport().grab().toImage()
    assert grabbed == view_pictures.whole_paint(view).convertToFormat(grabbed.format()), what


def _to_a_year(view: TimelineView) -> None:
    """A year of the events, its picture made, an event on screen selected."""
    view.setFocus()
    view.go_to_days(FIRST, FIRST + 365)
    view.viewport().repaint()
    view._make_picture_when_idle()
    middle = view.viewport().width() / 2
    shown = sorted(view.event_ids(), key=lambda event_id: abs(
        view.marker_rect(event_id).center().x() - middle))
    view.select_event(shown[0])
    QApplication.processEvents()


@pytest.mark.parametrize("size", [(1600, 900), (2560, 1440)])
def test_a_held_keys_steps_are_the_picture_moved_with_a_fresh_paints_pixels(
        shown_view, monkeypatch, size):
    view = shown_view(_mixed(4500), size)
    made = _moved_steps(monkeypatch)
    _to_a_year(view)
    width = view.viewport().width()
    dx = _key_step(width)
    seen = {"dense": False, "badge": False, "across the strip's edge": False}
    for index, right in enumerate([True] * 6 + [False] * 6):
        _step(view, right)
        what = f"step {index} ({'right' if right else 'left'})"
        _screen_is_fresh(view, what)
        if view._ahead_picture is not None:
            _ahead_is_fresh(view, what)
        layout = view._layout()
        edge = width - dx if right else dx
        seen["dense"] |= any(lane.dense and lane.bar_x is not None and len(lane.bar_x)
                             for lane in layout.lanes)
        seen["badge"] |= any(lane.badges for lane in layout.lanes if not lane.dense)
        seen["across the strip's edge"] |= any(
            item.label_rect.left() < edge < item.label_rect.right()
            for lane in layout.lanes if not lane.dense for item in lane.items)
    assert all(seen.values()), seen
    # (the first step's and the turn's pictures ahead have no picture one step before)
    assert made.count(True) >= 8, made


@pytest.mark.parametrize("change", ["zoom", "resize", "palette", "filter"])
def test_a_step_that_is_not_a_pure_move_is_painted_whole(shown_view, monkeypatch, change):
    """The change comes between a key's frame and the first slice of its step ahead: no
    picture from before it is moved into the step."""
    view = shown_view(_mixed(4500), (1600, 900))
    made = _moved_steps(monkeypatch)
    _to_a_year(view)
    for _ in range(3):
        _step(view)
    assert made[-1]
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    view.viewport().repaint()  # the key's frame; its step ahead not begun
    view._ahead_timer.stop()
    count = len(made)
    if change == "zoom":
        QTest.keyClick(view, Qt.Key.Key_Plus)
    elif change == "resize":
        view.resize(view.width() - 40, view.height())
    elif change == "palette":
        view.setPalette(_dark(view))
    else:
        hidden = frozenset(event_id for event_id in view.event_ids()
                           if view._document.timeline.get(event_id).category == "visit")
        view.set_emphasis(None, hidden)
    view._ahead_timer.stop()
    if view._paint_job is not None or view._move_ahead is not None:
        _slices_to_the_end(view)
    assert not any(made[count:]), made
    view.viewport().repaint()
    _screen_is_fresh(view, change)
    for _ in range(3):  # and the steps after it are moved again
        _step(view)
        _screen_is_fresh(view, f"after the {change}")
        _ahead_is_fresh(view, f"after the {change}")
    assert made[-1], made


def test_a_key_step_is_whole_density_bins():
    """An eighth of the width, to whole ``DENSITY_BIN_PX``: a dense lane's bins (from the
    view's left edge) keep their pixels in the picture moved."""
    assert _key_step(2560) == 318 and _key_step(2560) % timeline_view.DENSITY_BIN_PX == 0
    assert _key_step(1600) == 198
    assert _key_step(1584) == 198
    assert _key_step(20) == timeline_view.DENSITY_BIN_PX
