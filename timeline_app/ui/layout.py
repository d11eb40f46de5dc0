"""Row packing for one lane of the timeline, as a pure function.

Each visible event takes a horizontal extent: its marker (a point or a span) and
its label.  Events are packed greedily into the first row where they do not
overlap what is already there, so labels never overlap.  When a lane has used
all its rows, further events join a cluster badge ("+12") instead of being
drawn on top of each other; clicking a cluster zooms in on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["LaneItem", "Placement", "Cluster", "LanePacking", "pack_lane"]


@dataclass(frozen=True)
class LaneItem:
    """What packing needs to know about an event on screen.

    Attributes:
        key: The event id.
        x0: Left edge of the marker in pixels.
        x1: Right edge of the marker (``x1 == x0`` for a point).
        label_width: Width of the label in pixels (0 for none).
    """

    key: str
    x0: float
    x1: float
    label_width: float


@dataclass(frozen=True)
class Placement:
    key: str
    row: int
    label_x: float  # where the label starts
    label_inside: bool  # the label fits inside the span's visible bar


@dataclass
class Cluster:
    """Events that did not fit in the lane's rows, gathered at one place."""

    x0: float
    x1: float
    keys: list[str] = field(default_factory=list)


@dataclass
class LanePacking:
    placements: list[Placement]
    clusters: list[Cluster]
    rows_used: int


POINT_RADIUS = 6.0
LABEL_GAP = 6.0  # between a marker and its label
ITEM_GAP = 10.0  # between one item's right end and the next item in the row
CLUSTER_REACH = 24.0  # an overflowing event within this distance joins a cluster


def pack_lane(
    items: list[LaneItem],
    max_rows: int,
    view_left: float = float("-inf"),
    view_right: float = float("inf"),
    pad: float = 4.0,
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

    Returns:
        Where each event goes, the clusters, and how many rows were used.
    """
    row_ends: list[float] = []
    placements: list[Placement] = []
    # Spans wider than half the view are context (the month or year around what is on
    # screen): they take the rows left after the shorter events, so that zooming into
    # a busy week shows its days rather than a stack of months.
    width = view_right - view_left
    wide = [it for it in items if width != float("inf") and it.x1 - it.x0 > width / 2]
    wide_keys = {it.key for it in wide}
    narrow = [it for it in items if it.key not in wide_keys] if wide else items
    clusters = _pack(narrow, max_rows, view_left, view_right, pad, row_ends, placements)
    clusters += _pack(wide, max_rows, view_left, view_right, pad, row_ends, placements)
    clusters.sort(key=lambda c: c.x0)
    return LanePacking(placements, clusters, len(row_ends))


def _pack(items: list[LaneItem], max_rows: int, view_left: float, view_right: float,
          pad: float, row_ends: list[float], placements: list[Placement]) -> list[Cluster]:
    """One greedy pass over ``items`` (sorted by ``x0``), filling ``row_ends`` further."""
    clusters: list[Cluster] = []
    for item in items:
        if item.x1 > item.x0:  # a span: the label sits inside the bar if it fits
            visible_left = max(item.x0, view_left)
            inside = item.label_width + 2 * pad <= item.x1 - visible_left
            label_x = visible_left + pad if inside else item.x1 + LABEL_GAP
            left = item.x0
            right = item.x1 if inside else label_x + item.label_width
            flipped_x = item.x0 - LABEL_GAP - item.label_width
            if not inside and right > view_right and flipped_x >= view_left:
                label_x, left, right = flipped_x, flipped_x, item.x1
        else:
            inside = False
            label_x = item.x0 + POINT_RADIUS + LABEL_GAP
            left = item.x0 - POINT_RADIUS
            right = label_x + item.label_width
            flipped_x = item.x0 - POINT_RADIUS - LABEL_GAP - item.label_width
            if right > view_right and flipped_x >= view_left:
                label_x, left, right = flipped_x, flipped_x, item.x0 + POINT_RADIUS
        for row, end in enumerate(row_ends):
            if end <= left:
                row_ends[row] = right + ITEM_GAP
                placements.append(Placement(item.key, row, label_x, inside))
                break
        else:
            if len(row_ends) < max_rows:
                row_ends.append(right + ITEM_GAP)
                placements.append(Placement(item.key, len(row_ends) - 1, label_x, inside))
                continue
            x = max(item.x0, view_left)  # a badge for a span that starts off screen
            if clusters and x - clusters[-1].x1 <= CLUSTER_REACH:
                cluster = clusters[-1]
                cluster.x1 = max(cluster.x1, x)
                cluster.keys.append(item.key)
            else:
                clusters.append(Cluster(x, x, [item.key]))
    return clusters
