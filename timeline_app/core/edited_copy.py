"""Bringing back the edits made to a copy of this timeline (File → Merge… of a file whose
events carry this timeline's event ids).  Qt-free.

A colleague edits the timeline's CSV (or native, or TimelineJS) export in another tool —
retitles an event, corrects a participant's spelling, deletes a row, adds one — and sends
it back.  Merging it as another timeline's events can only *add* (``merge_events``: the
existing title kept, participants united): the retitle could not be taken, the corrected
spelling was added beside the typo ("Trkiye, Türkiye"), and the deleted row was not
mentioned (verify49 F10).  The exported events keep their ids (the CSV's "Id" column, the
native and TimelineJS files' ids), so an incoming event whose id is an event of this
timeline is that event as the copy tells it now: :func:`take_edits` takes what it says,
and :func:`missing_from_copy` lists the events the copy no longer has.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from .duplicates import merge_events
from .model import Event

__all__ = ["COPY_SHARE", "EDITED_FIELDS", "is_copy_of", "missing_from_copy", "take_edits"]

#: The fields an edited copy's event replaces (the rest — id, article, source sentences —
#: stay the timeline's, the copy's new sentences added).
EDITED_FIELDS = ("title", "date", "end", "category", "participants", "location", "summary",
                 "status")

#: The least share of the other file's events whose ids are this timeline's for the file
#: to count as a copy of it, whose missing events may have been deleted there.  A half:
#: a colleague's copy keeps most rows and adds a few; a merged file of another desk that
#: happens to share a few events (one merged from this timeline before) is not a copy.
COPY_SHARE = 0.5


def take_edits(existing: Event, edited: Event) -> Event:
    """``existing`` as the copy ``edited`` (an event with the same id) tells it: its
    title, date and end (with its date basis, and circa, as a date carries it), lane,
    participants (as the copy lists them: a name corrected there replaces the misspelt
    one), place, summary and status; ``existing``'s id, article and source sentences
    kept, with the copy's sentences it does not cite already added after them (as
    ``core.duplicates.merge_events`` adds them: a table's "Source sentence" is not a
    second quote).

    A copy whose summary is empty while its first sentence is ``existing``'s summary
    keeps the summary: the CSV export writes a summary that is the source sentence
    once, as the sentence (verify36 F4), so reading it back is no edit.

    The date basis is the copy's: a caller that changes the date should keep the basis
    true as an edit in the window does (``document.with_date_basis_kept_true``: an
    unchanged basis under a new date becomes "moved by hand from …")."""
    merged = merge_events(existing, edited, keep_title=True)
    summary = edited.summary
    if not summary.strip() and edited.evidence and (
            edited.evidence[0].sentence.split() == existing.summary.split()):
        summary = existing.summary
    date_basis = edited.date_basis if (edited.date, edited.end) != (
        existing.date, existing.end) else existing.date_basis
    return dataclasses.replace(
        existing, title=edited.title, date=edited.date, end=edited.end,
        date_basis=date_basis, category=edited.category,
        participants=tuple(edited.participants), location=edited.location,
        summary=summary, status=edited.status, evidence=merged.evidence)


def is_copy_of(own: Iterable[Event], other: Sequence[Event]) -> bool:
    """Whether ``other`` (another file's events) is a copy of the timeline of ``own``: at
    least :data:`COPY_SHARE` of its events, and at least one, carry ``own``'s ids."""
    ids = {event.id for event in own}
    shared = sum(event.id in ids for event in other)
    return shared >= 1 and shared >= COPY_SHARE * len(other)


def missing_from_copy(own: Sequence[Event], other: Sequence[Event]) -> list[Event]:
    """The events of ``own`` (in their order) that ``other`` lacks when ``other`` is a
    copy of that timeline (:func:`is_copy_of`): deleted there, or added here since the
    copy was made — the copy cannot tell which, so nothing is deleted unasked.  [] when
    ``other`` is not a copy."""
    if not is_copy_of(own, other):
        return []
    ids = {event.id for event in other}
    return [event for event in own if event.id not in ids]
