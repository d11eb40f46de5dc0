"""How much empty room Fit All may show after the data, and the range it then shows.
Qt-free (the view's mixin ``view_fit.FitMixin`` asks it), so the rule is tested without
a window.

Fit All adds room after the data when the last titles need it right of their markers
(``FitMixin._fit_room_right``); it could take up to ``FIT_LABEL_SHARE`` (40 %) of the
width.  verify45 F11: a think-tank researcher's 47 events of 1929-2028 at 1366x768 were
shown to 2103, the empty years after 2030 a third of the window, for the titles of the
last events, while 2010-2026, the subject of the briefing, got ~130 px.  A title that
does not fit goes left of its marker or is shortened (``layout.pack_lane``, session 35),
so the room is now at most ``FIT_ROOM_AFTER_SHARE`` (a fifth) of the width.
"""

from __future__ import annotations

__all__ = ["FIT_ROOM_AFTER_SHARE", "fit_range", "most_room_after"]

#: The most of the view's width Fit All gives to room after the data: a fifth.  At the
#: tester's 960 px view that is 192 px, not enough for whole titles right of the last
#: markers (the 2028 one is 420 px): Fit All makes none there (it made none with a tenth
#: either) and shows 1925-2032 instead of 1922-2100 (verify45 F11).  A fifth is the most
#: that keeps trial 12's room (241 px of 859, five 2026 titles whole,
#: ``test_trial12_fixes``); a tenth cut it.  Trial 11's 19 events at 712 px (fit18) had
#: 327 px (47 %) and 15 titles whole, now 179 px and 11 whole, the others shortened at a
#: word (``test_fit_room_on_screen``).
FIT_ROOM_AFTER_SHARE = 0.2


def most_room_after(span: float, usable: float, view_width: float,
                    share: float = FIT_ROOM_AFTER_SHARE) -> float:
    """The most display units of room after ``span`` units of data, when ``usable`` px
    show the data and the room together (the view's width less Fit All's margins), for
    the room to take at most ``share`` of ``view_width`` px: ``extra`` with
    ``extra * usable / (span + extra) <= share * view_width``.  0 when the room's px would
    take all of ``usable``.

    >>> round(most_room_after(100.0, 880.0, 960.0), 2)  # 192 px of 880: 192 / 688 of 100
    27.91
    """
    room_px = share * view_width
    return room_px * span / (usable - room_px) if usable > room_px else 0.0


def fit_range(first: float, last: float, room: float, margin_left: float,
              margin_right: float, view_width: float) -> tuple[float, float]:
    """The display units ``(shown_first, shown_last)`` across a view ``view_width`` px wide
    that Fit All shows for the data ``[first, last]`` with ``room`` units after it and
    ``margin_left`` / ``margin_right`` px of margin, as ``FitMixin._fitted`` lays it out
    (before the scale's and the left edge's bounds).

    >>> [round(u, 2) for u in fit_range(0.0, 100.0, 0.0, 40.0, 40.0, 960.0)]
    [-4.55, 104.55]
    """
    usable = max(100.0, view_width - margin_left - margin_right)
    px_per_unit = usable / max(1e-9, last + room - first)
    return first - margin_left / px_per_unit, first + (view_width - margin_left) / px_per_unit
