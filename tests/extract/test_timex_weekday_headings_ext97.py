"""Days of a programme headed by a bare weekday ('Tuesday: The King lays a wreath ...') (ext97).

A story dated the day before a visit laid its programme out a paragraph a day, each headed by
its weekday; the days told in the present or without a verb were put in the week before the
dateline (news defaults to the past), so the visit's events came out before it was announced.
A paragraph that looks ahead is the coming day's, one that tells the past the day before's,
and one in the present takes the tense of the list's other days.  The text is written for
these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events, tag_timexes

DCT = dt.date(2025, 10, 27)  # a Monday

PROGRAMME = (
    "LONDON, 27 October 2025 (Reuters) - King Charles will begin a state visit to Kenya on "
    "Tuesday, Buckingham Palace said.\n\n"
    "The programme of the visit:\n\n"
    "Tuesday: The King and Queen are welcomed by President William Ruto at State House and "
    "attend a state banquet.\n\n"
    "Wednesday: The King lays a wreath at the Tomb of the Unknown Warrior in Nairobi.\n\n"
    "Thursday: Visit to a marine reserve in Mombasa, where the King meets conservation "
    "workers.\n\n"
    "Friday: The King will meet religious leaders before flying back to London.\n")


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, DCT) if t.text in (
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Monday")}


def test_the_days_of_a_programme_ahead_are_the_coming_ones():
    values = _values(PROGRAMME)
    assert values == {"Tuesday": "2025-10-28", "Wednesday": "2025-10-29",
                      "Thursday": "2025-10-30", "Friday": "2025-10-31"}


def test_a_days_heading_told_in_the_past_is_the_day_before():
    diary = ("LONDON, 27 October 2025 (Reuters) - The King returned from Kenya on Sunday.\n\n"
             "Thursday: The King met conservation workers in Mombasa.\n\n"
             "Friday \u2013 The royal couple attended a service at the cathedral.\n")
    values = _values(diary)
    assert values["Thursday"] == "2025-10-23" and values["Friday"] == "2025-10-24"


def test_a_programme_told_only_in_the_present_keeps_the_past_reading():
    # (nothing says the days are ahead: a diary of the week before, in the historic present)
    diary = ("LONDON, 27 October 2025 (Reuters) - How the talks unfolded.\n\n"
             "Thursday: Ministers meet in Geneva.\n\n"
             "Friday: The talks break down.\n")
    values = _values(diary)
    assert values["Thursday"] == "2025-10-23" and values["Friday"] == "2025-10-24"


def test_a_weekday_inside_a_sentence_is_no_heading():
    text = ("LONDON, 27 October 2025 (Reuters) - Talks resumed on Thursday: ministers will meet "
            "again in Geneva.\n")
    assert _values(text)["Thursday"] == "2025-10-23"


def test_the_programmes_events_come_after_the_dateline():
    result = extract_events(PROGRAMME)
    assert result.dct == DCT
    assert result.candidates
    assert all(c.date.year == 2025 and (c.date.month, c.date.day or 0) >= (10, 28)
               for c in result.candidates)
