"""View defects found by new-user trials of the real window (session 5): a zoom that lost
the selected event, no mark of the selection in a density lane, a lane flipping between
rows and density while panning, labels cut at the right edge, axis labels dropped or
doubled."""

from __future__ import annotations

import datetime as _dt
import random

import view_pictures
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.scale import event_days


def _crowded(n: int = 400, seed: int = 3) -> Timeline:
    """One lane of ``n`` days over four years (drawn as a density at fit-all) and a
    sparse second lane."""
    rng = random.Random(seed)
    first = _dt.date(2020, 1, 1).toordinal()
    events = [Event(f"m{i}", f"Talks on trade number {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + rng.randrange(4 * 365))),
                    category="meeting") for i in range(n)]
    events += [Event(f"v{i}", f"Visit {i}",
                     FuzzyDate.of_day(_dt.date.fromordinal(first + 200 * i)),
                     category="visit") for i in range(7)]
    return Timeline.from_events(events)


def _x_of(view, event_id: str) -> float:
    start, _ = event_days(view._document.timeline.get(event_id))
    return view.x_of_day(start + 0.5)


def test_zooming_in_keeps_an_event_selected_in_a_density_lane_on_screen(qtbot, shown_view):
    """newuser: "+" zoomed about the middle when the selected event had no item (in a
    density lane or a "+N" badge), and it left the view after two or three presses."""
    view = shown_view(_crowded(), size=(1000, 600))
    assert any(lane.dense for lane in view._layout().lanes)
    width = view.viewport().width()
    # an event far from the middle, in the dense lane
    event_id = next(e.id for e in view._document.timeline.events
                    if e.category == "meeting" and 0.8 * width < _x_of(view, e.id) < 0.9 * width)
    view.select_event(event_id)
    x = _x_of(view, event_id)
    for _ in range(10):
        view.zoom_by(1.5)
        assert abs(_x_of(view, event_id) - x) < 1e-6
    assert event_id in view._layout().items_by_id  # zoomed in far enough to draw it
    view.grab().save("/work/coord/png/uifix2-zoom-keeps-selection.png")


def test_zooming_brings_a_selected_event_just_off_screen_back_in(qtbot, shown_view):
    view = shown_view(_crowded(), size=(1000, 600))
    event_id = "v3"
    view.select_event(event_id)
    for _ in range(3):
        view.zoom_by(1.5, _x_of(view, event_id))  # the wheel: about the event
    width = view.viewport().width()
    view._pan_pixels(_x_of(view, event_id) - width * 1.2)  # now 0.2 views off the right
    assert _x_of(view, event_id) > width
    view.zoom_by(1.5)
    assert _x_of(view, event_id) == pytest_approx(width - 24)
    view._pan_pixels(_x_of(view, event_id) + width * 0.3)  # 0.3 views off the left
    assert _x_of(view, event_id) < 0
    view.zoom_by(1 / 1.5)
    assert _x_of(view, event_id) == pytest_approx(24)


def test_zooming_far_from_the_selected_event_keeps_the_middle(qtbot, shown_view):
    view = shown_view(_crowded(), size=(1000, 600))
    view.select_event("v0")
    for _ in range(4):
        view.zoom_by(1.5, _x_of(view, "v0"))
    width = view.viewport().width()
    view._pan_pixels(_x_of(view, "v0") + width * 2)  # two views off the left
    middle = view.day_at(width / 2)
    view.zoom_by(1.5)
    assert abs(view.day_at(width / 2) - middle) < 1e-6


def pytest_approx(value: float):  # type: ignore[no-untyped-def]
    import pytest

    return pytest.approx(value, abs=1e-6)
