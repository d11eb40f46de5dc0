"""verify80 F9: reopening a file brought back an older period, not the view left, and
without its collapsed bands: a view of 1591-2001 whose empty 1660-1958 was a band came
back with that stretch drawn linearly, the events of 1958-2026 squeezed at the right
edge, though the status line said "Opened … at the days shown when it was left"."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from timeline_app import io as timeline_io
from timeline_app import settings
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import day_number


def _history(path: Path) -> Path:
    events = [Event("old", "A siege far back", FuzzyDate.of_year(-430), category="precedent"),
              Event("mid", "A congress of envoys", FuzzyDate.of_year(1650),
                    category="precedent")]
    events += [Event(f"m{n}", f"Envoys meet, round {n}", FuzzyDate.of_ymd(1958 + n, 5, 2),
                     category="meeting") for n in range(0, 66, 3)]
    events.append(Event("era", "Long thaw", FuzzyDate.of_year(1969),
                        end=FuzzyDate.of_year(1979), category="era"))
    timeline_io.save(Timeline.from_events(events, title="Envoys"), path)
    return path


def _state(window):  # type: ignore[no-untyped-def]
    view = window.view
    return (view.visible_days(), sorted(b.empty_first for b in view._scale.breaks))


@pytest.mark.parametrize(("zoom", "background"), [
    ("fit", False), ("late", False), ("zoomed", False), ("zoomed", True)])
def test_a_reopen_shows_the_view_left_with_its_bands(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path, zoom, background):
    path = _history(tmp_path / "envoys.json")
    assert window.open_path(str(path), background=False)
    view = window.view
    view.fit_all()
    if zoom == "late":  # 1591-2001: the empty 1660-1958, most of it, drawn linearly
        view.go_to_days(float(day_number(1591, 1, 1)), float(day_number(2001, 1, 1)))
        assert view.opened_breaks()
    elif zoom == "zoomed":  # Fit All's bands kept, zoomed in towards the recent events
        view.zoom_by(1.6, anchor_x=view.viewport().width() * 0.9)
        assert not view.opened_breaks() and len(view._scale.breaks) == 2
    left = _state(window)
    window.document.update_event(  # a change, saved (the view of the last save)
        dataclasses.replace(window.document.timeline.get("m0"), title="Envoys meet first"))
    assert window.save(wait=True)
    if background:
        with qtbot.waitSignal(window.open_finished, timeout=60000):
            assert window.open_path(str(path), background=True)
    else:
        assert window.open_path(str(path), background=False)
    days, breaks = _state(window)
    assert breaks == left[1]  # the same periods collapsed
    if zoom == "fit":  # left whole: opened fitted (its titles since changed, as any file)
        assert str(path.resolve()) not in settings.views_of_files(settings.open_settings())
        return
    assert days == pytest.approx(left[0], abs=1.0)
    assert "at the days shown when it was left" in window.statusBar().currentMessage()


def test_the_view_is_kept_at_each_save(window, tmp_path):  # type: ignore[no-untyped-def]
    path = _history(tmp_path / "envoys.json")
    assert window.open_path(str(path), background=False)
    view = window.view
    view.go_to_days(float(day_number(1591, 1, 1)), float(day_number(2001, 1, 1)))
    window.document.update_event(
        dataclasses.replace(window.document.timeline.get("m0"), title="Envoys meet first"))
    assert window.save(wait=True)
    store = settings.open_settings()
    key = str(path.resolve())
    assert settings.views_of_files(store)[key] == pytest.approx(view.visible_days())
    assert settings.opened_bands_of_files(store)[key] == view.opened_breaks() != ()
