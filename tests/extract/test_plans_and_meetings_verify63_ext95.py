"""ext95 (verify63 F3, F4, session 52): plans, meetings of many parties, one happening told twice.

* A plan said it twice: "Senior officials to hold preparatory talks in Beijing (scheduled)".
  The coordinator's decision: "(scheduled)" is the row's one sign of a plan, and a title
  with it has no infinitive "to" ("Senior officials hold preparatory talks ... (scheduled)").
  A plan the mark is not on (no date to come) keeps its "to".
* "held talks with Xi in Shenzhen last month, their second meeting after Xi's state visit to
  South Korea in November 2025" gave a third row, "c. November 2025 — Lee Jae Myung and Xi
  Jinping meet", no place: the counted "meeting" is the talks of its clause.
* "The foreign ministers of South Korea, China and Japan will meet in Tokyo" and "The three
  foreign ministers last met in Tokyo in March 2025" read "South Korea, China and Japan meet
  in Tokyo": the title now says who meets ("Foreign ministers of ... meet in Tokyo").

Articles of our own with the trial's patterns."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

DCT = dt.date(2026, 3, 4)


def _titles(text: str, dct: dt.date | None = DCT) -> dict[str, str]:
    return {c.date.describe(): c.title for c in extract_events(text, dct).candidates}


def test_a_plan_marked_scheduled_drops_its_infinitive() -> None:
    rows = _titles("HANOI, March 4 (VNA) -- Senior officials from the four countries will hold "
                   "preparatory talks in Vientiane on March 11, a week before the ministerial "
                   "meeting, the official said.")
    assert rows["11 March 2026"] == "Senior officials hold preparatory talks in Vientiane (scheduled)"


def test_a_single_doer_s_plan_reads_in_the_third_person() -> None:
    rows = _titles("HANOI, March 4 (VNA) -- The agency will send a delegation to Laos next month.")
    assert rows["April 2026"] == "Agency sends delegation to Laos (scheduled)"


def test_a_passive_plan_marked_scheduled_drops_to_be() -> None:
    rows = _titles("HANOI, March 4 (VNA) -- The accord is expected to be signed in May.")
    assert rows["May 2026"] == "Accord signed (scheduled)"


def test_an_instrument_s_effect_to_come_reads_as_its_act() -> None:
    rows = _titles("HANOI, March 4 (VNA) -- The two sides signed the accord on Monday. The "
                   "accord will take effect on July 1.")
    assert rows["1 July 2026"] == "Accord takes effect (scheduled)"


def test_a_plan_without_the_mark_keeps_its_infinitive() -> None:
    # (no date: nothing says it is to come but the words, which keep saying it)
    rows = [c.title for c in extract_events(
        "OSLO, Dec 3 (Reuters) - Norway's foreign minister said on Thursday that talks between "
        "Chile and Peru would resume in Oslo, without giving a date.",
        dt.date(2026, 12, 3)).candidates]
    assert rows == ["Talks between Chile and Peru to resume in Oslo"], rows


# ------------------------------------------- an appositive that counts the clause's own event

COUNTED = ("HANOI, Oct. 9 (VNA) -- President Luong Cuong held talks with Chinese President Xi "
           "Jinping on the sidelines of the Asia-Pacific Economic Cooperation summit in "
           "Shenzhen last month, their second meeting after Xi's state visit to Vietnam in "
           "April 2025.")


def test_a_meeting_counted_after_a_comma_is_the_clause_s_own_meeting() -> None:
    # (verify63 F3: "their second meeting after Xi's state visit to South Korea in November
    # 2025" was a third row, "c. November 2025 — Lee Jae Myung and Xi Jinping meet")
    rows = sorted((c.date.describe(), c.title, c.location)
                  for c in extract_events(COUNTED, dt.date(2026, 10, 9)).candidates)
    assert [d for d, _, _ in rows] == ["April 2025", "September 2026"], rows
    assert rows[1][1:] == ("Luong Cuong and Xi Jinping meet in Shenzhen", "Shenzhen"), rows
    assert rows[0][1:] == ("Xi Jinping visits Vietnam", "Vietnam"), rows


def test_a_visit_after_a_summit_is_still_an_event_about_its_time() -> None:
    # (the rule it is an exception to: "a state visit to Brazil after the G20 summit in
    # November" is an event of its own)
    text = ("TOKYO, Oct. 9 (Kyodo) -- Ishiba will make a state visit to Brazil after the "
            "G20 summit in November.")
    dates = [c.date.describe() for c in extract_events(text, dt.date(2026, 10, 9)).candidates]
    assert "c. November 2026" in dates, dates


# ------------------------------------------------------ who meets: the states' office holders

HANOI = dt.date(2026, 12, 5)


def test_the_ministers_of_listed_states_meet() -> None:
    rows = _titles("HANOI, Dec. 5 (VNA) -- The defence ministers of Vietnam, Laos and Cambodia "
                   "will meet in Vientiane on Dec. 18 to prepare for a summit.", HANOI)
    assert rows["18 December 2026"] == (
        "Defence ministers of Vietnam, Laos and Cambodia meet in Vientiane (scheduled)")


def test_the_counted_ministers_named_before_meet() -> None:
    rows = _titles("HANOI, Dec. 5 (VNA) -- The defence ministers of Vietnam, Laos and Cambodia "
                   "will meet in Vientiane on Dec. 18.\n\nThe three defence ministers last met "
                   "in Hanoi in March 2025, when they agreed to hold regular talks.", HANOI)
    assert rows["March 2025"] == "Defence ministers of Vietnam, Laos and Cambodia meet in Hanoi"


def test_ministers_named_by_their_states_adjectives_meet() -> None:
    rows = _titles("HANOI, Dec. 5 (VNA) -- Vietnamese, Lao and Cambodian defence ministers met "
                   "in Hanoi on Tuesday.", HANOI)
    assert rows["1 December 2026"] == "Defence ministers of Vietnam, Laos and Cambodia meet in Hanoi"


def test_leaders_who_hold_a_summit_meet() -> None:
    rows = _titles("HANOI, Dec. 5 (VNA) -- The leaders of Vietnam, Laos and Cambodia will hold "
                   "a summit in Hanoi on Dec. 20.", HANOI)
    assert rows["20 December 2026"] == "Leaders of Vietnam, Laos and Cambodia meet in Hanoi (scheduled)"


def test_states_that_meet_are_still_the_states() -> None:
    rows = _titles("HANOI, Dec. 5 (VNA) -- Vietnam, Laos and Cambodia held talks in Hanoi on "
                   "Tuesday. Leaders said trade would grow.", HANOI)
    assert rows["1 December 2026"] == "Vietnam, Laos and Cambodia meet in Hanoi"


# ------------------------------------------------- the state an instrument binds, "under which"

def test_the_state_that_acts_under_a_deal_is_its_party() -> None:
    # (verify63 F4: "the 2015 nuclear deal, signed in Vienna in July of that year, under which
    # Iran curbed its uranium enrichment" had no participants at all)
    text = ("SEOUL, Dec 3 (Yonhap) - China has a long record as a go-between. It hosted the "
            "secret contacts in 1993 that led to the 1994 framework deal, signed in Geneva in "
            "October of that year, under which North Korea froze its plutonium reactor in "
            "exchange for fuel oil.")
    rows = {c.date.describe(): c for c in extract_events(text, dt.date(2026, 12, 3)).candidates}
    assert "North Korea" in rows["October 1994"].participants, rows["October 1994"]
    # (the contacts that led to it are no party of it)
    assert "North Korea" not in rows["1993"].participants, rows["1993"]


def test_ministers_named_by_their_states_possessive_meet() -> None:
    rows = _titles("HANOI, Dec. 5 (VNA) -- India and Pakistan's foreign ministers met in Geneva "
                   "on Tuesday.", HANOI)
    assert rows["1 December 2026"] == "Foreign ministers of India and Pakistan meet in Geneva"


def test_a_long_plan_cut_after_its_verb_keeps_its_mark() -> None:
    # (a body's long name left the headline no room: the cut after the verb dropped the
    # "(scheduled)", and with no "to" the row would not say it is a plan)
    text = ("MANILA, Nov 3 (Reuters) - The ASEAN Coordinating Centre for Humanitarian Assistance "
            "on disaster management (AHA Centre) will deliver a third tranche of relief supplies "
            "to Sittwe by the end of November 2026, in coordination with the Myanmar Red Cross "
            "Society.")
    (row,) = extract_events(text, dt.date(2026, 11, 3)).candidates
    assert row.title.endswith("delivers third tranche of relief supplies (scheduled)"), row.title
