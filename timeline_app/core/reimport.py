"""Whether an article being imported is one the timeline already holds (verify44 F19: a
wire pasted a second time — wires are re-sent — was reviewed as a new article, with nothing
saying it was imported before, so an editor whose first import's rows were corrected since
could not tell it was the identical copy).  Qt-free."""

from __future__ import annotations

import datetime as _dt
import hashlib
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .dates import FuzzyDate, describe_range
from .model import Event, LeftOut, Source
from .sourced import SourcedEvidence, evidence_source

__all__ = ["PendingLeftOut", "article_days", "article_id", "could_be_reviewed", "gone_here",
           "imported_before",
           "left_out_before",
           "left_out_note", "left_out_rows", "left_out_words", "merged_into",
           "pending", "pending_events", "reading_left_out", "readings_removed", "reviewable",
           "with_left_out"]


def article_id(text: str) -> str:
    """The id an import gives the article ``text`` (``Source.id``; the extractor's, and
    what a review of the article knows its readings left out by): "src-" and the first
    10 hex digits of the SHA-1 of its UTF-8 text, so the same text has the same id."""
    return "src-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


_ARTICLE_ID_LENGTH = len(article_id(""))


_IMPORT_PREFIXED = operator.methodcaller("startswith", "src-")


def _shaped(source_id: str) -> bool:
    return len(source_id) == _ARTICLE_ID_LENGTH and source_id.startswith("src-")


def reviewable(source: Source) -> bool:
    """Whether a review can ever ask for the readings of ``source``: whether its id is the
    one an import of its text gives (:func:`article_id`).  A review matches the readings
    left out by its article's id (:func:`left_out_rows`), so the readings of an article
    kept under another id (the default timeline's, a generated file's "s000042", another
    format's) are never asked: a deletion need not note them (session 40, edit39: deleting
    100 000 events of a generated file noted 65 000 readings, 13 MB in the saved file).
    The id's shape is checked before the text's hash is made."""
    return _shaped(source.id) and article_id(source.text) == source.id


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _named(source: Source) -> str:
    """“Title” (Outlet, 3 December 2026), as much as is known; without a headline, what
    its dateline names: "the article from Ankara (Reuters, 20 November 2025)" ("an untitled
    article" read oddly of a wire story with a dateline, verify48 F14), else "an article
    without a headline"."""
    said = [source.outlet] if source.outlet else []
    if source.dateline_date is not None:
        said.append(FuzzyDate.of_day(source.dateline_date).describe())  # (English months)
    name = (f"“{source.title}”" if source.title else
            f"the article from {source.dateline_place}" if source.dateline_place else
            "an article without a headline")
    return name + (f" ({', '.join(said)})" if said else "")


def imported_before(source: Source, sources: Mapping[str, Source],
                    events: Iterable[Event]) -> str:
    """A sentence saying the timeline already holds this article, or ``""``.

    The same text (``source.id`` is a hash of the text, ``article_id``):
    "This article was imported before, the same text, as “…” (Outlet, 3 December 2026); 2
    events cite it."  Else an article of the same headline, dateline day and outlet (each
    known on both sides, case and spaces aside: a re-sent wire whose body changed):
    "An article with the same headline and dateline was imported before: “…” (…); …".
    The same text kept under an id no import gives (the default timeline's
    "nationpress-2025-03-22", another format's) is the same text too: it said "perhaps
    this one re-sent" of the default timeline's own article, pasted unchanged.
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
    if same is None and not count and source.text:
        size = len(source.text)  # (a length first: no text compared for most)
        same = next((other for other in sources.values()
                     if len(other.text) == size and other.text == source.text), None)
        count = citing(same.id) if same is not None else 0
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


def article_days(sources: Iterable[Source]) -> dict[str, _dt.date]:
    """The date each article of ``sources`` was imported with, by the id an import of its
    text gives (:func:`article_id`, a hash of the text: the default timeline's article,
    kept as "nationpress-2025-03-22", is found by its text too); articles without a date
    or a text are left out.

    verify70 F1: a wire with a year-less dateline ("GENEVA, Nov. 18 (Reuters)") whose year
    the person corrected to 2025 was proposed the text's own year, 2026, when the same
    file was imported again, every row dated a year late, though the review said the same
    text had been imported before as of 18 November 2025.  The import dialog proposes the
    year it was imported with (``ArticleDialog.article_days``).
    """
    return {article_id(s.text): s.dateline_date for s in sources
            if s.dateline_date is not None and s.text}


# -- readings a person left out (verify46 F15, second part) -----------------------------
# A row unticked in an earlier import of the same article was offered again, ticked, when
# the article was imported again: nothing remembered it.  The timeline keeps the least
# that tells the reading again (``LeftOut``, saved in its file), and the review offers
# such a row unticked, saying so.


def reading_left_out(source_id: str, event: Event, on: _dt.date) -> LeftOut:
    """What identifies ``event``, a reading of the article ``source_id`` as the extractor
    made it (before any correction), left out on the day ``on``: its first sentence
    ("" when none), category and date in words (``describe_range``)."""
    sentence = event.evidence[0].sentence if event.evidence else ""
    return LeftOut(source_id, sentence, event.category,
                   describe_range(event.date, event.end), on)


def left_out_before(left_out: Sequence[LeftOut], source_id: str,
                    event: Event) -> LeftOut | None:
    """The reading of ``left_out`` that ``event`` (read from the article ``source_id``)
    is again, the last one left out when there are several; else None."""
    if not left_out:
        return None
    key = reading_left_out(source_id, event, _dt.date.min).key()
    return next((x for x in reversed(left_out) if x.key() == key), None)


def left_out_rows(left_out: Sequence[LeftOut], source_id: str,
                  events: Sequence[Event]) -> dict[int, LeftOut]:
    """The reading of ``left_out`` each of ``events`` (the rows of a review of the article
    ``source_id``, in order) is again, by row index; rows that are none are absent.

    A row is first matched as :func:`left_out_before` matches it (the same sentence,
    category and date).  A reading deleted or merged by hand (``LeftOut.how``) was noted
    with the event's category and date *as corrected* since its import, which the
    extractor's row does not have: a row still unmatched takes such a reading of its
    sentence, if no row took it — the row of the same date first, else of the same
    category, else the first (verify49 F20)."""
    if not left_out:
        return {}
    found = {row: reading for row, reading in (
        (row, left_out_before(left_out, source_id, event))
        for row, event in enumerate(events)) if reading is not None}
    taken = set(found.values())
    removed = [x for x in reversed(left_out)
               if x.how and x.source_id == source_id and x not in taken]
    for reading in removed:
        rows = [row for row, event in enumerate(events) if row not in found
                and (event.evidence[0].sentence if event.evidence else "")
                == reading.sentence]
        if not rows:
            continue
        words = {row: reading_left_out(source_id, events[row], _dt.date.min)
                 for row in rows}
        row = next((r for r in rows if words[r].date == reading.date),
                   next((r for r in rows if words[r].category == reading.category),
                        rows[0]))
        found[row] = reading
    return found


def readings_removed(events: Iterable[Event], sources: Mapping[str, Source],
                     on: _dt.date, how: str, *, reviewable_only: bool = False
                     ) -> list[LeftOut]:
    """The readings ``events`` hold of the articles in ``sources``, noted as deleted or
    merged by hand (``how``: ``LeftOut.DELETED`` or ``LeftOut.MERGED``) on the day
    ``on``: for each event, one per article the timeline keeps that it cites, by the
    first sentence it cites of it (what a review's row is known by:
    ``reading_left_out``; its further sentences may be other rows' first ones, which this
    event's deletion says nothing of), with the event's category and date in words; none
    for an event typed by hand (verify49 F20).  The words of each date are made once (a
    delete of 100 000 events of imported articles notes ~65 000 readings).

    ``reviewable_only``: only of the articles a review can ask for (:func:`reviewable`;
    each checked once), and at once none when no article of ``sources`` has an import's
    id (a generated file's 100 000 events: no event is looked at)."""
    kept: Callable[[str], bool] = sources.__contains__
    if reviewable_only:
        if not could_be_reviewed(sources):
            return []
        asked = {i: s for i, s in sources.items() if _shaped(i)}
        checked: dict[str, bool] = {}

        def kept_reviewable(source_id: str) -> bool:
            known = checked.get(source_id)
            if known is None:
                source = asked.get(source_id)
                known = checked[source_id] = source is not None and reviewable(source)
            return known

        kept = kept_reviewable
    # The words of each date, by the date objects' ids: a loaded file's events share one
    # object per distinct date, and hashing a FuzzyDate is a Python call (~10 % of the
    # notes; session 41, edit40).  (The events, and so their dates, live through the loop.)
    words: dict[tuple[int, int], str] = {}
    readings = []
    for event in events:
        cited = event.evidence
        if not cited:
            continue
        if len(cited) == 1:  # (most events: no dict)
            evidence = cited[0]
            source_id = (evidence.source if type(evidence) is SourcedEvidence
                         else event.source_id)
            if not (source_id and evidence.sentence and kept(source_id)):
                continue
            first = {source_id: evidence.sentence}
        else:
            first = {}
            for evidence in cited:
                source_id = evidence_source(event, evidence)
                if source_id and evidence.sentence and kept(source_id):
                    first.setdefault(source_id, evidence.sentence)
            if not first:
                continue
        span = (id(event.date), id(event.end))
        when = words.get(span)
        if when is None:
            when = words[span] = describe_range(event.date, event.end)
        readings += [LeftOut(source_id, sentence, event.category, when, on, how)
                     for source_id, sentence in first.items()]
    return readings


def merged_into(readings: Iterable[LeftOut], events: Iterable[Event]
                ) -> dict[LeftOut, Event]:
    """The event of ``events`` (the timeline's) that the event of each of ``readings``
    merged by hand (``LeftOut.MERGED``) went into: the first that cites its sentence of
    its article (a merge keeps every sentence of the events merged away, ``core.merge``).
    Readings not merged, and those whose sentence no event cites any more (that event
    since deleted, or the sentence removed from it), are absent.  (The file keeps no id
    for it: a version-9 reader refuses an unknown key; the sentence finds the event under
    the id it has now.)  One pass over ``events``, and none without merged readings."""
    wanted: dict[tuple[str, str], list[LeftOut]] = {}
    for reading in readings:
        if reading.how == LeftOut.MERGED:
            wanted.setdefault((reading.source_id, reading.sentence), []).append(reading)
    found: dict[LeftOut, Event] = {}
    if not wanted:
        return found
    for event in events:
        for evidence in event.evidence:
            key = (evidence_source(event, evidence) or "", evidence.sentence)
            for reading in wanted.pop(key, ()):
                found[reading] = event
        if not wanted:
            break
    return found


def gone_here(incoming: Iterable[Event], left_out: Sequence[LeftOut],
              existing: Iterable[Event]) -> dict[str, tuple[LeftOut, Event | None]]:
    """The events of another file (a copy of this timeline sent back: File → Merge) that
    a person deleted here or merged by hand into another event since the copy was made,
    by id: each with its reading (``LeftOut.DELETED`` / ``LeftOut.MERGED``, noted by the
    deletion or the merge, ``readings_removed``) and, for a merge, the event it went into
    (:func:`merged_into`; None when no event cites its sentence any more).

    An incoming event is one of those when it cites (a source sentence, spaces aside) the
    sentence of such a reading and its date in words is the reading's, or the sentence
    is of one such reading only (a date corrected in either place).  Events whose id is
    one of ``existing``'s are left out: the copy's own events (verify59 F23: "Wang Yi
    tours eight island states", merged here into "Wang Yi's Pacific tour", came back from
    a colleague's copy as new, ticked; the deleted ones likewise)."""
    gone: dict[str, list[LeftOut]] = {}
    for reading in left_out:
        if reading.how in (LeftOut.DELETED, LeftOut.MERGED) and reading.sentence:
            gone.setdefault(_folded(reading.sentence), []).append(reading)
    found: dict[str, tuple[LeftOut, Event | None]] = {}
    if not gone:
        return found
    existing = list(existing)
    ids = {event.id for event in existing}
    for event in incoming:
        if event.id in ids:
            continue
        when = describe_range(event.date, event.end)
        for evidence in event.evidence:
            readings = gone.get(_folded(evidence.sentence), [])
            told = next((r for r in readings if r.date == when),
                        readings[0] if len(readings) == 1 else None)
            if told is not None:
                found[event.id] = (told, None)
                break
    if found:
        into = merged_into([reading for reading, _ in found.values()], existing)
        found = {key: (reading, into.get(reading)) for key, (reading, _) in found.items()}
    return found


def left_out_note(reading: LeftOut, into: Event | None = None) -> str:
    """The row's note: "You left this out when you imported this article on 4 December
    2026." (unticked in the review), "You deleted this event from the timeline on …",
    "You merged this event into “Brussels dialogue” (12 March 2026) by hand on …", with
    ``into`` the event it went into (:func:`merged_into`; without it "into another")
    (``LeftOut.how``)."""
    day = FuzzyDate.of_day(reading.on).describe()
    if reading.how == LeftOut.DELETED:
        return f"You deleted this event from the timeline on {day}."
    if reading.how == LeftOut.MERGED:
        target = ("another" if into is None else
                  f"“{into.title}” ({describe_range(into.date, into.end)})")
        return f"You merged this event into {target} by hand on {day}."
    return f"You left this out when you imported this article on {day}."


def left_out_words(readings: Iterable[LeftOut]) -> str:
    """The review's intro sentence on rows left out before, or ``""``: "2 rows you left out
    when you imported this article before start unticked.", "1 row you left out when you
    imported this article before, 1 you deleted from the timeline and 1 you merged into
    another event start unticked."."""
    counts = {"": 0, LeftOut.DELETED: 0, LeftOut.MERGED: 0}
    for reading in readings:
        counts[reading.how if reading.how in counts else ""] += 1
    total = sum(counts.values())
    if not total:
        return ""
    parts: list[str] = []
    for how, words in (("", "you left out when you imported this article before"),
                       (LeftOut.DELETED, "you deleted from the timeline"),
                       (LeftOut.MERGED, "you merged into another event by hand")):
        if counts[how]:
            noun = ("row" if counts[how] == 1 else "rows") if not parts else ""
            parts.append(" ".join(filter(None, (str(counts[how]), noun, words))))
    said = (", ".join(parts[:-1]) + " and " + parts[-1]) if len(parts) > 1 else parts[0]
    return f"{said} start{'s' if total == 1 else ''} unticked."


def with_left_out(left_out: Sequence[LeftOut], dropped: Iterable[LeftOut],
                  taken: Iterable[LeftOut]) -> list[LeftOut]:
    """``left_out`` after an import that left out the readings ``dropped`` and took the
    readings ``taken``: a reading taken is forgotten (the person changed their mind), one
    dropped again is kept once, with its new day, at the end.  (Also the step that notes
    events deleted or merged by hand, ``readings_removed``, as ``dropped``.)"""
    dropped = list(dropped)
    if not left_out and not taken:  # (a first deletion: nothing to forget)
        return list({x.key(): x for x in dropped}.values())
    gone = {x.key() for x in taken} | {x.key() for x in dropped}
    return [x for x in left_out if x.key() not in gone] + list(
        {x.key(): x for x in dropped}.values())


def could_be_reviewed(sources: Mapping[str, Source]) -> bool:
    """Whether a review could ask for readings of any article of ``sources``: whether one
    has the shape of an import's id (:func:`reviewable` then checks its text).

    The ids are sifted by their "src-" in C first: every Delete asks, and a Python call
    an id cost 30-60 ms of each at 100 000 articles of a generated file, none of them an
    import's (session 49, edit55)."""
    return any(map(_shaped, filter(_IMPORT_PREFIXED, sources)))


def pending(left_out: Sequence[LeftOut]) -> bool:
    """Whether ``left_out`` is a :class:`PendingLeftOut` whose readings are not made yet
    (copying it would make them)."""
    return isinstance(left_out, PendingLeftOut) and not left_out.made


def pending_events(left_out: Sequence[LeftOut]) -> int:
    """The events whose readings ``left_out`` has still to work out (0: none)."""
    return left_out.events if isinstance(left_out, PendingLeftOut) and not left_out.made \
        else 0


class PendingLeftOut(list[LeftOut]):
    """``Timeline.left_out`` after a deletion whose readings are worked out when first
    read (``Document._removed_step``; session 41, edit40): a delete of 100 000 events of
    imported articles made its ~65 000 readings at once, 2.4× the delete's own work
    (edit38, edit39), though only a save, a review of one of those articles or an export
    reads them.  A list like any other to its readers: every read makes the items first,
    once (``make``, under a lock: a save's thread and the window may both read); until
    then the list is empty inside.  ``made`` tells whether it was.  Pickled or copied, it is
    a plain list of its items."""

    __slots__ = ("_lock", "_make", "events")

    def __init__(self, make: Callable[[], list[LeftOut]], events: int = 0) -> None:
        super().__init__()
        import threading

        self._make: Callable[[], list[LeftOut]] | None = make
        self._lock = threading.Lock()
        #: The events whose readings ``make`` works out (what making them costs: a
        #: save writes on a worker thread when they are many, ``Document``).
        self.events = events

    @property
    def made(self) -> bool:
        """Whether the items were made (read once)."""
        return self._make is None

    def _ready(self) -> None:
        if self._make is not None:
            with self._lock:
                make = self._make
                if make is not None:
                    list.extend(self, make())
                    self._make = None

    def __reduce__(self) -> tuple[Any, ...]:
        self._ready()
        return list, (list(list.__iter__(self)),)


def _reading(name: str) -> Callable[..., Any]:
    method = getattr(list, name)

    def read(self: PendingLeftOut, *args: Any, **kwargs: Any) -> Any:
        self._ready()
        return method(self, *args, **kwargs)

    read.__name__ = name
    return read


# Every method of a list made to make the items first (a C function that reads a list's
# items directly, as ``json.dumps``, would see none: none is given it).
for _name in ("__len__", "__iter__", "__reversed__", "__getitem__", "__contains__",
              "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__",
              "__mul__", "__repr__", "__setitem__", "__delitem__", "__iadd__", "__imul__",
              "append", "extend", "insert", "pop", "remove", "clear", "copy", "count",
              "index", "sort", "reverse"):
    setattr(PendingLeftOut, _name, _reading(_name))
del _name
