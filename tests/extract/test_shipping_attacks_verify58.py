"""A Red Sea wire desk's stories (session 47, fix154; verify58 F2, F11): an attack on a ship
told "overnight, UKMTO said on Monday", and a ship "struck by a drone".  The texts are
invented; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes as tag

LEAD = ("Houthis strike tanker in Red Sea\n\nDUBAI, March 9 (Reuters) - Yemen's Houthi forces "
        "struck the Greek-owned oil tanker Sea Ardent with a missile off the port of Hodeidah "
        "in the Red Sea overnight, the UKMTO agency said on Monday.\n")


def test_overnight_is_the_night_before_the_news_day() -> None:
    (night,) = [t for t in tag("The tanker was hit overnight, UKMTO said.", dt.date(2026, 3, 9))
                if t.text == "overnight"]
    assert night.value == "2026-03-08TNI"


def test_overnight_before_a_noun_is_no_time() -> None:
    texts = [t.text for t in tag("After overnight talks in Doha the sides agreed.",
                                 dt.date(2026, 3, 9))]
    assert "overnight" not in texts


def test_the_lead_s_attack_on_a_tanker_is_a_row_of_the_night_before() -> None:
    rows = extract_events(LEAD).candidates
    (attack,) = [e for e in rows if "Sea Ardent" in e.title]
    assert (attack.date.year, attack.date.month, attack.date.day) == (2026, 3, 8)
    assert attack.location == "Hodeidah"


def test_a_ship_struck_by_a_drone_is_a_row() -> None:
    rows = extract_events("The bulk carrier Marlin Star was struck by a drone on Sunday, "
                          "UKMTO said.", dt.date(2026, 3, 25)).candidates
    assert any("Marlin Star" in e.title for e in rows)


def test_struck_by_a_sense_is_no_attack() -> None:
    rows = extract_events("The delegates were struck by the mood in the hall on Sunday.",
                          dt.date(2026, 3, 25)).candidates
    assert not any(e.category == "dispute" for e in rows)


def test_the_day_a_plan_put_off_was_for_is_the_coming_one() -> None:
    # verify58 F9: "had been planned for Monday" was the Monday before (9 March)
    text = ("RIYADH, March 13 (Reuters) - A visit to Tehran by Saudi Foreign Minister Prince "
            "Faisal bin Farhan, which had been planned for Monday, has been postponed to "
            "March 24, the Saudi foreign ministry said on Friday.\n")
    monday = next(t for t in tag(text, dt.date(2026, 3, 13)) if t.text == "Monday")
    assert monday.value == "2026-03-16"


def test_a_plan_kept_keeps_its_past_day() -> None:
    text = ("The talks, which had been planned for Monday, took place on Tuesday, the "
            "ministry said on Friday.\n")
    monday = next(t for t in tag(text, dt.date(2026, 3, 13)) if t.text == "Monday")
    assert monday.value == "2026-03-09"


UPDATE = ("UPDATE 1-Houthis claim tanker attack\n\nDUBAI, March 10 (Reuters) - Yemen's Houthi "
          "movement claimed responsibility on Tuesday for a missile attack on the tanker Sea "
          "Ardent, which was hit late on Sunday.\n\nA French frigate evacuated the 23 crew "
          "members on Tuesday.\n\n(Corrects location of attack to off Mokha, from off Hodeidah, "
          "and time to Sunday night, in paragraph 1)\n")


def test_a_correction_note_is_no_row() -> None:
    # verify58 F6: the note made a row "Attack to off Mokha"
    rows = extract_events(UPDATE).candidates
    assert not any("Mokha" in e.title or "Mokha" in e.location for e in rows)


def test_a_claim_of_responsibility_is_a_row_of_its_own_day() -> None:
    rows = extract_events(UPDATE).candidates
    (claim,) = [e for e in rows if "claims responsibility" in e.title]
    assert (claim.date.month, claim.date.day) == (3, 10)
    assert claim.category == "statement"
    (attack,) = [e for e in rows if e.title.lower().startswith("missile attack")]
    assert (attack.date.month, attack.date.day) == (3, 8)


def test_the_attack_s_place_is_not_the_claim_s() -> None:
    (claim,) = extract_events("The Islamic State group claimed responsibility on Sunday for an "
                              "attack on a church in Mozambique.", dt.date(2026, 3, 10)).candidates
    assert claim.location == ""


def test_a_ship_seized_is_no_place_and_the_houthis_take_a_plural_verb() -> None:
    # verify58 F14: place "Galaxy Leader", title "Houthis seizes ..."
    (seizure,) = extract_events("The Houthis seized the car carrier Galaxy Leader on 19 "
                                "November 2023.", dt.date(2026, 3, 10)).candidates
    assert seizure.location == ""
    assert seizure.title.startswith("Houthis seize ")
