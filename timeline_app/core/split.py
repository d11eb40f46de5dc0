"""Splitting an event that tells of two happenings (Edit → Split Event…).  Qt-free.

An event read from an article often carries two facts: two source sentences telling of
two meetings, or the participants of both (verify29, fault 4: "one cannot be split"; the
other half of it, Merge Selected Events, is ``core.merge``).  A split is the reverse of
a merge (``core.merge.merge_into_one`` of the two parts gives back every source sentence
and participant of the event, none lost and none repeated).

The rule (``split_event``):

* the event keeps its id, and everything but the source sentences and participants
  chosen to go;
* the new event has a new id and starts as a copy of the event's title, date (with its
  end and date basis), place, lane and article (``source_id``); the person then edits it
  (the app opens the event editor on it).  A part none of whose sentences is from that
  article (an event merged from two articles, split back) names its first sentence's
  article instead, as the import it came from did (verify31 F11: the split-off event's
  Details, Article tab and Filters named an article without its sentence).  It gets the
  chosen source sentences and participants, in their order, each taken from the event
  (moved, not copied) — but a participant chosen to be on both (``shared``: a mediator, a
  host, a minister at both meetings) is copied: the event keeps it and the new event gets
  it too (before session 23 it was moved and had to be added back by hand in the other
  event's editor);
* the summary stays with the event: it is in the editor's words and tells of the event
  as it was (the new event starts with none) — but a paragraph of it that is a moved
  sentence word for word (spaces aside), and no staying sentence, goes with the
  sentence: a merge joins its events' summaries, an extracted event's being its
  sentence (``core.merge.merged_summary``), and the split-off sentence read on as the
  event's own summary once it was no longer quoted below it (verify43 F21);
* a moved sentence keeps its marks of the words a date was read from: the new event
  starts on the same date, so they still explain it (an edit of the date drops them,
  ``document.with_date_basis_kept_true``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

from .model import Event, Evidence

__all__ = ["split_event", "why_not_split"]


def why_not_split(event: Event) -> str:
    """Why ``event`` cannot be split, in words ("" when it can): it needs two source
    sentences or two participants, so that each part can keep one."""
    if len(event.evidence) >= 2 or len(event.participants) >= 2:
        return ""
    return ("it has fewer than two source sentences and fewer than two participants: "
            "nothing to split")


def split_event(event: Event, sentences: Collection[int], participants: Collection[int],
                new_id: str, shared: Collection[int] = ()) -> tuple[Event, Event]:
    """``event`` as two events: the sentences and participants at the indexes given go to
    a new one (the rule: the module's docstring).

    Args:
        event: The event to split.
        sentences: Indexes into ``event.evidence`` of the source sentences that go.
        participants: Indexes into ``event.participants`` of the participants that go.
        new_id: The new event's id (not ``event.id``).
        shared: Indexes into ``event.participants`` of the participants of both
            happenings: the new event gets them and the event keeps them (an index in
            both ``participants`` and ``shared`` is shared).

    Returns:
        ``(kept, new)``: the event as it stays (its own id) and the new event.

    Raises:
        ValueError: nothing chosen to go (a shared participant alone would make a copy),
            everything chosen (the event would keep nothing of its sentences and
            participants), an index out of range, or ``new_id`` is the event's own id.
    """
    if new_id == event.id:
        raise ValueError("the new event needs an id of its own")
    both = set(shared)
    chosen_sentences, chosen_people = set(sentences), set(participants) - both
    for chosen, count in ((chosen_sentences, len(event.evidence)),
                          (chosen_people | both, len(event.participants))):
        if any(not 0 <= index < count for index in chosen):
            raise ValueError(f"an index is out of range (0 to {count - 1})")
    if not chosen_sentences and not chosen_people:
        raise ValueError("nothing is chosen to go to the new event")
    if (len(chosen_sentences) == len(event.evidence)
            and len(chosen_people) == len(event.participants)):
        raise ValueError("everything is chosen: the event would keep nothing")
    staying = [e for i, e in enumerate(event.evidence) if i not in chosen_sentences]
    going = [e for i, e in enumerate(event.evidence) if i in chosen_sentences]
    kept_source, kept_evidence = _with_own_article(event, staying)
    new_source, new_evidence = _with_own_article(event, going)
    summary, moved = _summary_parts(event.summary, staying, going)
    kept = dataclasses.replace(
        event, source_id=kept_source, evidence=kept_evidence, summary=summary,
        participants=tuple(p for i, p in enumerate(event.participants)
                           if i not in chosen_people))
    new = Event(
        id=new_id, title=event.title, date=event.date, end=event.end,
        category=event.category,
        participants=tuple(p for i, p in enumerate(event.participants)
                           if i in chosen_people or i in both),
        location=event.location, summary=moved, date_basis=event.date_basis,
        source_id=new_source, evidence=new_evidence, status=event.status)
    return kept, new


def _summary_parts(summary: str, staying: list[Evidence], going: list[Evidence]
                   ) -> tuple[str, str]:
    """``summary`` split into what the event keeps and what goes to the new event: its
    paragraphs (blank-line separated) that are a going sentence word for word and no
    staying one go (the rule: the module's docstring); the summary as it was when none
    does."""
    def words(text: str) -> list[str]:
        return text.split()

    gone = {tuple(words(e.sentence)) for e in going} - {
        tuple(words(e.sentence)) for e in staying}
    if not gone or not summary.strip():
        return summary, ""
    paragraphs = [p for p in summary.split("\n\n") if p.strip()]
    moved = [p for p in paragraphs if tuple(words(p)) in gone]
    if not moved:
        return summary, ""
    return ("\n\n".join(p.strip() for p in paragraphs if p not in moved),
            "\n\n".join(p.strip() for p in moved))


def _with_own_article(event: Event, evidence: list[Evidence]
                      ) -> tuple[str | None, tuple[Evidence, ...]]:
    """The article a part of ``event`` with these sentences names, and the sentences as
    that part keeps them (``sourced.evidence_kept_by``): ``event``'s article while one of
    them is from it (or none names an article), else the first sentence's.  (``sourced``
    is imported here: ``why_not_split`` runs as the window starts.)"""
    from .sourced import evidence_kept_by, evidence_source

    sources = [evidence_source(event, e) for e in evidence]
    source_id = event.source_id
    if event.source_id not in sources:
        source_id = next((s for s in sources if s is not None), event.source_id)
    if source_id == event.source_id:
        return source_id, tuple(evidence)
    return source_id, tuple(evidence_kept_by(e, event.source_id, source_id) for e in evidence)
