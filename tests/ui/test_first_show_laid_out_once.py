"""The main window reaches its final layout before its first paint (issue 11, session 62,
scale66 after suite62): one Fit All and one paint at the view's final size, and the lanes
do not move after it.

suite62 traced a second layout at every show of a window resized while hidden (the tests'
``window`` fixture, 1400×860): Qt scaled the docks at the first layout and Details got its
share a turn later (viewport 1158 -> 994 px wide), the Events list was fitted after the
first paint (592 -> 554 px high at 1920×1080) and the legend's own row was decided at the
width the window was built at.  Each was a second Fit All, most of them a second paint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.bundled import load_default_timeline
from timeline_app.ui import main_window, timeline_view
from timeline_app.ui.main_window import FIRST_VIEW_SETTLE_MS, MainWindow

SCREENS = [QRect(0, 0, 1366, 768), QRect(0, 0, 1600, 900), QRect(0, 0, 1920, 1080)]
#: The offscreen platform's own screen (800×800): the window of 1400×860 is larger.
OFFSCREEN = QRect(0, 0, 800, 800)


class _Passes(QObject):
    """The view's Fit All passes and its viewport's paints, by the viewport's size then."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        super().__init__()
        self.fits: list[tuple[int, int]] = []
        self.paints: list[tuple[int, int]] = []
        real = timeline_view.TimelineView.fit_all

        def fit_all(view, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.fits.append(view.viewport().size().toTuple())
            return real(view, *args, **kwargs)

        monkeypatch.setattr(timeline_view.TimelineView, "fit_all", fit_all)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.paints.append(watched.size().toTuple())  # type: ignore[attr-defined]
        return False


def _many_categories(each: int = 2) -> Timeline:
    """Eleven categories of ``each`` events: a legend too long to share the toolbars'
    row."""
    names = ["treaty", "policy", "dispute", "visit", "meeting", "anniversary", "statement",
             "event", "sanctions", "election", "summit"]
    return Timeline.from_events([
        Event(f"e{i}", f"Event {i}", FuzzyDate.of_year(1950 + i % 70),
              category=names[i % len(names)]) for i in range(len(names) * each)])


def _shown_as_the_fixture(qtbot, monkeypatch, timeline):  # type: ignore[no-untyped-def]
    """A window built whole (the tests' ``window`` fixture), resized while hidden, shown and
    left until the event loop is idle; its passes counted from its construction."""
    passes = _Passes(monkeypatch)
    window = MainWindow(timeline)
    qtbot.addWidget(window)
    window.view.viewport().installEventFilter(passes)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(100)  # the list's fit after the repaints, the legend's row timer
    return window, passes


@pytest.mark.parametrize("screen", [*SCREENS, OFFSCREEN])
def test_a_window_resized_while_hidden_is_fitted_and_painted_once(qtbot, monkeypatch, screen):
    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: screen)
    window, passes = _shown_as_the_fixture(qtbot, monkeypatch, load_default_timeline())
    final = window.view.viewport().size().toTuple()
    assert passes.fits == [final]  # was two: (1158 or 994) x 592, then the final size
    assert passes.paints == [final]
    assert not window.toolBarBreak(window.legend_bar)


@pytest.mark.parametrize("screen", SCREENS)
def test_a_long_legend_takes_its_own_row_before_the_first_paint(qtbot, monkeypatch, screen):
    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: screen)
    window, passes = _shown_as_the_fixture(qtbot, monkeypatch, _many_categories())
    final = window.view.viewport().size().toTuple()
    assert window.toolBarBreak(window.legend_bar)  # a row of its own
    _fitted_before_the_first_paint(passes, final, screen)
    assert passes.paints == [final]


def _fitted_before_the_first_paint(passes: _Passes, final: tuple[int, int],
                                   screen: QRect) -> None:
    """Fitted at ``final`` once, or twice where eleven lanes need more than the Events
    list foreseen at its rows leaves them (at the bottom of a tall screen's window; a
    short screen's list is a tab beside Details): the lanes' need is known once they are
    laid out at a first fit, and the list gives them room before any paint."""
    assert passes.fits[-1] == final
    assert len(passes.fits) == (1 if screen.height() < 800 else 2)


def _started(qtbot, monkeypatch, timeline):  # type: ignore[no-untyped-def]
    """A deferred start (as ``app.main``: the panels after the first paint, the room they
    take foreseen, ``first_view``) to its layout's settling."""
    passes = _Passes(monkeypatch)
    window = MainWindow(timeline, defer_panels=True)
    qtbot.addWidget(window)
    window.view.viewport().installEventFilter(passes)
    with qtbot.waitSignal(window.panels_ready, timeout=20_000):
        window.show()
    qtbot.wait(FIRST_VIEW_SETTLE_MS + 300)
    return window, passes


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("long_legend", [False, True], ids=["default", "long legend"])
def test_a_start_is_fitted_once_at_its_final_size(qtbot, monkeypatch, tmp_path, screen,
                                                  long_legend):
    monkeypatch.setenv("TIMELINE_APP_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: screen)
    timeline = _many_categories() if long_legend else load_default_timeline()
    window, passes = _started(qtbot, monkeypatch, timeline)
    final = window.view.viewport().size().toTuple()
    assert window.toolBarBreak(window.legend_bar) == long_legend
    if long_legend:
        _fitted_before_the_first_paint(passes, final, screen)
    else:
        assert passes.fits == [final]
    # Painted at its final size only (the panels' coming may paint it again, unmoved).
    assert passes.paints and set(passes.paints) == {final}


@pytest.mark.parametrize("deferred", [False, True], ids=["built whole", "deferred start"])
def test_lanes_that_need_more_than_the_foreseen_room_are_refitted_before_any_paint(
        qtbot, monkeypatch, tmp_path, deferred):
    # 1 320 events: the Events list foreseen at its most (its rows) leaves the lanes too
    # little; their need is known once they are laid out at the first fit, and the list
    # gives them room then, before the first paint (a second Fit All, no second paint).
    monkeypatch.setenv("TIMELINE_APP_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: SCREENS[2])
    timeline = _many_categories(120)
    if deferred:
        window, passes = _started(qtbot, monkeypatch, timeline)
    else:
        window, passes = _shown_as_the_fixture(qtbot, monkeypatch, timeline)
    final = window.view.viewport().size().toTuple()
    assert window.toolBarBreak(window.legend_bar)
    assert len(passes.fits) == 2 and passes.fits[-1] == final
    assert passes.paints and set(passes.paints) == {final}
