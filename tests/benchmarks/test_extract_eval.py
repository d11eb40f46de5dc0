"""The event scorer of ``benchmarks/extract_eval.py`` on tiny made-up cases, and its data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.extract_eval import (
    DATA_DIR,
    GoldArticle,
    GoldEvent,
    SystemEvent,
    classify,
    dates_compatible,
    load_article,
    load_dataset,
    match,
    name_matches,
    parse_gold_date,
    run_extractor,
    score,
)
from timeline_app.core.dates import FuzzyDate, Precision

DAY = FuzzyDate.from_timex


def gold(id_: str, date: str | None, words: str, people: tuple[str, ...] = (),
         span: tuple[int, int] = (0, 0), optional: bool = False) -> GoldEvent:
    return GoldEvent(id=id_, description=words, date=DAY(date) if date else None,
                     participants=tuple(tuple(p.split("|")) for p in people),
                     spans=(span,) if span != (0, 0) else (), optional=optional)


def cand(date: str, title: str, people: tuple[str, ...] = (),
         span: tuple[int, int] = (0, 0)) -> SystemEvent:
    return SystemEvent(title=title, date=DAY(date), participants=people,
                       spans=(span,) if span != (0, 0) else ())


# --------------------------------------------------------------------------- dates
@pytest.mark.parametrize(("g", "c", "ok"), [
    ("2025-03-22", "2025-03-22", True),
    ("2025-03-22", "2025-03", True),  # coarser but containing: matches, precision is wrong
    ("2025-03", "2025-03-22", True),
    ("2025-03-22", "2025-03-21", False),
    ("2025-03", "2025-04", False),
    ("2024", "2025-01-01", False),
])
def test_dates_compatible_means_overlapping_ranges(g: str, c: str, ok: bool) -> None:
    assert dates_compatible(DAY(g), DAY(c)) is ok


def test_circa_widens_by_one_unit_of_precision() -> None:
    assert dates_compatible(DAY("2024-04-12", "APPROX"), DAY("2024-04-09"))  # within a week
    assert not dates_compatible(DAY("2024-04-12", "APPROX"), DAY("2024-04-01"))
    assert dates_compatible(DAY("2025-01", "APPROX"), DAY("2025-02"))
    assert not dates_compatible(DAY("2025-01", "APPROX"), DAY("2025-03"))


def test_parse_gold_date_forms() -> None:
    assert parse_gold_date("undatable") is None
    assert parse_gold_date({"value": "2024", "precision": "part_of_year", "part": "late"}) \
        == FuzzyDate.of_part(2024, "late")
    assert parse_gold_date({"value": "2025-H1", "precision": "part_of_year", "part": "H1"}) \
        == FuzzyDate.of_part(2025, "H1")
    assert parse_gold_date({"value": "200", "precision": "decade"}).precision is Precision.DECADE
    assert parse_gold_date({"value": "2025-01", "precision": "month", "circa": True}).circa
    with pytest.raises(ValueError):
        parse_gold_date({"value": "2025-01", "precision": "day"})
    with pytest.raises(ValueError):
        parse_gold_date({"value": "2025-SU", "precision": "part_of_year", "part": "H1"})


# --------------------------------------------------------------------------- names
@pytest.mark.parametrize(("g", "c", "ok"), [
    ("Cho", "Cho Tae-yul", True),
    ("Cho Tae-yul", "Foreign Minister Cho Tae-yul", True),
    ("U.S.", "US", True),
    ("Jeanine Anez", "Jeanine Áñez", True),
    ("South Korea", "North Korea", False),
    ("China", "Chinese", False),
    ("Li", "Lithuania", False),
])
def test_name_matches_whole_words(g: str, c: str, ok: bool) -> None:
    assert name_matches(g, c) is ok


# ext81 (session 47): other names of one state or bloc, read from the app's own tables
# (core.gazetteer, the extractor's state names); never a person for a state, a demonym, one
# Korea for the other, a title, or the ambiguous "Congo".
@pytest.mark.parametrize(("g", "c", "ok"), [
    ("EU", "European Union", True),
    ("South Korea", "Republic of Korea", True),
    ("ROK", "Republic of Korea", True),
    ("UK", "United Kingdom", True),
    ("UAE", "United Arab Emirates", True),
    ("US", "United States", True),
    ("ECOWAS", "CEDEAO", True),
    ("Turkey", "Türkiye", True),
    ("Myanmar", "Burma", True),
    ("South Korea", "Democratic People's Republic of Korea", False),
    ("North Korea", "Republic of Korea", False),
    ("China", "Chinese", False),
    ("Singapore", "Lawrence Wong", False),
    ("Holy Roman Empire", "Holy Roman Emperor", False),
    ("Republic of the Congo", "DR Congo", False),
    ("Congo", "DRC", False),
    ("EU", "African Union", False),
    ("UN", "UN Security Council", False),  # a body of the UN is not the UN
    ("United Nations", "UN Security Council", False),
])
def test_name_matches_other_names_of_one_actor(g: str, c: str, ok: bool) -> None:
    assert name_matches(g, c) is ok


def test_literal_names_keep_the_old_scorer() -> None:
    assert not name_matches("EU", "European Union", aliases=False)
    assert not name_matches("South Korea", "Republic of Korea", aliases=False)
    assert name_matches("Cho", "Cho Tae-yul", aliases=False)


# --------------------------------------------------------------------------- matching
def test_one_to_one_matching_prefers_the_better_pair() -> None:
    golds = [gold("talks", "2025-03-23", "Cho and Wang hold phone talks", ("Cho", "Wang"), (0, 10)),
             gold("visit", "2025-04", "Wang to visit Seoul", ("Wang",), (20, 30))]
    # Given in the "wrong" order: the scorer must not pair by position.
    cands = [cand("2025-04", "Wang Yi visits Seoul", ("Wang Yi",), (15, 40)),
             cand("2025-03-23", "Cho Tae-yul and Wang Yi hold phone talks",
                  ("Cho Tae-yul", "Wang Yi"), (0, 14))]
    m = match(golds, cands)
    assert sorted(m.pairs) == [(0, 1), (1, 0)]
    assert m.missed == [] and m.spurious == []
    c = score(golds, cands, m)
    assert (c.tp, c.fp, c.fn, c.precision, c.recall, c.f1) == (2, 0, 0, 1.0, 1.0, 1.0)
    assert (c.date_ok, c.precision_ok, c.participants_ok) == (2, 2, 2)


def test_a_wrong_date_is_a_miss_and_a_wrong_candidate() -> None:
    golds = [gold("breakfast", "2025-02-26", "breakfast meeting of Lee and Kim", ("Lee", "Kim"),
                  (0, 50))]
    cands = [cand("2025-02-27", "Lee meets Kim", ("Lee Jun-il", "Kevin Kim"), (0, 80))]
    m = match(golds, cands)
    assert (m.pairs, m.missed, m.spurious) == ([], [0], [0])
    c = score(golds, cands, m)
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)
    art = GoldArticle("a", "x" * 100, _dt_date(2025, 2, 27), tuple(golds))
    kinds = [k for k, _, _ in classify(art, cands, m, _dt_date(2025, 2, 27))]
    assert kinds == ["miss:wrong-date", "wrong:date"]


def test_a_coarse_date_matches_but_costs_date_and_precision_accuracy() -> None:
    golds = [gold("g", "2024-05-13", "Argentina recalls ambassador", ("Argentina",), (0, 10))]
    cands = [cand("2024-05", "Argentina recalls its ambassador", ("Spain",), (0, 10))]
    m = match(golds, cands)
    c = score(golds, cands, m)
    assert (c.tp, c.date_ok, c.precision_ok, c.participants_ok) == (1, 0, 0, 0)
    art = GoldArticle("a", "x" * 20, None, tuple(golds))
    kinds = [k for k, _, _ in classify(art, cands, m, None)]
    assert kinds == ["pair:precision", "pair:participants"]


def test_words_alone_can_match_when_the_evidence_differs() -> None:
    golds = [gold("g", "2016", "Seoul agrees to deploy THAAD", ("South Korea",), (0, 10))]
    hit = cand("2016", "South Korea agrees to deploy THAAD", ("South Korea",), (50, 60))
    miss = cand("2016", "Beijing imposes sanctions", ("China",), (50, 60))
    assert match(golds, [hit]).pairs == [(0, 0)]
    assert match(golds, [miss]).pairs == []


def test_optional_events_neither_help_nor_hurt() -> None:
    golds = [gold("main", "2025-02-12", "joint statement", span=(0, 10)),
             gold("side", "2025-02-12", "consulate inaugurated", span=(20, 30), optional=True)]
    both = [cand("2025-02-12", "Joint statement issued", span=(0, 10)),
            cand("2025-02-12", "Consulate inaugurated", span=(20, 30))]
    c = score(golds, both, match(golds, both))
    assert (c.gold, c.tp, c.fp, c.fn) == (1, 1, 0, 0)
    only_main = both[:1]
    c = score(golds, only_main, match(golds, only_main))
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_required_events_are_matched_before_optional_ones() -> None:
    golds = [gold("opt", "2025-02-12", "joint statement Modi Macron", span=(0, 10), optional=True),
             gold("req", "2025-02-12", "joint statement Modi Macron", span=(0, 10))]
    cands = [cand("2025-02-12", "Modi and Macron issue a joint statement", span=(0, 10))]
    assert match(golds, cands).pairs == [(1, 0)]


def test_a_dated_undatable_event_is_wrong_unless_optional() -> None:
    golds = [gold("talks", None, "talks resume in Doha", span=(0, 10)),
             gold("plan", None, "talks on AI planned", span=(40, 50), optional=True)]
    cands = [cand("2024-06-10", "Talks resume in Doha", span=(0, 20)),
             cand("2024-06-10", "AI talks", span=(40, 60))]
    m = match(golds, cands)
    assert m.spurious == [0]
    assert sorted(m.undatable_hits) == [(0, 0), (1, 1)]
    c = score(golds, cands, m)
    assert (c.gold, c.tp, c.fp, c.fn) == (0, 0, 1, 0)
    art = GoldArticle("a", "x" * 100, None, tuple(golds))
    assert [k for k, _, _ in classify(art, cands, m, None)] == ["wrong:dated-undatable"]


def test_duplicates_and_merges_are_told_apart() -> None:
    golds = [gold("a", "2025-01-14", "ministers meet in Cairo", ("Egypt",), (0, 20)),
             gold("b", "2025-01-14", "accord on energy signed", ("Egypt",), (25, 45))]
    # One candidate for the whole sentence, and a second copy of it.
    cands = [cand("2025-01-14", "Ministers meet in Cairo", ("Egypt",), (0, 60)),
             cand("2025-01-14", "Ministers meet in Cairo", ("Egypt",), (0, 60))]
    m = match(golds, cands)
    assert len(m.pairs) == 2 and m.missed == [] and m.spurious == []
    m = match(golds, cands[:1])
    art = GoldArticle("a", "x" * 100, None, tuple(golds))
    kinds = [k for k, _, _ in classify(art, cands[:1], m, None)]
    assert kinds == ["miss:merged"]
    three = [*cands, cand("2025-01-14", "Ministers meet in Cairo", ("Egypt",), (0, 60))]
    m = match(golds, three)
    assert [k for k, _, _ in classify(art, three, m, None)] == ["wrong:duplicate"]


def test_misses_without_dct_are_put_down_to_the_dateline() -> None:
    golds = [gold("g", "2025-03-23", "phone talks", span=(0, 10))]
    art = GoldArticle("a", "x" * 20, _dt_date(2025, 3, 23), tuple(golds))
    m = match(golds, [])
    assert [k for k, _, _ in classify(art, [], m, None)] == ["miss:no-dct"]
    assert [k for k, _, _ in classify(art, [], m, _dt_date(2025, 3, 23))] == ["miss:no-candidate"]


# --------------------------------------------------------------------------- the data set
def test_the_benchmark_data_loads_and_is_split_as_documented() -> None:
    articles = load_dataset()
    names = {a.name for a in articles}
    on_disk = {p.name.removesuffix(".gold.json") for p in Path(DATA_DIR).glob("*.gold.json")}
    assert names == on_disk
    assert len(articles) >= 29
    held = [a for a in articles if a.heldout]
    split = json.loads((DATA_DIR / "split.json").read_text(encoding="utf-8"))
    # The held-out part is the newest blind set, scored once and then moved to dev (see
    # split.json's note): at least 10 articles and a fifth of all (the h4 set: 13 of 66;
    # a quarter while the dev part was smaller); empty between two blind sets.
    assert (len(held) >= 10 and len(held) >= len(articles) // 5) or not split["heldout"]
    assert "seed" not in {a.name for a in held}
    for art in articles:
        if art.name == "seed":
            assert len(art.events) == 8  # resources/default-timeline.json, not a copy
            continue
        words = len(art.text.split())
        # (a new user's own stories, "uNN-", are as short or as long as the user wrote
        # them: verify24's has 434 words; the h6 blind set was asked for 200-450 words, the
        # h9, h10 and h11 sets for 250-700)
        low, high = ((100, 500) if art.name.startswith("u")
                     else (150, 450) if art.name.startswith("h6-")
                     else (150, 700) if art.name.startswith(("h9-", "h10-", "h11-"))
                     else (150, 400))
        assert low <= words <= high, (art.name, words)
        for ev in art.events:
            assert ev.spans, (art.name, ev.id)
            assert ev.participants, (art.name, ev.id)
    split = json.loads((DATA_DIR / "split.json").read_text(encoding="utf-8"))
    assert not set(split["dev"]) & set(split["heldout"])


def _dt_date(y: int, m: int, d: int):  # type: ignore[no-untyped-def]
    import datetime

    return datetime.date(y, m, d)


def test_place_accuracy_counts_only_gold_events_with_a_place() -> None:
    with_place = GoldEvent(id="a", description="talks in Tokyo", date=DAY("2025-03-22"),
                           place=("Tokyo",), spans=((0, 10),))
    without = GoldEvent(id="b", description="talks", date=DAY("2025-03-23"), spans=((20, 30),))
    cands = [SystemEvent(title="Talks in Tokyo", date=DAY("2025-03-22"), location="Tokyo, Japan",
                         spans=((0, 10),)),
             SystemEvent(title="Talks", date=DAY("2025-03-23"), location="Seoul",
                         spans=((20, 30),))]
    c = score([with_place, without], cands, match([with_place, without], cands))
    assert (c.tp, c.place_expected, c.place_ok) == (2, 1, 1)


def test_candidates_survive_the_json_of_the_baseline_child() -> None:
    from benchmarks.extract_eval import _event_from_json, _event_to_json

    event = SystemEvent(title="Talks", date=FuzzyDate.of_part(2024, "late", circa=True),
                        participants=("Cho Tae-yul", "Wang Yi"), location="Tokyo",
                        spans=((3, 40), (50, 90)), sentence="They met.")
    assert _event_from_json(json.loads(json.dumps(_event_to_json(event)))) == event


def test_the_seed_article_gives_its_eight_events_with_all_their_participants() -> None:
    # (the default timeline's participants are the gold: a participant rule that names
    # "the two ministers" where the seed says "their countries" must not pass unseen)
    seed = load_article(DATA_DIR, "seed")
    cands, _, _, error = run_extractor(seed, given_dct=False, timeout=0)
    assert not error
    m = match(seed.events, cands)
    counts = score(seed.events, cands, m)
    assert (counts.tp, counts.fp, counts.fn) == (8, 0, 0)
    assert counts.participants_ok == 8, [
        (g.id, cands[c].participants) for g_i, c in m.pairs
        for g in [seed.events[g_i]] if g.participants]
    # ... and no one else: each candidate names exactly the timeline's participants
    for g_i, c in m.pairs:
        want = {alts[0] for alts in seed.events[g_i].participants}
        assert set(cands[c].participants) == want, (seed.events[g_i].id, cands[c].participants)


# --------------------------------------------------------------------------- error kinds
def _kinds_of(text: str, g: GoldEvent, c: SystemEvent) -> tuple[list[str], list[str]]:
    from benchmarks.extract_eval import error_kinds

    art = GoldArticle("k", text, None, (g,))
    places, people = error_kinds(art, [c], match([g], [c]))
    return sorted(places.elements()), sorted(people.elements())


@pytest.mark.parametrize(("text", "place", "location", "kind"), [
    ("Lee and Iwaya met in Tokyo on Monday.", "Tokyo", "", "none:in-sentence-locative"),
    ("Seoul and Tokyo signed the pact on Monday.", "Tokyo", "", "none:in-sentence-bare"),
    ("Truck drivers blocked the Chungara crossing on Monday.", "Chungara", "", "none:unknown-name"),
    ("OSLO, Feb 3 (Reuters) - The two sides met on Monday.", "Oslo", "", "none:dateline"),
    ("OSLO, Feb 3 (Reuters) - The two sides met on Monday in Kirkenes.", "Kirkenes", "Oslo",
     "dateline"),
    ("The two sides met on Monday.", "Beijing", "", "none:not-in-text"),
    ("The two sides met on Monday. Talks were held in Nairobi.", "Nairobi", "",
     "none:elsewhere"),
    ("The two sides met on Monday.", "Nairobi", "Kenya", "country-for-city"),
    ("The two sides met on Monday.", "Kenya", "Nairobi", "city-for-country"),
    ("The two sides met on Monday.", "Nuku'alofa", "Nukualofa", "spelling"),
    ("The two sides met on Monday.", "Kyiv", "Warsaw", "other"),
])
def test_place_error_kinds(text: str, place: str, location: str, kind: str) -> None:
    span = (text.index("The two") if "The two" in text else 0, len(text))
    g = GoldEvent(id="a", description="two sides meet", date=DAY("2025-02-03"),
                  place=(place,), spans=(span,))
    c = SystemEvent(title="Two sides meet", date=DAY("2025-02-03"), location=location,
                    spans=(span,))
    assert _kinds_of(text, g, c) == ([kind], [])


@pytest.mark.parametrize(("text", "gold_people", "cand_people", "kinds"), [
    ("Egypt and Jordan signed an accord.", ("Egypt", "Jordan"), (),
     ["none:in-sentence", "none:in-sentence"]),
    ("The foreign minister met Wang Yi.", ("Takeshi Iwaya", "Wang Yi"), ("Wang Yi",),
     ["title-only"]),
    ("Iwaya met Wang Yi.", ("Takeshi Iwaya|Iwaya", "Wang Yi"), ("China", "Wang Yi"),
     ["country-for-person"]),
    ("Egypt's Abdelatty met Jordan's Safadi.", ("Egypt", "Jordan"),
     ("Badr Abdelatty", "Ayman Safadi"),
     ["person-for-country:in-sentence", "person-for-country:in-sentence"]),
    ("The Security Council met Grundberg.", ("Security Council", "Hans Grundberg"),
     ("Hans Grundberg",), ["group-or-body"]),
    ("Ministers of Moldova and the EU met.", ("Moldova", "EU"), ("Moldova",),
     ["side-missing:in-sentence"]),
    ("Lee Jun-il met Namazu.", ("Lee Jun-il", "Namazu Hiroyuki|Namazu"),
     ("Lee Jun-ill", "Namazu"), ["cut-or-spelling"]),
    ("North Korea fired a missile.", ("North Korea",), ("South Korea",), ["other:in-sentence"]),
])
def test_participant_error_kinds(text: str, gold_people: tuple[str, ...],
                                 cand_people: tuple[str, ...], kinds: list[str]) -> None:
    g = gold("a", "2025-02-03", "accord meeting missile", gold_people, (0, len(text)))
    c = cand("2025-02-03", "Accord meeting missile", cand_people, (0, len(text)))
    assert _kinds_of(text, g, c) == ([], sorted(kinds))
