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

from .pipeline.phrases import COUNTRIES

__all__ = ["as_named_before"]

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
