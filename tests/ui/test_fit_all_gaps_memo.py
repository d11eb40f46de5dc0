"""Session 43, layout47: Fit All of a crowded month beside gaps' bands asks
``_fit_room_right`` the same questions again and again (list47's report, session 42:
~3 s, 6 235 ``_fit_label_loss`` calls, at 200 meetings two a day and two far-off
events).  Within one Fit All its answers are remembered by the scale's pieces
(``TimelineView._fit_right_search``): the same view, far fewer packings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from test_list47_reveal import _crowded_end

from timeline_app.ui.timeline_view import TimelineView


def _fitted(window: Any) -> tuple[object, ...]:
    view = window.view
    scale = view._scale
    return view._px_per_day, view._origin, scale.breaks, scale.squeezes


def test_fit_all_beside_bands_asks_each_room_once_and_fits_as_before(
        window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("test_list47_reveal.MEETINGS", 120)
    # (1950 and 1990 before 120 meetings are lone events far from a busy bulk, whose
    # bands get no room for titles since view56, verify60 F3: no room to choose, the case
    # of this test gone.  Their bands as any others', the room chosen as before.)
    monkeypatch.setattr("timeline_app.ui.scale.OUTLIERS_MOST", 0)
    _crowded_end(window, gaps=True)
    # The Events list fitted to the new rows first: its fit resized the view within the
    # Fit All counted below, and a second Fit All (the resize's) was counted with it.
    qtbot.waitUntil(lambda: not window.list_fit_pending(), timeout=10000)
    QApplication.processEvents()
    view = window.view
    assert view._scale.breaks  # (the case: gaps' bands)
    calls = [0]
    real = TimelineView._fit_label_loss

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(TimelineView, "_fit_label_loss", counted)
    view.fit_all()
    QApplication.processEvents()
    remembered, asked = _fitted(window), calls[0]
    # Each question worked out anew, as before (one answer remembered, for the view).
    monkeypatch.setattr(TimelineView, "_fit_shown",
                        lambda self, shown, fitted=True, keep_rows=False, ways=None:
                        self._fit_shown_searched(shown, fitted, keep_rows, ways))
    calls[0] = 0
    view.fit_all()
    QApplication.processEvents()
    assert _fitted(window) == remembered
    # (session 43: 918 calls, and 2 846 without the answers remembered; before, 5 690
    # and 2 846: each question's answer was forgotten at the next)
    assert asked * 2 < calls[0], (asked, calls[0])
    assert asked < 1500, asked
    assert view._fit_right_search is None  # (outside a Fit All: nothing kept)
