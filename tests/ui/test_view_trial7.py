"""The axis and the article badges after new-user trial 7."""

from __future__ import annotations

import datetime as _dt

import view_pictures
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Source


def _with_article(article: _dt.date) -> Timeline:
    first = _dt.date(2020, 1, 1).toordinal()
    events = [Event(f"e{i}", f"Talks number {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + i * 30)), category="meeting")
              for i in range(12)]
    return Timeline.from_events(events, sources={"s": Source("s", "Article",
                                                             dateline_date=article)})


def _grab(view) -> QImage:  # type: ignore[no-untyped-def]
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_an_article_badge_for_a_line_off_screen_points_at_it(qtbot, shown_view):
    """trial7-55: with the article's date just beyond the right edge (no red line), its
    badge was pinned at the edge, reading as a date at the edge; it now ends in ▶ (and
    one beyond the left edge starts with ◀), as the lanes' hidden-event badges do."""
    article = _dt.date(2020, 6, 15)
    view = shown_view(_with_article(article), size=(900, 400))
    day = article.toordinal()
    for side in (1, -1):
        view.go_to_days(day - 60, day + 60)
        QApplication.processEvents()
        # the article's line 20 px beyond the right (left) edge
        width = view.viewport().width()
        edge = width if side == 1 else 0
        u = view.scale().u_of_day(day + 0.5) - (edge + 20 * side) / view.px_per_day()
        view._set_origin(u)
        QApplication.processEvents()
        x = view.x_of_day(day + 0.5)
        assert (x > width) if side == 1 else (x < 0)
        labels = [text for _box, text in view._article_badges(width)]
        expected = ("Article · 15 Jun 2020 ▶" if side == 1 else "◀ Article · 15 Jun 2020")
        assert labels == [expected]
        assert _grab(view) == view_pictures.whole_paint(view).convertToFormat(
            QImage.Format.Format_RGB32)
    # On screen, no arrow.
    view.go_to_days(day - 60, day + 60)
    QApplication.processEvents()
    labels = [text for _box, text in view._article_badges(view.viewport().width())]
    assert labels == ["Article · 15 Jun 2020"]
