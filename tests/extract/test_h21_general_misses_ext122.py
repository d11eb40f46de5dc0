"""General misses of the seventh blind set (session 56, ext122), each on sentences written for
these tests, of the same shape as the set's articles (none of their text)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.chronology import chronology_lines
from timeline_app.extract.dateline import read_dateline
from timeline_app.extract.timex import tag_timexes


def _rows(text: str, dct: dt.date | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(str(c.date), c.title, tuple(c.participants))
            for c in extract_events(text, dct=dct).candidates]


_NUMBERED = """Lough Foyle: how an estuary became a quarrel between two capitals

Northern and Irish officials are to meet in Derry next month. Here is how it began.

Tuesday, 10 March 2026

THE estuary has been disputed for a century, and fishermen say they are caught between.

Here are the key moments:

1. May 4, 1922: The border commission first leaves the estuary undivided.

2. 1965: The two governments sign a fisheries agreement for the lough.

3. June 2011: The Irish government protests against a new licensing scheme.

4. Earlier this year: the two sides agree to set up a working group.
"""


def test_a_numbered_chronology_s_entries_are_entries() -> None:
    lines = chronology_lines(_NUMBERED)
    for entry in ("1. May 4, 1922:", "2. 1965:", "3. June 2011:"):
        assert _NUMBERED.index(entry) in lines, entry


def test_the_date_line_after_the_standfirst_wins_over_a_numbered_chronology() -> None:
    dateline = read_dateline(_NUMBERED)
    assert (dateline.year, dateline.month, dateline.day) == (2026, 3, 10), dateline
    found = extract_events(_NUMBERED).candidates
    assert any(c.date is not None and c.date.year == 1965 for c in found), _rows(_NUMBERED)
    assert not any(c.date is not None and c.date.year == 2012 for c in found), _rows(_NUMBERED)


def test_a_named_gathering_with_its_numbered_acronym_is_an_event() -> None:
    day = dt.date(2025, 12, 20)
    for text, where in (
            ("As readers will recall, the Fourth Lisbon Conference on Ocean Governance (LCOG 4) "
             "took place in Porto from 3 to 5 November.", "Porto"),
            ("The Regional Water Summit (RWS2) took place in Dakar on 30 November.", "Dakar")):
        found = extract_events(text, dct=day).candidates
        assert len(found) == 1 and found[0].location == where, _rows(text, day)
        assert found[0].date is not None and found[0].date.year == 2025, _rows(text, day)


def test_a_half_of_a_month_or_decade_is_no_half_of_a_year() -> None:
    day = dt.date(2026, 4, 22)
    for text, value in (("The commission will meet in Rabat during the second half of June.",
                         "2026-06"),
                        ("She was trade minister in the first half of the 1980s.", "198"),
                        ("The vote is planned for the first half of this month.", "2026-04")):
        values = [t.value for t in tag_timexes(text, day)]
        assert values == [value], (text, values)
    # (a half of a year stays one)
    assert [t.value for t in tag_timexes("in the second half of 2027", day)] == ["2027-H2"]
    assert [t.value for t in tag_timexes("in the first half of next year", day)] == ["2027-H1"]
    found = extract_events("The two ministers agreed that the commission will meet in Rabat "
                           "during the second half of June.", dct=day).candidates
    assert [str(c.date) for c in found] == ["June 2026"], _rows("", day)


def test_a_clock_time_in_a_live_blog_entry_is_of_the_blog_s_day() -> None:
    text = ("Live: the Andean summit in Quito\n\n"
            "19:05 That is all for today. The trade forum opens tomorrow in the same hall.\n\n"
            "16:20 Leaders signed a joint communique. A press briefing that had been planned "
            "for 5 p.m. has been called off, the foreign ministry said.\n")
    day = dt.date(2025, 9, 12)
    clocks = [t.value for t in tag_timexes(text, day) if t.text == "5 p.m."]
    assert clocks == ["2025-09-12T17:00"], clocks
    # (within one entry the day told before still holds)
    text = "The envoys will meet tomorrow. A briefing is set for 5 p.m."
    clocks = [t.value for t in tag_timexes(text, day) if t.text == "5 p.m."]
    assert clocks == ["2025-09-13T17:00"], clocks


def test_a_year_less_end_after_until_follows_the_day_the_sentence_told() -> None:
    day = dt.date(2023, 5, 6)
    values = [t.value for t in tag_timexes(
        "On 20 March, the ceasefire was prolonged once more, until 5 May.", day)]
    assert values == ["2023-03-20", "2023-05-05"], values
    values = [t.value for t in tag_timexes(
        "On 20 December the ceasefire was prolonged until 5 January.", day)]
    assert values == ["2022-12-20", "2023-01-05"], values


def test_an_extension_told_with_a_comma_before_its_end_keeps_its_own_day() -> None:
    day = dt.date(2023, 5, 6)
    text = "On 20 March, the ceasefire was extended again, until 5 May."
    found = extract_events(text, dct=day).candidates
    assert [str(c.date) for c in found] == ["20 March 2023"], _rows(text, day)


def test_one_clause_background_facts_of_a_body_and_a_post() -> None:
    day = dt.date(2024, 7, 9)
    for text, year, participants in (
            ("The trade office, which serves exporters across the northern provinces, opened "
             "in 2011.", 2011, ()),
            ("The council was founded in Montevideo in 1991 by Argentina, Brazil, Paraguay "
             "and Uruguay.", 1991, ("Argentina", "Brazil")),
            ("The bloc admitted two more states last year. Bolivia and Ecuador joined in 2019.",
             2019, ("Bolivia", "Ecuador"))):
        found = [c for c in extract_events(text, dct=day).candidates
                 if c.date is not None and c.date.year == year]
        assert len(found) == 1, _rows(text, day)
        assert set(participants) <= set(found[0].participants), _rows(text, day)


def test_an_act_done_at_a_gathering_the_sentence_opens_with_is_a_row_of_its_own() -> None:
    day = dt.date(2024, 10, 17)  # a Thursday
    for text in ("At Wednesday's summit, Moldova signed an association roadmap.",
                 "At Wednesday's summit in Minsk, Moldova signed an association roadmap."):
        found = extract_events(text, dct=day).candidates
        signed = [c for c in found if c.title.startswith("Moldova signs")]
        assert len(signed) == 1, _rows(text, day)
        assert str(signed[0].date) == "16 October 2024" and "Moldova" in signed[0].participants


def test_an_act_expected_to_happen_on_a_date_is_planned_then() -> None:
    day = dt.date(2026, 5, 14)
    text = ("The protocol still has to be ratified by both parliaments, which is expected to "
            "happen in Tirana next month.")
    found = extract_events(text, dct=day).candidates
    assert len(found) == 1 and str(found[0].date) == "June 2026", _rows(text, day)
    assert found[0].title.endswith("(scheduled)"), _rows(text, day)


def test_a_bloc_spelt_either_way_is_one_participant() -> None:
    text = ("Mongolia joined the Shanghai Cooperation Organization (SCO) as a full member "
            "on Tuesday.")
    found = extract_events(text, dct=dt.date(2025, 7, 3)).candidates
    assert len(found) == 1, _rows(text)
    assert [p for p in found[0].participants if p.startswith("Shanghai")] == [
        "Shanghai Cooperation Organisation"], found[0].participants


def test_states_named_in_a_together_with_aside_take_part() -> None:
    text = ("Chile and Peru agreed a new survey in May. The two countries, together with "
            "Ecuador, signed the Lima convention in Callao in June 2011.")
    found = [c for c in extract_events(text, dct=dt.date(2026, 6, 2)).candidates
             if c.date is not None and c.date.year == 2011]
    assert len(found) == 1, _rows(text)
    assert set(found[0].participants) == {"Chile", "Peru", "Ecuador"}, _rows(text)


def test_amendments_proposed_are_a_row_titled_without_what_they_stress() -> None:
    day = dt.date(2024, 5, 23)
    for text, title in (
            ("On Tuesday, Malta proposed amendments stressing that the text blamed no nation.",
             "Malta proposes amendments"),
            ("On Tuesday, Malta proposed a resolution stressing that the text blamed no nation.",
             "Malta proposes resolution")):
        found = extract_events(text, dct=day).candidates
        assert [c.title for c in found] == [title], _rows(text, day)
