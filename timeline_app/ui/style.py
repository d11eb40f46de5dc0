"""Colours and names of the timeline's categories (lanes)."""

from __future__ import annotations

import functools
import math
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication

if TYPE_CHECKING:
    from timeline_app.core.model import Timeline

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
# Colours for the other categories. Each differs from every other lane colour by a CIE76
# ΔE ≥ 20 on a light background and reaches 3:1 against both backgrounds (its dark
# variant below on the dark one); tests/ui/test_theme.py checks both.
_FALLBACK = ["#8E44AD", "#17877F", "#B03060", "#6B8E23", "#3949AB", "#A0522D", "#1E5631",
             "#9E7C0C", "#4A148C", "#E040FB"]

LANE_ORDER = list(_CATEGORY_COLORS)


# On a dark background the darkest lane colours are lifted so that markers keep a 3:1
# contrast (WCAG 1.4.11, non-text contrast) against it; tests/ui/test_theme.py checks.
# Treaty is lifted towards a stronger blue, not towards sky blue: #3D9BE0 was a CIE76 ΔE
# of 13.6 from Anniversary's #56B4E9, the two lanes alike (verify12, finding 7); #4080F8
# is 4.4:1 on the dark base and ≥ 26 from every other lane colour.
_DARK_CATEGORY_COLORS = {
    "treaty": "#4080F8",
    "statement": "#B89B5E",
    "event": "#9A9A9A",
}
_DARK_FALLBACK = {"#8E44AD": "#B07CC6", "#B03060": "#E35D6A", "#3949AB": "#8592E0",
                  "#A0522D": "#C98258", "#1E5631": "#4CAF6A", "#9E7C0C": "#C9A43A",
                  "#4A148C": "#A275E0"}

#: Unknown category → index into _FALLBACK: set from the open timeline's categories by
#: :func:`assign_category_colors`, so that the same categories get the same colours
#: whatever was open before (handed out in order of first use in the session, a file's
#: lanes changed colour after a crash-restore: new-user trial 5).
_ASSIGNED: dict[str, int] = {}

#: The categories :func:`assign_category_colors` gave a place in ``_ASSIGNED`` (not a
#: lookup of a lane drawn before it ran: ``fallback_index``), which ``keep`` keeps.
_HANDED: set[str] = set()

#: Category → the colour chosen for it in the open timeline (``Timeline.category_colors``,
#: e.g. read from a Timeline Project file), set by :func:`assign_category_colors`: used as
#: given, on either theme, before the palette.
_CHOSEN: dict[str, str] = {}


#: Two lane colours closer than this CIE76 ΔE read alike at a marker's or a legend
#: swatch's size, however distinct as patches: a new lane takes the next fallback colour
#: instead.  The palette's closest pairs are 23.5-28.5 (#17877F and Policy's #009E73;
#: #9E7C0C and Statement's #7F6A3A, an ochre and a brown: verify58 F8, "Attack" and
#: "Statement" hard to tell apart); every other pair is 31 or more.
NEAR_DELTA_E = 30.0

#: Two lane colours closer than this CIEDE2000 ΔE₀₀ (:func:`delta_e2000`) on either theme
#: (light colours against light ones, the dark theme's variants against its variants) read
#: alike too: a new lane takes the next fallback colour instead.  CIE76 was checked on the
#: light theme alone: "Incident" took the forest green #1E5631, ΔE76 31.5 from Policy's
#: #009E73 on the light theme, but lifted to #4CAF6A on the dark one it was ΔE76 15.6,
#: ΔE₀₀ 9.0, from Policy's teal-green, both "green" in the legend (verify71 F12).  The
#: fixed palette's closest pair is 13.2 (Meeting's orange and Statement's lifted brown,
#: dark theme); 15 rejects the fallbacks that are nearer a lane than that.
NEAR_DELTA_E2000 = 15.0


@functools.lru_cache(maxsize=512)
def _lab(name: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of the sRGB colour ``name`` (``#rrggbb``)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    value = int(name.lstrip("#")[:6], 16)
    r, g, b = (linear(((value >> shift) & 0xFF) / 255) for shift in (16, 8, 0))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return float(t ** (1 / 3)) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e76(first: str, second: str) -> float:
    """The CIE76 colour difference (ΔE*ab, the Euclidean distance in L*a*b*) of two
    sRGB colours given as ``#rrggbb``: 0 for the same colour, ~2.3 just noticeable."""
    return math.dist(_lab(first.casefold()), _lab(second.casefold()))


@functools.lru_cache(maxsize=4096)
def delta_e2000(first: str, second: str) -> float:
    """The CIEDE2000 colour difference ΔE₀₀ of two sRGB colours given as ``#rrggbb``
    (CIE 142-2001, with kL = kC = kH = 1; as G. Sharma, W. Wu and E. N. Dalal, "The
    CIEDE2000 color-difference formula: implementation notes", Color Research and
    Application 30 (2005), whose test pairs ``tests/ui/test_lane_colours_verify71.py``
    checks): 0 for the same colour, ~1 just noticeable.  Unlike CIE76 (:func:`delta_e76`)
    it weighs a difference of hue more than one of lightness or chroma of saturated
    colours, closer to how alike two colours look."""
    return _delta_e2000_lab(_lab(first.casefold()), _lab(second.casefold()))


def _delta_e2000_lab(first: tuple[float, float, float],
                     second: tuple[float, float, float]) -> float:
    """ΔE₀₀ of two CIE L*a*b* colours (:func:`delta_e2000`)."""
    (l1, a1, b1), (l2, a2, b2) = first, second
    chroma = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(chroma ** 7 / (chroma ** 7 + 25 ** 7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1 = math.degrees(math.atan2(b1, a1)) % 360 if c1 else 0.0
    h2 = math.degrees(math.atan2(b2, a2)) % 360 if c2 else 0.0
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    big_dh = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    mean_l, mean_c = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        mean_h = h1 + h2
    elif abs(h1 - h2) <= 180:
        mean_h = (h1 + h2) / 2
    else:
        mean_h = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(mean_h - 30))
         + 0.24 * math.cos(math.radians(2 * mean_h))
         + 0.32 * math.cos(math.radians(3 * mean_h + 6))
         - 0.20 * math.cos(math.radians(4 * mean_h - 63)))
    rotation = (-math.sin(math.radians(60 * math.exp(-(((mean_h - 275) / 25) ** 2))))
                * 2 * math.sqrt(mean_c ** 7 / (mean_c ** 7 + 25 ** 7)))
    s_l = 1 + 0.015 * (mean_l - 50) ** 2 / math.sqrt(20 + (mean_l - 50) ** 2)
    s_c, s_h = 1 + 0.045 * mean_c, 1 + 0.015 * mean_c * t
    dl, dc, dh_ = (l2 - l1) / s_l, (c2 - c1) / s_c, big_dh / s_h
    return math.sqrt(max(0.0, dl * dl + dc * dc + dh_ * dh_ + rotation * dc * dh_))


def _dark_variant(color: str) -> str:
    """``#rrggbb`` (upper case) a lane colour ``color`` (a light theme's ``#rrggbb``: one
    of the palette's or one chosen) is painted in on the dark theme."""
    upper = color.upper()
    if upper in _PALETTE:  # (as ``category_color`` paints them: its variant, or as is)
        return _DARK_NAME_COLORS.get(upper, upper)
    return for_dark_theme(upper).name().upper()


def lane_colour_distance(first: str, second: str) -> float:
    """How far apart two lanes' colours (light theme ``#rrggbb``) look on the theme where
    they are closest: the smaller ΔE₀₀ (:func:`delta_e2000`) of the two colours and of
    their dark theme variants (:func:`_dark_variant`)."""
    return min(delta_e2000(first, second),
               delta_e2000(_dark_variant(first), _dark_variant(second)))


def _near(color: str, other: str) -> bool:
    """Whether lane colours ``color`` and ``other`` (light theme ``#rrggbb``) read alike:
    a CIE76 ΔE under ``NEAR_DELTA_E`` on the light theme, or a CIEDE2000 ΔE₀₀ under
    ``NEAR_DELTA_E2000`` on either theme (:func:`lane_colour_distance`)."""
    return (delta_e76(color, other) < NEAR_DELTA_E
            or lane_colour_distance(color, other) < NEAR_DELTA_E2000)


def _free_slot(category: str, taken: set[int], in_use: Iterable[str] = ()) -> int:
    """The category's own place among the fallback colours (a hash of its name, the same
    in every session) or, when another lane has it, the next free one; of the free ones
    the first whose colour is near (:func:`_near`) no colour of ``in_use`` (the other
    lanes' ``#rrggbb``), if there is one, else the first at least ``NEAR_DELTA_E`` (CIE76,
    light theme: the rule before verify71 F12) from all of them, else the free one
    farthest from the nearest of them (:func:`lane_colour_distance`); its own place again
    when all are taken.  (With all eight known lanes there, three fallbacks are far from
    them on both themes, six by CIE76 on the light one.)"""
    own = zlib.crc32(category.casefold().encode("utf-8", "surrogatepass")) % len(_FALLBACK)
    free = [slot for step in range(len(_FALLBACK))
            for slot in ((own + step) % len(_FALLBACK),) if slot not in taken]
    if not free:
        return own
    near = tuple(in_use)
    if not near:
        return free[0]
    far = next((slot for slot in free
                if not any(_near(_FALLBACK[slot], color) for color in near)), None)
    if far is None:
        far = next((slot for slot in free
                    if all(delta_e76(_FALLBACK[slot], color) >= NEAR_DELTA_E
                           for color in near)), None)
    if far is None:
        far = max(free, key=lambda slot: min(lane_colour_distance(_FALLBACK[slot], color)
                                             for color in near))
    return far


def assign_category_colors(categories: Iterable[str],
                           chosen: Mapping[str, str] | None = None,
                           keep: bool = False) -> None:
    """Give the timeline's categories their lane colours: the one chosen for it
    (``chosen``: the timeline's ``category_colors``, ``#rrggbb``), else a fixed one for
    the known categories; the others, in lane order, their own fallback colour or the
    next free one — one not near the colour of another lane of the timeline
    (``NEAR_DELTA_E``) while there is one.

    Without ``keep`` (another timeline shown: a file opened, File → New, a restore) the
    result depends only on the set of categories and the chosen colours: the same file
    shows the same colours in every session, after a restore and whatever was open
    before.

    ``keep``: the same timeline, changed (an edit, a delete, an undo): a lane keeps the
    fallback colour it has, and a lane that went away keeps its colour for when it comes
    back (an undo) while the timeline is shown; only a lane new to it is given one, a
    colour no other lane has or had while one is free.  Without it the lanes took
    colours by their places in the set, and when the Statement lane's events were
    deleted, Treaty action and UN vote changed colour (verify60 F20).
    """
    chosen = chosen or {}
    # (a place looked up for a lane drawn before this ran is no choice to keep: a new
    # lane drawn first took the ochre beside Statement's brown, verify58 F8)
    had = {c: slot for c, slot in _ASSIGNED.items() if c in _HANDED} if keep else {}
    assigned = _fallback_slots(set(categories), chosen, had)
    _ASSIGNED.clear()
    _ASSIGNED.update(had)
    _ASSIGNED.update(assigned)
    _HANDED.intersection_update(had)
    _HANDED.update(assigned)
    _CHOSEN.clear()
    _CHOSEN.update(chosen)


def _fallback_slots(present: set[str], chosen: Mapping[str, str],
                    had: Mapping[str, int]) -> dict[str, int]:
    """:func:`assign_category_colors`' places among the fallback colours of the
    categories of ``present`` that have no fixed nor chosen colour: ``had``'s (the
    places they keep) or, in lane order, each its own place or the next free one."""
    unknown = sorted({c for c in present if c not in _CATEGORY_COLORS and c not in chosen},
                     key=lane_sort_key)
    in_use = {_CATEGORY_COLORS[c] for c in present if c in _CATEGORY_COLORS}
    in_use.update(chosen[c] for c in present if c in chosen)
    assigned = {c: had[c] for c in unknown if c in had}
    in_use.update(_FALLBACK[slot] for slot in assigned.values())
    for category in unknown:
        if category in assigned:
            continue
        taken = set(assigned.values())
        if len(taken | set(had.values())) < len(_FALLBACK):
            taken |= set(had.values())  # (a gone lane's, for when it comes back)
        slot = _free_slot(category, taken, in_use)
        assigned[category] = slot
        in_use.add(_FALLBACK[slot])
    return assigned


def colours_shown_alone(categories: Iterable[str],
                        chosen: Mapping[str, str] | None = None) -> dict[str, str]:
    """The light theme's colours (``#rrggbb``) that the lanes of ``categories`` with no
    fixed colour nor one of ``chosen`` (a timeline's ``category_colors``) take when their
    timeline is shown alone (:func:`assign_category_colors` without ``keep``): what File →
    Merge… carries for lanes new to the open timeline, which would otherwise take other
    places among the fallback colours there (verify84 F4: her "Periods" lane, purple in
    her timeline, turned rose merged into a colleague's file).  Pure: the open
    timeline's colours are not changed."""
    present = set(categories)
    return {c: _FALLBACK[slot] for c, slot in _fallback_slots(present, chosen or {}, {}).items()}


def colours_a_reopen_would_change(categories: Iterable[str],
                                  chosen: Mapping[str, str] | None = None) -> dict[str, str]:
    """The lanes of ``categories`` whose colour as shown now (kept while the timeline is
    shown: :func:`assign_category_colors`' ``keep``) is not the one the file would get
    when opened again, each with its colour (``#rrggbb``, the light theme's): what a save
    writes as the file's ``category_colors`` beside the chosen ones, so that the same file
    shows the same colours in every session.  The Era lane, given brown while a Culture
    lane had the indigo's neighbour, turned indigo after the Culture lane's event was
    deleted, the file saved and opened again, in the window and in its picture
    (verify67 F5).  A colour written so is one of the file's, which the others' places
    then make way for: the lanes are added until the file's places are the window's.
    Empty in the common case: the file is written as before."""
    present = set(categories)
    shown = {c: slot for c, slot in _ASSIGNED.items() if c in _HANDED and c in present}
    kept: dict[str, str] = {}
    while True:
        fresh = _fallback_slots(present, {**(chosen or {}), **kept}, {})
        changed = {c: _FALLBACK[slot] for c, slot in shown.items()
                   if c in fresh and fresh[c] != slot}
        if not changed:
            return dict(sorted(kept.items()))
        kept.update(changed)


def lane_colour_given(category: str) -> bool:
    """Whether ``category``'s colour is settled for the open timeline: a known category's,
    a chosen one or one :func:`assign_category_colors` handed out.  A lane new to the
    timeline (an edit typed a new category) is not until the legend has run it: a
    lookup before that may give another colour (verify72 F12)."""
    return category in _CATEGORY_COLORS or category in _CHOSEN or category in _HANDED


def fallback_index(category: str) -> int:
    """The category's place among the fallback colours: as assigned for the open timeline
    (:func:`assign_category_colors`), else its own place or the next one no lane has."""
    index = _ASSIGNED.get(category)
    if index is None:
        index = _ASSIGNED[category] = _free_slot(category, set(_ASSIGNED.values()))
    return index


#: While a picture or a print is painted (``export_picture.as_picture``): the darkness
#: its colours have, whatever the application's palette (a stack: nested pictures).
_DARKNESS_OVERRIDE: list[bool] = []


@contextmanager
def palette_darkness(dark: bool) -> Iterator[None]:
    """While it lasts, ``is_dark_palette()`` is ``dark``: a picture of the timeline is
    painted in the light colours in a dark-themed window (verify29, fault 2: print and
    exports were a black page), with the light theme's lane colours."""
    _DARKNESS_OVERRIDE.append(dark)
    try:
        yield
    finally:
        _DARKNESS_OVERRIDE.pop()


def is_dark_palette() -> bool:
    """True when the application's base (background) colour is dark (or, while a picture
    is painted, the darkness ``palette_darkness`` gives)."""
    if _DARKNESS_OVERRIDE:
        return _DARKNESS_OVERRIDE[-1]
    if QGuiApplication.instance() is None:
        return False
    rgba = QGuiApplication.palette().base().color().rgba()
    dark = _DARK_BASES.get(rgba)
    if dark is None:
        if len(_DARK_BASES) > 64:  # (a theme or two, a picture's palette)
            _DARK_BASES.clear()
        dark = _DARK_BASES[rgba] = relative_luminance(QColor.fromRgba(rgba)) < 0.2
    return dark


#: ``is_dark_palette``'s answers by the base colour (``QColor.rgba``): it is asked ~16
#: times a PageDown in the Events list (each new Category cell, Details, the view's
#: paint), and its import statement (~5 µs under PySide's import hook) and luminance
#: were most of its ~8 µs (issue 11, session 45, list50; list49's "what is left").
_DARK_BASES: dict[int, bool] = {}


#: The dark theme's alternate lanes' band (``theme``'s AlternateBase), the lighter of its
#: two lane backgrounds: a chosen colour is lifted to ``DARK_LEAST_CONTRAST`` against it.
_DARK_LANES = "#282828"
#: The least contrast (WCAG 1.4.11, non-text contrast: 3:1) a chosen lane colour has on
#: the dark theme's lanes as painted (``for_dark_theme``).
DARK_LEAST_CONTRAST = 3.0
_LIFTED: dict[str, QColor] = {}


def for_dark_theme(color: str) -> QColor:
    """``color`` (``#rrggbb``, a file's or a person's own) as painted on the dark theme:
    as given when it has ``DARK_LEAST_CONTRAST`` against the dark lanes, else lighter in
    its own hue (HSL lightness raised, in steps of 1 %) until it has.  verify55 F33: her
    file's navy (0,51,153) was nearly invisible on the dark lanes (1.36:1).  Only painting
    uses it: the document, its files and pictures (always in the light theme's colours)
    keep the colour as chosen."""
    lifted = _LIFTED.get(color)
    if lifted is None:
        lifted = QColor(color)
        background = QColor(_DARK_LANES)
        hue, saturation, lightness, _alpha = lifted.getHslF()
        while (contrast_ratio(lifted, background) < DARK_LEAST_CONTRAST
               and lightness < 1.0):
            lightness = min(1.0, lightness + 0.01)
            lifted = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
        lifted = _LIFTED[color] = QColor(lifted.name())
    return QColor(lifted)


def chosen_color(category: str) -> str | None:
    """The colour chosen for ``category`` in the open timeline (``#rrggbb``, as kept in the
    document), or None: what a colour dialog starts from, whatever the theme paints."""
    return _CHOSEN.get(category)


def category_color(category: str, dark: bool | None = None) -> QColor:
    """A stable colour for a category: the one chosen for it in the open timeline, as
    given (on a dark background lifted where it lacks contrast, ``for_dark_theme``); else
    a fixed one for the known categories, and for the others one of a list, as
    :func:`assign_category_colors` gave it.

    ``dark`` picks the palette's variant for a dark background (default: follow the app
    palette; its marker's edge is also made to stand out where the fill does not:
    ``TimelineView._lane_style``).
    """
    chosen = _CHOSEN.get(category)
    if dark is None:
        dark = is_dark_palette()
    if chosen is not None:
        if not dark:
            return QColor(chosen)
        # One of the palette's own (a colour a save kept: ``colours_a_reopen_would_change``)
        # takes its dark variant, as the lane had it before the save (verify67 F5).
        own = _DARK_FALLBACK.get(chosen.upper())
        return QColor(own) if own is not None else for_dark_theme(chosen)
    name = _CATEGORY_COLORS.get(category)
    if name is None:
        name = _FALLBACK[fallback_index(category)]
        if dark:
            name = _DARK_FALLBACK.get(name, name)
    elif dark:
        name = _DARK_CATEGORY_COLORS.get(category, name)
    return QColor(name)


#: The colours of lanes by participant or place (View → Lanes By): the categories' and
#: the fallbacks (each pair ΔE ≥ 20 apart and 3:1 on both backgrounds, as above), but the
#: grey, which is the lane of events without a name.
_NAME_COLORS = [c for k, c in _CATEGORY_COLORS.items() if k != "event"] + _FALLBACK
_DARK_NAME_COLORS = {**{_CATEGORY_COLORS[k]: c for k, c in _DARK_CATEGORY_COLORS.items()},
                     **_DARK_FALLBACK}
#: Every colour of the palette (``#RRGGBB``): the categories' and the fallbacks'.
_PALETTE = frozenset(c.upper() for c in (*_CATEGORY_COLORS.values(), *_FALLBACK))


def _own_name_slot(name: str) -> int:
    """A name's own place among ``_NAME_COLORS``: CRC-32 of it case-folded (the same in
    every session, unlike ``hash``)."""
    return zlib.crc32(name.casefold().encode("utf-8", "surrogatepass")) % len(_NAME_COLORS)


def name_slots(names: Iterable[str]) -> dict[str, int]:
    """Each of ``names``' place among the lane colours by name: its own
    (``_own_name_slot``), or when a name before it has that one, the next free one, as
    :func:`assign_category_colors` gives the categories theirs: the first 17 names all
    differ (Seoul's and Sado's lanes were both olive by their own places alone).
    ``names``: in the lanes' order (the busiest first: of a lecture's 35 participants,
    Parthia's and Austria's lanes, second and fifth, were both sky blue when given in
    alphabetical order).  The same names in the same order, the same colours; a name
    with more events, or a new one, changes another's colour only when both would take
    the same one.  A blank name (the lane of the events without one) is grey."""
    slots: dict[str, int] = {}
    taken: set[int] = set()
    for name in dict.fromkeys(n for n in names if n.strip()):
        own = _own_name_slot(name)
        slot = next(((own + step) % len(_NAME_COLORS) for step in range(len(_NAME_COLORS))
                     if (own + step) % len(_NAME_COLORS) not in taken), own)
        slots[name] = slot
        taken.add(slot)
    return slots


def name_color(name: str, dark: bool | None = None,
               slots: Mapping[str, int] | None = None) -> QColor:
    """The colour of a lane by participant or place: one of ``_NAME_COLORS``, the name's
    place in ``slots`` (:func:`name_slots` of the lanes' names) or else its own, so a
    name has the same colour in every session; ``""`` (the events without one) grey.
    ``dark``: as for :func:`category_color`."""
    if dark is None:
        dark = is_dark_palette()
    if not name.strip():
        return category_color("event", dark)
    index = slots.get(name) if slots is not None else None
    color = _NAME_COLORS[_own_name_slot(name) if index is None else index]
    return QColor(_DARK_NAME_COLORS.get(color, color) if dark else color)


def all_category_colors(dark: bool) -> dict[str, QColor]:
    """Every colour a lane may get (known categories and the fallbacks), for checks."""
    colors = {c: category_color(c, dark) for c in _CATEGORY_COLORS}
    for i, name in enumerate(_FALLBACK):
        colors[f"fallback{i}"] = QColor(_DARK_FALLBACK.get(name, name) if dark else name)
    return colors


def lane_sort_key(category: str) -> tuple[int, str]:
    """Known categories in their reading order, then the others alphabetically."""
    try:
        return (LANE_ORDER.index(category), "")
    except ValueError:
        return (len(LANE_ORDER), category.casefold())


def lane_key(order: Sequence[str] = ()) -> Callable[[str], tuple[int, int, str]]:
    """The sort key of lanes under the timeline's own order (``Timeline.lane_order``): the
    lanes it lists first, in its order, then the others as :func:`lane_sort_key` has them.
    The timeline, the legend, the filters and the lane menus sort by it (lanes18)."""
    place: dict[str, int] = {}
    for at, lane in enumerate(order):
        place.setdefault(lane, at)

    def key(category: str) -> tuple[int, int, str]:
        at = place.get(category)
        if at is not None:
            return (0, at, "")
        known, name = lane_sort_key(category)
        return (1, known, name)

    return key


def lanes_in_order(timeline: Timeline) -> list[str]:
    """The lanes of ``timeline`` (its events' categories) in the order the view and the
    legend show them (:func:`lane_key` under ``Timeline.lane_order``)."""
    from timeline_app.core.lanes import lane_names  # (not before the first paint)

    return sorted(lane_names(timeline), key=lane_key(timeline.lane_order))


def category_label(category: str) -> str:
    return category[:1].upper() + category[1:] if category else "Uncategorised"


#: The legend's swatches (px; ``LegendBar``'s icon size).
LEGEND_ICON_SIZE = (12, 12)


def legend_entry_text(category: str, count: int, eras: bool = False) -> str:
    """A legend entry's text: "Meeting 3", "Summit 2 · eras" for a lane shown as eras
    (``LegendBar``; ``first_view`` measures the default timeline's before the legend
    exists)."""
    return f"{category_label(category)} {count}" + (" · eras" if eras else "")


#: The room above and below a line of text in an Events list row (px, both together).
EVENT_ROW_PADDING = 8


def event_row_height(line_height: int, lines: int = 1) -> int:
    """An Events list row's height (px) for ``lines`` lines of text ``line_height`` px
    high (the font's ``QFontMetrics.height``): ``EventList``'s rows, foreseen by
    ``first_view`` before the list exists."""
    return line_height * lines + EVENT_ROW_PADDING


# ---------------------------------------------------------------------- contrast (WCAG 2.x)
#: WCAG 2.x level AA for normal text.
AA_CONTRAST = 4.5


def relative_luminance(color: QColor) -> float:
    """The relative luminance of an sRGB colour, 0 (black) to 1 (white).

    Source: WCAG 2.2, "relative luminance" (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance).
    """

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21 (AA text needs ≥ 4.5).

    Source: WCAG 2.2, "contrast ratio" (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
    """
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved the fraction ``t`` (0-1) of the way towards ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


_DIM_CACHE: dict[tuple[int, int], QColor] = {}


def dim_text_color(text: QColor, background: QColor) -> QColor:
    """A de-emphasised text colour: as far towards ``background`` as AA contrast allows."""
    key = (text.rgb(), background.rgb())
    cached = _DIM_CACHE.get(key)
    if cached is None:
        cached = QColor(text)
        for step in range(12, 0, -1):  # 0.60, 0.55, ... 0.05 of the way to the background
            candidate = blend(text, background, step * 0.05)
            # 15% to spare: the same colour also sits on alternate rows and lane bands
            if contrast_ratio(candidate, background) >= AA_CONTRAST * 1.15:
                cached = candidate
                break
        _DIM_CACHE[key] = cached
    return cached


# ---------------------------------------------------------------------- status colours
#: (light, dark) pairs; tests/ui/test_theme.py checks each against its background.
ERROR_TEXT = ("#B00020", "#FF8A80")  # an error message on the window background
#: A notice that is no error (a date that reads two ways, where a row's lane went) on the
#: window background: amber, 5.5:1 on the light window and 8.2:1 on the dark one (the
#: import review's notes were the light one's #8A5300 on the dark window, ~2.2:1:
#: verify76 F4).
NOTICE_TEXT = ("#8A5300", "#FFB74D")
INVALID_CELL = ("#F8D7DA", "#5C2B2E")  # a table cell whose text is not valid (text on it)


# Text shaded in rich text (light theme, dark theme): (foreground, background).  Spans set
# both, but on some platforms Qt draws a span's text in the palette's colour whatever the
# span says (seen under X11 in the dark theme: white on the pale blue), so the dark theme's
# shades are dark, readable with either text colour (tests/ui/test_theme.py).
SHADED_SENTENCE = (("#1A1A1A", "#DCEBFA"), ("#F2F2F2", "#2B4A6F"))  # supporting sentence
SHADED_DATE = (("#1A1A1A", "#FFE08A"), ("#FFFFFF", "#6E5200"))  # a date in a sentence
SHADED_FOUND = (("#1A1A1A", "#A8E0B0"), ("#FFFFFF", "#1F5A2E"))  # a word Find found
#: the words of a date told otherwise in a merged event's sentence (not the event's date:
#: a paler, greyer shade than ``SHADED_DATE``, in normal weight; verify69 F9)
SHADED_TOLD = (("#1A1A1A", "#E8E2D2"), ("#FFFFFF", "#4A4436"))


def shaded_span(shade: tuple[tuple[str, str], tuple[str, str]], extra: str = "") -> str:
    """An opening ``<span>`` in ``shade``'s colours for the current palette."""
    fg, bg = shade[is_dark_palette()]
    return f'<span style="background-color:{bg};color:{fg}{";" + extra if extra else ""}">'


def error_text_color() -> str:
    """The colour of error messages for the current (light or dark) palette."""
    return ERROR_TEXT[is_dark_palette()]


def notice_text_color() -> str:
    """The colour of notices (``NOTICE_TEXT``) for the current (light or dark) palette."""
    return NOTICE_TEXT[is_dark_palette()]


def invalid_cell_color() -> QColor:
    """The background of a table cell that holds an invalid value (current palette)."""
    return QColor(INVALID_CELL[is_dark_palette()])
