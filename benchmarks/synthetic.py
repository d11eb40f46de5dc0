"""Synthetic timelines for benchmarks (and tests): N events with a realistic mix.

Usage as a library::

    from benchmarks.synthetic import synthetic_timeline, busy_day
    timeline = synthetic_timeline(10_000, seed=1)

or from the command line, to write a file the app can open::

    python benchmarks/synthetic.py 10000 /tmp/big.json [--seed 1]

What "realistic" means here (a news-derived diplomatic timeline):

* precision: ~60% day, 25% month, 10% part of a year, 5% year; ~4% of dates are circa;
* ~3% of events last (an ``end`` date weeks to years later), the rest are single dates;
* eight categories with uneven weights (meetings and statements dominate);
* titles of 30-110 characters built from actors, verbs and topics;
* dates over 1945-2025, denser in recent years (more news) and clustered around
  "crises" and "summits" (bursts of a few days to a few months), so that some days
  hold dozens of events and some lanes go dense when zoomed out;
* a handful of sources with datelines, most events citing one of them.

Everything comes from ``random.Random(seed)``: the same ``(n, seed)`` gives the same
timeline, byte for byte once saved.
"""

from __future__ import annotations

import datetime as _dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Source

__all__ = ["FIRST_YEAR", "LAST_YEAR", "busy_day", "synthetic_events", "synthetic_timeline"]

FIRST_YEAR = 1945
LAST_YEAR = 2025

CATEGORIES = (  # (category, weight)
    ("meeting", 30), ("statement", 22), ("visit", 14), ("policy", 12),
    ("dispute", 10), ("treaty", 5), ("anniversary", 4), ("event", 3),
)
PRECISIONS = (("day", 60), ("month", 25), ("part", 10), ("year", 5))
PARTS = ("early", "mid", "late", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "SP", "SU", "FA", "WI")

ACTORS = (
    "South Korea", "Japan", "China", "the United States", "North Korea", "Russia",
    "the European Union", "ASEAN", "India", "Australia", "Taiwan", "Mongolia",
    "the United Nations", "Vietnam", "the Philippines", "Indonesia", "Canada", "France",
    "Germany", "the United Kingdom",
)
PEOPLE = (
    "foreign ministers", "prime ministers", "presidents", "defence ministers",
    "trade envoys", "vice foreign ministers", "nuclear envoys", "ambassadors",
    "national security advisers", "finance ministers",
)
VERBS = {
    "meeting": ("meet in {place} to discuss", "hold talks on", "agree to resume dialogue on",
                "hold a trilateral summit on", "meet on the sidelines of the G20 over"),
    "statement": ("issue a joint statement on", "protest", "welcome progress on",
                  "express concern over", "call for restraint over"),
    "visit": ("visits {place} for talks on", "makes a state visit to {place} amid",
              "travels to {place} to prepare", "tours {place} ahead of talks on"),
    "policy": ("announces new sanctions over", "lifts export controls on",
               "revises its white paper on", "adopts a strategy for", "tightens rules on"),
    "dispute": ("lodge a formal protest over", "recall ambassadors over",
                "clash over", "trade accusations over", "file a WTO complaint over"),
    "treaty": ("sign an agreement on", "ratify the treaty on", "renew the pact on",
               "conclude negotiations on"),
    "anniversary": ("mark the anniversary of", "commemorate", "hold a ceremony for"),
    "event": ("see protests over", "report on", "face a crisis over"),
}
TOPICS = (
    "wartime labour compensation", "the Dokdo/Takeshima islets", "semiconductor supply chains",
    "North Korean missile launches", "fisheries in the East China Sea", "visa waivers",
    "the normalization of diplomatic ties", "military intelligence sharing",
    "the release of treated water from Fukushima", "a currency swap line",
    "history textbooks", "climate cooperation", "refugee resettlement",
    "maritime boundary delimitation", "rare-earth exports", "cultural exchange programmes",
    "the denuclearization of the Korean Peninsula", "tariffs on steel", "a free-trade area",
    "port access for naval vessels",
)
PLACES = ("Seoul", "Tokyo", "Beijing", "Washington", "Pyongyang", "Moscow", "Brussels",
          "Jakarta", "Hanoi", "Geneva", "New York", "Busan", "Osaka", "Singapore")


def _weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def _day_range() -> tuple[int, int]:
    return _dt.date(FIRST_YEAR, 1, 1).toordinal(), _dt.date(LAST_YEAR, 12, 31).toordinal()


def _clusters(rng: random.Random, count: int) -> list[tuple[int, float]]:
    """Crisis/summit centres (ordinal) with a spread in days; more of them in recent years."""
    first, last = _day_range()
    out = []
    for _ in range(count):
        # Skewed towards the present: sqrt of a uniform draw.
        day = int(first + (last - first) * rng.random() ** 0.5)
        spread = rng.choice((2.0, 5.0, 15.0, 45.0, 120.0))
        out.append((day, spread))
    return out


def _pick_day(rng: random.Random, clusters: list[tuple[int, float]]) -> _dt.date:
    first, last = _day_range()
    if rng.random() < 0.55:  # in a burst around a crisis or summit
        centre, spread = rng.choice(clusters)
        day = round(rng.gauss(centre, spread))
    else:  # background news, denser towards the present
        day = int(first + (last - first) * rng.random() ** 0.6)
    return _dt.date.fromordinal(min(max(day, first), last))


def _fuzzy(rng: random.Random, day: _dt.date, precision: str, circa: bool) -> FuzzyDate:
    if precision == "day":
        return FuzzyDate.of_day(day, circa)
    if precision == "month":
        return FuzzyDate.of_month(day.year, day.month, circa)
    if precision == "part":
        return FuzzyDate.of_part(min(day.year, LAST_YEAR - 1), rng.choice(PARTS), circa)
    return FuzzyDate.of_year(day.year, circa)


def _title(rng: random.Random, category: str) -> str:
    a, b = rng.sample(ACTORS, 2)
    verb = rng.choice(VERBS[category]).format(place=rng.choice(PLACES))
    topic = rng.choice(TOPICS)
    if category in ("visit", "policy", "event"):
        subject = f"{a}'s {rng.choice(PEOPLE)[:-1]}" if category == "visit" else a
        if category == "event":
            subject = f"{a} and {b}"
    else:
        subject = f"{a} and {b} {rng.choice(PEOPLE)}" if rng.random() < 0.6 else f"{a} and {b}"
    title = f"{subject} {verb} {topic}"
    if rng.random() < 0.25:
        title += rng.choice((" after months of tension", " despite domestic opposition",
                             " ahead of elections", ", officials say", " amid US pressure"))
    return title[0].upper() + title[1:]


def _sources(rng: random.Random, n: int) -> dict[str, Source]:
    first, last = _day_range()
    count = max(1, min(50, n // 200))
    out = {}
    for i in range(count):
        day = _dt.date.fromordinal(int(first + (last - first) * rng.random() ** 0.3))
        place = rng.choice(PLACES)
        out[f"src{i:03d}"] = Source(
            id=f"src{i:03d}", title=f"Diplomatic round-up from {place}", outlet="NationPress",
            dateline_place=place, dateline_date=day, date_basis="the article's dateline",
        )
    return out


def synthetic_events(n: int, seed: int = 1,
                     source_ids: list[str] | None = None) -> list[Event]:
    """``n`` events in generation (not date) order; ids are ``e000000``, ``e000001``, ..."""
    rng = random.Random(seed)
    clusters = _clusters(rng, max(8, n // 150))
    events: list[Event] = []
    for i in range(n):
        category = _weighted(rng, CATEGORIES)
        precision = _weighted(rng, PRECISIONS)
        circa = rng.random() < 0.04
        start = _pick_day(rng, clusters)
        date = _fuzzy(rng, start, precision, circa)
        end = None
        if rng.random() < 0.03:  # an event that lasts: talks, a dispute, a visit tour
            length = int(rng.choice((7, 30, 90, 365, 1000)) * (0.5 + rng.random()))
            end_day = _dt.date.fromordinal(min(date.end.toordinal() + length,
                                               _day_range()[1]))
            end = FuzzyDate.of_day(end_day) if precision == "day" else \
                FuzzyDate.of_month(end_day.year, end_day.month)
        a, b = rng.sample(ACTORS, 2)
        events.append(Event(
            id=f"e{i:06d}",
            title=_title(rng, category),
            date=date,
            end=end,
            category=category,
            participants=(a, b),
            location=rng.choice(PLACES) if rng.random() < 0.7 else "",
            summary="" if rng.random() < 0.5 else
            f"{a} and {b} {rng.choice(('discussed', 'disagreed on', 'agreed on'))} "
            f"{rng.choice(TOPICS)}.",
            date_basis="" if precision == "day" else f"The source gives only the {precision}.",
            source_id=rng.choice(source_ids) if source_ids and rng.random() < 0.8 else None,
        ))
    return events


def synthetic_timeline(n: int, seed: int = 1) -> Timeline:
    """A deterministic synthetic timeline of ``n`` events."""
    rng = random.Random(seed * 7919 + 17)
    sources = _sources(rng, n)
    events = synthetic_events(n, seed, sorted(sources))
    return Timeline.from_events(events, title=f"Synthetic timeline ({n} events, seed {seed})",
                                description="Generated by benchmarks/synthetic.py",
                                sources=sources)


def busy_day(timeline: Timeline) -> _dt.date:
    """The day on which the most day-precision events start (ties: the earliest)."""
    counts: dict[int, int] = {}
    for event in timeline.events:
        if event.date.is_point:
            day = event.start_day.toordinal()
            counts[day] = counts.get(day, 0) + 1
    if not counts:
        span = timeline.date_range()
        return span[0] if span else _dt.date.today()
    best = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    return _dt.date.fromordinal(best)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from timeline_app import io as timeline_io

    parser = argparse.ArgumentParser(description="Write a synthetic timeline file.")
    parser.add_argument("n", type=int, help="number of events")
    parser.add_argument("out", help="file to write")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    timeline_io.save(synthetic_timeline(args.n, args.seed), args.out)
    print(f"wrote {args.n} events to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
