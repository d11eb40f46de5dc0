"""A timeline with dates before AD 1 opens, paints, lists and details without an error.

The view counts in day numbers, so events before AD 1 are drawn where they belong
(tests/ui/test_view_bc.py walks such a timeline in detail).
"""

from __future__ import annotations

import os

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline


def _bc_timeline() -> Timeline:
    return Timeline.from_events([
        Event("ides", "Assassination of Caesar", FuzzyDate.of_ymd(-43, 3, 15), category="event"),
        Event("pax", "Peace of Apamea", FuzzyDate.of_year(-187, circa=True), category="treaty",
              end=FuzzyDate.of_year(-186)),
        Event("ad", "Council of Nicaea", FuzzyDate.of_month(325, 5), category="meeting"),
        Event("now", "Summit", FuzzyDate.of_ymd(2025, 3, 22), category="meeting"),
    ], title="Before and after")


def test_a_bc_timeline_opens_paints_and_shows_its_dates(window, tmp_path, recorded_prompts):
    path = tmp_path / "bc.json"
    timeline_io.save(_bc_timeline(), path)
    recorded_prompts.open_path = str(path)
    window.open_action.trigger()
    assert recorded_prompts.errors == []
    assert sorted(window.view.event_ids()) == ["ad", "ides", "now", "pax"]
    window.view.fit_all()
    image = window.grab()
    assert not image.isNull()
    png = os.environ.get("TIMELINE_PNG_DIR")
    if png:
        image.save(os.path.join(png, "dates-bc-window.png"))
    window.view.select_event("ides")
    assert "15 March 44 BC" in window.detail_pane.plain_text()
    model = window.event_list.model()
    texts = {model.index(r, c).data() for r in range(model.rowCount())
             for c in range(model.columnCount())}
    assert any("44 BC" in str(t) for t in texts)


def test_go_to_a_bc_date_goes_there(window, monkeypatch, recorded_prompts):
    view = window.view
    monkeypatch.setattr(type(view), "prompt", staticmethod(lambda *_a: "44 BC"))
    assert view.ask_go_to_date()
    assert recorded_prompts.errors == []
    first, last = view.visible_days()
    year = FuzzyDate.of_year(-43)
    assert first <= year.start_day() and year.end_day() <= last
    assert last - first < 2 * 366
