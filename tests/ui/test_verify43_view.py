"""verify43's findings on the timeline view: the article badges at Fit All (F22)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Source

#: The six articles of verify43's briefing: the news is of late 2026.
ARTICLE_DAYS = [dt.date(2024, 2, 27), dt.date(2025, 3, 15), dt.date(2026, 11, 20),
                dt.date(2026, 11, 24), dt.date(2026, 12, 2), dt.date(2026, 12, 3)]


def _briefing() -> Timeline:
    sources = {f"a{n}": Source(f"a{n}", f"Article {n}", dateline_date=day)
               for n, day in enumerate(ARTICLE_DAYS)}
    events = [Event(f"e{year}", f"Talks of {year}", FuzzyDate.of_ymd(year, 6, 1),
                    category="meeting", source_id="a0") for year in range(2004, 2027, 2)]
    return Timeline.from_events(events, sources=sources)


def test_at_fit_all_the_latest_articles_have_a_badge_and_a_line(window):  # type: ignore[no-untyped-def]
    """F22: at Fit All the badges read "Article · 27 Feb 2024" and "15 Mar 2025 +4", the
    dashed line only at March 2025: nothing marked late 2026, where four of the six
    articles are.  The latest articles are named, the earlier ones counted before them."""
    window.document.replace_timeline(_briefing(), None)
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    width = view.viewport().width()
    labels = [label for _box, label in view._article_badges(width)]
    assert labels[0].startswith("Article · 27 Feb 2024"), labels
    assert labels[-1].startswith("20 Nov 2026") or labels[-1].startswith(
        "Article · 20 Nov 2026"), labels
    assert labels[-1].endswith("+3"), labels
    late = view.x_of_day(dt.date(2026, 11, 20).toordinal() + 0.5)
    assert any(abs(x - late) < 2 for x in view._article_line_columns())
    for x, box, _label in view._named_article_columns(width):
        assert box.left() + 4 <= x <= box.right() - 4  # each over its own line


def test_a_lone_badge_for_every_article_names_the_range_they_span(qtbot):  # type: ignore[no-untyped-def]
    """F22 in the whole-timeline picture at 1570 px or less: the six lines lie within one
    badge's width, and "Article · 27 Feb 2024 +5" said nothing of late 2026, where four
    were.  The lone badge names the range: the first article's day to the last's."""
    from PySide6.QtCore import QSize

    from timeline_app.document import Document
    from timeline_app.ui.export_picture import whole_timeline_view

    view = whole_timeline_view(Document(_briefing()), QSize(1570, 700))
    qtbot.addWidget(view)
    width = view.viewport().width()
    ((x, box, label),) = view._named_article_columns(width)
    assert label == "Articles · 27 Feb 2024 – 3 Dec 2026 (6)"
    assert box.left() + 4 <= x <= box.right() - 4 and 0 <= box.left() < box.right() <= width
    wide = whole_timeline_view(Document(_briefing()), QSize(1800, 700))
    qtbot.addWidget(wide)
    labels = [label for _b, label in wide._article_badges(wide.viewport().width())]
    assert len(labels) > 1 and not any(label.startswith("Articles") for label in labels)
