"""Session 11, branch ux12: defects a fresh user found in session 10 that were still open
(verify11, colors11, misc11)."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Source


def _many_articles(years: range, per_year: int) -> Timeline:
    """One event and ``per_year`` articles a year, two of them on each date (a date's
    articles count one each)."""
    events: list[Event] = []
    sources: dict[str, Source] = {}
    for year in years:
        events.append(Event(f"e{year}", f"Talks of {year}", FuzzyDate.of_year(year),
                            category="meeting"))
        for n in range(per_year):
            day = dt.date(year, 1, 1) + dt.timedelta(days=(n // 2) * 7)
            sources[f"s{year}-{n}"] = Source(f"s{year}-{n}", f"Story {n}",
                                             dateline_date=day)
    return Timeline.from_events(events, sources=sources)


def test_a_packed_article_badge_row_counts_every_article(shown_view):
    """verify11: at 100 000 events (Fit All, 1600x900) twelve badges stood for 10 165
    articles and none said "+N": a packed row had no room for it.  A packed row now
    has short badges ("Article · 1 Jan 1900 +57", then "4 Jan 1925 +60"), each with its
    count: together they count every article, and they still never overlap and stand
    over their own lines."""
    timeline = _many_articles(range(1900, 2000), 40)
    view = shown_view(timeline, (900, 500))
    QApplication.processEvents()
    width = view.viewport().width()
    named = view._named_article_columns(width)
    assert len(named) >= 4
    texts = [text for _x, _box, text in named]
    assert texts[0].startswith("Article · ")
    assert not any(text.startswith("Article") for text in texts[1:])
    assert all(" +" in text for text in texts), texts  # was: no "+N" on any badge
    counted = sum(int(text.rsplit("+", 1)[1].rstrip(" ▶")) + 1 for text in texts)
    assert counted == len(timeline.sources)  # articles, not their 2 000 dates
    boxes = [box for _x, box, _text in named]
    for left, right in itertools.pairwise(boxes):
        assert left.right() <= right.left()
    for x, box, text in named:
        assert box.left() + 4 <= x <= box.right() - 4
        assert view._small_width(text) + 8 <= box.width() + 1e-6  # the text fits
