"""``core.relatedness``: a timeline whose events name no one and no place is compared with
an article by its words, lanes and years (verify80 F14)."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Precision
from timeline_app.core.relatedness import shares_story, story_words


def _event(i: str, year: int, title: str, category: str = "event") -> Event:
    return Event(id=i, date=FuzzyDate(year, precision=Precision.YEAR), category=category,
                 title=title)


RELEASES = [_event("r1", 2009, "Timeline 0.5.0", "Release"),
            _event("r2", 2020, "Timeline 2.3.0", "Planned Release")]
ARMS = [_event("a1", 1969, "Strategic arms talks open in Helsinki", "meeting"),
        _event("a2", 1972, "Interim agreement on offensive arms signed", "treaty")]


def test_story_words_leave_numbers_and_chronicle_words_out() -> None:
    assert story_words(["Timeline 1.2.0", "The first talks in 1972"]) == {"talks"}


def test_a_release_history_shares_nothing_with_an_arms_control_story() -> None:
    shared = shares_story(RELEASES, "Releases", "How the strategic arms talks began", ARMS)
    assert not shared and not shared.words and not shared.overlap


def test_two_words_in_common_relate_whatever_the_years() -> None:
    mine = [_event("m1", 1990, "Arms talks resume"), _event("m2", 1991, "Strategic review")]
    assert shares_story(mine, "Notes", "Arms control", ARMS)


def test_one_word_or_a_lane_relates_only_within_the_timelines_years() -> None:
    near = [_event("n1", 1968, "Helsinki preparations"), _event("n2", 1975, "Other")]
    far = [_event("f1", 2001, "Helsinki preparations"), _event("f2", 2005, "Other")]
    assert shares_story(near, "Notes", "", ARMS)
    assert not shares_story(far, "Notes", "", ARMS)
    lanes = [_event("l1", 1968, "Signed", "Treaty"), _event("l2", 1980, "Kept", "Treaty")]
    assert shares_story(lanes, "Notes", "", ARMS)
    neutral = [_event("e1", 1968, "Opened"), _event("e2", 1980, "Kept")]
    assert not shares_story(neutral, "Notes", "", [*ARMS, _event("a3", 1970, "Done")])
