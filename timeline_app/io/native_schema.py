"""The native file format, declared once: the decoder and the JSON Schema both come from here.

``msgspec`` decodes a file straight into these ``Struct`` types, checking every type, every
required key and every unknown key in C (a 100 000-event file in a fraction of a second,
where a pure-Python validator took seconds).  ``json_schema()`` turns the same declarations
into ``resources/timeline.schema.json``; a test checks that the shipped file equals it, and
``python tools/regenerate_schema.py`` rewrites it after a change here.

What a type cannot say (an id that is only spaces, a negative offset, a date value's shape
for its precision, a part of the year only with ``part_of_year``) is written into the schema
with ``Meta(extra_json_schema=...)`` and checked by the reader in ``native``, which words
each message for people.

The structs are ``gc=False``: decoded from JSON they hold only strings, numbers and other
such structs, never a cycle, and the collector need not track the hundreds of thousands of
them a large file decodes into (16 bytes less each, and nothing for it to walk).

Optional keys default to ``UNSET`` rather than to their value: the reader maps ``UNSET`` to
the default, and re-encoding a decoded file then writes exactly the keys the file had,
which is how ``native`` detects duplicate keys (msgspec keeps the last one silently; see
https://github.com/msgspec/msgspec/issues/648).
"""

from __future__ import annotations

import enum
from typing import Annotated, Any, Final, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from ..core.dates import PART_OF_YEAR_MONTHS, Precision
from ..core.model import COLOR_PATTERN

__all__ = [
    "DAY_PART_VERSION",
    "ERA_LANES_VERSION",
    "EVIDENCE_SOURCE_VERSION",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "HAND_VERSION",
    "KEPT_LANES_VERSION",
    "KIND_VERSION",
    "LIMIT_VERSION",
    "MOD_VERSION",
    "PROJECT_COLORS_VERSION",
    "PROJECT_SHAPE_VERSION",
    "STATUS_VERSION",
    "TIME_VERSION",
    "Date",
    "Event",
    "Evidence",
    "LeftOut",
    "PartOfYear",
    "Source",
    "TimelineFile",
    "json_schema",
    "schema_text",
]

FORMAT_NAME: Final = "diplomatic-timeline"
FORMAT_VERSION: Final = 14
"""The newest version this code reads.  A file is written as the oldest version that holds
it (``native.needed_version``): version 1 unless it uses a key of version 2 (the file's
``lane_order``, a date's ``mod``), 3 (an evidence's ``source``), 4 (an event's
``status``), 5 (a date's ``limit``), 6 (a day's ``time``), 7 (the file's
``era_lanes``), 8 (the file's ``titles_by_hand`` and ``left_out``), 9 (a left-out
reading's ``how``), 10 (the file's ``kept_lanes``), 11 (an evidence's ``kind``), 12 (the
file's ``timeline_project``), 13 (its ``colors``, the file's ``title_typed``) or 14 (a
day's ``day_part``), so that a copy of the app from before still opens it."""

MOD_VERSION: Final = 2
"""The first version with a date's ``mod`` (early/mid/late of a month or a decade)."""

EVIDENCE_SOURCE_VERSION: Final = 3
"""The first version with an evidence's ``source`` (a sentence of another article than its
event's: an event merged from several articles; verify30, fault 1)."""

STATUS_VERSION: Final = 4
"""The first version with an event's ``status`` (how the claim stands: confirmed,
unconfirmed, disputed, denied; ``core.status``).  A copy of the app from before would
refuse the key as unknown, so a file that uses it says version 4 and such a copy refuses
it as newer, with that message; a file without any status stays at its older version."""

LIMIT_VERSION: Final = 5
"""The first version with a date's ``limit`` ("by mid 2027", "before March 2027": TimeML's
TIMEX3 mods BEFORE, ON_OR_BEFORE, AFTER, ON_OR_AFTER; ``dates.LIMITS``; verify43 X21).  A
copy of the app from before would read such a date as the period itself, so a file that
uses one says version 5, which such a copy refuses as newer."""

TIME_VERSION: Final = 6
"""The first version with a day's ``time`` (a time of day, ``"10:30"``, ``"10"``,
``"10:30+09:00"``, ``"10:30Z"``: ``core.clock.ClockTime``; session 36).  A copy of the app
from before would refuse the key as unknown, so a file that uses it says version 6, which
such a copy refuses as newer; a file without any time stays at its older version."""

DAY_PART_VERSION: Final = 14
"""The first version with a day's ``day_part`` (the part of the day the source named:
TIMEX3's MO, AF, EV, NI for morning, afternoon, evening, night, and START, END for "early
on" and "late on" the day; ``dates.DAY_PARTS``; session 58, ext132).  A copy of the app
from before would refuse the key as unknown, so a file that uses it says version 14,
which such a copy refuses as newer; a file without one stays at its older version."""

#: A day's time as the file writes it (``ClockTime.to_iso``): hh or hh:mm of a 24-hour
#: clock, then Z (UTC) or a UTC offset ±hh:mm up to ±18:00, or nothing (local time).
TIME_PATTERN: Final = (r"^([01][0-9]|2[0-3])(:[0-5][0-9])?"
                       r"(Z|[+-](0[0-9]|1[0-7]):[0-5][0-9]|[+-]18:00)?$")

ERA_LANES_VERSION: Final = 7
"""The first version with the file's ``era_lanes`` (the lanes whose events are eras, drawn
as bands behind the lanes: ``Timeline.era_lanes``; verify45 F15, session 36).  A copy of
the app from before would refuse the key as unknown, so a file that uses it says version 7,
which such a copy refuses as newer; a file that leaves the default stays at its older
version."""

HAND_VERSION: Final = 8
"""The first version with the file's ``titles_by_hand`` (the events whose title a person
typed: a merge keeps it, ``Timeline.titles_by_hand``; verify46 F2) and ``left_out`` (the
readings a person left out of an import: a later import of the article offers them
unticked, ``Timeline.left_out``; verify46 F15; session 38).  A copy of the app from before
would refuse either key as unknown, so a file that uses one says version 8, which such a
copy refuses as newer; a file without either stays at its older version."""

REMOVED_VERSION: Final = 9
"""The first version with a left-out reading's ``how`` (``"deleted"``: its event deleted
from the timeline after an import; ``"merged"``: merged by hand into another event;
``LeftOut.how``; verify49 F20, session 40).  A copy of the app from before would refuse
the key as unknown, so a file that uses it says version 9, which such a copy refuses as
newer; a file whose readings were all left out in a review stays at its older version."""

KEPT_LANES_VERSION: Final = 10
"""The first version with the file's ``kept_lanes`` (session 41, verify51 F13).  Lanes are
written as the app shows them ("Treaty", "The war"), and a name whose first letter is a
capital and the rest lower case is read as the lane with a small first letter, which the
app keeps and shows so (``exchange.category_from_display``, the rule of every export's
categories).  A lane that is itself such a name ("Treaty" kept with its capital: a file
or a program made it, not the app's editor or imports) would come back another, so the
file lists it in ``kept_lanes``, read as written.  A copy of the app from before would
refuse the key as unknown, so a file that uses it says version 10, which such a copy
refuses as newer; a file without such a lane stays at its older version (and a copy from
before reads its "Treaty" as a lane shown the same)."""

KIND_VERSION: Final = 11
"""The first version with an evidence's ``kind`` (``"reference"`` or ``"link"``: a source
typed by hand that is not a quote, ``core.sourced.Reference``; session 43, verify53 F17:
a reference was shown and exported as a quoted "Source sentence").  A copy of the app
from before would refuse the key as unknown, so a file that uses it says version 11,
which such a copy refuses as newer; a file without one stays at its older version."""

PROJECT_SHAPE_VERSION: Final = 12
"""The first version with the file's ``timeline_project`` (what a Timeline Project file
said of its events that the lanes do not hold: milestones, containers, categories under
others, ``core.model.ProjectShape``; session 45, verify55 F14).  A copy of the app from
before would refuse the key as unknown, so a file that uses it says version 12, which
such a copy refuses as newer; a file without it stays at its older version."""

PROJECT_COLORS_VERSION: Final = 13
"""The first version with the file's ``title_typed`` (the name is one a person typed: the
app never renames it to follow its events' years, ``Timeline.typed_title``; edit69's note
on verify71 F9) and the ``timeline_project``'s ``colors`` (an event's own colour in
the Timeline Project file, ``<default_color>``, where it was not that tool's default
200,200,200: ``ProjectShape.colors``; session 55, xchg54's note on verify70 F9: an old
file's 192,192,192 came back 200,200,200 after a save and a reopen).  A copy of the app
from before would refuse the key as unknown, so a file that uses it says version 13,
which such a copy refuses as newer; a file without it stays at its older version."""

SCHEMA_ID = "https://diplomatic-timeline.invalid/timeline.schema.json"

#: The parts of a year a ``part_of_year`` date names (the keys of ``PART_OF_YEAR_MONTHS``).
PartOfYear = enum.Enum(  # type: ignore[misc]  # members come from the core's table
    "PartOfYear", {part: part for part in PART_OF_YEAR_MONTHS}, type=str)

_ID = Annotated[str, Meta(extra_json_schema={"minLength": 1, "pattern": r"\S"})]
_OFFSET = Annotated[int, Meta(extra_json_schema={"minimum": 0})]
_DAY_PATTERN = "^-?[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def _default(value: Any) -> Meta:
    """The value a reader assumes for an absent key, stated in the schema."""
    return Meta(extra_json_schema={"default": value})


class Date(Struct, forbid_unknown_fields=True, frozen=True, gc=False):
    """A date at the precision the source gave. value is YYYY-MM-DD (day), YYYY-MM (month) or YYYY (part_of_year, year, and decade, where it is the decade's first year), in ISO 8601 with astronomical years: a year before AD 1 is written with a minus sign (44 BC is -0043, 1 BC is 0000), years run from -9998 (9999 BC) to 9999."""  # noqa: E501 - the schema's description

    value: str
    precision: Precision
    part: Annotated[PartOfYear, Meta(description=(
        "Which part of the year: thirds (early, mid, late), quarters, halves, or TIMEX3 "
        "seasons (SP, SU, FA, WI; winter starts in December)."))] | UnsetType = UNSET
    circa: Annotated[bool, _default(False)] | UnsetType = UNSET
    mod: Annotated[Literal["START", "MID", "END"], Meta(description=(
        "Version 2: the early, mid or late part of a month or a decade, as TimeML's TIMEX3 "
        "mod (START, MID, END): a month's days 1-10, 11-20, 21-end; a decade's years "
        "0-3, 4-6, 7-9. Only with month or decade precision."))] | UnsetType = UNSET
    # (the values are ``dates.LIMITS``'s keys; a test checks they agree)
    limit: Annotated[Literal["BEFORE", "ON_OR_BEFORE", "AFTER", "ON_OR_AFTER"], Meta(
        description=(
            "Version 5: the date is a limit, as TimeML's TIMEX3 mod: BEFORE (before it), "
            "ON_OR_BEFORE (by it, no later than it), AFTER (after it), ON_OR_AFTER (no "
            "earlier than it). The value and precision are the limit's; absent: the event "
            "is in the date."))] | UnsetType = UNSET
    time: Annotated[str, Meta(pattern=TIME_PATTERN, description=(
        "Version 6: the time of day the source gave, for day precision only: hh (known to "
        "the hour) or hh:mm of a 24-hour local clock, as a TIMEX3 value writes it after "
        "the T, then Z (UTC) or the UTC offset (+hh:mm, -hh:mm) when the source gave one; "
        "absent: the whole day."))] | UnsetType = UNSET
    # (the values are ``dates.DAY_PARTS``'s keys; a test checks they agree)
    day_part: Annotated[Literal["START", "MO", "AF", "EV", "NI", "END"], Meta(description=(
        "Version 14: the part of the day the source named, for day precision without a "
        "time only: TIMEX3's MO, AF, EV, NI (morning, afternoon, evening, night, written "
        "after the T of a TIMEX3 value) or START, END (early on, late on the day: the "
        "TIMEX3 mod). The date is still the whole day; absent: the whole day."))] \
        | UnsetType = UNSET


_DATE_RULES: list[dict[str, Any]] = [
    {"if": {"properties": {"precision": {"const": "day"}}},
     "then": {"properties": {"value": {"pattern": _DAY_PATTERN}}}},
    {"if": {"properties": {"precision": {"const": "month"}}},
     "then": {"properties": {"value": {"pattern": "^-?[0-9]{4}-[0-9]{2}$"}}}},
    {"if": {"properties": {"precision": {"enum": ["part_of_year", "year", "decade"]}}},
     "then": {"properties": {"value": {"pattern": "^-?[0-9]{4}$"}}}},
    {"if": {"properties": {"precision": {"const": "decade"}}},
     "then": {"properties": {"value": {"pattern": "0$"}}}},
    {"if": {"properties": {"precision": {"const": "part_of_year"}}},
     "then": {"required": ["part"]},
     "else": {"not": {"required": ["part"]}}},
    {"if": {"properties": {"precision": {"enum": ["day", "part_of_year", "year"]}}},
     "then": {"not": {"required": ["mod"]}}},
    {"if": {"properties": {"precision": {"not": {"const": "day"}}}},
     "then": {"not": {"required": ["time"]}}},
    {"if": {"properties": {"precision": {"not": {"const": "day"}}}},
     "then": {"not": {"required": ["day_part"]}}},
    {"if": {"required": ["time"]}, "then": {"not": {"required": ["day_part"]}}},
]


# A file whose evidence names its own source says version 3 or later.
_EVIDENCE_SOURCE_NEEDS_VERSION: dict[str, Any] = {
    "if": {"required": ["events"], "properties": {"events": {"contains": {
        "required": ["evidence"],
        "properties": {"evidence": {"contains": {"required": ["source"]}}}}}}},
    "then": {"properties": {"version": {"minimum": EVIDENCE_SOURCE_VERSION}}},
}


# A file that uses a date's mod (on a date or an end) says version 2 or later.
_MOD_NEEDS_VERSION: dict[str, Any] = {
    "if": {"required": ["events"], "properties": {"events": {"contains": {"anyOf": [
        {"required": ["date"], "properties": {"date": {"required": ["mod"]}}},
        {"required": ["end"], "properties": {"end": {"type": "object", "required": ["mod"]}}},
    ]}}}},
    "then": {"properties": {"version": {"minimum": MOD_VERSION}}},
}


# A file that tells a date as a limit (on a date or an end) says version 5 or later.
_LIMIT_NEEDS_VERSION: dict[str, Any] = {
    "if": {"required": ["events"], "properties": {"events": {"contains": {"anyOf": [
        {"required": ["date"], "properties": {"date": {"required": ["limit"]}}},
        {"required": ["end"], "properties": {"end": {"type": "object",
                                                     "required": ["limit"]}}},
    ]}}}},
    "then": {"properties": {"version": {"minimum": LIMIT_VERSION}}},
}


# A file that gives a day a time says version 6 or later.
_TIME_NEEDS_VERSION: dict[str, Any] = {
    "if": {"required": ["events"], "properties": {"events": {"contains": {"anyOf": [
        {"required": ["date"], "properties": {"date": {"required": ["time"]}}},
        {"required": ["end"], "properties": {"end": {"type": "object",
                                                     "required": ["time"]}}},
    ]}}}},
    "then": {"properties": {"version": {"minimum": TIME_VERSION}}},
}


# A file that names a part of a day says version 14 or later.
_DAY_PART_NEEDS_VERSION: dict[str, Any] = {
    "if": {"required": ["events"], "properties": {"events": {"contains": {"anyOf": [
        {"required": ["date"], "properties": {"date": {"required": ["day_part"]}}},
        {"required": ["end"], "properties": {"end": {"type": "object",
                                                     "required": ["day_part"]}}},
    ]}}}},
    "then": {"properties": {"version": {"minimum": DAY_PART_VERSION}}},
}


# A file whose evidence says what kind of source it is says version 11 or later.
_KIND_NEEDS_VERSION: dict[str, Any] = {
    "if": {"required": ["events"], "properties": {"events": {"contains": {
        "required": ["evidence"],
        "properties": {"evidence": {"contains": {"required": ["kind"]}}}}}}},
    "then": {"properties": {"version": {"minimum": KIND_VERSION}}},
}


# A file that says which lanes are eras says version 7 or later.
_ERA_LANES_NEEDS_VERSION: dict[str, Any] = {
    "if": {"required": ["era_lanes"]},
    "then": {"properties": {"version": {"minimum": ERA_LANES_VERSION}}},
}


# A file that says whose titles were typed by hand, or what was left out of an import,
# says version 8 or later.
_HAND_NEEDS_VERSION: dict[str, Any] = {
    "if": {"anyOf": [{"required": ["titles_by_hand"]}, {"required": ["left_out"]}]},
    "then": {"properties": {"version": {"minimum": HAND_VERSION}}},
}


# A file that keeps a Timeline Project file's shape says version 12 or later.
_PROJECT_SHAPE_NEEDS_VERSION: dict[str, Any] = {
    "if": {"required": ["timeline_project"]},
    "then": {"properties": {"version": {"minimum": PROJECT_SHAPE_VERSION}}},
}


# A file that keeps a Timeline Project file's event colours, or says its name was typed,
# says version 13 or later.
_PROJECT_COLORS_NEEDS_VERSION: dict[str, Any] = {
    "if": {"anyOf": [{"required": ["title_typed"]},
                     {"required": ["timeline_project"], "properties": {"timeline_project": {
                         "required": ["colors"]}}}]},
    "then": {"properties": {"version": {"minimum": PROJECT_COLORS_VERSION}}},
}


# A file that lists lanes read as written says version 10 or later.
_KEPT_LANES_NEEDS_VERSION: dict[str, Any] = {
    "if": {"required": ["kept_lanes"]},
    "then": {"properties": {"version": {"minimum": KEPT_LANES_VERSION}}},
}


# A file that says a reading left out was deleted or merged by hand says version 9 or later.
_REMOVED_NEEDS_VERSION: dict[str, Any] = {
    "if": {"required": ["left_out"], "properties": {"left_out": {"contains": {
        "required": ["how"]}}}},
    "then": {"properties": {"version": {"minimum": REMOVED_VERSION}}},
}


# A file that gives an event a status says version 4 or later.
_STATUS_NEEDS_VERSION: dict[str, Any] = {
    "if": {"required": ["events"], "properties": {"events": {"contains": {
        "required": ["status"]}}}},
    "then": {"properties": {"version": {"minimum": STATUS_VERSION}}},
}


class Evidence(Struct, forbid_unknown_fields=True, gc=False):
    """A sentence of the event's source (or of the source it names): text[start:end] == sentence; date_start/date_end mark the date expression."""  # noqa: E501

    sentence: str
    start: _OFFSET
    end: _OFFSET
    date_start: _OFFSET | UnsetType | None = UNSET
    date_end: _OFFSET | UnsetType | None = UNSET
    source: Annotated[_ID | None, Meta(description=(
        "The source this sentence was read from when it is not the event's (an event "
        "merged from several articles); its offsets point into that source's text. null: "
        "no source (a quote typed by hand). Absent: the event's source. Version 3."))
    ] | UnsetType = UNSET
    kind: Annotated[Literal["reference", "link"], Meta(description=(
        "What a source typed by hand is when it is not a quote of a text: a reference to "
        "a work or a link (a web address); only with source null. Absent: a sentence or "
        "a quote. Version 11."))
    ] | UnsetType = UNSET


class Source(Struct, forbid_unknown_fields=True, gc=False):
    """An article that events were read from; evidence offsets point into its text."""

    id: _ID
    title: str | UnsetType = UNSET
    outlet: str | UnsetType = UNSET
    dateline_place: str | UnsetType = UNSET
    dateline_date: Annotated[str | None, Meta(
        description="The document creation time, YYYY-MM-DD, or null if unknown.",
        extra_json_schema={"pattern": _DAY_PATTERN})] | UnsetType = UNSET
    date_basis: str | UnsetType = UNSET
    text: str | UnsetType = UNSET
    url: str | UnsetType = UNSET


class Event(Struct, forbid_unknown_fields=True, gc=False):
    """Something that happened, dated at the precision its source gave."""

    id: _ID
    title: str
    date: Date
    end: Annotated[Date | None, Meta(
        description="When a lasting event ends; null or absent for most events.")
    ] | UnsetType = UNSET
    category: Annotated[str, _default("event"), Meta(description=(
        "The event's lane, as the app shows it (\"Treaty\", \"The war\"). A name whose "
        "first letter is a capital and the rest in lower case is the lane the app keeps "
        "with a small first letter and shows so; the same for the lanes named by "
        "category_colors, lane_order, era_lanes and left_out, unless kept_lanes lists "
        "it. Files of before wrote the kept name (\"treaty\"), read as it is."))
    ] | UnsetType = UNSET
    participants: tuple[str, ...] | UnsetType = UNSET  # a tuple, as the model keeps it
    location: str | UnsetType = UNSET
    summary: str | UnsetType = UNSET
    date_basis: Annotated[str, Meta(
        description="How the date follows from the text, in words.")] | UnsetType = UNSET
    source: str | UnsetType | None = UNSET
    evidence: list[Evidence] | UnsetType = UNSET
    # (the values are ``core.status.STATUSES``; a test checks they agree)
    status: Annotated[Literal["confirmed", "unconfirmed", "disputed", "denied"], Meta(
        description=(
            "How the claim stands: confirmed (on the record, or told alike by independent "
            "sources), unconfirmed (only reported), disputed (sources disagree on whether, "
            "when or where), denied (a party to it says it did not happen). Absent: not "
            "assessed. Version 4."))] | UnsetType = UNSET


class TimelineProject(Struct, forbid_unknown_fields=True, omit_defaults=True):
    """What the Timeline Project file the timeline was opened from said of its events that the lanes do not hold, written back by the Timeline Project export. Version 12."""  # noqa: E501

    milestones: Annotated[list[_ID], Meta(
        description="The ids of the events that were milestones.",
        extra_json_schema={"uniqueItems": True})] = msgspec.field(default_factory=list)
    containers: Annotated[list[str], Meta(
        description="The lanes that were containers, their events its sub-events.",
        extra_json_schema={"uniqueItems": True})] = msgspec.field(default_factory=list)
    own_categories: Annotated[dict[str, str], Meta(description=(
        "A sub-event's id → the category it had in the file (its lane is its "
        "container)."))] = msgspec.field(default_factory=dict)
    parents: Annotated[dict[str, str], Meta(description=(
        "A lane → the lane its category was under."))] = msgspec.field(default_factory=dict)
    colors: Annotated[
        dict[str, Annotated[str, Meta(extra_json_schema={"pattern": COLOR_PATTERN})]],
        Meta(description=(
            "An event's id → its own colour in the file (<default_color>, #rrggbb) where "
            "it was not The Timeline Project's default. Version 13."))
    ] = msgspec.field(default_factory=dict)


class LeftOut(Struct, forbid_unknown_fields=True, gc=False):
    """A reading a person left out (unticked) when importing an article: a later import of the same article offers it unticked, saying so. Version 8."""  # noqa: E501

    source: Annotated[_ID, Meta(description=(
        "The article's id (a source's id: the same text has the same id)."))]
    sentence: Annotated[str, Meta(description="The sentence it was read from.")]
    category: str
    date: Annotated[str, Meta(description=(
        "Its date (and end) in words, as the review showed it (\"15 January 2027\")."))]
    on: Annotated[str, Meta(
        description="The day it was left out, YYYY-MM-DD.",
        extra_json_schema={"pattern": _DAY_PATTERN})]
    how: Annotated[Literal["deleted", "merged"], Meta(description=(
        "How it was left out, when not unticked in an import's review: its event deleted "
        "from the timeline, or merged by hand into another event, after the import. "
        "Version 9."))] | UnsetType = UNSET


class TimelineFile(Struct, forbid_unknown_fields=True, kw_only=True):
    """The native file format of Diplomatic Timeline. The loader (timeline_app/io/native.py) also checks what a schema cannot: that dates exist (no 2025-02-30), that ids are unique, that events name known sources, and that evidence sentences equal the source text at their offsets."""  # noqa: E501

    format: Annotated[str, Meta(extra_json_schema={"const": FORMAT_NAME})]
    version: Annotated[int, Meta(extra_json_schema={"minimum": 1, "maximum": FORMAT_VERSION})]
    title: Annotated[str, _default("Untitled timeline")] | UnsetType = UNSET
    description: str | UnsetType = UNSET
    category_colors: Annotated[
        dict[str, Annotated[str, Meta(extra_json_schema={"pattern": COLOR_PATTERN})]],
        Meta(description=(
            "The colour chosen for a category (lane), #rrggbb, by category name; a category "
            "not listed gets the app's own colour. Written only when not empty."))
    ] | UnsetType = UNSET
    lane_order: Annotated[list[str], Meta(
        description=(
            "The lanes (category names) in the order their owner put them, first to last "
            "(top to bottom); a lane not listed follows them in the app's own order. "
            "Version 2; written only when not empty."),
        extra_json_schema={"uniqueItems": True})] | UnsetType = UNSET
    era_lanes: Annotated[list[str], Meta(
        description=(
            "The lanes (category names) whose events are eras: periods drawn as bands "
            "behind every lane, written as eras by the TimelineJS and Timeline Project "
            "exports. Absent: the lanes named \"era\" and \"eras\"; an empty list: none. "
            "Version 7; written only when a person chose (Show as Eras) or an import "
            "said."),
        extra_json_schema={"uniqueItems": True})] | UnsetType = UNSET
    title_typed: Annotated[bool, Meta(description=(
        "The title is the name a person typed (Timeline → Properties): the app never "
        "renames the timeline to follow its events' years. Version 13; written only "
        "when true and the title ends in years (the only names the app renames)."))
    ] | UnsetType = UNSET
    titles_by_hand: Annotated[list[_ID], Meta(
        description=(
            "The ids of the events whose title a person typed or chose: a later merge "
            "keeps it word for word. Version 8; written only when not empty."),
        extra_json_schema={"uniqueItems": True})] | UnsetType = UNSET
    left_out: Annotated[list[LeftOut], Meta(description=(
        "The readings a person left out of an import, in the order they were left "
        "out. Version 8; written only when not empty."))] | UnsetType = UNSET
    kept_lanes: Annotated[list[str], Meta(
        description=(
            "The lanes whose names are read as written: a name not listed whose first "
            "letter is a capital and the rest lower case (\"Treaty\") is the lane with a "
            "small first letter (\"treaty\"), shown with the capital. Version 10; "
            "written only when a lane would otherwise read back as another."),
        extra_json_schema={"uniqueItems": True})] | UnsetType = UNSET
    timeline_project: TimelineProject | UnsetType = UNSET
    sources: list[Source] | UnsetType = UNSET
    events: list[Event]


class Header(Struct):
    """Only the format marker and version, read when a file does not decode: a newer
    version may differ in any other way, and then that is the only useful message."""

    format: msgspec.Raw | UnsetType = UNSET
    version: msgspec.Raw | UnsetType = UNSET


def json_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of the native format, as shipped in the resources.

    Returns:
        The schema as a JSON-ready dict: the file object at the root, the other objects
        under ``$defs`` by their type names.
    """
    generated = msgspec.json.schema(TimelineFile)
    defs: dict[str, Any] = generated["$defs"]
    root = defs.pop(TimelineFile.__name__)
    # What a date's value looks like depends on its precision: no type says that.
    defs[Date.__name__]["allOf"] = _DATE_RULES
    # Which version a file needs follows from the fields it uses (``native.needed_version``).
    root["allOf"] = [_MOD_NEEDS_VERSION, _EVIDENCE_SOURCE_NEEDS_VERSION, _STATUS_NEEDS_VERSION,
                     _LIMIT_NEEDS_VERSION, _TIME_NEEDS_VERSION, _ERA_LANES_NEEDS_VERSION,
                     _HAND_NEEDS_VERSION, _REMOVED_NEEDS_VERSION, _KEPT_LANES_NEEDS_VERSION,
                     _KIND_NEEDS_VERSION, _PROJECT_SHAPE_NEEDS_VERSION,
                     _PROJECT_COLORS_NEEDS_VERSION, _DAY_PART_NEEDS_VERSION]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **{key: value for key, value in root.items() if key != "title"},
        "title": f"Diplomatic Timeline file, version {FORMAT_VERSION}",
        "$defs": defs,
    }


def schema_text() -> str:
    """``json_schema()`` as the text of ``resources/timeline.schema.json``."""
    import json

    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
