"""verify90 F10: Find → Upcoming Plans on a timeline with no plan ahead let no event
through; the view fitted every event (May 2018 - May 2025) and the status bar said "Fitted
to the events the filters show: they were off screen".  With nothing let through there is
nothing to fit to: the view keeps its days and says nothing of a fit."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Timeline


def _story() -> Timeline:
    day = FuzzyDate.of_ymd
    return Timeline.from_events([
        Event("a", "Talks in Astana", day(2018, 5, 3)),
        Event("b", "Summit in Baku", day(2021, 6, 9)),
        Event("c", "Ceasefire agreed", day(2025, 5, 14)),
    ])


def _view_on_2018_to_2021(shown_view):  # type: ignore[no-untyped-def]
    """The view on 2018-2021 (the ceasefire of 2025 off screen), and what it says of fits."""
    view = shown_view(_story(), size=(900, 420))
    said: list[str] = []
    view.filter_fitted.connect(said.append)
    view.go_to_days(FuzzyDate.of_ymd(2021, 1, 1).start_day(),
                    FuzzyDate.of_ymd(2021, 12, 31).start_day())
    assert view.visible_days()[1] < FuzzyDate.of_ymd(2025, 5, 14).start_day()
    return view, said


def test_filters_that_let_nothing_through_leave_the_view(shown_view) -> None:  # type: ignore[no-untyped-def]
    view, said = _view_on_2018_to_2021(shown_view)
    days = view.visible_days()
    view.set_emphasis(None, frozenset({"a", "b", "c"}))
    assert said == [] and view.visible_days() == days


def test_filters_whose_events_are_off_screen_still_fit(shown_view) -> None:  # type: ignore[no-untyped-def]
    view, said = _view_on_2018_to_2021(shown_view)
    view.set_emphasis(None, frozenset({"a", "b"}))  # (the ceasefire: off screen)
    assert said and "were off screen" in said[0]
