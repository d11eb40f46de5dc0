"""One happening told by four outlets, offered as a duplicate once (verify45 F7, a think-tank
researcher's six articles on the Grand Ethiopian Renaissance Dam): AP's "Abiy Ahmed
inaugurates dam" (9 September 2025) beside the Ethiopian ministry's "GERD inaugurated" (the
same day, the same kind) and Reuters' "Ethiopia inaugurates 5,150-megawatt dam" (September
2025) was "not like any event already in the timeline" (titles 47-64 % alike, sentences
under a sixth alike); AP's "Egypt declared the talks over on Dec. 19, 2023" beside Reuters'
"talks collapsed in December 2023" likewise.  The sentences are the articles'."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates, title_similarity
from timeline_app.extract.event_vocabulary import CATEGORIES

AP = ("Prime Minister Abiy Ahmed formally inaugurated the dam on Sept. 9, 2025, in a ceremony "
      "attended by Kenyan President William Ruto, Djibouti's President Ismail Omar Guelleh and "
      "Somalia's President Hassan Sheikh Mohamud.")
MINISTRY = ("Ethiopia recalls that the GERD was inaugurated on 9 September 2025 (Pagume 4, 2017 "
            "E.C.) in the presence of Heads of State of the region, a historic day for all "
            "Ethiopians and for Africa.")
REUTERS = ("Ethiopia inaugurated the 5,150-megawatt dam in September 2025 after more than a "
           "decade of construction.")
AP_TALKS = ("Egypt declared the talks over on Dec. 19, 2023, saying Ethiopia had rejected every "
            "compromise offered.")
REUTERS_TALKS = ("The African Union said last week it would convene the water ministers of the "
                 "three countries in Addis Ababa on Dec. 15-16, the first trilateral meeting "
                 "since talks collapsed in December 2023.")


def _event(event_id: str, title: str, date: FuzzyDate, category: str, sentence: str,
           participants: tuple[str, ...] = (), place: str = "") -> Event:
    return Event(event_id, title, date, category=category, participants=participants,
                 location=place, evidence=(Evidence(sentence, 0, len(sentence)),))


def _ap() -> Event:
    return _event("ap", "Abiy Ahmed inaugurates dam", FuzzyDate.of_ymd(2025, 9, 9), "event", AP,
                  ("Abiy Ahmed", "Ethiopia"))


def test_the_same_act_of_the_same_dam_told_as_its_acronym_is_offered():
    ministry = _event("row0", "GERD inaugurated", FuzzyDate.of_ymd(2025, 9, 9), "event", MINISTRY)
    assert title_similarity(ministry.title, _ap().title) < 70
    for existing, incoming in ((_ap(), ministry), (ministry, _ap())):
        match = find_duplicates([existing], [incoming], CATEGORIES)[incoming.id]
        assert not match.likely
        assert "the same act (inaugurate: dam / GERD)" in match.reason


def test_the_same_act_a_day_inside_the_other_outlets_month_is_offered():
    reuters = _event("row1", "Ethiopia inaugurates 5,150-megawatt dam", FuzzyDate.of_month(2025, 9),
                     "event", REUTERS, ("Ethiopia",))
    match = find_duplicates([_ap()], [reuters], CATEGORIES)["row1"]
    # (likely since session 62, fix89: the same act whose day the month holds, the row's
    # parties among the event's, is cited by default, not ticked "Keep both": verify85 F1)
    assert match.likely and "the same act (inaugurate: dam)" in match.reason
    assert find_duplicates([reuters], [_ap()], CATEGORIES)["ap"].existing.id == "row1"


def test_talks_declared_over_are_talks_that_collapsed():
    ap = _event("ap", "Egypt declares talks over", FuzzyDate.of_ymd(2023, 12, 19), "meeting",
                AP_TALKS, ("Egypt",))
    reuters = _event("row0", "Talks collapse", FuzzyDate.of_month(2023, 12), "dispute",
                     REUTERS_TALKS, ("Egypt", "Ethiopia"))
    match = find_duplicates([ap], [reuters], CATEGORIES)["row0"]
    assert not match.likely and match.existing.id == "ap"
    assert "the same act (end: talks)" in match.reason


def test_another_thing_other_parties_another_place_or_another_month_stay_apart():
    others = [
        # The same act of another thing: a road is no dam.
        _event("road", "Ethiopia inaugurates road", FuzzyDate.of_ymd(2025, 9, 9), "event",
               "Ethiopia inaugurated a road on 9 September 2025.", ("Ethiopia",)),
        # Other parties, none shared.
        _event("uganda", "Yoweri Museveni inaugurates Karuma dam", FuzzyDate.of_ymd(2025, 9, 9),
               "event", "President Yoweri Museveni opened the Karuma power station.",
               ("Yoweri Museveni", "Uganda")),
        # Another place.
        _event("place", "GERD inaugurated", FuzzyDate.of_ymd(2025, 9, 9), "event",
               MINISTRY, place="Nairobi"),
        # Not a day: two months of the same year.
        _event("month", "GERD inaugurated", FuzzyDate.of_month(2025, 10), "event", MINISTRY),
        # The same thing, no act told: a noun only ("Dam meeting").
        _event("noun", "Dam meeting", FuzzyDate.of_ymd(2025, 9, 9), "meeting",
               "A meeting on the dam was held on 9 September 2025."),
    ]
    ap = _event("ap", "Abiy Ahmed inaugurates dam", FuzzyDate.of_ymd(2025, 9, 9), "event", AP,
                ("Abiy Ahmed", "Ethiopia"), "Guba")
    found = find_duplicates([ap], others, CATEGORIES)
    assert found == {}, {key: m.reason for key, m in found.items()}
