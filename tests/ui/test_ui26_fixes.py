"""Session 20, ui26: an Uncategorised event's CSV round trip through the window."""

from __future__ import annotations

import datetime as dt


def test_an_uncategorised_event_comes_back_from_the_csv_export_uncategorised(
        window, recorded_prompts, tmp_path):
    """Its Category cell is empty; File → Import read it back in the lane "event", a
    lane of its own beside the "event" lane the file may have."""
    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.io import native

    day = FuzzyDate.of_day(dt.date(2024, 5, 1))
    made = Timeline.from_events([Event("u", "Loose end", day, category=""),
                                 Event("e", "Something", day, category="event"),
                                 Event("t", "Signed", day, category="treaty")], title="Lanes")
    path = tmp_path / "lanes.json"
    native.save(made, path)
    assert window.open_path(str(path), background=False)
    csv_path = tmp_path / "lanes.csv"
    recorded_prompts.export_path = str(csv_path)
    assert window.export_as("CSV")
    assert window.import_csv(str(csv_path))
    assert {e.id: e.category for e in window.document.timeline} == {
        "u": "", "e": "event", "t": "treaty"}
    window.view.fit_all()
    assert not window.view.lane_name_rect("").isNull()  # the "Uncategorised" lane
