"""Counts in words for what the app says: "1 event", "3 events". Qt-free.

One helper instead of ``f"{n} events"`` scattered over messages that then said "1 events
imported" and "Merged 1 events" (verify9).
"""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, singular for exactly one: ``counted(1, "event")`` is
    "1 event", ``counted(0, "event")`` is "0 events".

    Args:
        number: How many.
        noun: The singular noun.
        plural: The plural where it is not ``noun + "s"`` (e.g. "matches", "entries").
    """
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
