"""Filters → Plans only (verify87 F3): a correspondent making a "what comes next" box could
filter by verification status only; the plans (titles ending "(scheduled)") are now one
click away, eras kept as context, on every way the filter is worked out."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.query import MASKED_EVENTS, EventFilter, hidden_by


def _story(extra: int = 0) -> Timeline:
    events = [
        Event("plan", "Envoys meet in Tarsk (scheduled)", FuzzyDate.of_ymd(2027, 3, 3)),
        Event("vague", "Donors' meeting (scheduled)", FuzzyDate.of_part(2027, "SP")),
        Event("held", "Ceasefire holds", FuzzyDate.of_ymd(2026, 11, 29)),
        Event("era", "Interim government", FuzzyDate.of_year(2025), FuzzyDate.of_year(2027),
              category="era"),
    ]
    events += [Event(f"e{i}", f"Shelling reported {i}", FuzzyDate.of_ymd(2020, 1, 1 + i % 28))
               for i in range(extra)]
    return Timeline.from_events(events)


def test_plans_only_hides_what_is_no_plan_and_keeps_the_eras() -> None:
    f = EventFilter(plans_only=True, era_lanes=frozenset({"era"}))
    assert f.is_active and f.describe() == "plans only"
    timeline = _story()
    assert set(hidden_by(timeline, f)) == {"held"}
    assert {e.id for e in timeline if f.accepts(e)} == {"era", "plan", "vague"}
    big = _story(MASKED_EVENTS)
    assert set(hidden_by(big, f)) == {"held"} | {f"e{i}" for i in range(MASKED_EVENTS)}


def test_the_filters_panel_has_plans_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.document import Document
    from timeline_app.ui.filter_panel import FilterPanel
    from timeline_app.ui.find import FindState

    document = Document(_story())
    state = FindState(document)
    panel = FilterPanel(document, state)
    qtbot.addWidget(panel)
    panel.plans_check.setChecked(True)
    assert state.filter.plans_only
    assert set(hidden_by(document.timeline, state.filter)) == {"held"}
    state.clear_filter()
    assert not state.filter.plans_only and not panel.plans_check.isChecked()
