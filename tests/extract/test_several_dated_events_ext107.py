"""One sentence, several dated events: each its own row, the main clause's row keeping the
main clause's date (blind h17's and h18's error kinds, in general terms: a relative clause
with its own year left only the background event; a rotating chair taken "at the same
summit" was lost in the summit's row).  Made-up sentences; none is taken from an
evaluation corpus.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events


def rows(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return sorted((c.date.to_timex()[0], c.title) for c in extract_events(text, dct).candidates)


def test_the_main_verb_after_its_date_is_a_row_beside_the_relative_clause_s_year() -> None:
    # (only "Trial" of 2019 had a row: "extended a scheme" is no trigger word)
    found = rows("Norway and Iceland on Monday extended a fisheries exchange scheme, which has "
                 "run since a trial in 2019, for another five years.", dt.date(2024, 5, 6))
    assert ("2024-05-06", "Norway and Iceland extend fisheries exchange scheme") in found


def test_a_verb_after_a_dash_or_a_comma_is_not_the_date_s_clause() -> None:
    # (the dated words are an aside; "came" is the sentence's verb, no act of October)
    found = rows("The swap \u2013 and unusual peso purchases by the Treasury in October \u2013 came "
                 "after the party was routed in provincial elections on September 7.",
                 dt.date(2025, 10, 27))
    assert not [t for _, t in found if "come" in t.lower()]


def test_an_office_taken_or_assumed_is_a_row() -> None:
    dct = dt.date(2025, 5, 5)
    assert [v for v, _ in rows("Finland assumed the Council of Europe chairmanship on "
                               "January 1.", dct)] == ["2025-01-01"]
    assert [v for v, _ in rows("Malaysia took on the bloc's rotating chair on Friday.", dct)] \
        == ["2025-05-02"]
    assert [v for v, _ in rows("New envoys took up their posts in Ottawa and New Delhi on "
                               "Monday.", dct)] == ["2025-05-05"]


def test_a_chair_taken_at_the_same_summit_is_its_own_row_on_the_summit_s_date() -> None:
    found = rows("ASEAN leaders held their annual summit in Vientiane from October 8 to 10 and "
                 "Malaysia took on the rotating chair at the same summit.", dt.date(2024, 10, 11))
    assert len(found) == 2
    assert {v for v, _ in found} == {"2024-10-08"}
    assert any(t.startswith("Malaysia takes on the rotating chair") for _, t in found)
    found = rows("African Union leaders ended a two-day summit in Addis Ababa on Sunday, and "
                 "Mauritania took over the union's rotating chairmanship at the same meeting.",
                 dt.date(2024, 2, 18))
    assert len(found) == 2
    assert {v for v, _ in found} == {"2024-02-18"}


def test_a_second_clause_s_own_date_keeps_its_verb_apart_from_the_first() -> None:
    # (the trial was found, then taken for the detention's object: one row)
    found = rows("The journalist was detained in Tehran in May 2023 and tried in a closed "
                 "court in January 2024.", dt.date(2025, 3, 5))
    assert [v for v, _ in found] == ["2023-05", "2024-01"]


def test_the_main_verb_after_its_subject_s_dated_relative_clause_is_a_row() -> None:
    found = rows("The council, which suspended Guinea in September 2021, restored its "
                 "membership on Friday.", dt.date(2025, 3, 5))
    assert [v for v, _ in found] == ["2021-09", "2025-02-28"]
    # (a participle with "by" after a comma is no main verb)
    found = rows("Relations worsened after the elections of 26 October 2024, marred by "
                 "irregularities, and the government's decision of 28 November 2024 to "
                 "suspend the talks.", dt.date(2025, 3, 5))
    assert not [t for _, t in found if "mar" in t.lower().split()]


def test_the_first_one_named_with_its_place_and_date_is_a_gathering_of_its_own() -> None:
    found = rows("The leaders held their second summit in Kuala Lumpur on Tuesday, two years "
                 "after the first one in Riyadh in October 2023.", dt.date(2025, 3, 5))
    assert [v for v, _ in found] == ["2023-10", "2025-03-04"]


def test_a_call_followed_keeps_the_day_given_right_after_it() -> None:
    # (the call was dated by the meeting, "following" it, and a second row of that day)
    found = rows("The foreign ministers met in Montevideo on Monday, following a telephone "
                 "conversation on March 25 in which they agreed to reopen the consulates.",
                 dt.date(2025, 4, 3))
    assert [v for v, _ in found] == ["2025-03-25", "2025-03-31"]


def test_a_link_opened_keeps_its_day_beside_the_line_it_replaces() -> None:
    # (no row at all: "opened a rail link" was no event)
    found = rows("Germany and Poland opened a new rail link on Sunday, replacing the line "
                 "destroyed in 1945.", dt.date(2025, 5, 5))
    assert ("2025-05-04", "Germany and Poland open new rail link") in found
