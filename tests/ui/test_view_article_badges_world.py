"""Session 33, branch frames36: the article badges in the axis, and the dashed lines of the
articles they name, are chosen from the world where they are crowded, so that a pan moves
them with it (frames35's finding: at 100 000 events, a year's zoom, one Shift+Right step
named other articles mid-screen — "6 Dec 2002 +11" became "17 Dec 2002 +3" — and the red
lines hopped about while the titles slid)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_ux12_fixes import _many_articles
from timeline_app.ui import timeline_view
from timeline_app.ui.view_base import PAN_MODIFIERS
from timeline_app.ui.view_settings import set_in_view


def _badges_in_the_world(view: Any) -> list[tuple[int, float, float, str]]:
    """``(day, line x, box left, text)`` of the view's badges, x in world px."""
    width = view.viewport().width()
    shift = view._origin * view._px_per_day
    columns = view._named_article_columns(width)
    days = {round(x, 6): day for x, day in zip(*view._article_columns(), strict=True)}
    return [(days[round(x, 6)], x + shift, box.left() + shift, text)
            for x, box, text in columns]


def _clear(view: Any, badges: list[tuple[int, float, float, str]], shifts: list[float]
           ) -> list[tuple[int, float, float]]:
    """``(day, line x, box left)`` (rounded) of the badges whose line stands clear of the
    edges (a badge's width) in views whose left edges are at ``shifts`` (world px): the
    edges hold a badge in the view, and may drop it, as they cut titles."""
    width = view.viewport().width()
    widest = view._small_width("◀ Article · 28 May 2002 +88888 ▶") + 8
    return [(day, round(x, 3), round(left, 3)) for day, x, left, _text in badges
            if all(widest <= x - shift <= width - widest for shift in shifts)]


def _step(view: Any, key: Qt.Key = Qt.Key.Key_Right) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(view, key, PAN_MODIFIERS)
    QApplication.processEvents()


@pytest.mark.parametrize("years", [3, 12])
def test_a_pan_moves_the_crowded_badges_with_the_world(shown_view, years):
    view = shown_view(_many_articles(range(1900, 2000), 40), (900, 500))
    start = dt.date(1930, 1, 1).toordinal()
    view.go_to_days(start, start + 365 * years)
    QApplication.processEvents()
    view.setFocus()
    width = view.viewport().width()
    compared = crowded_walls = 0
    for key in [Qt.Key.Key_Right] * 6 + [Qt.Key.Key_Left] * 3:
        before = _badges_in_the_world(view)
        xs, _days = view._article_columns()
        assert len(xs) >= 3 * len(before) > 0  # crowded: the badges name a few lines
        shift = view._origin * view._px_per_day
        _step(view, key)
        moved = view._origin * view._px_per_day - shift
        assert abs(moved) >= width / 10  # (a step moved the view)
        after = _badges_in_the_world(view)
        # Every badge inside both views is the same article at the same world place
        # (the last one's "+N" counts to the right edge: its text may grow).
        shifts = [shift, shift + moved]
        assert _clear(view, before, shifts) == _clear(view, after, shifts)
        compared += len(_clear(view, after, shifts))
        # ... and the lines drawn across the lanes are theirs (none: a wall of lines).
        lines = view._article_line_columns()
        assert lines in ([], [x for x, _box, _text in view._named_article_columns(width)])
        crowded_walls += not lines
    assert compared >= 6
    assert crowded_walls == (9 if years == 12 else 0)


def test_the_crowded_badges_never_overlap_and_stand_over_their_lines(shown_view):
    view = shown_view(_many_articles(range(1900, 2000), 40), (900, 500))
    for years in (1, 3, 12, 40):
        start = dt.date(1931, 3, 1).toordinal()
        view.go_to_days(start, start + 365 * years)
        QApplication.processEvents()
        width = view.viewport().width()
        named = view._named_article_columns(width)
        assert named
        for (_x0, left, _t0), (_x1, right, _t1) in itertools.pairwise(named):
            assert left.right() <= right.left()
        for x, box, text in named:
            if 0 <= x <= width:
                assert box.left() + 4 <= x <= box.right() - 4, (x, box, text)
            assert view._small_width(text) + 8 <= box.width() + 1e-6


def test_uncrowded_badges_are_chosen_as_before(shown_view, monkeypatch):
    """A few articles (none crowded: the seed's, new-user trial 8's pair) keep the row
    the axis chose from its left edge: every line with room has its badge."""
    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.core.model import Source

    days = [dt.date(2024, 10, 14), dt.date(2025, 3, 22), dt.date(2025, 3, 25),
            dt.date(2019, 6, 1)]
    timeline = Timeline.from_events(
        [Event(f"e{n}", f"Talks {n}", FuzzyDate.of_day(day),
               category="meeting") for n, day in enumerate(days)],
        sources={f"s{n}": Source(f"s{n}", f"Story {n}", dateline_date=day)
                 for n, day in enumerate(days)})
    view = shown_view(timeline, (900, 500))
    rows = []
    for first, last in ((dt.date(2018, 1, 1), dt.date(2026, 1, 1)),
                        (dt.date(2024, 6, 1), dt.date(2025, 6, 1)),
                        (dt.date(2025, 3, 1), dt.date(2025, 4, 1))):
        view.go_to_days(first.toordinal(), last.toordinal())
        QApplication.processEvents()
        width = view.viewport().width()
        view._article_badges_memo = None
        now = view._named_article_columns(width)
        set_in_view("CROWDED_ARTICLE_LINES", 10 ** 9, monkeypatch)
        view._article_badges_memo = view._article_candidates_memo = None
        then = view._named_article_columns(width)
        monkeypatch.undo()
        view._article_badges_memo = view._article_candidates_memo = None
        assert now == then
        rows.append(len(now))
    assert rows[1] >= 2 and rows[2] >= 2  # (the close pair: both named)


def test_the_seed_timelines_badges_are_unchanged(window):
    """The default timeline: its one article's badge, at Fit All and zoomed in, with its
    line (what the axis showed before the world's choice)."""
    view = window.view
    QApplication.processEvents()
    width = view.viewport().width()
    named = view._named_article_columns(width)
    assert [text for _x, _box, text in named] == ["Article · 22 Mar 2025"]
    x = view.x_of_day(dt.date(2025, 3, 22).toordinal() + 0.5)
    assert named[0][0] == pytest.approx(x)
    assert view._article_line_columns() == [named[0][0]]
    day = dt.date(2025, 3, 22).toordinal()
    view.go_to_days(day - 3, day + 4)
    QApplication.processEvents()
    named = view._named_article_columns(view.viewport().width())
    assert [text for _x, _box, text in named] == ["Article · 22 Mar 2025"]
    box = named[0][1]
    assert box.center().x() == pytest.approx(view.x_of_day(day + 0.5))


def _lines(count: int, seed: int, start: float = 0.0) -> tuple[list[float], list[int]]:
    """``count`` ascending x a pixel column apart or more, and their days."""
    import random

    rng = random.Random(seed)
    xs, x = [], start
    for _ in range(count):
        x += rng.choice([1, 2, 3, 5, 7, 9, 14, 30, 60, 200])
        xs.append(float(x) + 0.25)
    return xs, [1000 + n for n in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_the_thinned_lines_depend_on_the_world_alone(seed):
    import numpy as np

    from timeline_app.ui.timeline_view import _thinned_article_columns

    xs, days = _lines(600, seed)
    spacing = 190.0
    whole = _thinned_article_columns(xs, days, 0.0, spacing, -1e9, 1e9)
    assert whole == _thinned_article_columns(np.array(xs), np.array(days), 0.0, spacing,
                                             -1e9, 1e9)
    crowded = set()
    for x in xs:
        near = sum(1 for other in xs if abs(other - x) <= spacing)
        if near >= timeline_view.CROWDED_ARTICLE_LINES:
            crowded.add(x)
    assert {x for x in xs if x not in crowded} <= set(whole[0])  # uncrowded: all kept
    kept = [x for x in whole[0] if x in crowded]
    assert all(b - a >= spacing for a, b in itertools.pairwise(kept))
    # A view's edge is anywhere: the lines it keeps in [low, high] are the world's,
    # given the lines 3 cells before it and a spacing after it.
    cell = spacing + timeline_view.ARTICLE_CELL_EXTRA_PX
    for left in (300.0, 777.5, 1234.0, 2000.25):
        view_xs = [x - left for x in xs if -3 * cell - 50 <= x - left <= 900 + spacing + 50]
        view_days = [day for x, day in zip(xs, days, strict=True)
                     if -3 * cell - 50 <= x - left <= 900 + spacing + 50]
        seen = _thinned_article_columns(view_xs, view_days, left, spacing, -50, 950)
        assert [x + left for x in seen[0]] == pytest.approx(
            [x for x in whole[0] if -50 <= x - left <= 950])


def _views(view: Any) -> list[tuple[int, int]]:
    """Views of ``_many_articles``' timeline (first and last day): a month to 40 years."""
    start = dt.date(1931, 3, 1).toordinal()
    return [(start + shift, start + shift + days) for days in (31, 365, 3 * 365, 40 * 365)
            for shift in (0, 17, 400)]


def test_a_new_view_places_the_article_dates_once(shown_view, monkeypatch):
    """Session 34, frames37: the lines on screen and the badges' candidates come from one
    placing of the dates across the candidates' wider stretch (placed twice, a held key's
    step at a month's zoom paid ~0.4 M instructions more: frames36's +0.5 %)."""
    view = shown_view(_many_articles(range(1900, 2000), 40), (900, 500))
    assert not isinstance(view._article_days(), list)  # (numpy: many articles)
    calls = []
    scale_type = type(view._scale)
    placed = scale_type.u_of_days
    monkeypatch.setattr(scale_type, "u_of_days",
                        lambda self, days: (calls.append(len(days)), placed(self, days))[1])
    for first, last in _views(view):
        view.go_to_days(first, last)
        calls.clear()
        width = view.viewport().width()
        view._article_line_columns()
        view._named_article_columns(width)
        assert len(calls) == 1, (first, last, calls)


def test_the_lines_and_candidates_are_those_placed_apart(shown_view):
    """The view's columns and the badges' candidates, from the one placing, equal what
    placing the view's stretch and the candidates' stretch apart gives (the code before
    session 34), at views of every zoom, and at a pan's stretch's width."""
    from timeline_app.ui.timeline_view import _thinned_article_columns

    view = shown_view(_many_articles(range(1900, 2000), 40), (900, 500))
    days = view._article_days()
    for first, last in _views(view):
        for override in (None, 1500):
            view.go_to_days(first, last)
            view._width_override = override
            view._article_columns_memo = view._article_candidates_memo = None
            width = view._articles_width()
            columns = view._article_columns()
            assert columns == view._compute_article_columns(days)
            assert all(isinstance(x, float) for x in columns[0])
            assert all(isinstance(day, int) for day in columns[1])
            candidates = view._article_candidates()
            # ... and placed apart: the candidates' stretch placed on its own
            key, _columns, placed = view._article_columns_memo
            assert placed is not None
            view._article_columns_memo = (key, columns, None)
            view._article_candidates_memo = None
            assert view._article_candidates() == candidates
            widest = view._small_width("◀ Article · 28 May 2002 +88888 ▶") + 8
            spacing = widest + 4
            margin = 3 * (spacing + timeline_view.ARTICLE_CELL_EXTRA_PX)
            wide = view._compute_article_columns(days, -50 - margin, width + 50 + spacing)
            apart = _thinned_article_columns(*wide, view._origin * view._px_per_day,
                                             spacing, -50, width + 50)
            assert set(candidates[0]) <= set(apart[0])  # (an edge's badge may give way)
            assert len(apart[0]) - len(candidates[0]) <= 2
        view._width_override = None
