"""verify86 F3, through the import: a new timeline from an explainer headed "How we got
here: … of <two neighbours>" with an event planned for the spring after the article was
named "How we, <first year>-<the article's year>" (window title, Save's file name,
TimelineJS title slide).  Now it is named after the two sides, with the years of every
imported event (``MainWindow._new_timeline_name``)."""

from __future__ import annotations

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewOutcome
from timeline_app.ui.main_window import MainWindow

_ARTICLE = """How we got here: half a century of Ostmark and Pellia

KOSTRA, Nov 14, 2025 (Riverwire) -- Ostmark and Pellia opened embassies on May 2, 1951.

Pellian guards held three Ostmark surveyors in November 1982, and both capitals called \
their envoys home on November 19, 1982.

Ministers reopened the Lorn rail bridge on June 1, 2024.

A jubilee of the water accord will be held in Kostra in spring 2026, officials said.
"""


def test_an_explainer_is_named_after_its_sides_and_all_its_years() -> None:
    result = extract_events(_ARTICLE)
    events = [c.to_event() for c in result.candidates]
    assert result.source.dateline_date is not None
    last = FuzzyDate.of_day_number(int(max(e.day_range()[1] for e in events) - 1))
    assert last is not None and last.year > result.source.dateline_date.year  # (planned)
    name = MainWindow._new_timeline_name(
        ReviewOutcome(source=result.source, events=events, new_timeline=True))
    assert name == f"Ostmark and Pellia, 1951-{last.year}", (result.source.title, name)
