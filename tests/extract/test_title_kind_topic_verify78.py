"""verify78 F6: New Event "Russia suspends peace treaty talks with Japan" went to the
Treaty lane, and retitling a review's row "Japan-Russia peace treaty talks stall" moved
it there ("Row 5 is now in Treaty"): "treaty" (0.9) outweighed "talks" (0.7), and the
lane's name "Treaty" was a word of the title.  Talks about a treaty are a negotiation:
the pact they are about ("peace treaty talks", "talks on a treaty") tells no kind and
names no lane."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.lane_fit import LaneFit
from timeline_app.extract.title_kind import event_kind, lane_for_title, title_kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Russia suspends peace treaty talks with Japan", "meeting"),
    ("Talks on a peace treaty resume in Moscow", "meeting"),
    ("Armistice talks begin at Panmunjom", "meeting"),
    ("Japan-Russia peace treaty talks stall", "dispute"),  # (a breakdown, verify75 F8)
    # a treaty that is not the talks' topic is still one
    ("Treaty of Aachen signed", "treaty"),
    ("Peace treaty signed after talks", "treaty"),
    ("Macron and Merkel sign Treaty of Aachen", "treaty"),
])
def test_a_pact_the_talks_are_about_tells_no_kind(title: str, kind: str) -> None:
    assert title_kind(title) == kind


def _fit() -> LaneFit:
    """Her lanes (verify78): Treaty, Negotiation, Crisis, Summit, a few events each."""
    day = FuzzyDate.of_day(dt.date(1900, 1, 1))
    events = [Event(f"{lane}{n}", f"{lane} talks between France and Russia #{n}", day,
                    category=lane) for lane in ("Treaty", "Negotiation", "Crisis", "Summit")
              for n in range(6)]
    return LaneFit(events, lambda _lane: False, event_kind)


@pytest.mark.parametrize("title", ["Russia suspends peace treaty talks with Japan",
                                   "Japan-Russia peace treaty talks stall"])
def test_talks_about_a_treaty_do_not_go_to_the_treaty_lane(title: str) -> None:
    assert lane_for_title(title, _fit()) != "Treaty"


def test_a_treaty_signed_still_goes_there() -> None:
    assert lane_for_title("Peace treaty signed in Vienna", _fit()) == "Treaty"
