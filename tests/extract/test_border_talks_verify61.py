"""A newsroom desk's border-talks articles (verify61 F3, F7, F22, F10): rows a user must
delete (an event named as what came before, a state "since" an undated time, talks an
announcement followed, the day a ministry said it) and milestones every telling missed
(a disengagement completed, armies that faced off, a pilgrimage resumed, a dated conflict).

The texts are invented; none is taken from an evaluation corpus or the tester's articles.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import Candidate, extract_events

DCT = dt.date(2025, 3, 3)  # a Monday


def events(text: str, dct: dt.date | None = DCT) -> list[Candidate]:
    return list(extract_events(text, dct).candidates)


def rows(text: str, dct: dt.date | None = DCT) -> list[tuple[str, str]]:
    return [(str(c.date), c.title) for c in events(text, dct)]


# --------------------------------------------------------------- F3: precision
def test_an_event_told_before_and_named_after_after_is_no_row_of_the_series() -> None:
    found = rows("Nine sailors were killed in the clash near the reef on May 2, 2021. "
                 "The two governments held nine rounds of talks after the clash, the last "
                 "of them in May 2023.")
    assert ("May 2023", "Talks") in found
    assert not any("clash" in title.lower() for _date, title in found)


def test_the_last_of_them_dates_the_series_not_what_it_came_after() -> None:
    found = rows("The two governments held nine rounds of talks after the clash, the last "
                 "of them in May 2023.")
    assert found == [("May 2023", "Talks")]


def test_a_participle_in_a_state_since_an_undated_time_is_no_act() -> None:
    found = rows("Mr. Ruto then travelled to Kampala in January, when the two sides agreed "
                 "to reopen the rail line and to work towards restoring ferry services, "
                 "suspended since the floods.")
    assert not any("suspend" in title.lower() for _date, title in found)
    assert ("January 2025", "Ruto visits Kampala") in found


def test_a_participle_since_a_date_is_still_read() -> None:
    # (the rule is only for a "since" phrase with no date in it)
    found = rows("Kenya and Uganda agreed in January to restore ferry services, suspended "
                 "since 2019.")
    assert any(date == "2019" and "suspend" in title for date, title in found)


# --------------------------------------------------------------- F7: precision
def test_talks_an_announcement_followed_take_no_date_of_the_announcement() -> None:
    found = rows("Kenya's transport ministry announced on Feb. 4 that the ferries would "
                 "restart by the end of the month, following talks between port officials "
                 "of the two countries.")
    assert [title for _date, title in found if "talks" in title.lower()] == []
    assert any(date == "4 February 2025" for date, _title in found)


def test_a_speakers_own_meeting_after_which_he_spoke_is_still_that_day() -> None:
    found = events("Kenya's deputy prime minister John Mbadi said on Tuesday that Nairobi is "
                   "ready to help restore rail links, after meeting Ugandan Deputy Prime "
                   "Minister Rebecca Kadaga in Nairobi.", dt.date(2025, 3, 5))
    assert any(c.category == "meeting" and str(c.date) == "4 March 2025" for c in found)


def test_a_when_clause_after_a_date_tells_the_date_of_its_act() -> None:
    found = rows("A Kenya Airways plane from Nairobi to Kampala took off late on Sunday, the "
                 "first scheduled service between the two countries since mid-2019, when "
                 "flights were suspended after a dispute over landing rights.")
    assert ("mid 2019", "Flights suspended") in found
    assert not any(date == "2 March 2025" and "suspend" in title.lower()
                   for date, title in found)


def test_a_state_since_a_when_clause_is_the_when_clauses_act() -> None:
    found = events("The court awarded the islands to Malaysia in December 2002, and the "
                   "reef has been disputed since 2005, when Malaysian and Indonesian navy "
                   "ships faced off near it.", dt.date(2026, 8, 20))
    dated_2005 = [c for c in found if c.date.year == 2005]
    assert len(dated_2005) == 1 and "face off" in dated_2005[0].title


# --------------------------------------------------------------- F22: one agreement, said a day later
def test_the_day_a_ministry_said_it_is_no_second_agreement() -> None:
    found = rows("Kenya and Uganda agreed on Monday to reopen border trade through the Busia "
                 "crossing, the foreign ministry said on Tuesday.", dt.date(2025, 3, 4))
    assert len(found) == 1
    assert found[0][0] == "3 March 2025"


# --------------------------------------------------------------- F10: recall
def test_a_disengagement_completed_is_a_row() -> None:
    found = rows("Disengagement at Karra and Tolmi was completed on 12 February 2025, and "
                 "joint patrolling resumed in late February.")
    assert ("12 February 2025", "Disengagement at Karra and Tolmi completed") in found
    assert ("late February 2025", "Joint patrolling resumes") in found


def test_armies_that_faced_off_are_a_row_and_faced_criticism_is_not() -> None:
    assert rows("In 2019 the two navies faced off for 40 days near the reef.") == [
        ("2019", "Two navies face off near the reef")]
    assert rows("In 2019 the minister faced criticism over the reef.") == []


def test_a_pilgrimage_resumed_is_a_row() -> None:
    found = rows("The pilgrimage resumed in July after a gap of four years.", dt.date(2025, 11, 3))
    assert found == [("July 2025", "Pilgrimage resumes")]


def test_a_conflict_with_its_own_dates_is_a_row_and_a_bare_conflict_is_not() -> None:
    found = events("Support for the rebels during the four-day conflict of 7-10 May 2024 "
                   "showed the risk.")
    assert [(str(c.date), c.category) for c in found] == [("7 May 2024", "dispute")]
    assert found[0].end is not None and str(found[0].end) == "10 May 2024"
    assert events("The conflict has cost the region dearly, the minister said on Monday.") == []


def test_talks_of_a_length_that_spring_are_dated_by_the_year_told_before() -> None:
    found = rows("A border accord was signed in October 2013 after three weeks of talks in "
                 "Geneva that spring.")
    assert ("spring 2013", "Talks in Geneva") in found  # (was c. 10 February 2025)
    assert ("October 2013", "Border accord signed") in found


def test_the_thing_that_resumed_is_no_participant() -> None:
    found = events("Mr. Ruto travelled to Kampala in January, when the two sides agreed to "
                   "resume the Mount Elgon Yatra. The yatra resumed in February after a gap of "
                   "five years.")
    resumed = [c for c in found if str(c.date) == "February 2025"]
    assert [c.title for c in resumed] == ["Mount Elgon Yatra resumes"]
    assert resumed[0].participants == ()


def test_a_title_names_no_first_place_of_a_list_alone() -> None:
    found = rows("Kenya and Uganda agreed on Monday to reopen border trade through the Busia, "
                 "Malaba and Lwakhakha crossings.", dt.date(2025, 3, 4))
    assert len(found) == 1
    assert not found[0][1].endswith("through the Busia")


def test_a_company_that_plans_to_start_flights_on_a_day_to_come_is_scheduled() -> None:
    found = rows("Kenya Airways plans to start flights between Nairobi and Kampala on March 9, "
                 "and Uganda Airlines will begin service on March 10.")
    assert ("9 March 2025", "Kenya Airways starts flights (scheduled)") in found
    # (a plan of a past year is no row to come)
    assert rows("Last year Kenya planned to open an embassy in Hanoi.") == [
        ("2024", "Kenya to open embassy in Hanoi")]
