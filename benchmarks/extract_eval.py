"""Score event extraction (``extract_events``) against gold timelines.

Usage::

    python benchmarks/extract_eval.py [DATA_DIR] [--errors] [--given-dct] [--only NAME ...]
                                      [--timeout SECONDS] [--json OUT] [--baseline REV]
                                      [--literal-names | --compare-names]

``DATA_DIR`` (default ``benchmarks/data``) holds ``NAME.txt`` articles, their
``NAME.gold.json`` timelines and ``split.json`` (format: ``benchmarks/README.md``).
Every article is read with :func:`timeline_app.extract.extract_events` exactly as the
app reads it (no DCT given, unless ``--given-dct`` passes the gold DCT to separate
dateline errors from the rest), and its candidates are matched one-to-one to the gold
events:

* a candidate and a gold event may match when their dates are **compatible** (their
  ranges of days overlap, a circa date widened by one unit of its precision: a week
  for a day, a month, a quarter, a year, five years) **and** their contents overlap:
  the candidate cites a sentence holding one of the gold evidence quotes, or at least
  half of the gold description's content words occur in the candidate's title,
  participants and location;
* pairs are taken greedily, best first (evidence overlap 3, word overlap ≤ 1, share
  of the gold participants named ≤ 1, exact date 1, same precision 0.5), first against
  the required gold events, then against the optional ones, whose matches count
  neither as right nor as wrong;
* a candidate left over that cites the evidence of an **undatable** gold event counts
  as wrong (the text gives that event no date), unless the event is optional.

Figures, per article and summed over the dev part, the held-out part and all:
precision, recall and F1 of events; among matched pairs the **date accuracy** (same
TIMEX3 value and precision as the gold or one of its ``alt_dates``; circa ignored),
the **precision accuracy** (same precision) and the **participant accuracy** (every
key participant of the gold named among the candidate's participants, by one of its
``|``-separated alternatives, or by another name of the same state or bloc in the app's
own tables, :func:`name_aliases`: "EU" for "European Union", "South Korea" for "Republic
of Korea"; never a person for a state, which only the gold's ``|`` allows) with, beside it, the mean share of key participants
named; the **place accuracy** (among matched gold events with a place, the candidate's
location names it); and whether the DCT was found. ``--errors`` lists each
miss and each wrong candidate with its sentence and a kind (see :func:`classify`).
Beside the totals, each part's wrong places and missing participants of matched pairs are
counted by kind (``dev place kinds (N): none:in-sentence-locative 14, ...``; the kinds are
defined above :func:`place_kind`): lines that start with the part's name, so that the
held-out part's kinds can be read with its totals, never its per-article lines.
``--baseline REV`` scores ``timeline_app`` as it is at a git revision too (unpacked into a
temporary folder and run in a child process), and prints its totals and per-article F1
beside today's: the baseline measured in the same run. ``--literal-names`` scores names as
session 46 and before did (no alias table); ``--compare-names`` prints both scorers' totals
in one run and lists each dev (gold, extracted) name pair matched only through the table. It is a report: it always exits 0
unless the data are malformed.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import io
import json
import os
import re
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
# --baseline runs this file in a child whose timeline_app comes from another revision.
if os.environ.get("EXTRACT_EVAL_CODE"):
    sys.path.insert(0, os.environ["EXTRACT_EVAL_CODE"])

from timeline_app.core.dates import PART_OF_YEAR_MONTHS, FuzzyDate, Precision

DATA_DIR = Path(__file__).resolve().parent / "data"

# How far a circa date may stray, by precision: about one unit of it (five years for a
# decade), never quite reaching the unit after next: c. January overlaps February, not March.
CIRCA_SLACK_DAYS: dict[Precision, int] = {
    Precision.DAY: 7, Precision.MONTH: 28, Precision.PART_OF_YEAR: 89,
    Precision.YEAR: 365, Precision.DECADE: 1826,
}
WORD_OVERLAP_MIN = 0.5

_STOP = frozenset(
    "the and for with from into over after before about their his her its two three this that "
    "will has have had was were are been being who which new first last next (scheduled) "
    "planned possible hold holds held meet meets talks visit visits".split()
)
# The words above that name what happened are kept out of the word overlap on purpose:
# a candidate "X meets Y" must share names or places with the gold, not just the verb.
_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


# --------------------------------------------------------------------------- gold data
@dataclass(frozen=True)
class GoldEvent:
    """One event of a gold timeline.

    Attributes:
        id: Unique within the article.
        description: A short description.
        date: The date, or ``None`` for an undatable event.
        alt_dates: Other dates that are right too.
        participants: Key participants, each a tuple of accepted names.
        place: Accepted names of the place (may be empty).
        spans: Character spans ``(start, end)`` of the evidence quotes in the article.
        optional: A match counts neither as right nor as wrong; a miss is no miss.
        note: Why the date is what it is.
    """

    id: str
    description: str
    date: FuzzyDate | None
    alt_dates: tuple[FuzzyDate, ...] = ()
    participants: tuple[tuple[str, ...], ...] = ()
    place: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    optional: bool = False
    note: str = ""

    @property
    def required(self) -> bool:
        """Counted in recall: dated and not optional."""
        return self.date is not None and not self.optional


@dataclass(frozen=True)
class GoldArticle:
    """An article with its gold timeline."""

    name: str
    text: str
    dct: _dt.date | None
    events: tuple[GoldEvent, ...]
    heldout: bool = False


@dataclass(frozen=True)
class SystemEvent:
    """What the scorer needs of a candidate (decoupled from ``Candidate``'s shape).

    Attributes:
        title: The candidate's title.
        date: Its date.
        participants: Names it gives.
        location: Where, or "".
        spans: ``(start, end)`` of its evidence sentences in the article.
        sentence: Its first evidence sentence, for error listings.
    """

    title: str
    date: FuzzyDate
    participants: tuple[str, ...] = ()
    location: str = ""
    spans: tuple[tuple[int, int], ...] = ()
    sentence: str = ""


def parse_gold_date(obj: Any, where: str = "") -> FuzzyDate | None:
    """Read a gold ``date`` object (format in ``benchmarks/README.md``).

    Args:
        obj: ``"undatable"`` or ``{"value", "precision", "part"?, "circa"?}``.
        where: Named in error messages.

    Returns:
        The date, or ``None`` for ``"undatable"``.

    Raises:
        ValueError: Malformed, or value and precision disagree.
    """
    if obj == "undatable":
        return None
    if not isinstance(obj, dict) or "value" not in obj or "precision" not in obj:
        raise ValueError(f"{where}: date must be 'undatable' or have value and precision")
    value, precision = str(obj["value"]), Precision(obj["precision"])
    circa = bool(obj.get("circa", False))
    if precision is Precision.PART_OF_YEAR:
        part = obj.get("part")
        if part not in PART_OF_YEAR_MONTHS or not re.fullmatch(rf"\d{{4}}(-{part})?", value):
            raise ValueError(f"{where}: part_of_year needs a part matching the value {value!r}")
        return FuzzyDate.of_part(int(value[:4]), part, circa)
    date = FuzzyDate.from_timex(value, "APPROX" if circa else None)
    if date.precision is not precision:
        raise ValueError(f"{where}: value {value!r} is not of precision {precision.value}")
    return date


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.split("|") if n.strip())


def _gold_event(raw: dict[str, Any], text: str, where: str) -> GoldEvent:
    spans = []
    for quote in raw.get("evidence", []):
        start = text.find(quote)
        if start < 0:
            raise ValueError(f"{where}: evidence quote not in the article: {quote!r}")
        spans.append((start, start + len(quote)))
    return GoldEvent(
        id=raw["id"],
        description=raw.get("description", ""),
        date=parse_gold_date(raw["date"], where),
        alt_dates=tuple(d for d in (parse_gold_date(a, where) for a in raw.get("alt_dates", []))
                        if d is not None),
        participants=tuple(_names(p) for p in raw.get("participants", [])),
        place=_names(raw.get("place", "")),
        spans=tuple(spans),
        optional=bool(raw.get("optional", False)),
        note=raw.get("note", ""),
    )


def _timeline_events(timeline_path: Path, text: str) -> tuple[GoldEvent, ...]:
    """Gold events read from a native timeline file (the seed's default timeline)."""
    doc = json.loads(timeline_path.read_text(encoding="utf-8"))
    events = []
    for ev in doc["events"]:
        spans = []
        for evd in ev.get("evidence", []):
            start = text.find(evd["sentence"])
            if start >= 0:
                spans.append((start, start + len(evd["sentence"])))
        events.append(GoldEvent(
            id=ev["id"], description=ev["title"],
            date=parse_gold_date(ev["date"], ev["id"]),
            participants=tuple((p,) for p in ev.get("participants", [])),
            place=_names(ev.get("location", "").replace(", ", "|")),
            spans=tuple(spans),
        ))
    return tuple(events)


def load_article(data_dir: Path, name: str, heldout: bool = False) -> GoldArticle:
    """Load ``NAME.gold.json`` and its article.

    Raises:
        ValueError: A malformed gold file.
        OSError: A missing file.
    """
    gold_path = data_dir / f"{name}.gold.json"
    raw = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (data_dir / raw.get("article", f"{name}.txt")).read_text(encoding="utf-8")
    if "timeline" in raw:
        events = _timeline_events(data_dir / raw["timeline"], text)
    else:
        events = tuple(_gold_event(e, text, f"{gold_path.name}:{e.get('id')}")
                       for e in raw["events"])
    if len({e.id for e in events}) != len(events):
        raise ValueError(f"{gold_path.name}: duplicate event ids")
    dct = _dt.date.fromisoformat(raw["dct"]) if raw.get("dct") else None
    return GoldArticle(name, text, dct, events, heldout)


def load_dataset(data_dir: Path = DATA_DIR) -> list[GoldArticle]:
    """All articles named in ``split.json``, dev first, then held out."""
    split = json.loads((data_dir / "split.json").read_text(encoding="utf-8"))
    held = set(split["heldout"])
    names = list(split["dev"]) + list(split["heldout"])
    return [load_article(data_dir, n, n in held) for n in names]


# --------------------------------------------------------------------------- matching
def _widened(date: FuzzyDate) -> tuple[int, int]:
    start, end = date.start.toordinal(), date.end.toordinal()
    if date.circa:
        slack = CIRCA_SLACK_DAYS[date.precision]
        return start - slack, end + slack
    return start, end


def dates_compatible(gold: FuzzyDate, cand: FuzzyDate) -> bool:
    """True when the two ranges of days overlap (a circa one widened, see module doc)."""
    g0, g1 = _widened(gold)
    c0, c1 = _widened(cand)
    return g0 < c1 and c0 < g1


def same_date(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Same TIMEX3 value and precision (circa ignored)."""
    return (a.year, a.month, a.day, a.precision, a.part) == (b.year, b.month, b.day,
                                                             b.precision, b.part)


def _norm(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(name.casefold().replace(".", "").split())


# Whether :func:`name_matches` reads the alias table (``--literal-names`` turns it off, so
# that figures of session 46 and before can be reproduced).
NAME_ALIASES = [True]
# Keys of the extractor's state table that are no other name of one actor: a title (a
# person, not the state) and an ambiguous short name.
# "Congo" alone is either Congo (the extractor reads it as Kinshasa's; a gold may mean
# Brazzaville's, whose name holds it as whole words anyway).
_NOT_ALIASES = frozenset({"Holy Roman Emperor", "Congo"})
_ALIASES: dict[str, str] = {}


def name_aliases() -> dict[str, str]:
    """Each other name of a state or bloc (normalised) -> its actor's name (normalised).

    One table, read from the app's own: ``core.gazetteer.STATE_OTHER_NAMES`` ("ROK",
    "Republic of Korea", "U.S.") and ``ACTOR_OTHER_NAMES`` (a bloc's full name, the French
    names), then the extractor's state names ``extract.pipeline.phrases.COUNTRIES`` ("EU",
    "Group of Seven", the formal names "Kingdom of Spain"), where a gazetteer row does not
    already give the name.  Only names of one actor: never a demonym, a capital, a person or
    a title (``_NOT_ALIASES``), so that a state is never right for its official, nor one bloc
    for another.  Actors' names map to themselves only through the values.
    """
    if not _ALIASES:
        from timeline_app.core import gazetteer
        from timeline_app.extract.pipeline import phrases

        table = {**{k: v for k, v in phrases.COUNTRIES.items() if k not in _NOT_ALIASES},
                 **gazetteer.STATE_OTHER_NAMES, **gazetteer.ACTOR_OTHER_NAMES}
        # an actor's name that the extractor's table gives another name ("Myanmar",
        # "Republic of Korea": "South Korea") is read through it: one name per actor
        canon = {_norm(k): _norm(v) for k, v in table.items()}
        _ALIASES.update({k: canon.get(v, v) for k, v in canon.items()})
    return _ALIASES


def _literal_match(g: str, c: str) -> bool:
    if g == c:
        return True
    short, long_ = (g, c) if len(g) <= len(c) else (c, g)
    return len(short) >= 3 and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long_) is not None


def name_matches(gold_name: str, cand_name: str, aliases: bool | None = None) -> bool:
    """Equal after normalising, or one contains the other as whole words, or (unless
    ``aliases`` is false; ``None``: as ``NAME_ALIASES`` says) both are names of one state
    or bloc in :func:`name_aliases` ("European Union" and "EU", "Republic of Korea" and
    "South Korea").  A person is never the state's name: that takes the gold's ``|``."""
    g, c = _norm(gold_name), _norm(cand_name)
    if not g or not c:
        return False
    if _literal_match(g, c):
        return True
    if not (NAME_ALIASES[0] if aliases is None else aliases):
        return False
    table = name_aliases()
    return (g in table or c in table) and table.get(g, g) == table.get(c, c)


def participant_share(gold: GoldEvent, cand: SystemEvent) -> float:
    """Share of the gold's key participants the candidate names (1.0 if the gold has none)."""
    if not gold.participants:
        return 1.0
    named = sum(1 for alts in gold.participants
                if any(name_matches(a, c) for a in alts for c in cand.participants))
    return named / len(gold.participants)


def _content_words(texts: Iterable[str]) -> set[str]:
    words = set()
    for t in texts:
        for w in _WORD.findall(_norm(t)):
            w = w.strip("'-")
            if len(w) >= 3 and w not in _STOP:
                words.add(w[:6])  # a crude stem: "summoned"/"summons", "ratified"/"ratifies"
    return words


def place_matches(gold: GoldEvent, cand: SystemEvent) -> bool:
    """The candidate's location names the gold place (by one of its alternatives)."""
    return any(name_matches(p, part) for p in gold.place
               for part in [cand.location, *cand.location.split(",")] if part.strip())


def word_overlap(gold: GoldEvent, cand: SystemEvent) -> float:
    """Share of the gold description's content words found in the candidate's fields."""
    g = _content_words([gold.description])
    if not g:
        return 0.0
    c = _content_words([cand.title, cand.location, *cand.participants])
    return len(g & c) / len(g)


def evidence_overlap(gold: GoldEvent, cand: SystemEvent) -> bool:
    """The candidate cites a sentence holding one of the gold evidence quotes."""
    return any(gs < ce and cs < ge for gs, ge in gold.spans for cs, ce in cand.spans)


def pair_score(gold: GoldEvent, cand: SystemEvent) -> float | None:
    """How well a candidate fits a gold event, or ``None`` when they may not match."""
    if gold.date is None:
        return None
    dates = (gold.date, *gold.alt_dates)
    if not any(dates_compatible(d, cand.date) for d in dates):
        return None
    evidence = evidence_overlap(gold, cand)
    words = word_overlap(gold, cand)
    if not evidence and words < WORD_OVERLAP_MIN:
        return None
    score = 3.0 * evidence + words + participant_share(gold, cand)
    if any(same_date(d, cand.date) for d in dates):
        score += 1.0
    if any(d.precision is cand.date.precision for d in dates):
        score += 0.5
    return score


@dataclass
class Matching:
    """The outcome of matching one article's candidates to its gold events.

    Attributes:
        pairs: ``(gold index, candidate index)`` of required gold events matched.
        optional_pairs: The same for optional gold events (not scored).
        missed: Indexes of required gold events left unmatched.
        spurious: Indexes of candidates counted wrong.
        undatable_hits: ``(gold index, candidate index)``: a candidate dating an
            undatable event (also in ``spurious``, unless the event is optional).
    """

    pairs: list[tuple[int, int]] = field(default_factory=list)
    optional_pairs: list[tuple[int, int]] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    spurious: list[int] = field(default_factory=list)
    undatable_hits: list[tuple[int, int]] = field(default_factory=list)


def _greedy(golds: Sequence[GoldEvent], gold_ids: Iterable[int], cands: Sequence[SystemEvent],
            free: set[int]) -> list[tuple[int, int]]:
    scored = []
    for gi in gold_ids:
        for ci in free:
            s = pair_score(golds[gi], cands[ci])
            if s is not None:
                scored.append((-s, gi, ci))
    scored.sort()
    used_g: set[int] = set()
    pairs = []
    for _, gi, ci in scored:
        if gi in used_g or ci not in free:
            continue
        used_g.add(gi)
        free.discard(ci)
        pairs.append((gi, ci))
    return pairs


def match(golds: Sequence[GoldEvent], cands: Sequence[SystemEvent]) -> Matching:
    """Match candidates to gold events one-to-one (rules in the module docstring)."""
    free = set(range(len(cands)))
    m = Matching()
    m.pairs = _greedy(golds, [i for i, g in enumerate(golds) if g.required], cands, free)
    m.optional_pairs = _greedy(
        golds, [i for i, g in enumerate(golds) if g.optional and g.date is not None], cands, free)
    matched = {gi for gi, _ in m.pairs}
    m.missed = [i for i, g in enumerate(golds) if g.required and i not in matched]
    for ci in sorted(free):
        hit = next((gi for gi, g in enumerate(golds)
                    if g.date is None and evidence_overlap(g, cands[ci])), None)
        if hit is not None:
            m.undatable_hits.append((hit, ci))
            if golds[hit].optional:
                continue
        m.spurious.append(ci)
    return m


# --------------------------------------------------------------------------- scores
@dataclass
class Counts:
    """Sums from which every figure is computed (micro-averaged)."""

    articles: int = 0
    gold: int = 0
    candidates: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    date_ok: int = 0
    precision_ok: int = 0
    participants_ok: int = 0
    participant_share: float = 0.0
    place_expected: int = 0
    place_ok: int = 0
    dct_ok: int = 0
    dct_expected: int = 0
    seconds: float = 0.0
    place_kinds: Counter[str] = field(default_factory=Counter)
    participant_kinds: Counter[str] = field(default_factory=Counter)

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def share(self, n: float) -> float:
        return n / self.tp if self.tp else 1.0


def score(golds: Sequence[GoldEvent], cands: Sequence[SystemEvent], m: Matching) -> Counts:
    """Counts of one article from its matching."""
    c = Counts(articles=1, gold=sum(g.required for g in golds), candidates=len(cands))
    c.tp, c.fp, c.fn = len(m.pairs), len(m.spurious), len(m.missed)
    for gi, ci in m.pairs:
        g, cand = golds[gi], cands[ci]
        dates = (g.date, *g.alt_dates)
        c.date_ok += any(d is not None and same_date(d, cand.date) for d in dates)
        c.precision_ok += any(d is not None and d.precision is cand.date.precision for d in dates)
        share = participant_share(g, cand)
        c.participants_ok += share == 1.0
        c.participant_share += share
        if g.place:
            c.place_expected += 1
            c.place_ok += place_matches(g, cand)
    return c


# --------------------------------------------------------------------------- errors
def classify(article: GoldArticle, cands: Sequence[SystemEvent], m: Matching,
             found_dct: _dt.date | None) -> list[tuple[str, str, str]]:
    """Each error as ``(kind, what, sentence)``.

    Kinds of misses: ``miss:no-dct`` (the gold has a DCT, the extractor found none),
    ``miss:wrong-dct`` (it found another), ``miss:wrong-date`` (a wrong candidate cites
    the event's sentence, with another date), ``miss:merged`` (a candidate citing the
    sentence with a compatible date went to another gold event), ``miss:no-candidate``
    (no candidate cites the sentence). Kinds of wrong candidates: ``wrong:date`` (the
    other half of ``miss:wrong-date``), ``wrong:duplicate`` (cites a matched event's
    sentence with a compatible date), ``wrong:dated-undatable``, ``wrong:not-an-event``.
    Mismatches inside matched pairs: ``pair:date``, ``pair:precision``,
    ``pair:participants``, ``pair:place`` (the gold has a place the location does not name).
    """
    golds, text = article.events, article.text
    out: list[tuple[str, str, str]] = []
    dct_kind = ""
    if article.dct is not None and found_dct is None:
        dct_kind = "no-dct"
    elif article.dct is not None and found_dct != article.dct:
        dct_kind = "wrong-dct"
    spurious = set(m.spurious)
    wrong_date_cands: set[int] = set()
    matched_c = {ci: gi for gi, ci in m.pairs + m.optional_pairs}
    for gi in m.missed:
        g = golds[gi]
        near = [ci for ci, c in enumerate(cands) if evidence_overlap(g, c)]
        wrong = [ci for ci in near if ci in spurious and g.date is not None
                 and not dates_compatible(g.date, cands[ci].date)]
        if dct_kind and (not near or wrong):
            kind, extra = f"miss:{dct_kind}", f" (DCT found: {found_dct})"
        elif wrong:
            kind = "miss:wrong-date"
            extra = f" (candidate: {cands[wrong[0]].date.describe()} '{cands[wrong[0]].title}')"
            wrong_date_cands.update(wrong)
        elif near:
            other = [golds[matched_c[ci]].id for ci in near if ci in matched_c]
            kind, extra = "miss:merged", f" (taken by: {', '.join(other) or '?'})"
        else:
            kind, extra = "miss:no-candidate", ""
        wrong_date_cands.update(wrong)
        out.append((kind, f"{g.id} [{g.date.describe() if g.date else '-'}] {g.description}"
                    + extra, sentence_at(text, g.spans[0][0]) if g.spans else ""))
    undatable = {ci for _, ci in m.undatable_hits}
    for ci in m.spurious:
        c = cands[ci]
        if ci in undatable:
            kind = "wrong:dated-undatable"
        elif ci in wrong_date_cands:
            kind = "wrong:date"
        elif any(_same_event(golds[gi], c) for gi in matched_c.values()):
            kind = "wrong:duplicate"
        else:
            kind = "wrong:not-an-event"
        out.append((kind, f"[{c.date.describe()}] {c.title} {list(c.participants)}", c.sentence))
    for gi, ci in m.pairs:
        g, c = golds[gi], cands[ci]
        assert g.date is not None
        dates = (g.date, *g.alt_dates)
        if not any(same_date(d, c.date) for d in dates):
            kind = ("pair:precision" if not any(d.precision is c.date.precision for d in dates)
                    else "pair:date")
            out.append((kind, f"{g.id}: gold {g.date.describe()}, got {c.date.describe()}",
                        c.sentence))
        if participant_share(g, c) < 1.0:
            want = ["|".join(p) for p in g.participants]
            out.append(("pair:participants", f"{g.id}: gold {want}, got {list(c.participants)}",
                        c.sentence))
        if g.place and not place_matches(g, c):
            out.append(("pair:place", f"{g.id}: gold {'|'.join(g.place)!r}, got {c.location!r}",
                        c.sentence))
    return out


def _same_event(g: GoldEvent, c: SystemEvent) -> bool:
    """A wrong candidate that restates an already matched gold event."""
    if g.date is None or not dates_compatible(g.date, c.date):
        return False
    return evidence_overlap(g, c) or (same_date(g.date, c.date) and participant_share(g, c) > 0
                                      and g.date.precision is not Precision.YEAR)


def sentence_at(text: str, pos: int) -> str:
    """The sentence of the article around ``pos`` (by the project's splitter), for listings."""
    from timeline_app.extract import split_sentences

    for seg in split_sentences(text):
        if seg.start <= pos < seg.end:
            return text[seg.start:seg.end].strip()
    return ""


# --------------------------------------------------------------------------- kinds of place and participant errors
# (session 28, ext40) What kind of miss a wrong place or a missing participant of a matched
# pair is, counted over a part (dev / held-out / all) so that the held-out part's kinds can be
# read without its per-article lines.  The kinds were defined from the dev part's
# ``pair:place``/``pair:participants`` lines and from how wire news names places and people:
#
# Place (one kind per matched pair whose gold place the location does not name):
#   ``none:in-sentence-locative`` no location, the gold place is named in the evidence
#       sentence after "in/at/to/from ..." and the extractor's gazetteer knows it;
#       ``none:in-sentence-bare`` the same, named without such a preposition ("Seoul and
#       Tokyo agreed", "Cyprus, divided since ..."); ``none:unknown-name`` named in the
#       sentence, a name the gazetteer does not know ("Kirkenes", "the Chungara crossing");
#   ``none:dateline`` no location, the gold place is the dateline's;
#   ``none:elsewhere`` no location, the gold place is named elsewhere in the article only
#       (a sentence before, a later paragraph); ``none:not-in-text`` it is named nowhere (the
#       gold infers it: "Chinese authorities" -> Beijing);
#   ``dateline`` a location given: the dateline's place, the gold is elsewhere;
#   ``country-for-city`` the location is the country of the gold city, ``city-for-country``
#       the reverse (a city of the gold country);
#   ``spelling`` a location close to the gold's name (Kiev/Kyiv, Gaza City/Gaza);
#   ``other`` another place.
# Participant (one kind per gold key participant a matched pair's candidate does not name):
#   ``none`` the candidate names nobody;
#   ``title-only`` the gold is a person whose name is not in the evidence sentence (a title
#       or a pronoun stands for them: "the foreign minister said");
#   ``country-for-person`` the gold is a person, the candidate names states;
#   ``person-for-country`` the gold is a state, the candidate names people (its officials);
#   ``group-or-body`` the gold is a group, bloc or body ("Security Council", "truck drivers");
#   ``cut-or-spelling`` a candidate's name shares a word with the gold or is close to it
#       (not one state for another: "South Korea" is no spelling of "North Korea");
#   ``side-missing`` the candidate names another of the gold's key participants, not this
#       one (one side of two);
#   ``other`` the candidate names only others (a state for another state, a person for
#       another).
#   ``none``, ``side-missing``, ``person-for-country`` and ``other`` end in ``:in-sentence``
#       when one of the gold's names is in the evidence sentence, else ``:not-in-sentence``
#       (the side must come from elsewhere in the story).
#   ``person-for-country``/``country-for-person`` need a name among the candidate's that is
#       none of the gold's (the official who stood for the state, the state of the person).
_SIMILAR = 0.8
_BODY_WORDS = frozenset(
    "council assembly union commission committee court tribunal parliament congress senate "
    "government ministry agency office organization organisation league group party forum "
    "bank fund alliance community states nations coalition board cabinet army navy guard "
    "force forces police militants rebels leaders drivers students workers".split())
_TITLE_WORDS = re.compile(
    r"\b(?:minister|president|premier|chancellor|secretary|ambassador|envoy|king|queen|amir|"
    r"emir|prince|leader|counterpart|spokes(?:man|woman|person)|chief|head|he|she)\b", re.I)


@dataclass(frozen=True)
class _Gazetteer:
    """The extractor's own tables: which names are states, cities and bodies (normalised)."""

    countries: dict[str, str]
    cities: dict[str, str]


_GAZETTEER: list[_Gazetteer] = []


def _gazetteer() -> _Gazetteer:
    if not _GAZETTEER:
        from timeline_app.extract import event_vocabulary as vocab
        from timeline_app.extract.pipeline import phrases

        countries = {_norm(k): v for k, v in phrases.COUNTRIES.items()}
        countries.update({_norm(v): v for v in phrases.COUNTRIES.values()})
        countries.update({_norm(k): v for k, v in phrases.DEMONYMS.items()})
        # regions stand where a state would ("Central Asia", "the Pacific")
        countries.update({_norm(r): r for r in (*vocab.REGIONS, *vocab.REGION_MEMBERS)})
        cities = {_norm(k): v for k, v in vocab.CITIES.items()}
        cities.update({_norm(k): phrases.COUNTRIES.get(v, v)
                       for k, v in getattr(phrases, "VENUE_CITIES", {}).items()})
        _GAZETTEER.append(_Gazetteer(countries, cities))
    return _GAZETTEER[0]


def _mentions(text: str, name: str) -> bool:
    n = _norm(name)
    return len(n) >= 2 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", _norm(text)) is not None


def _similar(a: str, b: str) -> bool:
    import difflib

    a, b = _norm(a), _norm(b)
    return bool(a and b) and difflib.SequenceMatcher(None, a, b).ratio() >= _SIMILAR


def _gold_sentences(article: GoldArticle, g: GoldEvent, c: SystemEvent) -> str:
    spans = list(g.spans) + list(c.spans)
    return " ".join(sentence_at(article.text, s) or article.text[s:e] for s, e in spans)


def _country_of(name: str) -> str:
    gaz = _gazetteer()
    n = _norm(name)
    return gaz.countries.get(n) or gaz.cities.get(n) or ""


def place_kind(article: GoldArticle, g: GoldEvent, c: SystemEvent, dateline_place: str,
               dateline_text: str = "") -> str:
    """The kind of a wrong place (see the table above this function).

    ``dateline_text`` (the dateline as written) is left out of the sentence: "OSLO, Feb 3
    (Reuters) - ..." does not name Oslo in its sentence.
    """
    gaz = _gazetteer()
    golds = [p for p in g.place if p.strip()]
    at_dateline = bool(dateline_place) and any(name_matches(p, dateline_place) for p in golds)
    if not c.location.strip():
        sentence = _gold_sentences(article, g, c)
        if dateline_text:
            sentence = sentence.replace(dateline_text, " ")
        named = [p for p in golds if _mentions(sentence, p)]
        if named:
            known = any(_norm(p) in gaz.countries or _norm(p) in gaz.cities for p in named)
            if not known:
                return "none:unknown-name"
            after_in = any(re.search(rf"\b(?:in|at|to|from|into|near|off|outside)\s+(?:the\s+)?"
                                     rf"{re.escape(_norm(p))}(?!\w)", _norm(sentence))
                           for p in named)
            return "none:in-sentence-locative" if after_in else "none:in-sentence-bare"
        if at_dateline:
            return "none:dateline"
        if any(_mentions(article.text, p) for p in golds):
            return "none:elsewhere"
        return "none:not-in-text"
    parts = [p.strip() for p in [c.location, *c.location.split(",")] if p.strip()]
    if dateline_place and any(name_matches(dateline_place, p) for p in parts) and not at_dateline:
        return "dateline"
    gold_countries = {_country_of(p) for p in golds} - {""}
    loc_countries = {_country_of(p) for p in parts} - {""}
    gold_is_city = any(_norm(p) in gaz.cities for p in golds)
    loc_is_city = any(_norm(p) in gaz.cities for p in parts)
    if gold_is_city and not loc_is_city and gold_countries & loc_countries:
        return "country-for-city"
    if loc_is_city and not gold_is_city and gold_countries & loc_countries:
        return "city-for-country"
    if any(_similar(p, q) for p in golds for q in parts):
        return "spelling"
    return "other"


def _name_kind(alts: Sequence[str]) -> str:
    """'state' (a state, bloc, region or city the gazetteer knows), 'body' or 'person'."""
    gaz = _gazetteer()
    if any(_norm(a) in gaz.countries or _norm(a) in gaz.cities for a in alts):
        return "state"
    for a in alts:
        words = a.split()
        if any(w.lower() in _BODY_WORDS for w in words) or a[:1].islower() \
                or (len(words) == 1 and a.isupper()):
            return "body"
    return "person"


def participant_kinds(article: GoldArticle, g: GoldEvent, c: SystemEvent) -> list[str]:
    """One kind per gold key participant the candidate does not name (table above)."""
    out = []
    sentence = None
    cand_kinds = [_name_kind([p]) for p in c.participants]
    # the candidate's names that are none of the gold's key participants
    extra = [k for p, k in zip(c.participants, cand_kinds)
             if not any(name_matches(a, p) for alts in g.participants for a in alts)]
    some_named = participant_share(g, c) > 0
    for alts in g.participants:
        if any(name_matches(a, p) for a in alts for p in c.participants):
            continue
        if sentence is None:
            sentence = _gold_sentences(article, g, c)
        where = (":in-sentence" if any(_mentions(sentence, a) for a in alts)
                 else ":not-in-sentence")
        kind = _name_kind(alts[:1])
        if not c.participants:
            out.append("none" + where)
        elif any(_similar(a, p) or (kind != "state" and set(_norm(a).split())
                                    & set(_norm(p).split()) - {"the", "of"})
                 for a in alts for p in c.participants
                 if not (kind == "state" and _name_kind([p]) == "state")):
            out.append("cut-or-spelling")
        elif kind == "body":
            out.append("group-or-body")
        elif kind == "person":
            if not any(_mentions(sentence, w) for a in alts for w in [a, a.split()[-1]]) \
                    and _TITLE_WORDS.search(sentence):
                out.append("title-only")
            elif "state" in extra:
                out.append("country-for-person")
            else:
                out.append(("side-missing" if some_named else "other") + where)
        elif "person" in extra:
            out.append("person-for-country" + where)
        else:
            out.append(("side-missing" if some_named else "other") + where)
    return out


def error_kinds(article: GoldArticle, cands: Sequence[SystemEvent], m: Matching
                ) -> tuple[Counter[str], Counter[str]]:
    """Counts of the place kinds and participant kinds of one article's matched pairs."""
    from timeline_app.extract.dateline import read_dateline

    places: Counter[str] = Counter()
    people: Counter[str] = Counter()
    dateline = None
    for gi, ci in m.pairs:
        g, c = article.events[gi], cands[ci]
        if g.place and not place_matches(g, c):
            if dateline is None:
                dateline = read_dateline(article.text)
            places[place_kind(article, g, c, dateline.place,
                              article.text[dateline.span[0]:dateline.span[1]])] += 1
        if participant_share(g, c) < 1.0:
            people.update(participant_kinds(article, g, c))
    return places, people


# --------------------------------------------------------------------------- running
class _TimeoutError(Exception):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _TimeoutError


def run_extractor(article: GoldArticle, given_dct: bool,
                  timeout: int) -> tuple[list[SystemEvent], _dt.date | None, float, str]:
    """Run ``extract_events`` on one article.

    Returns:
        The candidates, the DCT it used, the seconds taken and an error ("" if none).
    """
    from timeline_app.extract import extract_events

    use_alarm = timeout > 0 and hasattr(signal, "SIGALRM")
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _on_alarm)
        signal.alarm(timeout)
    t0 = time.perf_counter()
    try:
        result = extract_events(article.text, article.dct if given_dct else None)
    except _TimeoutError:
        return [], None, time.perf_counter() - t0, f"timed out after {timeout} s"
    except Exception as exc:  # a report, not a test: one broken article must not end the run
        return [], None, time.perf_counter() - t0, f"{type(exc).__name__}: {exc}"
    finally:
        if use_alarm:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old)
    seconds = time.perf_counter() - t0
    cands = [
        SystemEvent(
            title=c.title, date=c.date, participants=tuple(c.participants),
            location=c.location or "",
            spans=tuple((e.start, e.end) for e in c.evidence),
            sentence=c.evidence[0].sentence if c.evidence else "",
        )
        for c in result.candidates
    ]
    return cands, result.dct, seconds, ""


def _event_to_json(e: SystemEvent) -> dict[str, Any]:
    d = e.date
    return {"title": e.title, "date": [d.year, d.month, d.day, d.precision.value, d.part, d.circa],
            "participants": list(e.participants), "location": e.location,
            "spans": [list(s) for s in e.spans], "sentence": e.sentence}


def _event_from_json(raw: dict[str, Any]) -> SystemEvent:
    year, month, day, precision, part, circa = raw["date"]
    return SystemEvent(
        title=raw["title"], date=FuzzyDate(year, month, day, Precision(precision), part, circa),
        participants=tuple(raw["participants"]), location=raw["location"],
        spans=tuple((s[0], s[1]) for s in raw["spans"]), sentence=raw["sentence"])


Extraction = tuple[list[SystemEvent], "_dt.date | None", float, str]


def dump_candidates(articles: Sequence[GoldArticle], given_dct: bool, timeout: int,
                    out: Path) -> None:
    """Run the extractor on every article and write its candidates as JSON (child mode)."""
    dump = {}
    for art in articles:
        cands, dct, seconds, err = run_extractor(art, given_dct, timeout)
        dump[art.name] = {"candidates": [_event_to_json(c) for c in cands],
                          "dct": dct.isoformat() if dct else None, "seconds": seconds,
                          "error": err}
    import timeline_app

    out.write_text(json.dumps({"code": str(Path(timeline_app.__file__).resolve().parent),
                               "articles": dump}), encoding="utf-8")


def baseline_extractions(rev: str, data_dir: Path, only: Sequence[str] | None,
                         given_dct: bool, timeout: int) -> dict[str, Extraction]:
    """Candidates of ``timeline_app`` as it is at git revision ``rev``, on the same articles.

    The revision's ``timeline_app`` and ``resources`` are unpacked into a temporary folder
    and this script runs there in a child process (``--dump-candidates``), so both
    extractors are scored by the same scorer on the same golds in one run.

    Raises:
        subprocess.CalledProcessError: ``git archive`` or the child failed.
    """
    with tempfile.TemporaryDirectory(prefix="extract-eval-") as tmp:
        tar = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "timeline_app", "resources"],
                             capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
            if hasattr(tarfile, "data_filter"):
                archive.extractall(tmp, filter="data")
            else:  # pragma: no cover - Python without the extraction filters
                archive.extractall(tmp)
        out = Path(tmp) / "candidates.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), str(data_dir),
               "--dump-candidates", str(out), "--timeout", str(timeout)]
        if given_dct:
            cmd.append("--given-dct")
        if only:
            cmd += ["--only", *only]
        subprocess.run(cmd, check=True, env={**os.environ, "EXTRACT_EVAL_CODE": tmp})
        dumped = json.loads(out.read_text(encoding="utf-8"))
        if not Path(dumped["code"]).is_relative_to(Path(tmp).resolve()):
            raise RuntimeError(f"the baseline ran {dumped['code']}, not the code of {rev}")
        raw = dumped["articles"]
    return {name: ([_event_from_json(c) for c in r["candidates"]],
                   _dt.date.fromisoformat(r["dct"]) if r["dct"] else None, r["seconds"],
                   r["error"]) for name, r in raw.items()}


def evaluate(art: GoldArticle, extraction: Extraction
             ) -> tuple[Counts, list[tuple[str, str, str]]]:
    """Counts and classified errors of one article's extraction."""
    cands, found_dct, seconds, _ = extraction
    m = match(art.events, cands)
    c = score(art.events, cands, m)
    c.seconds = seconds
    if art.dct is not None:
        c.dct_expected, c.dct_ok = 1, int(found_dct == art.dct)
    c.place_kinds, c.participant_kinds = error_kinds(art, cands, m)
    return c, classify(art, cands, m, found_dct)


def aliased_pairs(art: GoldArticle, cands: Sequence[SystemEvent]) -> list[tuple[str, str]]:
    """(gold name, extracted name) of the matched pairs (required and optional, matched with
    the alias table) that match through :func:`name_aliases` only, not literally."""
    m = match(art.events, cands)
    out = []
    for gi, ci in m.pairs + m.optional_pairs:
        for alts in art.events[gi].participants:
            if any(name_matches(a, p, aliases=False) for a in alts
                   for p in cands[ci].participants):
                continue
            out += [(a, p) for a in alts for p in cands[ci].participants
                    if name_matches(a, p, aliases=True)][:1]
    return out


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def _kinds_rows(label: str, c: Counts) -> list[str]:
    """The place and participant kind counts of a part, most frequent first."""
    def line(what: str, counts: Counter[str]) -> str:
        items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return (f"{label} {what} ({sum(counts.values())}): "
                + (", ".join(f"{k} {n}" for k, n in items) or "-"))
    return [line("place kinds", c.place_kinds), line("participant kinds", c.participant_kinds)]


def _row(label: str, c: Counts) -> str:
    dct = f"{c.dct_ok}/{c.dct_expected}" if c.dct_expected else "  -"
    place = _pct(c.place_ok / c.place_expected) if c.place_expected else "    -"
    return (f"{label:<28} {c.gold:4d} {c.candidates:4d} {c.tp:4d} {c.fp:4d} {c.fn:4d} "
            f"{_pct(c.precision)} {_pct(c.recall)} {_pct(c.f1)} {_pct(c.share(c.date_ok))} "
            f"{_pct(c.share(c.precision_ok))} {_pct(c.share(c.participants_ok))} "
            f"{_pct(c.share(c.participant_share))} {place:>5} {dct:>5} "
            f"{c.seconds:6.2f}")


HEADER = (f"{'article':<28} {'gold':>4} {'cand':>4} {'tp':>4} {'fp':>4} {'fn':>4} "
          f"{'P':>5} {'R':>5} {'F1':>5} {'date':>5} {'prec':>5} {'part':>5} {'part~':>5} {'place':>5} {'DCT':>5} "
          f"{'sec':>6}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", nargs="?", type=Path, default=DATA_DIR)
    ap.add_argument("--errors", action="store_true", help="list misses and wrong candidates")
    ap.add_argument("--given-dct", action="store_true", help="pass the gold DCT to the extractor")
    ap.add_argument("--only", nargs="*", default=None, help="score only these articles")
    ap.add_argument("--timeout", type=int, default=20, help="seconds per article (0: none)")
    ap.add_argument("--json", type=Path, help="write the counts and errors as JSON")
    ap.add_argument("--baseline", metavar="REV",
                    help="also score timeline_app as at this git revision (e.g. main), same run")
    ap.add_argument("--literal-names", action="store_true",
                    help="match participants' names literally, without the alias table "
                         "(the scorer of session 46 and before)")
    ap.add_argument("--compare-names", action="store_true",
                    help="also score without the alias table and list, for the dev part, "
                         "every (gold, extracted) name pair the table makes match")
    ap.add_argument("--dump-candidates", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    NAME_ALIASES[0] = not args.literal_names

    articles = load_dataset(args.data_dir)
    if args.only:
        articles = [a for a in articles if a.name in set(args.only)]
    if args.dump_candidates:
        dump_candidates(articles, args.given_dct, args.timeout, args.dump_candidates)
        return 0
    base = (baseline_extractions(args.baseline, args.data_dir, args.only, args.given_dct,
                                 args.timeout) if args.baseline else {})
    totals = {"dev": Counts(), "held-out": Counts(), "all": Counts()}
    base_totals = {"dev": Counts(), "held-out": Counts(), "all": Counts()}
    literal_totals = {"dev": Counts(), "held-out": Counts(), "all": Counts()}
    alias_pairs: list[tuple[str, str, str]] = []
    heldout_alias_pairs = 0
    kinds: Counter[str] = Counter()
    report: dict[str, Any] = {"articles": {}}
    print(HEADER + (f" {'baseF1':>6}" if base else ""))
    for art in articles:
        extraction = run_extractor(art, args.given_dct, args.timeout)
        c, errors = evaluate(art, extraction)
        kinds.update(k for k, _, _ in errors)
        parts = ("held-out" if art.heldout else "dev", "all")
        for key in parts:
            totals[key].add(c)
        extra = ""
        if art.name in base:
            bc, _ = evaluate(art, base[art.name])
            for key in parts:
                base_totals[key].add(bc)
            extra = f" {_pct(bc.f1):>6}"
        if args.compare_names:
            NAME_ALIASES[0] = False
            lc, _ = evaluate(art, extraction)
            NAME_ALIASES[0] = not args.literal_names
            for key in parts:
                literal_totals[key].add(lc)
            found = aliased_pairs(art, extraction[0])
            if art.heldout:
                heldout_alias_pairs += len(found)
            else:
                alias_pairs += [(art.name, g, c) for g, c in found]
        err = extraction[3]
        label = art.name + (" *" if art.heldout else "")
        print(_row(label, c) + extra + (f"  ERROR {err}" if err else ""))
        report["articles"][art.name] = {"heldout": art.heldout, "counts": c.__dict__,
                                        "errors": errors, "error": err}
        if args.errors and errors:
            for kind, what, sentence in errors:
                print(f"    {kind:<22} {what}")
                if sentence:
                    print(f"    {'':<22} | {sentence[:200]}")
    print("-" * len(HEADER))
    for key, c in totals.items():
        if c.articles:
            print(_row(f"{key} ({c.articles})", c))
    if base:
        for key, c in base_totals.items():
            if c.articles:
                print(_row(f"{args.baseline[:12]}: {key}", c))
    if args.compare_names:
        for key, c in literal_totals.items():
            if c.articles:
                print(_row(f"literal names: {key}", c))
    for key, c in totals.items():
        if c.articles:
            print("\n".join(_kinds_rows(key, c)))
            if base and base_totals[key].articles:
                print("\n".join(_kinds_rows(f"{args.baseline[:12]}: {key}", base_totals[key])))
    print("* held out.  date/prec/part: shares of matched events with the right date, precision,"
          " all key participants; part~: mean share of key participants named; place: share of"
          " matched events with a gold place whose location names it; DCT: articles whose"
          " date was found right.")
    print("error kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    if args.compare_names:
        print(f"names matched only through the alias table: dev {len(alias_pairs)}, "
              f"held-out {heldout_alias_pairs} (held-out names not listed)")
        for name, g, c in alias_pairs:
            print(f"    {name:<40} gold {g!r:<32} extracted {c!r}")
    if args.json:
        report["totals"] = {k: v.__dict__ for k, v in totals.items()}
        if base:
            report["baseline"] = {"rev": args.baseline,
                                  "totals": {k: v.__dict__ for k, v in base_totals.items()}}
        report["kinds"] = dict(kinds)
        args.json.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
