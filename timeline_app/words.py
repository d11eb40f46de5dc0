"""Counts in words for what the app says: "1 event", "3 events"; a copy's title. Qt-free.

One helper instead of ``f"{n} events"`` scattered over messages that then said "1 events
imported" and "Merged 1 events" (verify9).
"""

from __future__ import annotations

import re
from collections.abc import Collection

#: A copy's title; compiled by ``re`` at the first use, not when the window's module
#: imports this one before the first paint (issue 11).
_COPY = r"^(.*) \(copy(?: (\d{1,9}))?\)$"


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, singular for exactly one: ``counted(1, "event")`` is
    "1 event", ``counted(0, "event")`` is "0 events".

    Args:
        number: How many.
        noun: The singular noun.
        plural: The plural where it is not ``noun + "s"`` (e.g. "matches", "entries").
    """
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def copy_title(title: str, taken: Collection[str] = ()) -> str:
    """The title of a duplicate: "Summit (copy)", then "Summit (copy 2)" when that is
    ``taken`` (or when ``title`` is itself a copy), as file managers and editors name
    copies, so that the copy can be told from its original on the timeline."""
    found = re.match(_COPY, title, re.DOTALL)
    base, number = (found.group(1), int(found.group(2) or 1)) if found else (title, 0)
    while True:
        number += 1
        name = f"{base} (copy)" if number == 1 else f"{base} (copy {number})"
        if name not in taken:
            return name
