"""verify49 F13 (session 40, ext62): duplicates across articles not offered — one written
instrument named in both titles on one day ("Erdogan brokers the Ankara Declaration" /
"Ankara Declaration signs under the auspices of our President", 11 December 2024; "Somalia
nullifies the memorandum by Law No. 1" / "Hassan Sheikh Mohamud signs law voiding the
deal", 6 January 2024).  Both are possible duplicates now
(``core.duplicates._one_instrument``); what tells events apart still does.

The events are written for the test (titles as the trial's review showed them)."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates

DEC_11 = FuzzyDate.of_ymd(2024, 12, 11)
JAN_6 = FuzzyDate.of_ymd(2024, 1, 6)
BROKERED = Event("ap", "Erdogan brokers the Ankara Declaration", DEC_11, category="treaty",
                 participants=("Recep Tayyip Erdogan",))
SIGNED = Event("aa", "Ankara Declaration signs under the auspices of our President", DEC_11,
               category="treaty", participants=("Türkiye", "Somalia"))
NULLIFIES = Event("mfa", "Somalia nullifies the memorandum by Law No. 1", JAN_6,
                  category="policy", participants=("Somalia",))
VOIDING = Event("explainer", "Hassan Sheikh Mohamud signs law voiding the deal", JAN_6,
                category="treaty", participants=("Hassan Sheikh Mohamud", "Somalia"))


def _flag(existing: Event, incoming: Event) -> str:
    match = find_duplicates([existing], [incoming]).get(incoming.id)
    return "no" if match is None else "likely" if match.likely else "possible"


def test_one_declaration_named_in_both_titles_on_one_day() -> None:
    assert _flag(BROKERED, SIGNED) == "possible"
    assert _flag(SIGNED, BROKERED) == "possible"
    assert "both name the Ankara Declaration" in find_duplicates([BROKERED], [SIGNED])["aa"].reason


def test_a_law_by_its_number_and_a_law_told_bare_on_one_day() -> None:
    assert _flag(NULLIFIES, VOIDING) == "possible"
    assert _flag(VOIDING, NULLIFIES) == "possible"
    assert "both name a law (Law No. 1)" in find_duplicates([NULLIFIES], [VOIDING])[
        "explainer"].reason


def test_what_tells_them_apart_still_does() -> None:
    # another day
    assert _flag(BROKERED, dataclasses.replace(SIGNED, date=FuzzyDate.of_ymd(2024, 12, 12))) == "no"
    # another declaration
    assert _flag(BROKERED, dataclasses.replace(
        SIGNED, title="Tokyo Declaration signs under the auspices of our President")) == "no"
    # places that differ
    assert _flag(dataclasses.replace(BROKERED, location="Ankara"),
                 dataclasses.replace(SIGNED, location="Mogadishu")) == "no"
    # another law by number
    assert _flag(NULLIFIES, dataclasses.replace(VOIDING, title="Somalia passes Law No. 2")) == "no"
    # a generic name is no name: many states issue a "Joint Declaration" on one day
    joint = Event("j1", "Japan and India issue Joint Declaration", DEC_11, category="statement",
                  participants=("Japan", "India"))
    other = Event("j2", "Kenya and Tanzania adopt Joint Declaration", DEC_11,
                  category="statement", participants=("Kenya", "Tanzania"))
    assert _flag(joint, other) == "no"
    # a bare memorandum is not enough: one summit signs several
    mou = Event("m1", "Somalia signs memorandum on fisheries", JAN_6, category="treaty",
                participants=("Somalia",))
    numbered = dataclasses.replace(NULLIFIES, title="Somalia signs Memorandum No. 4")
    match = find_duplicates([mou], [numbered]).get("mfa")  # (titles 84 % alike: possible)
    assert match is None or "both name" not in match.reason
    # a bare law with nobody in common
    assert _flag(NULLIFIES, dataclasses.replace(VOIDING, participants=("Kenya", "Uganda"))) == "no"
