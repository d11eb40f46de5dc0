"""Reading a date a person types into the range of days it covers. Qt-free."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core.parse_date import parse_fuzzy_date


def parse_user_date(text: str) -> tuple[_dt.date, _dt.date] | None:
    """The days ``[start, end)`` that the text names, at its precision, or ``None``.

    ``None`` also for dates ``datetime.date`` cannot hold (before AD 1): callers that
    need those use ``parse_date.parse_typed_date`` and day numbers.
    """
    date = parse_fuzzy_date(text)
    return None if date is None or not date.fits_datetime else (date.start, date.end)
