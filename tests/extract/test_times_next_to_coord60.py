"""verify79 (a2): "said ... in a statement posted shortly before midnight", after a sentence
telling a session ahead ("The talks resume on Thursday"), was dated before the coming Thursday,
then "before 1 December": a past act is not on a day still ahead, and "shortly before" a clock
time is minutes from it, not some time before it (no limit)."""
import datetime as dt

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

TUESDAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(("text", "values"), [
    ("The envoys meet again on Friday. The minister said in a note released shortly before "
     "midnight that the gap had narrowed.", ["2026-12-04", "2026-12-01T24:00"]),
    # guards: a future clause keeps the day ahead; a past day told before stays the anchor
    ("The envoys meet again on Friday and will talk past midnight.",
     ["2026-12-04", "2026-12-04T24:00"]),
    ("The envoys met again on Monday. The minister said in a note released shortly before "
     "midnight that the gap had narrowed.", ["2026-11-30", "2026-11-30T24:00"]),
])
def test_a_bare_midnight_in_a_past_clause_is_not_a_day_ahead(text, values):
    assert [t.value for t in tag_timexes(text, TUESDAY)] == values


ARTICLE = """Envoys meet in Vienna

VIENNA, December 2, 2026 (Reuters) - Envoys of Serbia and Kosovo met in Vienna on Tuesday, \
officials said.

The Serbian side issued a statement shortly before midnight on Tuesday.

The Kosovo side issued a statement just before 10 p.m. on Tuesday.

The two ministers said they would meet again before noon on Friday.
"""


def test_shortly_before_a_clock_time_is_about_then_not_a_limit():
    found = extract_events(ARTICLE, None).candidates
    serbian = next(c.date for c in found if "Serbian side" in c.title)
    kosovo = next(c.date for c in found if "Kosovo side" in c.title)
    assert (serbian.limit, serbian.start_day()) == (None, dt.date(2026, 12, 1).toordinal())
    assert (kosovo.limit, kosovo.start_day()) == (None, dt.date(2026, 12, 1).toordinal())
    assert kosovo.time is not None and kosovo.time.hour == 22
