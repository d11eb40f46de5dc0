"""ext117 (session 55): extraction leftovers of session 54 — a signing folded into "agree", a
place taken for the one freed, a plan dated "the day after the vote" told in another sentence.
Own articles and sentences in the shapes found, never the blind or trial articles' own."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event
from timeline_app.core.duplicates import find_duplicates
from timeline_app.extract import extract_events

# 1. ext116 §3: an undated "signed a joint declaration" merged into the "X and Y agree" row
# titled from "agree", so another article's "Joint declaration signed ... on <the next day>"
# was not offered as the same event (two outlets' days for one) and was added twice.

WIRE = ("Chile, Peru pledge to accept court ruling on sea border\n\n"
        "SANTIAGO, March 5 (Reuters) -- The foreign ministers of Chile and Peru met on Thursday "
        "in Arica and agreed to respect whatever ruling the International Court of Justice "
        "gives on their maritime dispute, officials from both countries said.\n\n"
        "Chile's Foreign Minister Ana Rojas and Peru's Foreign Minister Luis Vega signed a joint "
        "declaration at the end of the talks, pledging to keep patrols in the Loa river area "
        "under the measures overseen by the United Nations.\n\n"
        "\"We leave with a common commitment,\" Vega told reporters.\n")
ANALYSIS = ("ANALYSIS: Chile and Peru wait on The Hague\n\n"
            "By a staff correspondent, March 10, 2027\n\n"
            "When the foreign ministers of Chile and Peru shook hands in Arica last week, they "
            "promised in writing to accept a court ruling before knowing what it says.\n\n"
            "The joint declaration, signed by Ana Rojas and Luis Vega on March 5, came two weeks "
            "after the International Court of Justice closed its public hearings in The Hague on "
            "February 18.\n\n"
            "Few in either country expect the dispute to end overnight.\n")


def _events(text: str, day: dt.date, prefix: str) -> list[Event]:
    rows = extract_events(text, day).candidates
    return [c.to_event(f"{prefix}{i}") for i, c in enumerate(rows)]


def test_a_signing_with_no_date_of_its_own_titles_the_agreement_it_writes_down() -> None:
    rows = {c.title: c.date for c in extract_events(WIRE, dt.date(2027, 3, 5)).candidates}
    signed = [(t, str(d)) for t, d in rows.items() if "declaration" in t]
    assert signed == [("Ana Rojas and Luis Vega sign joint declaration in Arica",
                       "4 March 2027")], rows
    assert not any(t.endswith(" agree") for t in rows), rows  # one row, not two


def test_the_analysis_s_declaration_is_offered_as_the_wire_s() -> None:
    wire = _events(WIRE, dt.date(2027, 3, 5), "w")
    analysis = _events(ANALYSIS, dt.date(2027, 3, 10), "a")
    declaration = next(e for e in analysis if "declaration" in e.title.lower())
    found = find_duplicates(wire, analysis)
    assert declaration.id in found, [e.title for e in wire]
    assert "declaration" in found[declaration.id].existing.title


def test_guard_an_agreement_with_no_signing_keeps_its_own_title() -> None:
    text = ("Talks\n\nSANTIAGO, March 5 (Reuters) -- The foreign ministers of Chile and Peru "
            "met on Thursday in Arica and agreed to respect the court's ruling.\n")
    titles = [c.title for c in extract_events(text, dt.date(2027, 3, 5)).candidates]
    assert not any("sign" in t for t in titles), titles


def test_guard_a_planned_signing_does_not_title_the_agreement() -> None:
    text = ("Talks\n\nSANTIAGO, March 5 (Reuters) -- The foreign ministers of Chile and Peru "
            "met on Thursday in Arica and agreed to respect the court's ruling. They will sign "
            "a joint declaration next month.\n")
    rows = {c.title: str(c.date) for c in extract_events(text, dt.date(2027, 3, 5)).candidates}
    assert not any("sign" in t and d == "4 March 2027" for t, d in rows.items()), rows


# 2. docs54 §3: "... after 300 days in an Iranian prison, freed in a prisoner exchange" was
# "Iranian prison freed": the place of the clause before the comma taken for the freed one.

def _freed(clause: str) -> list[tuple[str, tuple[str, ...]]]:
    text = ("Story\n\nLYON, June 2 (AFP) - Dutch journalist Pieter Jansen was home in Utrecht on "
            f"Thursday after 200 days {clause}, released in a prisoner swap brokered by Oman.\n")
    rows = extract_events(text, dt.date(2024, 6, 2)).candidates
    return [(c.title, c.participants) for c in rows if "release" in c.title.lower()]


def test_a_prison_before_the_comma_is_not_the_one_released() -> None:
    for clause in ("in a Venezuelan prison", "in a prison in Venezuela", "in a Venezuelan jail"):
        released = _freed(clause)
        assert released and released[0][0].startswith("Pieter Jansen released"), (clause, released)
        assert "Pieter Jansen" in released[0][1], (clause, released)


def test_guard_a_person_named_as_an_object_before_the_comma_is_still_the_one_released() -> None:
    text = ("Story\n\nLYON, June 2 (AFP) - President Emmanuel Macron on Thursday welcomed the "
            "engineer Pieter Jansen, released in a prisoner swap brokered by Oman.\n")
    rows = [(c.title, c.participants) for c in extract_events(text, dt.date(2024, 6, 2)).candidates
            if "release" in c.title.lower()]
    assert not any(t.startswith("Emmanuel Macron released") for t, _p in rows), rows


# 3. ext114 §3: "will publish a preliminary statement the day after the vote", the vote told
# with its day in another sentence, had no date (merged into the sentence's other act), and
# "a week after the election" dated the election a week before the dateline.

LEAD = ("Ballot\n\nTBILISI, 10 September 2025 (Reuters) - Georgia's electoral commission on "
        "Friday approved the list of polling stations abroad for the local elections of "
        "4 October. ")


def _dated(body: str) -> dict[str, str]:
    rows = extract_events(LEAD + body + "\n", dt.date(2025, 9, 10)).candidates
    return {c.title: str(c.date) for c in rows}


def test_the_day_after_the_vote_told_before_is_the_vote_s_next_day() -> None:
    rows = _dated("Observers from the Council of Europe began their mission in August and will "
                  "publish a preliminary statement the day after the vote.")
    stated = [(t, d) for t, d in rows.items() if "statement" in t]
    assert stated == [("Observers from the Council of Europe publish preliminary statement "
                       "(scheduled)", "5 October 2025")], rows


def test_a_week_after_the_election_told_before_counts_from_it_not_back_from_the_dateline() -> None:
    rows = _dated("Observers will publish their final report a week after the election.")
    assert "c. 11 October 2025" in rows.values(), rows
    assert not any(d.startswith("c. 3 September") for d in rows.values()), rows
    assert sum("election" in t.lower() for t in rows) == 1, rows  # the one told before


def test_guard_a_vote_with_a_day_of_its_own_is_not_counted_from_another() -> None:
    rows = _dated("Observers will publish a statement two days after the vote of 11 October.")
    assert not any(d == "6 October 2025" for d in rows.values()), rows


def test_guard_a_plan_is_not_counted_from_a_past_vote() -> None:
    text = ("Ballot\n\nTBILISI, 10 September 2025 (Reuters) - Georgians voted in local elections "
            "on 2 October 2021. Observers will publish a statement the day after the vote.\n")
    rows = {c.title: str(c.date) for c in extract_events(text, dt.date(2025, 9, 10)).candidates}
    assert "3 October 2021" not in rows.values(), rows


# 4. ext114 §3: a summit still to come, on whose sidelines two ministers will meet, was
# folded into their meeting (h19's diary summit lost).

def _side(sentence: str) -> dict[str, str]:
    text = f"Story\n\nSANTIAGO, June 2, 2027 (AFP) - {sentence}\n"
    return {c.title: str(c.date) for c in extract_events(text, dt.date(2027, 6, 2)).candidates}


def test_a_summit_to_come_and_a_meeting_on_its_sidelines_are_two_rows() -> None:
    for sentence in ("Chile's Foreign Minister Ana Rojas will meet Kaja Kallas on the sidelines "
                     "of the EU-CELAC summit in Brussels in mid-July.",
                     "Chile's Foreign Minister Ana Rojas said on Tuesday she would raise the "
                     "matter with EU foreign policy chief Kaja Kallas when the two meet on the "
                     "sidelines of the EU-CELAC summit in Brussels in mid-July."):
        rows = _side(sentence)
        assert rows.get("EU-CELAC summit in Brussels (scheduled)") == "mid-July 2027", rows
        assert any("Kallas meet" in t and d == "mid-July 2027" for t, d in rows.items()), rows


def test_guard_a_past_summit_where_two_last_met_stays_the_meeting_s_setting() -> None:
    rows = _side("Ana Rojas and Kaja Kallas last met on the sidelines of the G20 summit in "
                 "Rio in November.")
    assert len(rows) == 1 and "meet" in next(iter(rows)), rows
