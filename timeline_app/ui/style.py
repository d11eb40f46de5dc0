"""Colours and names of the timeline's categories (lanes)."""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
_CATEGORY_COLORS = {
    "treaty": "#0072B2",
    "policy": "#009E73",
    "dispute": "#D55E00",
    "visit": "#CC79A7",
    "meeting": "#E69F00",
    "anniversary": "#56B4E9",
    "statement": "#7F6A3A",
    "event": "#6E6E6E",
}
_FALLBACK = ["#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#9C755F", "#76B7B2", "#EDC948"]

LANE_ORDER = list(_CATEGORY_COLORS)


def category_color(category: str) -> QColor:
    """A stable colour for a category; unknown categories get one by hash."""
    name = _CATEGORY_COLORS.get(category)
    if name is None:
        name = _FALLBACK[zlib.crc32(category.encode("utf-8")) % len(_FALLBACK)]
    return QColor(name)


def lane_sort_key(category: str) -> tuple[int, str]:
    """Known categories in their reading order, then the others alphabetically."""
    try:
        return (LANE_ORDER.index(category), "")
    except ValueError:
        return (len(LANE_ORDER), category.casefold())


def category_label(category: str) -> str:
    return category[:1].upper() + category[1:] if category else "Uncategorised"
