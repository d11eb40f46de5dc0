"""Row packing for one lane of the timeline, as a pure function.

Each visible event takes a horizontal extent: its marker (a point or a span) and
its label.  Events are packed greedily into the first row where they do not
overlap what is already there, so labels never overlap.  When a lane has used
all its rows, further events join a cluster badge ("+12") instead of being
drawn on top of each other; clicking a cluster zooms in on it.
"""

from __future__ import annotations

import bisect
import math
import operator
from collections.abc import Callable, Sequence
from typing import NamedTuple

from timeline_app.records import Record

__all__ = ["WAS_FOLDED", "Cluster", "LaneItem", "LanePacking", "Placement", "elide_words",
           "pack_lane"]


class LaneItem(NamedTuple):
    """What packing needs to know about an event on screen.

    A named tuple, not a frozen dataclass: a frame makes one for every event on screen
    (about a thousand when zoomed out) and a tuple is made several times faster.

    Attributes:
        key: The event id, or any key the caller maps back to its event (the view: the
            event's index among those on screen).
        x0: Left edge of the marker in pixels.
        x1: Right edge of the marker (``x1 == x0`` for a point).
        label_width: Width of the whole label in pixels (0 for none); negative: not
            measured yet (``pack_lane``'s ``measure`` gives it when the item is placed).
        min_label_width: The narrowest the label may be shortened to (elided) rather
            than the event joining a cluster; ``None``: never shortened.
    """

    key: str
    x0: float
    x1: float
    label_width: float
    min_label_width: float | None = None


class Placement(NamedTuple):
    """Where packing put an event (a named tuple, as ``LaneItem``)."""

    key: str
    row: int
    label_x: float  # where the label starts
    label_inside: bool  # the label fits inside the span's visible bar
    label_width: float = 0.0  # the width given to the label (less than asked: elide it)


class Cluster(Record):
    """Events that did not fit in the lane's rows, gathered at one place (a record:
    ``timeline_app.records``)."""

    _fields = ("x0", "x1", "keys")
    x0: float
    x1: float
    keys: list[str]

    def __init__(self, x0: float, x1: float, keys: list[str] | None = None) -> None:
        self.x0 = x0
        self.x1 = x1
        self.keys = [] if keys is None else keys


class LanePacking(Record):
    """A lane packed into rows: where each item went, the "+N" clusters, the rows used
    (a record: ``timeline_app.records``)."""

    _fields = ("placements", "clusters", "rows_used")
    placements: list[Placement]
    clusters: list[Cluster]
    rows_used: int

    def __init__(self, placements: list[Placement], clusters: list[Cluster],
                 rows_used: int) -> None:
        self.placements = placements
        self.clusters = clusters
        self.rows_used = rows_used


POINT_RADIUS = 6.0
LABEL_GAP = 6.0  # between a marker and its label
SPAN_LABEL_PAD = 4.0  # inside a span's bar, on each side of its label
ITEM_GAP = 10.0  # between one item's right end and the next item in the row
CLUSTER_REACH = 24.0  # an overflowing event within this distance joins a cluster
REACH_MARGIN = 1e-6  # ``_reach`` less this: rounding never makes its shortcut a rule


def pack_lane(
    items: list[LaneItem],
    max_rows: int,
    view_left: float = float("-inf"),
    view_right: float = float("inf"),
    pad: float = SPAN_LABEL_PAD,
    measure: Callable[[LaneItem], LaneItem] | None = None,
    least_width: Callable[[LaneItem], float] | None = None,
    most_width: float = float("inf"),
    context: Sequence[str] = (),
    context_item: Callable[[str], LaneItem] | None = None,
    badge_row: bool = False,
    covering: Sequence[str] = (),
    rows_before: Callable[[str], int] | None = None,
) -> LanePacking:
    """Pack items (sorted by ``x0``) into at most ``max_rows`` rows.

    Args:
        items: Events of one lane, sorted by their left edge.
        max_rows: Rows available; events beyond them go into clusters.
        view_left: The left edge of the viewport: a span that starts off screen
            keeps its label on screen, at the viewport's left edge.
        view_right: The right edge of the viewport: a label that would be cut
            there goes to the left of its marker instead, when there is room.
        pad: Padding inside a span bar around its label.
        measure: Gives an item whose ``label_width`` is negative (not measured) its
            widths, when packing needs them: an item that can only join a cluster is
            never measured (measuring a title is ~15 µs; a crowded lane clusters
            hundreds of events a frame, each new to a pan, issue 11).
        least_width: For an item not measured yet, a lower bound of the ``label_width``
            that ``measure`` would give it, cheaper than measuring; ``most_width`` an
            upper bound of every such width.  With every row taken, an item whose label
            must go left of its marker for any width between the bounds (too wide for
            the right, never cut at the left edge) and that finds no row even for the
            widest extent that leaves it joins a cluster unmeasured: near the right
            edge of a crowded view, most titles measured were such (issue 11).  The
            packing is the one of measured items whenever the bounds hold.
        context: Keys of spans wider than half the view that start at or left of
            ``view_left`` and come, in ``x0`` order, after every such span of
            ``items`` (ties in the caller's order); ``context_item`` gives the item of
            a key.  Once the spans of ``items`` starting there are packed, when every
            row is taken and none can take one left of ``view_left`` (``_reach``),
            they join the "+N" at ``view_left`` without an item, as each would (the
            view passes all but the first rows' worth, which take those rows);
            else they are packed as items.  A busy lane at a month's zoom at
            1 000 000 events has ~400 year- and month-long spans around the view, each
            made an item a frame only to join the "+N" (issue 11: frames 5.7 -> 12 ms
            after lanes10 drew such lanes as rows).
        badge_row: The caller gives the "+N" badges a row of their own, as tall as a
            row: when the few events of the badges (at most ``BADGE_ROW_EVENTS``) all
            fit in that row side by side, they are placed there, in row ``max_rows``,
            and there is no badge (verify24, U5: a "+1" in a row with room for its
            event).  The lane is as tall either way.
        covering: Keys of spans whose bars cover the whole view (``x0 <= view_left``
            and ``x1 >= view_right``) that are not among ``items`` (``context_item``
            gives the item of a key), the one to show first.  Such spans, these and
            those of ``items``, say nothing about where in the view anything happened
            (a year or a decade around a month's view): they are packed after every
            other event, and at most one of them gets a row (the shortest of
            ``items``' or the first key: the nearest context), in a row no other event
            took; the rest join the "+N" at ``view_left`` (``COVERING_ROWS``; verify53
            F11: five rows of "1962" and "the 1960s" over a month's day events, and
            the month's own spans in "+N").
        rows_before: The row an item's event had in the lane as shown before
            (``WAS_FOLDED``: in a "+N"; -1, or any row not below ``max_rows``: none), a
            hint, so that an event added or moved deals the rows again as little as it
            can (verify54 F13: an import into a crowded lane moved the events under the
            pointer to other rows).  An event with a row before takes that row where it
            is free or its last title can be moved left or cut as ``_make_room_before``
            does (the rows above it made empty first when the lane has fewer), else, as
            one without, the first free row whose next event wanting it starts after its
            extent ends, else a "+N" (an event added that takes its row is shown, and
            it joins the "+N" there rather than push the events after it down a row
            each), else (an event added) the first free row, as without hints
            (``_hinted_row``).  When ``max_rows`` hold every item, an event whose row
            was taken (or in a "+N" before) takes a new row below those the others
            want instead of the "+N" (verify57 F8), and so does an event added that
            finds no row no other wants (verify68 F10: it took an untouched event's
            row, which went to the bottom).  None: the greedy packing, first
            free row first.

    Raises:
        ValueError: ``context`` or ``covering`` without ``context_item``.

    Returns:
        Where each event goes, the clusters, and how many rows were used.
    """
    row_ends: list[float] = []
    placements: list[Placement] = []
    # Spans wider than half the view are context (the month or year around what is on
    # screen): they take the rows left after the shorter events, so that zooming into
    # a busy week shows its days rather than a stack of months.
    width = view_right - view_left
    half = width / 2  # (once, not once an item with the edges' test: ~100 items a lane)
    wide = [it for it in items if it.x1 - it.x0 > half] if width != float("inf") else []
    wide_keys = {it.key for it in wide}
    narrow = [it for it in items if it.key not in wide_keys] if wide else items
    cover = [it for it in wide if it.x0 <= view_left and it.x1 >= view_right]
    if cover:  # (packed last, one row at most: ``covering``)
        wide = [it for it in wide if not (it.x0 <= view_left and it.x1 >= view_right)]
    row_last: list[tuple[int, float, float, float]] = []
    clusters = _pack(narrow, max_rows, view_left, view_right, pad, row_ends, placements,
                     row_last, measure, least_width, most_width, hint=rows_before)
    later = wide
    wide_clusters: list[Cluster] = []
    if context:  # the wide spans starting at or left of the edge, then the context
        split = bisect.bisect_right(wide, view_left, key=_X0)
        _pack(wide[:split], max_rows, view_left, view_right, pad, row_ends, placements,
              row_last, measure, least_width, most_width, wide_clusters)
        if len(row_ends) >= max_rows and _reach(row_ends, placements, row_last) > view_left:
            if wide_clusters and view_left - wide_clusters[-1].x1 <= CLUSTER_REACH:
                last = wide_clusters[-1]
                last.x1 = max(last.x1, view_left)
                last.keys.extend(context)
            else:
                wide_clusters.append(Cluster(view_left, view_left, list(context)))
        elif context_item is not None:
            _pack(list(map(context_item, context)), max_rows, view_left, view_right, pad,
                  row_ends, placements, row_last, measure, least_width, most_width,
                  wide_clusters)
        else:
            raise ValueError("pack_lane: context without context_item")
        later = wide[split:]
    _pack(later, max_rows, view_left, view_right, pad, row_ends, placements, row_last,
          measure, least_width, most_width, wide_clusters, hint=rows_before)
    if cover or covering:
        _pack_covering(cover, covering, context_item, max_rows, view_left, view_right, pad,
                       row_ends, placements, row_last, measure, wide_clusters)
    clusters += wide_clusters
    clusters.sort(key=lambda c: c.x0)
    if (badge_row and len(clusters) == 1 and len(clusters[0].keys) == 1
            and (cover or covering)):
        lone = _lone_covering(clusters[0].keys[0], cover, covering, context_item)
        if lone is not None:
            # A "+1" of a span across the whole view, and nothing else in a "+N": its bar
            # in the row the badge took, the lane as tall (verify56 F23: "AES and ECOWAS
            # to meet again" a "+1" under a June filter's two rows; at most one such row
            # more than ``COVERING_ROWS``, so no stack of decades: verify53 F11)
            _pack([lone], len(row_ends) + 1, view_left, view_right, pad, row_ends,
                  placements, row_last, measure)
            return LanePacking(placements, [], len(row_ends))
    if badge_row and clusters and len(row_ends) >= max_rows:
        placed, left_over = _in_badge_row(items, clusters, len(row_ends), view_left,
                                          view_right, pad, measure)
        if placed:
            # (with badges left over, they share that row: the rows used stay)
            return LanePacking(placements + placed, left_over,
                               len(row_ends) + (0 if left_over else 1))
    return LanePacking(placements, clusters, len(row_ends))


#: At most this many spans that cover the whole view get a row (``pack_lane``'s
#: ``covering``; the view's world rows, ``TimelineView._world_context``): they say where
#: the view lies (the year, the decade), not where in it anything happened.
COVERING_ROWS = 1


def _pack_covering(cover: list[LaneItem], covering: Sequence[str],
                   context_item: Callable[[str], LaneItem] | None, max_rows: int,
                   view_left: float, view_right: float, pad: float, row_ends: list[float],
                   placements: list[Placement], row_last: list[tuple[int, float, float, float]],
                   measure: Callable[[LaneItem], LaneItem] | None,
                   clusters: list[Cluster]) -> None:
    """``pack_lane``'s spans that cover the whole view, after every other event:
    ``COVERING_ROWS`` of them (the shortest of ``cover``, items, or ``covering[0]``,
    a key) in a row of their own when the lane has one left, the rest into the "+N" at
    ``view_left`` (``clusters``: ``pack_lane``'s wide spans', joined or a new one)."""
    candidates = list(cover)
    if covering:
        if context_item is None:
            raise ValueError("pack_lane: covering without context_item")
        candidates.append(context_item(covering[0]))
    candidates.sort(key=_COVER_ORDER)
    shown = [item for item in candidates[:COVERING_ROWS]
             if len(row_ends) < max_rows]  # (a new row each: the bar crosses the view)
    if shown:
        _pack(shown, len(row_ends) + len(shown), view_left, view_right, pad, row_ends,
              placements, row_last, measure)
    # (the one that would have been shown first, then the rest by x0: the same keys in
    # the same order whether the view gives them as items or as keys in start order)
    pick = candidates[0].key
    folded = [] if shown else [pick]
    folded += [item.key for item in sorted(cover, key=_X0) if item.key != pick]
    folded += [key for key in covering if key != pick]
    if not folded:
        return
    if clusters and view_left - clusters[-1].x1 <= CLUSTER_REACH:
        last = clusters[-1]
        last.x1 = max(last.x1, view_left)
        last.keys.extend(folded)
    else:
        clusters.append(Cluster(view_left, view_left, folded))


def _lone_covering(key: str, cover: list[LaneItem], covering: Sequence[str],
                   context_item: Callable[[str], LaneItem] | None) -> LaneItem | None:
    """The item of ``key`` when it is one of ``pack_lane``'s spans across the whole view
    (``cover``'s, or ``covering``'s made by ``context_item``), else None."""
    for item in cover:
        if item.key == key:
            return item
    if context_item is not None and key in covering:
        return context_item(key)
    return None


def _cover_order(item: LaneItem) -> tuple[float, float]:
    """The covering span shown first: the shortest (the nearest context), then the one
    starting last."""
    return item.x1 - item.x0, -item.x0


_COVER_ORDER = _cover_order


#: At most this many events of "+N" badges are tried in the badges' row as events of their
#: own (``pack_lane``'s ``badge_row``): a row holds a few; a crowded lane's badges hold
#: hundreds, which would only be looked up to fail.
BADGE_ROW_EVENTS = 8


#: The room a "+N" badge left in the badges' row takes around its cluster's ``x0``..``x1``
#: (px): the view draws it from 6 px before ``x0``, at least as wide as its text and 12 px
#: (``TimelineView._cluster_badges``); "+8" at most here (``BADGE_ROW_EVENTS``).
BADGE_ROOM_BEFORE = 6.0
BADGE_ROOM_AFTER = 30.0


def _in_badge_row(items: list[LaneItem], clusters: list[Cluster], row: int,
                  view_left: float, view_right: float, pad: float,
                  measure: Callable[[LaneItem], LaneItem] | None
                  ) -> tuple[list[Placement], list[Cluster]]:
    """The events of ``clusters`` placed side by side in ``row`` (their labels as ``_place``
    puts them, whole or shortened at the view's edge to no less than their
    ``min_label_width``), left to right, and the clusters of those that stay in a "+N"
    badge there: an event whose label would overlap the one before or a badge, or be
    cut shorter, stays; a placed label that would run over a badge left after it goes back
    into the badges too.  ([], ``clusters``) when they are more than
    ``BADGE_ROW_EVENTS`` or one is not among ``items`` (a context span).  All or none
    were placed before: two "+1" badges in a row with room for one of their titles both
    stayed badges (verify39 F7: the Treaty lane's "+1" at 5 and 15 December)."""
    # A badge of more events than a row could hold stays one (its events not tried),
    # and the titles around it keep clear of it: a "+10" beside the next day's "Talks
    # open" made that a second "+1" (fit46).
    kept = [cluster for cluster in clusters if len(cluster.keys) > BADGE_ROW_EVENTS]
    keys = [key for cluster in clusters if len(cluster.keys) <= BADGE_ROW_EVENTS
            for key in cluster.keys]
    if not keys or len(keys) > BADGE_ROW_EVENTS:
        return [], clusters
    wanted = set(keys)
    tried = {item.key: item for item in items if item.key in wanted}
    if len(tried) != len(wanted):
        return [], clusters
    found: list[LaneItem | Cluster] = list(tried.values())
    if kept:
        found = sorted(found + kept, key=lambda entry: entry.x0)  # (a badge before a tie)
    placed: list[tuple[Placement, float]] = []  # with where its extent ends
    stays: list[LaneItem] = []
    end = -math.inf
    for item in found:  # sorted by x0, as ``items``
        if isinstance(item, Cluster):  # a badge kept whole: titles before it clear it
            x = max(item.x0, view_left)
            while placed and placed[-1][1] + ITEM_GAP > x - BADGE_ROOM_BEFORE:
                stays.append(tried[placed.pop()[0].key])
            end = max(placed[-1][1] + ITEM_GAP if placed else -math.inf,
                      _kept_badge_end(item) + ITEM_GAP)
            continue
        if item.label_width < 0:
            if measure is None:
                return [], clusters
            item = measure(item)
        left, right, label_x, inside, width = _place(item, item.label_width, view_left,
                                                     view_right, pad)
        floor = item.min_label_width if item.min_label_width is not None else width
        if not (left >= end and width >= min(item.label_width, floor)):
            # (not where the rows would put it: right of its marker, shortened at the
            # view's edge to ``BADGE_ROW_LEAST_PX`` at least — a few words read where "+1"
            # does not: s33's 15 December title had 119 px there, its left taken)
            left, right, label_x, inside, width = _right_of_marker(item, view_right)
            floor = BADGE_ROW_LEAST_PX
        if left >= end and width >= min(item.label_width, floor):
            # (whole, or shortened at the view's edge to no less than its floor, as a
            # title in the rows may be: "Ceasefire takes effect in…" reads, "+1" not)
            placed.append((Placement(item.key, row, label_x, inside, width), right))
            end = right + ITEM_GAP
            continue
        # It stays in a badge: a label placed before that runs over the badge goes too.
        stays.append(item)
        x = max(item.x0, view_left)
        while placed and placed[-1][1] + ITEM_GAP > x - BADGE_ROOM_BEFORE:
            stays.append(tried[placed.pop()[0].key])
        end = max(placed[-1][1] + ITEM_GAP if placed else -math.inf,
                  x + BADGE_ROOM_AFTER + ITEM_GAP)
    if not placed:
        return [], clusters
    left_over: list[Cluster] = []
    for entry in sorted([*stays, *kept], key=lambda entry: entry.x0):
        if not isinstance(entry, Cluster):
            _join_cluster(left_over, entry, view_left)
        elif left_over and entry.x0 - left_over[-1].x1 <= CLUSTER_REACH:
            left_over[-1].x1 = max(left_over[-1].x1, entry.x1)
            left_over[-1].keys.extend(entry.keys)
        else:
            left_over.append(Cluster(entry.x0, entry.x1, list(entry.keys)))
    return [placement for placement, _right in placed], left_over


#: The width of a digit of a "+N" badge's count past its first (px; the small font's
#: digits are 6-7 px wide): ``BADGE_ROOM_AFTER`` holds "+8".
BADGE_DIGIT_PX = 8.0


def _kept_badge_end(cluster: Cluster) -> float:
    """Where the "+N" badge of ``cluster`` (kept whole in the badges' row) ends (px): its
    events' extent and 6 px, or its text's room (``BADGE_ROOM_AFTER`` and
    ``BADGE_DIGIT_PX`` a digit past the first), the wider."""
    digits = len(str(len(cluster.keys)))
    return max(cluster.x1 + 6.0, cluster.x0 + BADGE_ROOM_AFTER + BADGE_DIGIT_PX * (digits - 1))


#: The least a title shortened at the view's right edge keeps in the badges' row when the
#: rows' rules leave it a "+1" there (``_in_badge_row``): two or three words.
BADGE_ROW_LEAST_PX = 100.0


def _right_of_marker(item: LaneItem, view_right: float
                     ) -> tuple[float, float, float, bool, float]:
    """``_place``'s ``(left, right, label_x, inside, label_width)`` of ``item`` with its
    label right of its marker (a point's, or a span's bar), shortened to end at
    ``view_right``."""
    point = not item.x1 > item.x0
    label_x = item.x0 + POINT_RADIUS + LABEL_GAP if point else item.x1 + LABEL_GAP
    width = max(0.0, min(item.label_width, view_right - label_x))
    return (item.x0 - POINT_RADIUS if point else item.x0), label_x + width, label_x, False, width


def _place(item: LaneItem, label_width: float, view_left: float, view_right: float,
           pad: float) -> tuple[float, float, float, bool, float]:
    """``(left, right, label_x, inside, label_width)`` of an item with a label that wide.

    A label that would be cut at the right edge goes to the left of its marker when
    there is room, else it is shortened to end at the edge (down to its minimum), else
    shortened left of its marker from the left edge; a
    span's label sits inside the part of its bar on screen (shortened if need be), and a
    marker off either edge keeps its label whole inside the view, at that edge (a new
    user's trial: labels of bars running past the right edge, and of markers just off
    it, were cut by the edge).
    """
    floor = item.min_label_width if item.min_label_width is not None else label_width
    if item.x1 > item.x0:  # a span: the label sits inside the bar if it fits
        visible_left = max(item.x0, view_left)
        visible_right = min(item.x1, view_right)
        inside = label_width + 2 * pad <= visible_right - visible_left
        label_x = visible_left + pad if inside else item.x1 + LABEL_GAP
        left = item.x0
        right = item.x1 if inside else label_x + label_width
        flipped_x = item.x0 - LABEL_GAP - label_width
        if not inside and right > view_right:
            if flipped_x >= view_left:
                # (a bar starting past the right edge: the label ends at the edge)
                flipped_x = min(flipped_x, view_right - label_width)
                return flipped_x, item.x1, flipped_x, False, label_width
            room = view_right - label_x
            if room >= floor:
                return left, view_right, label_x, False, room
            room = visible_right - visible_left - 2 * pad
            if room >= floor:
                return left, item.x1, visible_left + pad, True, room
            # Shortened left of the bar, from the left edge, as a point's label is (a
            # span just left of a gap's band, with the band as ``view_right``: trial 7).
            room = min(item.x0 - LABEL_GAP, view_right) - view_left
            inside_room = visible_right - visible_left - 2 * pad
            # (never for less than the bar shows inside: a lone "2009" whose bar runs
            # into the gap's band after it showed "Ice…" left of its 134 px bar)
            if room >= floor or room > max(view_right - label_x, inside_room):
                return view_left, item.x1, view_left, False, max(0.0, room)
            # Less than its least width on every side: the wider of the right and
            # inside, shortened (it ends in "…"); whole, it ran past the view's edge
            # and was cut mid-word there (new-user trial 11, finding 4).
            if inside_room > view_right - label_x:
                return left, item.x1, visible_left + pad, True, max(0.0, inside_room)
            return left, view_right, label_x, False, max(0.0, view_right - label_x)
        return left, right, label_x, inside, label_width
    label_x = item.x0 + POINT_RADIUS + LABEL_GAP
    left = item.x0 - POINT_RADIUS
    right = label_x + label_width
    flipped_x = item.x0 - POINT_RADIUS - LABEL_GAP - label_width
    if right > view_right:
        if flipped_x >= view_left:
            flipped_x = min(flipped_x, view_right - label_width)  # the marker past the edge
            return flipped_x, item.x0 + POINT_RADIUS, flipped_x, False, label_width
        room = view_right - label_x
        if room >= floor:
            return left, view_right, label_x, False, room
        room = min(item.x0 - POINT_RADIUS - LABEL_GAP, view_right) - view_left
        # Room for less than its least width either side: the wider side's, left of the
        # marker when that is wider (a marker near the left edge, a gap's band just
        # right of it: the title was cut to nothing at the band; ui10, 1024x700).
        if room >= floor or room > view_right - label_x:
            return view_left, item.x0 + POINT_RADIUS, view_left, False, max(0.0, room)
        # Less than its least width either side, more on the right: shortened there
        # (it ends in "…"); whole, it ran past the view's right edge and was cut
        # mid-word there (new-user trial 11, finding 4: 150 px wanted, 149 px room).
        return left, view_right, label_x, False, max(0.0, view_right - label_x)
    elif label_x < view_left:  # the marker past the left edge: the label starts there
        width = min(label_width, view_right - view_left)
        return left, view_left + width, view_left, False, width
    return left, right, label_x, False, label_width


def _pack(items: list[LaneItem], max_rows: int, view_left: float, view_right: float,
          pad: float, row_ends: list[float], placements: list[Placement],
          row_last: list[tuple[int, float, float, float]],
          measure: Callable[[LaneItem], LaneItem] | None = None,
          least_width: Callable[[LaneItem], float] | None = None,
          most_width: float = float("inf"),
          clusters: list[Cluster] | None = None,
          hint: Callable[[str], int] | None = None) -> list[Cluster]:
    """One greedy pass over ``items`` (sorted by ``x0``), filling ``row_ends`` further;
    the "+N" clusters are made in (and returned as) ``clusters``, a new list if None.
    ``hint``: ``pack_lane``'s ``rows_before`` (the row chosen by ``_hinted_row``).

    Each item takes the first row where it fits beside whole labels, else a new row, else
    a row where putting the label before it left of its marker (whole, the row free
    there and on screen) makes room, else one where shortening that label (down to its
    minimum) does, else it joins a cluster.  ``row_last`` holds, per row, the index in
    ``placements`` of its last item, that item's minimum label width, and the end of
    that item's occupied part and its label's start were the label left of its marker
    (``inf``: it cannot go there).
    """
    if clusters is None:
        clusters = []
    # Once every row is taken, an item whose marker starts left of ``reach`` can only join
    # a cluster: its extent starts at or before ``x0`` (``_place``), every row ends after
    # that, and no label before it can be cut short enough.  Most events of a crowded lane
    # are such (at fit-all 13 000 of 15 000 a frame, issue 11): they skip the placing.
    # ``_reach`` kept up to date a row at a time (``_row_reach`` of the row a placement
    # went to; the rest do not change): once every row is taken, each placement asked
    # it anew of every row (~140 a frame at a year's zoom, issue 11, layout15).
    terms = [_row_reach(row, row_ends, placements, row_last) for row in range(len(row_ends))]
    reach = _least_reach(terms) if len(row_ends) >= max_rows else None
    index, count = 0, len(items)
    claims = _Claims(items, hint, max_rows) if hint is not None else None
    while index < count:
        item = items[index]
        if reach is not None and item.x0 < reach:
            # The whole run of items left of ``reach`` (sorted by x0): found by bisection
            # and clustered in one loop (a crowded lane clusters hundreds a frame).
            end = bisect.bisect_left(items, reach, index + 1, count, key=_X0)
            _join_clusters(clusters, items, index, end, view_left)
            index = end
            continue
        index += 1
        if item.label_width < 0 and measure is not None:
            if reach is not None and _widest_left(item, view_left, view_right, pad,
                                                  least_width, most_width) < reach:
                # Left of the rows' reach even with the widest extent its label could
                # leave it: a cluster whatever the label's width, so its title is not
                # measured (a cold fit-all measured 70 % of its titles for a "+N":
                # labels near the right edge flip left of their markers, issue 11).
                _join_cluster(clusters, item, view_left)
                continue
            item = measure(item)
        left, right, label_x, inside, width = _place(item, item.label_width, view_left,
                                                     view_right, pad)
        floor = item.min_label_width if item.min_label_width is not None else width
        floor = min(floor, width)
        room: tuple[int, float] | None = None
        if claims is not None:
            wanted = claims.wanted[index - 1]
            if 0 <= wanted < len(row_ends) and row_ends[wanted] > left:
                # its row before, taken: made room in as the rows are below (its
                # title was cut or moved left there before, most likely)
                room = _make_room_before(left, row_ends, placements, row_last, wanted)
            row = None if room is not None else _hinted_row(
                claims, index - 1, left, right + ITEM_GAP, row_ends, max_rows)
            if row == NO_ROW:  # not shown before, and each row it could take is wanted
                _join_cluster(clusters, item, view_left)
                continue
            while row is not None and row >= len(row_ends):  # (rows above it: empty)
                row_ends.append(-math.inf)
                row_last.append((-1, 0.0, math.inf, math.inf))
                terms.append(-math.inf)
        else:
            # The first row free at ``left``; most items of a crowded lane find none (they
            # join a cluster), so one C-level min() rules that out before looking row by
            # row.
            row = (next((r for r, end in enumerate(row_ends) if end <= left), None)
                   if row_ends and min(row_ends) <= left else None)
        if row is None and room is None and len(row_ends) < max_rows:
            row = len(row_ends)
            row_ends.append(-math.inf)
            row_last.append((-1, 0.0, math.inf, math.inf))
            terms.append(-math.inf)
        before = -math.inf  # where the row's occupied part ends before this item
        if row is not None:
            before = row_ends[row]
        else:
            if room is None:
                room = _make_room_before(left, row_ends, placements, row_last)
            if room is not None:
                row, before = room
        if row is not None:
            row_ends[row] = end = right + ITEM_GAP
            # Its title, whole right of its marker, may go left of it later, where the
            # row is free up to the view's left edge: a title after it then takes the
            # row with both whole (verify43 F11: "Serbia and Kosovo…" cut for the next
            # title, 400 px free left of its marker).
            flip_end = flip_x = math.inf
            if not inside and label_x + width + ITEM_GAP == end and width == item.label_width:
                point = not item.x1 > item.x0
                flip_x = (item.x0 - POINT_RADIUS if point else item.x0) - LABEL_GAP - width
                if flip_x >= view_left and flip_x >= before:
                    flip_end = (item.x0 + POINT_RADIUS if point else item.x1) + ITEM_GAP
            row_last[row] = (len(placements), floor, flip_end, flip_x)
            placements.append(Placement(item.key, row, label_x, inside, width))
            # ``_row_reach`` of this row, from the values just placed
            term = end
            if not inside and label_x + width + ITEM_GAP == end:
                cut = label_x + ITEM_GAP + floor
                if cut < term:
                    term = cut
                if flip_end < term:
                    term = flip_end
            terms[row] = term
            if len(row_ends) >= max_rows:
                reach = _least_reach(terms)
            continue
        _join_cluster(clusters, item, view_left)
    return clusters


_X0 = operator.itemgetter(1)  # a LaneItem's x0


class _Claims:
    """``_pack``'s ``hint`` read once: per row, the indices (into ``items``, rising) of
    the items whose event had that row before, and how far each list is passed."""

    __slots__ = ("by_row", "items", "passed", "rows", "wanted")

    def __init__(self, items: list[LaneItem], hint: Callable[[str], int],
                 max_rows: int) -> None:
        self.items = items
        self.wanted = [hint(item.key) for item in items]
        self.by_row: dict[int, list[int]] = {}
        for index, row in enumerate(self.wanted):
            if 0 <= row < max_rows:
                self.by_row.setdefault(row, []).append(index)
        self.passed = dict.fromkeys(self.by_row, 0)
        #: the rows the lane had before (as far as its items tell)
        self.rows = max(self.by_row, default=-1) + 1

    def blocks(self, row: int, index: int, end: float, title_left: bool = False) -> bool:
        """Whether an extent ending at ``end`` (with its gap) in ``row``, of the item at
        ``index``, meets the next item after it that had ``row`` before (its marker's
        left end: where its extent starts unless its title goes left of it; with
        ``title_left``, where it starts were its title left of it, whole: an event that
        came into the lane took the row of one whose title went left, verify68 F10)."""
        claims = self.by_row.get(row)
        if not claims:
            return False
        at = self.passed[row]
        while at < len(claims) and claims[at] <= index:
            at += 1
        self.passed[row] = at
        if at == len(claims):
            return False
        item = self.items[claims[at]]
        start = item.x0 if item.x1 > item.x0 else item.x0 - POINT_RADIUS
        if title_left:
            start -= LABEL_GAP + (item.label_width if item.label_width >= 0 else math.inf)
        return start < end


def _hinted_row(claims: _Claims, index: int, left: float, end: float,
                row_ends: list[float], max_rows: int) -> int | None:
    """``pack_lane``'s row (``rows_before``) for the item at ``index`` whose extent is
    ``left`` to ``end`` (with its gap): the row its event had before when free (a row
    past ``row_ends``: the rows up to it are added, empty), else the first free row
    that blocks no later item's row before (``_Claims.blocks``), of ``row_ends`` or of
    the rows past them that the lane had before (for an item with no row before, one
    that blocks no such item's row were its title left of its marker); else a new row
    below the lane's rows when ``max_rows`` holds a row for each item (verify57 F20; for
    an item with no row before too, verify68 F10), else, for an item that had a row
    before or was in a "+N" (``WAS_FOLDED``), ``NO_ROW``: it joins a "+N"; else (an
    event added, or not on screen before) the first free of ``row_ends``, None when
    none is free (``_pack`` then adds a row or makes room, as without hints: an event
    added is shown where it can be, and the one whose row it takes joins the "+N")."""
    wanted = claims.wanted[index]
    if 0 <= wanted < max_rows and (wanted >= len(row_ends) or row_ends[wanted] <= left):
        return wanted
    # (an event that came, with a row for each: nor a row whose next event's title may
    # go left of its marker, as far as its extent, below)
    came = wanted == -1 and len(claims.items) <= max_rows
    first = None
    for row, row_end in enumerate(row_ends):
        if row_end <= left:
            if not claims.blocks(row, index, end, came):
                return row
            if first is None:
                first = row
    # The rows the lane had before and has not yet (empty): it grows no taller than it was
    for row in range(len(row_ends), min(claims.rows, max_rows)):
        if not claims.blocks(row, index, end, came):
            return row
    if len(claims.items) <= max_rows and wanted < max_rows:
        # Rows enough for every event of the lane on screen (a lane of at most 12 events
        # has a row for each, ``view_base``'s rows): its row taken by an event added, or
        # in a "+N" before, it takes a row below every row an event wants, the lane a row
        # taller, rather than hide an event the person did not touch (verify57 F8: a
        # spring 2026 vote added by double-click to her lane of 10 put "EU member states
        # approve deal…" into a "+1" until Fit All; F20: a "+N" once made stayed at every
        # change and at Fit All, her Panama Canal lane of 12 events showing a "+2").
        # So does an event added or moved into the lane (no row before) whose free rows
        # all block an event's row before: it does not take that row and push the event
        # to the bottom (verify68 F10: a merge moved the untouched "Ministers … meet in
        # Tashkent" from row 3 to row 6, "Visit cancelled" edited into the Visit lane
        # moved the Toktogul visit from row 1 to row 3).  Nobody else moves.
        below = max(len(row_ends), claims.rows)
        if below < max_rows:
            return below
    if wanted == WAS_FOLDED or 0 <= wanted < max_rows:
        # In a "+N" before, or its row taken (by an event added): it takes no row an
        # event shown before wants, which would go to another row and push the next one
        # on, and so on down the lane (verify54 F13); it joins the "+N" there (a lane with
        # a row for each of its events gave it a new row above: verify57 F8, F20).
        return NO_ROW
    return first


#: ``_hinted_row``'s answer for an item to join a "+N" badge.
NO_ROW = -1
#: ``pack_lane``'s ``rows_before`` of an event that was in a "+N" badge before (-1: an
#: event not shown before, one added: it may take a row another wants, as without hints)
WAS_FOLDED = -2


def _join_clusters(clusters: list[Cluster], items: list[LaneItem], first: int, end: int,
                   view_left: float) -> None:
    """``items[first:end]`` (sorted by x0) into clusters, each as ``_join_cluster`` would."""
    cluster = clusters[-1] if clusters else None
    for item in items[first:end]:
        x = item.x0 if item.x0 > view_left else view_left  # off screen: badge at the edge
        if cluster is not None and x - cluster.x1 <= CLUSTER_REACH:
            if x > cluster.x1:
                cluster.x1 = x
            cluster.keys.append(item.key)
        else:
            cluster = Cluster(x, x, [item.key])
            clusters.append(cluster)


def _join_cluster(clusters: list[Cluster], item: LaneItem, view_left: float) -> None:
    """``item`` into the last cluster when near it, else into a new one."""
    x = max(item.x0, view_left)  # a badge for a span that starts off screen
    if clusters and x - clusters[-1].x1 <= CLUSTER_REACH:
        cluster = clusters[-1]
        cluster.x1 = max(cluster.x1, x)
        cluster.keys.append(item.key)
    else:
        clusters.append(Cluster(x, x, [item.key]))


def _reach(row_ends: list[float], placements: list[Placement],
           row_last: list[tuple[int, float, float, float]]) -> float:
    """With every row taken: the x left of which no item can get a row, either free
    (``row_ends``) or by moving or cutting the label before it (``_make_room_before``'s
    conditions), less a margin for rounding (the test is then only a shortcut): the
    least ``_row_reach`` of the rows."""
    return _least_reach([_row_reach(row, row_ends, placements, row_last)
                         for row in range(len(row_ends))])


def _least_reach(terms: list[float]) -> float:
    """``_reach`` from every row's ``_row_reach`` (``terms``, kept by ``_pack``)."""
    return min(terms) - REACH_MARGIN


def _row_reach(row: int, row_ends: list[float], placements: list[Placement],
               row_last: list[tuple[int, float, float, float]]) -> float:
    """The x left of which no item can get ``row``: its end (``row_ends``), or where its
    last label, cut to its minimum (``row_last``), would end with the gap after it when
    ``_make_room_before`` may cut it, or the end of its marker with the gap after it
    when that may put its title left of the marker; -inf for a row with no item yet."""
    index, floor, flip_end, _flip_x = row_last[row]
    if index < 0:
        return -math.inf
    end = row_ends[row]
    last = placements[index]
    if last.label_inside or last.label_x + last.label_width + ITEM_GAP != end:
        return end
    return min(end, last.label_x + ITEM_GAP + floor, flip_end)


def _widest_left(item: LaneItem, view_left: float, view_right: float, pad: float,
                 least_width: Callable[[LaneItem], float] | None, most: float) -> float:
    """The largest left end ``_place`` can give ``item`` for a label of any width between
    ``least_width(item)`` and ``most``: its marker's left end, unless every such width
    puts the label left of the marker (too wide for the right, never cut at the left
    edge).  The same expressions as ``_place``'s, so that rounding cannot part them;
    ``least_width`` is asked only when the rest allows a flip (it costs a little)."""
    if not item.x1 > item.x0:  # a point
        if (least_width is None or item.x0 - POINT_RADIUS - LABEL_GAP - most < view_left
                or not item.x0 + POINT_RADIUS + LABEL_GAP + most > view_right):
            return item.x0 - POINT_RADIUS
        least = least_width(item)
        if item.x0 + POINT_RADIUS + LABEL_GAP + least > view_right:
            return item.x0 - POINT_RADIUS - LABEL_GAP - least
        return item.x0 - POINT_RADIUS
    if (least_width is None or item.x0 - LABEL_GAP - most < view_left
            or not item.x1 + LABEL_GAP + most > view_right):
        return item.x0
    least = least_width(item)
    if (least + 2 * pad > item.x1 - max(item.x0, view_left)  # never inside its bar
            and item.x1 + LABEL_GAP + least > view_right):
        return item.x0 - LABEL_GAP - least
    return item.x0


def _make_room_before(left: float, row_ends: list[float], placements: list[Placement],
                      row_last: list[tuple[int, float, float, float]],
                      only: int | None = None) -> tuple[int, float] | None:
    """A row for an item whose extent starts at ``left``, every row being taken there:
    ``(row, where the row's occupied part then ends)``, or None.  ``only``: that row
    alone is tried (``pack_lane``'s ``rows_before``).

    First a row whose last title, whole right of its marker, can go left of it with
    the row free there (``row_last``'s flip: its marker's end with the gap at or before
    ``left``): both titles stay whole (verify43 F11).  Else a row whose last label, cut
    to end ``ITEM_GAP`` before ``left``, keeps its minimum width."""
    for row, (index, _floor, flip_end, flip_x) in (
            enumerate(row_last) if only is None else ((only, row_last[only]),)):
        if index >= 0 and flip_end <= left:
            last = placements[index]
            if last.label_inside or last.label_x + last.label_width + ITEM_GAP != row_ends[row]:
                continue  # (cut or moved since: its side is settled)
            placements[index] = Placement(last.key, last.row, flip_x, False, last.label_width)
            return row, flip_end
    for row, (index, floor, _flip_end, _flip_x) in (
            enumerate(row_last) if only is None else ((only, row_last[only]),)):
        if index < 0:
            continue
        last = placements[index]
        end = last.label_x + last.label_width
        if last.label_inside or end + ITEM_GAP != row_ends[row]:
            continue  # a label inside its bar, or one left of its marker: nothing to cut
        room = left - ITEM_GAP - last.label_x
        if room >= floor and room < last.label_width:
            placements[index] = Placement(last.key, last.row, last.label_x, False, room)
            return row, left
    return None


ELLIPSIS = "…"
STRIPPED_AT_CUT = ",;:—–-"  # punctuation not left before the ellipsis


def elide_words(text: str, max_width: float, measure: Callable[[str], float],
                width: float | None = None,
                least_word: Callable[[str], float] | None = None) -> str:
    """``text`` whole if it fits in ``max_width``, else cut at a word boundary with "…".

    Falls back to cutting inside the first word only when not even one word fits.
    ``measure`` gives a string's width in pixels (e.g. ``QFontMetricsF.horizontalAdvance``);
    ``width``: ``text``'s own width, when the caller knows it (not measured again).

    The longest fitting prefix of whole words is searched from a guess (the prefix with
    the share of the characters that the width allows): usually two measurements, where a
    bisection took four (each measurement shapes the text; a new view elides dozens of
    titles, issue 11).  Widths grow with words, so the result is the bisection's.

    ``least_word``: a lower bound of what a word adds to a prefix it ends (with the space
    before it), cheaper than measuring (the view: a share of the word's own width,
    remembered).  When a prefix fits and its width plus that bound of the next word is
    already over ``max_width``, the next prefix is not measured: one measurement for most
    titles instead of two.
    """
    full = measure(text) if width is None else width
    if full <= max_width:
        return text
    words = text.split()
    count = len(words) - 1  # prefixes of 1..count words (the whole text does not fit)

    def candidate(k: int) -> str:
        return " ".join(words[:k]).rstrip(STRIPPED_AT_CUT) + ELLIPSIS

    if count >= 1:
        chars = len(text) * max_width / full - 1  # the ellipsis takes about a character
        guess, used = 0, -1
        for word in words[:count]:
            used += len(word) + 1
            if used > chars:
                break
            guess += 1
        lo, hi = 0, count + 1  # a prefix of ``lo`` words fits (0: none known), ``hi`` not
        probe, steps = min(max(guess, 1), count), 0
        while hi - lo > 1:
            fitted = measure(candidate(probe))
            if fitted <= max_width:
                lo = probe
                if (least_word is not None and probe < hi - 1 and fitted
                        + least_word(words[probe].rstrip(STRIPPED_AT_CUT)) > max_width):
                    hi = probe + 1  # the next prefix is wider still: it cannot fit
            else:
                hi = probe
            steps += 1
            if steps == 1:  # next to the guess first: it is usually a word off at most
                probe = probe + 1 if lo == probe else probe - 1
            else:
                probe = (lo + hi) // 2
            if not lo < probe < hi:
                probe = (lo + hi) // 2
        if lo:
            return candidate(lo)
    # Not one word fits: cut the first word (a longer prefix holds it whole, wider still:
    # from the end of the text, a title cut to a few px at a view's edge measured each of
    # its prefixes, ~14 shapings a title, frames29).
    for end in range(min(len(text), len(words[0])) if words else len(text), 0, -1):
        cut = text[:end] + ELLIPSIS
        if measure(cut) <= max_width:
            return cut
    return ""


class KeptPacking:
    """A lane's greedy packing kept through a pan by the scroll bar and resumed with the
    events each frame brings in (issue 11, session 66, scale76): ``_pack``'s state
    (``row_ends``, ``row_last``, ``placements``, the "+N" clusters) is what a greedy pass
    leaves, so packing more items sorted by ``x0`` after it gives what one pass over all
    of them would (``tests/ui/test_kept_packing.py``).

    The pan's titles ride (``view_ride``): no right-edge rule places them
    (``view_right`` is infinite: a title is never flipped left of its marker nor cut for
    the edge; the view clips it), and the spans wider than half the view and those
    covering it are decided once, at the pan's first view (``first``), as ``pack_lane``
    packs them there: after every narrow item, the covering ones in at most
    ``COVERING_ROWS`` rows.  Such a wide span that comes in later joins a "+N" at its
    start: ``pack_lane`` gives it a row only after every narrow event of the view, which
    a pan has not seen yet (packed among them by ``x0``, the spans of a year took a row
    each for the year, the narrow events there in "+N").  The view's edge rules come back
    when it rests.

    Args:
        max_rows: The lane's rows; events beyond them join "+N" clusters.
        view_left: The pan's first view's left edge (px, the packing's x): a span begun
            left of it keeps its label there.
        measure, least_width, most_width: as ``pack_lane``'s.
    """

    __slots__ = ("clusters", "first_clusters", "half", "late_clusters", "least_width",
                 "max_rows", "measure", "most_width", "placements", "row_ends", "row_last",
                 "view_left")

    def __init__(self, max_rows: int, view_left: float,
                 measure: Callable[[LaneItem], LaneItem] | None = None,
                 least_width: Callable[[LaneItem], float] | None = None,
                 most_width: float = float("inf")) -> None:
        self.max_rows = max_rows
        self.view_left = view_left
        self.measure = measure
        self.least_width = least_width
        self.most_width = most_width
        self.row_ends: list[float] = []
        self.row_last: list[tuple[int, float, float, float]] = []
        self.placements: list[Placement] = []
        self.clusters: list[Cluster] = []  # (the narrow items', resumed)
        self.first_clusters: list[Cluster] = []  # (the first view's wide spans')
        self.late_clusters: list[Cluster] = []  # (the wide spans that came in later)
        self.half = float("inf")  # (half the first view's width: ``first``)

    def first(self, items: list[LaneItem], view_right: float) -> None:
        """The pan's first view, ``view_left`` to ``view_right`` (px): ``items`` (sorted
        by ``x0``) packed in ``pack_lane``'s order (narrow items, then the spans wider
        than half the view, then those covering it), placed with no right edge."""
        half = self.half = (view_right - self.view_left) / 2
        left, inf = self.view_left, float("inf")
        wide = [it for it in items if it.x1 - it.x0 > half]
        narrow = [it for it in items if not it.x1 - it.x0 > half] if wide else items
        cover = [it for it in wide if it.x0 <= left and it.x1 >= view_right]
        if cover:
            wide = [it for it in wide if not (it.x0 <= left and it.x1 >= view_right)]
        self._extend(narrow)
        _pack(wide, self.max_rows, left, inf, SPAN_LABEL_PAD, self.row_ends,
              self.placements, self.row_last, self.measure, self.least_width,
              self.most_width, self.first_clusters)
        if cover:
            _pack_covering(cover, (), None, self.max_rows, left, inf, SPAN_LABEL_PAD,
                           self.row_ends, self.placements, self.row_last, self.measure,
                           self.first_clusters)

    def extend(self, items: list[LaneItem]) -> set[int]:
        """``items`` (sorted by ``x0``, none left of those packed before) packed on from
        the kept state; the indices in ``placements`` of those placed before whose
        title this moved or cut (``_make_room_before``: a row's last title).  Spans
        wider than half the first view join the "+N" at their start (the class's
        docstring)."""
        half = self.half
        if half != float("inf") and any(it.x1 - it.x0 > half for it in items):
            for item in items:
                if item.x1 - item.x0 > half:
                    _join_cluster(self.late_clusters, item, self.view_left)
            items = [it for it in items if not it.x1 - it.x0 > half]
        return self._extend(items)

    def _extend(self, items: list[LaneItem]) -> set[int]:
        """``extend`` without the wide spans' rule."""
        lasts = {last[0]: self.placements[last[0]] for last in self.row_last
                 if last[0] >= 0}
        _pack(items, self.max_rows, self.view_left, float("inf"), SPAN_LABEL_PAD,
              self.row_ends, self.placements, self.row_last, self.measure,
              self.least_width, self.most_width, self.clusters)
        placements = self.placements
        return {index for index, placement in lasts.items()
                if placements[index] is not placement}

    def packing(self) -> LanePacking:
        """The packing so far: its placements, every cluster (by ``x0``), rows used."""
        clusters = self.clusters + self.first_clusters + self.late_clusters
        clusters.sort(key=lambda c: c.x0)
        return LanePacking(self.placements, clusters, len(self.row_ends))
