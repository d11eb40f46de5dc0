"""verify28's own article (session 21): a Kazakhstan-Uzbekistan water treaty, dateline
"ASTANA, November 27", year 2025.  A relative clause's event is its own antecedent's, not
the story's main states'; a range of days "this year", told in the past, is this year's
span; a visit someone was invited to make in a month named without a year is the next one.
The sentences are the user's, each with one variant of my own."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

LEAD = ("ASTANA, November 27 (Reuters) - The presidents of Kazakhstan and Uzbekistan signed "
        "a treaty on Thursday to share the waters of the Syr Darya river.\n\n"
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev signed "
        "the accord in Astana.\n\n")


def _rows(text: str) -> list[tuple[str, str | None, str, tuple[str, ...]]]:
    return [(str(c.date), c.end and str(c.end), c.title, c.participants)
            for c in extract_events(LEAD + text + "\n").candidates]


def _row(rows: list[tuple[str, str | None, str, tuple[str, ...]]], date: str
         ) -> tuple[str, str | None, str, tuple[str, ...]]:
    found = [r for r in rows if r[0] == date]
    assert len(found) == 1, rows
    return found[0]


def test_clashes_in_the_relative_clause_are_its_antecedents() -> None:
    rows = _rows("Analysts said the deal could serve as a model for talks between Kyrgyzstan "
                 "and Tajikistan, who agreed in 2023 to settle their own border after clashes "
                 "in September 2022 that killed about 100 people.")
    # was "Kazakhstan and Uzbekistan kill about 100 people" (Kazakhstan, Uzbekistan)
    clashes = _row(rows, "September 2022")
    assert clashes[2] == "Clashes kill about 100 people"
    assert clashes[3] == ("Kyrgyzstan", "Tajikistan")
    # was "Tajikistan agrees ..." (Tajikistan)
    agreed = _row(rows, "2023")
    assert agreed[2].startswith("Kyrgyzstan and Tajikistan agree")
    assert agreed[3] == ("Kyrgyzstan", "Tajikistan")


def test_clashes_after_a_relative_clauses_act_are_its_subjects() -> None:
    rows = _rows("Analysts said the deal could guide talks between Armenia and Azerbaijan, "
                 "which signed a framework in August 2025 after clashes in September 2023 "
                 "that killed about 200 soldiers.")
    # was (Kazakhstan, Uzbekistan): the story's states
    assert _row(rows, "September 2023")[3] == ("Armenia", "Azerbaijan")


def test_a_range_of_days_ahead_stays_ahead() -> None:
    value = [(t.text, t.value) for t in tag_timexes(
        "Talks will be held in Almaty from 3 to 7 February.", dt.date(2025, 11, 27))]
    assert value == [("3", "2026-02-03"), ("7 February", "2026-02-07")]


def test_a_visit_made_in_a_month_without_a_year_is_the_last() -> None:
    rows = _rows("Mirziyoyev visited Tashkent in March.")
    assert [r for r in rows if r[0] == "March 2025"]


@pytest.mark.parametrize("venue", ["the Akorda presidential palace", "the Ak Orda residence"])
def test_a_signing_at_a_palace_in_the_city_is_the_leads_signing(venue: str) -> None:
    text = ("ASTANA, November 27 (Reuters) - The presidents of Kazakhstan and Uzbekistan signed "
            "a treaty on Thursday to share the waters of the Syr Darya river.\n\n"
            "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev "
            f"signed the accord at {venue} in Astana.\n")
    rows = [(str(c.date), c.location) for c in extract_events(text).candidates]
    # was a second signing, "c. 27 November 2025", placed at the palace (not a duplicate)
    assert rows == [("27 November 2025", "Astana")]


@pytest.mark.parametrize(("sentence", "date", "end", "title"), [
    # a range of days told in the past is this year's span (was 3 February 2026 "(scheduled)",
    # no end)
    ("Technical talks were held in Almaty from 3 to 7 February this year, and a second round "
     "took place in Bukhara in late May.", "3 February 2025", "7 February 2025",
     "Technical talks in Almaty"),
    # no "this year": the past verb before the place decides
    ("Technical talks were held in Almaty from 3 to 7 February.", "3 February 2025",
     "7 February 2025", "Technical talks in Almaty"),
    # an invited visit in a month without a year is the next one (was "March 2025: Tokayev
    # visits Tashkent", a past visit)
    ("Mirziyoyev invited Tokayev to visit Tashkent in March for talks on a rail link between "
     "the two capitals.", "March 2026", None,
     "Kassym-Jomart Tokayev visits Tashkent (scheduled)"),
    ("Mirziyoyev invited Kassym-Jomart Tokayev to visit Tashkent in March.", "March 2026", None,
     "Kassym-Jomart Tokayev visits Tashkent (scheduled)"),
    # the ceremony after the signing is the signing (was a second row "27 November 2025:
    # Ceremony", ticked)
    ('"This is the day our grandfathers would have wanted," Tokayev told reporters after the '
     'ceremony.', "27 November 2025", None,
     "Kassym-Jomart Tokayev and Shavkat Mirziyoyev sign treaty"),
    ("Mirziyoyev thanked the Kazakh people at the ceremony on Thursday.",
     "27 November 2025", None, "Kassym-Jomart Tokayev and Shavkat Mirziyoyev sign treaty"),
])
def test_the_users_sentences(sentence: str, date: str, end: str | None, title: str) -> None:
    row = _row(_rows(sentence), date)
    assert row[1] == end
    assert row[2].startswith(title)


def test_seasonal_quotas_in_summer_are_no_date() -> None:
    rows = _rows("The treaty sets seasonal quotas for releases from Uzbek reservoirs in summer "
                 "and guarantees that Kazakhstan's southern farmland around Shymkent receives at "
                 "least 12 cubic kilometres of water a year.")
    # was "summer 2025: Treaty signed"
    assert not [r for r in rows if "summer" in r[0]]


@pytest.mark.parametrize(("sentence", "values"), [
    ("The river usually floods in spring.", []),  # every spring
    ("Talks will resume in summer.", [("summer", "2026-SU")]),
    ("Annual talks were held in summer.", [("summer", "2025-SU")]),  # a past cue: that summer
])
def test_a_bare_season_that_recurs_is_no_date(sentence: str, values: list[tuple[str, str]]
                                              ) -> None:
    assert [(t.text, t.value) for t in tag_timexes(sentence, dt.date(2025, 11, 27))] == values


@pytest.mark.parametrize("text", [
    "Kazakhstan's parliament is expected to ratify the treaty next month, a spokeswoman for the "
    "Mazhilis said.\n\nThe treaty will enter into force on January 1, 2026.",
    "Uzbekistan's senate is due to ratify the accord next month. The accord will take effect "
    "on January 1, 2026.",
])
def test_a_treaty_enters_into_force_for_its_signers_not_its_ratifier(text: str) -> None:
    # was the one state whose parliament ratifies
    # (and their states, whom the treaty binds: ext64)
    assert _row(_rows(text), "1 January 2026")[3] == (
        "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Kazakhstan", "Uzbekistan")


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("The treaty will enter into force on January 1, 2026, and a joint commission based in "
     "Shymkent will hold its first meeting in the spring of 2026.", "spring 2026",
     "Joint commission holds first meeting in Shymkent"),
    ("A water council headquartered in Tashkent will meet for the first time in March.",
     "March 2026", "Water council meets in Tashkent"),
])
def test_a_body_based_in_a_city_is_no_city(sentence: str, date: str, title: str) -> None:
    # was "Shymkent to hold first meeting", the city its participant and no place
    row = _row(_rows(sentence), date)
    assert row[2].startswith(title)
    # (the body itself first, when the text names it with more than its noun: ext150)
    assert row[3] in (("Kazakhstan", "Uzbekistan"), (title.split(" meets")[0], "Kazakhstan",
                                                     "Uzbekistan"))


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("The two leaders first discussed a treaty at a summit in Samarkand in September 2024.",
     "September 2024", "Summit in Samarkand"),
    ("The ministers first discussed a water pact at a summit in Bishkek in March 2024.",
     "March 2024", "Summit in Bishkek"),
])
def test_a_treaty_discussed_at_a_summit_is_the_summit(sentence: str, date: str, title: str
                                                      ) -> None:
    # was "Treaty at a summit in Samarkand", in the Treaty lane: nothing was signed
    assert [(str(c.date), c.title, c.category) for c in extract_events(LEAD + sentence).candidates
            if str(c.date) == date] == [(date, title, "meeting")]


@pytest.mark.parametrize(("sentence", "date", "people"), [
    ("Foreign ministers Murat Nurtleu and Bakhtiyor Saidov finalised the text at a meeting in "
     "Tashkent last week, Kazakhstan's foreign ministry said on Wednesday.",
     "17 November 2025", ("Murat Nurtleu", "Bakhtiyor Saidov")),
    ("Deputy foreign ministers Roman Vassilenko and Furkat Sidikov drafted the annex during a "
     "meeting in Bukhara in October.", "October 2025", ("Roman Vassilenko", "Furkat Sidikov")),
])
def test_who_did_something_at_a_meeting_took_part(sentence: str, date: str,
                                                  people: tuple[str, ...]) -> None:
    # was the story's states, Kazakhstan and Uzbekistan
    assert _row(_rows(sentence), date)[3] == people


def test_the_two_leaders_are_not_the_last_two_people_named() -> None:
    rows = _rows("Foreign ministers Murat Nurtleu and Bakhtiyor Saidov finalised the text at a "
                 "meeting in Tashkent last week, Kazakhstan's foreign ministry said on "
                 "Wednesday.\n\nThe two leaders first discussed a treaty at a summit in Samarkand "
                 "in September 2024.")
    assert "Murat Nurtleu" not in _row(rows, "September 2024")[3]
