"""A city lies in the state it is a city of: a telling placed in "Muscat" and one placed in
"Oman" do not differ (verify47 F11)."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import disagreement, find_duplicates


def _talks(event_id: str, title: str, place: str) -> Event:
    return Event(event_id, title, FuzzyDate.of_ymd(2026, 12, 7), category="meeting",
                 participants=("Steve Witkoff", "Abbas Araghchi"), location=place)


def test_a_city_and_its_state_are_not_places_that_differ() -> None:
    """The review said "places differ (Oman / Muscat) … The two disagree — the places told
    differ (Muscat / Oman): choose “Merge, disputed”" for two tellings of one visit."""
    muscat = _talks("a", "Steve Witkoff and Abbas Araghchi meet in Muscat (scheduled)",
                    "Muscat")
    oman = _talks("b", "Steve Witkoff visits Oman (scheduled)", "Oman")
    match = find_duplicates([muscat], [oman]).get("b")
    assert match is not None and "places differ" not in match.reason
    assert disagreement(muscat, oman) == "" and disagreement(oman, muscat) == ""
    assert disagreement(_talks("c", "Talks", "Muscat, Oman"), oman) == ""


def test_a_city_of_another_state_still_differs() -> None:
    muscat = _talks("a", "Talks in Muscat", "Muscat")
    assert "places told differ (Muscat / Riyadh)" in disagreement(
        muscat, _talks("b", "Talks in Riyadh", "Riyadh"))
    assert "places told differ (Muscat / Saudi Arabia)" in disagreement(
        muscat, _talks("c", "Talks", "Saudi Arabia"))
    assert "places told differ (Oman / Pyongyang)" in disagreement(
        _talks("d", "Talks", "Oman"), _talks("e", "Talks", "Pyongyang"))


def test_a_happening_told_as_the_others_context_elsewhere_is_no_duplicate() -> None:
    """verify54 F18: AP's rocket launch at Sohae, whose sentence tells the Seoul summit as
    its context ("just hours after the leaders ... met in Seoul"), was a possible duplicate
    of the summit (sentences 78 % alike) and "Merge, disputed" offered: another kind,
    another place, no one shared."""
    from timeline_app.core.model import Evidence

    day = FuzzyDate.of_ymd(2024, 5, 27)
    summit = Event("s", "Ninth trilateral summit in Seoul adopts joint declaration", day,
                   category="meeting", location="Seoul",
                   participants=("Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"),
                   evidence=(Evidence("The leaders of South Korea, Japan and China met in "
                                      "Seoul for their first trilateral summit in more "
                                      "than four years.", 0, 10, None, None),))
    launch = Event("l", "North Korea's satellite launch fails as rocket explodes", day,
                   category="military", location="Sohae", participants=("North Korea",),
                   evidence=(Evidence("The launch came just hours after the leaders of "
                                      "South Korea, Japan and China met in Seoul for their "
                                      "first trilateral summit in more than four years.",
                                      0, 10, None, None),))
    assert find_duplicates([summit], [launch]) == {}
    # the same telling at one place, or of the same kind, still is one
    there = Event("t", launch.title, day, category="military", location="Seoul",
                  participants=("North Korea",), evidence=launch.evidence)
    assert "t" in find_duplicates([summit], [there])
