"""Likely duplicates between the events of a timeline and events coming in (a merged file,
an imported article), and how two duplicates merge into one event.  Qt-free.

Two events are likely the same when their dates are compatible at the coarser of their
two precisions (22 March 2025 and March 2025 are; 21 and 22 March 2025 are not; a circa
date is widened by its own length on each side) and either their titles are similar
(rapidfuzz's ``token_set_ratio`` ≥ ``TITLE_THRESHOLD`` on case-folded titles, which
ignores word order and extra words: "Cho and Iwaya meet in Tokyo" ~ "Cho Tae-yul and
Takeshi Iwaya meet in Tokyo") or they share a participant.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from .dates import FuzzyDate, from_day_number
from .model import Event

__all__ = [
    "TITLE_THRESHOLD",
    "DuplicateMatch",
    "dates_compatible",
    "find_duplicates",
    "merge_events",
]

#: token_set_ratio (0-100) from which two titles count as similar.
TITLE_THRESHOLD = 70.0


@dataclass(frozen=True)
class DuplicateMatch:
    """An incoming event that is likely an existing one.

    Attributes:
        incoming: The event being added.
        existing: The event already in the timeline that it likely repeats.
        score: 0-100, higher is more likely (title similarity, plus 10 a shared participant).
        reason: Why, in words ("same month; titles 92% alike; shares Japan").
    """

    incoming: Event
    existing: Event
    score: float
    reason: str


def _length(date: FuzzyDate) -> int:
    """The number of days the date covers."""
    return date.end_day() - date.start_day()


def _range(date: FuzzyDate) -> tuple[int, int]:
    """Day numbers ``[first, end)`` the date may mean, a circa date widened by its length
    on each side (day numbers, so this works on both sides of year 0)."""
    first, last = date.start_day(), date.end_day()
    if date.circa:
        width = last - first
        first, last = first - width, last + width
    return first, last


def dates_compatible(a: FuzzyDate, b: FuzzyDate) -> bool:
    """True if the two dates may mean the same time at the coarser precision.

    Nested precisions make this the overlap of the days each covers: a day lies in its
    month, a month in its part of the year, a part in its year.
    """
    a0, a1 = _range(a)
    b0, b1 = _range(b)
    return a0 < b1 and b0 < a1


def _folded(names: Iterable[str]) -> set[str]:
    return {n.casefold().strip() for n in names if n.strip()}


def _match(incoming: Event, existing: Event) -> DuplicateMatch | None:
    if not dates_compatible(incoming.date, existing.date):
        return None
    ratio = fuzz.token_set_ratio(incoming.title.casefold(), existing.title.casefold())
    shared = _folded(incoming.participants) & _folded(existing.participants)
    if ratio < TITLE_THRESHOLD and not shared:
        return None
    coarser = max((incoming.date, existing.date), key=_length)
    reasons = [f"compatible dates ({coarser.precision_words()})",
               f"titles {ratio:.0f}% alike"]
    if shared:
        names = dict.fromkeys(p for p in incoming.participants if p.casefold().strip() in shared)
        reasons.append("shares " + ", ".join(names))
    return DuplicateMatch(incoming, existing, ratio + 10 * len(shared), "; ".join(reasons))


def find_duplicates(existing: Iterable[Event], incoming: Iterable[Event]
                    ) -> dict[str, DuplicateMatch]:
    """The likely duplicate of each incoming event, keyed by the incoming event's id.

    Each existing event is matched at most once, best scores first, so two incoming
    events are never both merged into one.  Cost: one comparison per pair whose dates are
    compatible (existing events are bucketed by year).
    """
    by_year: dict[int, list[Event]] = {}
    for event in existing:
        first, last = _range(event.date)
        for year in range(from_day_number(first)[0], from_day_number(last - 1)[0] + 1):
            by_year.setdefault(year, []).append(event)
    candidates: list[DuplicateMatch] = []
    for event in incoming:
        first, last = _range(event.date)
        seen: set[str] = set()
        years = range(from_day_number(first)[0], from_day_number(last - 1)[0] + 1)
        for year in years:
            for other in by_year.get(year, ()):
                if other.id in seen:
                    continue
                seen.add(other.id)
                match = _match(event, other)
                if match is not None:
                    candidates.append(match)
    result: dict[str, DuplicateMatch] = {}
    taken: set[str] = set()
    for match in sorted(candidates, key=lambda m: -m.score):
        if match.incoming.id in result or match.existing.id in taken:
            continue
        result[match.incoming.id] = match
        taken.add(match.existing.id)
    return result


def _finer(a: FuzzyDate, b: FuzzyDate) -> FuzzyDate:
    """The more precise of two compatible dates (``a`` on a tie); not circa beats circa."""
    key_a = (_length(a), a.circa)
    key_b = (_length(b), b.circa)
    return b if key_b < key_a else a


def merge_events(existing: Event, incoming: Event) -> Event:
    """One event from two duplicates: the existing event (its id, title, category) with what
    the incoming one adds — a finer date, missing place and summary, more participants, its
    source sentences."""
    participants = list(existing.participants)
    known = _folded(participants)
    participants += [p for p in incoming.participants if p.casefold().strip() not in known]
    date = _finer(existing.date, incoming.date)
    evidence = existing.evidence + tuple(e for e in incoming.evidence
                                         if e not in existing.evidence)
    return dataclasses.replace(
        existing,
        date=date,
        date_basis=existing.date_basis if date == existing.date else incoming.date_basis,
        end=existing.end or incoming.end,
        participants=tuple(participants),
        location=existing.location or incoming.location,
        summary=existing.summary or incoming.summary,
        source_id=existing.source_id or incoming.source_id,
        evidence=evidence,
    )
