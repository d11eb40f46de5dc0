"""One state, one name across the articles of a timeline.

Each article's events name a state as the article writes it (``Entities.state_name``:
"Britain" in an AP story), so two outlets' names of one state became two participants:
Reuters' "Democratic Republic of Congo" beside Xinhua's "Democratic Republic of the
Congo", and a filter by either found half the events (verify39 F8).  An import takes the
name the timeline already gives the state.
"""

from __future__ import annotations

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


def as_named_before(names: Sequence[str], known: Iterable[str]) -> tuple[str, ...]:
    """``names`` (an event's participants) with each state written as ``known`` (the
    participants already in the timeline) writes it, the first of ``known``'s spellings
    of it; a name that is no state, or a state ``known`` does not name, as given.  A name
    met twice so is kept once, in its first place.

    >>> as_named_before(("Democratic Republic of the Congo", "M23"),
    ...                 ["Democratic Republic of Congo", "Qatar"])
    ('Democratic Republic of Congo', 'M23')
    """
    spelling: dict[str, str] = {}
    for name in known:
        state = _state(name)
        if state is not None:
            spelling.setdefault(state, name)
    if not spelling:
        return tuple(names)
    written = []
    for name in names:
        state = _state(name)
        written.append(spelling.get(state, name) if state is not None else name)
    return tuple(dict.fromkeys(written))
