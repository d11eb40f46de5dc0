"""Fit All of a database exported with a few scattered early dates (verify60 F3): 300
events of 1945-2025 and c. 1259 BC, 44 BC, AD 800, 1648, 1815.

Session 48 (view55) gave the five their bands, each a band's width with room for its
title and year beside it: the bulk took 219 of 874 px at 1280×800 and the axis ran to
2040.  Their bands now share one band's width and their stretches get no room, as one
early date alone before its band gets none: the bulk fills the window."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

EARLY = [(-1258, "Egyptian-Hittite peace treaty"), (-43, "Ides of March"),
         (800, "Charlemagne crowned"), (1648, "Peace of Westphalia"),
         (1815, "Congress of Vienna")]
BULK_FIRST = dt.date(1945, 1, 1).toordinal()
BULK_END = dt.date(2026, 1, 1).toordinal()


def _timeline(early: list[tuple[int, str]]) -> Timeline:
    rng = random.Random(3)
    events = [Event(f"m{i}", f"Modern event {i}",
                    FuzzyDate.of_ymd(rng.randint(1945, 2025), rng.randint(1, 12),
                                     rng.randint(1, 28)),
                    category=rng.choice(["vote", "treaty", "visit"])) for i in range(300)]
    events += [Event(f"e{year}", title, FuzzyDate.of_year(year), category="treaty")
               for year, title in early]
    return Timeline.from_events(events, title="export")


def _fitted(window, early: list[tuple[int, str]], size: tuple[int, int]):  # type: ignore[no-untyped-def]
    window.resize(*size)
    QApplication.processEvents()
    window.document.replace_timeline(_timeline(early), None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    return window.view


@pytest.mark.parametrize("early", [EARLY, EARLY[1:2], [EARLY[1], EARLY[3]]],
                         ids=["five", "one", "two"])
def test_fit_all_gives_the_bulk_the_window_and_keeps_early_dates_reachable(window, early):  # type: ignore[no-untyped-def]
    view = _fitted(window, early, (1280, 800))
    width = view.viewport().width()
    bulk = view.x_of_day(BULK_END) - view.x_of_day(BULK_FIRST)
    assert bulk >= 0.7 * width, (bulk, width)  # (five: 219 of 874 px before)
    assert len(view.scale().breaks) == len(early)
    first, last = view.visible_days()
    assert last - BULK_END < 6 * 365, dt.date.fromordinal(int(last))  # (five: 2040)
    for year, _title in early:  # each early date on screen, in order, its band to open
        x = view.x_of_day(window.document.timeline.get(f"e{year}").day_range()[0])
        assert 0 <= x < view.x_of_day(BULK_FIRST)
        assert view.has_item(f"e{year}")
    assert first <= window.document.timeline.get(f"e{early[0][0]}").day_range()[0]


def test_twenty_early_dates_keep_their_titles_out_of_the_bands(window):  # type: ignore[no-untyped-def]
    """Twenty early dates (1500 BC - AD 1900): each between two bands on a sliver of a px
    or two, whose items were packed with the next stretch wide enough for labels, across
    the bands between (``_stretches_on_screen`` left the slivers out): "Old event 715"
    ran over five bands at 1366×768."""
    rng = random.Random(5)
    years = sorted(rng.sample(range(-1500, 1900), 20))
    early = [(year, f"Old event {year}") for year in years]
    view = _fitted(window, early, (1366, 768))
    bands = [(view.x_of_day(b.first_day), view.x_of_day(b.last_day))
             for b in view.scale().breaks]
    assert len(bands) == 20
    assert view.x_of_day(BULK_END) - view.x_of_day(BULK_FIRST) >= 0.5 * view.viewport().width()
    for year, _title in early:
        if not view.has_item(f"e{year}") or not view.label_text(f"e{year}"):
            continue
        rect = view.label_rect(f"e{year}")
        for x0, x1 in bands:
            assert rect.right() <= x0 + 1 or rect.left() >= x1 - 1, (year, rect, x0, x1)
