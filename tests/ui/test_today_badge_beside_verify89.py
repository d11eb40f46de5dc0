"""verify89 F9: with an article badge ("Article · 4 Dec 2026 +1") over the today line (7
Dec), the today badge stood in the nearest free stretch, about 100 px aside, over October
and November, with nothing saying its line was elsewhere; a reader took its place for the
date.  Beside its line it now carries an arrow pointing to it ("Today ▶" left of the line,
"◀ Today" right of it); over its line it is as before."""

from __future__ import annotations

import datetime as dt

from tests.ui.test_today_line_view86 import (  # (fixed_clock: autouse, today 7 Dec 2026)
    TODAY,
    fixed_clock,  # noqa: F401
)
from timeline_app.core import Event, FuzzyDate, Source, Timeline, clock
from timeline_app.ui.view_axis import TODAY_BESIDE_PX, _today_label_at


def _wire_of_4_december() -> Timeline:
    wire = Source("wire", title="Ministers set a new date", dateline_date=dt.date(2026, 12, 4))
    day = FuzzyDate.of_ymd
    return Timeline.from_events([
        Event("talks", "Talks in Geneva", day(2026, 10, 2), source_id="wire"),
        Event("statement", "Joint statement", day(2026, 12, 4), source_id="wire"),
        Event("signing", "Signing (scheduled)", day(2027, 1, 15), source_id="wire"),
    ], sources={"wire": wire})


def test_the_label_says_where_the_line_is() -> None:
    assert _today_label_at("Today", 100.0, 50.0, 120.0) == "Today"
    assert _today_label_at("Today", 100.0, 50.0, 100.0 - TODAY_BESIDE_PX) == "Today"
    assert _today_label_at("Today", 100.0, 50.0, 200.0) == "Today ▶"
    assert _today_label_at("Today", 100.0, 50.0, 60.0) == "◀ Today"


def test_a_today_badge_pushed_aside_by_an_article_badge_points_to_its_line(
        shown_view) -> None:  # type: ignore[no-untyped-def]
    assert clock.today() == TODAY
    view = shown_view(_wire_of_4_december(), size=(900, 420))
    width = view.viewport().width()
    seen = set()
    for days in (120.0, 200.0, 300.0, 400.0):
        view.go_to_date(TODAY, days_shown=days)
        x = view._today_x()
        assert x is not None
        box, label = view._today_badge(width)
        articles = [a for a, _label in view._article_badges(width)]
        assert all(not a.adjusted(-2, 0, 2, 0).intersects(box) for a in articles)
        over = box.left() - TODAY_BESIDE_PX <= x <= box.right() + TODAY_BESIDE_PX
        if over:
            assert "▶" not in label and "◀" not in label, days
        elif box.right() < x:
            assert label.endswith(" ▶"), (days, label)
        else:
            assert label.startswith("◀ "), (days, label)
        seen.add(over)
    assert False in seen  # (the article badge over the line at some zoom: the case)
