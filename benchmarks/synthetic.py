"""Synthetic timelines for the benchmarks: N events written as a native file, streamed.

Usage as a library::

    from benchmarks.synthetic import write_synthetic, synthetic_timeline
    info = write_synthetic("/tmp/big.json", 1_000_000, seed=1)   # ~1 min, flat memory
    timeline = synthetic_timeline(1_000, seed=1)                   # small N, in memory

or from the command line::

    python benchmarks/synthetic.py 100000 /tmp/big.json [--seed 1]

The generator never holds the timeline: it walks the years in date order, builds one
year's dates at a time (at most a few tens of thousands of small tuples at 1M events),
writes each event as one compact JSON line to a temporary file, and the articles their
evidence cites to another; the final file is the header, the sources and the events
concatenated.  Peak memory is about 60 MB whatever N is.

What "realistic" means here (a news-derived diplomatic timeline, as the extractor and the
event editor produce them):

* dates: 99.5 % over 1945-2025, denser towards the present (more news) and 55 % of
  them in bursts around "crises" and "summits" (a few days to a few months wide), so
  some days hold dozens of events; 0.5 % background history 1815-1944 (treaties, wars)
  at year or decade precision, which leaves long gaps on the axis;
* precision: 57 % day, 19 % month, 10 % part of a year (early/mid/late, quarters,
  halves, seasons), 12 % year, 2 % decade; 5 % circa; 3 % spans (an ``end`` weeks to
  years later);
* eight categories (lanes) with uneven weights (meetings and statements dominate);
* titles of 30-140 characters from actors, verbs and topics; 1-4 participants
  (countries and named officials); a location for 70 %; a summary sentence for half;
  a ``date_basis`` for every date that is not a plain day;
* 65 % of events were read from an article: they cite a source and carry one evidence
  sentence (about 100-220 characters, with the date expression's offsets) that is
  found at its offsets in the article's text; an article holds the evidence sentences
  of 3-10 consecutive events under a dateline ("SEOUL, March 23, 2025 (Yonhap) -- ");
  the other 35 % were typed in and cite nothing.

The file is what the app reads (``timeline_app.io.load``), in date order as the app
saves it, but compact: one JSON object per line instead of the app's two-space indent
(a million events with indentation would pass 1 GB; the parser's cost is in the
values, not the whitespace).  Everything comes from ``random.Random(seed)``: the same
``(n, seed)`` gives the same bytes.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import json
import math
import os
import random
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline_app.core.dates import PART_OF_YEAR_MONTHS, FuzzyDate
from timeline_app.io.native import _date_json  # the file format's own date encoding

__all__ = ["GENERATOR_VERSION", "SyntheticInfo", "synthetic_timeline", "write_synthetic"]

#: Bump when the output changes, so that cached files are regenerated.
GENERATOR_VERSION = 3  # 3: "makes a state visit" (2 wrote "visits")

FIRST_YEAR = 1945
LAST_YEAR = 2025
HISTORY_FIRST_YEAR = 1815
HISTORY_SHARE = 0.005
DECADE_SHARE = 0.02
CITED_SHARE = 0.65

CATEGORIES = (  # (category, weight)
    ("meeting", 30), ("statement", 22), ("visit", 14), ("policy", 12),
    ("dispute", 10), ("treaty", 5), ("anniversary", 4), ("event", 3),
)
# Of the events that are not decades: day, month, part of year, year.
PRECISIONS = (("day", 58), ("month", 19.5), ("part", 10), ("year", 12.5))
PARTS_BY_MONTH = {m: [p for p, (first, length, _) in PART_OF_YEAR_MONTHS.items()
                      if first <= m < first + length] for m in range(1, 13)}

ACTORS = (
    "South Korea", "Japan", "China", "the United States", "North Korea", "Russia",
    "the European Union", "ASEAN", "India", "Australia", "Taiwan", "Mongolia",
    "the United Nations", "Vietnam", "the Philippines", "Indonesia", "Canada", "France",
    "Germany", "the United Kingdom", "Saudi Arabia", "Iran", "Turkey", "Egypt", "Brazil",
    "South Africa", "Kenya", "Poland", "Ukraine", "Qatar",
)
OFFICIALS = (
    "Cho Tae-yul", "Takeshi Iwaya", "Wang Yi", "Antony Blinken", "Sergey Lavrov",
    "Kaja Kallas", "S. Jaishankar", "Penny Wong", "Choe Son-hui", "Ban Ki-moon",
    "Annalena Baerbock", "David Lammy", "Hakan Fidan", "Mélanie Joly", "Retno Marsudi",
    "Faisal bin Farhan", "Abbas Araghchi", "Yoko Kamikawa", "Park Jin", "Hayashi Yoshimasa",
)
PEOPLE = (
    "foreign ministers", "prime ministers", "presidents", "defence ministers",
    "trade envoys", "vice foreign ministers", "nuclear envoys", "ambassadors",
    "national security advisers", "finance ministers",
)
VERBS = {  # (present for titles, past for evidence sentences)
    "meeting": (("meet in {place} to discuss", "met in {place} to discuss"),
                ("hold talks on", "held talks on"),
                ("agree to resume dialogue on", "agreed to resume dialogue on"),
                ("hold a trilateral summit on", "held a trilateral summit on"),
                ("meet on the sidelines of the G20 over", "met on the sidelines of the G20 over")),
    "statement": (("issue a joint statement on", "issued a joint statement on"),
                  ("protest", "protested"), ("welcome progress on", "welcomed progress on"),
                  ("express concern over", "expressed concern over"),
                  ("call for restraint over", "called for restraint over")),
    "visit": (("visits {place} for talks on", "visited {place} for talks on"),  # one visitor
              ("makes a state visit to {place} amid", "made a state visit to {place} amid"),
              ("travels to {place} to prepare talks on",
               "travelled to {place} to prepare talks on")),
    "policy": (("announce new sanctions over", "announced new sanctions over"),
               ("lift export controls on", "lifted export controls on"),
               ("revise a white paper on", "revised a white paper on"),
               ("adopt a strategy for", "adopted a strategy for")),
    "dispute": (("lodge a formal protest over", "lodged a formal protest over"),
                ("recall ambassadors over", "recalled their ambassadors over"),
                ("clash over", "clashed over"),
                ("file a WTO complaint over", "filed a WTO complaint over")),
    "treaty": (("sign an agreement on", "signed an agreement on"),
               ("ratify the treaty on", "ratified the treaty on"),
               ("renew the pact on", "renewed the pact on"),
               ("conclude negotiations on", "concluded negotiations on")),
    "anniversary": (("mark the anniversary of talks on", "marked the anniversary of talks on"),
                    ("commemorate the accord on", "commemorated the accord on")),
    "event": (("see protests over", "saw protests over"),
              ("face a crisis over", "faced a crisis over")),
}
TOPICS = (
    "wartime labour compensation", "the Dokdo/Takeshima islets", "semiconductor supply chains",
    "North Korean missile launches", "fisheries in the East China Sea", "visa waivers",
    "the normalization of diplomatic ties", "military intelligence sharing",
    "the release of treated water from Fukushima", "a currency swap line",
    "history textbooks", "climate cooperation", "refugee resettlement",
    "maritime boundary delimitation", "rare-earth exports", "cultural exchange programmes",
    "the denuclearization of the Korean Peninsula", "tariffs on steel", "a free-trade area",
    "port access for naval vessels", "a ceasefire in the region", "grain shipments",
)
TAILS = (" after months of tension", " despite domestic opposition", " ahead of elections",
         ", officials say", " amid US pressure", " for the first time in a decade")
ATTRIBUTIONS = ("the ministry said", "officials said", "according to a joint statement",
                "the presidential office said", "diplomatic sources said")
PLACES = ("Seoul", "Tokyo", "Beijing", "Washington", "Pyongyang", "Moscow", "Brussels",
          "Jakarta", "Hanoi", "Geneva", "New York", "Busan", "Osaka", "Singapore", "Riyadh",
          "Cairo", "Ankara", "Nairobi", "Warsaw", "Doha")
OUTLETS = ("Yonhap", "Kyodo", "Reuters", "AFP", "AP", "Xinhua", "TASS", "Anadolu", "Bernama")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


@dataclass(frozen=True)
class SyntheticInfo:
    """What ``write_synthetic`` wrote.

    Attributes:
        events: Number of events.
        sources: Number of articles (sources).
        bytes: File size.
        busiest_day: ``date.toordinal()`` of the day on which most day-precision
            events fall (ties: the earliest); the benchmark's month/week/day views
            centre on it.
        first_day, last_day: ``date.toordinal()`` of the earliest start and the
            latest start.
    """

    events: int
    sources: int
    bytes: int
    busiest_day: int
    first_day: int
    last_day: int


def _weighted_picker(rng: random.Random, table: tuple[tuple[str, float], ...]):  # type: ignore[no-untyped-def]
    names = [k for k, _ in table]
    cum: list[float] = []
    total = 0.0
    for _, w in table:
        total += w
        cum.append(total)

    def pick() -> str:
        return names[bisect.bisect_right(cum, rng.random() * total)]

    return pick


def _modern_day_counts(rng: random.Random, n: int) -> list[int]:
    """How many events start on each day of FIRST_YEAR..LAST_YEAR (index 0 = 1 Jan 1945)."""
    first = _dt.date(FIRST_YEAR, 1, 1).toordinal()
    days = _dt.date(LAST_YEAR, 12, 31).toordinal() - first + 1
    # Background news, density growing towards the present (like the old sqrt skew).
    weights = [((d + 1) / days) ** 0.7 for d in range(days)]
    background = sum(weights)
    # Bursts: each carries as much weight as `burst_weight` background days would.
    bursts = min(1500, max(8, n // 150))
    burst_total = background * 0.55 / 0.45
    per_burst = burst_total / bursts
    for _ in range(bursts):
        centre = int(days * rng.random() ** 0.5)
        spread = rng.choice((2.0, 5.0, 15.0, 45.0, 120.0))
        reach = int(3 * spread)
        lo, hi = max(0, centre - reach), min(days - 1, centre + reach)
        shape = [math.exp(-0.5 * ((d - centre) / spread) ** 2) for d in range(lo, hi + 1)]
        scale = per_burst / sum(shape)
        for d, s in zip(range(lo, hi + 1), shape):
            weights[d] += s * scale
    cum: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        cum.append(total)
    counts = [0] * days
    left = n
    while left:  # in chunks: never a list of a million draws
        k = min(left, 100_000)
        for d in rng.choices(range(days), cum_weights=cum, k=k):
            counts[d] += 1
        left -= k
    return counts


def _dates_of_year(rng: random.Random, year: int, day_counts: list[int], first_ordinal: int,
                   decades: int, history: int, pick_precision: Any) -> list[FuzzyDate]:
    """The dates that start in ``year``, unsorted."""
    dates: list[FuzzyDate] = []
    if decades:
        dates.extend(FuzzyDate.of_decade(year, rng.random() < 0.1) for _ in range(decades))
    for _ in range(history):
        roll = rng.random()
        circa = rng.random() < 0.05
        if roll < 0.6:
            dates.append(FuzzyDate.of_year(year, circa))
        elif roll < 0.85:
            dates.append(FuzzyDate.of_month(year, rng.randint(1, 12), circa))
        else:
            day = _dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
            dates.append(FuzzyDate.of_day(day, circa))
    if day_counts:
        start = _dt.date(year, 1, 1).toordinal() - first_ordinal
        end = _dt.date(year, 12, 31).toordinal() - first_ordinal + 1
        for index in range(max(0, start), min(len(day_counts), end)):
            count = day_counts[index]
            if not count:
                continue
            day = _dt.date.fromordinal(first_ordinal + index)
            for _ in range(count):
                precision = pick_precision()
                circa = rng.random() < 0.05
                if precision == "day":
                    dates.append(FuzzyDate.of_day(day, circa))
                elif precision == "month":
                    dates.append(FuzzyDate.of_month(year, day.month, circa))
                elif precision == "part":
                    dates.append(FuzzyDate.of_part(year, rng.choice(PARTS_BY_MONTH[day.month]),
                                                   circa))
                else:
                    dates.append(FuzzyDate.of_year(year, circa))
    return dates


def _date_phrase(date: FuzzyDate) -> tuple[str, str]:
    """(preposition, date words) as an article would write them."""
    if date.precision.value == "day":
        return "on", f"{date.day} {MONTHS[date.month - 1]} {date.year}"  # type: ignore[index,operator]
    if date.precision.value == "month":
        return "in", f"{MONTHS[date.month - 1]} {date.year}"  # type: ignore[index,operator]
    if date.precision.value == "part_of_year":
        words = PART_OF_YEAR_MONTHS[date.part][2]  # type: ignore[index]
        return "in", f"{words} {date.year}"
    if date.precision.value == "decade":
        return "in", f"the {date.year}s"
    return "in", str(date.year)



class _Writer:
    """Turns dates into events and articles and streams them to two temporary files."""

    def __init__(self, rng: random.Random, events_out: Any, sources_out: Any) -> None:
        self.rng = rng
        self.events_out = events_out
        self.sources_out = sources_out
        self.pick_category = _weighted_picker(rng, CATEGORIES)
        self.event_count = 0
        self.source_count = 0
        self.article: list[dict[str, Any]] = []  # cited events waiting for their article
        self.pending: list[dict[str, Any]] = []  # every event since the article began
        self.events_written = 0
        self.article_sentences: list[tuple[str, int, int]] = []  # sentence, date span
        self.article_size = 0
        self.article_first = 0
        self.last_start = 0
        self.day_counts: dict[int, int] = {}

    def _write_line(self, out: Any, first: bool, obj: dict[str, Any]) -> None:
        out.write(("" if first else ",\n")
                  + json.dumps(obj, ensure_ascii=False, separators=(",", ":")))

    def event(self, date: FuzzyDate) -> None:
        rng = self.rng
        category = self.pick_category()
        present, past = rng.choice(VERBS[category])
        place = rng.choice(PLACES)
        a, b = rng.sample(ACTORS, 2)
        topic = rng.choice(TOPICS)
        people = rng.choice(PEOPLE)
        if category == "visit":
            subject = f"{a}'s {people[:-1]}"
        elif category == "policy":
            subject = a
            present = present.split(" ", 1)[0] + "s " + present.split(" ", 1)[1]
        else:
            subject = f"{a} and {b} {people}" if rng.random() < 0.6 else f"{a} and {b}"
        title = f"{subject} {present.format(place=place)} {topic}"
        if rng.random() < 0.3:
            title += rng.choice(TAILS)
        title = title[0].upper() + title[1:]
        participants = [a] if category == "policy" else [a, b]
        if rng.random() < 0.5:
            participants.extend(rng.sample(OFFICIALS, rng.randint(1, 2)))
        end = None
        if rng.random() < 0.03:  # talks, a dispute, a tour: an event that lasts
            length = int(rng.choice((7, 30, 90, 365, 1000)) * (0.5 + rng.random()))
            end_day = _dt.date.fromordinal(min(date.end.toordinal() + length,
                                               _dt.date(LAST_YEAR, 12, 31).toordinal()))
            end = (FuzzyDate.of_day(end_day) if date.precision.value == "day"
                   else FuzzyDate.of_month(end_day.year, end_day.month))
        precision_words = date.precision_words()
        record: dict[str, Any] = {
            "id": f"e{self.event_count:07d}",
            "title": title,
            "date": _date_json(date),
            "end": _date_json(end) if end is not None else None,
            "category": category,
            "participants": participants,
            "location": place if rng.random() < 0.7 else "",
            "summary": "" if rng.random() < 0.5 else
            f"{a} and {b} {rng.choice(('discussed', 'disagreed on', 'agreed on'))} {topic}.",
            "date_basis": "" if date.precision.value == "day" and not date.circa else
            f"The source gives the date only as {precision_words}.",
            "source": None,
            "evidence": [],
        }
        self.event_count += 1
        start = date.start_day()
        self.last_start = max(self.last_start, start)
        if date.precision.value == "day":
            self.day_counts[start] = self.day_counts.get(start, 0) + 1
        if rng.random() >= CITED_SHARE:
            if self.pending:
                self.pending.append(record)  # keep the file in date order
            else:
                self._write_event(record)
            return
        if self.article and start - self.article_first > 60:
            self.flush_article(None)  # an article reports on a few weeks, not decades
        if not self.article:
            self.article_first = start
        preposition, words = _date_phrase(date)
        if date.circa:
            preposition = "around"
        head = f"{a} and {b} {past.format(place=place)} {topic} {preposition} "
        sentence = f"{head}{words}, {rng.choice(ATTRIBUTIONS)}."
        if rng.random() < 0.4:
            sentence = sentence[:-1] + f", in a move seen as a test of {rng.choice(TOPICS)}."
        sentence = sentence[0].upper() + sentence[1:]
        self.article.append(record)
        self.pending.append(record)
        self.article_sentences.append((sentence, len(head), len(head) + len(words)))
        if not self.article_size:
            self.article_size = rng.randint(3, 10)
        if len(self.article) >= self.article_size:
            self.flush_article(date)

    def flush_article(self, date: FuzzyDate | None) -> None:
        if not self.article:
            for record in self.pending:
                self._write_event(record)
            self.pending = []
            return
        rng = self.rng
        source_id = f"s{self.source_count:06d}"
        day = _dt.date.fromordinal(min(max(self.last_start, _dt.date(1, 1, 1).toordinal())
                                       + rng.randint(0, 2),
                                       _dt.date(LAST_YEAR, 12, 31).toordinal()))
        place = rng.choice(PLACES)
        outlet = rng.choice(OUTLETS)
        text = f"{place.upper()}, {MONTHS[day.month - 1]} {day.day}, {day.year} ({outlet}) -- "
        for record, (sentence, d0, d1) in zip(self.article, self.article_sentences):
            start = len(text)
            text += sentence
            record["source"] = source_id
            record["evidence"] = [{"sentence": sentence, "start": start,
                                   "end": start + len(sentence),
                                   "date_start": start + d0, "date_end": start + d1}]
            text += " "
        text += "Further talks are expected, the officials added.\n"
        self._write_line(self.sources_out, self.source_count == 0, {
            "id": source_id,
            "title": f"{self.article[0]['title']} — {outlet}",
            "outlet": outlet,
            "dateline_place": place,
            "dateline_date": day.isoformat(),
            "date_basis": "the article's dateline",
            "text": text,
            "url": f"https://news.example.org/{outlet.lower()}/{source_id}",
        })
        self.source_count += 1
        for record in self.pending:  # in date order, cited or not
            self._write_event(record)
        self.pending = []
        self.article = []
        self.article_sentences = []
        self.article_size = 0

    def _write_event(self, record: dict[str, Any]) -> None:
        self._write_line(self.events_out, self.events_written == 0, record)
        self.events_written += 1


def _years_and_dates(rng: random.Random, n: int) -> Iterator[list[FuzzyDate]]:
    history = int(round(n * HISTORY_SHARE)) if n >= 200 else 0
    decades_total = int(round(n * DECADE_SHARE))
    modern = n - history - decades_total
    day_counts = _modern_day_counts(rng, modern)
    first_ordinal = _dt.date(FIRST_YEAR, 1, 1).toordinal()
    # Decade events: spread over the decades in proportion to their events.
    decade_starts = list(range(FIRST_YEAR // 10 * 10, LAST_YEAR + 1, 10))
    per_decade = []
    for start in decade_starts:
        lo = max(0, _dt.date(start, 1, 1).toordinal() - first_ordinal)
        hi = max(0, _dt.date(min(start + 10, 9999), 1, 1).toordinal() - first_ordinal)
        per_decade.append(sum(day_counts[lo:hi]))
    decade_count = {start: 0 for start in decade_starts}
    for start in rng.choices(decade_starts, weights=[max(1, c) for c in per_decade],
                             k=decades_total):
        decade_count[start] += 1
    history_years = [0] * (FIRST_YEAR - HISTORY_FIRST_YEAR)
    for _ in range(history):
        history_years[rng.randrange(len(history_years))] += 1
    pick_precision = _weighted_picker(rng, PRECISIONS)
    # A decade's events start on its first year; 1940s decade events come before 1945.
    decade_count_1940 = decade_count.pop(1940, 0)
    for year in range(HISTORY_FIRST_YEAR, LAST_YEAR + 1):
        hist = history_years[year - HISTORY_FIRST_YEAR] if year < FIRST_YEAR else 0
        decades = decade_count.get(year, 0) + (decade_count_1940 if year == 1940 else 0)
        counts = day_counts if year >= FIRST_YEAR else []
        dates = _dates_of_year(rng, year, counts, first_ordinal, decades, hist, pick_precision)
        if dates:
            dates.sort(key=FuzzyDate.sort_key)  # stable: the file's order breaks ties
            yield dates


def write_synthetic(path: str | os.PathLike[str], n: int, seed: int = 1) -> SyntheticInfo:
    """Write a synthetic timeline of ``n`` events to ``path`` (see the module docstring).

    Args:
        path: The file to write (replaced).
        n: Number of events, >= 1.
        seed: Seed of ``random.Random``; equal ``(n, seed)`` give equal files.

    Returns:
        What was written.
    """
    rng = random.Random(seed)
    target = Path(path)
    with tempfile.TemporaryDirectory(prefix="synthetic_", dir=target.parent) as tmp:
        events_path = Path(tmp) / "events"
        sources_path = Path(tmp) / "sources"
        with open(events_path, "w", encoding="utf-8") as events_out, \
                open(sources_path, "w", encoding="utf-8") as sources_out:
            writer = _Writer(rng, events_out, sources_out)
            first_day = None
            for dates in _years_and_dates(rng, n):
                if first_day is None:
                    first_day = dates[0].start_day()
                for date in dates:
                    writer.event(date)
            writer.flush_article(None)
        header = json.dumps({
            "format": "diplomatic-timeline", "version": 1,
            "title": f"Synthetic timeline ({n} events, seed {seed})",
            "description": "Generated by benchmarks/synthetic.py",
        }, ensure_ascii=False)[:-1]
        partial = target.with_name(target.name + ".partial")
        with open(partial, "w", encoding="utf-8") as out:
            out.write(header + ',\n"sources": [\n')
            with open(sources_path, encoding="utf-8") as src:
                shutil.copyfileobj(src, out, 1 << 20)
            out.write('\n],\n"events": [\n')
            with open(events_path, encoding="utf-8") as src:
                shutil.copyfileobj(src, out, 1 << 20)
            out.write("\n]}\n")
        # A rename replaces whatever has the name: never a device, FIFO or socket
        # (an -o /dev/null here would replace /dev/null for the whole machine).
        from timeline_app.io.atomic import writable_target

        os.replace(partial, writable_target(target))
    busiest = max(writer.day_counts.items(), key=lambda kv: (kv[1], -kv[0]))[0] \
        if writer.day_counts else writer.last_start
    return SyntheticInfo(events=writer.event_count, sources=writer.source_count,
                         bytes=target.stat().st_size, busiest_day=busiest,
                         first_day=first_day or 0, last_day=writer.last_start)


def synthetic_timeline(n: int, seed: int = 1):  # type: ignore[no-untyped-def]
    """A synthetic ``Timeline`` of ``n`` events (written to a temporary file and loaded)."""
    from timeline_app import io as timeline_io

    with tempfile.TemporaryDirectory(prefix="synthetic_") as tmp:
        path = Path(tmp) / "synthetic.json"
        write_synthetic(path, n, seed)
        return timeline_io.load(path)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import time

    parser = argparse.ArgumentParser(description="Write a synthetic timeline file.")
    parser.add_argument("n", type=int, help="number of events")
    parser.add_argument("out", help="file to write")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    info = write_synthetic(args.out, args.n, args.seed)
    print(f"wrote {info.events} events and {info.sources} articles to {args.out} "
          f"({info.bytes / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s; "
          f"busiest day {_dt.date.fromordinal(info.busiest_day)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
