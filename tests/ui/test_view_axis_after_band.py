"""The year a stretch after a gap's band starts in is named (verify46, finding 16)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import native as timeline_io


def _dialogue_timeline() -> Timeline:
    """A dialogue's history to late 2026, then a gap of three years, then the months of
    late 2026 and early 2027 (the shape of the desk editor's AFP import)."""
    def day(y: int, m: int, d: int) -> FuzzyDate:
        return FuzzyDate.of_day(_dt.date(y, m, d))

    rows = [
        ("Independence declared", FuzzyDate.of_month(2008, 2), "statement"),
        ("Dialogue launched", day(2011, 3, 8), "policy"),
        ("Agreement signed", day(2013, 4, 19), "treaty"),
        ("Court rules on the plan", FuzzyDate.of_month(2015, 12), "dispute"),
        ("Proposal accepted", FuzzyDate.of_month(2023, 2), "treaty"),
        ("Annex agreed", day(2023, 3, 18), "treaty"),
        ("Institutions closing begins", FuzzyDate.of_month(2026, 8), "event"),
        ("Roadmap agreed", day(2026, 11, 27), "treaty"),
        ("Leaders due back (scheduled)", day(2027, 1, 15), "event"),
    ]
    events = [Event(f"e{i}", title, date, category=category)
              for i, (title, date, category) in enumerate(rows)]
    return Timeline.from_events(events, title="Dialogue")


def test_a_stretch_after_a_band_that_starts_late_in_a_year_names_that_year(
        window, qtbot, tmp_path):
    """verify46 F16: at 1 920 px Fit All drew "2023 | ≈ 3 years | 2027 2028": the
    stretch after the band starts in August 2026, and no "2026" was anywhere (its tick
    is under the band).  The label now stands at the stretch's left edge, before the
    "2027" tick's."""
    path = tmp_path / "dialogue.json"
    timeline_io.save(_dialogue_timeline(), path)
    window.resize(1920, 1080)
    assert window.open_path(str(path), background=False)
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    bands = [seg.band for seg in view._axis_segments() if seg.band is not None]
    assert len(bands) == 1
    band_end = bands[0][1]
    labels = {text: rect for rect, text in view.axis_labels()}
    assert "2026" in labels
    assert labels["2026"].left() >= band_end
    assert labels["2026"].right() < labels["2027"].left()
    assert labels["2026"].right() < view.x_of_day(_dt.date(2027, 1, 1).toordinal())
