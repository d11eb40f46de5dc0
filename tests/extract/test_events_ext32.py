"""Session 23, ext32: spans and places on real news.  Each rule is checked on a sentence of
the kind the brief names and a variant:

- "from Monday to Wednesday": the range's end is the Wednesday after the Monday (it was
  read alone, as the DCT's Wednesday before the Monday), so the visit gets its span;
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events, tag_timexes

WEDNESDAY = dt.date(2026, 3, 4)


def _values(text: str, dct: dt.date = WEDNESDAY) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct)}


# ------------------------------------------------------------ a range of weekdays
def test_a_weekday_ending_a_range_is_after_its_start() -> None:
    values = _values("Modi will visit Japan from Monday to Wednesday, the ministry said.")
    assert values == {"Monday": "2026-03-09", "Wednesday": "2026-03-11"}
    values = _values("The summit will be held between Thursday and Saturday in Berlin.")
    assert values == {"Thursday": "2026-03-05", "Saturday": "2026-03-07"}


def test_a_weekday_range_end_after_its_start_already_keeps_its_reading() -> None:
    # (TimeBank wsj_0570: "from Sept. 14 to Thursday" is the DCT's Thursday)
    values = _values("Shares were bought from Sept. 14 to Thursday.", dt.date(1989, 10, 30))
    assert values["Thursday"] == "1989-10-26"
    # two days, not a range: no "between"
    assert _values("He met Merz on Monday and Wednesday.")["Wednesday"] == "2026-03-04"


def test_a_visit_from_monday_to_wednesday_spans_the_three_days() -> None:
    text = ("NEW DELHI, March 4 - Indian Prime Minister Narendra Modi will visit Japan from "
            "Monday to Wednesday, the foreign ministry said.\n")
    (visit,) = extract_events(text, dct=WEDNESDAY).candidates
    assert visit.end is not None
    assert (visit.date.to_timex()[0], visit.end.to_timex()[0]) == ("2026-03-09", "2026-03-11")
