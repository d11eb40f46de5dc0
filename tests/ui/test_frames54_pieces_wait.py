"""Issue 11, session 56, frames54: the rounded pieces made ahead (``_make_pieces_ahead``)
wait while the view paints frames.

Once the view had rested (``_make_picture_when_idle``) the pieces were made one kind a
timeout of a 0 ms timer: each frame that came then (a hover's, a held key's) had one kind
made in its event-loop turn, right after its paint (0.1-1.1 ms at 100 000 events; under
callgrind's slow clock, one kind inside every judged frame of ``bench_frames_ab.py``).
A kind is now made only when the view painted no frame since the timer was armed (else
it waits ``PIECES_QUIET_MS`` more), and all are made once the view stays quiet.  These
tests count pieces (never time a frame).
"""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication
from test_list53_keys import _frame
from test_list56_first_key import _crowded

from timeline_app.ui.view_paint import PIECE_KINDS, PIECES_QUIET_MS


def _started(window):  # type: ignore[no-untyped-def]
    """The view rested: its picture timer fired and started the pieces ahead."""
    _crowded(window)
    view = window.view
    view._pieces_for = None  # (whatever an earlier rest made: made again)
    view._picture_timer.timeout.emit()
    assert view._pieces_left and view._pieces_timer.isActive()
    return view


def test_no_pieces_are_made_while_frames_come(window):  # type: ignore[no-untyped-def]
    view = _started(window)
    left = len(view._pieces_left)
    for _ in range(3 * PIECE_KINDS):  # frames back to back, as a hover's or a held key's
        view.viewport().repaint()
        QApplication.processEvents()
    # main made one kind after each frame: 15 kinds here
    assert len(view._pieces_left) == left


def test_no_pieces_are_made_after_a_slow_frame(window, monkeypatch):  # type: ignore[no-untyped-def]
    """A frame longer than ``PIECES_QUIET_MS`` (a loaded machine, callgrind's clock) has
    no kind made in its event-loop turn either: what counts is a frame painted since the
    timer was armed, not the time since the frame began."""
    view = _started(window)
    overlay = view._paint_overlay  # (drawn last by every paint of the view on screen)

    def slow(painter):  # type: ignore[no-untyped-def]
        overlay(painter)
        time.sleep(1.5 * PIECES_QUIET_MS / 1000)

    monkeypatch.setattr(view, "_paint_overlay", slow)
    left = len(view._pieces_left)
    for _ in range(3):
        began = time.monotonic()
        view.viewport().repaint()
        assert time.monotonic() - began > PIECES_QUIET_MS / 1000  # (slow indeed)
        QApplication.processEvents()
    assert len(view._pieces_left) == left


def test_the_pieces_are_made_once_the_view_stays_quiet(window):  # type: ignore[no-untyped-def]
    view = _started(window)
    view.viewport().repaint()
    colours = len(view._pieces_left) // PIECE_KINDS
    made = view._rounded.made
    began = time.monotonic()
    while view._pieces_left and time.monotonic() - began < 5.0:
        _frame()
        time.sleep(0.005)
    assert not view._pieces_left and not view._pieces_timer.isActive()
    assert time.monotonic() - began >= PIECES_QUIET_MS / 1000
    assert view._rounded.made > made
    assert colours >= 3  # (the three lanes' colours, each kind of each)
