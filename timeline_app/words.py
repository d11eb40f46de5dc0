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


def events_and_eras(events: int, eras: int) -> str:
    """A count of a timeline's events that tells its eras apart: "23 events and 2 eras";
    "23 events" without eras, "2 eras" with eras alone (verify51 F15: "25 events" counted
    2 eras among them).

    Args:
        events: The events that are not eras.
        eras: The events of the lanes shown as eras (``Timeline.era_ids``).
    """
    if not eras:
        return counted(events, "event")
    return f"{counted(events, 'event')} and {counted(eras, 'era')}" if events \
        else counted(eras, "era")


def part_of_events(events: int, eras: int, all_events: int, all_eras: int) -> str:
    """A picture's count of what it shows of a timeline: "9 of the timeline’s 23 events
    and 2 eras"; "23 events and 2 eras" when it shows them all (verify51 F15: "25 of the
    timeline's 27 events" read as if 2 were left out, where they were the eras).

    Args:
        events: The events shown that are not eras.
        eras: The eras shown.
        all_events: The timeline's events that are not eras.
        all_eras: The timeline's eras.
    """
    if events == all_events and eras == all_eras:
        return events_and_eras(events, eras)
    words = f"{events} of the timeline’s {counted(all_events, 'event')}"
    if all_eras:
        words += (f" and {counted(eras, 'era')}" if eras == all_eras
                  else f" and {eras} of its {counted(all_eras, 'era')}")
    return words


#: Characters of a title or name quoted in a message's line (an export's note): longer
#: ones are cut at a word, with "…" (``shortened``); the message's Details give them whole.
QUOTED_LIMIT = 60


def shortened(text: str, limit: int = QUOTED_LIMIT) -> str:
    """``text`` whole when at most ``limit`` characters, else cut after its last whole word
    that fits and ended with "…" (at most ``limit`` characters in all): 'Chile and Bolivia
    to restore ambassadors after 47-year…', not '… 47-year ruptu' (verify24, U4).  A word
    longer than half the limit is cut inside it rather than leave a stub.

    Args:
        text: Plain text (a title, a file name).
        limit: At most this many characters returned, "…" included (at least 2).
    """
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "\u2026"


def same_words(first: str, second: str) -> bool:
    """Whether two texts are the same words, spaces and line breaks aside: an extracted
    event's summary is its source sentence (``extract.Candidate.to_event``), which the
    detail pane and the exports quote as the sentence already, so they show it once
    (verify18 in the pane; verify24, U3, in the CSV and TimelineJS exports)."""
    return first.split() == second.split()


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
