"""Stage: the end of an event that lasts, when the text gives it.

An event's date (:mod:`.dating`) is when it starts.  The text often says how long it
lasts, and the candidate then carries an end (``Event.end``, the last day it covers):

- a range of days: "will visit Paris from 3 to 5 June", "between 3 and 5 June";
- a length of days or weeks with the event noun, from a day it starts on: "arrived in
  Hanoi on Tuesday for a three-day official visit" (13-15 October), "a three-day state
  visit from Monday";
- a week the text names ("next week", "last week", TIMEX3 ``2026-W47``): the date is its
  Monday, the end its Sunday (or the article's date, for a week told as done that runs
  past it), neither circa: the text names the week exactly (verify45 F21; the model has no
  week precision, so a week is these seven days);
- what a past perfect tells as going on "since" a date, up to the date its sentence tells
  it reached: "the Peace of Utrecht in 1713, which Britain and France had negotiated in
  secret since 1711" (:func:`_had_since`).

New-user trials 12 and verify12 found such visits shown as one day and "next week" as one
circa day.  Nothing here changes a date, only adds an end: an end that cannot be read
safely is left out (``None``), as before.
"""

from __future__ import annotations

import datetime as _dt
import re

from ...core import FuzzyDate
from ...core.dates import Precision, day_number
from ..timex import Timex
from .dating import (
    LASTS_UNTIL,
    LONGEST_DAYS,
    century_years,
    length_days,
    length_modifier,
    named_week,
    range_end,
    range_of_months,
    range_years,
    timex_to_date,
    year_range,
)
from .inflection import verb_forms
from .mentions import Mention
from .merging import Cluster

__all__ = ["event_end"]

_STARTS_FROM = re.compile(r"\b(?:from|starting|beginning|begins|began|start|starts|opening|open|"
                          r"opens)\s+(?:on\s+)?$", re.IGNORECASE)
"""A date the event starts on: "a three-day state visit | from Monday", "the three-day
session, due to open on | December 9"."""

_FOR_A = re.compile(r"\bfor\s+(?:a|an|his|her|their|its)\s+$", re.IGNORECASE)
""""arrived on Tuesday | for a | three-day visit": a stay that begins with the arrival."""


def event_end(c: Cluster, text: str, timexes: list[Timex],
              dct: _dt.date | None = None) -> tuple[FuzzyDate | None, str]:
    """The last day of the event ``c``, when the text gives it, and how, in words.

    Args:
        c: The event, dated (its ``best`` mention's date).
        text: The article.
        timexes: The article's temporal expressions, in text order.
        dct: The article's date (DCT), if known: an event the text tells as done in a
            week that runs past it ("met this week" in a Thursday's story) ends by then.

    Returns:
        ``(end, words)``: the end as a ``FuzzyDate`` (inclusive: the last day covered,
        as ``Event.end``), and a phrase for the date basis ("to 5 June 2026: 'from 3 to
        5 June'"); ``(None, "")`` when the text gives no end or one not after the date.
    """
    best = c.best
    start = best.date
    t = best.date_timex
    a = best.anchor
    if start is not None and t is None and a is not None and a.unit == "D" and a.sign < 0 and (
            length := length_modifier(text, timexes, best.start, best.seg.start)) and \
            length_days(length) == a.amount:
        # "arrived on Monday after a two-day stop in Kuala Lumpur": the stop's days are
        # the two before the arrival (dating), its end the day before
        end = _plus_days(start, a.amount - 1, start.circa)
        return end, f"'{length.text}': to {end.describe()}" if end else ""
    if start is None or t is None:
        return None, ""
    if (century := century_years(t)) is not None and start == FuzzyDate.of_year(century[0]):
        # "In the 1st century AD the two empires contested Armenia": the whole century
        # (or the whole decade: "the 480s BC")
        end = FuzzyDate.of_year(century[1])
        return end, f"the whole {'decade' if len(t.value) == 5 else 'century'}: to {end.describe()}"
    if _WEEK_VALUE.fullmatch(t.value) and t.mod is None and start.precision is Precision.DAY:
        # "next week": its Monday (circa in dating, where it stands for the week; the
        # candidate drops the circa once the end is here: the week is told exactly,
        # verify45 F21), to its Sunday ("six weeks ago": about that week, circa)
        circa = start.circa and not named_week(t)
        end = _plus_days(start, 6, circa)
        if end is not None and dct is not None and _told_as_done(best) \
                and end.start_day() > (today := day_number(dct.year, dct.month, dct.day)):
            # "The ministers met this week" in a Thursday's story: done, so by the article's
            # date, not on a Sunday still to come (ext14; an end on the date itself is none;
            # "are meeting this week" may go on, and keeps its Sunday)
            if today <= start.start_day():
                return None, ""
            end = FuzzyDate.of_day_number(today, circa)
            return end, f"the week up to the article's date: to {end.describe()}" if end else ""
        return end, f"the whole week: to {end.describe()}" if end else ""
    if (lasting := _lasts_until(c, text, timexes)) is not None:
        return lasting
    if (since := _had_since(best, t, text, timexes)) is not None:
        return since
    if start.precision is Precision.YEAR and (longest := range_years(best, text)) \
            and (last := year_range(t, text, timexes, longest)) is not None \
            and (end := timex_to_date(last)) is not None:
        # "between 2011 and 2012 the two sides held talks": a process over the years the
        # range names (never one act: "signed in 2011 and 2012")
        return end, f"to {end.describe()} ('{text[t.start:last.end]}')"
    if start.precision is Precision.MONTH and _FROM_LAST.search(
            text, max(best.seg.start, t.start - 12), t.start) is not None \
            and (found := range_end(t, text, timexes)) is not None \
            and range_of_months(t, found) and (end := timex_to_date(found)) is not None:
        # "closed for repairs from March to May 2025": the months the range names, to the
        # last one (verify88 F6, ext155: only March was kept)
        return end, f"to {end.describe()} ('{text[t.start:found.end]}')"
    if start.precision is not Precision.DAY:
        return None, ""
    found = range_end(t, text, timexes)
    if found is not None and (end := timex_to_date(found)) is not None and \
            end.precision is Precision.DAY and (_within(start, end) or (
                _A_PERIOD_FROM.search(text, max(best.seg.start, t.start - 60), t.start)
                and 0 < end.start_day() - start.start_day() <= _LONGEST_PERIOD_DAYS)):
        # (a period named as such may run longer than an event: "decides to grant a
        # transition period from 29 January 2025 to 29 July 2025", verify56 A2: no end)
        return end, f"to {end.describe()} ('{text[t.start:found.end]}')"
    for m in sorted(c.mentions, key=lambda x: x.start):
        if m.pos != "noun":
            continue
        length = length_modifier(text, timexes, m.start, m.seg.start)
        if length is None or not _starts_on(t, length, m.start, text, m.seg.start, m.seg.end):
            continue
        words, n = length.text, length_days(length)
        end = _plus_days(start, n - 1, start.circa)
        if end is not None:
            return end, f"'{words}' from that day: to {end.describe()}"
    return None, ""


_FROM_LAST = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
"""'closed | from | March to May': a range's opening word, right before its first month."""
_WEEK_VALUE = re.compile(r"\d{4}-W\d{2}")
_A_PERIOD_FROM = re.compile(r"\b(?:period|moratorium|truce|ceasefire|suspension|mandate|term|"
                            r"window|phase)\s+(?:of\s+(?:[\w-]+\s+){1,3})?(?:from|between)\s+$")
"""A span named as such right before its first date ("a transition period | from 29 January
2025 to 29 July 2025", "a moratorium from ... to ...")."""
_LONGEST_PERIOD_DAYS = 3 * 366
"""How long a named period's range may run (beyond ``LONGEST_DAYS``, an event's)."""


def _told_as_done(m: Mention) -> bool:
    """Whether the text tells ``m`` as done: a verb in a past form ("met", "signed"), not a
    plan, a schedule or a progressive ("are meeting")."""
    return m.pos == "verb" and not (m.scheduled or m.planned) and bool(m.verb) and \
        m.word in verb_forms(m.verb).get("past", ())


def _plus_days(date: FuzzyDate, days: int, circa: bool) -> FuzzyDate | None:
    """The day ``days`` after the day ``date`` (``None`` for a date coarser than a day or
    past the calendar's range)."""
    if date.precision is not Precision.DAY:
        return None
    return FuzzyDate.of_day_number(date.start_day() + days, circa)


def _within(start: FuzzyDate, end: FuzzyDate) -> bool:
    """Whether the day ``end`` is after the day ``start`` by no more than ``LONGEST_DAYS``."""
    if start.precision is not Precision.DAY or end.precision is not Precision.DAY:
        return False
    return 0 < end.start_day() - start.start_day() <= LONGEST_DAYS


_THE_GATHERING_OPENS = re.compile(r"\s*(?:The|These|Those|Their)\s+(?:[\w-]+\s+){0,2}?(?:talks|"
                                  r"negotiations|consultations|meeting|meetings|visit|summit|"
                                  r"session|conference|exercises?|drills?)\b")


def _lasts_until(c: Cluster, text: str, timexes: list[Timex]) -> tuple[FuzzyDate, str] | None:
    """The end a lasting verb gives the event: "began a new round of talks on Wednesday that
    will run until Friday", "held talks in Geneva on Wednesday. The talks will continue until
    the end of March" (ext32: no end, and the Friday was a second beginning).  In the
    event's own sentence after its mention, or in the next sentence when that opens with
    the gathering named again ("The talks ...") and the event is a meeting or a visit.  The
    end is the DATE's own value at its precision (a month for "the end of March"), after
    the start; ``None`` when there is none."""
    best = c.best
    start = best.date
    if start is None:
        return None
    later = [x for x in timexes if x.start > best.end and x.type == "DATE"]
    for x in later:
        in_own = x.end <= best.seg.end
        in_next = not in_own and any(m.category in ("meeting", "visit") for m in c.mentions) and \
            _THE_GATHERING_OPENS.match(text, best.seg.end) is not None and \
            text.find(".", best.seg.end + 1, x.start) == -1
        if not (in_own or in_next):
            break
        lasting = LASTS_UNTIL.search(text, max(best.start, x.start - 40), x.start)
        if lasting is None:
            continue
        end = timex_to_date(x)
        if end is None or end.end_day() <= start.end_day() or \
                end.start_day() - start.start_day() > 3 * 366:
            return None
        return end, f"to {end.describe()} ('{' '.join(text[lasting.start():x.end].split())}')"
    return None


_SINCE_BEFORE = re.compile(r"\bsince\s++(?:the\s++)?$", re.IGNORECASE)
_HAD_BEFORE = re.compile(r"\bhad\s++(?:\w+ly\s++|not\s++|never\s++)?(?:been\s++)?$", re.IGNORECASE)


def _had_since(m: Mention, t: Timex, text: str, timexes: list[Timex]
               ) -> tuple[FuzzyDate, str] | None:
    """The end of what a past perfect tells as going on 'since' a date, up to the date its
    sentence tells it reached: 'the Peace of Utrecht in 1713, which Britain and France had
    negotiated in secret since 1711' is a negotiation of 1711 to 1713 (ext45: dated 1711
    alone).  The end is the nearest other date of the sentence after the start, at its
    precision; ``None`` without 'had ... since', or without such a date."""
    seg = m.seg
    if m.pos != "verb" or not seg.start <= t.start < seg.end or _SINCE_BEFORE.search(
            text, max(seg.start, t.start - 12), t.start) is None \
            or _HAD_BEFORE.search(text, max(seg.start, m.start - 30), m.start) is None:
        return None
    start = timex_to_date(t)
    if start is None:
        return None
    others = [(abs(x.start - t.start), x, end) for x in timexes
              if x is not t and x.type == "DATE" and seg.start <= x.start < seg.end
              and (end := timex_to_date(x)) is not None and end.start_day() > start.end_day()]
    if not others:
        return None
    _, x, end = min(others, key=lambda o: o[0])
    return end, f"to {end.describe()}: 'had {m.word} ... since {t.text}' up to '{x.text}'"


def _starts_on(t: Timex, length: Timex, noun: int, text: str, seg_start: int,
               seg_end: int) -> bool:
    """Whether the date ``t`` is the first day of the stay whose length is ``length``:
    "a three-day state visit from Monday" (a word of starting before a date after the
    noun), or "arrived on Tuesday for a three-day visit" (a date before "for a")."""
    if not seg_start <= t.start < seg_end:
        return False
    if t.start > noun:
        return _STARTS_FROM.search(text, max(seg_start, t.start - 20), t.start) is not None
    return t.end <= length.start and _FOR_A.search(
        text, max(seg_start, length.start - 20), length.start) is not None
