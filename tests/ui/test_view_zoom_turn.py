"""A zoom run that turns (notches in, then at once notches out, with no more than one
slice of work between two notches, as ``bench_view``'s zoom row and a script's
back-to-back ``zoom_by`` give): the first notch the other way is a notch of the run,
shown stretched, not a lone zoom painted whole (issue 11, session 12: that notch was
7-10 ms at 1600x900)."""

from __future__ import annotations

from typing import Any

import pytest
from test_view_zoom_run_ahead import _back_to_back, _count_whole_paints, _settled


def test_the_first_notch_of_a_turn_is_stretched(qtbot: Any, shown_view: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    view = _settled(shown_view, qtbot, monkeypatch)
    counts = _count_whole_paints(view, monkeypatch)
    marks = _back_to_back(view, counts, [True] * 10 + [False] * 3)
    assert marks[10] == "s", marks  # (on the code before: "W")


def test_a_notch_after_the_run_paused_is_a_lone_zoom(qtbot: Any, shown_view: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The run paused (a slice of work with no notch before it): a notch from the
    toolbar or a script is a lone zoom again, painted whole."""
    view = _settled(shown_view, qtbot, monkeypatch)
    counts = _count_whole_paints(view, monkeypatch)
    _back_to_back(view, counts, [True] * 10)
    view._ahead_timer.stop()
    view._lay_out_ahead()  # no notch since the last slice: the run paused
    assert _back_to_back(view, counts, [False])[0] != "s"
