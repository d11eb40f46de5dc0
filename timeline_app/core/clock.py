"""A time of day as a source wrote it: an hour, or an hour and minute, of a local clock.

A ``ClockTime`` is the part after the ``T`` of a TIMEX3 value (TimeML 1.2.1, whose values
follow ISO 8601): ``2025-03-22T10:30`` is minute precision, ``2025-03-22T10`` hour
precision, and ISO 8601's ``Z`` or ``+09:00`` after it a UTC offset.  It is kept as
written: the local clock time, with the offset only when the source gave one (a
TimelineJS slide has none; an iCalendar DTSTART may be floating, UTC or in a TZID).
Nothing is converted to UTC, because a clock time without an offset cannot be, and a
summit's "talks began at 10:30 local time" is what a reader of its timeline checks.

It lives beside a day, never alone: ``FuzzyDate.time`` (``core.dates``) of a date of day
precision.  Seconds are not kept (no diplomatic source gives them; an iCalendar
``T103000`` is 10:30).
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["MAX_OFFSET_MINUTES", "ClockTime", "now", "today"]

MAX_OFFSET_MINUTES = 18 * 60
"""The largest UTC offset, in minutes either way: ISO 8601-1:2019 and RFC 3339 allow any
offset to ±23:59, but the civil time zones in use run from UTC−12:00 to UTC+14:00, and
``datetime.timezone`` refuses ±24:00; ±18:00 is what ``java.time.ZoneOffset`` accepts."""

# The time after a TIMEX3 or ISO 8601 day's "T": hh, hh:mm or hhmm, optional :ss or ss
# (dropped), then Z or ±hh[:mm] / ±hhmm.  Both patterns are compiled on first use (by
# ``re``'s cache), not when ``core.dates`` imports this module before the first paint:
# 1.6 M instructions of every start (issue 11; benchmarks/README.md, "Session 38,
# start41"; ``tests/ui/test_startup.py`` holds the rule).
_ISO_TIME = (r"(?P<hour>\d\d)(?::?(?P<minute>\d\d)(?::?\d\d(?:[.,]\d+)?)?)?"
             r"(?P<offset>Z|[+-]\d\d(?::?\d\d)?)?")
_OFFSET = r"(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d\d))?"


class ClockTime:
    """An hour, or an hour and minute, of a day, with the UTC offset the source gave.

    Immutable, compared and hashed by its fields, as a frozen dataclass; written by hand
    (slots, no ``@dataclass``): ``core.dates`` imports it before the first paint, where a
    dataclass's generated methods cost ~0.3 ms to define (``timeline_app.records``;
    ``tests/ui/test_startup.py`` holds the rule).

    Attributes:
        hour: 0-23 (24-hour clock).
        minute: 0-59 for minute precision; ``None`` for a time known to the hour.
        offset: Minutes east of UTC (``540`` for +09:00, ``0`` for UTC, ``-300`` for
            -05:00), at most ``MAX_OFFSET_MINUTES`` either way; ``None`` for a local
            clock time with no offset given (TimelineJS, a floating iCalendar time).

    Raises:
        ValueError: From the constructor, for an hour, minute or offset out of range.
    """

    __slots__ = ("hour", "minute", "offset")
    hour: int
    minute: int | None
    offset: int | None

    def __init__(self, hour: int, minute: int | None = None, offset: int | None = None) -> None:
        if not 0 <= hour <= 23:
            raise ValueError(f"hour {hour} is not 0-23")
        if minute is not None and not 0 <= minute <= 59:
            raise ValueError(f"minute {minute} is not 0-59")
        if offset is not None and not -MAX_OFFSET_MINUTES <= offset <= MAX_OFFSET_MINUTES:
            raise ValueError(f"a UTC offset of {offset} minutes is beyond ±18:00")
        setattr_ = object.__setattr__
        setattr_(self, "hour", hour)
        setattr_(self, "minute", minute)
        setattr_(self, "offset", offset)

    def _key(self) -> tuple[int, int | None, int | None]:
        return self.hour, self.minute, self.offset

    def __eq__(self, other: object) -> bool:
        if other.__class__ is ClockTime:
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"ClockTime(hour={self.hour!r}, minute={self.minute!r}, offset={self.offset!r})"

    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[ClockTime], tuple[int, int | None, int | None]]:
        return ClockTime, self._key()

    @property
    def precision_words(self) -> str:
        """``"minute"`` or ``"hour"``: what the detail pane says after the date."""
        return "hour" if self.minute is None else "minute"

    def minute_of_day(self) -> int:
        """Minutes since midnight of the clock time as written (0-1439; an hour counts
        from its start): how a day's events are ordered and placed within the day."""
        return self.hour * 60 + (self.minute or 0)

    def day_fraction(self) -> float:
        """Where in its day the time is, as a fraction of the day (0-1): a minute at its
        middle, an hour at its middle ("10h" is 10:00-10:59, drawn at 10:30), as a day
        with no time is drawn at the day's middle (0.5).  What the timeline view adds to a
        timed day's day number to place it (``ui.scale.point_day``)."""
        minutes = self.hour * 60 + (30.0 if self.minute is None else self.minute + 0.5)
        return minutes / 1440.0

    def without_offset(self) -> ClockTime:
        return ClockTime(self.hour, self.minute)

    # -- ISO 8601 / TIMEX3 ------------------------------------------------------------
    def to_iso(self) -> str:
        """The time as a TIMEX3 value writes it after the day's ``T``: ``"10:30"``,
        ``"10"`` (hour precision), ``"10:30+09:00"``, ``"10:30Z"`` (UTC)."""
        text = f"{self.hour:02d}" if self.minute is None else f"{self.hour:02d}:{self.minute:02d}"
        return text + self.offset_iso()

    def offset_iso(self) -> str:
        """``""``, ``"Z"`` or ``"+09:00"`` / ``"-05:30"``."""
        if self.offset is None:
            return ""
        if self.offset == 0:
            return "Z"
        sign = "+" if self.offset > 0 else "-"
        hours, minutes = divmod(abs(self.offset), 60)
        return f"{sign}{hours:02d}:{minutes:02d}"

    @classmethod
    def from_iso(cls, text: str) -> ClockTime:
        """Read what ``to_iso`` writes, and ISO 8601's basic forms (``1030``,
        ``103000Z``, ``10:30:15+0900``; seconds dropped).

        Raises:
            ValueError: ``text`` is not such a time, or a field is out of range.
        """
        m = re.fullmatch(_ISO_TIME, text)
        if not m:
            shown = repr(text) if len(text) <= 40 else repr(text[:37]) + "..."
            raise ValueError(f"{shown} is not a time of day (hh, hh:mm, with Z or ±hh:mm)")
        minute = None if m["minute"] is None else int(m["minute"])
        return cls(int(m["hour"]), minute, None if m["offset"] is None
                   else parse_offset(m["offset"]))

    # -- words --------------------------------------------------------------------------
    def describe(self) -> str:
        """The time as a wire story writes it on a 24-hour clock: ``"10:30"``; a time known
        to the hour ``"10h"`` (the hour alone, as AFP's and European style write it,
        never ``"10:00"``, which claims the minute); an offset after it: ``"10:30 UTC"``,
        ``"10:30 UTC+09:00"``.  ``parse_date`` reads each back."""
        text = f"{self.hour}h" if self.minute is None else f"{self.hour:02d}:{self.minute:02d}"
        if self.offset is None:
            return text
        offset = self.offset_iso()
        return f"{text} UTC" if offset == "Z" else f"{text} UTC{offset}"

    def __str__(self) -> str:
        return self.describe()


def parse_offset(text: str) -> int:
    """Minutes east of UTC of ``"Z"``, ``"+09:00"``, ``"+0900"``, ``"+9"``, ``"-05:30"``.

    Raises:
        ValueError: Not an offset, or beyond ``MAX_OFFSET_MINUTES``.
    """
    if text in ("Z", "z"):
        return 0
    m = re.fullmatch(_OFFSET, text)
    if not m:
        raise ValueError(f"{text!r} is not a UTC offset (Z, +hh:mm or -hh:mm)")
    minutes = int(m["hours"]) * 60 + int(m["minutes"] or 0)
    if int(m["minutes"] or 0) > 59 or minutes > MAX_OFFSET_MINUTES:
        raise ValueError(f"{text} is beyond the UTC offsets of ±18:00")
    return minutes if m["sign"] == "+" else -minutes


def today() -> _dt.date:
    """The computer's date: the day "today", "yesterday" or "last Tuesday" typed in the
    event editor, Go to Date or Filters → From/To is counted from, and where the
    timeline's today line stands (``ui/view_axis.py``).

    The one place the GUI asks for it, so that a test fixes the clock by replacing this
    function (``monkeypatch.setattr(clock, "today", …)``); callers call it through the
    module (``clock.today()``), never a copy imported by name.
    """
    return _dt.date.today()


def now() -> _dt.datetime:
    """The computer's local time (naive), as ``today`` gives its date: Go to Date's "the
    last 24 hours" ends at it.  Replaced together with ``today`` by a test."""
    return _dt.datetime.now()
