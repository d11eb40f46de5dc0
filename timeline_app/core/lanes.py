"""Lanes (categories) changed as a whole: renamed, merged, given selected events, or moved
up or down among the others.

Qt-free: each function reads a timeline and returns a ``LaneChange``, the events before
and after, the category colours before and after and the lanes' order before and after,
which one undo step (``commands.ChangeLanesCommand``) applies and takes back exactly.
Nothing here changes the timeline.  A lane is an event's ``category`` string (``""``:
"Uncategorised"); the file keeps no list of lanes of its own, only
``Timeline.category_colors``, ``Timeline.lane_order`` (the lanes put in order, first
listed first; the others follow) and ``Timeline.era_lanes`` (the lanes shown as eras), so
a lane exists while an event is in it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .dates import FuzzyDate
from .model import DEFAULT_ERA_LANES, Event, Timeline, make_event

#: See ``model.DEFAULT_ERA_LANES`` (the name the exchange formats have used).
ERA_LANES = DEFAULT_ERA_LANES


@dataclass(frozen=True)
class LaneChange:
    """What a lane operation changes; empty (``bool(change)`` is False) when nothing.

    Attributes:
        old_events: The events as they are, in the timeline's order.
        new_events: The same events (same ids, same order) in their new lane.
        old_colors: ``Timeline.category_colors`` before (a copy).
        new_colors: ``Timeline.category_colors`` after (a copy; equal to ``old_colors``
            when the colours do not change).
        old_order: ``Timeline.lane_order`` before.
        new_order: ``Timeline.lane_order`` after (equal to ``old_order`` when the order
            does not change).
        old_eras: ``Timeline.era_lanes`` before (None: the default lanes).
        new_eras: ``Timeline.era_lanes`` after (equal to ``old_eras`` when it does not
            change: a lane shown as eras renamed stays one under its new name).
    """

    old_events: tuple[Event, ...] = ()
    new_events: tuple[Event, ...] = ()
    old_colors: dict[str, str] = field(default_factory=dict)
    new_colors: dict[str, str] = field(default_factory=dict)
    old_order: tuple[str, ...] = ()
    new_order: tuple[str, ...] = ()
    old_eras: frozenset[str] | None = None
    new_eras: frozenset[str] | None = None

    def __bool__(self) -> bool:
        return (bool(self.new_events) or self.old_colors != self.new_colors
                or self.old_order != self.new_order or self.old_eras != self.new_eras)


#: Where "Move Lane" puts a lane: one place earlier (up the timeline, left in the legend),
#: one later, first or last.
Where = Literal["up", "down", "top", "bottom"]
WHERE: tuple[Where, ...] = ("up", "down", "top", "bottom")


def moved_lane(lanes: Sequence[str], lane: str, where: Where | int) -> list[str]:
    """``lanes`` (every lane, in the order shown) with ``lane`` moved ``where``.

    Args:
        lanes: The lanes as shown, first to last; no repeats.
        lane: The lane moved; one of ``lanes``.
        where: ``"up"`` (one place earlier), ``"down"`` (later), ``"top"`` (first) or
            ``"bottom"`` (last); or the place it takes in the new order (0: first; a
            legend entry dropped elsewhere), kept within the list.  A lane already first
            (last) stays where it is.

    Returns:
        A new list; equal to ``lanes`` when the lane cannot move that way.

    Raises:
        ValueError: ``lane`` is not in ``lanes``, or ``where`` is none of the four and
            not a whole number.
    """
    if not (where in WHERE or (isinstance(where, int) and not isinstance(where, bool))):
        raise ValueError(f"a lane moves up, down, top or bottom, not {where!r}")
    order = list(lanes)
    at = order.index(lane)  # ValueError when absent
    to = min(max(where, 0), len(order) - 1) if isinstance(where, int) else {
        "up": max(at - 1, 0), "down": min(at + 1, len(order) - 1),
        "top": 0, "bottom": len(order) - 1}[where]
    order.insert(to, order.pop(at))
    return order


def reorder_lane(timeline: Timeline, lanes: Sequence[str], lane: str,
                 where: Where | int) -> LaneChange:
    """``lane`` moved ``where`` among ``lanes`` (the lanes as shown, first to last): the
    new ``Timeline.lane_order`` is all of ``lanes`` in their new order, so the shown
    order is kept whole from then on (a lane made later follows them).

    Returns:
        The change; empty when the lane cannot move that way, or the order is already so.

    Raises:
        ValueError: ``lane`` is not in ``lanes``, or ``where`` is none of the four.
    """
    old = tuple(timeline.lane_order)
    new = tuple(moved_lane(lanes, lane, where))
    if new == tuple(lanes):
        new = old  # nothing moves: no step (and no order written for it)
    colors = dict(timeline.category_colors)
    return LaneChange(old_colors=colors, new_colors=dict(colors), old_order=old,
                      new_order=new)


def renamed_order(order: Sequence[str], old: str, new: str, merging: bool) -> tuple[str, ...]:
    """``Timeline.lane_order`` after lane ``old`` became ``new``: a renamed lane keeps its
    place; merged into another lane, it leaves the order and the lane it joined keeps its
    own place (or takes the merged one's when it had none)."""
    if old not in order:
        return tuple(order)
    if merging and new in order:
        return tuple(lane for lane in order if lane != old)
    return tuple(new if lane == old else lane for lane in order if lane != new)


def lane_names(timeline: Timeline) -> set[str]:
    """Every lane of ``timeline``: the categories of its events."""
    return {event.category for event in timeline}


def typed_lane_name(text: str) -> str:
    """The lane a person typed as a new category (the event editor's, the import review's):
    in lower case like the built-in kinds ("Attack" -> "attack", shown "Attack"), but a name
    with a capital after its first letter keeps its capitals ("Red Sea", "Gulf States",
    "EU": a proper name; verify58 F16 typed "Red Sea" and got the lane "Red sea").  Surrounding
    white space is dropped; "" stays "".  Lanes that differ only in case are one lane
    (:func:`lane_match_key`), so the person's first spelling is kept."""
    text = " ".join(text.split())
    return text if any(c.isupper() for c in text[1:]) else text.casefold()


def lane_match_key(category: str) -> str:
    """What two spellings of one lane share: the name without surrounding white space,
    case-folded ("Meeting", " meeting " and "MEETING" give "meeting")."""
    return category.strip().casefold()


def joined_lanes(events: Iterable[Event], lanes: Iterable[str]) -> list[Event]:
    """``events`` (imported) with each category that is one of ``lanes`` but for case and
    surrounding white space put in that lane, and the spellings of one new lane among
    them joined into the first one met (stripped); other events unchanged (the same
    objects), in the same order.

    A CSV written by hand names the lanes as the app shows them ("Meeting", "Visit"),
    while the app's lanes are "meeting", "visit": they became two lanes shown with the
    same name, in other colours (verify21, F3).  ``lanes``: the lanes the events join,
    in the order of preference (the timeline's own lanes first, then the built-in ones,
    ``ui.style.LANE_ORDER``).  A category that is exactly a lane stays in it; an empty
    one ("Uncategorised") stays empty.
    """
    kept: set[str] = set()  # spellings that stay as they are: the lanes, and the new lanes met
    known: dict[str, str] = {}
    for lane in lanes:
        kept.add(lane)
        known.setdefault(lane_match_key(lane), lane)
    joined: list[Event] = []
    for event in events:
        category = event.category
        if category not in kept and (key := lane_match_key(category)):
            lane = known.setdefault(key, category.strip())
            kept.add(lane)
            if lane != category:  # (``make_event``: a typed CSV of 100 000 rows is
                # every event: 0.38 s of CPU against 0.75 s with ``dataclasses.replace``)
                event = make_event(event.id, event.title, event.date, event.end, lane,
                                   event.participants, event.location, event.summary,
                                   event.date_basis, event.source_id, event.evidence,
                                   event.status)
        joined.append(event)
    return joined


def rename_lane(timeline: Timeline, old: str, new: str,
                color: str | None = None, shown: Sequence[str] = ()) -> LaneChange:
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
        shown: Every lane in the order shown, first to last.  A lane the order does not
            list (``Timeline.lane_order`` never set, or set before the lane was made)
            has its place by its name, so a new name would move it (Treaty renamed
            "Deadlines" went from the top to the bottom, verify22 finding 4): then the
            order shown is written, the new name in the old one's place.

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
    order = tuple(timeline.lane_order)
    base = tuple(shown) if old not in order and old in shown and not merging else order
    return LaneChange(olds, news, colors, merged, order,
                      renamed_order(base, old, new, merging),
                      timeline.era_lanes, renamed_eras(timeline, old, new, merging))


def renamed_eras(timeline: Timeline, old: str, new: str,
                 merging: bool) -> frozenset[str] | None:
    """``Timeline.era_lanes`` after lane ``old`` became ``new``: a lane renamed keeps how
    it is shown (eras or rows, whatever the new name: a lane "Eras" renamed "Filling
    phases" stays eras, a lane "Talks" renamed "Eras" stays rows); merged into another
    lane, its events take that lane's way.  Unchanged (the same object, also None) when
    the rename changes nothing of it."""
    if merging:
        lanes = timeline.era_lane_set() - {old}
    elif timeline.is_era_lane(old):
        lanes = (timeline.era_lane_set() - {old}) | {new}
    else:
        lanes = timeline.era_lane_set() - {new}
    return timeline.era_lanes if lanes == timeline.era_lane_set() else frozenset(lanes)


def with_era_lane(timeline: Timeline, lane: str, eras: bool) -> frozenset[str] | None:
    """``Timeline.era_lanes`` with ``lane`` shown as eras (``eras``) or as a lane of rows;
    unchanged (the same object) when it is so already.  Once changed it is a set: a
    person's choice, kept by the file (the native format's ``era_lanes``)."""
    if timeline.is_era_lane(lane) == eras:
        return timeline.era_lanes
    lanes = timeline.era_lane_set()
    return frozenset(lanes | {lane} if eras else lanes - {lane})


def merged_era_lanes(timeline: Timeline, other_eras: frozenset[str],
                     categories: Iterable[str]) -> frozenset[str] | None:
    """``Timeline.era_lanes`` once events of ``categories`` come in from a timeline whose
    era lanes are ``other_eras`` (its ``era_lane_set()``): a lane new to ``timeline`` (no
    event in it) is shown as the other timeline showed it, eras or rows; a lane it has
    keeps its own way, as File → Merge… keeps this timeline's colours
    (``commands.MergeEventsCommand``).  Unchanged (the same object) when nothing differs.
    Merging lost the other file's eras: its "Filling phases" came in as an ordinary lane
    (edit34's report, session 36)."""
    current = timeline.era_lane_set()
    wanted = set(current)
    for lane in set(categories).difference(event.category for event in timeline.events):
        if lane in other_eras:
            wanted.add(lane)
        else:
            wanted.discard(lane)
    return timeline.era_lanes if wanted == current else frozenset(wanted)


#: ``move_to_lane`` looks each event up when it moves fewer than one in this many of the
#: timeline's events, else it reads the timeline once in date order.
_LOOKED_UP = 64


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
    if len(wanted) * _LOOKED_UP < len(timeline):
        # a few events of many: each looked up, put in date order by its index
        # (bisection), not a pass over every event of the timeline, which made every
        # event of a lazily loaded file (~0.7 s of each Move to Lane at 1 000 000
        # events: session 49, edit55)
        present = [event_id for event_id in wanted if event_id in timeline]
        present.sort(key=timeline.index_of)
        found = [timeline.get(event_id) for event_id in present]
        olds = tuple(event for event in found if event.category != lane)
    else:
        olds = tuple(event for event in timeline
                     if event.id in wanted and event.category != lane)
    news = tuple(dataclasses.replace(event, category=lane) for event in olds)
    colors = dict(timeline.category_colors)
    order = tuple(timeline.lane_order)
    return LaneChange(olds, news, colors, dict(colors), order, order)


def _overlap(one: FuzzyDate, other: FuzzyDate) -> bool:
    """Whether two dates share a day (a month holds its days: "August 2005" and
    "31 August 2005" are one end told at two precisions)."""
    return one.start_day() < other.end_day() and other.start_day() < one.end_day()


def eras_in_own_lanes(incoming: Timeline, ours: Timeline) -> list[Event]:
    """The eras of ``incoming`` that are eras of ``ours``, each put in our era's lane
    (and given its dates where they only tell the same ends at another precision).

    An era exported to The Timeline Project and read back without this app's comments
    (as that program saves the file again) comes back in the lane "era": File → Merge…
    of a colleague's copy offered the person's five eras ticked "Keep both", "≠ lane"
    (verify47 F17), and accepting drew every band twice.  An incoming era (an event of
    one of ``incoming``'s era lanes) is ours when one of our eras (an event of one of
    our era lanes, each taken once) has the same title but for case and white space and
    ends that share a day with its own (``_overlap``).

    Args:
        incoming: The timeline being merged in (not changed).
        ours: The open timeline (not changed).

    Returns:
        The incoming eras so matched, changed (same ids), in ``incoming``'s order; the
        caller puts them in place of the ones read.
    """
    ours_by_title: dict[str, list[Event]] = {}
    for event in ours.events:
        if ours.is_era_lane(event.category):
            ours_by_title.setdefault(" ".join(event.title.casefold().split()), []).append(event)
    if not ours_by_title:
        return []
    taken: set[str] = set()
    changed: list[Event] = []
    for era in incoming.events:
        if not incoming.is_era_lane(era.category):
            continue
        for own in ours_by_title.get(" ".join(era.title.casefold().split()), ()):
            if own.id in taken or not _overlap(own.date, era.date) or not _overlap(
                    own.end if own.end is not None else own.date,
                    era.end if era.end is not None else era.date):
                continue
            taken.add(own.id)
            # The same ends told at another precision: ours (the file keeps only days)
            same_days = own.day_range() == era.day_range()
            changed.append(dataclasses.replace(
                era, category=own.category,
                date=own.date if same_days else era.date,
                end=own.end if same_days else era.end))
            break
    return changed
