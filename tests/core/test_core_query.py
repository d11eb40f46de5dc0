"""Find and filter (core): search over every text field, filters, and stepping in date order."""

from __future__ import annotations

import dataclasses
import datetime as _dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.core.query import (
    NO_SOURCE,
    EventFilter,
    EventSearch,
    Facets,
    Matches,
    compress_matching,
    facets,
    fold,
    haystack,
    hidden_by,
    ordered_ids,
    step,
)

D = _dt.date


def _timeline() -> Timeline:
    return Timeline.from_events([
        Event("seoul", "Foreign ministers meet in Seoul", FuzzyDate.of_day(D(2025, 3, 22)),
              category="meeting", participants=("Cho Tae-yul", "Iwaya Takeshi"),
              location="Seoul", source_id="np",
              evidence=(Evidence("They met at the Blue House annex.", 0, 33),)),
        Event("munich", "Talks in Munich", FuzzyDate.of_month(2025, 2), category="meeting",
              participants=("Cho Tae-yul",), location="München",
              summary="On the sidelines of the security conference."),
        Event("treaty", "Treaty on Basic Relations", FuzzyDate.of_month(1965, 6),
              category="treaty", participants=("South Korea", "Japan"), location="Tokyo",
              source_id="np"),
        Event("sado", "Sado mines memorial", FuzzyDate.of_part(2024, "late"),
              category="dispute", location="Sado", end=FuzzyDate.of_month(2025, 1)),
    ])


def test_fold_ignores_case_and_accents() -> None:
    assert fold("München") == "munchen"
    assert fold("TÜRKİYE") == fold("türkiye") == "turkiye"
    assert fold("Straße") == "strasse"


def test_search_looks_at_every_text_field() -> None:
    search = EventSearch(_timeline())
    assert search.matches("seoul") == {"seoul"}  # title and place
    assert search.matches("blue house") == {"seoul"}  # source sentence, two words
    assert search.matches("security conference") == {"munich"}  # summary
    assert search.matches("iwaya") == {"seoul"}  # participant
    assert search.matches("munchen") == {"munich"}  # place, without the accent
    assert search.matches("TREATY") == {"treaty"}  # category and title, any case
    assert search.matches("dispute") == {"sado"}  # category only
    assert search.matches("cho") == {"seoul", "munich"}
    assert search.matches("nothing like this") == frozenset()


def test_blank_query_means_no_search() -> None:
    search = EventSearch(_timeline())
    assert search.matches("") is None
    assert search.matches("   ") is None


def test_words_do_not_match_across_fields() -> None:
    search = EventSearch(_timeline())
    # The title ends "Seoul" and the next field starts "Cho": no match across the boundary.
    assert search.matches("seoulcho") == frozenset()


def test_typing_on_narrows_and_deleting_widens() -> None:
    search = EventSearch(_timeline())
    results = [search.matches(text) for text in ("m", "mu", "mun", "mu", "m", "")]
    assert results[0] == {"seoul", "munich", "sado"}
    assert results[1] == results[2] == results[3] == {"munich"}
    assert results[4] == results[0]
    assert results[5] is None


def test_narrowing_gives_the_same_answer_as_a_fresh_search() -> None:
    timeline = _timeline()
    typed = EventSearch(timeline)
    for prefix in ("t", "ta", "tal", "talk", "talks ", "talks i", "talks in"):
        assert typed.matches(prefix) == EventSearch(timeline).matches(prefix), prefix


def test_search_follows_changes() -> None:
    timeline = _timeline()
    search = EventSearch(timeline)
    assert search.matches("munich") == {"munich"}
    edited = dataclasses.replace(timeline.get("munich"), title="Talks in Bavaria",
                                 location="")
    search.update(edited)
    assert search.matches("munich") == frozenset()
    search.discard("seoul")
    assert search.matches("cho") == {"munich"}
    assert len(search) == 3


def test_empty_filter_hides_nothing() -> None:
    assert not EventFilter().is_active
    assert hidden_by(_timeline(), EventFilter()) == frozenset()


def test_each_filter_and_their_combination() -> None:
    timeline = _timeline()
    everyone = {e.id for e in timeline}

    def shown(f: EventFilter) -> set[str]:
        return everyone - hidden_by(timeline, f)

    assert shown(EventFilter(hidden_categories=frozenset({"meeting"}))) == {"treaty", "sado"}
    assert shown(EventFilter(participants=frozenset({"Cho Tae-yul", "Japan"}))) == {
        "seoul", "munich", "treaty"}
    assert shown(EventFilter(places=frozenset({"Tokyo", "Sado"}))) == {"treaty", "sado"}
    assert shown(EventFilter(sources=frozenset({"np"}))) == {"seoul", "treaty"}
    assert shown(EventFilter(sources=frozenset({NO_SOURCE}))) == {"munich", "sado"}
    # The late-2024 span (to January 2025) overlaps January 2025; June 1965 does not.
    assert shown(EventFilter(first_day=D(2025, 1, 1))) == {"seoul", "munich", "sado"}
    assert shown(EventFilter(last_day=D(2025, 2, 1))) == {"munich", "treaty", "sado"}
    assert shown(EventFilter(first_day=D(2025, 2, 28), last_day=D(2025, 2, 28))) == {"munich"}
    combined = EventFilter(participants=frozenset({"Cho Tae-yul"}),
                           hidden_categories=frozenset({"treaty"}),
                           first_day=D(2025, 3, 1))
    assert shown(combined) == {"seoul"}
    assert combined.describe() == "1 category hidden, participants, dates"


def test_facets_count_values_most_first() -> None:
    found = facets(_timeline())
    assert found.categories[0] == ("meeting", 2)
    assert found.participants[0] == ("Cho Tae-yul", 2)
    assert ("München", 1) in found.places
    assert dict(found.sources) == {"np": 2, NO_SOURCE: 2}


def test_ordered_ids_are_in_date_order() -> None:
    timeline = _timeline()
    assert ordered_ids(timeline, {"seoul", "treaty", "munich", "gone"}) == [
        "treaty", "munich", "seoul"]


def test_step_through_matches_wraps_and_skips_hidden() -> None:
    timeline = _timeline()  # date order: treaty, sado, munich, seoul
    matches = frozenset({"treaty", "munich", "seoul"})
    assert step(timeline, "", +1, matches) == "treaty"
    assert step(timeline, "", -1, matches) == "seoul"
    assert step(timeline, "treaty", +1, matches) == "munich"
    assert step(timeline, "seoul", +1, matches) == "treaty"  # wraps
    assert step(timeline, "treaty", -1, matches) == "seoul"
    assert step(timeline, "sado", +1, matches) == "munich"  # from a non-match
    assert step(timeline, "treaty", +1, matches, hidden={"munich"}) == "seoul"
    assert step(timeline, "treaty", +1, frozenset()) is None


def test_step_through_the_timeline_skips_hidden_and_stops_at_the_end() -> None:
    timeline = _timeline()
    assert step(timeline, "treaty", +1, hidden={"sado"}) == "munich"
    assert step(timeline, "seoul", +1) is None
    assert step(timeline, "", -1, hidden={"seoul"}) == "munich"
    assert step(Timeline(), "", +1) is None


def test_a_result_is_a_set_of_ids() -> None:
    search = EventSearch(_timeline())
    found = search.matches("e")  # every event has an "e" somewhere
    assert isinstance(found, Matches)
    assert len(found) == 4 and "seoul" in found and "nope" not in found
    assert set(found) == {"seoul", "munich", "treaty", "sado"}
    narrowed = search.matches("es")
    assert narrowed == EventSearch(_timeline()).matches("es")
    assert isinstance(found - {"seoul"}, frozenset)
    assert found - {"seoul"} == {"munich", "treaty", "sado"}


def test_compress_matching_with_sets_and_search_results() -> None:
    ids = ["a", "b", "c", "d"]
    values = [1, 2, 3, 4]
    assert list(compress_matching(values, ids, frozenset({"b", "d"}))) == [2, 4]
    events = [Event(i, f"Talks {i}", FuzzyDate.of_year(2000), location="Bern" if i != "a" else "")
              for i in ids]
    found = EventSearch(events).matches("bern")
    assert isinstance(found, Matches)
    assert list(compress_matching(values, ids, found)) == [2, 3, 4]
    assert list(compress_matching([0, 1], ["zz", "b"], found)) == [1]  # unknown ids: no
    assert len(found) == 3 and "a" not in found and "zz" not in found


def test_the_index_follows_additions_changes_and_removals() -> None:
    events = [Event(f"e{i}", f"Talks number {i}", FuzzyDate.of_year(2000 + i % 20),
                    location="Geneva" if i in (3, 17) else "Vienna") for i in range(40)]
    timeline = Timeline.from_events(events)
    search = EventSearch(timeline)
    assert search.matches("geneva") == {"e3", "e17"}
    assert search.matches("talks geneva") == {"e3", "e17"}
    assert search.matches("number 1") == {f"e{i}" for i in range(40) if "1" in str(i)}
    # A word never runs across two events' texts, nor does a NUL in the query join them.
    assert search.matches("vienna\0talks") == search.matches("vienna talks")
    search.update(dataclasses.replace(events[5], location="Geneva"))
    assert search.matches("geneva") == {"e3", "e5", "e17"}
    search.discard("e3")  # the last event moves into its place
    assert search.matches("geneva") == {"e5", "e17"}
    assert search.matches("number 39") == {"e39"}
    for i in range(40, 100):  # the index grows past its first size
        search.update(Event(f"e{i}", f"Talks number {i} in Oslo", FuzzyDate.of_year(2001)))
    assert search.matches("oslo") == {f"e{i}" for i in range(40, 100)}
    assert search.matches("u") == {f"e{i}" for i in range(100) if i != 3}  # "number"
    assert search.matches("geneva") == {"e5", "e17"}


def _naive(events: list[Event], text: str) -> set[str]:
    words = fold(text).replace("\0", " ").split()
    return {e.id for e in events if all(w in haystack(e) for w in words)}


_LETTERS = "abeinos -1é\u0434\n"  # a few letters, a space, a hyphen, a digit, an accent, Cyrillic


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(st.text(_LETTERS, max_size=12), min_size=1, max_size=12),
       queries=st.lists(st.text(_LETTERS, max_size=5), min_size=1, max_size=8))
def test_search_agrees_with_a_naive_search(texts: list[str], queries: list[str]) -> None:
    events = [Event(f"e{i}", text, FuzzyDate.of_year(2000)) for i, text in enumerate(texts)]
    search = EventSearch(events)
    for query in queries:  # in turn, so narrowing and the cache are used too
        found = search.matches(query)
        if not query.split():
            assert found is None
        else:
            assert found == _naive(events, query), query
    for query in queries:  # typed one character at a time
        for end in range(1, len(query) + 1):
            found = search.matches(query[:end])
            assert (found is None) == (not query[:end].split())
            assert found is None or found == _naive(events, query[:end]), query[:end]


def test_hidden_by_agrees_with_accepts_on_random_filters() -> None:
    import random

    rng = random.Random(7)
    people = ["A", "B", "C", "D"]
    places = ["Seoul", "Tokyo", ""]
    events = []
    for i in range(300):
        start = D(2000, 1, 1) + _dt.timedelta(days=rng.randrange(3000))
        date = (FuzzyDate.of_day(start) if rng.random() < 0.6
                else FuzzyDate.of_month(start.year, start.month))
        events.append(Event(
            f"e{i}", f"Event {i}", date,
            end=FuzzyDate.of_day(start + _dt.timedelta(days=40)) if rng.random() < 0.1 else None,
            category=rng.choice(["meeting", "visit", "treaty"]),
            participants=tuple(rng.sample(people, rng.randrange(3))),
            location=rng.choice(places),
            source_id=rng.choice(["s1", "s2", None])))
    timeline = Timeline.from_events(events)
    for _ in range(200):
        f = EventFilter(
            hidden_categories=frozenset(rng.sample(["meeting", "visit", "treaty"],
                                                   rng.randrange(3))),
            participants=frozenset(rng.sample(people, rng.randrange(3))),
            places=frozenset(rng.sample(places, rng.randrange(3))),
            sources=frozenset(rng.sample(["s1", "s2", NO_SOURCE], rng.randrange(3))),
            first_day=D(2003, 1, 1) + _dt.timedelta(days=rng.randrange(2000))
            if rng.random() < 0.5 else None,
            last_day=D(2004, 1, 1) + _dt.timedelta(days=rng.randrange(2000))
            if rng.random() < 0.5 else None)
        assert hidden_by(timeline, f) == {e.id for e in timeline if not f.accepts(e)}, f


def test_the_first_step_of_a_large_build_maps_a_step_of_pages_not_the_whole_index():
    """numpy's huge pages made the first step fault in all the pair bits (176 MB at
    1 000 000 events, one 0.35 s step); counted as resident pages, not time."""
    import os
    from pathlib import Path

    import pytest

    thp = Path("/sys/kernel/mm/transparent_hugepage/enabled")
    if not thp.exists() or "[madvise]" not in thp.read_text() or os.name != "posix":
        pytest.skip("measures the pages of Linux with huge pages on request")
    from benchmarks.synthetic import synthetic_timeline

    def resident() -> int:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    events = synthetic_timeline(64, seed=5).events
    search = EventSearch()
    search.begin(events * 12_500)  # 800 000 events: 140 MB of bits; only 64 are indexed
    bits = search._bits.nbytes
    before = resident()
    search.index_some(64)
    assert resident() - before < bits / 7  # ~1 406 pages of 4 KiB (one a row): 5.6 MB


def _facets_one_event_at_a_time(events: list[Event]) -> Facets:
    """``facets`` as a loop an event (the code before session 13): the reference."""
    from collections import Counter

    categories: Counter[str] = Counter()
    participants: Counter[str] = Counter()
    places: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    for event in events:
        categories[event.category] += 1
        participants.update(set(event.participants))
        if event.location:
            places[event.location] += 1
        sources[event.source_id or NO_SOURCE] += 1
        statuses[event.status] += 1

    def ordered(counter: Counter[str]) -> list[tuple[str, int]]:
        return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].casefold()))

    return Facets(ordered(categories), ordered(participants), ordered(places), ordered(sources),
                  [(s, statuses[s]) for s in ("confirmed", "unconfirmed", "disputed", "denied",
                                              "") if statuses[s]])


_NAMES = st.sampled_from(["Iran", "IRAN", "iran", "EU", "Eu", "Ö", "ö", "", "b", "B"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_NAMES, st.lists(_NAMES, max_size=4), _NAMES,
                          st.sampled_from([None, "", "s1", "S1", "s2"]),
                          st.sampled_from(["", "disputed", "denied"])), max_size=30))
def test_facets_count_and_order_as_a_loop_over_the_events_does(
        rows: list[tuple[str, list[str], str, str | None, str]]) -> None:
    """Counted by C loops now (issue 11: the Filters dock at 100 000 events): the same
    counts in the same order, names repeated in an event, empty places and sources,
    and names equal but for case (ordered by first appearance) included."""
    day = FuzzyDate(2025, 1, 1)
    events = [Event(id=f"e{i}", title="t", date=day, category=category or "x",
                    participants=tuple(names), location=place, source_id=source,
                    status=status)
              for i, (category, names, place, source, status) in enumerate(rows)]
    assert facets(events) == _facets_one_event_at_a_time(events)
    assert facets(Timeline.from_events(events)) == _facets_one_event_at_a_time(events)
