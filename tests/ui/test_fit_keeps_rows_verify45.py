"""A fit the person did not ask for keeps the lanes where they were scrolled (verify45 F17).

The Find bar's showing and hiding change the view's height; the fitted view then fits
again, and that fit put the lanes back at the top: a researcher scrolled down to her
Dispute lane, closed the Find bar and clicked another event than the one she aimed at.
Ctrl+0 (Fit All asked for) still goes back to the top.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Event, Timeline
from timeline_app.io.native import save

LANES = [f"Lane {chr(65 + n)}" for n in range(16)]


def _many_lanes(path: Path) -> Path:
    events = [Event(f"e{n}-{k}", f"Flood report {n} {k}" if n == 12 else f"Talks {n} {k}",
                    FuzzyDate.of_ymd(2010 + k, 1 + n % 12, 1), category=lane)
              for n, lane in enumerate(LANES) for k in range(3)]
    save(Timeline.from_events(events), path)
    return path


def test_the_find_bar_keeps_the_lanes_scrolled(window, qtbot, tmp_path):
    assert window.open_path(str(_many_lanes(tmp_path / "lanes.json")), background=False)
    window.resize(1366, 700)
    qtbot.wait(50)
    bar = window.view.verticalScrollBar()
    assert bar.maximum() > 200  # lanes taller than the view
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.find_bar.field, "flood")
    qtbot.wait(50)
    bar.setValue(200)
    window.find_bar.close_bar()
    qtbot.wait(50)
    assert not window.find_bar.isVisible()
    assert bar.value() == 200  # was 0: the refit on the taller view scrolled to the top
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert bar.value() == 200  # and showing it again keeps them too


def test_fit_all_asked_for_goes_back_to_the_top(window, qtbot, tmp_path):
    assert window.open_path(str(_many_lanes(tmp_path / "lanes.json")), background=False)
    window.resize(1366, 700)
    qtbot.wait(50)
    bar = window.view.verticalScrollBar()
    bar.setValue(200)
    window.fit_action.trigger()
    assert bar.value() == 0
