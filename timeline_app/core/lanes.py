"""Lanes (categories) changed as a whole: renamed, merged, or given selected events.

Qt-free: each function reads a timeline and returns a ``LaneChange``, the events before
and after and the category colours before and after, which one undo step
(``commands.ChangeLanesCommand``) applies and takes back exactly.  Nothing here changes
the timeline.  A lane is an event's ``category`` string (``""``: "Uncategorised"); the
file keeps no list of lanes of its own, only ``Timeline.category_colors``, so a lane
exists while an event is in it (and its colour entry while one was chosen).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Event, Timeline


@dataclass(frozen=True)
class LaneChange:
    """What a lane operation changes; empty (``bool(change)`` is False) when nothing.

    Attributes:
        old_events: The events as they are, in the timeline's order.
        new_events: The same events (same ids, same order) in their new lane.
        old_colors: ``Timeline.category_colors`` before (a copy).
        new_colors: ``Timeline.category_colors`` after (a copy; equal to ``old_colors``
            when the colours do not change).
    """

    old_events: tuple[Event, ...] = ()
    new_events: tuple[Event, ...] = ()
    old_colors: dict[str, str] = field(default_factory=dict)
    new_colors: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.new_events) or self.old_colors != self.new_colors


def lane_names(timeline: Timeline) -> set[str]:
    """Every lane of ``timeline``: the categories of its events."""
    return {event.category for event in timeline}


def rename_lane(timeline: Timeline, old: str, new: str,
                color: str | None = None) -> LaneChange:
    """Every event of lane ``old`` moved to lane ``new``, and ``old``'s chosen colour with it.

    When ``new`` is already a lane (a merge), its own look is kept: its chosen colour if
    it has one, else the app's colour for it; ``old``'s chosen colour is dropped either way.
    When ``new`` is a new name, it takes ``old``'s chosen colour, else ``color`` (the
    colour ``old`` was shown in, ``#rrggbb``, when given), so a renamed lane looks as it
    did: the app's own colours go by name.  A lane's colour entry without events (a colour
    chosen in a file for a lane nobody uses) is renamed too.

    Args:
        timeline: The timeline to read (not changed).
        old: The lane renamed (a category string; ``""`` is "Uncategorised").
        new: Its new name.  Must not be empty: an event's empty category means
            "Uncategorised", never a name a person gives.
        color: The colour ``old`` is shown in, kept by a renamed lane without a chosen
            colour; ignored in a merge.

    Returns:
        The change; empty when ``old == new`` or ``old`` has neither events nor colour.

    Raises:
        ValueError: ``new`` is empty or only white space.
    """
    if not new.strip():
        raise ValueError("a lane needs a name")
    colors = dict(timeline.category_colors)
    if old == new:
        return LaneChange(old_colors=colors, new_colors=dict(colors))
    olds = tuple(event for event in timeline if event.category == old)
    news = tuple(dataclasses.replace(event, category=new) for event in olds)
    merged = dict(colors)
    color = merged.pop(old, color)
    merging = new in colors or any(event.category == new for event in timeline)
    if color is not None and not merging:
        merged[new] = color
    return LaneChange(olds, news, colors, merged)


def move_to_lane(timeline: Timeline, event_ids: Iterable[str], lane: str) -> LaneChange:
    """The events ``event_ids`` moved to ``lane`` (an existing lane or a new one).

    Ids not in the timeline, repeated ones and events already in ``lane`` are left out.
    Colours do not change: an emptied lane keeps its chosen colour (undo fills it again,
    and a lane filled later looks as it did), a new lane gets the app's colour.

    Args:
        timeline: The timeline to read (not changed).
        event_ids: The events to move (the selection).
        lane: The lane they go to; not empty.

    Returns:
        The change; empty when no event moves.

    Raises:
        ValueError: ``lane`` is empty or only white space.
    """
    if not lane.strip():
        raise ValueError("a lane needs a name")
    wanted = set(event_ids)
    olds = tuple(event for event in timeline
                 if event.id in wanted and event.category != lane)
    news = tuple(dataclasses.replace(event, category=lane) for event in olds)
    colors = dict(timeline.category_colors)
    return LaneChange(olds, news, colors, dict(colors))
