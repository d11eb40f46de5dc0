"""The events on screen that the world's packing shows no row for (``TimelineView.
_world_left_out``), in the order the "+N" badges and the spans given the free rows
(``_world_context``) read them: by x, then by id.  At a day's zoom at 100 000 events many
share an x (spans starting on one day: 42 events at 10 x); session 30 sorts them by id and
then stably by x instead of sorting ``(x, id)`` tuples (same order, no tuple compare at
each tie).  A guard of that order, ties and all."""

from __future__ import annotations

import random
from types import SimpleNamespace

from timeline_app.ui.layout import LaneItem
from timeline_app.ui.timeline_view import TimelineView


def test_left_out_by_x_then_id_whatever_the_ties():
    rng = random.Random(30)
    items = {}
    for number in range(400):
        key = f"e{rng.randrange(10 ** 6):06d}-{number}"
        x0 = float(rng.choice([-900.0, -120.0, -31.0, 0.0, 12.5, 400.0, 1500.0]))
        items[key] = LaneItem(key, x0, x0 + rng.choice([0.0, 30.0, 900.0]), 0.0, None)
    world = SimpleNamespace(items=items)
    on_screen = set(items)
    shown = set(rng.sample(sorted(items), 60))
    shift = 250.0
    left_out = TimelineView._world_left_out(world, on_screen, shown, shift)  # type: ignore[arg-type]
    assert left_out == sorted((items[key].x0 - shift, key) for key in on_screen - shown)
    # An event on screen with no world item: None (the caller reads every event).
    assert TimelineView._world_left_out(world, on_screen | {"unknown"}, shown,  # type: ignore[arg-type]
                                        shift) is None
