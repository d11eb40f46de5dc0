"""A communiqué's dated texts and gatherings the extractor had no row for (ext133, from the error
kinds of blind set h23): a body's strategy endorsed in a reduced relative clause ('the 2040
Strategy for the Northern Seas, endorsed in Tromso in May 2021,'), whose name's year dates no
other verb, and a conference 'held in Bergen, Norway, in March'.  The sentences are written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

HEAD = ("STRELSAU, March 31, 2025 (Wire) - Ministers of Ruritania and Borduria met in the "
        "capital on Monday.\n\n")


def _rows(sentence: str) -> list[tuple[str, str]]:
    result = extract_events(HEAD + sentence + "\n")
    return [(str(c.date), c.title) for c in result.candidates if "Borduria" not in c.title]


def test_a_strategy_endorsed_in_a_reduced_relative_is_a_row() -> None:
    rows = _rows("Leaders reaffirmed the 2040 Strategy for the Southern Seas, endorsed in Tromso "
                 "in May 2021, as the guiding plan of the whole region.")
    assert [title for date, title in rows if date == "May 2021"] == \
        ["Strategy for the Southern Seas endorsed in Tromso"]
    assert not any("2040" in date for date, _title in rows)  # (the name's year dates nothing)


def test_a_named_conference_held_in_a_city_and_its_country() -> None:
    rows = _rows("Ministers welcomed the results of the Second World Forests Summit held in "
                 "Bergen, Norway, in March 2024.")
    assert any(date == "March 2024" and "Forests Summit" in title for date, title in rows)


def test_a_year_of_a_text_told_as_its_date_still_dates_it() -> None:
    result = extract_events(HEAD + "The two states signed the 2015 Accord in Paris.\n")
    assert any(c.date.start == dt.date(2015, 1, 1) for c in result.candidates)


def test_a_chairs_term_that_ends_in_a_year_is_a_row() -> None:
    rows = _rows("Diplomats expect no new round of talks before the chairmanship ends in 2028.")
    assert ("2028", "Chairmanship ends") in rows


def test_a_chairmanship_told_by_its_noun_alone_is_no_end() -> None:
    rows = _rows("The chairmanship talks ended the session in 2019 without a decision.")
    assert not any(title == "Chairmanship ends" for _date, title in rows)


BLOG = ("LIVE: Ruritania and Borduria hold border talks\n\n"
        "Thursday 5 March 2026 \u2014 all times GMT\n\n"
        "15:05\nThe talks are under way in Strelsau, the foreign ministry says.\n\n"
        "09:10\nRuritania's foreign minister has landed in Strelsau.\n")


def test_talks_told_as_under_way_in_a_stamped_entry_are_of_its_day() -> None:
    result = extract_events(BLOG)
    assert result.dct == dt.date(2026, 3, 5)
    assert any(c.date.start == dt.date(2026, 3, 5) and "alks" in c.title
               for c in result.candidates)


def test_talks_told_as_a_plan_in_an_entry_stay_undated() -> None:
    text = BLOG.replace("The talks are under way in Strelsau", "Talks on trade are unlikely")
    result = extract_events(text)
    assert not any("alks" in c.title for c in result.candidates)


RELEASE = ("MINISTRY OF FOREIGN AFFAIRS\n\nStrelsau, 12 May 2026\n\n"
           "On the meeting of the Presidents of Ruritania and Borduria\n\n"
           "On 12 May 2026, the city of Zenda hosted a bilateral meeting of the President of "
           "Ruritania and the President of Borduria.\n\n"
           "Following the talks, the Presidents signed the Treaty on the State Border of the two "
           "countries.\n")


def test_a_treaty_signed_following_the_leads_talks_is_of_their_day() -> None:
    result = extract_events(RELEASE)
    assert any(c.date.start == dt.date(2026, 5, 12) and "Treaty" in c.title
               for c in result.candidates)


def test_talks_told_far_from_the_lead_are_not_the_leads() -> None:
    text = RELEASE.replace("\n\nFollowing the talks",
                           "\n\nThe two states fought a war in 1999.\n\nTrade grew in 2010."
                           "\n\nFollowing the talks")
    result = extract_events(text)
    assert not any(c.date.start == dt.date(2026, 5, 12) and "Treaty" in c.title
                   for c in result.candidates)


def test_a_meeting_later_this_summer_is_not_the_summit_of_the_day_before() -> None:
    text = ("Strelsau, Wednesday 18 June 2025\n\n"
            "Q: The Ruritania-Borduria summit closed on Tuesday in Strelsau. What did it deliver?"
            "\n\nA: A treaty. The two presidents hold their annual meeting in Zenda later "
            "this summer.\n")
    rows = [(str(c.date), c.title) for c in extract_events(text).candidates]
    assert any(date == "summer 2025" and "Zenda" in title for date, title in rows)
    assert not any(date == "17 June 2025" and "Zenda" in title for date, title in rows)


def test_a_text_reopened_in_a_quarter_is_a_row() -> None:
    rows = _rows("The incoming government asked for changes, and the text was reopened in the "
                 "second half of 2023.")
    assert ("second half of 2023", "Text reopened") in rows


def test_a_date_after_an_including_aside_dates_the_verb() -> None:
    rows = _rows("Expert panels resumed technical cooperation, including with Kravian "
                 "universities, in October 2023.")
    assert any(date == "October 2023" and "resume" in title for date, title in rows)


def test_a_date_inside_an_open_including_phrase_is_not_the_verbs() -> None:
    rows = _rows("The bloc cut aid, including a grant in February 2024.")
    assert not any(date == "February 2024" and "cut" in title.lower() for date, title in rows)


def test_an_including_aside_with_its_own_dated_clause_keeps_that_date() -> None:
    rows = _rows("Taiwan has lost 10 allies since President Tsai took office in 2016, including "
                 "Ruritania and Borduria, which both switched to Beijing within a week of each "
                 "other in September 2019.")
    assert ("2016", "Tsai takes office") in rows
    assert any(date == "September 2019" and "Switch" in title for date, title in rows)


def test_the_same_verb_done_to_another_named_text_is_another_row() -> None:
    text = ("FIFTIETH SOUTHERN SEAS FORUM LEADERS MEETING\nZenda, Ruritania\n8\u201312 September "
            "2025\n\nFORUM COMMUNIQUE (extract)\n\n1. The Fiftieth Southern Seas Forum Leaders "
            "Meeting was held in Zenda, Ruritania, from 8 to 12 September 2025.\n\n"
            "2. Leaders reaffirmed the 2040 Strategy for the Southern Seas, endorsed in Tromso "
            "in May 2021, as the region's framework.\n\n"
            "18. Leaders endorsed the Calm Waters Declaration and asked the Secretariat for a "
            "yearly update on it.\n")
    result = extract_events(text)
    strategy = [c for c in result.candidates if "Strategy" in c.title]
    assert len(strategy) == 1
    assert not any("Calm Waters" in e.sentence for e in strategy[0].evidence)
