"""verify78 F10: the axis headed the years from 1900 "20th century" and from 2000 "21st
century", where a historian (and the app's own dates: "the 20th century" typed is
1901-2000, ``dates.century_of``) counts the 20th century as 1901-2000.  Now a century's
or millennium's label says exactly the years its tick opens: by those years for AD
("1900–1999"), as historians count them for BC ("1st century BC", 100-1 BC)."""

from __future__ import annotations

import pytest

from timeline_app.core import dates
from timeline_app.core.dates import day_number, from_day_number
from timeline_app.ui.axis import axis_ticks


def _years_named(label: str) -> tuple[int, int] | None:
    """The astronomical years a label of years names ("1900–1999", "AD 100–199")."""
    if "–" not in label:
        return None
    first, last = label.removeprefix("AD ").split("–")
    return int(first), int(last)


@pytest.mark.parametrize(("first_year", "last_year", "width"), [
    (1965, 2023, 600), (1850, 2025, 900), (-299, 150, 1200), (-499, 800, 1200),
    (-2500, 2030, 1200), (1400, 2030, 700)])
def test_a_period_s_label_names_the_years_its_tick_opens(first_year, last_year, width):  # type: ignore[no-untyped-def]
    first, last = day_number(first_year, 1, 1), day_number(last_year, 12, 31)
    ticks = axis_ticks(first, last, width / (last - first))
    majors = ticks.major
    periods = [tick for tick in majors if not tick.label.endswith("0s")]
    assert periods, [tick.label for tick in majors]
    for tick, after in zip(majors, [*majors[1:], None], strict=True):
        if tick.label.endswith("0s"):
            continue
        year = from_day_number(tick.day)[0]
        end = from_day_number(after.day)[0] - 1 if after is not None else None
        named = _years_named(tick.label)
        if named is not None:
            assert named[0] == year, tick.label
            assert end is None or named[1] == end, (tick.label, end)
            continue
        # an ordinal, BC: every year from the tick to the next is in that period
        for of, words in ((dates.century_of, dates.century_words),
                          (dates.millennium_of, dates.millennium_words)):
            if tick.label.endswith(words(-1).split()[1] + " BC"):
                assert year <= 0 and words(of(year)) == tick.label
                assert end is None or of(end) == of(year), (tick.label, end)
                break
        else:
            raise AssertionError(tick.label)


def test_the_1900_and_2000_ticks_do_not_say_20th_and_21st_century():
    first, last = day_number(1965, 1, 1), day_number(2023, 12, 31)
    labels = [tick.label for tick in axis_ticks(first, last, 600 / (last - first)).major]
    assert "20th century" not in labels and "21st century" not in labels
    assert labels == ["1900–1999", "2000–2099"]
