"""What the fresh user of session 11's merged work (verify12) found wrong in an article of
its own: a person's name inside a place's ("Minh" of Pham Minh Chinh in "Ho Chi Minh City"),
the visitor missing from the meeting of her visit ("during which she met"), "They" taking a
person named in between, "the Indonesian parliament" as a participant "the Indonesian", and
a telephone call titled as a meeting.  The text below is written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

HANOI = (
    "HANOI, 14 October 2026 (Reuters) - Indonesian Foreign Minister Retno Marsudi arrived "
    "in Hanoi on Tuesday for a three-day visit, during which she met her Vietnamese "
    "counterpart Bui Thanh Son on Wednesday to sign a protocol.\n\n"
    "Vietnamese Prime Minister Pham Minh Chinh received Marsudi on the second day of her "
    "visit.\n\n"
    "Earlier this month, coast guard officials from both countries met in Ho Chi Minh City "
    "to prepare the text. Last month, Indonesian President Prabowo Subianto spoke with "
    "Vietnamese President Luong Cuong by telephone.\n\n"
    "The agreement was ratified by the Indonesian parliament in January 2023.\n\n"
    "ASEAN Secretary-General Kao Kim Hourn welcomed the protocol.\n\n"
    "The two foreign ministers also discussed rice trade. Vietnam exported rice to "
    "Indonesia last year. They agreed to convene a joint commission in Da Nang in March "
    "2027.")


def _found():  # type: ignore[no-untyped-def]
    return extract_events(HANOI, dct=dt.date(2026, 10, 14)).candidates


def test_a_name_inside_a_place_name_is_no_one() -> None:
    coast = next(c for c in _found() if c.location == "Ho Chi Minh City")
    assert "Pham Minh Chinh" not in coast.participants  # was the only participant
    assert "Pham Minh Chinh" not in coast.title


def test_the_visitor_meets_during_her_visit() -> None:
    wednesday = next(c for c in _found() if c.date.day == 14 and c.category == "meeting")
    assert set(wednesday.participants) >= {"Retno Marsudi", "Bui Thanh Son"}


def test_they_are_the_two_ministers_of_the_sentence_before_last() -> None:
    da_nang = next(c for c in _found() if c.location == "Da Nang")
    assert set(da_nang.participants) == {"Retno Marsudi", "Bui Thanh Son"}  # was Kao Kim Hourn


def test_a_parliament_named_by_its_state_is_the_state() -> None:
    ratified = next(c for c in _found() if c.date.year == 2023)
    assert "the Indonesian" not in ratified.participants
    assert not ratified.title.endswith("the Indonesian")


def test_a_telephone_call_is_not_a_meeting() -> None:
    call = next(c for c in _found() if "Luong Cuong" in c.participants)
    assert call.title == "Prabowo Subianto and Luong Cuong speak by telephone"


def test_a_coordinated_verb_without_a_written_subject_names_its_participants() -> None:
    text = ("HANOI, 14 October 2026 (Reuters) - Indonesian Foreign Minister Retno Marsudi met "
            "her Vietnamese counterpart Bui Thanh Son on Wednesday.\n\n"
            "The two ministers held talks at the Government Guest House in Hanoi and agreed "
            "to hold the next round of consultations in Jakarta next Thursday.")
    found = extract_events(text).candidates
    plan = next(c for c in found if "consultations" in c.title)
    # was "Agrees to hold the next round of consultations"; a plan dated next Thursday
    # reads as the plan, not as an agreement made then (was "... agree to hold" until ext28)
    assert plan.title.startswith("Retno Marsudi and Bui Thanh Son hold"), plan.title
    assert plan.title.endswith("(scheduled)"), plan.title


def test_a_place_name_keeps_its_lower_case_particle() -> None:
    text = ("BEIJING, 30 November 2026 (AFP) - Chinese Foreign Minister Wang Yi met Brazilian "
            "Foreign Minister Mauro Vieira in Beijing on Monday.\n\n"
            "The two ministers last met in Rio de Janeiro in November 2024.")
    found = extract_events(text).candidates
    rio = next(c for c in found if c.date.year == 2024)
    assert rio.location == "Rio de Janeiro"  # was "Rio"
    assert rio.title.endswith("in Rio de Janeiro")
