"""Likely duplicates: compatible dates at the coarser precision and similar titles or people."""

from __future__ import annotations

import datetime as dt

from timeline_app import io as timeline_io
from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import dates_compatible, find_duplicates, merge_events
from timeline_app.extract import extract_events
from timeline_app.paths import DEFAULT_TIMELINE, resource_path

DAY = FuzzyDate.of_day(dt.date(2025, 3, 22))


def test_dates_are_compared_at_the_coarser_precision():
    assert dates_compatible(DAY, FuzzyDate.of_month(2025, 3))
    assert dates_compatible(FuzzyDate.of_month(2024, 11), FuzzyDate.of_part(2024, "late"))
    assert dates_compatible(FuzzyDate.of_year(2025), DAY)
    assert not dates_compatible(DAY, FuzzyDate.of_day(dt.date(2025, 3, 21)))
    assert not dates_compatible(FuzzyDate.of_month(2025, 2), FuzzyDate.of_month(2025, 3))
    # circa widens by its own length: c. January 2025 may be February.
    assert dates_compatible(FuzzyDate.of_month(2025, 1, circa=True), FuzzyDate.of_month(2025, 2))


def test_similar_titles_or_shared_participants_on_compatible_dates():
    existing = [Event("a", "Cho and Iwaya meet in Tokyo", DAY),
                Event("b", "Budget vote", DAY, participants=("Japan",)),
                Event("c", "Cho and Iwaya meet in Tokyo", FuzzyDate.of_year(2019))]
    incoming = [Event("x", "Cho Tae-yul and Takeshi Iwaya meet in Tokyo",
                      FuzzyDate.of_month(2025, 3)),
                Event("y", "Parliament sits", DAY, participants=("japan",)),
                Event("z", "Unrelated storm", DAY)]
    matches = find_duplicates(existing, incoming)
    assert {k: m.existing.id for k, m in matches.items()} == {"x": "a", "y": "b"}
    assert "shares japan" in matches["y"].reason


def test_an_existing_event_is_matched_once():
    existing = [Event("a", "Talks in Tokyo", DAY)]
    incoming = [Event("x", "Talks in Tokyo", DAY), Event("y", "Talks in Tokyo today", DAY)]
    assert list(find_duplicates(existing, incoming)) == ["x"]


def test_reimporting_the_seed_article_flags_all_eight():
    timeline = timeline_io.load(resource_path(DEFAULT_TIMELINE))
    result = extract_events(resource_path("seed-article.txt").read_text("utf-8"), None, None)
    incoming = [c.to_event() for c in result.candidates]
    matches = find_duplicates(timeline.events, incoming)
    assert len(incoming) == 8 and len(matches) == 8
    assert {m.existing.id for m in matches.values()} == {e.id for e in timeline}
    for match in matches.values():  # the same day or month, not merely the same year
        assert match.existing.date.start.year == match.incoming.date.start.year


def test_merging_keeps_the_existing_event_and_adds_what_is_new():
    evidence = Evidence("They met.", 0, 9)
    existing = Event("a", "Talks", FuzzyDate.of_month(2025, 3), participants=("Japan",))
    incoming = Event("x", "Talks in Tokyo", DAY, participants=("japan", "Korea"),
                     location="Tokyo", evidence=(evidence,), source_id="s", date_basis="dated")
    merged = merge_events(existing, incoming)
    assert (merged.id, merged.title, merged.date) == ("a", "Talks", DAY)
    assert merged.participants == ("Japan", "Korea") and merged.location == "Tokyo"
    assert merged.evidence == (evidence,) and merged.source_id == "s"
    assert merged.date_basis == "dated"


def test_duplicates_work_on_both_sides_of_year_0():
    from timeline_app.core import Event, FuzzyDate
    from timeline_app.core.duplicates import dates_compatible, find_duplicates, merge_events

    ides = Event("a", "Assassination of Caesar", FuzzyDate.of_ymd(-43, 3, 15))
    year = Event("b", "Caesar assassinated", FuzzyDate.of_year(-43))
    other = Event("c", "Caesar assassinated", FuzzyDate.of_year(-42))
    circa = Event("d", "Assassination of Caesar", FuzzyDate.of_year(-44, circa=True))
    across = Event("e", "Census", FuzzyDate.of_decade(0))  # 1 BC-AD 9
    assert dates_compatible(ides.date, year.date) and not dates_compatible(ides.date, other.date)
    assert dates_compatible(circa.date, ides.date)  # c. 45 BC reaches into 44 BC
    assert dates_compatible(across.date, FuzzyDate.of_year(-0)) and dates_compatible(
        across.date, FuzzyDate.of_year(5))
    found = find_duplicates([year, other], [ides])
    assert found["a"].existing.id == "b" and "year" in found["a"].reason
    assert merge_events(year, ides).date == ides.date  # the finer date wins
    assert find_duplicates([Event("f", "Census", FuzzyDate.of_year(3))], [across])["e"]
    # The ends of the range give no error.
    first = Event("g", "First", FuzzyDate.of_year(-9998, circa=True))
    last = Event("h", "Last", FuzzyDate.of_year(9999, circa=True))
    assert find_duplicates([first, last], [first, last]).keys() == {"g", "h"}
