"""Turn an article into dated event candidates.

The pipeline, one step per function:

1. find the document creation time (DCT): the caller's date, else the dateline
   (:func:`read_dateline`), else none — then only absolute dates are used;
2. tag temporal expressions (:func:`tag_timexes`) and split sentences;
3. find event *mentions*: trigger words from :mod:`event_vocabulary` ("meeting",
   "visit", "boycott", "announced", "anniversary", and every form of the business and
   political verbs of ``EVENT_VERBS``: "acquired", "files for bankruptcy", "will cut"),
   each read in its context (:func:`_reading`): a base form is a verb only after
   "will"/"to" and then a plan; "job cuts" and "the recently announced phone" are no
   verbs; "filed a report" lacks the object that makes "file" an event; "whether it
   should be approved" is no approval.  Each mention gets the phrase it heads, its
   participants (people named with a title of office, countries), its subject
   (:func:`_subject_parts`: the head name of the subject, past appositives, relative
   clauses and asides, "it"/"the company"/"the two leaders" resolved to actors named
   before, or a short noun phrase such as "Stock markets"), its location ("in
   Munich") and modifiers ("trilateral");
4. date mentions: a DATE expression goes to the most specific nearby trigger;
   "a month after EVENT" / "two months following EVENT" date EVENT from the
   sentence's main event (or the DCT); "following EVENT" without an interval means
   the same day; "the Nth anniversary of X" dated D also dates X at D minus N years;
   "lowest since 1997" is a yardstick, not a date; "visited X in May, when the two
   sides signed Y" makes the signing a second event of May; a story's undated lead
   sentence (under a headline) is dated the article's day, circa;
5. merge mentions of one event (same category, overlapping dates, compatible
   participants, places and kinds) into one ``Candidate`` with its evidence.

Titles read as headlines, "Subject verb object" in the present tense ("Zenco
acquires Brightway", "Ford to cut 30,000 jobs" for a plan, "Hearing in the district
court (scheduled)"), without dates, asides or trailing clauses, and within about 80
characters.  Every date carries ``date_basis``: how it follows from the text, in
words.  No rule is keyed on a particular name; all word lists are data.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..core import Event, Evidence, FuzzyDate, Precision, Source, new_event_id
from . import event_vocabulary as vocab
from .dateline import ORDINAL_RE, Dateline, ordinal_value, read_dateline
from .sentences import Segment, bound_segments, split_sentences
from .timex import Timex, tag_timexes

__all__ = ["Candidate", "ExtractionResult", "NoDateError", "extract_events", "timex_to_date"]


class NoDateError(ValueError):
    """The article has no date to resolve relative expressions against, and none was given."""


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class Candidate:
    """An event the extractor proposes, for the user to accept, edit or drop.

    Attributes:
        title: A short headline ("Cho Tae-yul and Takeshi Iwaya meet in Tokyo").
        date: When, at the precision the text gives (circa when derived loosely).
        date_basis: How the date follows from the text, in words.
        category: One of ``event_vocabulary.CATEGORIES``.
        confidence: 0..1, how sure the extractor is of the event and its date.
        location: Where, if the text says.
        participants: People or countries taking part, as the text names them.
        evidence: The sentences that mention the event.
        source_id: The ``Source`` the candidate was read from.
    """

    title: str
    date: FuzzyDate
    date_basis: str
    category: str
    confidence: float
    location: str = ""
    participants: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    source_id: str | None = None

    def to_event(self, event_id: str | None = None) -> Event:
        """The candidate as a timeline ``Event`` (a new id unless one is given)."""
        return Event(
            id=event_id or new_event_id(),
            title=self.title,
            date=self.date,
            category=self.category,
            participants=self.participants,
            location=self.location,
            summary=self.evidence[0].sentence if self.evidence else "",
            date_basis=self.date_basis,
            source_id=self.source_id,
            evidence=self.evidence,
        )


@dataclass(frozen=True)
class ExtractionResult:
    """What :func:`extract_events` found in one article.

    Attributes:
        source: The article as a ``Source`` (dateline place and date, how the date
            was found, the text).
        dct: The document creation time, or ``None`` when neither given nor found.
        dct_basis: How the DCT was established, in words.
        dateline: The dateline as read.
        timexes: The temporal expressions the tagger found.
        candidates: The event candidates, in date order.
    """

    source: Source
    dct: _dt.date | None
    dct_basis: str
    dateline: Dateline
    timexes: tuple[Timex, ...]
    candidates: tuple[Candidate, ...]


# --------------------------------------------------------------------------- mentions
@dataclass
class _Anchor:
    """A mention dated relative to another: "two months following EVENT"."""

    ref: _Mention | None  # None: relative to the DCT
    sign: int  # -1: the mention is earlier than the reference ("after"), +1 later ("before")
    amount: int
    unit: str  # "Y", "M", "W", "D", or "" for "same time"
    approx: bool
    timex: Timex | None
    words: str  # "two months following"


@dataclass
class _Mention:
    """One trigger word in one sentence, and what the text says around it."""

    seg: Segment
    start: int  # trigger offsets in the article
    end: int
    word: str
    category: str
    weight: float
    pos: str
    verb: str
    phrase_start: int = 0
    phrase_end: int = 0
    np_end: int = 0  # end of the noun phrase itself, before "took place in ..."
    participants: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    subject: str = ""
    subject_phrase: str = ""  # "Stock markets": a subject that names nobody, for titles only
    location: str = ""
    occasion: str = ""
    kind: str = ""  # trilateral, bilateral, ...
    ordinal: int | None = None
    scheduled: bool = False
    planned: bool = False  # "to cut", "will cut": a plan or a possibility, not a fact
    lead_in: str = ""  # "agree" of "agreed to buy"
    hedged: bool = False
    patient: str = ""  # "the accord" of "the accord was signed" (passive voice)
    object_text: str = ""
    date: FuzzyDate | None = None
    date_basis: str = ""
    date_timex: Timex | None = None
    confidence: float = 0.0
    anchor: _Anchor | None = None
    title: str = ""
    derived_from: _Mention | None = None
    absorbed: list[_Mention] = field(default_factory=list)
    # The events (clusters) the mention was put in: set by _Cluster.add.
    homes: list[_Cluster] = field(default_factory=list, repr=False, compare=False)


_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_PREPOSITIONS = frozenset(
    ["with", "between", "among", "amongst", "in", "on", "at", "to", "of", "from", "for", "by", "into", "against", "over", "during"])
_LEFT_STOP = frozenset(_PREPOSITIONS | set(vocab.CLAUSE_BREAKS) | {"that", "who", "and", "or",
                                                                    "but", "to"})
_DETERMINERS = frozenset(["a", "an", "the", "their", "his", "her", "its", "our", "this", "these", "those"])
_GEO_HEADS = ("mines", "mine", "island", "islands", "region", "province", "border", "strait",
              "sea", "peninsula")


def _article_id(text: str) -> str:
    return "src-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


# --------------------------------------------------------------------------- entities
class _Entities:
    """People (named with a title of office) and countries of one article."""

    def __init__(self, text: str) -> None:
        self.people: dict[str, str] = {}  # full name -> country ("" unknown)
        demonyms = "|".join(re.escape(d) for d in sorted(vocab.DEMONYMS, key=len, reverse=True))
        titles = "|".join(re.escape(t) for t in sorted(vocab.PERSON_TITLES, key=len, reverse=True))
        name = r"[A-Z][a-z]+(?:-[A-Za-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z]+)?){0,2}"
        person = re.compile(rf"(?:\b(?P<demonym>{demonyms})\s+)?(?<![\w-])(?:{titles})\s+"
                            rf"(?P<name>{name})")
        for m in person.finditer(text):
            full = m.group("name")
            if full in vocab.COUNTRIES or full in vocab.CITIES or full in vocab.DEMONYMS:
                continue
            country = vocab.DEMONYMS.get(m.group("demonym") or "", "")
            if full not in self.people or country:
                self.people[full] = country
        # Each part of a full name refers to the person later on ("Iwaya", "Cho's").
        self.alias: dict[str, str] = {}
        for full in self.people:
            self.alias[full] = full
            for part in full.split():
                if len(part) >= 3:
                    self.alias.setdefault(part, full)
        names = sorted(self.alias, key=len, reverse=True)
        self._person_re = (re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
                           if names else None)
        places = sorted(vocab.COUNTRIES, key=len, reverse=True)
        self._country_re = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, places))
                                      + r")(?![\w])")

        # Words written with a capital inside a sentence: names, not sentence starts.
        self._midcaps = set(re.findall(r"(?<=[a-z0-9,;] )[A-Z][\w'&.\u2019-]*", text))
        self._text = text

    def is_name(self, word: str) -> bool:
        """Whether a capitalised word is a name (also written so inside a sentence)."""
        return (word in self._midcaps or word in self.alias or word in vocab.COUNTRIES
                or re.fullmatch(r"[A-Z0-9&.-]{2,}", word) is not None)

    def antecedent(self, text: str, before: int, person: bool, head: str = "") -> str:
        """The actor "he"/"she" or "it"/"the company" refers to: the last one named before.

        A name whose words match the description wins ("the airline" -> "... Airlines"),
        then the last name that was a subject (a verb or an appositive follows it, or it
        opens a sentence), then the last name.
        """
        lower = max(0, before - 600)
        best = ["", "", ""]  # matching the description, a subject, any
        pieces = [(piece, part.start(), part.end())
                  for part in _NAME_CHUNK.finditer(text, lower, before)
                  for piece in re.split(r"(?<=[a-z]{2})\.\s+", part.group(0))]
        for piece, begin, end in pieces:
            words = piece.split()
            while words and words[0].lower() in _NOT_SUBJECT_WORDS:
                words.pop(0)
            name = re.sub(r"['\u2019]s$", "", " ".join(words)).rstrip(".,")
            if not name or name.lower() in _MONTH_AND_DAY_NAMES or name in vocab.COUNTRIES \
                    or name in vocab.DEMONYMS or name in vocab.CITIES:
                continue
            # A lone capitalised word is a name if written so mid-sentence, or if a
            # verb follows it ("Zenco filed ...").
            if len(words) == 1 and not self.is_name(name) and not re.match(
                    r"\s+(?:\w+ed|has|had|have|is|was|were|are|will|would|said|says)\b",
                    text[end:end + 20]):
                continue
            full = self.alias.get(name, name)
            is_person = full in self.people or (
                2 <= len(full.split()) <= 3 and all(w[:1].isupper() and w.isalpha() and
                                                    w not in vocab.ORG_WORDS for w in full.split()))
            if is_person != person:
                continue
            best[2] = full
            if re.match(r"\s*(?:,|\(|\w+ed\b|has|had|have|is|was|were|are|will|would|said|says|"
                        r"announced|\w+s\s+(?:to|that)\b)", text[end:end + 25]) or \
                    re.search(r"(?:^|[.!?\n]\s*)$", text[max(0, begin - 3):begin]):
                best[1] = full
            if head and any(w.lower().startswith(head[:5]) for w in full.split()):
                best[0] = full
        return next((b for b in best if b), "")

    def last_two(self, text: str, before: int, kind: str) -> list[str]:
        """The last two people ("people"), countries ("countries") or either ("parties")
        named before ``before``, in the order the text introduced them."""
        people = self.people_in(text, 0, before)
        countries = self.countries_in(text, 0, before) + [
            (pos, self.people[p]) for pos, p in people if self.people.get(p)]
        # A side is a person's country when known, else the person.
        sides = self.countries_in(text, 0, before) + [
            (pos, self.people.get(p) or p) for pos, p in people]
        choices = {"people": [people], "countries": [countries],
                   "parties": [countries, sides]}[kind]
        for found in choices:
            last: dict[str, int] = {}
            first: dict[str, int] = {}
            for pos, name in sorted(found):
                last[name] = pos
                first.setdefault(name, pos)
            two = sorted(last, key=lambda n: -last[n])[:2]
            if len(two) == 2:
                return sorted(two, key=lambda n: first[n])
        return []

    def people_in(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        if self._person_re is None:
            return []
        return [(m.start(), self.alias[m.group(0)])
                for m in self._person_re.finditer(text, start, end)]

    def countries_in(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        found = []
        for m in self._country_re.finditer(text, start, end):
            found.append((m.start(), vocab.COUNTRIES[m.group(0)]))
        return found


# --------------------------------------------------------------------------- dates
def _timexes_in(timexes: list[Timex] | tuple[Timex, ...], start: int, end: int) -> list[Timex]:
    """The expressions that start in ``[start, end)``, in order.

    ``timexes`` is sorted by start (as :func:`tag_timexes` returns them): a bisection
    instead of a scan of every expression keeps per-sentence work independent of the
    length of the article.
    """
    low = bisect.bisect_left(timexes, start, key=_timex_start)
    high = bisect.bisect_left(timexes, end, lo=low, key=_timex_start)
    return list(timexes[low:high])


def _timex_start(t: Timex) -> int:
    return t.start


def timex_to_date(timex: Timex) -> FuzzyDate | None:
    """The ``FuzzyDate`` of a DATE or TIME expression, or ``None`` if it is not a date.

    mod ``END``/``START``/``MID`` on a year gives late/early/mid of that year, ``APPROX``
    gives circa; an ISO week becomes its middle day (Thursday), circa: a week has no
    precision of its own, and a month would lose most of what the text said.
    """
    if timex.type not in ("DATE", "TIME"):
        return None
    value = timex.value.split("T", 1)[0]
    week = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    try:
        if week:
            # A week is shown as its Thursday, a weekend as its Saturday, both circa.
            day = _dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)),
                                           6 if week.group(3) else 4)
            return FuzzyDate.of_day(day, circa=True)
        mod = timex.mod if timex.mod in ("START", "MID", "END", "APPROX") else None
        return FuzzyDate.from_timex(value, mod)
    except ValueError:
        return None


def _add(day: _dt.date, amount: int, unit: str) -> _dt.date:
    """``day`` plus ``amount`` years, months, weeks or days (month ends clamp: 31 Mar - 1M = 28 Feb)."""
    if unit in ("W", "D"):
        return day + _dt.timedelta(days=amount * (7 if unit == "W" else 1))
    months = amount * (12 if unit == "Y" else 1)
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return _dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"cannot move {day} by {amount}{unit}")


def _shift(date: FuzzyDate, sign: int, amount: int, unit: str) -> FuzzyDate:
    """``date`` moved by ``sign * amount`` units, at a precision the interval supports, circa."""
    day = _add(date.start, sign * amount, unit)
    if unit == "Y" and date.precision in (Precision.DAY, Precision.MONTH):
        return FuzzyDate.of_month(day.year, day.month, circa=True)
    if unit == "Y":
        return FuzzyDate.of_year(day.year, circa=True)
    if unit == "M" or date.precision is not Precision.DAY:
        return FuzzyDate.of_month(day.year, day.month, circa=True)
    return FuzzyDate.of_day(day, circa=True)


_UNIT_WORDS = {"Y": "year", "M": "month", "W": "week", "D": "day"}


# --------------------------------------------------------------------------- finding mentions
def _past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", lemma):
        return lemma + lemma[-1] + "ed"  # drop -> dropped, plan -> planned
    return lemma + "ed"


def _ing(lemma: str) -> str:
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return lemma[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", lemma):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def _build_triggers() -> tuple[dict[str, tuple[str, float, str, str]], dict[str, str]]:
    """All trigger forms: the listed ones, the event nouns, and every form of the event verbs.

    Returns the table (surface -> category, weight, part of speech, lemma) and, for
    the generated verb forms, what form each is ("base", "s", "past", "ing"): a form
    whose reading depends on its context (a base form is a verb after "to" or "will",
    "cuts" after a name) is checked where it occurs.
    """
    table = dict(vocab.TRIGGERS)
    kinds: dict[str, str] = {}
    for noun, entry in vocab.EVENT_NOUNS.items():
        table.setdefault(noun, entry)
    for lemma, (category, weight, irregular) in vocab.EVENT_VERBS.items():
        past, participle = irregular.split("|") if irregular else (_past(lemma), _past(lemma))
        for form, kind in ((lemma, "base"), (_third_person(lemma), "s"), (past, "past"),
                           (participle, "past"), (_ing(lemma), "ing")):
            if form not in table:
                table[form] = (category, weight, "verb", lemma)
                kinds[form] = kind
    return table, kinds


_IRREGULAR_LEMMAS = {"chose": "choose", "chosen": "choose", "began": "begin", "begun": "begin",
                     "sought": "seek", "went": "go"}


def _lemma(word: str) -> str:
    """The base form of a verb of doing ("agreed" -> "agree", "decided" -> "decide")."""
    entry = _TRIGGER_TABLE.get(word)
    if entry is not None and entry[2] == "verb":
        return entry[3]
    if word in _IRREGULAR_LEMMAS:
        return _IRREGULAR_LEMMAS[word]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if re.search(r"(?:ot|id|ee|u|v|g|c|s|z)ed$", word) and not word.endswith(("ssed", "shed")):
        return word[:-1]  # voted, decided, agreed, continued, moved, managed -> ...e
    if word.endswith("ed"):
        return word[:-2]
    return re.sub(r"(?<=[^s])s$", "", word)


def _third_person(verb: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


_TRIGGER_TABLE, _FORM_KIND = _build_triggers()
# Past tenses that are no participles ("rose", not "risen"): never a reduced relative.
_PAST_ONLY = frozenset(p.split("|")[0] for _, _, p in vocab.EVENT_VERBS.values()
                       if p and p.split("|")[0] != p.split("|")[1])
_TRIGGERS = re.compile(r"\b(" + "|".join(map(re.escape, sorted(_TRIGGER_TABLE, key=len, reverse=True)))
                       + r")\b", re.IGNORECASE)
_VERB_NEEDS = {lemma: re.compile(rx) for lemma, rx in vocab.VERB_NEEDS.items()}
_BE = r"(?:is|are|was|were|be|been|being|'s|'re)"
_MODALS = "|".join(re.escape(w) for w in vocab.IRREALIS_MARKERS if w not in ("to", "not"))
# "plans to buy", "is expected to launch", "wants to eliminate": a plan, not a fact.
_PLAN_TO = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.PLAN_VERBS)) + r")\s+to\s+"
                      r"(?:\w+ly\s+)?$", re.IGNORECASE)
_DONE_TO = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.DONE_VERBS)) + r")\s+to\s+"
                      r"(?:\w+ly\s+)?$", re.IGNORECASE)
_NOUN_NEEDS = {noun: (re.compile(b + "$" if b else "", re.IGNORECASE), re.compile(a, re.IGNORECASE))
               for noun, (b, a) in vocab.NOUN_NEEDS.items()}
_IRREALIS = re.compile(rf"\b(?:{_MODALS})\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\s+)?(?:\w+ly\s+)?$",
                       re.IGNORECASE)
_TO_OR_MODAL_LAST = re.compile(r"\b(?:to|" + _MODALS + r")\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_ADJECTIVAL = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those|newly|recently|"
                         r"long|much|widely|previously|already)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.HYPOTHETICAL_OPENERS)) + r")\b",
                           re.IGNORECASE)


# Patterns anchored at the end ("...$") are matched against the last _TAIL_REACH
# characters before a word only: they match a few words, and searching a whole long
# sentence for them once per trigger made extraction quadratic in sentence length.
_TAIL_REACH = 200


def _tail(text: str, lower: int, end: int) -> str:
    """``text[lower:end]``, at most its last ``_TAIL_REACH`` characters."""
    return text[max(lower, end - _TAIL_REACH):end]


def _any_word(words: Iterable[str], suffix: str = r"\b") -> re.Pattern[str]:
    """One pattern for "any of these words" (each a regex, as the vocabulary gives it)."""
    return re.compile(r"\b(?:" + "|".join(words) + r")" + suffix, re.IGNORECASE)


_HEDGE_WORD = _any_word(vocab.HEDGES)
_FUTURE_WORD = _any_word(vocab.FUTURE_MODIFIERS)
_POLICY_WORD = _any_word(vocab.POLICY_CONTENT, suffix="")
_ORDINAL_LAST = re.compile(ORDINAL_RE + r"\s*$", re.IGNORECASE)
_LIGHT_VERB_LAST = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.LIGHT_VERBS))
                              + r")\s+(?:\S+\s+){0,3}$")
_PASSIVE_LAST = re.compile(r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$")


def _words_before(text: str, start: int, lower: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, lower, start))


def _noun_phrase_left(text: str, seg: Segment, start: int) -> int:
    """Where the noun phrase an event noun heads begins ("Iwaya's visit", "a trilateral meeting")."""
    left = start
    for m in reversed(_words_before(text, start, seg.start)[-5:]):
        word = m.group(0)
        gap = text[m.end():left]
        if gap.strip() not in ("",) and not re.fullmatch(
                r"\s*(?:[$\u00a3\u20ac#]|US\$)?\d[\d.,]*(?:st|nd|rd|th|%)?\s*", gap):
            break  # punctuation between: not the same phrase
        low = word.lower()
        if low in _LEFT_STOP or low in vocab.LIGHT_VERBS or low in vocab.TRIGGERS:
            break
        if low.endswith("ed") and low not in vocab.FUTURE_MODIFIERS:
            break
        left = m.start()
        if re.search(r"['\u2019]s$", word):  # a possessive opens the phrase: "Iwaya's visit"
            break
        if low in _DETERMINERS:
            break
    return left


def _phrase_right(text: str, seg: Segment, end: int,
                  dates: frozenset[int] = frozenset()) -> int:
    """Where the prepositional phrases after an event noun end ("... with X in Tokyo").

    A phrase stops before a date expression (``dates`` holds their start offsets): "the
    anniversary of the treaty in October" is dated by "October", not named by it.
    """
    pos = end
    pp = re.compile(
        r"\s+(?:(?:with|between|among|in|to|at|of|from|on|for|against)\b"
        r"|that\s+(?:also\s+)?(?:included|includes|involved|brought\s+together)\b)")
    while True:
        m = pp.match(text, pos, seg.end)
        if not m:
            return pos
        stop = pos = m.end()
        if pos in dates or pos + 1 in dates:
            return m.start()
        for w in _WORD.finditer(text, pos, seg.end):
            if w.start() in dates:
                break
            gap = text[stop:w.start()]
            if any(c in gap for c in ",;:.()\u2014"):
                break
            low = w.group(0).lower()
            if low in _PREPOSITIONS or low in vocab.CLAUSE_BREAKS or (
                    low in vocab.TRIGGERS and _TRIGGER_TABLE[low][2] == "verb") or low == "that":
                break
            stop = w.end()
        if stop == m.end():
            return m.start()
        pos = stop


def _clause_left(text: str, seg: Segment, start: int, hypothetical: bool = True) -> int:
    """Start of the clause a verb is in: after the last comma or subordinator before it.

    With ``hypothetical=False`` "whether", "if" and "unless" stay inside the clause,
    so that the caller can see them.
    """
    head = text[seg.start:start]
    cut = 0
    extra = "|whether|if|unless" if hypothetical else ""
    for m in re.finditer(r",(?!\d{3})|;|:\s|\s--?\s|\u2014|\b(?:when|since|that|after|because|while|although|but|as|"
                         rf"before|following|and|said|says|told\s+\w+|stated|added|noted{extra})\b",
                         head):
        cut = m.end() if hypothetical or not re.fullmatch(r"\w+", m.group(0)) or \
            m.group(0) not in ("whether", "if", "unless") else m.start()
    return seg.start + cut


# Words that may trail a subject before its verb ("Zenco has also", "GM, Ford and
# Chrysler both").  Stripped by a loop, not by the regex
# (?:\s+(?:has|...|\w+ly)\b|\s*[,;:]|\s+)+$ it replaces: that one nests quantifiers
# and backtracks exponentially on a run of blanks (dates are blanked to spaces).
_AUX_WORDS = frozenset(
    ["has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should",
     "may", "might", "must", "can", "shall", "did", "does", "do", "been", "be", "being", "not",
     "also", "still", "then", "now", "just", "both", "all", "each", "together", "jointly",
     "today", "yesterday"])
_WORD_CHARS = re.compile(r"\w+")


def _strip_aux_tail(text: str) -> str:
    """``text`` without its trailing blanks, ``,;:`` and auxiliaries or adverbs in -ly.

    A word goes only when a blank precedes it ("GM has" -> "GM", not "GMhas").
    Linear in the length of ``text``.
    """
    end = len(text)
    while True:
        while end and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        begin = end
        while begin and not (text[begin - 1].isspace() or text[begin - 1] in ",;:"):
            begin -= 1
        word = text[begin:end]
        if not (begin and text[begin - 1].isspace() and _WORD_CHARS.fullmatch(word)):
            return text[:end] if end < len(text) else text
        low = word.lower()
        if low not in _AUX_WORDS and not (len(word) >= 3 and low.endswith("ly")):
            return text[:end] if end < len(text) else text
        end = begin


_SUBJECT_PP = re.compile(r"\b(?:in|from|around|across|at|on|for|with|by|to|over|under|near|"
                         r"between|among|amid|including|particularly|especially|like)\b")
_NAME_CHUNK = re.compile(r"(?<![\w$'\u2019-])[A-Z][\w'&.\u2019-]*(?:\s+(?:of\s+|&\s+|de\s+)?[A-Z0-9][\w'&.\u2019-]*)*")
_NOT_SUBJECT_WORDS = frozenset(_DETERMINERS | {"however", "meanwhile", "in", "on", "at", "after",
                                               "before", "during", "according", "yesterday",
                                               "today", "earlier", "later", "also", "but", "and",
                                               "some", "many", "most", "several", "other",
                                               "it", "he", "she", "they", "we", "i", "you",
                                               "this", "that", "there", "these", "those",
                                               "than", "for", "with", "as", "while", "when",
                                               "if", "unlike", "instead", "although", "by",
                                               "from", "to", "over", "under", "since"})


_VERB_CHAIN_TO_LAST = re.compile(
    r"(?:\s+(?:" + "|".join(map(re.escape, vocab.PLAN_VERBS + vocab.DONE_VERBS))
    + r"|has|have|had|been|is|are|was|were|will|would|\w+ly)\b)*\s+to\s+$")
_ORG_THEN_PERSON = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.ORG_WORDS))
                              + r")\.?\s+((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+)$")


_PLACE_NAMES_LONGEST_FIRST = sorted(list(vocab.COUNTRIES) + list(vocab.DEMONYMS), key=len,
                                    reverse=True)


def _over_and(text: str, seg: Segment, left: int, start: int) -> int:
    """Move a clause start back over "NAME and" when the clause opens with a name too:
    "General Motors (GM) and Chrysler have", "a tour of Asia and Australia has been"
    are one noun phrase, not two clauses."""
    joined = re.search(r"(?<![\w-])[A-Z][\w.&'\u2019-]*(?:\s+[A-Z0-9][\w.&'\u2019-]*)*"
                       r"(?:\s*\([^()]*\))?\s+and\s*$", text[seg.start:left])
    if joined and re.match(r"\s*[A-Z]", text[left:start]):
        return _clause_left(text, seg, seg.start + joined.start() + 1)
    return left


_APPOSITIVE = re.compile(r"\s*(?:the|a|an|another|one|its|his|her|their|particularly|especially|"
                         r"including|mainly|formerly|which|who|[a-z])")


def _subject(text: str, seg: Segment, start: int, entities: _Entities,
             dateline_end: int) -> str:
    """The doer of the verb at ``start``, as a name (see :func:`_subject_parts`)."""
    return _subject_parts(text, seg, start, entities, dateline_end)[0]


def _subject_parts(text: str, seg: Segment, start: int, entities: _Entities,
                   dateline_end: int, timexes: tuple[Timex, ...] = ()) -> tuple[str, str]:
    """The doer of the verb at ``start``: ``(name, phrase)``.

    ``name`` is the head name of the subject ("The United States's largest car
    manufacturer General Motors" -> "General Motors"), a pronoun resolved to the last
    actor named ("it" -> "Chrysler"), or "".  ``phrase`` is the subject as a short noun
    phrase when it names nobody ("Stock markets around the world" -> "Stock markets").
    "Ryanair, the Irish airline, announced" and "Irish airline, Ryanair, announced"
    skip back over the appositive to the name it describes.
    """
    floor = dateline_end if seg.start <= dateline_end else 0
    # "The deal -- for three firms -- has been rejected": the subject is before the aside.
    aside = re.search(r"\s(?:--?|\u2014)\s[^\u2014]*?\s?(?:--?|\u2014)(?:\s+(?:has|have|had|is|are|"
                      r"was|were|been|be|will|would)\b)*\s*$", text[seg.start:start])
    if aside:
        start = seg.start + aside.start()
    before = text[max(seg.start, floor):start]
    # "General Motors, which filed for bankruptcy": the relative pronoun's antecedent.
    relative = re.search(r"([A-Z][\w'&.\u2019-]*(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w'&.\u2019-]*)*)"
                         r"\s*,?\s+(?:which|who)\s+(?:(?:has|have|had|was|is|were|are)\s+)?"
                         r"(?:\w+ly\s+)?$", before)
    if relative:
        # "the Chief Executive Officer of General Motors, which": the nearest name.
        name = re.sub(r"['\u2019]s$", "", relative.group(1).split(" of ")[-1]).rstrip(".,")
        return entities.alias.get(name, name), ""
    # "GM wants to cut", "Ford is set to launch": the subject is that of the plan verb.
    chain_tail = _tail(text, seg.start, start)
    chain = _VERB_CHAIN_TO_LAST.search(chain_tail)
    chain_start = start - len(chain_tail) + chain.start() if chain else start
    if chain and chain.group(0).strip() != "to" and not re.search(
            r"\b(?:a|an|the|its|their|his|her|our|this|that)\s*$",
            _tail(text, seg.start, chain_start), re.IGNORECASE):
        start = chain_start
    left = max(_clause_left(text, seg, start), floor)
    left = _over_and(text, seg, left, start)
    if left > seg.start and re.search(r"\band\s*$", text[seg.start:left]) and \
            _strip_aux_tail(" " + text[left:start]).strip() == "":
        # "Apple is the maker of the iPod and launched the store": the subject of
        # the first verb of the clause before "and".
        first = _clause_left(text, seg, left - 4)
        verb_re = r"\s(?:is|are|was|were|has|have|had|will|would|\w+ed|said|says)\b"
        verb = re.search(verb_re, text[first:left - 4])
        if verb is None:  # "Apple is the maker of the Mac, the iPod and launched ..."
            first = seg.start
            verb = re.search(verb_re, text[first:left - 4])
        if verb:
            return _subject_parts(text, seg, first + verb.start() + 1, entities, dateline_end,
                                  timexes)
    appositive = False
    if _strip_aux_tail(" " + text[left:start]).strip() == "" and \
            text[:left].rstrip().endswith(",") and left > floor:
        # "SUBJECT, an appositive, verb" or "description, NAME, verb"
        comma = text[:left].rstrip().rfind(",")
        prev_left = max(_clause_left(text, seg, comma), floor)
        prev_comma = text.rfind(",", seg.start, comma)
        if prev_comma > max(seg.start, floor) and re.match(
                r",\s*(?:who|which)\b", text[prev_comma:comma]):
            prev_left = prev_comma + 1  # ", who took over as CEO in 2021,": one aside
        inner = text[prev_left:comma]
        named = re.fullmatch(r"\s*the\s+([A-Z][\w.&'\u2019-]*(?:\s+[A-Z0-9][\w.&'\u2019-]*)*)\s*",
                             inner)
        if named and text[:prev_left].rstrip().endswith(","):
            return named.group(1), ""  # "The biggest index, the Dow Jones, fell"
        if re.match(_APPOSITIVE, inner) and text[:prev_left].rstrip().endswith(","):
            comma = text[:prev_left].rstrip().rfind(",")
            left, start, appositive = max(_clause_left(text, seg, comma), floor), comma, True
        else:
            left = prev_left
    # Dates in the subject's span ("Apple Computer today launched") are not part of it.
    clause = _blank_dates(text[left:start], timexes, left)
    pp = _SUBJECT_PP.search(clause)
    head_end = pp.start() if pp else len(clause)
    found: list[tuple[int, int, str]] = []  # (in the head?, position, name)
    for pos, name in entities.people_in(text, left, start) + entities.countries_in(text, left, start):
        found.append((int(pos - left < head_end), pos, name))
    for m in _NAME_CHUNK.finditer(clause):
        words = m.group(0).split()
        while words and words[0].lower() in _NOT_SUBJECT_WORDS:
            words.pop(0)  # "The Dow Jones" -> "Dow Jones"
        if not words:
            continue
        name = re.sub(r"['\u2019]s$", "", " ".join(words)).rstrip(".,")
        pos = left + m.end() - len(" ".join(words))
        rest = _strip_aux_tail(" " + clause[m.end():head_end]).strip()
        if pos == seg.start and " of " in name and not entities.is_name(words[0]):
            continue  # "Shares of Zenco fell": a noun phrase, not a name
        if pos == seg.start and len(words) == 1 and not entities.is_name(name) and (
                rest and not rest.startswith(",") or re.search(r"[a-rt-z]s$", name)):
            # A capitalised first word may be any word ("Stock markets fell"), and a
            # plural one ("Shares fell") is rarely a name.
            continue
        if name.lower() in _MONTH_AND_DAY_NAMES:
            continue
        found.append((int(m.start() < head_end), pos, entities.alias.get(name, name)))
    head = _strip_aux_tail(" " + clause[:head_end]).strip()
    head = re.sub(r"^(?:\w+ly\s+|yesterday\s+|today\s+)", "", head, flags=re.IGNORECASE)
    if found:
        in_head = [f for f in found if f[0]]
        pool = in_head or found
        # The first name of an appositive's sentence, else the one nearest the verb.
        best = (min(pool, key=lambda f: (f[1], -len(f[2]))) if appositive
                else max(pool, key=lambda f: (f[1], len(f[2]))))
        name = best[2]
        org_then_person = _ORG_THEN_PERSON.search(name)
        if org_then_person and not any(w in vocab.ORG_WORDS
                                       for w in org_then_person.group(1).split()):
            name = org_then_person.group(1)  # "Apple Inc. Steve Jobs" -> "Steve Jobs"
        if not appositive:
            # "General Motors (GM) and Chrysler have": both are the subject.
            both = re.match(r"\s*(?:the\s+)?([A-Z][\w.&'\u2019-]*(?:\s+[A-Z0-9][\w.&'\u2019-]*)*)"
                             r"(?:\s*\([^()]*\))?\s*,?\s+and\s+"
                             r"([A-Z][\w.&'\u2019-]*(?:\s+[A-Z0-9][\w.&'\u2019-]*)*)"
                             r"(?:\s*\([^()]*\))?(?:\s+(?:both|all|together|jointly))?\s*$",
                             _strip_aux_tail(" " + clause[:head_end]))
            if both and both.group(1).split()[0].lower() not in _NOT_SUBJECT_WORDS:
                sides = []
                for side in (both.group(1), both.group(2)):
                    # "Brazilian President Luiz Costa" -> "Luiz Costa"
                    known = entities.people_in(side, 0, len(side))
                    sides.append(known[-1][1] if known else entities.alias.get(side, side))
                return " and ".join(sides), ""
        # "President of the United States Barack Obama": the person, not the country.
        for key in _PLACE_NAMES_LONGEST_FIRST:
            rest = name[len(key):].strip()
            if name.startswith(key + " ") and 2 <= len(rest.split()) <= 3 and all(
                    w[:1].isupper() and w.isalpha() and w not in vocab.ORG_WORDS
                    for w in rest.split()):
                return rest, ""
        if in_head:
            after = clause[best[1] - left:head_end]
            after = after[len(name):] if after.startswith(name) else re.sub(
                r"^[A-Z][\w'&.\u2019-]*(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w'&.\u2019-]*)*", "", after)
            rest = _strip_aux_tail(" " + re.sub(r"^['\u2019]s\b", "", after)).strip()
            if appositive or not re.match(r"[$\u00a3\u20ac\d.,]*\s*[a-z]", rest) or len(head.split()) > 8 or \
                    re.match(r"\w+ed\b|(?:is|are|was|were|has|have|had|will|would|did|does)\b",
                             rest):
                return name, ""
            # The name only qualifies the subject: "Japan's Nikkei stock index fell".
            return "", _strip_det(head)
        if not (pp and head):
            return name, ""
    low = head.lower()
    group = re.fullmatch(r"(?:the\s+)?(?:two|both)\s+(?:of\s+the\s+)?(\w+(?:\s+of\s+state)?)", low)
    if group and group.group(1) in vocab.GROUP_REFERENCES:
        # "The two leaders": the last two actors of that kind named before.
        actors = entities.last_two(text, left, vocab.GROUP_REFERENCES[group.group(1)])
        if len(actors) == 2:
            return _join(actors), ""
    if low in vocab.PERSON_PRONOUNS or low in vocab.ORG_PRONOUNS or (
            re.match(r"the\s+(?:\S+\s+)?(?:" + "|".join(vocab.ORG_HEADS) + r")$", low)):
        return entities.antecedent(text, left, person=low in vocab.PERSON_PRONOUNS,
                                   head=low.split()[-1] if low.startswith("the ") else ""), ""
    owner = re.match(r"(?:its|their|his|her)\s+", head, re.IGNORECASE)
    if owner:
        # "its sales" -> "Ford's sales"
        who = entities.antecedent(text, left, person=owner.group(0).lower().strip() in ("his", "her"))
        head = (who + "'s " if who else "") + head[owner.end():]
    phrase = _strip_det(" ".join(head.split()))
    if not phrase or len(phrase.split()) > 8 or low in (
            "they", "we", "i", "you", "this", "that", "there", "which", "who", "these", "those") \
            or re.search(r"(?:ed|\bto)$", phrase):
        return (found[-1][2] if found else ""), ""
    if len(phrase.split()) == 1 and pp and len(clause.split()) <= 7:
        # "Officials from China": a bare head says little, keep its phrase.
        phrase = " ".join(_strip_aux_tail(" " + clause).split())
    return "", phrase


def _location(text: str, start: int, end: int, entities: _Entities, to: bool = True) -> str:
    """The place named by "in/at/to PLACE" between ``start`` and ``end``.

    "to PLACE" is a place only for travel and meetings (``to``): "delivered to
    Zenco Airlines" names who received it.
    """
    prep = r"in|at|to" if to else r"in|at"
    for m in re.finditer(rf"\b(?:{prep})\s+(?:the\s+)?((?:[A-Z][\w'.-]*\s+)*[A-Z][\w'.-]*)"
                         rf"(\s+(?:{'|'.join(_GEO_HEADS)})\b)?", text[start:end]):
        words = m.group(1).split()
        # "the UNESCO-listed Sado mines": the hyphenated epithet is not part of the name.
        while words and re.search(r"-[a-z]", words[0]):
            words.pop(0)
        name = " ".join(words)
        if not name or name.lower() in _MONTH_AND_DAY_NAMES or name in entities.alias:
            continue
        if re.search(r"['\u2019]s$", name):
            continue  # "in Somalia's favour": an owner, not a place
        if name in vocab.DEMONYMS:
            continue
        if any(name.endswith(" " + head) or name == head for head in vocab.NAMED_EVENT_HEADS):
            continue
        return name + (m.group(2) or "")
    return ""


_MONTH_AND_DAY_NAMES = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


def _find_mentions(text: str, segments: list[Segment]) -> list[_Mention]:
    """The trigger words of the article's sentences that are events here, in text order."""
    mentions: list[_Mention] = []
    for seg in segments:
        if seg.kind == "heading":
            continue  # headlines repeat the story in title case; the body dates it
        for m in _TRIGGERS.finditer(text, seg.start, seg.end):
            word = m.group(0)
            low = word.lower()
            # Capitalised inside a sentence it is part of a name ("Security Conference").
            if word[0].isupper() and m.start() != seg.start:
                continue
            if re.match(r"['\u2019](?:t|s\b)|-\w", text[m.end():m.end() + 2]):
                continue  # "won't", "launch's", "order-taking"
            category, weight, pos, verb = _TRIGGER_TABLE[low]
            if pos == "noun" and low in vocab.EVENT_VERBS and _TO_OR_MODAL_LAST.search(
                    _tail(text, seg.start, m.start())):
                # "will visit Canberra": the verb, not the noun "visit".
                category, weight = vocab.EVENT_VERBS[low][:2]
                pos, verb = "verb", low
            mood = _reading(text, seg, m.start(), m.end(), low, pos, verb)
            if mood is None:
                continue
            mention = _Mention(seg, m.start(), m.end(), low, category, weight, pos, verb)
            mention.planned = mood == "plan"
            done = _DONE_TO.search(_tail(text, seg.start, m.start())) \
                if _FORM_KIND.get(low) == "base" else None
            if done:
                # "agreed to buy": the title says so ("agrees to buy").
                mention.lead_in = _lemma(done.group(0).split()[0].lower())
            if pos == "verb" and verb in vocab.OBJECT_CATEGORY:
                # "filed a lawsuit" is a dispute, "won the election" an event.
                obj = (text[max(seg.start, m.start() - 40):m.start()] + " | "
                       + text[m.end():min(seg.end, m.end() + 60)]).lower()
                hit = next((c for w, c in vocab.OBJECT_CATEGORY[verb].items()
                            if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", obj)), "")
                mention.category = hit or mention.category
            mentions.append(mention)
    return mentions


def _reading(text: str, seg: Segment, start: int, end: int, low: str, pos: str,
             verb: str) -> str | None:
    """How a trigger word is used here: "fact", "plan" (to/will/may ...), or None (no event).

    A word is no event when it is an adjective ("the recently announced phone"), a
    noun spelled like a verb ("job cuts", "a plan", "its launch"), a verb without the
    object that makes it an event ("filed a report"), or a possibility ("to determine
    whether the move should be approved").
    """
    before = _tail(text, seg.start, start)  # (only patterns anchored at its end read it)
    kind = _FORM_KIND.get(low, "")
    if pos == "verb":
        needs = _VERB_NEEDS.get(verb)
        if needs is not None and not needs.match(text, end, seg.end) and not (
                re.search(rf"\b{_BE}\s+(?:\w+ly\s+)?$", before)
                and needs.search(" " + text[_clause_left(text, seg, start):start])):
            return None  # (in the passive, what it needs comes first: "a lawsuit was filed")
        clause = text[_clause_left(text, seg, start, hypothetical=False):start]
        if _HYPOTHETICAL.search(clause):
            return None
        irrealis = _IRREALIS.search(before) or _PLAN_TO.search(before)
        if re.search(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:\w+\s+)?"
                     r"(?:plan|plans|proposal|bid|offer|attempt|effort|deal|agreement|decision|"
                     r"move|option|options|right|vote|order)\s+to\s+$", before, re.IGNORECASE):
            return None  # "a plan to bail out the industry": what the plan is, not an event
        if kind == "base":
            # A base form is a verb after a modal, "not", or a verb of planning or doing
            # and "to"; else a noun ("a cut") or a purpose ("rebounded to close at").
            if not (re.search(r"\b(?:not|" + _MODALS + r")\s+(?:\w+ly\s+)?$", before,
                              re.IGNORECASE) or irrealis or _DONE_TO.search(before)):
                return None
        elif kind == "s" or (not kind and low.endswith("s") and low not in ("was", "has")):
            # "GM cuts 10,000 jobs", "Apple plans to ...", not "job cuts" or "sales".
            prev = re.search(r"([\w'\u2019.)]+)\s+(?:\w+ly\s+)?$", before)
            if not (re.match(r"\s+(?:to\s+)?\w", text[end:seg.end]) and prev and (
                    prev.group(1)[0].isupper() or prev.group(1)[-1] in ".)"
                    or prev.group(1).lower() in ("it", "he", "she", "who", "which", "that"))):
                return None
            if prev.group(1) in ("The", "A", "An", "Its", "Their", "His", "Her"):
                return None
        elif kind == "ing" and not re.search(rf"\b{_BE}\s+(?:\w+ly\s+)?$", before,
                                             re.IGNORECASE):
            return None
        if (kind == "past" or low.endswith("ed")) and _ADJECTIVAL.search(before) and \
                re.match(r"\s+[a-zA-Z]", text[end:seg.end]) and \
                not re.match(r"\s+(?:by|that|to|on|in|at|for|with)\b", text[end:seg.end]):
            return None  # "the recently announced iPhone 4": an adjective
        return "plan" if irrealis else "fact"
    if low == "order" and re.search(r"\bin\s+$", before):
        return None  # "in order to"
    needs_noun = _NOUN_NEEDS.get(low)
    if needs_noun is not None:
        if needs_noun[0].pattern and not needs_noun[0].search(before):
            return None
        if not needs_noun[1].match(text, end, seg.end):
            return None
    return "fact"


def _describe_all(text: str, mentions: list[_Mention], entities: _Entities,
                  dateline: Dateline, timexes: list[Timex]) -> None:
    """Fill in what the text says around each mention (:func:`_describe`)."""
    date_starts = frozenset(t.start for t in timexes)
    in_seg: dict[int, list[Timex]] = {}
    for m in mentions:
        if m.seg.start not in in_seg:
            in_seg[m.seg.start] = _timexes_in(timexes, m.seg.start, m.seg.end)
        _describe(m, text, entities, dateline, date_starts, in_seg[m.seg.start])


def _describe(mention: _Mention, text: str, entities: _Entities, dateline: Dateline,
              dates: frozenset[int], dates_in_seg: list[Timex]) -> None:
    """Fill in a mention's phrase, participants, place, kind, ordinal and mood.

    ``dates`` holds the start offsets of all date expressions, ``dates_in_seg`` the
    expressions of the mention's sentence.
    """
    seg = mention.seg
    if mention.pos == "noun":
        left = _noun_phrase_left(text, seg, mention.start)
        right = _phrase_right(text, seg, mention.end, dates)
        mention.np_end = right
        # "The talks took place in Munich": the predicate's place is the event's place.
        predicate = _HAPPENED.match(text, right, seg.end)
        if predicate:
            right = _phrase_right(text, seg, predicate.end(), dates)
            # "A hearing has been scheduled": planned, not yet held.
            mention.scheduled = bool(re.search(r"scheduled|set|planned|called|slated",
                                               predicate.group(0)))
    else:
        left = _clause_left(text, seg, mention.start)
        right = _verb_object_end(text, seg, mention.end)
        mention.np_end = right
    left = max(left, dateline.span[1]) if seg.start <= dateline.span[1] < mention.start else left
    mention.phrase_start, mention.phrase_end = left, right
    phrase = text[left:right]
    before = text[max(seg.start, left - 40):mention.start]
    # The subject of "held a meeting" or of a verb takes part too.
    light_tail = _tail(text, seg.start, left)
    light = _LIGHT_VERB_LAST.search(light_tail + " ")
    light_base = left - len(light_tail)  # where light_tail starts in the text
    passive_tail = _tail(text, seg.start, mention.start)
    passive = _PASSIVE_LAST.search(passive_tail) if mention.pos == "verb" and \
        not mention.word.endswith("ing") else None
    passive_base = mention.start - len(passive_tail)
    if passive:
        # "The accord was signed (by Spain)": the doer follows "by"; the thing done
        # comes first.
        clause = _clause_left(text, seg, passive_base + passive.start())
        clause = _over_and(text, seg, clause, passive_base + passive.start())
        patient = text[clause:passive_base + passive.start()]
        # "The contract may be signed", "the model is expected to be launched": the
        # thing done ends where its verb group begins; dates are not part of it.
        patient = re.split(r"(?:^|\s)(?:is|are|was|were|has|have|had|will|would|may|might|could|"
                           r"should|can|must|to(?!\s+[\d$]))\b", patient, maxsplit=1)[0]
        patient = re.sub(r"^\s*(?:in|of|for|by|with|under|through)?\s*(?:which|whom|that)\s+", "",
                         patient)  # "in which 25,000 positions should be cut"
        for t in dates_in_seg:
            if clause <= t.start < passive_base + passive.start():
                patient = patient.replace(t.text, " ")
        patient = _strip_det(" ".join(patient.split()))
        if patient.lower() in ("who", "which", "that"):
            patient = ""  # "Vidal, who was elected": the antecedent, found below
        if not re.search(r"[A-Za-z]{2}", patient) or patient.lower() in _NOT_SUBJECT_WORDS:
            # "The deal -- for three firms -- has been rejected", "The plane, made by
            # Zenco, was delivered": the thing done is before the aside.
            name, phrase = _subject_parts(text, seg, passive_base + passive.start(), entities,
                                          dateline.span[1], tuple(dates_in_seg))
            patient = name or phrase
        words = patient.split()
        if len(words) > 6:
            # "departure from France of the new plane on a tour of Asia": its head and
            # its "of" phrase -> "departure of the new plane".
            kept, j = words[:1], 1
            while j < len(words):
                if words[j].lower() in _PREPOSITIONS - {"of"}:
                    of = next((x for x in range(j + 1, min(j + 4, len(words)))
                               if words[x].lower() == "of"), None)
                    if of is None or not all(w[:1].isupper() for w in words[j + 1:of]):
                        break  # only "from France" before an "of" phrase is left out
                    j = of
                    continue
                kept.append(words[j])
                j += 1
            words = kept[:8]
            while len(words) > 1 and words[-1].lower() in _DANGLING:
                words.pop()
        mention.patient = " ".join(words)
        agent = re.search(r"\bby\s+((?:the\s+)?[A-Z][\w'.-]*(?:\s+(?:and\s+)?[A-Z][\w'.-]*)*)",
                          text[mention.end:right])
        mention.subject = agent.group(1).strip() if agent else ""
        mention.subject = entities.alias.get(mention.subject, mention.subject)
    elif mention.pos == "verb" and re.match(r"\s+by\s+(?:the\s+)?[A-Z]", text[mention.end:seg.end]) \
            and mention.word.endswith("ed") and (noun := re.search(
                r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[a-z-]+\s+)?[a-z-]{3,})\s+$",
                text[seg.start:mention.start])):
        # "a report released by the Labor Department": a passive without "was".
        mention.patient = noun.group(1)
        agent = re.match(r"\s+by\s+((?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*)",
                         text[mention.end:seg.end])
        mention.subject = _strip_det(agent.group(1)) if agent else ""
    elif mention.pos == "verb" and (reduced := _REDUCED_RELATIVE.search(
            text[seg.start:mention.start])) and reduced.group(2).lower() not in _NOT_NOUNS \
            and not _HAS_OBJECT.match(text, mention.end, seg.end) \
            and mention.word not in _PAST_ONLY \
            and re.search(r"\b(?:of|to|for|on|with|by|from|in|about|at|into|over|under|than|as)\s+"
                          r"(?:\S+\s+){0,3}$", text[_clause_left(text, seg, mention.start):
                                                   seg.start + reduced.start()]
                          + reduced.group(1).split()[0] + " "):
        # "cuts come on top of turnaround plans announced in January": the noun
        # before is what was done.  Not "the two leaders signed a pact": a verb with
        # an object, or whose noun opens the clause, is active.
        mention.patient = re.sub(r"^(?:to|of|for|on|in|by|at|as|and|or)\s+", "", reduced.group(1))
    elif mention.pos == "verb" or light:
        mention.subject, mention.subject_phrase = _subject_parts(
            text, seg, light.start() + light_base if light and mention.pos == "noun"
            else mention.start, entities, dateline.span[1], tuple(dates_in_seg))
    people = [p for _, p in sorted(entities.people_in(text, left, right))]
    # A verb's object names what is acted on ("boycott a memorial for victims of Japan's
    # forced labour"), not who acts: only the subject side gives a verb's countries.
    country_end = mention.start if mention.pos == "verb" and not passive else right
    countries = [c for _, c in sorted(entities.countries_in(text, left, country_end))]
    for i, part in enumerate(p for p in re.split(r"\s+and\s+", mention.subject) if p):
        if part in entities.people:
            people.insert(i, part)
        elif part in vocab.COUNTRIES.values():
            countries.insert(i, part)
    mention.participants = list(dict.fromkeys(people))
    mention.countries = list(dict.fromkeys(countries))
    mention.location = _location(text, left, right, entities,
                                 to=mention.category in ("visit", "meeting"))
    if not mention.location and mention.pos == "verb" and mention.category == "visit":
        # "visited Tokyo": the object of a visit is its destination.
        dest = re.match(r"\s+(?:the\s+)?((?:[A-Z][\w'.-]*\s+)*[A-Z][\w'.-]*)", text[mention.end:right])
        if dest and dest.group(1).lower() not in _MONTH_AND_DAY_NAMES:
            mention.location = dest.group(1)
    occasion = re.search(
        r"\b(?:during|at|on the sidelines of)\s+the\s+((?:[A-Z][\w'-]*\s+)+(?:"
        + "|".join(vocab.NAMED_EVENT_HEADS) + r"))\b", text[mention.end:seg.end])
    if occasion:
        mention.occasion = occasion.group(1)
    lowered = text[left:mention.end].lower()
    for word, kind in vocab.MEETING_KINDS.items():
        # (the substring test first: most phrases name no kind, and it is 100 times cheaper)
        if word in lowered and re.search(rf"\b{re.escape(word)}\b", text[left:mention.end],
                                         re.IGNORECASE) and word != mention.word:
            mention.kind = kind
    ordinal = _ORDINAL_LAST.search(_tail(text, left, mention.start))
    if ordinal:
        mention.ordinal = ordinal_value(ordinal.group("ordinal"))
    mention.scheduled = mention.scheduled or _FUTURE_WORD.search(phrase) is not None
    hedge_span = before + text[seg.start:mention.start]
    hedge_lower = hedge_span.lower()
    mention.hedged = any(w in hedge_lower for w in vocab.HEDGES) and \
        _HEDGE_WORD.search(hedge_span) is not None
    if mention.word.startswith("announce") and mention.pos == "verb":
        if _POLICY_WORD.search(text, mention.end, right):
            mention.category = "policy"
    mention.object_text = text[mention.end:right]
    if mention.verb in vocab.ASPECT_VERBS and mention.subject_phrase:
        head = mention.subject_phrase.split()[-1].lower()
        entry = _TRIGGER_TABLE.get(head)
        if entry is not None and entry[2] == "noun":
            mention.category = entry[0]  # "the trial is set to begin": a dispute


_HAPPENED = re.compile(r"\s+(?:took\s+place|was\s+held|were\s+held|happened|occurred|"
                       r"was\s+hosted|were\s+hosted|opened|began|ended|"
                       r"(?:has\s+been|have\s+been|was|were|is|are|will\s+be)\s+"
                       r"(?:scheduled|set|planned|called|slated))\b")


# A verb followed by its object (a determiner, a number, a name or a noun), not by a
# preposition, a date or the end of the clause.
_HAS_OBJECT = re.compile(r"\s+(?!(?:in|on|at|by|for|to|from|during|last|this|next|earlier|later|"
                         r"yesterday|today|since|after|before|until|when|as|and|but|or|with|"
                         r"January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                         r"Friday|Saturday|Sunday)\b)[\w$\u00a3\u20ac\"]")
_REDUCED_RELATIVE = re.compile(r"\b((?:[a-z]+\s+)?([a-z]{3,}s))\s+$")
_NOT_NOUNS = frozenset(
    ["has", "was", "is", "its", "this", "his", "hers", "ours", "yours", "theirs", "always", "perhaps", "thus", "has", "as", "was", "does", "also", "previously", "reportedly"])


def _verb_object_end(text: str, seg: Segment, end: int) -> int:
    """End of a verb's object: the next comma, semicolon or sentence end."""
    # A comma inside a number ("1,100 dealerships") does not end the object, nor one
    # that opens an aside closed by another ("789, or about a quarter, of its dealers").
    stop = re.compile(r",(?!\d{3})|[;:]|\s[\u2014\u2013]\s|\.\s*$")
    m = stop.search(text, end, seg.end)
    while m is not None and (aside := _ASIDE.match(text, m.start(), seg.end)):
        m = stop.search(text, aside.end(), seg.end)
    return m.start() if m else seg.end


_ASIDE = re.compile(r",\s*(?:or|about|roughly|nearly|some|mostly|including|i\.e\.|e\.g\.)\s"
                    r"(?:[^,;]|,\d{3}){1,40},(?!\d{3})")


def _absorb_objects(mentions: list[_Mention]) -> list[_Mention]:
    """Drop event nouns that are only the object of a stronger mention.

    "the anniversary of the normalization" is one event, the anniversary (the
    normalization is dated from it later); "chose to boycott a memorial event" is the
    boycott.
    """
    kept: list[_Mention] = []
    by_seg: dict[int, list[_Mention]] = {}  # an owner is in the same sentence
    for m in mentions:
        by_seg.setdefault(id(m.seg), []).append(m)
    for m in mentions:
        owner = next((o for o in by_seg[id(m.seg)] if o is not m
                      and o.end <= m.start < o.phrase_end
                      and (o.word == "anniversary" or (o.pos == "verb" and o.weight > m.weight)
                           or o.pos == "verb" and o.verb in vocab.SAYING_VERBS
                           or m.pos == "noun" and o.pos == "noun" and re.search(
                               r"\bof\b", _between(o, m)))), None)
        if owner is not None:
            owner.absorbed.append(m)
            if owner.verb in vocab.SAYING_VERBS and m.pos == "verb" and not m.planned \
                    and owner.category == "statement":
                # "announced it has settled the dispute": the lane of what was announced.
                owner.category = m.category
        else:
            kept.append(m)
    return kept


def _between(a: _Mention, b: _Mention) -> str:
    return a.seg.text[a.end - a.seg.start:b.start - a.seg.start]


# --------------------------------------------------------------------------- dating mentions
_DURATION = re.compile(r"P(?P<n>\d+(?:\.\d+)?)(?P<unit>[YMWD])")
_ANCHOR_AFTER = re.compile(r"\s+(after|following|before|prior\s+to|ahead\s+of)\s+")
_APPROX_BEFORE = re.compile(r"\b(around|about|approximately|roughly|circa|some)\s+(?:in\s+)?$",
                            re.IGNORECASE)
_SCHEDULE = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.SCHEDULE_PHRASES)) + r")\s+$",
                       re.IGNORECASE)


def _date_mentions(text: str, mentions: list[_Mention], timexes: list[Timex],
                   dateline: Dateline, dct: _dt.date | None) -> None:
    """Give mentions their own dates (from DATE expressions) and their anchors."""
    by_seg: dict[int, list[_Mention]] = {}
    absorbed: set[int] = set()
    for m in mentions:
        by_seg.setdefault(m.seg.start, []).append(m)
    for group in by_seg.values():
        seg = group[0].seg
        in_seg = _timexes_in(timexes, seg.start, seg.end)
        # 1. "X after EVENT", "X following EVENT", "X before EVENT" (X a DURATION)
        for t in in_seg:
            if t.type != "DURATION":
                continue
            rel = _ANCHOR_AFTER.match(text, t.end, seg.end)
            d = _DURATION.fullmatch(t.value)
            if not rel or not d:
                continue
            # The event counted from is in the "after ..." phrase itself: "three years
            # after it was due, Boeing rolled out" counts from no event of ours.
            target = next((m for m in group if m.phrase_start >= rel.end() - 1
                           and m.start - rel.end() < 60
                           and not (text[seg.start:t.start].strip() == "" and
                                    re.search(r"[,;]", text[rel.end():m.start]))), None)
            if target is None or target.anchor is not None:
                continue
            ref = _main_mention(group, t.start)
            sign = -1 if rel.group(1) in ("after", "following") else 1
            target.anchor = _Anchor(ref, sign, int(float(d.group("n"))), d.group("unit"),
                                    t.mod == "APPROX", t,
                                    text[t.start:target.phrase_end].strip())
        # 2. "following EVENT" with no interval: the same day as the sentence's event
        for m in group:
            if m.anchor is not None:
                continue
            rel = re.search(r"\b(following|after)\s+$", text[seg.start:m.phrase_start])
            if not rel:
                continue
            ref = _main_mention(group, seg.start + rel.start())
            if ref is not None and ref is not m:
                m.anchor = _Anchor(ref, -1, 0, "", False, None,
                                   text[seg.start + rel.start():m.phrase_end].strip())
        # 3. DATE expressions go to the most specific nearby trigger
        for t in in_seg:
            date = timex_to_date(t)
            if date is None or dateline.span[0] <= t.start < dateline.span[1]:
                continue
            owned = re.match(r"['\u2019]s\s+((?:\S+\s+){0,3}\S+)", text[t.end:seg.end])
            if owned and not any(_TRIGGER_TABLE.get(w.lower().strip(".,"), ("", 0, ""))[2] == "noun"
                                 for w in owned.group(1).split()):
                continue  # "from Monday's closing price": a date of a price, not an event
            if re.search(r"\b(?:\w+est|first|worst|best|most|least|not\s+seen|ever|biggest)\b"
                         r"(?:\s+\S+){0,8}?\s+since\s+(?:the\s+)?$", text[seg.start:t.start],
                         re.IGNORECASE):
                continue  # "its lowest level since 1997": a yardstick, not when it happened
            free = [m for m in group if (m.anchor is None or m.anchor.unit == "")
                    and not _dated_elsewhere(text, m, t, date, dct, in_seg)]
            if not free:
                continue
            scheduled = _SCHEDULE.search(text[seg.start:t.start])
            if scheduled:
                before = [m for m in free if m.end <= t.start and m.pos == "noun"]
                if not before:
                    continue
                best = before[-1]
                best.scheduled = True
            else:
                # A date right after a verb dates that verb ("will meet again in June
                # to review the pact"), more than a stronger noun further on.
                best = min(free, key=lambda m: _distance(m, t) - 60 * m.weight - (
                    25 if m.pos == "verb" and m.weight >= 0.6 and 0 <= t.start - m.end <= 12
                    else 0))
            if best.date is not None and _distance(best, t) >= _distance_of_own(best):
                continue
            approx = _APPROX_BEFORE.search(text[seg.start:t.start])
            if approx and not date.circa:
                # "around March 2020": the tagger gives no APPROX here, the words do.
                date = FuzzyDate(date.year, date.month, date.day, date.precision, date.part,
                                 circa=True)
            best.date, best.date_timex, best.anchor = date, t, None
            best.date_basis = _timex_basis(t, dct) + (
                f", '{approx.group(1)}' makes it circa" if approx else "")
        # Undated, unanchored mentions in a sentence that dates one event are about it
        # ("tensions resurfaced late last year when Korea chose to boycott ...").
        dated = [m for m in group if m.date is not None]
        if dated:
            for m in list(group):
                if m.date is None and m.anchor is None and m not in dated:
                    owner = min(dated, key=lambda d: abs(d.start - m.start))
                    when = re.search(r",\s*(when|as|while|where)\s|\s(when|where)\s",
                                     text[owner.end:m.start]) \
                        if owner.end <= m.start else None
                    if when and m.pos == "verb" and owner.pos == "verb" and not m.planned \
                            and m.category != owner.category and m.weight >= 0.6:
                        # "visited China in May, when the two sides signed a statement":
                        # a second event at the same time, not a detail of the first.
                        m.date, m.date_timex = owner.date, owner.date_timex
                        m.date_basis = (f"'{when.group(1) or when.group(2)}' puts it at the time of "
                                        f"'{_strip_det(text[owner.start:owner.end])}': "
                                        + owner.date_basis)
                        continue
                    if owner.weight >= m.weight and owner.category != "anniversary":
                        owner.absorbed.append(m)
                        absorbed.add(id(m))
    if absorbed:  # removed at the end: one pass instead of a list.remove per mention
        mentions[:] = [m for m in mentions if id(m) not in absorbed]


def _date_undated_lead(segments: list[Segment], mentions: list[_Mention],
                       dct: _dt.date | None) -> None:
    """Date the lead event of a news story that gives it no date of its own.

    "Zenco has won a contract to ..." opening an article under a headline reports
    what just happened: it is taken as the article's date, circa.  Only for an
    article with a headline, only for its first sentence, only for a fact (not a plan
    or a guess) told by a verb, and only when nothing in that sentence has a date.
    """
    if dct is None:
        return
    body = [s for s in segments if s.kind != "heading"]
    if not body or body[0].kind != "sentence" or not any(
            s.kind == "heading" and s.start < body[0].start for s in segments):
        return
    lead = [m for m in mentions if m.seg is body[0]]
    if not lead or any(m.date is not None or m.anchor is not None for m in lead):
        return
    facts = [m for m in lead if m.pos == "verb" and not m.planned and not m.hedged]
    if not facts:
        return
    m = max(facts, key=lambda x: (x.weight, -x.start))
    m.date = FuzzyDate.of_day(dct, circa=True)
    m.date_basis = ("the story's lead, with no date of its own: taken as the article's date "
                    f"({dct.day} {dct.strftime('%B')} {dct.year}), circa")
    m.confidence = 0.6


def _dated_elsewhere(text: str, m: _Mention, t: Timex, date: FuzzyDate,
                     dct: _dt.date | None, others: list[Timex]) -> bool:
    """Whether a date cannot be this mention's own.

    A plan ("will cut") is not dated in the past; and "will cut jobs after a loss
    last year": a date inside an "after/before/since ..." phrase that follows the
    mention dates that phrase, not the mention.
    """
    if m.start > t.end:
        # "The deal, which is expected to close in May, was approved": the date is
        # the relative clause's.
        rel = list(re.finditer(r",\s*(?:which|who)\b", text[m.seg.start:t.start]))
        if rel and "," not in text[m.seg.start + rel[-1].end():t.start] and \
                "," in text[t.end:m.start]:
            return True
        # "At the end of last year, the firm had 54,000 staff, meaning that the
        # layoffs ...": a fronted date is the main clause's, not a later clause's.
        return re.fullmatch(r"\s*(?:[A-Z]\w*\s+){1,5}", text[m.seg.start:t.start]) is not None \
            and re.search(r",\s*(?:\w+ing|which|who|while|although|but|so|meaning)\b",
                          text[t.end:m.start]) is not None
    # "Under the agreement, Zenco said it will receive jets from 2009": the date is the
    # main clause's, not that of a noun in the opening phrase.
    opening = re.match(r"\s*(?:Under|In|At|On|With|Despite|According\s+to|As\s+part\s+of)\b[^,]*,",
                       text[m.seg.start:t.start])
    if opening and m.seg.start + opening.end() <= t.start and m.end <= m.seg.start + opening.end():
        return True
    # "cuts of 21%, resulting in closures during the fourth quarter": the participle's.
    if re.search(r",\s*(?:\w+ing)\b", text[m.end:t.start]):
        return True
    if m.planned and dct is not None and date.end <= dct:
        return True  # "will cut jobs ... last year": the past date is not the plan's
    if re.search(r"\b(?:announced|announces|said|says|stated|reported|confirmed|added|noted|"
                 r"warned|expects|expected|believes|believed|hopes|hoped)\s+(?:\S+\s+){0,3}?"
                 r"(?:that|whether)\b", text[m.end:t.start]):
        return True  # "signed X and announced that Y would be concluded by March"
    # (not "cut jobs before Christmas": there the date is what the phrase names, nor
    # "fell to lows not seen since 1990 on Monday": that phrase ended with its date)
    phrases = list(re.finditer(r"\b(?:after|before|since|following|despite)\s+\S",
                               text[m.end:t.start]))
    if not phrases:
        return False
    phrase = phrases[-1]
    return not any(
        m.end + phrase.start() < o.start < t.start for o in others)


def _distance(m: _Mention, t: Timex) -> int:
    if m.phrase_start <= t.start and t.end <= m.phrase_end:
        return 0
    return min(abs(t.start - m.end), abs(m.start - t.end))


def _distance_of_own(m: _Mention) -> int:
    return 0 if m.date_timex is None else _distance(m, m.date_timex)


def _main_mention(group: list[_Mention], before: int) -> _Mention | None:
    """The event a sentence is about: its first trigger before ``before`` with no anchor."""
    earlier = [m for m in group if m.end <= before and m.anchor is None]
    return earlier[0] if earlier else None


def _timex_basis(t: Timex, dct: _dt.date | None) -> str:
    basis = t.basis if t.basis and "relative" in t.basis else (
        f"'{t.text}' ({t.basis or 'as written'})")
    week = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", t.value)
    if week and week.group(3):
        saturday = _dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 6)
        basis += (f": the weekend of {saturday.day} {saturday.strftime('%B')} {saturday.year}, "
                  "shown as its Saturday, circa")
    elif week:
        monday = _dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        basis += (f": the week of {monday.day} {monday.strftime('%B')} {monday.year}, "
                  "shown as its middle day, circa")
    return basis


# --------------------------------------------------------------------------- merging
_PRECISION_RANK = {p: i for i, p in enumerate(Precision)}


def _trust(m: _Mention) -> tuple[bool, bool, int, int]:
    """Sort key of a dated mention: own expression, not circa, finest precision, first."""
    return (m.date_timex is None, m.date.circa if m.date else True,
            _PRECISION_RANK[m.date.precision] if m.date else 9, m.start)


_CLUSTER_SERIAL = itertools.count()


class _Cluster:
    """Mentions taken to be one event, with what :func:`_compatible` asks of them kept up
    to date as mentions join (asking must not cost the size of the cluster).

    Mentions join only through :meth:`add`; a member whose date or participants change
    afterwards needs :meth:`refresh`.
    """

    def __init__(self, mentions: list[_Mention]) -> None:
        self.serial = next(_CLUSTER_SERIAL)  # clusters are listed in the order they are made
        self.mentions: list[_Mention] = []
        self.refresh(mentions)

    def refresh(self, mentions: list[_Mention] | None = None) -> None:
        """Recompute the summaries from the members (``mentions``: the new members)."""
        members = list(self.mentions if mentions is None else mentions)
        for m in self.mentions:
            m.homes = [h for h in m.homes if h is not self]
        self.mentions = []
        self._best: _Mention | None = None
        self._people: set[str] = set()
        self._places: set[str] = set()
        self._kinds: set[str] = set()
        self.ordinals: set[int] = set()
        self.member_ids: set[int] = set()
        self.anchor_refs: set[int] = set()  # ids of the mentions members are counted from
        self.verb_subjects: set[tuple[str, str]] = set()  # (verb, subject) of verb members
        self.has_derived = False
        self.starts: list[int] = []  # member offsets, sorted
        for m in members:
            self.add(m)

    def add(self, m: _Mention) -> None:
        self.mentions.append(m)
        if m.date is not None and (self._best is None or _trust(m) < _trust(self._best)):
            self._best = m
        self._people.update(m.participants)
        if m.location:
            self._places.add(m.location)
        if m.kind:
            self._kinds.add(m.kind)
        if m.ordinal:
            self.ordinals.add(m.ordinal)
        self.member_ids.add(id(m))
        if m.anchor is not None and m.anchor.ref is not None:
            self.anchor_refs.add(id(m.anchor.ref))
        if m.pos == "verb":
            self.verb_subjects.add((m.verb, m.subject or m.subject_phrase))
        self.has_derived = self.has_derived or m.derived_from is not None
        bisect.insort(self.starts, m.start)
        m.homes.append(self)

    @property
    def best(self) -> _Mention:
        """The mention whose date is most trustworthy: own expression, finest, not circa."""
        if self._best is None:
            raise ValueError("an event without a dated mention")
        return self._best

    @property
    def date(self) -> FuzzyDate:
        date = self.best.date
        assert date is not None
        return date

    def people(self) -> set[str]:
        return self._people

    def places(self) -> set[str]:
        return self._places

    def kinds(self) -> set[str]:
        return self._kinds

    def distance(self, start: int) -> int:
        """How far the nearest member is from offset ``start``."""
        i = bisect.bisect_left(self.starts, start)
        return min(abs(self.starts[j] - start) for j in (i - 1, i) if 0 <= j < len(self.starts))


class _Clusters(list[_Cluster]):
    """The events found so far, in the order they were found, also by category."""

    def __init__(self) -> None:
        super().__init__()
        self._by_category: dict[str, list[_Cluster]] = {}

    def append(self, c: _Cluster) -> None:
        super().append(c)
        self._by_category.setdefault(c.mentions[0].category, []).append(c)

    def of(self, category: str) -> list[_Cluster]:
        """The events of one category, in order (no other can take its mentions)."""
        return self._by_category.get(category, [])


def _slack(date: FuzzyDate) -> _dt.timedelta:
    """How far a circa date may be off: a month for "about a month", a day for "about a day"."""
    if not date.circa:
        return _dt.timedelta()
    return _dt.timedelta(days=1 if date.precision is Precision.DAY else 31)


def _overlap(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Whether two dates may mean the same time, allowing for circa dates' slack."""
    slack_a, slack_b = _slack(a), _slack(b)
    return (a.start - slack_a < b.end + slack_b) and (b.start - slack_b < a.end + slack_a)


def _places_agree(a: str, b: str) -> bool:
    if not a or not b or a == b:
        return True
    country = {a: vocab.CITIES.get(a, ""), b: vocab.CITIES.get(b, "")}
    return country[a] == b or country[b] == a


def _compatible(c: _Cluster, m: _Mention, need_evidence: bool) -> bool:
    """Whether mention ``m`` can be the same event as cluster ``c``."""
    if m.category != c.mentions[0].category:
        return False
    # "two days before the summit": the summit is not the event it is counted from.
    if m.anchor is not None and m.anchor.ref is not None and id(m.anchor.ref) in c.member_ids:
        return False
    if id(m) in c.anchor_refs:
        return False
    if m.date is not None and not _overlap(m.date, c.date):
        return False
    # "Zenco filed a lawsuit ... the trial is set to begin": two different acts.
    who = m.subject or m.subject_phrase
    if m.pos == "verb" and any(verb != m.verb and subject != who
                               for verb, subject in c.verb_subjects):
        return False
    people = c.people()
    if m.participants and people and not set(m.participants) & people:
        return False
    if any(not _places_agree(m.location, p) for p in c.places()):
        return False
    kinds = c.kinds()
    if m.kind and kinds and m.kind not in kinds:
        return False
    ordinals = c.ordinals
    if m.ordinal and ordinals and m.ordinal not in ordinals:
        return False
    if m.derived_from is not None or c.has_derived:
        return False  # a date worked out from an anniversary stands alone
    if not need_evidence:
        return True
    # An undated mention needs a positive reason to join: a shared person or place,
    # the same anniversary, or the same event kind.
    return bool((set(m.participants) & people) or (m.location and m.location in c.places())
                or (m.ordinal and m.ordinal in ordinals) or m.word == "anniversary"
                and not m.ordinal and ordinals)


def _cluster(mentions: list[_Mention]) -> _Clusters:
    clusters = _Clusters()
    for m in sorted((m for m in mentions if m.date is not None),
                    key=lambda m: (m.date_timex is None, m.date.circa if m.date else True)):
        home = next((c for c in clusters.of(m.category)
                     if _compatible(c, m, need_evidence=False)), None)
        if home is None:
            clusters.append(_Cluster([m]))
        else:
            home.add(m)
    return clusters


# --------------------------------------------------------------------------- titles
def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


_OBJECT_CUTS = re.compile(
    r"\s(?:which|who|whose|as(?=(?:\s+[^\s,;]+){1,14}?\s+(?:is|are|was|were|has|have|had|will|would|"
    r"could|may|might)\b)|because|while|amid|amidst|after|when|where|although|though|"
    r"due\s+to|in\s+an\s+effort|in\s+response|as\s+part\s+of|according|saying|citing|"
    r"compared|following|so\s+that|bringing|leading|making|giving|marking|despite|"
    r"along\s+with|but|yet|and(?=\s+(?:\w+ly\s+)?(?:\w+ed|swept|took|made|left|went|came|"
    r"gave|told|said|held|kept|brought|began|rose|fell|hit|sold|won|lost|met|paid|sent|spent)\s)|with(?=\s+(?:\S+\s+){0,2}\w+ing\b)|on\s+(?:worries|fears|hopes|news|concerns|reports))\b",
    re.IGNORECASE)
_DANGLING = frozenset(["a", "an", "the", "of", "to", "in", "and", "or", "for", "with", "its",
                       "their", "his", "her", "not", "that", "by", "at", "on", "from", "as",
                       "than", "since", "until", "into", "over", "about", "is", "are", "was",
                       "were", "be", "this", "these", "some", "but", "it", "which", "around",
                       "before", "after", "because", "could", "would", "will", "may", "might",
                       "should", "can", "has", "have", "had", "if", "when", "while", "where",
                       "who", "whose", "what", "more", "than", "up", "down", "out", "off"])


def _blank_dates(text: str, timexes: list[Timex] | tuple[Timex, ...], offset: int) -> str:
    """``text`` (found at ``offset``) with its dates and their prepositions blanked out.

    "fell to lows not seen since October 1982" -> "fell to lows not seen"; "from
    Monday's closing price" loses the rest, which is about the date.
    """
    chars = list(text)
    for t in _timexes_in(timexes, offset, offset + len(text)):  # (only those start in it)
        a, b = t.start - offset, min(t.end - offset, len(chars))
        if 0 <= a < b:
            prep = re.search(r"\b(?:in|on|since|by|during|at|until|till|from|of|for|over|as\s+of|"
                             r"through|before|after|between|within)\s+$", "".join(chars[:a]),
                             re.IGNORECASE)
            a = prep.start() if prep else a
            if re.match(r"['\u2019]s\b", "".join(chars[b:b + 3])):
                b = len(chars)
            chars[a:b] = " " * (b - a)
    return "".join(chars)


def _clean_object(text: str, timexes: list[Timex], offset: int, verb: str = "") -> str:
    """A verb's object, short: without dates, "that", adverbs in -ly, or a trailing clause.

    A date goes with the preposition that introduces it ("fell to lows not seen since
    October 1982" -> "fell to lows not seen"); a verb of saying drops how it was said
    ("announced in an internal memo that he ..." -> "announced he ...").
    """
    chars = list(_blank_dates(text, timexes, offset))
    plain = re.sub(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]", "", "".join(chars))  # "(PAG)" asides
    plain = _ASIDE.sub(" ", plain)  # "789, or about a quarter, of its dealers"
    plain = re.split(r"[(\[]|\s[\u2014\u2013-]{1,2}\s", plain, maxsplit=1)[0]
    plain = re.sub(r"\b(?:in|on|during)\s+(?=\s*(?:that\b|$))", " ", plain)
    # How it was said is no part of what was done: "in a statement", "on its website".
    plain = re.sub(r"\b(?:in|on|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:\S+\s+)?"
                   r"(?:statement|interview|memo|speech|letter|e-?mail|post|tweet|broadcast|"
                   r"website|release|briefing)\b", " ", plain, flags=re.IGNORECASE)
    if verb in vocab.SAYING_VERBS:
        said = re.match(r"\s*(?:(?:in|on|via|through|at|during|with|to|from|by)\b[^,\"]{0,60}?\s)?"
                        r"that\s", plain)
        plain = plain[said.end():] if said else plain
    plain = _OBJECT_CUTS.split(plain, maxsplit=1)[0]
    words = plain.split()
    words = [w for w in words if not (w.endswith("ly") and w.islower() and len(w) > 4
                                      and w not in ("early", "only", "family", "supply"))]
    leading = ("that", "a", "an", "the") + (("to",) if verb in vocab.SAYING_VERBS
                                                       else ())
    while words and words[0].lower() in leading:
        words.pop(0)
    # A title names the act, not its circumstances: stop at the first preposition
    # after a few words ("memorial event | for Korean victims of ...").
    for i, w in enumerate(words):
        if i >= 2 and w.lower() in _PREPOSITIONS - {"of", "to", "on", "against"}:
            words = words[:i]
            break
    if len(words) > 10:
        # Never cut inside a name: "to supply the United | States Air Force".
        cut = 10
        while cut < min(len(words), 14) and words[cut][:1].isupper() and \
                words[cut - 1][:1].isupper():
            cut += 1
        words = words[:cut]
    while len(words) > 3 and words[-3].lower() == "to" and words[-2].lower() == "be":
        words = words[:-3]  # "another event to be held": its date was the rest
    if len(words) >= 3 and words[-2].lower() == "to" and words[-1].islower() and \
            re.search(r"\d|%|percent|points?$", words[-3]):
        words = words[:-2]  # "fell 3.4% to end (at 7,114)": the rest was a number
    while words and (words[-1].lower().strip(".,;:") in _DANGLING or words[-1] in ",;:"):
        words.pop()
    return " ".join(words).rstrip(".,;:")


def _is_plural(phrase: str) -> bool:
    """Whether a subject noun phrase takes a plural verb ("Stock markets", "GM and Ford")."""
    if re.search(r"\band\b(?!\s+[A-Z])", phrase):
        return True
    head = re.split(r"\s(?:of|in|from|at|on|for)\s", phrase, maxsplit=1)[0].split()
    while len(head) > 1 and head[-1].lower() in ("each", "all", "both", "worldwide", "alone",
                                                  "too", "together", "overall", "combined"):
        head.pop()
    word = head[-1] if head else ""
    return word.lower() in ("people", "indices", "media", "data", "police") or bool(
        re.search(r"[^su'\u2019]s$", word))


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:a|an|the|their|his|her|its|our)\s+", "", text.strip(), flags=re.IGNORECASE)


def _their_countries(phrase: str, lead_countries: list[str]) -> str:
    """"between their countries" -> "between South Korea and Japan" (the main actors' countries)."""
    if len(lead_countries) < 2:
        return phrase
    return re.sub(r"\btheir\s+(?:two\s+)?countries\b", _join(lead_countries[:2]), phrase)


def _planned(c: _Cluster, m: _Mention, dct: _dt.date | None) -> str:
    """" (scheduled)" for an event still to come: planned, or dated after the article."""
    future = dct is not None and c.date.start > dct
    return " (scheduled)" if future or m.planned or m.scheduled else ""


def _title(c: _Cluster, text: str, timexes: list[Timex], entities: _Entities,
           dct: _dt.date | None, lead_countries: list[str]) -> str:
    m = max(c.mentions, key=lambda x: (x.derived_from is not None, len(x.participants),
                                       bool(x.location), x.weight))
    people = _ordered_people(c)
    place = _cluster_location(c)
    occasion = next((x.occasion for x in c.mentions if x.occasion), "")
    where = (f" at the {place}" if place.endswith(_GEO_HEADS) else f" in {place}") if place else ""
    if m.derived_from is not None:
        return m.title
    if m.category == "meeting":
        kind = next(iter(c.kinds() - {"bilateral"}), "")
        if kind and kind != "summit":
            joiner = " of " if len(people) >= 3 else " with "
            title = f"{kind.capitalize()} meeting" + (f"{joiner}{_join(people)}" if people else "")
        elif len(people) >= 2:
            title = f"{_join(people)} meet"
        elif people:
            title = f"Meeting with {people[0]}"
        else:
            countries = list(dict.fromkeys(x for y in c.mentions for x in y.countries))
            who = m.subject or m.subject_phrase
            if len(countries) >= 2:
                title = f"{_join(countries)} meet"
            elif m.pos == "verb" and who:
                # "G7 nations had met in Washington" -> "G7 nations meet in Washington"
                title = f"{who} {'meet' if _is_plural(who) or ' and ' in who else 'meets'}"
                title = title[0].upper() + title[1:]
            else:
                title = _strip_det(text[m.phrase_start:m.end]).capitalize()
                if m.subject and m.subject not in title:
                    title = f"{m.subject}: {title}"  # "Parliament: Emergency session"
        return title + where + (f" ({occasion})" if occasion else "") + _planned(c, m, dct)
    if m.category == "visit":
        who = _join(people) or m.subject or _join(m.countries)
        if who:
            return (f"{who} {'visit' if len(people) > 1 else 'visits'} {place or 'abroad'}"
                    + _planned(c, m, dct))
        return f"Visit to {place}" if place else "Visit"
    if m.word == "anniversary":
        phrase = _strip_det(text[m.phrase_start:m.phrase_end])
        phrase = re.sub(r"^(?:upcoming|planned|forthcoming)\s+", "", phrase)
        phrase = _their_countries(phrase, lead_countries)
        phrase = phrase[0].upper() + phrase[1:]
        future = dct is not None and c.date.start > dct
        return phrase + (" (scheduled)" if future or m.scheduled else "")
    if m.pos == "verb" and m.patient:
        # "sworn in", "shut down": a particle the verb needs stays with it.
        particle = re.match(r"\s+(in|out|down|up|off)\b", text[m.end:m.seg.end])
        needs = vocab.VERB_NEEDS.get(m.verb, "")
        word = m.word + (f" {particle.group(1)}" if particle and
                         re.fullmatch(r"\\s\+(?:in|out|down|up|off)\\b", needs) else "")
        title = f"{m.patient} {word}" + (f" by {m.subject}" if m.subject else "")
        return title[0].upper() + title[1:] + (where if place and place not in title else "")
    if m.pos == "verb":
        subject = m.subject or m.subject_phrase or _join(people) or _join(m.countries)
        obj = _clean_object(m.object_text, timexes, m.end, m.verb)
        said = re.match(r"\s*[\"\u201c]?(.+?)[,\"\u201d]+\s*(?:the\s+)?(?:[A-Z][\w.&'-]*\s*)+(?:[a-z]+\s+)?(?:has\s+|have\s+)?$",
                        text[m.seg.start:m.start])
        if not obj and m.verb in vocab.SAYING_VERBS and said:
            # "The change will come within six months, Zenco announced": what was said
            # comes first.
            obj = _clean_object(said.group(1), timexes, m.seg.start + said.start(1))
            first = re.sub(r"['\u2019]s$", "", obj.split()[0]) if obj else ""
            obj = obj if not first or entities.is_name(first) else obj[:1].lower() + obj[1:]
        plural = bool(m.subject_phrase and not m.subject and _is_plural(m.subject_phrase)) or \
            bool(re.search(r"\sand\s(?!.*\b(?:Co|Company|Sons)\b)", m.subject))
        if m.planned and subject:
            verb = f"to {m.verb}"  # a plan reads as a headline: "Ford to cut 30,000 jobs"
        elif m.lead_in and subject:
            # "agreed to buy" -> "agrees to buy"; "Stock markets continue to fall"
            verb = f"{m.lead_in if plural else _third_person(m.lead_in)} to {m.verb}"
        else:
            verb = m.verb if plural else _third_person(m.verb)
        title = " ".join(x for x in (subject, verb, obj) if x)
        return title[0].upper() + title[1:] + (where if place and place not in title else "")
    phrase = _strip_det(" ".join(_blank_dates(text[m.phrase_start:m.np_end], timexes,
                                              m.phrase_start).split())) or m.word
    phrase = phrase[0].upper() + phrase[1:]
    if place and place not in phrase and not place.endswith(_GEO_HEADS):
        phrase += where
    if m.scheduled or (dct is not None and c.date.start > dct):
        phrase += " (scheduled)"
    who = m.subject or _join(people)
    if not who and len(phrase.split()) <= 2:
        # A bare "Agreement" or "Statement" says little: name who the sentence is about.
        who = _subject(text, m.seg, m.phrase_start, entities, 0)
        # Only a name we know to be one: a capitalised first word may be any word.
        if not (who in entities.people or who in vocab.COUNTRIES.values()
                or re.fullmatch(r"[A-Z]{2,}", who) or entities.is_name(who.split()[0] if who
                                                                     else "")):
            who = ""
    return (f"{who}: {phrase}" if who and who not in phrase else phrase)


def _shorten(title: str, limit: int = 14, chars: int = 80) -> str:
    """At most ``limit`` words and about ``chars`` characters: a title is a headline,
    the evidence holds the rest.  A cut title never ends on "of", "the", "to" ..."""
    suffix = re.search(r"\s+\((?:scheduled|[^()]{1,40})\)$", title)
    if suffix:  # "(scheduled)", "(Munich Security Conference)" stay
        return _shorten(title[:suffix.start()], limit, chars) + suffix.group(0)
    words = title.split()
    if len(words) <= limit and len(title) <= chars:
        return title
    if len(words) <= limit and len(title) <= chars + 10 and len(" ".join(words[:-2])) <= chars:
        return title  # two short words over: better whole than cut
    every = words
    words = words[:limit]
    while len(" ".join(words)) > chars and len(words) > 3:
        words.pop()
    while len(words) > 3 and words[-1][:1].isupper() and every[len(words)][:1].isupper():
        words.pop()  # not inside a name
    while len(words) > 3 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(",;:") + "\u2026"


def _ordered_people(c: _Cluster) -> list[str]:
    names: list[str] = []
    for m in sorted(c.mentions, key=lambda x: x.start):
        for p in m.participants:
            if p not in names:
                names.append(p)
    return names


def _cluster_location(c: _Cluster) -> str:
    places = [m.location for m in c.mentions if m.location]
    if not places:
        return ""
    # A city says more than its country: "Munich" over "Germany".
    cities = [p for p in places if p in vocab.CITIES]
    return (cities or places)[0]


# --------------------------------------------------------------------------- the pipeline
def _find_dct(dct: _dt.date | None, dateline: Dateline) -> tuple[_dt.date | None, str]:
    if dct is not None:
        return dct, f"given with the article ({dct.isoformat()})"
    if dateline.date is not None:
        return dateline.date, (f"the dateline '{dateline.describe_day()}'"
                               + (f", {dateline.place}" if dateline.place else "")
                               + f"; year: {dateline.year_basis}")
    if dateline.month is not None:
        return None, f"the dateline gives {dateline.describe_day()} but no year: {dateline.year_basis}"
    return None, dateline.year_basis or "no dateline found"


def _absolute_timexes(text: str) -> tuple[list[Timex], list[Timex]]:
    """Split expressions into those whose value does not depend on the DCT and the rest.

    Tagging against two far-apart days tells them apart without knowing the
    tagger's rules: "March 2023" gets the same value both times, "last month" does not.
    """
    first = tag_timexes(text, _dt.date(2001, 1, 10))
    second = {(t.start, t.end, t.value) for t in tag_timexes(text, _dt.date(2013, 7, 20))}
    absolute = [t for t in first if (t.start, t.end, t.value) in second]
    relative = [t for t in first if (t.start, t.end, t.value) not in second
                and t.type in ("DATE", "TIME")]
    return absolute, relative


def _resolve_anchors(text: str, mentions: list[_Mention], clusters: _Clusters,
                     dct: _dt.date | None) -> None:
    """Date anchored mentions from their reference event (or the DCT), in text order."""
    def cluster_of(m: _Mention) -> _Cluster | None:
        return min(m.homes, key=lambda c: c.serial) if m.homes else None

    for m in sorted((m for m in mentions if m.date is None and m.anchor is not None),
                    key=lambda m: m.start):
        a = m.anchor
        assert a is not None
        ref_date: FuzzyDate | None = None
        ref_words = ""
        if a.ref is not None:
            home = cluster_of(a.ref) or _adopt(a.ref, clusters)
            if home is not None:
                ref_date = home.date
                ref_words = (f"'{_strip_det(text[a.ref.phrase_start:a.ref.np_end])}' "
                             f"({home.date})")
        if ref_date is None and dct is not None and a.unit:
            ref_date = FuzzyDate.of_day(dct)
            ref_words = f"the dateline ({ref_date})"
        if ref_date is None:
            continue
        if a.unit:
            m.date = _shift(ref_date, a.sign, a.amount, a.unit)
            unit = _UNIT_WORDS[a.unit] + ("s" if a.amount != 1 else "")
            direction = "before" if a.sign < 0 else "after"
            m.date_basis = (f"'{a.words}': about {a.amount} {unit} {direction} "
                            f"{ref_words}, so {m.date}")
            m.date_timex = None
        else:
            m.date = ref_date
            m.date_basis = (f"no date of its own; '{a.words}' places it just before "
                            f"{ref_words}, so taken as the same {ref_date.precision.words}")
            if not m.location and a.ref is not None:
                m.location = a.ref.location or _cluster_location(cluster_of(a.ref) or _Cluster([]))
            if a.ref is not None and re.search(r"\balso\s+(?:included|includes|involved)\b",
                                               text[m.end:m.phrase_end]):
                # "a trilateral meeting that also included X": the sentence's own
                # participants were there too.
                ref_home = cluster_of(a.ref)
                ref_people = _ordered_people(ref_home) if ref_home else a.ref.participants
                m.participants = list(dict.fromkeys([*ref_people, *m.participants]))
        m.confidence = 0.55 if a.unit else 0.5
        for joined in m.homes:  # adopted while undated: its event's date may change
            joined.refresh()
        home = next((c for c in clusters.of(m.category)
                     if _compatible(c, m, need_evidence=False)), None)
        if home is None:
            clusters.append(_Cluster([m]))
        else:
            home.add(m)


def _adopt(m: _Mention, clusters: _Clusters) -> _Cluster | None:
    """Put an undated mention into the dated event it evidently refers to, if any."""
    if m.date is not None:
        return None
    options = [c for c in clusters.of(m.category) if _compatible(c, m, need_evidence=True)]
    if not options:
        return None
    # Prefer the event mentioned closest before it in the text (the story so far).
    home = min(options, key=lambda c: c.distance(m.start))
    home.add(m)
    return home


def _derive_anniversaries(clusters: _Clusters, text: str, entities: _Entities,
                          lead_countries: list[str]) -> None:
    """"The 60th anniversary of X" dated D also dates X: D minus 60 years."""
    for c in list(clusters):
        m = next((x for x in c.mentions if x.word == "anniversary" and x.ordinal), None)
        if m is None or m.date is None:
            continue
        obj = re.match(r"\s+of\s+(.*)", text[m.end:m.phrase_end], re.DOTALL)
        if not obj:
            continue
        phrase = _strip_det(obj.group(1))
        head = next((w.lower() for w in re.findall(r"[A-Za-z]+", phrase)
                     if w.lower() in vocab.ANNIVERSARY_OF), "")
        category = vocab.ANNIVERSARY_OF.get(head, "event")
        # "between their countries": the countries of the article's main actors.
        phrase = _their_countries(phrase, lead_countries)
        date = m.date
        year = date.year - m.ordinal  # type: ignore[operator]
        if year < 1:
            continue
        if date.precision is Precision.DAY:
            assert date.month is not None and date.day is not None
            earlier = FuzzyDate(year, date.month, date.day, Precision.DAY)
        elif date.precision is Precision.MONTH:
            assert date.month is not None
            earlier = FuzzyDate.of_month(year, date.month)
        else:
            earlier = FuzzyDate.of_year(year)
        derived = _Mention(m.seg, m.start, m.end, head or "event", category, m.weight, "noun", "")
        derived.phrase_start, derived.phrase_end = m.phrase_start, m.phrase_end
        derived.date = earlier
        derived.derived_from = m
        sentence = m.seg.text
        named = [c for _, c in entities.countries_in(text, m.seg.start, m.seg.end)]
        if len(set(named)) >= 2:
            derived.countries = list(dict.fromkeys(named))
        elif re.search(r"\b(?:their|the\s+two|both)\s+(?:countries|nations|sides|states)\b",
                       sentence, re.IGNORECASE):
            derived.countries = lead_countries[:2]
        derived.date_basis = (f"the {m.ordinal}th anniversary of it falls in {date}, "
                              f"so it dates from {m.ordinal} years earlier: {earlier}")
        derived.confidence = 0.7
        derived.title = phrase[0].upper() + phrase[1:]
        if head in ("relations", "ties", "diplomatic"):
            # "diplomatic relations" is a state; the event is their establishment.
            derived.title += " established"
        clusters.append(_Cluster([derived]))


def _fold_bare_statements(clusters: list[_Cluster], text: str, timexes: list[Timex],
                          entities: _Entities, dct: _dt.date | None,
                          lead_countries: list[str]) -> list[_Cluster]:
    """Drop statements that say nothing but that one was made ("Announcement", "Press
    conference"): when an announcement of the same date says what it was, they are
    its evidence; otherwise they are no event worth reviewing."""
    kept: list[_Cluster] = []
    for c in clusters:
        if not all(m.pos == "noun" and m.category == "statement" and not m.participants
                   and not m.subject for m in c.mentions):
            kept.append(c)
            continue
        title = _title(c, text, timexes, entities, dct, lead_countries)
        if ":" in title or len(title.split()) > 3:
            kept.append(c)
            continue
        host = next((d for d in clusters if d is not c and d.date == c.date and any(
            x.pos == "verb" and x.verb in vocab.SAYING_VERBS for x in d.mentions)), None)
        if host is not None and not any(m.location for m in c.mentions):
            for m in c.mentions:
                host.add(m)
    return kept


def _confidence(c: _Cluster, dct: _dt.date | None) -> float:
    best = c.best
    if best.derived_from is not None or best.confidence:
        value = best.confidence or 0.7
    elif best.date_timex is not None and "relative" in best.date_basis:
        value = 0.85
    else:
        value = 0.9
    if best.scheduled or (dct is not None and c.date.start > dct):
        value -= 0.1  # planned, not yet happened
    value += min(0.1, 0.05 * (len(c.mentions) - 1))
    if all(m.hedged for m in c.mentions):
        value -= 0.2
    return round(max(0.1, min(0.99, value)), 2)


def _evidence(c: _Cluster) -> tuple[Evidence, ...]:
    seen: dict[int, Evidence] = {}
    for m in sorted(c.mentions, key=lambda x: x.seg.start):
        t = m.date_timex
        if t is None and m.anchor is not None:
            t = m.anchor.timex
        span = (t.start, t.end) if t is not None and m.seg.start <= t.start < m.seg.end else None
        if m.seg.start in seen and (span is None or seen[m.seg.start].date_start is not None):
            continue
        seen[m.seg.start] = Evidence(m.seg.text, m.seg.start, m.seg.end,
                                     span[0] if span else None, span[1] if span else None)
    best = c.best
    ordered = sorted(seen.values(), key=lambda e: (e.start != best.seg.start, e.start))
    return tuple(ordered)


def _lead_countries(mentions: list[_Mention], entities: _Entities) -> list[str]:
    """The countries of the people the article is mostly about, most mentioned first."""
    counts: dict[str, int] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        for p in m.participants:
            country = entities.people.get(p, "")
            if country:
                counts[country] = counts.get(country, 0) + 1
    order = list(counts)
    top = sorted(counts, key=lambda k: (-counts[k], order.index(k)))[:2]
    # The two main countries in the order the article introduces them.
    return sorted(top, key=order.index) + sorted(counts, key=lambda k: -counts[k])[2:]


def extract_events(text: str, dct: _dt.date | None = None, place: str | None = None,
                   *, require_dct: bool = False) -> ExtractionResult:
    """Read an article and propose dated events.

    Args:
        text: The article text.
        dct: The document creation time when known; else it is read from the dateline.
        place: Where the article was filed, when known; else the dateline's place.
        require_dct: Raise ``NoDateError`` instead of leaving out relative dates when
            the article has relative expressions and no date to resolve them against.

    Returns:
        The result with its ``Source``, DCT and how it was found, the temporal
        expressions, and the merged event candidates in date order.  An article
        without any date gives no candidates; without a DCT only absolute dates
        ("March 2023") are used and relative ones ("last month") are left out.

    Raises:
        NoDateError: Only with ``require_dct``: relative expressions and no DCT.
    """
    dateline = read_dateline(text, dct.year if dct else None)
    if dct is not None and dateline.date != dct:
        # The caller's date wins; the dateline still supplies the place and the span.
        dateline = Dateline(dateline.place, dct.month, dct.day, dct.year, dateline.outlet,
                            dateline.span, dateline.year_basis)
    dct, dct_basis = _find_dct(dct, dateline)
    if place:
        dateline = Dateline(place, dateline.month, dateline.day, dateline.year, dateline.outlet,
                            dateline.span, dateline.year_basis)
    if dct is not None:
        timexes = tag_timexes(text, dct)
    else:
        timexes, relative = _absolute_timexes(text)
        if require_dct and relative:
            raise NoDateError(f"'{relative[0].text}' needs the article's date, and there is "
                              f"none: {dct_basis}")
    segments = bound_segments(split_sentences(text), text)
    entities = _Entities(text)
    mentions = _find_mentions(text, segments)
    _describe_all(text, mentions, entities, dateline, timexes)
    mentions = _absorb_objects(mentions)
    _date_mentions(text, mentions, timexes, dateline, dct)
    _date_undated_lead(segments, mentions, dct)
    # The article's lead event, dated on the dateline day, happened at the dateline's place.
    lead = next((m for m in mentions if m.date is not None and dct is not None
                 and m.seg.start <= dateline.span[1] < m.seg.end
                 and m.date.precision is Precision.DAY and m.date.start == dct), None)
    if lead is not None and not lead.location and dateline.place:
        lead.location = dateline.place
    clusters = _cluster(mentions)
    # Undated mentions that are not anchored join the event they evidently refer to,
    # before anchored ones are dated from them.
    for m in mentions:
        if m.date is None and m.anchor is None:
            _adopt(m, clusters)
    _resolve_anchors(text, mentions, clusters, dct)
    for m in mentions:
        if m.date is None and not m.homes:
            _adopt(m, clusters)
    lead_countries = _lead_countries(mentions, entities)
    _derive_anniversaries(clusters, text, entities, lead_countries)
    source = Source(
        id=_article_id(text),
        title=next((s.text for s in segments if s.kind == "heading"), ""),
        outlet=dateline.outlet,
        dateline_place=dateline.place,
        dateline_date=dct,
        date_basis=dct_basis,
        text=text,
    )
    clusters = _fold_bare_statements(clusters, text, timexes, entities, dct, lead_countries)
    candidates = []
    for c in clusters:
        best = c.best
        date = c.date
        people = _ordered_people(c)
        if not people:
            people = list(dict.fromkeys(x for m in c.mentions for x in m.countries))
            if not people and re.search(
                    r"\b(?:their|the\s+two|both)\s+(?:two\s+)?(?:countries|nations|sides)\b",
                    best.seg.text, re.IGNORECASE):
                people = lead_countries[:2]
            subject = next((m.subject for m in c.mentions if m.subject), "")
            for i, name in enumerate(x for x in re.split(r",\s*|\s+and\s+", subject) if x):
                if name not in people:
                    people.insert(i, name)
        title = _shorten(_title(c, text, timexes, entities, dct, lead_countries))
        confidence = _confidence(c, dct)
        if len(re.sub(r"\s*\(scheduled\)$", "", title).split()) <= 1:
            # A bare "Agreement" tells the reviewer little: rank it lower.
            confidence = round(max(0.1, confidence - 0.2), 2)
        candidates.append(Candidate(
            title=title,
            date=date,
            date_basis=best.date_basis,
            category=best.category,
            confidence=confidence,
            location=_cluster_location(c),
            participants=tuple(people),
            evidence=_evidence(c),
            source_id=source.id,
        ))
    candidates.sort(key=lambda x: (x.date.sort_key(), x.title))
    return ExtractionResult(source, dct, dct_basis, dateline, tuple(timexes), tuple(candidates))
