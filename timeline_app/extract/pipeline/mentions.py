"""The record the stages pass along: one :class:`Mention` per trigger word.

Triggers (:mod:`.triggers`) create mentions; arguments (:mod:`.arguments`) fill in what
the text says around them; dating (:mod:`.dating`) gives them a date or an
:class:`Anchor` on another mention; merging (:mod:`.merging`) puts them into events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...core import FuzzyDate
from ..sentences import Segment
from ..timex import Timex

if TYPE_CHECKING:  # (a cluster holds mentions: only the annotation needs it)
    from .merging import Cluster


@dataclass
class Anchor:
    """A mention dated relative to another: "two months following EVENT"."""

    ref: Mention | None  # None: relative to the DCT
    sign: int  # -1: the mention is earlier than the reference ("after"), +1 later ("before")
    amount: int
    unit: str  # "Y", "M", "W", "D", or "" for "same time"
    approx: bool
    timex: Timex | None
    words: str  # "two months following"
    # "weeks after", "a few weeks later": a count the text does not give (ext94); weeks so
    # told are several, read as VAGUE_WEEKS at month precision (merging.resolve_anchors)
    vague: bool = False
    # the sentence's own date the interval counts from when no trigger of ours is dated by
    # it ('The first picnics took place in May 2001, two months after the ceasefire': ``ref`` is
    # None, and the count is from May 2001, not from the dateline; ext157)
    counted_from: Timex | None = None


@dataclass
class Mention:
    """One trigger word in one sentence, and what the text says around it."""

    seg: Segment
    start: int  # trigger offsets in the article
    end: int
    word: str
    category: str
    weight: float
    pos: str
    verb: str
    phrase_start: int = 0
    phrase_end: int = 0
    np_end: int = 0  # end of the noun phrase itself, before "took place in ..."
    participants: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    # "X would take part as an observer"; a gathering's hosts, a host's reporting official
    joined_by: list[str] = field(default_factory=list)
    subject: str = ""
    subject_phrase: str = ""  # "Stock markets": a subject that names nobody, for titles only
    location: str = ""
    occasion: str = ""
    kind: str = ""  # trilateral, bilateral, ...
    ordinal: int | None = None
    scheduled: bool = False
    planned: bool = False  # "to cut", "will cut": a plan or a possibility, not a fact
    lead_in: str = ""  # "agree" of "agreed to buy"
    host: str = ""  # "Trump" of "Trump welcomed May ..., the first leader to visit"
    hedged: bool = False
    unresolved: bool = False  # dated by a relative expression, and there is no DCT
    reported_by: Mention | None = None  # "announced that ... met": the verb of saying
    object_of: Mention | None = None  # "restored them": the verb whose object "them" is
    # "adopted its first resolution, ..., and the most far-reaching one, Resolution 1929, on
    # ...": a gapped second object's phrase is its name; its verb is looked for before this
    # offset (the first object's phrase), not before its own phrase (titles._light_verb)
    light_at: int | None = None
    patient: str = ""  # "the accord" of "the accord was signed" (passive voice)
    object_text: str = ""
    date: FuzzyDate | None = None
    date_basis: str = ""
    date_timex: Timex | None = None
    # "due by mid-2027": the date is a limit (a key of ``dates.LIMITS``), given to the
    # event's date when the event is this mention's date (:func:`.dating.say_limits`)
    limit: str | None = None
    confidence: float = 0.0
    anchor: Anchor | None = None
    title: str = ""
    derived_from: Mention | None = None
    # "The ceasefire ... would take effect": the earlier agreement whose parties are this
    # act's (arguments.who.parties_of_the_thing_agreed), so no one else named in its sentence
    agreed_in: Mention | None = None
    # "the Washington summit of August 8, 2025, at which both sides initialled ...": the
    # gathering a relative clause sets this act at (its date, place and hosts are the act's)
    at_gathering: Mention | None = None
    absorbed: list[Mention] = field(default_factory=list)
    # "two diplomats briefed on the meeting said": an event a source knows of, named again by
    # a definite noun; it may join the event it refers back to (merging.adopt), never be one
    known_by_a_source: bool = False
    # "rejected the 1899 award": a text of a year whose parties are only those its own
    # phrase names (:func:`.arguments.who.a_text_of_a_year_names_its_own_parties`)
    own_parties: bool = False
    # The events (clusters) the mention was put in: set by Cluster.add.
    homes: list[Cluster] = field(default_factory=list, repr=False, compare=False)
