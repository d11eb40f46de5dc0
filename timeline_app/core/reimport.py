"""Whether an article being imported is one the timeline already holds (verify44 F19: a
wire pasted a second time — wires are re-sent — was reviewed as a new article, with nothing
saying it was imported before, so an editor whose first import's rows were corrected since
could not tell it was the identical copy).  Qt-free."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .dates import FuzzyDate
from .model import Event, Source
from .sourced import evidence_source

__all__ = ["imported_before"]


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _named(source: Source) -> str:
    """“Title” (Outlet, 3 December 2026), as much as is known."""
    said = [source.outlet] if source.outlet else []
    if source.dateline_date is not None:
        said.append(FuzzyDate.of_day(source.dateline_date).describe())  # (English months)
    name = f"“{source.title}”" if source.title else "an untitled article"
    return name + (f" ({', '.join(said)})" if said else "")


def imported_before(source: Source, sources: Mapping[str, Source],
                    events: Iterable[Event]) -> str:
    """A sentence saying the timeline already holds this article, or ``""``.

    The same text (``source.id`` is a hash of the text, ``extract.events._article_id``):
    "This article was imported before, the same text, as “…” (Outlet, 3 December 2026); 2
    events cite it."  Else an article of the same headline, dateline day and outlet (each
    known on both sides, case and spaces aside: a re-sent wire whose body changed):
    "An article with the same headline and dateline was imported before: “…” (…); …".
    The time of the first import is not said: a ``Source`` does not keep it.
    """
    events = list(events)

    def citing(source_id: str) -> int:
        return sum(1 for e in events if e.source_id == source_id
                   or any(evidence_source(e, x) == source_id for x in e.evidence))

    def cites(count: int) -> str:
        return (f"; {count} event{'s' if count != 1 else ''} in the timeline cite"
                f"{'s' if count == 1 else ''} it" if count else "")

    same = sources.get(source.id)
    count = citing(source.id)
    if same is not None or count:
        known = same if same is not None else source
        return (f"This article was imported before, the same text, as {_named(known)}"
                f"{cites(count)}.")
    if not source.title or source.dateline_date is None:
        return ""
    for other in sources.values():
        if (_folded(other.title) == _folded(source.title)
                and other.dateline_date == source.dateline_date
                and _folded(other.outlet) == _folded(source.outlet)):
            return ("An article with the same headline and dateline was imported before: "
                    f"{_named(other)}{cites(citing(other.id))} — perhaps this one re-sent.")
    return ""
