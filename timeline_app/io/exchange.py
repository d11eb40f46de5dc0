"""What every importer of another tool's format shares: its result, and safe plain text.

An import never loses data silently: whatever cannot be carried into our model (a date
outside the representable range, a field we have no place for) is counted in
``ImportResult.notes``, which the window shows in one summary after the import.
"""

from __future__ import annotations

import datetime as _dt
import html.parser
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ..core.clock import ClockTime
from ..core.dates import PART_OF_YEAR_MONTHS, FuzzyDate, Precision, from_day_number
from ..core.model import (
    DEFAULT_ERA_LANES,
    Event,
    Evidence,
    LeftOut,
    ProjectShape,
    Source,
    Timeline,
    is_color,
)
from ..core.sourced import (
    REFERENCE_KINDS,
    Reference,
    SourcedEvidence,
    evidence_source,
    reference,
)
from ..words import counted, shortened

__all__ = [
    "DEFAULT_LANE",
    "EDITED_KINDS",
    "ExcerptedSource",
    "ImportNotes",
    "ImportResult",
    "article_teller",
    "category_from_display",
    "changed_note",
    "colors_from_fields",
    "date_fields",
    "date_from_fields",
    "dated_first",
    "described_date",
    "display_category",
    "edited_note",
    "era_lanes_read",
    "event_fields",
    "evidence_from_fields",
    "excerpted_sources",
    "hand_losses",
    "hand_read",
    "html_to_text",
    "known_sources_only",
    "labelled_note",
    "names_default_lane",
    "project_shape_fields",
    "project_shape_read",
    "safe_day",
    "safe_month",
    "safe_year",
    "source_fields",
    "source_paragraph",
    "sources_from_fields",
    "status_from_fields",
    "status_paragraph",
    "take_label",
    "take_sentences",
    "take_status",
    "tellers",
    "timeline_fields",
    "vague_span",
    "with_edits",
]


class ImportNotes:
    """Collects what an import could not carry, grouped by kind, for one summary.

    ``skip(reason, what)`` counts an item left out; ``note(text)`` records a field that was
    kept differently (e.g. "media links kept as links in the summary").
    """

    def __init__(self) -> None:
        self.skipped: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}
        self.kept: list[str] = []
        #: Counts an importer keeps while it reads, to word one note at the end (not in
        #: ``lines``): e.g. the events whose labelled lines were read back.
        self.tally: Counter[str] = Counter()
        #: The kinds of field (``EDITED_KINDS``) another tool changed since our export, in
        #: the events ``tally["edited"]`` counts (:func:`with_edits`, :func:`edited_note`).
        self.edited_kinds: set[str] = set()

    def skip(self, reason: str, what: str) -> None:
        self.skipped[reason] += 1
        examples = self.examples.setdefault(reason, [])
        if len(examples) < 3:
            examples.append(what[:60])

    def note(self, text: str) -> None:
        if text not in self.kept:
            self.kept.append(text)

    def lines(self) -> list[str]:
        """One line per kind: '2 events skipped: year outside 9999 BC-9999 AD (e.g. "Big Bang")'."""
        out = []
        for reason, count in self.skipped.items():
            examples = ", ".join(f'"{e}"' for e in self.examples.get(reason, []))
            noun = "item" if count == 1 else "items"
            suffix = f" (e.g. {examples})" if examples else ""
            out.append(f"{count} {noun} skipped: {reason}{suffix}")
        out.extend(self.kept)
        return out


@dataclass
class ImportResult:
    """A timeline read from another tool's file, and what could not be carried.

    Attributes:
        timeline: The imported timeline (a new, unsaved document).
        format_name: The format read, in words ("TimelineJS JSON").
        notes: One line per kind of loss or change, empty when everything was carried.
        view_days: The days the other tool showed when the file was saved, as day numbers
            ``(first, after the last)`` (``core.dates.day_number``), where the format keeps
            them (The Timeline Project's ``<view><displayed_period>``), else ``None``: the
            window opens the file there (verify55 F1).
        untold_of: Event id → the Merge dialog's field names ("participants", "place",
            "status") that event's entry in the file has no place for: a TimelineJS slide
            without this app's key tells them only by its labelled lines ("Participants:
            …"), and a slide without one says nothing of them (verify80 F7: a colleague's
            round trip of the default export offered 58 events' participants and places to
            be cleared).
    """

    timeline: Timeline
    format_name: str
    notes: list[str] = field(default_factory=list)
    view_days: tuple[int, int] | None = None
    untold_of: dict[str, frozenset[str]] = field(default_factory=dict)

    def summary(self) -> str:
        """A short paragraph for the window: what was imported and what was not."""
        head = f"{counted(len(self.timeline), 'event')} imported from a {self.format_name} file."
        return "\n".join([head, *self.notes])


def safe_day(year: int, month: int, day: int, circa: bool = False) -> FuzzyDate | None:
    """A day-precision date, or ``None`` when it is impossible or out of range."""
    try:
        return FuzzyDate(year, month, day, Precision.DAY, circa=circa)
    except (ValueError, OverflowError):
        return None


def safe_month(year: int, month: int, circa: bool = False) -> FuzzyDate | None:
    try:
        return FuzzyDate.of_month(year, month, circa)
    except (ValueError, OverflowError):
        return None


def safe_year(year: int, circa: bool = False) -> FuzzyDate | None:
    try:
        return FuzzyDate.of_year(year, circa)
    except (ValueError, OverflowError):
        return None


class _TextExtractor(html.parser.HTMLParser):
    """HTML → plain text: paragraphs and line breaks kept, links kept as 'text (url)'.

    Nothing is loaded: images become their alt text, scripts and styles are dropped.
    """

    _BLOCKS: ClassVar[frozenset[str]] = frozenset({
        "p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol",
        "table", "section", "article"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._href: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")
        elif tag == "a":
            href = dict(attrs).get("href")
            self._href.append(href if href and href.lower().startswith(("http://", "https://"))
                              else None)
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(alt)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")
        elif tag == "a" and self._href:
            href = self._href.pop()
            if href:
                self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _indented(line: str) -> str:
    """One line of ``html_to_text``: its leading no-break spaces as spaces (none left if
    the line has nothing else), the rest's white space collapsed."""
    body = " ".join(line.split())
    start = line.lstrip(" \t\r")
    if not body or not start.startswith("\xa0"):
        return body
    return " " * (len(start) - len(start.lstrip("\xa0"))) + body


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment, with paragraphs as blank lines and links as 'text (url)'.

    Runs of white space become one space, as HTML shows them, except a line's leading
    no-break spaces (``&nbsp;``), which HTML shows and which are kept as its indentation
    (the TimelineJS export writes an indented line so: verify32, finding 13).
    Only http(s) links are kept; nothing the markup names is fetched or opened.
    """
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    paragraphs = []
    for block in text.split("\n\n"):
        lines = [_indented(line) for line in block.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def display_category(category: str) -> str:
    """A lane as the app shows it ("treaty" → "Treaty"): what exports write where the
    other tool shows the name (TimelineJS groups, Timeline Project categories, iCalendar
    and CSV categories).  The rule is the window's (``ui.style.category_label``)."""
    return category[:1].upper() + category[1:]


#: The default lane (``Event.category``): the lane of an event that has no other.
DEFAULT_LANE = "event"
#: How the date basis of an event read from another tool's file ends
#: (``core.merge.FILE_BASES``; TimelineJS's "shown as '…' in the TimelineJS file"; a
#: hand's change of either: "typed by hand (was …; as dated in a Timeline Project file)").
_READ_FROM_A_FILE = ("in the TimelineJS file", "in a Timeline Project file",
                     "in the TimelineJS file)", "in a Timeline Project file)")


def names_default_lane(event: Event, others_named: bool) -> bool:
    """Whether an export names ``event``'s lane, the default lane "event", as "Event"
    (a TimelineJS group, a Timeline Project category), as the window's lane header and
    the CSV's Category cell name it: when the export names other lanes too
    (``others_named``) and the event was not read from another tool's file, where it had
    none (its basis, ``_READ_FROM_A_FILE``).  The extractor's "Armenia and Azerbaijan go
    to war" sat in a TimelineJS row with no label among named ones and had no category in
    The Timeline Project (verify70 F8); a colleague's slide or event without a group or
    category keeps none, adding no row or category her file did not have (verify28
    fault 6, verify40 F6), and a timeline of one lane names none."""
    return (others_named and event.category == DEFAULT_LANE
            and not event.date_basis.endswith(_READ_FROM_A_FILE))


#: The lanes whose events are written as the other tool's eras (TimelineJS ``eras``, bands
#: on its navigator; The Timeline Project's ``<era>``) when the timeline has not said which
#: lanes are eras (``Timeline.era_lanes`` None): "era", the lane an import of eras fills,
#: and "eras", the name a person gives a lane of periods ("Cold War, 1947–1991": verify34
#: F5, a teacher's "Eras" lane became ordinary slides, the Cold War the class website's
#: first).  Keys as the model keeps them (lower case).  The exports ask
#: ``Timeline.is_era_lane``: any lane a person shows as eras is written as eras.
ERA_LANES = DEFAULT_ERA_LANES


def category_from_display(name: str) -> str:
    """The lane a category name read from another tool's file stands for: a name the app
    would show as it is written ("Treaty") becomes the lane it shows so ("treaty"), so an
    export's categories come back as the lanes they were; other names ("USA", "EU
    summits") are kept as written."""
    lower = name[:1].lower() + name[1:]
    return lower if name and display_category(lower) == name and name[1:] == name[1:].lower() \
        else name


# -- our own fields inside another format ---------------------------------------------------
# TimelineJS slides (under one key) and iCalendar events (in one X- property) carry every
# field of ours the format has no place for, so that our own round trip is lossless.  One
# encoding for both: plain JSON-able dicts.

def date_fields(date: FuzzyDate) -> dict[str, Any]:
    """A date as our fields: ``{"year", "month", "day", "precision", "part", "circa"}``,
    and ``"mod"`` (START, MID, END) for the early, mid or late part of a month or a decade
    (only then: the fields of other dates are written as before), and ``"limit"``
    (BEFORE, ON_OR_BEFORE, AFTER, ON_OR_AFTER: ``dates.LIMITS``) for a date told as a
    limit ("by mid 2027"), likewise only then, and ``"time"`` (``ClockTime.to_iso``:
    "10:30", "10", "10:30+09:00") for a day's time of day, only then, and ``"day_part"``
    (``dates.DAY_PARTS``: MO, AF, EV, NI, START, END) for a part of a day, only then."""
    fields = {"year": date.year, "month": date.month, "day": date.day,
              "precision": date.precision.value, "part": date.part, "circa": date.circa}
    if date.mod is not None:
        fields["mod"] = date.mod
    if date.limit is not None:
        fields["limit"] = date.limit
    if date.time is not None:
        fields["time"] = date.time.to_iso()
    if date.day_part is not None:
        fields["day_part"] = date.day_part
    return fields


def date_from_fields(value: object) -> FuzzyDate | None:
    """The date :func:`date_fields` wrote, or ``None`` when ``value`` is not one (any
    malformed or impossible value: the caller falls back on the format's own date)."""
    if not isinstance(value, dict):
        return None
    try:
        time = value.get("time")
        return FuzzyDate(
            int(value["year"]), value.get("month"), value.get("day"),
            Precision(value["precision"]), value.get("part"), bool(value.get("circa", False)),
            value.get("mod"), value.get("limit"),
            None if time is None else ClockTime.from_iso(str(time)), value.get("day_part"))
    except (KeyError, TypeError, ValueError, OverflowError):
        return None


def evidence_from_fields(value: object) -> tuple[Evidence, ...]:
    """Evidence written by :func:`event_fields`; malformed items are left out."""
    if not isinstance(value, list):
        return ()
    out = []
    for item in value:
        if isinstance(item, dict) and isinstance(item.get("sentence"), str):
            try:
                fields = (item["sentence"], int(item.get("start", 0)),
                          int(item.get("end", 0)), item.get("date_start"),
                          item.get("date_end"))
            except (TypeError, ValueError):
                continue
            source = item.get("source", Evidence)  # (a sentence of its own article)
            kind = item.get("kind")
            out.append(Reference(*fields, None, kind) if kind in REFERENCE_KINDS
                       else Evidence(*fields) if source is Evidence
                       else SourcedEvidence(*fields, source if isinstance(source, str)
                                            else None))
    return tuple(out)


def event_fields(event: Event) -> dict[str, Any]:
    """Every field of an event but its id, as JSON-able values (``end`` and ``status``
    only when set: the exports of events without them stay as they were)."""
    fields: dict[str, Any] = {
        "title": event.title,
        "date": date_fields(event.date),
        "category": event.category,
        "participants": list(event.participants),
        "location": event.location,
        "summary": event.summary,
        "date_basis": event.date_basis,
        "source": event.source_id,
        "evidence": [_evidence_fields(e) for e in event.evidence],
    }
    if event.end is not None:
        fields["end"] = date_fields(event.end)
    if event.status:
        fields["status"] = event.status
    return fields


def status_from_fields(fields: dict[str, Any] | None) -> str:
    """The status :func:`event_fields` wrote (``core.status``), or ``""`` (not assessed)
    when there is none or it is not one of ours (another tool's edit of our key)."""
    from ..core.status import is_status

    status = fields.get("status", "") if fields else ""
    return status if isinstance(status, str) and is_status(status) else ""


def _evidence_fields(evidence: Evidence) -> dict[str, Any]:
    """A sentence as the native format has it (``source`` only when it names its own,
    ``kind`` only for a reference or a link)."""
    fields: dict[str, Any] = {"sentence": evidence.sentence, "start": evidence.start,
                              "end": evidence.end, "date_start": evidence.date_start,
                              "date_end": evidence.date_end}
    if isinstance(evidence, SourcedEvidence):
        fields["source"] = evidence.source
    if isinstance(evidence, Reference):
        fields["kind"] = evidence.kind
    return fields


@dataclass(frozen=True, slots=True)
class ExcerptedSource(Source):
    """An article as an export meant for others carries it (:func:`excerpted_sources`):
    its headline, outlet, dateline and address, and of its text only the sentences the
    events cite, each at its offset (``text`` is ""): the wire copy itself is an agency's
    licensed text, not the colleague's to receive (verify58 F18).

    Attributes:
        length: The article text's length (characters), which the offsets point into.
        excerpts: ``(start offset, sentence)`` of each sentence cited, sorted.
    """

    length: int = 0
    excerpts: tuple[tuple[int, str], ...] = ()


def excerpted_sources(timeline: Timeline) -> dict[str, Source]:
    """``timeline``'s sources (by id) as :class:`ExcerptedSource`: each article's text
    reduced to the sentences its events cite (their own sentences and those a merged event
    cites of it, ``core.sourced.evidence_source``).  The exports of iCalendar, TimelineJS
    and The Timeline Project write these unless the person asks for the articles' texts;
    read back (:func:`sources_from_fields`), the text is blank but for those sentences at
    their places, so every offset still points at its sentence.  ~1 µs per sentence."""
    cited: dict[str, dict[int, str]] = {key: {} for key in timeline.sources}
    for event in timeline:
        for evidence in event.evidence:
            if isinstance(evidence, Reference):
                continue
            key = evidence_source(event, evidence)
            if key in cited and len(evidence.sentence) > len(
                    cited[key].get(evidence.start, "")):  # (the longer of two at one place)
                cited[key][evidence.start] = evidence.sentence
    return {key: ExcerptedSource(
        s.id, s.title, s.outlet, s.dateline_place, s.dateline_date, s.date_basis, "", s.url,
        len(s.text), tuple(sorted((start, sentence) for start, sentence in cited[key].items()
                                  if s.text[start:start + len(sentence)] == sentence)))
        for key, s in timeline.sources.items()}


def source_fields(source: Source) -> dict[str, Any]:
    """A source (article) as JSON-able values; an :class:`ExcerptedSource` with ``"text"``
    "" and its ``"length"`` and ``"excerpts"`` (``[[start, sentence], …]``) instead."""
    fields: dict[str, Any] = {
        "id": source.id, "title": source.title, "outlet": source.outlet,
        "dateline_place": source.dateline_place,
        "dateline_date": source.dateline_date.isoformat() if source.dateline_date else None,
        "date_basis": source.date_basis, "text": source.text, "url": source.url}
    if isinstance(source, ExcerptedSource):
        fields["length"] = source.length
        fields["excerpts"] = [list(pair) for pair in source.excerpts]
    return fields


def timeline_fields(timeline: Timeline) -> dict[str, Any]:
    """Every document-level field of the native format (``native_schema.TimelineFile``)
    but the format marker, version and events, as JSON-able values: ``{"title",
    "description", "category_colors" (lane → "#rrggbb"), "lane_order" (lane names; only
    when not empty), "era_lanes" (lane names, sorted; only when the timeline says which
    lanes are eras, ``Timeline.era_lanes``), "sources"}``.  What the TimelineJS export
    writes under its top-level key and the iCalendar export in the calendar's
    ``X-DIPLOMATIC-TIMELINE``, so that a round trip through either keeps the lane colours
    a user chose or a Timeline Project file gave (new-user trial 16, finding 1), the
    lanes' order (lanes18), the lanes shown as eras, and (session 38) the ids of the events
    whose title was typed by hand ("titles_by_hand", only when any) and the readings left
    out of imports ("left_out": the native format's keys; only when any)."""
    fields: dict[str, Any] = {"title": timeline.title, "description": timeline.description,
                              "category_colors": dict(timeline.category_colors)}
    if timeline.lane_order:  # absent when empty: the exports of before stay the same
        fields["lane_order"] = list(timeline.lane_order)
    if timeline.era_lanes is not None:  # absent when the default: as above
        fields["era_lanes"] = sorted(timeline.era_lanes)
    typed = sorted(i for i in timeline.titles_by_hand if i in timeline)
    if typed:  # absent when empty: as above (session 38)
        fields["titles_by_hand"] = typed
    if timeline.left_out:  # likewise
        fields["left_out"] = [left_out_fields(x) for x in timeline.left_out]
    if timeline.project_shape:  # likewise (verify55 F14)
        fields["timeline_project"] = project_shape_fields(timeline.project_shape)
    from ..core.name_years import title_kept_typed

    if title_kept_typed(timeline.title, timeline.typed_title):  # (session 55) likewise
        fields["title_typed"] = True
    fields["sources"] = [source_fields(s) for s in timeline.sources.values()]
    return fields


def project_shape_fields(shape: ProjectShape) -> dict[str, Any]:
    """``shape`` (``Timeline.project_shape``) as the native format's ``timeline_project``
    writes it: ``{"milestones": [ids, sorted], "containers": [lanes], "own_categories":
    {id: category}, "parents": {lane: lane}, "colors": {id: "#rrggbb"}}``, each only
    when not empty."""
    fields: dict[str, Any] = {"milestones": sorted(shape.milestones),
                              "containers": list(shape.containers),
                              "own_categories": dict(shape.own_categories),
                              "parents": dict(shape.parents),
                              "colors": dict(shape.colors)}
    return {key: value for key, value in fields.items() if value}


def project_shape_read(raw: object, timeline: Timeline) -> ProjectShape:
    """The ``ProjectShape`` :func:`project_shape_fields` wrote (``raw``); an entry of
    another shape, or an id of no event of ``timeline``, is left out (a file another
    tool wrote back)."""
    if not isinstance(raw, dict):
        return ProjectShape()

    def texts(value: object) -> list[str]:
        return [x for x in value if isinstance(x, str)] if isinstance(value, list) else []

    def pairs(value: object) -> tuple[tuple[str, str], ...]:
        return tuple((k, v) for k, v in value.items() if isinstance(k, str)
                     and isinstance(v, str)) if isinstance(value, dict) else ()

    return ProjectShape(frozenset(i for i in texts(raw.get("milestones")) if i in timeline),
                        tuple(dict.fromkeys(texts(raw.get("containers")))),
                        tuple((i, c) for i, c in pairs(raw.get("own_categories"))
                              if i in timeline),
                        pairs(raw.get("parents")),
                        tuple((i, c.lower()) for i, c in pairs(raw.get("colors"))
                              if i in timeline and is_color(c)))


def left_out_fields(reading: LeftOut) -> dict[str, str]:
    """A reading left out (``Timeline.left_out``) as the native format's ``left_out``
    entries write it: ``{"source", "sentence", "category", "date", "on"}`` (the day,
    YYYY-MM-DD) and ``"how"`` ("deleted", "merged") only when not unticked in a review
    (``LeftOut.how``, version 9)."""
    fields = {"source": reading.source_id, "sentence": reading.sentence,
              "category": reading.category, "date": reading.date,
              "on": reading.on.isoformat()}
    if reading.how:
        fields["how"] = reading.how
    return fields


def hand_losses(timeline: Timeline) -> list[str]:
    """The lines an export's summary of what it leaves out says about what a person
    decided that only the native format keeps (``native_schema.HAND_VERSION``): the titles
    typed by hand (``Timeline.titles_by_hand``: a merge into the reopened export may
    replace them) and the readings left out of imports (``Timeline.left_out``: a new import
    of their article offers them ticked).  Empty when there are none."""
    typed = sum(1 for event_id in timeline.titles_by_hand if event_id in timeline)
    lines = []
    if typed:
        lines.append(f"that {typed} {'title was' if typed == 1 else 'titles were'} typed by "
                     "hand (a merge into the reopened file may replace "
                     f"{'it' if typed == 1 else 'them'})")
    if timeline.left_out:
        count = len(timeline.left_out)
        lines.append(f"the {count} {'reading' if count == 1 else 'readings'} left out of "
                     "imports (an import of the same article offers "
                     f"{'it' if count == 1 else 'them'} ticked again)")
    return lines


def order_from_fields(value: object) -> list[str]:
    """The lanes' order :func:`timeline_fields` wrote; anything but a lane name is left
    out, and so is a lane's second listing."""
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(lane for lane in value if isinstance(lane, str)))


def hand_read(timeline: Timeline, ours: dict[str, Any]) -> None:
    """Set ``timeline``'s ``titles_by_hand`` and ``left_out`` from what
    :func:`timeline_fields` wrote (``ours``); an entry of another shape, or an id of no
    event of ``timeline``, is left out (a file another tool wrote back)."""
    ids = ours.get("titles_by_hand")
    if isinstance(ids, list):
        timeline.titles_by_hand = {i for i in ids if isinstance(i, str) and i in timeline}
    if "timeline_project" in ours:  # (verify55 F14)
        timeline.project_shape = project_shape_read(ours["timeline_project"], timeline)
    if ours.get("title_typed") is True and ours.get("title") == timeline.title:
        timeline.typed_title = timeline.title  # (the name a person typed, session 55)
    readings = ours.get("left_out")
    if isinstance(readings, list):
        for raw in readings:
            if not isinstance(raw, dict):
                continue
            texts = [raw.get(key) for key in ("source", "sentence", "category", "date", "on")]
            source, sentence, category, date, day = (
                text if isinstance(text, str) else "" for text in texts)
            try:
                on = _dt.date.fromisoformat(day)
            except ValueError:
                continue
            how = raw.get("how")
            how = how if how in (LeftOut.DELETED, LeftOut.MERGED) else ""
            if source and all(isinstance(text, str) for text in texts):
                timeline.left_out.append(LeftOut(source, sentence, category, date, on, how))


def era_lanes_read(value: object, era_categories: Iterable[str]) -> frozenset[str] | None:
    """``Timeline.era_lanes`` of an imported timeline: the lanes :func:`timeline_fields`
    wrote (``value``, a list of lane names; anything else is left out), else the default
    (None), and in either case every lane the file's eras were put in
    (``era_categories``): an import makes its eras an era lane, whatever its name.

    Returns:
        None when the default holds (no list written, every era in a lane of
        ``ERA_LANES``); else the set of era lanes.
    """
    written = (frozenset(lane for lane in value if isinstance(lane, str))
               if isinstance(value, list) else None)
    eras = frozenset(era_categories)
    if written is None:
        return None if eras <= ERA_LANES else ERA_LANES | eras
    return written | eras


def colors_from_fields(value: object) -> dict[str, str]:
    """The lane colours :func:`timeline_fields` wrote (lane → ``"#rrggbb"``); entries that
    are not a lane name and a ``#rrggbb`` colour are left out (the lane then takes the
    app's own colour)."""
    if not isinstance(value, dict):
        return {}
    return {lane: color for lane, color in value.items()
            if isinstance(lane, str) and is_color(color)}


def sources_from_fields(value: object) -> dict[str, Source]:
    """The sources (by id) of a list :func:`source_fields` wrote; malformed items are left
    out."""
    sources: dict[str, Source] = {}
    if isinstance(value, list):
        for raw in value:
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                sources[raw["id"]] = _source_from_fields(raw)
    return sources


def _source_from_fields(raw: dict[str, Any]) -> Source:
    dateline: _dt.date | None = None
    if isinstance(raw.get("dateline_date"), str):
        try:
            dateline = _dt.date.fromisoformat(raw["dateline_date"])
        except ValueError:
            dateline = None
    text = str(raw.get("text", ""))
    if not text and "excerpts" in raw:
        text = _text_of_excerpts(raw.get("length"), raw.get("excerpts"))
    return Source(raw["id"], str(raw.get("title", "")), str(raw.get("outlet", "")),
                  str(raw.get("dateline_place", "")), dateline, str(raw.get("date_basis", "")),
                  text, str(raw.get("url", "")))


#: The longest article text :func:`_text_of_excerpts` makes (characters): a hand-edited
#: "length" of 10**12 must not fill the memory.
_MAX_EXCERPTED_LENGTH = 50_000_000


def _text_of_excerpts(length: object, excerpts: object) -> str:
    """The text of an article an export carried as excerpts (:class:`ExcerptedSource`):
    spaces with an ellipsis in the middle of each gap, each cited sentence at its offset (a
    malformed one left out; sentences that overlap are of one text), so that the events'
    offsets point at their sentences as in the article (``core.sourced.is_excerpt_of``
    knows it for the article's excerpt)."""
    if (not isinstance(length, int) or isinstance(length, bool)
            or not 0 <= length <= _MAX_EXCERPTED_LENGTH or not isinstance(excerpts, list)):
        return ""
    text = [" "] * length
    covered = [False] * length
    for item in excerpts:
        if (isinstance(item, list) and len(item) == 2 and isinstance(item[0], int)
                and isinstance(item[1], str) and 0 <= item[0]
                and item[0] + len(item[1]) <= length):
            start, sentence = item
            text[start:start + len(sentence)] = sentence
            covered[start:start + len(sentence)] = [True] * len(sentence)
    # An ellipsis in each gap of 3 characters or more: the Article tab shows where the
    # text left out was ("Houthi forces seized … Talks resume"), offsets unchanged.
    at = 0
    while at < length:
        if covered[at]:
            at += 1
            continue
        end = at
        while end < length and not covered[end]:
            end += 1
        if end - at >= 3:
            text[at + (end - at) // 2] = "\u2026"
        at = end
    return "".join(text)


def known_sources_only(events: list[Event], sources: dict[str, Source]) -> list[Event]:
    """The events, those citing a source not in ``sources`` without their source and
    evidence: evidence and sources only travel together (the native format's rule)."""
    from dataclasses import replace

    kept = []
    for e in events:
        if e.source_id is not None and e.source_id not in sources:
            e = replace(e, source_id=None, evidence=())
        elif any(isinstance(x, SourcedEvidence) and x.source is not None
                 and x.source not in sources for x in e.evidence):
            e = replace(e, evidence=tuple(
                x for x in e.evidence if not isinstance(x, SourcedEvidence)
                or x.source is None or x.source in sources))
        kept.append(e)
    return kept


# -- a vague date's ends ----------------------------------------------------------------

def vague_span(date: FuzzyDate) -> tuple[FuzzyDate, FuzzyDate] | None:
    """The first and the last date a vague ``date`` covers, at the precision that says
    them, or ``None`` for a date that is its own (a day, a week's day, a month, a year):
    a part of a month, its first and last days ("late June 2019": 21 and 30 June 2019); a
    part of a year or a season, its first and last months ("summer 2019": June and August
    2019; "winter 2024": December 2024 and February 2025); a decade or a part of one, its
    first and last years ("the 1990s": 1990 and 1999; "by the mid-2000s": 2004 and 2006).
    Circa and a limit ("by") do not change them.  The one rule every export writes such a
    date's start and end by (the TimelineJS slides' and sheet's date parts, the CSV's
    ISO and End cells): verify74 F12, the CSV wrote "by the mid-2000s" from 2000, the
    TimelineJS file from 2004."""
    p = date.precision
    if date.mod is not None:
        first = from_day_number(date.start_day())
        last = from_day_number(date.end_day() - 1)
        if p is Precision.MONTH:
            return FuzzyDate.of_ymd(*first), FuzzyDate.of_ymd(*last)
        return FuzzyDate.of_year(first[0]), FuzzyDate.of_year(last[0])
    if p is Precision.PART_OF_YEAR and date.part is not None:
        month, count, _words = PART_OF_YEAR_MONTHS[date.part]

        def of(month: int) -> FuzzyDate:
            return FuzzyDate.of_month(date.year + (month - 1) // 12, (month - 1) % 12 + 1)

        return of(month), of(month + count - 1)
    if p is Precision.DECADE:
        return FuzzyDate.of_year(date.year), FuzzyDate.of_year(date.year + 9)
    return None


# -- our labelled lines in another tool's copy ----------------------------------------------
# Exports write what a format has no field for as labelled paragraphs of the text
# ("Participants: …", "Place: …", "Source: “…”") and the date in words; a tool that writes
# the file back without our own fields keeps those, and the importers read them back.
# Only our exact forms count: a paragraph that *starts* with the label, at the place the
# export puts it, and a date in the words ``FuzzyDate.describe`` writes.

def article_teller(source: Source | None, whole: bool = False) -> str:
    """Who told what an article says, in a few words: its outlet ("AFP"), else its headline
    in quotes (at most 60 characters; every word with ``whole``, as a published file
    quotes it: verify74 F11, a TimelineJS slide's "— “The long road to Montevideo: how a
    trade deal outlived its…”"), else "" (no article, or one of neither).  What a
    fact-checker reads beside a date or a sentence to know whose it is (verify42 F8, F10)."""
    if source is None:
        return ""
    if source.outlet.strip():
        return " ".join(source.outlet.split())
    headline = " ".join(source.title.split())
    if not headline:
        return ""
    return f"\u201c{headline if whole else shortened(headline, 60)}\u201d"


def tellers(event: Event, sources: dict[str, Source],
            evidence: Iterable[Evidence] | None = None, whole: bool = False) -> list[str]:
    """``article_teller`` of the article of each of ``evidence`` (default: the event's
    sentences), in order, "" for a sentence of no article; ``whole``: headlines uncut."""
    return [article_teller(sources.get(evidence_source(event, e) or ""), whole)
            for e in (event.evidence if evidence is None else evidence)]


def dated_first(event: Event) -> list[Evidence]:
    """``event``'s sentences and quotes, the one its date was read from first (its date
    words marked), the others in order: the order the exports quote them in.  References
    and links are not quoted (:func:`reference_paragraphs`)."""
    sentences = [e for e in event.evidence if not isinstance(e, Reference)]
    dated = [e for e in sentences if e.date_start is not None][:1]
    return dated + [e for e in sentences if e not in dated]


def reference_paragraphs(event: Event) -> list[str]:
    """``event``'s references and links (``core.sourced.Reference``) as the exports'
    descriptions write them, a paragraph each: ``Reference: Parry, CTS, vol. 1`` or
    ``Link: https://…``, never in quotation marks (verify53 F17: a reference was quoted
    as a "Source" sentence).  Written before the ``Source: “…”`` paragraphs, which end a
    description (``take_sentences``); the export's own fields keep each one's kind."""
    return [f"{evidence.kind.capitalize()}: {' '.join(evidence.sentence.split())}"
            for evidence in event.evidence if isinstance(evidence, Reference)]


#: Between a ``Source: “…”`` paragraph's sentence and who told it (``source_paragraph``).
_TOLD_BY = "\u201d \u2014 "
#: The longest teller ``article_teller`` writes (a headline of 60 characters, quoted), and
#: some room for an outlet's long name: a longer tail is the sentence's own words.
_TELLER_LIMIT = 80
#: A sentence's own double quotation marks, straight or curly.
_DOUBLE_MARKS = frozenset('"\u201c\u201d')


def sentence_marks(sentence: str) -> tuple[str, str]:
    """The marks the exports quote ``sentence`` in: “ ” , or ‘ ’ when the sentence has
    double marks of its own (a quotation within a quotation takes the other kind of mark,
    New Hart's Rules 9.2), where the CSV's "Other source sentences" wrote “"We have not
    seen …," Rasulov told …” with a doubled opening mark (verify68 F11).  The sentence is
    written as it is, so reading it back (:func:`take_sentences`) gives it unchanged."""
    return ("\u2018", "\u2019") if _DOUBLE_MARKS.intersection(sentence) else ("\u201c", "\u201d")


def source_paragraph(sentence: str, who: str = "") -> str:
    """A source sentence as the exports' descriptions write it: ``Source: “…”`` (in ‘…’ when
    it has double marks of its own: :func:`sentence_marks`), followed by " — AFP" when
    ``who`` told it (``take_sentences`` reads both back)."""
    opening, closing = sentence_marks(sentence)
    return f"Source: {opening}{sentence}{closing}" + (f" \u2014 {who}" if who else "")


def take_sentences(blocks: list[str]) -> tuple[str, ...]:
    """The source sentences of the ``Source: “…”`` (or ``Source: ‘…’``,
    :func:`sentence_marks`) paragraphs ending ``blocks`` (removed from it), in their order;
    () when the last paragraph is not one.  A paragraph may name who told its sentence after
    it (``Source: “…” — AFP``, ``source_paragraph``)."""
    sentences: list[str] = []
    while blocks and blocks[-1].startswith(("Source: \u201c", "Source: \u2018")):
        block = blocks[-1]
        closing = "\u201d" if block[len("Source: ")] == "\u201c" else "\u2019"
        told_by = closing + _TOLD_BY[1:]
        who = block.rpartition(told_by)[2] if told_by in block else ""
        # (a tail that ends a quote it did not open is the sentence's own: “He said “no”
        # — twice” has no teller, verify43 F18's column of sentences)
        # (a headline quoted whole, as a TimelineJS slide names an article without an
        # outlet, may be longer than the limit: verify74 F11)
        if (who and "\n" not in who
                and (len(who) <= _TELLER_LIMIT or who[:1] + who[-1:] == "\u201c\u201d")
                and (who.startswith("\u201c") or not who.endswith(closing))):
            sentence = block[len("Source: \u201c"):block.rindex(told_by)]
        elif block.endswith(closing):
            sentence = block[len("Source: \u201c"):-1]
        else:
            break
        blocks.pop()
        sentences.insert(0, sentence)
    return tuple(sentences)


def take_references(blocks: list[str]) -> tuple[Reference, ...]:
    """The references and links of the ``Reference: …`` / ``Link: …`` paragraphs ending
    ``blocks`` (removed from it; :func:`reference_paragraphs` writes them before the
    ``Source: “…”`` paragraphs, which :func:`take_sentences` takes first), in their order;
    () when the last paragraph is neither.  Without it, a file written back by the other
    tool, an event with a link, kept "Participants:", "Place:" and "Status:" as text of its
    summary: they are read from the end, and the link's paragraph came first (session 44)."""
    found: list[Reference] = []
    while blocks:
        label, _, text = blocks[-1].partition(": ")
        kind = label.lower()
        if kind not in ("reference", "link") or label != kind.capitalize() or not text.strip():
            break
        blocks.pop()
        found.insert(0, reference(text, kind))
    return tuple(found)


#: What starts the labelled line of an event's status in the exports' texts.
STATUS_LABEL = "Status: "


def status_paragraph(status: str) -> list[str]:
    """The labelled line the exports' texts give an event's status, "Status: Disputed"
    (``core.status.status_words``), as a list of one paragraph; none while not assessed
    (the texts of such events stay as they were).  :func:`take_status` reads it back."""
    from ..core.status import status_words

    return [STATUS_LABEL + status_words(status)] if status else []


def take_status(blocks: list[str], index: int = -1) -> str | None:
    """The status of the labelled line :func:`status_paragraph` wrote, when paragraph
    ``index`` of ``blocks`` is one (removed from it); else ``None``, the paragraph left
    (a summary that starts "Status: pending" is the summary's)."""
    from ..core.status import NOT_ASSESSED, status_from_text

    if not blocks or not -len(blocks) <= index < len(blocks):
        return None
    block = blocks[index]
    if not block.startswith(STATUS_LABEL):
        return None
    status = status_from_text(block[len(STATUS_LABEL):])
    if status is None or status == NOT_ASSESSED or "\n" in block:
        return None
    blocks.pop(index)
    return status


def take_label(blocks: list[str], label: str, index: int = -1) -> str | None:
    """The text after ``label`` ("Place: ") of paragraph ``index`` of ``blocks`` (removed
    from it) when that paragraph starts with the label; else ``None``."""
    if blocks and -len(blocks) <= index < len(blocks) and blocks[index].startswith(label):
        return blocks.pop(index)[len(label):]
    return None


def described_date(words: str, first_day: int, end_day: int
                   ) -> tuple[FuzzyDate, FuzzyDate | None] | None:
    """The date (and end) an export wrote as ``words`` ("late 2024", "c. January 2025",
    "1965 – 1970": ``FuzzyDate.describe``, " – " between a range's ends), when they are
    exactly those words read back and cover exactly the days ``first_day`` (day number)
    to ``end_day`` (exclusive) the file's own dates give; else ``None`` (the file's
    dates were changed, or the words are another tool's)."""
    from ..core.parse_date import parse_typed_date

    result = parse_typed_date(words, True)
    date, end = result.date, result.end
    if date is None or result.alternatives:
        return None
    if date.describe() + (f" \u2013 {end.describe()}" if end is not None else "") != words:
        return None
    if date.start_day() != first_day or (end or date).end_day() != end_day:
        return None
    return date, end


def labelled_note(count: int, what: str) -> str:
    """The note an import adds for the ``count`` events whose labelled paragraphs it read
    back: '<what> of 3 events read back from the labelled lines this app's export
    writes (…)'."""
    return (f"{what} of {counted(count, 'event')} read back from the labelled lines this "
            "app's export writes (the file came back without its own fields)")


#: The kinds of field :func:`with_edits` takes from another tool's file, in the order a
#: note names them (as ``timeline_project``'s note of events changed since the export).
EDITED_KINDS = ("dates", "titles", "lanes")


def with_edits(own: Event, tool: str, *, title: str | None = None,
               dates: tuple[FuzzyDate, FuzzyDate | None] | None = None,
               category: str | None = None) -> Event:
    """``own`` (the event our key in another format's file describes) with the visible
    fields another tool changed since our export: ``title``, ``dates`` (start, end) and
    ``category`` when not ``None``.

    A file edited in TimelineJS or a calendar app keeps our key as the export wrote it;
    the format's own fields (a headline, a start date, a group; SUMMARY, DTSTART,
    CATEGORIES) are what the person changed, so they win, as in The Timeline Project's
    import (verify36 F1: the key won and the edits were lost).  New dates get the basis
    "changed in <tool> from <old date>" and the source sentences lose their marked date
    expression (it no longer gives the date), as a date moved by hand does
    (``document.with_date_basis_kept_true``)."""
    import dataclasses

    from ..core.dates import describe_range

    changes: dict[str, Any] = {}
    if title is not None:
        changes["title"] = title
    if category is not None:
        changes["category"] = category
    if dates is not None:
        changes.update(
            date=dates[0], end=dates[1],
            date_basis=f"changed in {tool} from {describe_range(own.date, own.end)}",
            evidence=tuple(dataclasses.replace(e, date_start=None, date_end=None)
                           for e in own.evidence))
    return dataclasses.replace(own, **changes) if changes else own


def edited_note(count: int, kinds: set[str]) -> str:
    """The note for ``count`` events whose ``kinds`` of field (``EDITED_KINDS``) another
    tool changed since our export: "1 event was changed after this app exported it: its
    date and title are read from the file's own fields"."""
    return changed_note(count, "event", [k for k in EDITED_KINDS if k in kinds])


def changed_note(count: int, noun: str, kinds: list[str]) -> str:
    """The note for ``count`` events (or eras: ``noun``) another tool changed after our
    export, naming the ``kinds`` of field that changed (plural words in the order said,
    "dates", "titles") and no other: it said "dates, titles and lanes" when only a
    description had (session 8)."""
    one = count == 1
    named = [k.removesuffix("s") if one else k for k in kinds]
    what = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return (f"{counted(count, noun)} {'was' if one else 'were'} changed after this app "
            f"exported {'it' if one else 'them'}: {'its' if one else 'their'} {what} "
            f"{'is' if one and len(named) == 1 else 'are'} read from the file's own fields")
