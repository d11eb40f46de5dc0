"""The kinds of diplomatic news the extractor got wrong (issue 8 §2, "Events the extractor
gets wrong"), each on short made-up sentences: the right value is the test.

The texts are invented; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.core import FuzzyDate, Precision
from timeline_app.extract import Candidate, extract_events

DCT = dt.date(2025, 3, 22)  # a Saturday


def _day(day: int, circa: bool = False) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(2025, 3, day), circa=circa)


def events(text: str, dct: dt.date | None = DCT) -> list[Candidate]:
    return list(extract_events(text, dct).candidates)


def one(text: str, dct: dt.date | None = DCT) -> Candidate:
    found = events(text, dct)
    assert len(found) == 1, [(str(c.date), c.title) for c in found]
    return found[0]


# --------------------------------------------------------------------------- reporting clauses
def test_the_event_keeps_its_own_date_not_the_reporting_clauses() -> None:
    wednesday = _day(19)
    for text in (
        ("According to the ministry on Thursday, the minister had a breakfast meeting with "
         "his counterpart on Wednesday."),
        ("The minister had a breakfast meeting with his counterpart on Wednesday, the "
         "ministry said Friday."),
        "Yonhap learned Thursday that the two foreign ministers met in Seoul on Wednesday.",
    ):
        assert one(text).date == wednesday, text


# --------------------------------------------------------------------------- several events
def test_a_lead_event_and_a_plan_are_two_events() -> None:
    found = events("South Korean President Lee Jae-sun and Japanese Prime Minister Ito Hiro "
                   "held phone talks on Sunday and agreed to hold a summit next month.")
    dates = sorted(str(c.date) for c in found)
    assert len(found) == 2, [(str(c.date), c.title) for c in found]
    assert FuzzyDate.of_day(dt.date(2025, 3, 16)) in [c.date for c in found]
    assert any(c.date == FuzzyDate.of_month(2025, 4) and c.title.endswith("(scheduled)")
               for c in found), dates


def test_coordinated_verbs_each_give_their_event_and_date() -> None:
    found = events("South Korea and Vietnam established diplomatic relations in December 1992 "
                   "and upgraded them in 2022.")
    assert sorted((c.date.year, c.category) for c in found) == [(1992, "treaty"),
                                                                 (2022, "treaty")]
    assert all(c.participants == ("South Korea", "Vietnam") for c in found)


def test_three_coordinated_verbs_give_three_events() -> None:
    found = events("The foreign ministers met in Cairo on Monday, signed an accord and "
                   "announced a joint visit to Baghdad next month.")
    by_lane = {c.category: c for c in found}
    assert len(found) == 3 and set(by_lane) == {"meeting", "treaty", "visit"}
    assert by_lane["meeting"].date == _day(17) and by_lane["meeting"].location == "Cairo"
    assert by_lane["treaty"].date == _day(17)  # the signing shares the meeting's day
    assert "coordinated with 'met'" in by_lane["treaty"].date_basis
    assert by_lane["visit"].date == FuzzyDate.of_month(2025, 4)
    assert by_lane["visit"].title.endswith("(scheduled)") and "Baghdad" in by_lane["visit"].title


def test_a_coordinated_verb_shares_the_named_subject_and_its_date() -> None:
    # a subject of countries after "of" (read loosely elsewhere as "Iraq met"): the
    # signing has no subject of its own, so it is theirs, on their day
    found = events("The foreign ministers of Egypt, Jordan and Iraq met in Cairo on Monday, "
                   "signed an accord on energy and announced a joint visit to Baghdad next "
                   "month.")
    treaty = next(c for c in found if c.category == "treaty")
    assert treaty.date == _day(17) and "coordinated with 'met'" in treaty.date_basis
    assert treaty.title.startswith("Egypt, Jordan and Iraq sign"), treaty.title


def test_a_relative_clause_is_no_coordination() -> None:
    found = events("Fritz Holm, the head of Zenco, which filed for bankruptcy earlier today, "
                   "outlined a plan for a new company.")
    assert not any("coordinated" in c.date_basis for c in found)


# --------------------------------------------------------------------------- participants
def test_both_sides_of_a_meeting_take_part() -> None:
    c = one("Foreign Minister Han Min-su met his Japanese counterpart Oda Kenji in Tokyo on "
            "Saturday.")
    assert c.participants == ("Han Min-su", "Oda Kenji")
    assert c.title == "Han Min-su and Oda Kenji meet in Tokyo"


def test_a_summit_names_both_leaders_host_and_guest() -> None:
    c = one("Chinese President Wang Lei hosted Japanese Prime Minister Oda Kenji for a summit "
            "in Beijing on Friday.")
    assert c.participants == ("Wang Lei", "Oda Kenji") and c.date == _day(21)
    c = one("President Lee Jae-sun held a summit with Prime Minister Oda Kenji in Tokyo on "
            "Thursday.")
    assert c.participants == ("Lee Jae-sun", "Oda Kenji")


def test_the_actor_is_the_grammatical_subject() -> None:
    c = one("After talks with Oda, Foreign Minister Han Min-su signed the accord on Friday.")
    assert c.title.startswith("Han Min-su signs") and c.participants[0] == "Han Min-su"
    c = one("The government expelled two diplomats on Friday.")
    assert c.title == "Government expels two diplomats"


# --------------------------------------------------------------------------- triggers
def test_diplomatic_acts_are_events() -> None:
    cases = {
        "The two countries issued a joint statement on Friday.": "statement",
        "Parliament impeached the president on Friday.": "event",
        "The government expelled two diplomats on Friday.": "dispute",
        "Seoul recalled its ambassador on Friday.": "dispute",
        "The foreign ministry summoned the ambassador on Friday.": "dispute",
        "The parliament ratified the treaty on Friday.": "treaty",
        "The two countries severed ties on Friday.": "dispute",
    }
    for text, lane in cases.items():
        c = one(text)
        assert (c.category, c.date) == (lane, _day(21)), text


def test_verbs_that_need_a_diplomatic_object() -> None:
    assert events("The club established a new record on Friday.") == []
    assert events("The firm summoned its courage on Friday.") == []


# --------------------------------------------------------------------------- scheduled
def test_scheduled_only_for_events_still_to_come() -> None:
    assert one("Defence chiefs met on Tuesday.").title == "Defence chiefs meet"
    assert "(scheduled)" not in one("Defence chiefs met on Tuesday as planned.").title
    assert one("The defence chiefs will meet on Tuesday.").title.endswith("(scheduled)")
    planned = one("The defence chiefs will meet later this month.")
    assert planned.date.precision is Precision.MONTH and planned.title.endswith("(scheduled)")


# --------------------------------------------------------------------------- without a DCT
def test_without_a_dct_no_event_is_titled_from_one_sentence_and_dated_from_another() -> None:
    c = one("Foreign Minister Han Min-su held talks with Foreign Minister Oda Kenji in Seoul "
            "last week. Talks in Seoul on 3 May 2024 ended without agreement.", dct=None)
    assert c.date == FuzzyDate.of_day(dt.date(2024, 5, 3))
    assert c.participants == () and "Han" not in c.title
    assert [e.start for e in c.evidence] == [c.evidence[0].start]  # one sentence
    c = one("Foreign Minister Han Min-su will visit Tokyo next month. Han visited Tokyo in "
            "March 2023.", dct=None)
    assert c.date == FuzzyDate.of_month(2023, 3) and len(c.evidence) == 1


# --------------------------------------------------------------------------- more of each kind
def test_reporting_verbs_of_every_shape_leave_the_event_its_date() -> None:
    for text in (
        "The ministers met in Seoul on Wednesday, the ministry said on Friday.",
        "The ministers met in Seoul on Wednesday, officials told reporters Friday.",
        "The ministry announced Friday that the ministers had met in Seoul on Wednesday.",
        "Officials said Thursday the two leaders met in Seoul on Wednesday.",
    ):
        c = one(text)
        assert (c.date, c.category) == (_day(19), "meeting"), text
    c = one("The ministry announced Friday that the ministers had met in Seoul on Wednesday.")
    assert c.title == "Ministers meet in Seoul"  # the announcement is evidence, not the doer


def test_an_announcement_of_an_undated_act_is_the_event_in_its_lane() -> None:
    c = one("Zenco announced on Monday it has settled the dispute with Brightway.")
    assert c.category == "treaty" and c.date == _day(17)


def test_phone_talks_and_a_plan_with_one_subject() -> None:
    found = events("The two leaders spoke by phone on Sunday and agreed to meet in Seoul next "
                   "month.")
    assert [(str(c.date), c.title) for c in found] == [
        ("16 March 2025", "Two leaders meet"),
        # (a plan dated by its own time to come reads as the plan, not as an agreement
        # made in April: "agree to meet" until session 21, ext28 after verify27)
        ("April 2025", "Two leaders meet in Seoul (scheduled)")]


def test_each_coordinated_act_keeps_its_own_date_and_object() -> None:
    found = events("The two countries severed diplomatic ties in 1979 and restored them in 1992.")
    assert [(c.date.year, c.title) for c in found] == [
        (1979, "Two countries sever diplomatic ties"),
        (1992, "Two countries restore diplomatic ties")]  # "them" is the ties
    found = events("Japan normalized relations with South Korea in 1965 and signed a new pact "
                   "in 1998.")
    assert [c.date.year for c in found] == [1965, 1998]
    assert found[0].participants == ("Japan", "South Korea")


def test_both_sides_of_a_meeting_however_the_sentence_names_them() -> None:
    for text in (
        "Foreign Minister Han Min-su met with Japanese Foreign Minister Oda Kenji on Saturday.",
        "Foreign Minister Han Min-su and his Japanese counterpart Oda Kenji met on Saturday.",
        ("Han Min-su, South Korea's foreign minister, met his Japanese counterpart Oda Kenji "
         "on Saturday."),
        ("Talks between Foreign Minister Han Min-su and Foreign Minister Oda Kenji were held "
         "on Saturday."),
    ):
        c = one(text)
        assert c.participants == ("Han Min-su", "Oda Kenji"), text
        assert c.title.startswith("Han Min-su and Oda Kenji meet"), text


def test_a_summit_guest_named_after_an_initialism() -> None:
    c = one("South Korean President Lee Jae-sun will hold a summit with U.S. President Tom "
            "Ward in Washington next month.")
    assert c.participants == ("Lee Jae-sun", "Tom Ward")
    assert c.title == "Lee Jae-sun and Tom Ward meet in Washington (scheduled)"


def test_narrative_mode_anchors_yearless_dates_to_the_last_date_mentioned() -> None:
    import pytest

    from timeline_app.extract import extract_events

    # (a paragraph between: within one, a date opening its sentence after one of an earlier
    # year takes that year in news too, verify49 F9)
    text = ("The republic was proclaimed in March 1921.\n\nOn June 4, the new parliament met "
            "in Riga.")
    news = extract_events(text, mode="news")
    assert news.mode == "news" and all(c.date.year != 1921 or c.date.month != 6
                                       for c in news.candidates)
    story = extract_events(text, mode="narrative")
    assert story.mode == "narrative"
    assert any(c.date.to_timex()[0] == "1921-06-04" for c in story.candidates)
    with pytest.raises(ValueError, match="reading mode"):
        extract_events(text, mode="poetry")
