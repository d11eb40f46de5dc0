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


def _kim(event_id: str, title: str, place: str, sentence: str, category: str) -> Event:
    from timeline_app.core.model import Evidence

    return Event(event_id, title, FuzzyDate.of_ymd(2023, 9, 13), category=category,
                 participants=("North Korea", "Russia"), location=place,
                 evidence=(Evidence(sentence, 0, len(sentence)),))


def test_a_place_told_inside_a_part_of_a_state_does_not_differ_from_it() -> None:
    """verify54 F6: "Kim visits Russia's Far East" / "Kim and Putin meet in Vostochny" (the
    Vostochny Cosmodrome is in Russia's Far East), the same parties on one day: their
    places share no word, so the rule on the same parties never offered them."""
    far_east = _kim("a", "Kim Jong Un visits Russia's Far East", "Russia's Far East",
                    "Kim Jong Un arrived in Russia's Far East by armoured train.", "visit")
    cosmodrome = _kim("b", "Kim and Putin meet in Vostochny", "Vostochny Cosmodrome",
                      "The two leaders met at the Vostochny Cosmodrome in Russia's Far "
                      "East on Wednesday.", "meeting")
    for existing, incoming in ((far_east, cosmodrome), (cosmodrome, far_east)):
        match = find_duplicates([existing], [incoming]).get(incoming.id)
        assert match is not None and "places differ" not in match.reason
        assert "places told differ" not in disagreement(existing, incoming)
    # the part's own telling may tie them ("... where he met Putin at the cosmodrome")
    told_there = _kim("c", "Kim Jong Un visits Russia's Far East", "Russia's Far East",
                      "Kim travelled to Russia's Far East, where he met Putin at the "
                      "Vostochny Cosmodrome.", "visit")
    plain = _kim("d", "Kim and Putin meet in Vostochny", "Vostochny Cosmodrome",
                 "The two leaders met on Wednesday.", "meeting")
    assert "d" in find_duplicates([told_there], [plain])
    # a place told with its state ("Russia's Vostochny Cosmodrome") is in the state itself
    in_russia = _kim("e", "Kim and Putin meet in Vostochny", "Vostochny Cosmodrome",
                     "Kim Jong Un met Vladimir Putin at Russia's Vostochny Cosmodrome.",
                     "meeting")
    assert "e" in find_duplicates([_kim("f", "Kim visits Russia", "Russia",
                                        "Kim Jong Un went to Russia.", "visit")], [in_russia])


def test_places_nothing_ties_still_differ() -> None:
    """The app does not know where in a state a place lies: a known city of the state, or a
    place no telling ties to the part, still differs from a part of it; a place of another
    state as told differs from the state."""
    far_east = _kim("a", "Kim Jong Un visits Russia's Far East", "Russia's Far East",
                    "Kim Jong Un arrived in Russia's Far East by armoured train.", "visit")
    moscow = _kim("m", "Kim and Putin meet in Moscow", "Moscow",
                  "The two leaders met in Moscow on Wednesday.", "meeting")
    untied = _kim("u", "Kim and Putin meet in Vostochny", "Vostochny Cosmodrome",
                  "The two leaders met at Russia's Vostochny Cosmodrome.", "meeting")
    for other in (moscow, untied):
        assert find_duplicates([far_east], [other]) == {}
        assert "places told differ" in disagreement(far_east, other)
    elsewhere = _kim("p", "Kim and Putin meet in Pyongyang", "Pyongyang",
                     "The two leaders met in Pyongyang, not in Russia.", "meeting")
    russia = _kim("r", "Kim visits Russia", "Russia", "Kim Jong Un went to Russia.", "visit")
    assert find_duplicates([russia], [elsewhere]) == {}


def test_a_venue_lies_in_its_city_and_its_state() -> None:
    """ext72's left-over: "Ilham Aliyev and Nikol Pashinyan initial peace agreement in White
    House" (Al Jazeera) and "Armenia and Azerbaijan initial peace agreement at the Washington
    summit" (AP), August 2025, were kept apart by their places (``gazetteer.VENUES``)."""
    white_house = _talks("a", "Steve Witkoff and Abbas Araghchi meet in White House",
                         "White House")
    for place in ("Washington", "United States", "the White House, Washington"):
        other = _talks("b", "Steve Witkoff and Abbas Araghchi meet", place)
        assert disagreement(white_house, other) == "" and disagreement(other, white_house) == ""
        match = find_duplicates([white_house], [other]).get("b")
        assert match is not None and "places differ" not in match.reason
    # a venue of another city, or a room of any building, still differs
    assert "places told differ" in disagreement(white_house, _talks("c", "Talks", "Kremlin"))
    assert "places told differ" in disagreement(_talks("d", "Talks", "East Room"),
                                                _talks("e", "Talks", "Moscow"))


def test_every_venue_s_city_is_a_city_the_gazetteer_knows() -> None:
    from timeline_app.core.gazetteer import CITIES, VENUES

    assert [city for city in VENUES.values() if city not in CITIES] == []
