"""A week an article named: some day among seven, not seven days.

The model has no week precision (``dates.Precision``).  An event read from "last week" or
"next week" is given the week's days, its Monday as its date and its Sunday (or the
article's day) as its end, neither circa, and a date basis saying "the week of <Monday>"
(``extract.pipeline.spans``, verify45 F21).  Such an event is the window of days a
happening lies in, not a start and an end: the Albusaidi visit "last week" was one
day of 23-29 November 2026, not a seven-day stay (verify63 F6; verify33 F2 for merges).
This module tells such an event from a span typed from a Monday to a Sunday (its basis
says nothing of a week) and says it in words, so that the views draw it as the other
imprecise dates (hatched), the exports say it as they say them, and a step moves it by
a week.

A week moved by hand (dragged, Ctrl+arrow: ``document.with_date_basis_kept_true``) has the
basis "moved by hand from some day in the week of <old Monday>" (``MOVED_WEEK``) and is
still a week while it runs from a Monday for at most seven days.
"""

from __future__ import annotations

import re

from .dates import MONTH_NAMES, Precision, describe_range
from .model import Event

__all__ = ["MOVED_WEEK", "WEEK_DAYS", "WEEK_PRECISION", "moved_words", "told_week", "week_words",
           "when_words"]

#: The precision the exports write for a week an article named, some day of it (the CSV's
#: Precision cell, the iCalendar description's "precision: …"; verify72 F20: "day" was
#: written for "some day in the week of 13 February 2017", which a spreadsheet filtering on
#: precision would read as a known day).  Read back with the date's words of the week.
WEEK_PRECISION = "week"

#: The days a week has (ISO 8601: Monday to Sunday).
WEEK_DAYS = 7

#: How the basis of a week moved by hand begins (``document.MOVED_BY_HAND`` and the
#: words of ``week_words``, which always begin "some day in").
MOVED_WEEK = "moved by hand from some day in "

#: The words the extractor's basis of a week gives ("'next week', relative to the dateline
#: 2 December 2026: the week of 7 December 2026; the whole week: to 13 December 2026":
#: ``extract.pipeline.dating.timex_basis``).  Compiled on first use (by ``re``'s cache),
#: not when the timeline view imports this module before its first paint, which reads it
#: for no event of the default timeline: 0.9 M instructions of every start (issue 11;
#: ``tests/ui/test_startup.py`` holds the rule).
_WEEK_OF = r"\bthe week of (\d{1,2} [A-Z][a-z]+ -?\d+)\b"


def told_week(event: Event) -> bool:
    """Whether ``event`` is a week an article named ("next week", "last week"): a date and
    an end of day precision without a time, one to six days apart, the basis saying "the
    week of" the date (its Monday still: days typed over it by hand, "8 to 10 December",
    are a span), or a week moved by hand from such a week (``MOVED_WEEK``, from a Monday).

    Cheap for a span that is no such week (the precision and the days first, the basis
    last): the timeline's layout asks it of every bar with an end.
    """
    date, end = event.date, event.end
    if (end is None or date.precision is not Precision.DAY
            or end.precision is not Precision.DAY or date.time is not None
            or end.time is not None):
        return False
    first = date.start_day()
    if not 1 <= end.start_day() - first <= WEEK_DAYS - 1:
        return False
    basis = event.date_basis
    if basis.startswith(MOVED_WEEK):
        return first % WEEK_DAYS == 1  # (day 1, 1 January AD 1, was a Monday)
    # (any "the week of" the basis says: a week typed by hand as "the week of 16 December
    # 2026" says its Monday after the words typed, ext158)
    monday = f"{date.day} {MONTH_NAMES[(date.month or 1) - 1]} {date.year}"
    return any(week.group(1) == monday for week in re.finditer(_WEEK_OF, basis))


def week_words(event: Event, short: bool = False) -> str:
    """``event``'s date as a day nobody knows in a week (``told_week``): "some day in the
    week of 23 November 2026" for a whole week, "some day in 30 November – 3 December
    2026" for one cut at the article's day; "about" before the week for a circa one.
    ``short``: "week of 23 November 2026" (a list's cell, as "November 2026" says a
    month), "c. week of …" for a circa one."""
    date, end = event.date, event.end
    assert end is not None
    if short:
        return (f"{'c. ' if date.circa else ''}week of "
                f"{date.with_circa(False).describe()}")
    about = "about " if date.circa or end.circa else ""
    if end.start_day() - date.start_day() == WEEK_DAYS - 1:
        return f"some day in {about}the week of {date.with_circa(False).describe()}"
    plain = describe_range(date.with_circa(False), end.with_circa(False))
    return f"some day in {about}{plain}"


def when_words(event: Event, short: bool = False) -> str:
    """``event``'s date, or its range, in words: ``week_words`` for a week an article named
    (``told_week``), else as ``dates.describe_range`` writes it ("March–June 1965")."""
    if event.end is not None and told_week(event):
        return week_words(event, short)
    return describe_range(event.date, event.end)


def moved_words(old: Event, new: Event) -> str:
    """The words of ``new``, ``old`` moved (dragged, Ctrl+arrow), before its basis says it
    was moved: a week (``told_week``) moved is still one ("Move … to some day in the
    week of 30 November 2026"), though its basis still names the old week."""
    if (new.end is not None and told_week(old) and new.date.start_day() % WEEK_DAYS == 1
            and 1 <= new.end.start_day() - new.date.start_day() <= WEEK_DAYS - 1):
        return week_words(new)
    return when_words(new)
