"""The extractor's kind of event a title tells, from its trigger words alone.

The kinds are the lanes of the app's own vocabulary (``event_vocabulary.CATEGORIES``:
treaty, policy, dispute, visit, meeting, anniversary, statement, event).  The rule is the
import's: of the title's words that are triggers (the listed ``event_vocabulary.TRIGGERS``
and, as the import's ``pipeline.lexicon.TRIGGER_TABLE`` has them, the forms of the event
verbs ``EVENT_VERBS``: "denies", "agreed"), the one with the highest weight (the most
specific: "talks" 0.7, "met" 0.8) names the kind, and the first one wins a tie.  No
sentence is parsed: "Foreign ministers meet in Tokyo" is a meeting, "Treaty of Rarotonga
signed" a treaty, "Sanctions imposed on Iran" a policy, "Ethiopia denies agreeing to a
binding release" a statement (verify73 F10: no listed word, the lane stayed as it was).
An event verb's base or -s form that is also a common noun ("rules", "release", "set")
counts only as the import reads it in context, which a title does not give: not at all.

Used where a person types a title rather than an article: New Event's category guess
(``lane_for_title``, ``ui.event_editor``; verify71 F13: "foreign ministers meet" started
in Treaty, the busiest lane) and the kind ``core.lane_fit.LaneFit`` learns a timeline's
own lanes hold (``event_kind``, ``ui.import_article``, verify59 F12).  Qt-free.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..core.lane_fit import LaneFit
from ..core.model import Event
from .event_vocabulary import CATEGORIES, TRIGGERS

__all__ = ["event_kind", "lane_for_title", "title_kind", "warm", "without_topic"]

_TITLE_WORD = re.compile(r"[^\W\d_]+")


def title_kind(title: str) -> str:
    """The kind (one of ``event_vocabulary.CATEGORIES``) of the most specific trigger word
    of ``title`` (whole words, case aside), or "" when none of its words is a trigger.

    >>> title_kind("Foreign ministers meet in Tokyo")
    'meeting'
    >>> title_kind("Sanctions imposed on Iran")
    'policy'
    >>> title_kind("Budget")
    ''
    """
    folded = without_topic(title.casefold())
    if (breakdown := _BREAKDOWN.search(folded)) is not None:
        return _breakdown_kind(breakdown["verb"].split()[0])
    kind, weight = "", 0.0
    words = _TITLE_WORD.findall(folded)
    main = _main_verb(words)
    for n, word in enumerate(words):
        trigger = TRIGGERS.get(word) or _verb_form(word)
        if main is not None and n == main[0]:
            trigger = main[1]  # (a plural subject's base form: "… announce …")
        if trigger is None or trigger[0] == _GENERIC and kind not in ("", _GENERIC):
            continue
        if _of_a_schedule(words, n):
            # (its date, venue or agenda: "summit date", "new date for treaty signing")
            continue
        if main is not None and n > main[0] and _modifies_next(words, n):
            # After the title's main verb, a trigger word that only describes the noun
            # after it is not the act: "… announce new signing date" tells a statement,
            # not a treaty, as "… sign treaty" does (verify89 F11); "announces sanctions
            # on Iran" is still the sanctions' (the noun itself)
            continue
        if trigger[0] == "visit" and trigger[3] == "send" \
                and _SENT_WRITINGS.intersection(words[n + 1:n + 4]):
            # "Norway sends diplomatic note protesting port levies": a note, letter or
            # protest sent is no one's visit (verify88 F2, ext155: retitling a review's row
            # so moved it from Treaty to Visit)
            continue
        if trigger[1] > weight or kind == _GENERIC and trigger[0] != _GENERIC:
            # (a word that tells a kind wins over the generic one, whatever their weights:
            # "Army and RSF open ceasefire talks in Jeddah" is a meeting, not an event,
            # "open" 0.7 and "talks" 0.7, "negotiations" 0.6; verify79 F6: retitling the
            # review's row so moved it from Meeting to Event)
            kind, weight = trigger[0], trigger[1]
    return kind


def _main_verb(words: list[str]) -> tuple[int, tuple[str, float, str, str]] | None:
    """The title's main verb: the first of ``words`` (folded) after the first that is a
    finite form of an event verb — a listed trigger, a form the import's trigger table
    has, or the base form of a listed -s form that is no common noun ("announce") — not
    an -ing form, with its position and trigger entry; None for none."""
    for n, word in enumerate(words):
        if n == 0 or word.endswith("ing"):
            continue  # (the first word is the subject's: "Talks", "Signing ceremony")
        trigger = TRIGGERS.get(word) or _verb_form(word) or _base_form(word)
        if trigger is not None and trigger[2] == "verb":
            return n, trigger
    return None


#: Words after a trigger word that leave it the act's own ("sanctions on Iran", "talks
#: with Japan"): a function word, or none (the title's last word).
_AFTER_THE_ACT = frozenset(
    "a an and as at after before by for from in into of on or over the to under with "
    "without about against between".split())


#: Nouns of an act's arrangements: a trigger word that names their act ("signing date",
#: "date for the signing", "summit venue") tells what they are of, not an act done.
_SCHEDULE_NOUNS = frozenset(
    "date dates day time times venue venues schedule timetable deadline agenda plan plans "
    "arrangements preparations format".split())


def _of_a_schedule(words: list[str], n: int) -> bool:
    """Whether the trigger ``words[n]`` names the act of a schedule noun
    (:data:`_SCHEDULE_NOUNS`): right before it ("signing date"), or after it with "for"
    or "of" between, within four words ("new date for treaty signing", "date of the
    summit") — an announcement of a signing's date is not a signing (verify89 F11)."""
    if n + 1 < len(words) and words[n + 1] in _SCHEDULE_NOUNS:
        return True
    for back in range(n - 1, max(-1, n - 5), -1):
        if words[back] in _SCHEDULE_NOUNS:
            return any(words[k] in ("for", "of") for k in range(back + 1, n))
    return False


def _modifies_next(words: list[str], n: int) -> bool:
    """Whether ``words[n]`` (a trigger) describes the word after it, a content word that
    is no trigger itself: "signing" in "signing date", "summit" in "summit venue"."""
    if n + 1 >= len(words):
        return False
    after = words[n + 1]
    return after not in _AFTER_THE_ACT and TRIGGERS.get(after) is None \
        and _verb_form(after) is None


def _base_form(word: str) -> tuple[str, float, str, str] | None:
    """``word`` as the base form of a verb whose -s form is a trigger ("announce" of
    "announces": a plural subject's verb), unless it is a common noun too; else None."""
    from .pipeline.inflection import is_common_noun

    for ending in ("s", "es"):
        trigger = TRIGGERS.get(word + ending)
        if trigger is not None and trigger[2] == "verb" and trigger[3] == word:
            return None if is_common_noun(word) else trigger
    return None


_SENT_WRITINGS = frozenset({"note", "notes", "letter", "letters", "message", "messages",
                            "protest", "complaint", "request", "invitation", "proposal",
                            "reply", "response", "memorandum", "démarche", "demarche"})
"""What a title's sending verb sends when it is a writing, not people ("sends | diplomatic
note", "sent | letter"): no visit."""

_GENERIC = "event"
"""The kind that tells nothing specific (the Event lane)."""


#: A breakdown told by its subject, talks or a pact: "Faroe-EU mackerel talks collapse in
#: Tórshavn", "Talks break down", "Negotiations have stalled", "Truce collapses" (the
#: nouns the import's ``event_vocabulary.SUBJECT_NEEDS`` takes as the subject of
#: "collapse" and "stall", and the meeting words of ``TRIGGERS``), the verb right after
#: the noun or after an auxiliary or an adverb ("have", "again", "finally").  The talks
#: are not the event but what became of them: the title is the breakdown's, a dispute,
#: not the meeting its highest-weighted word "talks" (0.7) would make it, while "collapse"
#: and "break", common nouns too, count for nothing without their subject (verify75 F8:
#: retitling a review's row so moved it from Dispute to Meeting).
_BREAKDOWN = re.compile(
    r"\b(?:talks|negotiations?|consultations|discussions|dialogue|rounds?|meetings?|"
    r"summits?|conference|process|mediation|deal|truce|ceasefire|cease-fire|accord|"
    r"agreement|pact)\s+(?:(?:have|has|had|again|finally|effectively|all\s+but|"
    r"[a-z]+ly)\s+){0,2}"
    r"(?P<verb>collaps(?:e|es|ed|ing)|stall(?:s|ed|ing)?|deadlock(?:s|ed)?|"
    r"(?:break|breaks|broke|broken|breaking)\s+down|fail(?:s|ed)?|falter(?:s|ed)?|"
    r"founder(?:s|ed)?)\b")


def _breakdown_kind(verb: str) -> str:
    """The kind of a breakdown ``verb`` (a form of ``_BREAKDOWN``'s), as the import's
    trigger table has it ("collapse", "stall", "break": dispute), else a dispute ("fail",
    "falter" and "founder" are no triggers of their own: talks that fail are a dispute
    as those that collapse)."""
    from .pipeline.lexicon import TRIGGER_TABLE

    entry = TRIGGER_TABLE.get(verb)
    return entry[0] if entry is not None else "dispute"


#: The nouns of a pact that, as the topic of talks, tell no treaty of their own.
_PACT_NOUNS = frozenset({"treaty", "treaties", "accord", "accords", "pact", "pacts",
                         "agreement", "agreements", "deal", "deals", "peace", "armistice",
                         "truce"})
#: The nouns of talks a pact can be the topic of ("peace treaty talks", "talks on a
#: treaty"), the meeting words of ``event_vocabulary.TRIGGERS``.
_TALKS_NOUNS = frozenset({"talks", "negotiation", "negotiations", "consultations",
                          "discussions", "dialogue", "round", "rounds"})
#: The prepositions that put a pact after talks as their topic: "talks on a treaty".
_TOPIC_PREPOSITIONS = frozenset({"on", "over", "about", "toward", "towards", "for", "of"})


def without_topic(title: str) -> str:
    """``title`` with the words of a pact that are the topic of talks blanked out: as a
    compound's first nouns ("Japan-Russia peace treaty talks stall", "trade deal
    negotiations") or after a preposition within four words of the talks ("talks on a
    peace treaty").  Talks about a treaty are a negotiation, not a treaty: "treaty"
    (0.9) outweighed "talks" (0.7) and named the Treaty lane (verify78 F6: "Russia
    suspends peace treaty talks with Japan" went to Treaty).  Word by word, no regular
    expression; a title without such words is returned as it is."""
    words = list(_TITLE_WORD.finditer(title))
    folded = [w.group().casefold() for w in words]
    topic: set[int] = set()
    for at in range(len(words) - 1, -1, -1):
        if folded[at] not in _PACT_NOUNS:
            continue
        after = folded[at + 1] if at + 1 < len(words) else ""
        if after in _TALKS_NOUNS or (at + 1) in topic:
            topic.add(at)  # "peace treaty talks": "treaty", then "peace"
            continue
        for before in range(at - 1, max(-1, at - 5), -1):
            if folded[before] in _TALKS_NOUNS and any(
                    folded[k] in _TOPIC_PREPOSITIONS for k in range(before + 1, at)):
                topic.add(at)
                break
    if not topic:
        return title
    pieces, done = [], 0
    for at in sorted(topic):
        start, end = words[at].span()
        pieces += [title[done:start], " " * (end - start)]
        done = end
    return "".join([*pieces, title[done:]])


def warm() -> None:
    """Load what ``title_kind`` reads beyond the listed triggers — the import's trigger
    table (``pipeline.lexicon``, ~0.1 s of CPU) and lemminflect's lexicon for its common
    nouns (~0.17 s; both at a load average of 14, session 56) — ahead of the first title
    typed: New Event calls it on a worker thread as it opens (``ui.event_editor``)."""
    _verb_form("rules")


@lru_cache(maxsize=4096)  # (``event_kind`` asks it of every title of a timeline)
def _verb_form(word: str) -> tuple[str, float, str, str] | None:
    """``word`` (lower case) as a form of an event verb (``pipeline.lexicon``'s
    ``TRIGGER_TABLE`` entry for it: kind, weight, "verb", lemma), or None for no such form
    or a base or -s form that is a common noun too ("rules", "release": the import asks
    its context, ``pipeline.lexicon.FORM_KIND``)."""
    from .pipeline.inflection import is_common_noun
    from .pipeline.lexicon import FORM_KIND, TRIGGER_TABLE

    form = FORM_KIND.get(word)
    if form is None or (form in ("base", "s") and is_common_noun(word)):
        return None
    return TRIGGER_TABLE[word]


def event_kind(event: Event) -> str:
    """The kind (``CATEGORIES``) an event of a timeline is of: its lane when that is a
    kind (case aside), else the kind its title tells (``title_kind``), "" for none."""
    lane = event.category.casefold()
    return lane if lane in CATEGORIES else title_kind(event.title)


def lane_for_title(title: str, fit: LaneFit) -> str:
    """The lane a new event titled ``title`` likely belongs in, the import's way, or ""
    for no guess (no trigger word in the title).

    ``fit``: a ``LaneFit`` of the timeline's events (built with ``event_kind``).  The
    kind the title tells (``title_kind``) is its lane when the timeline has a lane of
    that name (as the timeline spells it, "Meeting" for "meeting"); in a timeline of the
    person's own lanes (half its events or more in lanes that are no kind), the lane
    ``LaneFit.lane_for`` fits, else ""; otherwise the kind itself, a lane of the app's
    vocabulary to come, as the import proposes it (``ui.import_article``'s
    ``_fit_lanes``).
    """
    kind = title_kind(title)
    if not kind:
        return ""
    # (a lane named after a pact the talks are about is not the talks' lane: verify78 F6)
    title = without_topic(title)
    if fit.has_lane(kind):
        return fit.lane_for(kind, title) or kind
    if fit.lanes and fit.share_in(CATEGORIES) < 0.5:
        return fit.lane_for(kind, title) or ""
    return kind
