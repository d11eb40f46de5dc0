"""Article lines a new user could not see (verify48 F7, session 38): three wire stories
of 20, 24 and 28 November 2025; at the November zoom (~26 px a day) the badge "Article ·
24 Nov 2025 +1" stood for the 28 Nov article, whose line was not drawn though there was
room for it.  Fails on main ``c5d68e17``.  ``_her_timeline`` is her wire.json's eras and
stories (``test_eras_verify48``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Source, Timeline

D = dt.date
ERAS = (("prep", "Preparatory contacts", D(2025, 11, 1), D(2025, 11, 19)),
        ("round", "Round of ministerial visits in Ankara and Geneva", D(2025, 11, 20),
         D(2025, 11, 27)),
        ("seoul", "Seoul follow-up", D(2025, 11, 28), D(2025, 12, 31)))


def _her_timeline() -> Timeline:
    """Her wire.json's eras, one meeting a story and the three stories' datelines."""
    events = [Event(event_id, title, FuzzyDate.of_day(first), end=FuzzyDate.of_day(last),
                    category="Phases") for event_id, title, first, last in ERAS]
    sources = {}
    for day, outlet, title in ((20, "Reuters", "Fidan and Stenergard hold security talks"),
                               (24, "AFP", "New round of nuclear talks in Geneva"),
                               (28, "Yonhap", "Cho Hyun and Takeshi Iwaya meet in Seoul")):
        sources[f"s{day}"] = Source(f"s{day}", outlet=outlet,
                                    dateline_date=D(2025, 11, day))
        events.append(Event(f"m{day}", title, FuzzyDate.of_day(D(2025, 11, day)),
                            category="Meeting", source_id=f"s{day}"))
    return Timeline.from_events(events, sources=sources)


def _x(view: Any, day: D, middle: bool = False) -> float:
    return float(view.x_of_day(day.toordinal() + (0.5 if middle else 0.0)))


def test_each_article_has_its_line_and_badge_when_there_is_room(shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_her_timeline(), (880, 480))
    view.show_range(D(2025, 10, 30).toordinal(), D(2025, 11, 30).toordinal())
    QApplication.processEvents()
    assert 24 <= view._px_per_day <= 29  # her ~26 px a day
    width = view.viewport().width()
    lines = view._article_line_columns()
    expected = [_x(view, D(2025, 11, day), middle=True) for day in (20, 24, 28)]
    assert [round(x) for x in lines] == [round(x) for x in expected]  # was 20 and 24 only
    badges = view._article_badges(width)
    assert [label for _box, label in badges] == [
        "Article · 20 Nov 2025", "24 Nov 2025", "28 Nov 2025"]
    for (box, _label), x in zip(badges, expected, strict=True):
        assert box.left() + 4 <= x <= box.right() - 4  # each over its own line
    for (left, _l), (right, _r) in zip(badges, badges[1:], strict=False):
        assert left.right() <= right.left()
    # With room for every badge in full, each says "Article ·" as before.
    wide = shown_view(_her_timeline(), (1800, 480))
    wide.show_range(D(2025, 10, 30).toordinal(), D(2025, 11, 30).toordinal())
    QApplication.processEvents()
    assert [label for _box, label in wide._article_badges(wide.viewport().width())] == [
        "Article · 20 Nov 2025", "Article · 24 Nov 2025", "Article · 28 Nov 2025"]
