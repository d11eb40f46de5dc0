"""Session 34, frames37: ``_at_the_edges`` keeps a placement that it leaves as it was (a
title away from the view's edges, most of a lane's) instead of making an equal one: a
named tuple made in Python for every title of every lane of rows at each pan (issue 11)."""

from __future__ import annotations

import random

from timeline_app.ui.layout import LaneItem, Placement
from timeline_app.ui.view_base import _at_the_edges


def test_placements_away_from_the_edges_are_kept_and_the_rest_as_before():
    rng = random.Random(2)
    kept = changed = 0
    for _ in range(300):
        placements, items = [], {}
        for n in range(rng.randint(1, 12)):
            x0 = rng.uniform(-300, 1200)
            x1 = x0 if rng.random() < 0.5 else x0 + rng.uniform(2, 600)
            inside = x1 > x0 and rng.random() < 0.3
            label_w = rng.uniform(10, 300)
            label_x = x0 + 4 if inside else (x1 + 6 if x1 > x0 else x0 + 12)
            key = f"e{n}"
            placements.append(Placement(key, rng.randint(0, 3), label_x, inside, label_w))
            items[key] = LaneItem(key, x0, x1, label_w)
        out = _at_the_edges(placements, items, 1000.0)
        assert len(out) == len(placements)
        for before, after in zip(placements, out, strict=True):
            if after == before:
                assert after is before  # (fails on the code before: an equal copy)
                kept += 1
            else:
                changed += 1
    assert kept >= 300 and changed >= 100
