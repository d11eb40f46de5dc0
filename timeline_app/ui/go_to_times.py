"""Go to Date's times of day: a date with a time, a time alone, a range of times and
"the last 24 hours", read as the instants the timeline draws them at.

verify77 F14: a desk editor following one truce story through updates timed to the
minute ("06:00 GMT on Wednesday", "at 10:00 EST on Thursday") typed "2 December 2026
06:00" and was shown the whole day among its fortnight; "06:00" alone and
"06:00–18:00" were refused, and nothing showed "the last 24 hours".

An instant is a day number plus the fraction of the day its clock time is into it, the
clock as written (``core.clock``: never converted by its UTC offset, as the view places
an event's time, ``scale.point_day``), from the start of its minute (or of its hour, for
a time known to the hour: "10h").  Qt-free, so that it is tested without a display.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import NamedTuple

from timeline_app.core.dates import FuzzyDate, day_number
from timeline_app.core.parse_date import ParseResult
from timeline_app.ui.dates_input import day_words

__all__ = ["POINT_HOURS_SHOWN", "TimeSpan", "instant", "read_times", "span_words"]

#: A single time gone to is shown with this many hours of its day around it (half on
#: each side): a wire desk's morning of updates, each at its time.
POINT_HOURS_SHOWN = 12.0

_MINUTE = 1 / 1440


class TimeSpan(NamedTuple):
    """What Go to Date shows for a text with times of day.

    Attributes:
        first: The first instant (a day number plus a fraction of the day; float).
        last: The instant it ends at (float, after ``first``); for a single time, the
            end of its minute (or hour).
        words: The span in words for the mark on the timeline ("2 December 2026,
            06:00–18:00").
        feedback: How it was read, for the status line ("2 December 2026, 06:00–18:00
            — 12 hours").
        point: A single time (shown with ``POINT_HOURS_SHOWN`` hours around it), not a
            range.
    """

    first: float
    last: float
    words: str
    feedback: str
    point: bool


def instant(date: FuzzyDate) -> float:
    """The instant ``date`` starts at: its first day plus its clock time's minutes since
    midnight (the start of its minute, or of its hour; 0 for a date without a time)."""
    time = date.time
    return date.start_day() + (0.0 if time is None else time.minute_of_day() * _MINUTE)


def _time_end(date: FuzzyDate) -> float:
    """The instant the time of ``date`` ends: a minute after its start, an hour for a
    time known to the hour."""
    time = date.time
    return instant(date) + (_MINUTE if time is not None and time.minute is not None
                            else 1 / 24)


def span_words(first: float, last: float) -> str:
    """How long ``[first, last)`` lasts in words: "12 hours", "1 hour 30 minutes",
    "45 minutes", "2 days 6 hours" (rounded to the minute)."""
    minutes = round((last - first) * 1440)
    days, minutes = divmod(minutes, 1440)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{n} {unit}{'s' * (n != 1)}" for n, unit in
             ((days, "day"), (hours, "hour"), (minutes, "minute")) if n]
    return " ".join(parts) or "0 minutes"


def _clock(first: float) -> str:
    minutes = round((first - int(first)) * 1440)
    if minutes == 1440:
        return "24:00"
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _instant_words(moment: float) -> str:
    """"3 December 2026, 14:05" for an instant (the clock as the view draws it)."""
    day = int(moment)
    if moment - day >= 1 - _MINUTE / 2:
        day += 1
        moment = float(day)
    return f"{day_words(day)}, {_clock(moment)}"


def _range_words(first: float, last: float) -> str:
    """"2 December 2026, 06:00–18:00" within a day; across days, each instant whole."""
    if int(first) == int(last) or (last == int(last) and int(last) - 1 == int(first)):
        end = "24:00" if last == int(last) and last > first else _clock(last)
        return f"{day_words(int(first))}, {_clock(first)}–{end}"
    return f"{_instant_words(first)} – {_instant_words(last)}"


# The separators of a range of times, after a time ("06:00–18:00", "06:00 to 18:00").
_SEPARATORS = ("–", "—", " to ", " until ", " till ", "-")
_FROM = re.compile(r"\b(?:from|between)\b ?", re.IGNORECASE)


def _last(text: str, now: _dt.datetime) -> TimeSpan | None:
    """"the last 24 hours", "past 6 hours", "in the last hour", "last 2 days": the
    hours or days up to ``now``; None for any other text (read word by word: no
    pattern of nested repeats)."""
    words = text.lower().split()
    for lead in ("in", "the"):
        if words[:1] == [lead]:
            words = words[1:]
    if len(words) not in (2, 3) or words[0] not in ("last", "past") \
            or words[-1] not in ("hour", "hours", "day", "days"):
        return None
    count = 1
    if len(words) == 3:
        if words[1].isdigit() and len(words[1]) <= 4:
            count = int(words[1])
        elif words[1] not in ("a", "an", "one"):
            return None
    hours = words[-1].startswith("hour")
    if count == 0:
        return None
    last = day_number(now.year, now.month, now.day) + (now.hour * 60 + now.minute) * _MINUTE
    first = last - (count / 24 if hours else count)
    unit = ("hour" if hours else "day") + "s" * (count != 1)
    said = f"the last {count} {unit}" if count != 1 else f"the last {unit}"
    words = _range_words(first, last)
    return TimeSpan(first, last, words, f"{said}, to this computer's clock: {words}", False)


def read_times(text: str, read: Callable[[str], ParseResult], day: int,
               now: _dt.datetime) -> TimeSpan | str | None:
    """What Go to Date shows for ``text`` when it names times of day, else None (a date
    or a range of days: read as before).

    Read, in this order:

    - "the last 24 hours", "past 6 hours", "last 2 days": up to ``now`` (the computer's
      clock, as "today" is its date);
    - a date with a time ("2 December 2026 06:00", "2 December 2026, 10:00 EST"), or a
      range whose ends have times ("2 December 2026 18:00 to 3 December 2026 06:00"):
      as ``read`` reads it (``dates_input.read_date``);
    - a range of times after a date or alone ("2 December 2026, 06:00–18:00", "from
      06:00 to 18:00", "22:00-02:00": an end before the start is the next day's);
    - a time alone ("06:00", "6 pm", "10:00 EST"): on ``day``, the day drawn in the
      middle of the view.

    Args:
        text: What was typed.
        read: Reads a date or a range as Go to Date does (``read_date`` with today).
        day: The day number a time typed without a date is on.
        now: The computer's local time.

    Returns:
        The instants to show; why not, when the text is a time of day that is none
        ("25:00": "hours run 0–23 …"); or None when the text names no time of day (or
        does not read at all: Go to Date then says why as before).
    """
    text = " ".join(text.split())
    if not text:
        return None
    if (span := _last(text, now)) is not None:
        return span
    whole = read(text)
    if whole.date is not None:
        return _of_result(whole)
    # A range of times: the last separator that leaves a time after it.
    for separator in _SEPARATORS:
        cut = text.rfind(separator)
        if cut <= 0:
            continue
        left, right = text[:cut].strip(" ,"), text[cut + len(separator):].strip(" ,")
        left = _FROM.sub("", left).strip(" ,")
        start = _timed(left, read, day)
        if start is None or not right:
            continue
        end = read(f"{day_words(start.start_day())} {right}")
        if end.date is None or end.date.time is None or end.end is not None:
            continue
        first, last = instant(start), instant(end.date)
        if last <= first:
            last += 1  # "22:00-02:00": into the next day
        words = _range_words(first, last)
        return TimeSpan(first, last, words, f"{words} — {span_words(first, last)}", False)
    alone = _timed(text, read, day)
    if alone is None:
        if text[:1].isdigit() and ":" in text:  # a time of day that is none: "25:00"
            error = read(f"{day_words(day)} {text}").error
            if error is not None and "time of day" in error:
                return error
        return None
    first = instant(alone)
    words = alone.describe()
    return TimeSpan(first, _time_end(alone), words,
                    f"{words} — {POINT_HOURS_SHOWN:g} hours around it", True)


def _timed(text: str, read: Callable[[str], ParseResult], day: int) -> FuzzyDate | None:
    """The date with a time ``text`` reads as, alone or on ``day`` (a time typed
    without its date), else None."""
    result = read(text)
    if result.date is not None:
        return result.date if result.date.time is not None and result.end is None else None
    if not text[:1].isdigit():
        return None
    result = read(f"{day_words(day)} {text}")
    date = result.date
    return date if date is not None and date.time is not None and result.end is None else None


def _of_result(result: ParseResult) -> TimeSpan | None:
    """The span of a date or range read whole, when a time of day is in it."""
    date, end = result.date, result.end
    assert date is not None
    if date.time is None and (end is None or end.time is None):
        return None
    if end is None:
        first = instant(date)
        words = date.describe()
        return TimeSpan(first, _time_end(date), words,
                        f"{result.feedback()} ({POINT_HOURS_SHOWN:g} hours around it)", True)
    first = instant(date)
    last = instant(end) if end.time is not None else float(end.end_day())
    if last <= first:
        last = first + _MINUTE
    words = _range_words(first, last)
    return TimeSpan(first, last, words, f"{words} — {span_words(first, last)}", False)
