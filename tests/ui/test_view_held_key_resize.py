"""A key held while the viewport's width changes under it (the window resized; until the
view kept its vertical bar shown, a lane's change of mode brought or took it away, issue
11): the next step is painted ahead at the new width, and the next key's frame copies it;
its pixels are a fresh paint's."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from test_view_batched_paint import _fresh_picture, _mixed
from test_view_sliced_ahead import FIRST, SIZE, _screen_is_fresh, _slices_to_the_end

from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.view_base import PAN_MODIFIERS


def _key(view: TimelineView, right: bool = True) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(view, Qt.Key.Key_Right if right else Qt.Key.Key_Left,
                   PAN_MODIFIERS)


@pytest.mark.parametrize("bar", ["on", "off"])
def test_the_key_after_a_resize_mid_run_copies_a_step_painted_at_the_new_width(
        shown_view, bar):
    from PySide6.QtCore import Qt

    view = shown_view(_mixed(4500), SIZE)
    viewport = view.viewport()
    # (The view keeps its bar shown: a policy changed here stands for any change of
    # width under a held key, e.g. the window resized.)
    if bar == "on":  # hidden first, then shown
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFocus()
    QApplication.processEvents()
    view.go_to_days(FIRST, FIRST + 120)
    viewport.repaint()
    for _ in range(3):  # a key held: each step copies the one painted ahead
        _key(view)
        viewport.repaint()
        _slices_to_the_end(view)
    assert view._previous_picture is not None
    width = viewport.width()
    # The vertical bar comes (goes): another width.
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn if bar == "on"
                                    else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QApplication.processEvents()
    assert (viewport.width() < width) == (bar == "on") and viewport.width() != width
    viewport.repaint()  # the frame at the new width (no input)
    _slices_to_the_end(view)
    _key(view)
    key = view._frame_key()
    viewport.repaint()
    assert view._frame_cache is not None and view._frame_cache[0] == key  # a copy
    assert view._frame_cache[1] == _fresh_picture(view)
    _screen_is_fresh(view, "the key after the resize")
    # ... and an eighth of the new width on, as a key there pans.
    _key(view, right=False)
    assert view._last_move is not None
    assert view._last_move[0] == ("pan", -viewport.width() / 8)


def test_a_resize_without_moves_going_on_paints_nothing_ahead(shown_view):
    view = shown_view(_mixed(4500), SIZE)
    view.go_to_days(FIRST, FIRST + 120)
    view.viewport().repaint()
    assert view._previous_picture is None
    view.resize(view.width() - 30, view.height())
    QApplication.processEvents()
    assert view._move_ahead is None
