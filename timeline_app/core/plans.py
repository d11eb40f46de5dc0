"""Plans: whether an event is still to come, and the day a moved plan was set for.  Qt-free.

A plan is an event whose title ends " (scheduled)" (``core.occurrence.SCHEDULED_SUFFIX``,
the extractor's mark, which Mark as Held takes away: ``Document.mark_held``).  A plan moved
to a later (or earlier) day by another telling ("were pushed back to 2 February") keeps the
day it was moved from only in its date basis, which ``core.duplicates.merge_events`` writes
as "pushed back from 14 January 2027 (…)" (``core.duplicates.moved_plan``: both days known
to the day).  verify87 F3: nothing on the timeline, in the Events list or in the exports'
text said that an event was a plan, or that it had been moved; the views read both here.

Linear: one anchored regular expression without nested quantifiers over a date basis,
results kept by basis (a view asks again at every frame).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import compress, repeat
from operator import contains

from .dates import MONTH_NAMES, FuzzyDate, day_number, describe_range
from .model import Event

#: ``core.occurrence.SCHEDULED_SUFFIX`` (the same text, a test says so), not imported: the
#: views read this module at start-up, that one's expressions cost ~15 ms more to compile.
SCHEDULED_SUFFIX = " (scheduled)"

__all__ = [
    "PLANNED_FOR",
    "PLAN_MARK",
    "WAS_PLANNED",
    "count_plans",
    "is_plan",
    "is_plan_title",
    "moved_from",
    "noted_title",
    "plain_title",
    "plan_passed",
    "plan_words",
    "planned_for_paragraph",
    "planned_title",
    "still_to_come",
    "was_words",
    "without_was",
]

PLANNED_FOR = "Originally planned for: "
"""The label of the paragraph the exports' texts give a moved plan ("Originally planned
for: 14 January 2027", :func:`planned_for_paragraph`; a TimelineJS slide's text)."""

PLAN_MARK = "\u25c7"
"""The sign of a plan in the Events list's date cell, the timeline's hollow diamond
(U+25C7 WHITE DIAMOND), which the legend explains."""

WAS_PLANNED = "was planned"
"""How :func:`plan_words` starts for a plan whose days have passed (:func:`plan_passed`)."""

_MONTHS = "|".join(MONTH_NAMES)

#: What ``merge_events`` writes when a telling moves a plan: the phrase
#: (``core.duplicates._MOVED``: "pushed back", "moved by a day", "brought forward by a
#: week"), "from", the old day as ``FuzzyDate.describe`` writes a day ("14 January 2027"),
#: at the start of the basis or of one of its "; "-separated parts.  (Compiled when first
#: needed, :func:`_moved_from_basis`: not at start-up.)
_MOVED_FROM_SOURCE = (
    r"(?:^|;[^\S\n])(?:brought[^\S\n]forward|advanced|moved|postponed|pushed[^\S\n]back"
    r"|put[^\S\n]back|delayed|rescheduled|shifted)(?:[^\S\n]by[^\S\n][a-z0-9]{1,5}"
    r"[^\S\n](?:days?|weeks?))?[^\S\n]from[^\S\n](?P<day>\d{1,2})[^\S\n]"
    rf"(?P<month>{_MONTHS})[^\S\n](?P<year>\d{{1,4}})\b(?![^\S\n]BC)")


def is_plan_title(title: str) -> bool:
    """Whether ``title`` ends in the extractor's " (scheduled)", any case, blanks after it
    ignored (``core.occurrence.SCHEDULED_SUFFIX``)."""
    return title.rstrip().casefold().endswith(SCHEDULED_SUFFIX)


def count_plans(titles: Iterable[str]) -> int:
    """How many of ``titles`` are a plan's (:func:`is_plan_title`): the number the
    Filters give beside "Plans only".  Those whose lower case holds no "cheduled" are
    passed over in C (``str.lower``, ``contains``), as no casefolded ending " (scheduled)"
    can come from them (only "ſ" and the Kelvin sign fold to other ASCII letters, and
    neither to one of c, h, e, d, u, l): ~11 against ~29 ms at 100 000 titles, a
    seventh of them plans (load 14)."""
    titles = list(titles)
    candidates = compress(titles, map(contains, map(str.lower, titles), repeat("cheduled")))
    return sum(map(is_plan_title, candidates))


def plain_title(title: str) -> str:
    """``title`` without the plan's ending " (scheduled)" (:func:`is_plan_title`; the
    blanks after it too), else as it is: the event editor's Title field shows this, its
    Planned box the ending (verify88 F1)."""
    if not is_plan_title(title):
        return title
    return title.rstrip()[:-len(SCHEDULED_SUFFIX)].rstrip()


def planned_title(title: str, planned: bool) -> str:
    """``title`` marked as a plan (" (scheduled)" added once) when ``planned``, else
    without that mark (:func:`plain_title`).  The mark stays the title's ending, not a
    field of its own: every view, filter, export (an .ics TENTATIVE) and older file
    reads it there already (verify88 F1).

    >>> planned_title("Summit in Lorn", True)
    'Summit in Lorn (scheduled)'
    >>> planned_title("Summit in Lorn (Scheduled)", False)
    'Summit in Lorn'
    """
    plain = plain_title(title)
    return plain + SCHEDULED_SUFFIX if planned and plain else plain


def still_to_come(date: FuzzyDate, today: int) -> bool:
    """Whether ``date`` starts after the day ``today`` (a day number, ``dates.day_number``):
    an event dated so cannot have taken place yet, which the event editor suggests as a
    plan (verify88 F1: a summit typed for June 2027 was drawn as held)."""
    return date.start_day() > today


def is_plan(event: Event) -> bool:
    """Whether ``event`` is a plan, still to come (:func:`is_plan_title` of its title)."""
    return is_plan_title(event.title)


def plan_passed(event: Event, today: int) -> bool:
    """Whether ``event`` is a plan (:func:`is_plan`) whose every day lies before the day
    ``today`` (a day number, ``dates.day_number``; the caller's ``core.clock.today``): a
    plan no telling since says was held, nor called off.  verify90 F7: "Technical talks in
    Astana (scheduled)", 11 April 2025, read "Planned: not yet held" twenty months on."""
    return is_plan_title(event.title) and (event.end or event.date).end_day() <= today


def plan_words(event: Event, today: int) -> str:
    """How a plan stands on the day ``today`` (a day number), in words for the Details
    pane and a screen reader: "not yet held" for a plan with a day still to come, "was
    planned for 11 April 2025; no report that it was held" for one whose days have all
    passed (:func:`plan_passed`, the date as ``describe_range`` writes it); "" for an event
    no plan."""
    if not is_plan_title(event.title):
        return ""
    if not plan_passed(event, today):
        return "not yet held"
    return (f"{WAS_PLANNED} for {describe_range(event.date, event.end)}; no report that it "
            "was held")


@lru_cache(maxsize=4096)
def _moved_from_basis(basis: str) -> tuple[int, int, int] | None:
    """The last day (year, month, day) a date basis says a plan was moved from, or None."""
    every = list(re.finditer(_MOVED_FROM_SOURCE, basis, re.IGNORECASE))
    if not every:
        return None
    found = every[-1]
    month = next(i for i, name in enumerate(MONTH_NAMES, 1)
                 if name.casefold() == found["month"].casefold())
    year, day = int(found["year"]), int(found["day"])
    try:
        day_number(year, month, day)
    except ValueError:
        return None
    return year, month, day


def moved_from(event: Event) -> FuzzyDate | None:
    """The day the plan ``event`` was set for before a telling moved it (its date basis's
    last "pushed back from 14 January 2027", as ``core.duplicates.merge_events`` writes
    it), or None: ``event`` is no plan (:func:`is_plan`), its basis names no such day, or
    that day is the event's own first day again (moved back by hand)."""
    basis = event.date_basis
    if " from " not in basis or not is_plan(event):
        return None
    found = _moved_from_basis(basis)
    if found is None:
        return None
    old = FuzzyDate.of_ymd(*found)
    return None if old.start_day() == event.date.start_day() else old


def was_words(event: Event, short: bool = True) -> str:
    """"was 14 Jan" (``short``) or "was 14 January" for the plan ``event`` moved from
    that day (:func:`moved_from`), the year said when it is not the event's ("was
    30 Dec 2026"); ``""`` for an event not moved."""
    old = moved_from(event)
    if old is None or old.month is None:
        return ""
    month = MONTH_NAMES[old.month - 1]
    words = f"was {old.day} {month[:3] if short else month}"
    return words if old.year == event.date.year else f"{words} {old.year}"


def noted_title(event: Event, short: bool = True) -> str:
    """``event``'s title with :func:`was_words` inside its " (scheduled)" ending when the
    plan was moved: "Talks resume in Lorn (scheduled, was 14 Jan)" (verify87 F3: the
    timeline's label, the Events list and the calendar's entry said only "(scheduled)" on
    the new day); else the title as it is."""
    was = was_words(event, short)
    if not was:
        return event.title
    title = event.title.rstrip()
    return f"{title[:-1]}, {was})"


def without_was(title: str, event: Event) -> str:
    """``title`` (a calendar's or a slide's, "Talks resume (scheduled, was 14 Jan)")
    without the note :func:`noted_title` put in it for ``event`` (its date and basis: the
    title is ``event``'s own, or one a person typed over it keeping the note), else as it
    is."""
    cut = title.rfind(", was ")
    if cut < 0 or not title.endswith(")"):
        return title
    stripped = title[:cut] + ")"
    probe = replace(event, title=stripped)
    was = was_words(probe)
    return stripped if was and title.endswith(f", {was})") else title


def planned_for_paragraph(event: Event) -> list[str]:
    """The labelled line a moved plan's exported text says its old day with, "Originally
    planned for: 14 January 2027" (:data:`PLANNED_FOR`, :func:`moved_from`), as a list of
    one paragraph; none for an event not moved (verify87 F3: a published slide of talks
    pushed back did not say so)."""
    old = moved_from(event) if " from " in event.date_basis else None
    return [] if old is None else [PLANNED_FOR + old.describe()]
