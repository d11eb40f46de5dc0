"""The person's own lane for an incoming event: which of a timeline's lanes an article's
row of a given kind fits (verify55 F5).

The extractor reads each event as one of its kinds (``extract.event_vocabulary.CATEGORIES``:
treaty, policy, dispute, visit, meeting, …).  A timeline of the person's own lanes
(Military, Negotiations, Border delimitation) had every row proposed in the extractor's
kind; 16 of 30 rows of four articles were retyped by hand, and one missed made a lane
"Treaty" for one event.  :class:`LaneFit` proposes, for a row whose kind is none of the
timeline's lanes, the lane the words of its title (names aside) mostly sit in among the
timeline's events, helped by the lane's name (a "Negotiations" lane for a meeting), or
nothing.
A lane shown as eras is never proposed: an era is not an event's lane.

Qt-free.  Words are folded (``query.fold``) and cut to their first six letters ("negotiations"
and "negotiated" alike); a word of fewer than three letters and the common function words
are left out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import chain

from .model import Event
from .query import fold

__all__ = ["EVENT_NAME_SCORE", "KIND_LANE_WORDS", "KIND_SCORE", "LaneFit"]

#: Words of a lane's name that say it holds events of one of the extractor's kinds (cut
#: as ``_stem`` cuts them), first those of the kind itself, then those of a lane where
#: such events often go: a lane "Negotiations" or "EU-mediated talks" holds meetings, and
#: a treaty's text agreed is filed there too when no lane is named for treaties.
KIND_LANE_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "meeting": (frozenset({"meetin", "talk", "negoti", "summit", "diplom", "dialog",
                           "mediat", "consul", "confer", "contac"}), frozenset()),
    "visit": (frozenset({"visit", "trip", "travel", "tour"}),
              frozenset({"diplom", "meetin", "talk"})),
    "treaty": (frozenset({"treaty", "treati", "agreem", "accord", "peace", "deal", "settle",
                          "pact"}), frozenset({"negoti", "talk", "diplom", "mediat"})),
    "dispute": (frozenset({"milita", "war", "confli", "clashe", "fighti", "disput",
                           "securi", "hostil", "violen", "attack", "ceasef"}), frozenset()),
    "policy": (frozenset({"policy", "polici", "sancti", "law", "laws", "legisl", "govern", "domest",
                          "politi", "econom", "trade"}), frozenset()),
    "statement": (frozenset({"statem", "declar", "announ", "speech", "rhetor", "commun"}),
                  frozenset({"diplom"})),
    "anniversary": (frozenset({"annive", "commem", "memori"}), frozenset()),
    # (acts of no kind of their own are mostly a state's own politics: an election, a
    # leader taking office; verify59 F12, "Jeremiah Manele takes office" made a lane
    # "Event" beside her "Coups & domestic politics")
    "event": (frozenset(), frozenset({"domest", "politi", "electi"})),
}

#: Words too common to say which lane a row belongs in.
_STOP = frozenset(
    "the and for with from into over after before about that this their its his her was were "
    "are has have had will would said says say new two three first second last year month "
    "day week not but also than then they them who which what when where while during "
    "between against amid under upon off out one all any some more most other such only "
    "own same very can could may might must shall should hold holds held agree agreed "
    "agrees sign signs signed meet meets met take takes took both foreign minister "
    "ministry ministrie leader official "
    # The app's own marks and the article's time words: "(scheduled)" put a Quad summit in
    # the one lane holding another scheduled event (verify57 F12).
    "scheduled planned expected possible unconfirmed today tomorrow yesterday later "
    "earlier".split())

_WORD = re.compile(r"[^\W\d_]+")

#: How many of a timeline's events are read (the newest): enough to know its lanes' words,
#: bounded at 100 000 events (a review opens at once).
MAX_EVENTS = 20_000

#: The least score (a word's share of the timeline's events in a lane, summed over the
#: row's words, plus ``NAME_SCORE`` for a lane whose name says the kind, half that for a
#: lane where such events often go) that proposes a lane: a lane of the timeline is a
#: better guess than a lane of the extractor's kind made for one row (verify55 F5: a
#: missed retyping made a lane "Treaty" of one event).
LEAST_SCORE = 0.5
#: What a lane's name saying the row's kind (``KIND_LANE_WORDS``) adds to its score.
NAME_SCORE = 1.0
#: What the lane's own events of the row's kind add, times their share of the timeline's
#: events of that kind (``LaneFit``'s ``kind_of``): where the person files treaties is
#: where a treaty goes (verify59 F12: her "Security & defence" held the Rarotonga,
#: Pukpuk and Falepili treaties; each import's treaties made a lane "Treaty" beside it).
KIND_SCORE = 1.0
#: How many of the timeline's events of a kind say where that kind goes: one event, a
#: colleague's single "tour" in her "China" lane, said nothing of where a visit to Port
#: Vila goes.  The share is taken over one event more than there are (``n / (total + 1)``),
#: so that a kind of two events in one lane gives 2/3, not 1.
LEAST_KIND_EVENTS = 2
#: The extractor's kind of acts without a kind of their own: it says nothing of a lane.
ANY_KIND = "event"
#: What each name of the row (a participant, its place, a capitalised word of its title
#: after the first) adds, times the share of the timeline's events naming it that sit in
#: the lane (verify59 F12: "Ratification of Pukpuk (scheduled)" went to a new "Treaty"
#: lane though her one Pukpuk event is in "Security & defence").  Half a word's: a name
#: spread over every lane says little, and one alone in a lane reaches ``LEAST_SCORE``.
EVENT_NAME_SCORE = 0.5


def _stem(word: str) -> str:
    return word[:6]


def _words(texts: Iterable[str], names: bool = True) -> set[str]:
    """The words of ``texts`` as compared (folded, a plural's "s" dropped, cut by
    ``_stem``), less ``_STOP``; without ``names``, a capitalised word after a text's first
    is left out ("Azerbaijan retakes Nagorno-Karabakh" → retakes): a name says who and
    where, not what kind of event, and in a timeline about two states every lane has
    them."""
    found = set()
    for text in texts:
        for at, match in enumerate(_WORD.finditer(text)):
            word = match.group()
            if not names and at and word[:1].isupper():
                continue
            word = fold(word)
            word = word.removesuffix("s") if len(word) > 4 else word
            if len(word) >= 3 and word not in _STOP:
                found.add(_stem(word))
    return found


def _event_words(event: Event) -> set[str]:
    return _words((event.title,), names=False)


_CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_a-z][^\W\d_]*")


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """The words (as ``_words`` cuts them) of the states the gazetteer knows, their seats
    of government, other names and adjectives (``core.gazetteer``): in a timeline of a
    region every lane has them ("Azerbaijan" in a Military lane drew a peace agreement
    between Armenia and Azerbaijan there)."""
    from .gazetteer import SEATS_OF_GOVERNMENT, STATE_ADJECTIVES, STATE_OTHER_NAMES

    return frozenset(_words(chain(SEATS_OF_GOVERNMENT, chain.from_iterable(
        SEATS_OF_GOVERNMENT.values()), STATE_OTHER_NAMES, STATE_ADJECTIVES)))


def _name_words(title: str, names: Iterable[str]) -> set[str]:
    """The words of the names ``names`` (participants, a place) and of the capitalised
    words of ``title`` (its first too: "Pukpuk Treaty: …"), as ``_words`` cuts them,
    states' aside (``_state_words``)."""
    return _words((*_CAPITALISED.findall(title), *names)) - _state_words()


class LaneFit:
    """Which of a timeline's lanes fits a row of a kind none of its lanes is named after.

    Args:
        events: The timeline's events (the newest ``MAX_EVENTS`` are read, in the order
            given: date order, the newest last).
        is_era_lane: Whether a lane is shown as eras (``Timeline.is_era_lane``): such a
            lane is never proposed.
    """

    def __init__(self, events: Sequence[Event], is_era_lane: Callable[[str], bool],
                 kind_of: Callable[[Event], str] | None = None) -> None:
        read = events[-MAX_EVENTS:] if len(events) > MAX_EVENTS else events
        self._by_word: dict[str, Counter[str]] = defaultdict(Counter)
        #: The lanes of the events of each kind (``kind_of``: the extractor's kind an
        #: event's title tells, "" for none) and of the events naming each name word:
        #: made at the first ``lane_for`` that needs them (``_read_names_and_kinds``;
        #: ~0.25 s of CPU for 20 000 events, spent only when a row is fitted).
        self._by_kind: dict[str, Counter[str]] | None = None
        self._by_name: dict[str, Counter[str]] = defaultdict(Counter)
        self._kind_of = kind_of
        self._read: list[Event] = []
        lanes: Counter[str] = Counter()
        for event in read:
            lane = event.category
            if not lane or is_era_lane(lane):
                continue
            lanes[lane] += 1
            self._read.append(event)
            for word in _event_words(event):
                self._by_word[word][lane] += 1
        #: The lanes that may be proposed (not eras), most events first.
        self.lanes: list[str] = [lane for lane, _n in lanes.most_common()]
        self._counts = lanes
        self._keys = {lane.casefold(): lane for lane in self.lanes}
        self._lane_words = {lane: _words((lane.replace("-", " "),)) for lane in self.lanes}
        for lane, words in self._lane_words.items():  # (its name's words as one event's)
            for word in words:
                self._by_word[word][lane] += 1

    def _read_names_and_kinds(self) -> dict[str, Counter[str]]:
        """The lanes by kind (``_by_kind``), made with ``_by_name`` on first use."""
        if self._by_kind is None:
            self._by_kind = defaultdict(Counter)
            for event in self._read:
                lane = event.category
                for word in _name_words(event.title, (*event.participants, event.location)):
                    self._by_name[word][lane] += 1
                kind = self._kind_of(event) if self._kind_of is not None else ""
                if kind:
                    self._by_kind[kind.casefold()][lane] += 1
            self._read = []
        return self._by_kind

    def share_in(self, names: Iterable[str]) -> float:
        """The share (0-1) of the events read (eras aside) whose lane is one of ``names``
        (case aside); 0 with none."""
        keys = {name.casefold() for name in names}
        total = sum(self._counts.values())
        return sum(n for lane, n in self._counts.items()
                   if lane.casefold() in keys) / total if total else 0.0

    def has_lane(self, kind: str) -> bool:
        """Whether ``kind`` (a lane name, case aside) is one of the lanes."""
        return kind.casefold() in self._keys

    def lane_for(self, kind: str, title: str, participants: Sequence[str] = (),
                 place: str = "") -> str | None:
        """The lane a row of ``kind`` titled ``title`` fits, or None: ``kind`` itself when
        it is a lane (as the timeline spells it); else the lane with the highest score —
        each word of the title (names aside, ``_words``) gives each lane the share of the
        timeline's events using it (a lane's name counts as one) that sit in it, a lane
        whose name says the kind (``KIND_LANE_WORDS``) ``NAME_SCORE`` more, half that for
        a lane where such events often go, and a lane named after one of the row's
        ``participants`` or a name in its title (a teacher's "Quad", "ASEAN", "Panama
        Canal" lanes, verify57 F12: a Quad meeting proposed "Mercosur–EU") ``NAME_SCORE``
        more; the lane's share of the timeline's events of ``kind`` (``kind_of``) times
        ``KIND_SCORE`` and, for each name of the row (``participants``, ``place``, its
        title's), the lane's share of the events naming it times ``EVENT_NAME_SCORE``
        (verify59 F12) — when it reaches ``LEAST_SCORE``; ties go to the lane with more
        events."""
        if self.has_lane(kind):
            return self._keys[kind.casefold()]
        if not self.lanes:
            return None
        scores: dict[str, float] = defaultdict(float)
        named = _words((title, *participants))
        for lane, words in self._lane_words.items():
            if words & named:
                scores[lane] += NAME_SCORE
        for word in _words((title,), names=False):
            counts = self._by_word.get(word)
            if counts:
                total = sum(counts.values())
                for lane, n in counts.items():
                    scores[lane] += n / total
        by_kind = self._read_names_and_kinds()
        for word in _name_words(title, (*participants, place)):
            counts = self._by_name.get(word)
            if counts:
                total = sum(counts.values())
                for lane, n in counts.items():
                    scores[lane] += EVENT_NAME_SCORE * n / total
        counts = by_kind.get(kind.casefold())
        total = sum(counts.values()) if counts else 0
        if counts and total >= LEAST_KIND_EVENTS and kind.casefold() != ANY_KIND:
            for lane, n in counts.items():
                scores[lane] += KIND_SCORE * n / (total + 1)
        kind_words, near_words = KIND_LANE_WORDS.get(kind.casefold(),
                                                     (frozenset(), frozenset()))
        for lane, words in self._lane_words.items():
            if words & kind_words:
                scores[lane] += NAME_SCORE
            elif words & near_words:
                scores[lane] += NAME_SCORE / 2
        order = {lane: at for at, lane in enumerate(self.lanes)}
        best = max(scores, key=lambda lane: (scores[lane], -order[lane]), default=None)
        return best if best is not None and scores[best] >= LEAST_SCORE else None
