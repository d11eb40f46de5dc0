"""Session 18, branch frames20: the article badges' row is placed once a frame when it is
packed (issue 11).  It was placed whole, then laid out again packed; now a badge's "+N"
is tried as soon as the badge after it stands where it stays, and the first badge without
room stops the placing.  The badges are the same as before."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QApplication

from tests.ui.test_ux12_fixes import _many_articles as _timeline
from timeline_app.ui.view_settings import set_in_view


def _row_then_and_now(view: Any, monkeypatch: Any) -> tuple[list[Any], list[Any], int, int,
                                                             bool]:
    """The row as ``_named_article_columns`` gives it and as the whole placing gave it
    (placed whole, each "+N" tried, laid out again when packed), with the badge labels
    each asked for, and whether the row is packed."""
    width = view.viewport().width()
    # (the placing of the lines chosen; which lines, verify43 F22's latest named, aside)
    set_in_view("FEW_NAMED_LINES", 0, monkeypatch)
    seen: list[tuple[list[float], list[int]]] = []
    placing = view._placing_article_badges
    labels = 0
    badge_label = view._badge_label

    def counted_label(x: float, day: int, w: int) -> str:
        nonlocal labels
        labels += 1
        return str(badge_label(x, day, w))

    def spied(xs: list[float], days: list[int], *args: Any) -> Any:
        seen.append((list(xs), list(days)))
        return placing(xs, days, *args)

    monkeypatch.setattr(view, "_badge_label", counted_label)
    monkeypatch.setattr(view, "_placing_article_badges", spied)
    view._article_badges_memo = None
    now = list(view._named_article_columns(width))
    now_labels, labels = labels, 0
    xs, days = seen[0]  # the first placing's lines (the packed one's are the same)
    badges, named = view._place_article_badges(
        xs, days, width, lambda x, day, w, _first: view._badge_label(x, day, w))
    counts = view._unnamed_article_counts(named, days, width)
    packed = False
    for index, more in enumerate(counts):
        if more > 0 and not view._count_unnamed_articles(badges, index, more, width):
            packed = True
            break
    if packed:
        badges = view._packed_article_badges(xs, days, width, sum(counts) + len(counts))
    monkeypatch.undo()
    return now, badges, now_labels, labels, packed


def test_a_packed_row_is_placed_once_and_gives_the_same_badges(shown_view, monkeypatch):
    # (Session 33: crowded lines are chosen from the world and never pack,
    # ``test_view_article_badges_world``; the greedy row, where they are not, here all.)
    # (``_row_then_and_now`` undoes ``monkeypatch``: the setting has its own.)
    import pytest


    greedy = pytest.MonkeyPatch()
    set_in_view("CROWDED_ARTICLE_LINES", 10 ** 9, greedy)
    try:
        _packed_rows_placed_once(shown_view, monkeypatch)
    finally:
        greedy.undo()


def _packed_rows_placed_once(shown_view: Any, monkeypatch: Any) -> None:
    view = shown_view(_timeline(range(1900, 2000), 40), (900, 500))
    QApplication.processEvents()
    packed_rows = 0
    bar = view.horizontalScrollBar()
    for step in range(6):
        if step:
            view.go_to_days(dt.date(1930 + 5 * step, 1, 1).toordinal(),
                            dt.date(1960 + 5 * step, 1, 1).toordinal())
            bar.setValue(bar.value() + view.viewport().width() // 8)
        now, then, now_labels, then_labels, packed = _row_then_and_now(view, monkeypatch)
        assert now == then
        if packed:
            packed_rows += 1
            # (was: the whole row's labels, then the packed row's)
            assert now_labels < then_labels
        else:
            assert now_labels == then_labels
    assert packed_rows >= 3


def test_a_row_with_room_for_its_counts_is_the_same(shown_view, monkeypatch):
    view = shown_view(_timeline(range(1990, 2000), 3), (1200, 500))
    QApplication.processEvents()
    rows_with_counts = 0
    for first in range(1990, 1998):
        view.go_to_days(dt.date(first, 1, 1).toordinal(), dt.date(first + 2, 6, 1).toordinal())
        now, then, now_labels, then_labels, packed = _row_then_and_now(view, monkeypatch)
        assert not packed
        assert now == then and now_labels == then_labels
        rows_with_counts += any(" +" in text for _x, _box, text in now)
        assert len(now) >= 2
    assert rows_with_counts >= 1


def test_counts_from_many_articles_are_those_of_bisection(shown_view):
    """Many articles (a numpy array of their days): each badge's count is found by one
    search for all; the counts are those bisecting the days gives."""
    import bisect

    view = shown_view(_timeline(range(1900, 2000), 40), (900, 500))
    QApplication.processEvents()
    every, totals = view._article_days(), view._article_totals()
    assert not isinstance(every, list)
    width = view.viewport().width()
    days = [int(day) for day in every[::97]]
    named = days[::3]
    counts = view._unnamed_article_counts(named, days, width)
    every_list = [int(day) for day in every]
    end = max(days[-1], int(view.day_at(width + 50) // 1)) + 1
    ends = [*named[1:], end]
    assert counts == [totals[bisect.bisect_left(every_list, stop)]
                      - totals[bisect.bisect_left(every_list, start)] - 1
                      for start, stop in zip(named, ends, strict=True)]
