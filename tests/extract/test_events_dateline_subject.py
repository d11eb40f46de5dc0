"""A lead's first word after a dateline is capitalised as any sentence's first word is:
"MOMBASA, March 4 (Reuters) - Negotiators from Kenya and Uganda met" is a meeting of Kenya
and Uganda, not of "Negotiators" (verify21: "Negotiators meets with Uganda in Mombasa";
without the dateline it was right)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events

DCT = dt.date(2025, 3, 4)


@pytest.mark.parametrize("lead", [
    "MOMBASA, March 4 (Reuters) - Negotiators from Kenya and Uganda met in Mombasa on "
    "Tuesday for peace talks hosted by Tanzania and mediated by Egypt.",
    "Negotiators from Kenya and Uganda met in Mombasa on Tuesday for peace talks hosted by "
    "Tanzania and mediated by Egypt.",
])
def test_negotiators_after_a_dateline_are_no_one(lead: str) -> None:
    first = extract_events(lead, dct=DCT).candidates[0]
    assert first.title == "Kenya and Uganda meet in Mombasa"
    assert "Negotiators" not in first.participants
    assert {"Kenya", "Uganda"} <= set(first.participants)


# verify54 F14, F17: a wire byline on a line of its own above the dateline, as copy pasted
# from a terminal has it, became the lead's actor ("Ju-min Park SEOUL to launch satellite
# rocket", "HYUNG-JIN KIM SEOUL launched"); and "Pyongyang notified ... that it planned" went
# to China, named in the headline.
REUTERS = (
    "North Korea announces satellite launch as China, Japan, South Korea leaders meet\n\n"
    "By Hyonhee Shin and Ju-min Park\n\n"
    "SEOUL, May 27 (Reuters) - North Korea said it would launch a satellite rocket in the "
    "coming days, casting a shadow over the first summit in nearly five years between China, "
    "Japan and South Korea in Seoul on Monday.\n\n"
    "Pyongyang notified Japan's coast guard early on Monday that it planned to launch a "
    "\"satellite rocket\" between May 27 and June 4.\n")


@pytest.mark.parametrize("byline", ["By Hyonhee Shin and Ju-min Park", "By HYUNG-JIN KIM",
                                    "By Jane Doe, John Roe and Ann Poe", ""])
def test_a_byline_above_the_dateline_is_no_actor(byline: str) -> None:
    text = REUTERS.replace("By Hyonhee Shin and Ju-min Park", byline)
    candidates = extract_events(text, dct=dt.date(2024, 5, 27)).candidates
    assert candidates
    for candidate in candidates:
        assert not {"Park", "KIM", "Doe", "Poe", "SEOUL"} & set(
            " ".join(candidate.participants).split()), candidate
        assert "Park" not in candidate.title and "KIM" not in candidate.title
    launch = [c for c in candidates if "launch" in c.title and "satellite" in c.title]
    assert launch and all(c.participants[:1] == ("North Korea",) for c in launch)


def test_the_capital_that_notified_is_the_it_of_its_clause() -> None:
    text = REUTERS.replace("North Korea said it would launch a satellite rocket in the coming "
                           "days, casting", "A satellite launch cast")
    (notified,) = [c for c in extract_events(text, dct=dt.date(2024, 5, 27)).candidates
                   if "satellite rocket" in c.title]
    assert notified.participants[:1] == ("North Korea",)


def test_about_before_a_clock_time_leaves_the_day_whole_and_keeps_the_time() -> None:
    # verify54 F17: "at about 10:44 p.m. Monday" was c. 27 May, the time dropped
    text = ("SEOUL, South Korea (AP) — The rocket carrying the reconnaissance satellite blew "
            "up after it was launched from the Sohae launching ground at about 10:44 p.m. "
            "Monday, the Korean Central News Agency said.")
    (launch,) = [c for c in extract_events(text, dct=dt.date(2024, 5, 28)).candidates
                 if c.date.year == 2024]
    assert not launch.date.circa and launch.date.day == 27
    assert launch.date.time is not None and (launch.date.time.hour, launch.date.time.minute) \
        == (22, 44)
