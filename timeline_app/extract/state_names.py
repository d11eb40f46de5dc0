"""One state, one person, one name across the articles of a timeline.

Each article's events name a state as the article writes it (``Entities.state_name``:
"Britain" in an AP story), so two outlets' names of one state became two participants:
Reuters' "Democratic Republic of Congo" beside Xinhua's "Democratic Republic of the
Congo", and a filter by either found half the events (verify39 F8); so did a person
named with and without the father's name ("Mohammed bin Abdulaziz Al-Khulaifi",
"Mohammed Al-Khulaifi").  An import takes the name the timeline already gives them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .pipeline.phrases import COUNTRIES

__all__ = ["as_named_before", "same_actor_names"]

# Written forms that name two states ("Congo": Kinshasa's or Brazzaville's): never made
# into another name, nor another name into them (``entities._SHORT_FORMS``).
_AMBIGUOUS = frozenset({"Congo"})


def _state(name: str) -> str | None:
    """The canonical name of the state ``name`` writes (``phrases.COUNTRIES``), or None
    for no state, an ambiguous short form or an abbreviation ("UK", "U.S.": the timeline's
    full name is kept, and an abbreviation is never taken as one)."""
    if name in _AMBIGUOUS or name.isupper() or "." in name:
        return None
    return COUNTRIES.get(name) or COUNTRIES.get(name.removeprefix("the "))


# "bin Abdulaziz", "ibn Saud", "bint Hamad": the father's name inside an Arabic name (its
# nasab), which one outlet writes and another leaves out.
_NASAB = re.compile(r"\s+(?:bin|ibn|bint)\s+[^\W\d_][\w'-]*")


def _without_nasab(name: str) -> str | None:
    """``name`` without its father's name, or None when what is left is one word: then the
    nasab is what tells the person ("Mohammed bin Salman", "Mohammed bin Nayef")."""
    bare = _NASAB.sub("", name)
    return bare if " " in bare else None


def as_named_before(names: Sequence[str], known: Iterable[str]) -> tuple[str, ...]:
    """``names`` (an event's participants) with each state written as ``known`` (the
    participants already in the timeline) writes it, the first of ``known``'s spellings
    of it, and a person written with or without the father's name ("bin Abdulaziz") as
    ``known`` writes them when ``known`` has one such person only (two fathers' names are
    two people); any other name as given.  A name met twice so is kept once, in its first place.

    >>> as_named_before(("Democratic Republic of the Congo", "M23"),
    ...                 ["Democratic Republic of Congo", "Qatar"])
    ('Democratic Republic of Congo', 'M23')
    """
    spelling: dict[str, str] = {}
    people: dict[str, set[str]] = {}  # a name without its nasab: the known names so
    for name in known:
        state = _state(name)
        if state is not None:
            spelling.setdefault(state, name)
        elif (bare := _without_nasab(name)) is not None:
            people.setdefault(bare, set()).add(name)
    written = []
    for name in names:
        state = _state(name)
        if state is not None:
            written.append(spelling.get(state, name))
            continue
        bare = _without_nasab(name)
        same = people.get(bare, set()) if bare is not None else set()
        # one of the two written without it: two fathers' names are two people
        # ("Hamad bin Khalifa Al Thani", "Hamad bin Jassim Al Thani")
        known_name = next(iter(same)) if len(same) == 1 else name
        written.append(known_name if bare in (name, known_name) else name)
    return tuple(dict.fromkeys(written))


@lru_cache(maxsize=1)
def _other_names() -> dict[str, str]:
    """``core.gazetteer.ACTOR_OTHER_NAMES`` by the folded name (``core.merge.
    participant_key``), each actor as the extractor's table names it."""
    from timeline_app.core.gazetteer import ACTOR_OTHER_NAMES
    from timeline_app.core.merge import participant_key

    return {participant_key(other): COUNTRIES.get(actor, actor)
            for other, actor in ACTOR_OTHER_NAMES.items()}


def _other_name_of(name: str) -> str | None:
    """The actor ``name`` is another name of (``_other_names``: "CEDEAO", "cedeao",
    "Tchad"), or None."""
    from timeline_app.core.merge import participant_key

    return _other_names().get(participant_key(name))


# Words an acronym leaves out ("International Court of Justice": ICJ).
_ACRONYM_SKIPS = frozenset({"of", "the", "for", "and", "on", "in", "de", "des", "du", "la"})
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,8}")


def _initials(name: str) -> str:
    """The capitals an acronym of ``name`` (two words or more) would be, "" for a name of one
    word or with a word that starts in lower case other than ``_ACRONYM_SKIPS``."""
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w]
    if len(words) < 2:
        return ""
    letters = []
    for word in words:
        if word.casefold() in _ACRONYM_SKIPS:
            continue
        if not word[0].isupper():
            return ""
        letters.append(word[0])
    return "".join(letters) if len(letters) >= 2 else ""


def same_actor_names(names: Iterable[str]) -> list[tuple[str, ...]]:
    """The groups of ``names`` (participants' names, as a timeline's lanes write them, each
    once) that are known names of one state or body, each group of two or more, the name to
    keep first; the groups in the order of their first member in ``names``.

    Two rules, both only proposals (Join Names ticks a group for the person to confirm,
    verify47 F21: "Britain" 3 / "United Kingdom" 2 and "IAEA" / "International Atomic
    Energy Agency" split the lanes and the Filters' rows, and nothing said so):

    * the extractor's table of states and blocs (``phrases.COUNTRIES``, the table
      ``as_named_before`` reads, abbreviations included: "UK", "U.S.", "EU"; not
      "Congo", which names two states): names of one state are one group, its own name
      kept ("United Kingdom" of "Britain", "UK");
    * one actor's names in French and a bloc's other names (``core.gazetteer.
      ACTOR_OTHER_NAMES``: "CEDEAO" and "ECOWAS", "Tchad" and "Chad"; verify56 F13), the
      name the extractor's table gives kept;
    * an acronym that is the initials of another name's words ("IAEA" and "International
      Atomic Energy Agency", "ICJ" and "International Court of Justice"; "of", "the",
      "for" … left out): the full name kept.

    >>> same_actor_names(["Britain", "Iran", "IAEA", "United Kingdom",
    ...                   "International Atomic Energy Agency"])
    [('United Kingdom', 'Britain'), ('International Atomic Energy Agency', 'IAEA')]
    """
    listed = list(dict.fromkeys(n for n in names if n.strip()))
    group_of: dict[str, str] = {}  # a name -> the key of its group
    canonical: dict[str, str] = {}  # a group's key -> the name to keep, when known
    for name in listed:
        if name in _AMBIGUOUS:
            continue
        # (another name first: the extractor's table keeps "ICC" as written, verify71 F4)
        state = (_other_name_of(name) or COUNTRIES.get(name)
                 or COUNTRIES.get(name.removeprefix("the ")))
        if state is not None:
            group_of[name] = f"state:{state}"
            canonical[f"state:{state}"] = state
    full_names = {_initials(name): name for name in listed if _initials(name)}
    for name in listed:
        if _ACRONYM.fullmatch(name) is None:
            continue
        full = full_names.get(name.replace(".", ""))
        if full is None:
            continue
        key = group_of.get(full) or group_of.get(name) or f"body:{full}"
        for member in (name, full):
            old = group_of.get(member)
            if old is not None and old != key:  # two groups become one
                for other, its in list(group_of.items()):
                    if its == old:
                        group_of[other] = key
            group_of[member] = key
        if canonical.get(key) in (None, name):
            # (the full name over a table that keeps the initials as written: ext131's
            # "IAEA" for the agency's participants; Join Names still proposes its name)
            canonical[key] = full
    members: dict[str, list[str]] = {}
    for name in listed:
        if name in group_of:
            members.setdefault(group_of[name], []).append(name)
    groups = []
    for key, group in members.items():
        if len(group) < 2:
            continue
        keep = canonical.get(key)
        if keep not in group:  # the table's name is not among them: the fullest
            keep = max(group, key=lambda n: (len(n.split()), len(n)))
        groups.append((keep, *(n for n in group if n != keep)))
    return groups
