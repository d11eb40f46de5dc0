"""An article badge's date (``TimelineView._article_label``) is formatted with strftime
once a month, not once a day: a pan at a year's zoom at 100 000 events names ~40 new
days a frame (issue 11, session 17, frames19).  Structural, never timed: the texts are
those of strftime for every day, and a month's "%b %Y" is made once."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import Timeline


def test_article_labels_are_strftimes_with_one_format_a_month(shown_view):
    """Every day of 1998-2001 and a few of the first centuries (years under 1000, where
    "%Y" is as strftime writes it) is labelled as ``f"Article · {day} {date:%b %Y}"``,
    and the months' texts are 12 a year (on the code before no month was kept apart)."""
    view = shown_view(Timeline(), fit=False)
    first, last = _dt.date(1998, 1, 1).toordinal(), _dt.date(2001, 12, 31).toordinal()
    days = [*range(first, last + 1), _dt.date(1, 1, 1).toordinal(),
            _dt.date(999, 12, 31).toordinal(), _dt.date(1066, 10, 14).toordinal()]
    for day in days:
        date = _dt.date.fromordinal(day)
        assert view._article_label(day) == f"Article · {date.day} {date:%b %Y}"
    assert len(view._article_months) == 4 * 12 + 3
