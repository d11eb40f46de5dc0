"""Candidates of one article that may be the same event told twice, for the import review.

An article often tells an occasion twice: "a visit to Brasilia last month" and "held
talks with his counterpart on 21 October" (new-user trial 12, finding 6: "October 2026 ·
Visit to Brasilia" and "21 October 2026 · Sugiono and Mauro Vieira meet"), and the
review flagged duplicates of events already in the timeline (``core.duplicates``) but
not these.  Two candidates are flagged when

* their dates overlap (``duplicates.dates_compatible``: a day and its month do) and the
  coarser covers at most a month (``duplicates.CLOSE_DAYS``) without being circa, or the
  two dates are the same; a year-wide date is no evidence, as for the timeline's
  duplicates;
* and something says it is one occasion: the same place (the places share a word, or a
  row with no place has the other's place in its title: ``_placed_by_title``), two
  shared participants (or the same one), or titles at least
  ``duplicates.POSSIBLE_TITLE_THRESHOLD`` alike.  The same place is no evidence when the
  two rows share no participant and both name states (or both name people): a US envoy's
  visit to Doha and the Qatar, Egypt, DR Congo and Rwanda talks there in the same month
  (verify13, finding 2) are two occasions; "Visit to Brasilia" (Brazil, Indonesia) and
  "Sugiono and Mauro Vieira meet" in Brasilia (trial12 finding 6) still are one, since
  states and people cannot be compared; nor when each names a person the other does not
  (``_other_hosts``: one visitor's meetings with two hosts, verify61 F2).  A state is a
  name in the extractor's table of countries and blocs
  (``extract.pipeline.phrases.COUNTRIES``).  A name in more than a third of the
  article's candidates (and at least ``COMMON_AT_LEAST``) is what the
  article is about, no evidence: in verify12's Indonesia-Vietnam article, "Indonesia,
  Vietnam" paired a coast guard meeting with an ASEAN statement of the same month;
* and their titles carry no different numbers ("32nd" / "50th"), and their places, when
  both are given, share a word ("Putin and Pezeshkian meet in Ashgabat" / "... in
  Kazan", October 2024, is two meetings); and neither's participants (two or more) are
  the other's with more parties (``_more_parties``: states added to the same people are
  their states, not parties): "Cho Tae-yul and Takeshi Iwaya meet in Tokyo" and the
  "Trilateral meeting of Cho Tae-yul, Takeshi Iwaya and Wang Yi in Tokyo" of the same
  day (the seed article) are two meetings.

A call and a visit or a meeting of one day (both to the day) are also flagged when every
party of the call is one of the other's (``duplicates.parties_within``: "Hakan Fidan calls
George Gerapetritis" / "Hakan Fidan visits Athens", Hakan Fidan and Greece: ext91, a trip told
as "X called Y" and "X visited Y"), whatever the call's place, which is its topic's, and the
other's more names (``_one_contact``).  On the dev set this adds no flag (111 before and after).

Two candidates with nearly the same title (``duplicates.NEAR_SAME_TITLE``) are also
flagged when one date is circa and lies within a year of the other, even if they do not
overlap (``_dated_twice``): one happening dated once from the article's date and once
loosely from a phrase (verify43 F4: "Kosovo declares independence", 17 February 2008 and
c. November 2008 from "eighteen years after Kosovo declared independence").

A flag is a question, not a verdict: both rows stay as they were (ticked or not) and the
review says why, in plain words, so the person unticks one if it is the same event.
Qt-free.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core import FuzzyDate, Precision
from timeline_app.core.duplicates import (
    CLOSE_DAYS,
    NEAR_SAME_TITLE,
    POSSIBLE_TITLE_THRESHOLD,
    dates_compatible,
    parties_within,
    tells_an_ending,
    title_similarity,
)

if TYPE_CHECKING:  # the pipeline is loaded by the extraction that made the candidates
    from timeline_app.extract import Candidate

__all__ = ["ToldTwice", "told_twice"]

_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d+")
#: Words of a place that do not tell one place from another.
_PLACE_NOISE = frozenset("the of in at city province state palace hall house".split())


@functools.cache
def _states() -> frozenset[str]:
    """Names of states and blocs, case-folded (as written and canonical)."""
    from timeline_app.extract.pipeline.phrases import COUNTRIES

    return frozenset(" ".join(n.casefold().split()) for pair in COUNTRIES.items() for n in pair)

#: How many days apart a circa date and another may be for the same title to be one
#: happening dated twice (``_dated_twice``): a year.
LOOSE_DAYS = 366

#: The fewest candidates a name must be in to count as the article's subject.
COMMON_AT_LEAST = 4


@dataclass(frozen=True)
class ToldTwice:
    """Another row of the review that may tell the same event.

    Attributes:
        row: The other candidate's index (0-based).
        reason: Why, in words ("dates overlap (October 2026 / 21 October 2026); same
            place (Brasilia); shares Sugiono").
        score: Higher is likelier (title similarity 0-100, +40 the same place, +20 a
            shared participant).
    """

    row: int
    reason: str
    score: float


def _length(date: FuzzyDate) -> int:
    return date.end_day() - date.start_day()


def _places(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if w not in _PLACE_NOISE}


def _folded(names: Iterable[str]) -> set[str]:
    return {" ".join(n.casefold().split()) for n in names if n.strip()}


def _strangers(ours: set[str], theirs: set[str]) -> bool:
    """Whether two rows' participants (folded) share no name while both name states, or
    both name people: two parties, so a shared place alone does not make one occasion."""
    if not ours or not theirs or ours & theirs:
        return False
    states = _states()
    return bool(ours & states and theirs & states) or bool(ours - states and theirs - states)


def _other_hosts(ours: set[str], theirs: set[str]) -> bool:
    """Whether the rows share a person (no state) and each names a person the other does
    not: one visitor's two meetings with different hosts, a shared place no evidence that
    they are one (verify61 F2: "Wang Yi and Ajit Doval meet" and "Wang Yi and Narendra
    Modi meet", 19 August 2025, both placed in the dateline's Beijing, were offered as one
    event told twice).  Two officials of one state, sharing only the state, may be one
    delegation (verify13's Landau and Rubio in Doha): still paired."""
    states = _states()
    return bool((ours & theirs) - states) and bool((ours - theirs) - states) \
        and bool((theirs - ours) - states)


def _placed_by_title(row: Candidate, place: set[str]) -> bool:
    """Whether ``row`` gives no place but its title names the other row's ``place`` (its
    words, ``_places``): "2018 Panmunjom summit" (a summit an anniversary recalls, no
    place of its own) and "Moon Jae-in and Kim Jong-un meet in Panmunjom" that day
    (verify51 F6: the summary row was not flagged)."""
    return bool(place) and not row.location.strip() and place <= _places(row.title)


def _more_parties(ours: set[str], theirs: set[str]) -> bool:
    """Whether one row's participants (folded, two or more each) are the other's with
    more parties: "Cho Tae-yul, Takeshi Iwaya" and "Cho Tae-yul, Takeshi Iwaya, Wang Yi"
    (a bilateral meeting and the trilateral one of that day).  States added to a row that
    names only people are those people's states, not another party: "Moon Jae-in, Kim
    Jong-un" meet and "Moon Jae-in, Kim Jong-un, South Korea, North Korea" sign a
    declaration there that day (an agreement lists the states it binds; verify51 F6)."""
    if len(ours) < 2 or len(theirs) < 2 or not (ours < theirs or theirs < ours):
        return False
    fewer, more = (ours, theirs) if ours < theirs else (theirs, ours)
    states = _states()
    return not (more - fewer <= states and not fewer & states)


def _dated_twice(a: Candidate, b: Candidate) -> tuple[str, float] | None:
    """The reason and score when ``a`` and ``b`` have nearly the same title (at least
    ``duplicates.NEAR_SAME_TITLE`` alike) and one date is derived loosely (circa) within a
    year (``LOOSE_DAYS``) of the other's: one happening dated twice, once from a date the
    article gives and once from a phrase such as "eighteen years after Kosovo declared
    independence" (verify43 F4: "Kosovo declares independence", 17 February 2008 and
    c. November 2008, in one backgrounder, not flagged).  Else None."""
    if a.date.circa == b.date.circa or a.date.end_day() <= a.date.start_day() \
            or b.date.end_day() <= b.date.start_day():
        return None
    gap = max(a.date.start_day() - b.date.end_day(), b.date.start_day() - a.date.end_day())
    if gap > LOOSE_DAYS:
        return None
    ratio = title_similarity(a.title, b.title)
    if ratio < NEAR_SAME_TITLE:
        return None
    loose, exact = (a, b) if a.date.circa else (b, a)
    return (f"titles {ratio:.0f}% alike; dated {exact.date.describe()} and, loosely, "
            f"{loose.date.describe()}", ratio)


_CALL = re.compile(r"\b(?:calls|phones|telephones|speaks?\s+by\s+(?:tele)?phone|(?:phone|"
                   r"telephone|video)\s+(?:call|talks|conversation))\b", re.IGNORECASE)
"""A row told as a call: "Hakan Fidan calls George Gerapetritis", "S. Jaishankar and Vijitha
Herath speak by telephone" (the extractor's titles, ``extract.pipeline.titles``)."""


def _one_contact(a: Candidate, b: Candidate) -> tuple[str, float] | None:
    """The reason and score when one of ``a`` and ``b`` is a call (:data:`_CALL`) and the
    other a visit or a meeting of the same day (both to the day), every party of the call
    among the other's (``duplicates.parties_within``: the same names, or a person the
    call's words make a person of a state the other names or whose city is its place):
    "Hakan Fidan calls George Gerapetritis" and "Hakan Fidan visits Athens" (Hakan Fidan,
    Greece), 11 March, were two rows with no flag (ext91, verify61/62: a minister's trip
    told as "X called Y" and "X visited Y").  The call's place is no evidence either way
    (a call's "to discuss migration in the Aegean" is its topic), and the visit naming
    more people than the call is no second occasion, as it is for two meetings
    (``_more_parties``).  Else None."""
    if a.date != b.date or a.date.precision is not Precision.DAY:
        return None
    for call, other in ((a, b), (b, a)):
        if _CALL.search(call.title) is None or _CALL.search(other.title) is not None \
                or other.category not in ("visit", "meeting") \
                or not parties_within(call.to_event(call.title), other.to_event(other.title)):
            continue
        ratio = title_similarity(a.title, b.title)
        return f"same date; a call and a {other.category} of the same parties", ratio + 60
    return None


_TALKS = re.compile(r"\b(?:talks|negotiations|dialogue|mediation|round\s+of\s+talks)\b",
                    re.IGNORECASE)
"""What a sentence names when the ending it tells is of talks."""


def _talks_ended_twice(a: Candidate, b: Candidate) -> tuple[str, float] | None:
    """The reason and score when ``a`` and ``b``, of one date, both tell talks ending
    (``duplicates.tells_an_ending`` in the title, :data:`_TALKS` in the title or its first
    sentence): "negotiations broke down in June" in the lead and "A new attempt to resume
    talks, mediated by Oman and Qatar, collapsed in June" later were two rows of June with
    no flag (verify63 F3), their parties apart (the sides, the mediators) and their titles
    in other words.  Else None."""
    if a.date != b.date:
        return None
    for row in (a, b):
        said = row.title + " " + (row.evidence[0].sentence if row.evidence else "")
        if not tells_an_ending(row.title) or _TALKS.search(said) is None:
            return None
    return "same date; both tell talks ending", title_similarity(a.title, b.title) + 40


#: The acts a row may tell, each by the words that name it (``_act``): a statement and a
#: meeting of one day are two happenings, two statements of one day by the same sides
#: one (verify81 F2).
_ACTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (act, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for act, words in (
        ("statement", r"statements?|declarations?|communiqu[eé]s?"),
        ("signing", r"signs?|signed|signing"),
        ("meeting", r"meets?|met|meetings?|talks|session|round"),
        ("summit", r"summits?"),
        ("visit", r"visits?|visited|trip"),
    ))


def _acts_named(text: str) -> set[str]:
    return {act for act, words in _ACTS if words.search(text)}


def _act(row: Candidate) -> str | None:
    """The one act ``row``'s title tells (:data:`_ACTS`), else None (none or several: "Moon
    Jae-in signs Panmunjom Declaration" is a signing and a statement).  Its sentence is
    no evidence: the lead that tells a statement tells the talks and the signing to come
    too, and on the dev set "Vance accuses Denmark …" was read as the visit its sentence
    tells and paired with "JD Vance visits Greenland"."""
    acts = _acts_named(row.title)
    return next(iter(acts)) if len(acts) == 1 else None


def _span(row: Candidate) -> tuple[int, int]:
    """The days ``row`` may mean (day numbers, the end exclusive): its date's, to its
    ``end``'s last day when it lasts."""
    end = row.date.end_day() if row.end is None else max(row.date.end_day(), row.end.end_day())
    return row.date.start_day(), end


def _day_within(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` are of the same day, or one is of a day inside the other's
    range (its date's, or to its ``end``) of at most ``duplicates.CLOSE_DAYS`` days;
    neither circa."""
    if a.date.circa or b.date.circa:
        return False
    (start, end), (other_start, other_end) = sorted(
        (_span(a), _span(b)), key=lambda span: span[1] - span[0])
    return (end - start <= 1 and other_end - other_start <= CLOSE_DAYS
            and other_start <= start and end <= other_end)


def _one_act(a: Candidate, b: Candidate, ours: set[str], theirs: set[str]
             ) -> tuple[str, float] | None:
    """The reason and score when ``a`` and ``b`` tell the same act (``_act``: a statement,
    a signing, a meeting, a visit) on the same day (or one on a day inside the other's
    range, ``_day_within``) and their participants (folded: ``ours``, ``theirs``) overlap
    or one row names none.  verify81 F2: "Joint statement released" (13 November, no
    participants) and "Statement saying they had agreed" (late on 13 November) were one
    statement, flagged only once a place was typed into one of them.  Else None."""
    act = _act(a)
    if act is None or act != _act(b) or not _day_within(a, b):
        return None
    if ours and theirs and not ours & theirs:
        return None
    shared = "shares " + ", ".join(dict.fromkeys(
        p for p in a.participants if " ".join(p.casefold().split()) in theirs)) \
        if ours & theirs else "one row names no participant"
    when = "same date" if a.date == b.date else \
        f"same day ({a.date.describe()} / {b.date.describe()})"
    return f"{when}; both tell a {act}; {shared}", title_similarity(a.title, b.title) + 30


def _other_acts(a: Candidate, b: Candidate) -> bool:
    """Whether one of ``a`` and ``b`` tells a statement and the other another act
    (``_act``): a ministers' meeting and the statement that closed it, flagged as one
    event once both rows had the same place typed (verify81 F2), are two."""
    acts = {_act(a), _act(b)}
    return None not in acts and len(acts) == 2 and "statement" in acts


def _pair(a: Candidate, b: Candidate, common: set[str]) -> tuple[str, float] | None:
    """The reason and score when ``a`` and ``b`` may be one event told twice, else None."""
    # (a day inside the other row's range, to its end: only the same act pairs them)
    only_act = not dates_compatible(a.date, b.date)
    if only_act and not _day_within(a, b):
        return _dated_twice(a, b)
    coarser = max((a.date, b.date), key=_length)
    if a.date != b.date and (_length(coarser) > CLOSE_DAYS or coarser.circa):
        return None
    numbers, other_numbers = set(_NUMBER.findall(a.title)), set(_NUMBER.findall(b.title))
    if numbers and other_numbers and not numbers & other_numbers:
        return None
    if (contact := _one_contact(a, b)) is not None:
        return contact
    place, other_place = _places(a.location), _places(b.location)
    same_place = bool(place & other_place) or _placed_by_title(a, other_place) \
        or _placed_by_title(b, place)
    if place and other_place and not same_place:
        return None  # one occasion is in one place ("Ashgabat" / "Kazan")
    if (ended := _talks_ended_twice(a, b)) is not None:
        return ended
    ours, theirs = _folded(a.participants), _folded(b.participants)
    if same_place and (_strangers(ours, theirs) or _other_hosts(ours, theirs)):
        same_place = False  # a US envoy in Doha, and the talks of four others there
    if _more_parties(ours, theirs):
        return None  # a bilateral meeting and the trilateral one of that day
    if _other_acts(a, b):
        return None  # a meeting and the statement after it
    if not _other_hosts(ours, theirs) and (act := _one_act(a, b, ours, theirs)) is not None:
        return act
    if only_act:
        return None
    ours, theirs = ours - common, theirs - common
    shared = ours & theirs
    people = len(shared) >= 2 or (bool(shared) and ours == theirs)
    ratio = title_similarity(a.title, b.title)
    if not (same_place or people or ratio >= POSSIBLE_TITLE_THRESHOLD):
        return None
    reasons = ["same date" if a.date == b.date
               else f"dates overlap ({a.date.describe()} / {b.date.describe()})"]
    if same_place:
        named = [p for p in (a.location, b.location) if p.strip()]
        reasons.append(f"same place ({min(named, key=len)})")
    if shared:
        names = dict.fromkeys(p for p in a.participants if " ".join(p.casefold().split()) in shared)
        reasons.append("shares " + ", ".join(names))
    if ratio >= POSSIBLE_TITLE_THRESHOLD:
        reasons.append(f"titles {ratio:.0f}% alike")
    return "; ".join(reasons), ratio + 40 * same_place + 20 * len(shared)


def told_twice(candidates: Sequence[Candidate]) -> dict[int, ToldTwice]:
    """For each candidate that may repeat another of the same article, the likeliest
    other one (both rows of a pair are given, each naming the other).

    Cost: one comparison per pair of candidates (an article gives tens of them).
    """
    counts = Counter(name for c in candidates for name in _folded(c.participants))
    common = {name for name, n in counts.items()
              if n >= COMMON_AT_LEAST and n * 3 > len(candidates)}
    best: dict[int, ToldTwice] = {}
    for i, a in enumerate(candidates):
        for j in range(i + 1, len(candidates)):
            found = _pair(a, candidates[j], common)
            if found is None:
                continue
            reason, score = found
            for row, other in ((i, j), (j, i)):
                if row not in best or score > best[row].score:
                    best[row] = ToldTwice(other, reason, score)
    return best
