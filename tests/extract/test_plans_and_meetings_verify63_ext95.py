"""ext95 (verify63 F3, F4, session 52): plans, meetings of many parties, one happening told twice.

* A plan said it twice: "Senior officials to hold preparatory talks in Beijing (scheduled)".
  The coordinator's decision: "(scheduled)" is the row's one sign of a plan, and a title
  with it has no infinitive "to" ("Senior officials hold preparatory talks ... (scheduled)").
  A plan the mark is not on (no date to come) keeps its "to".

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
