"""Turn an article into dated event candidates: the flow of the event builder.

:func:`extract_events` runs the stages of :mod:`.pipeline`, one module each::

    text ─► DCT (dateline or given) and temporal expressions (tag_timexes)
         ─► sentences.split_sentences + bound_segments ──► segments
         ─► pipeline.triggers.find_mentions ──► mentions (trigger words read as events)
         ─► pipeline.arguments.describe_mentions ──► + subject, participants, place, ...
         ─► pipeline.dating.date_mentions ──► + date or anchor on another mention
         ─► pipeline.merging (cluster, adopt, resolve anchors, anniversaries) ──► events
         ─► pipeline.titles, pipeline.spans ──► Candidate(title, date, end, basis, ...)

Every date carries ``date_basis``: how it follows from the text, in words.  No rule is
keyed on a particular name; all word lists are data (:mod:`.event_vocabulary`).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..core import Event, Evidence, FuzzyDate, Precision, Source, new_event_id
from ..core.duplicates import placed_by_a_later_clause
from ..core.occurrence import (
    NOT_HELD,
    NOT_HELD_SUFFIX,
    SCHEDULED_SUFFIX,
    not_held_note,
    not_held_note_of,
    not_held_words,
)
from ..core.reimport import article_id
from . import event_vocabulary as vocab
from .chronology import entry_clause
from .dateline import STATE_LINE, Dateline, byline_spans, letterhead_case, read_dateline
from .letters import CAPITAL
from .other_calendars import as_written, gregorian_years_in_place, years_of_other_calendars
from .pipeline.arguments import (
    describe_mentions,
    event_participants,
    lead_group,
    lead_side_and_partner,
    lead_sides,
    named_in_full,
    opening_group,
    place_told_before,
    regions_joined_in_a_gathering,
    seat_of_the_court,
    sides_of_a_dispute,
    state_of_force,
    whose_own_gathering,
)
from .pipeline.dating import (
    absolute_timexes,
    ceremony_of_the_lead_told_next,
    date_after_the_story_s_event,
    date_also_said_after_the_lead,
    date_by_a_programmes_paragraph_day,
    date_by_day_headings,
    date_by_entry_stamps,
    date_counted_days,
    date_days_after_a_day,
    date_during_the_visit,
    date_gapped_coordinations,
    date_mentions,
    date_nouns_by_their_clause,
    date_on_the_sidelines,
    date_ranges_of_years,
    date_statements_made_at_an_occasion,
    date_stopped_after_a_dated_one,
    date_the_eve_of,
    date_undated_lead,
    date_years_since,
    deadline_day,
    find_dct,
    fold_reduced_relatives,
    mark_unresolved,
    named_week,
    order_reactions,
    people_of_the_lead_meeting_told_again,
    place_lead_event,
    place_named_in_the_sentence,
    say_limits,
    seasons_as_modifiers,
    the_lead_s_news_announced_next,
    time_of_day,
    timex_to_date,
    undate_references,
    years_of_a_year_reviewed,
    years_of_dated_entries,
)
from .pipeline.entities import Entities
from .pipeline.fiscal import fiscal_year_span
from .pipeline.inflection import third_person, verb_lemma
from .pipeline.lexicon import TRIGGER_TABLE
from .pipeline.mentions import Mention
from .pipeline.merging import (
    Cluster,
    cluster_location,
    confidence_of,
    event_category,
    evidence_of,
    fold_counted_ends_into_dated_ones,
    fold_trips_into_their_meetings,
    merge_mentions,
    place_acts_of_visits,
)
from .pipeline.phrases import CAPITALS, COUNTRIES, DEMONYMS, join_names, upper_first
from .pipeline.spans import event_end
from .pipeline.titles import (
    compose_title,
    fold_bare_statements,
    inside_the_name,
    says_little,
    shorten_keeping_the_verb,
    whose_talks,
    with_acronym,
)
from .pipeline.triggers import (
    absorb_objects,
    find_acts_done_before,
    find_dated_conjuncts,
    find_diary_entries,
    find_entry_lines,
    find_lead_statements,
    find_mentions,
    find_named_days,
    find_next_ones,
    find_ordered_gerund_acts,
    find_previous_ones,
    find_state_starts,
    find_troops_out,
    interviewers_question,
)
from .sentences import Segment, bound_segments, split_sentences
from .timex import (
    Timex,
    choose_mode,
    dates_counted_from_events,
    news_cues,
    restated_times,
    tag_timexes,
)
from .wire_slugs import without_slugs

__all__ = ["Candidate", "ExtractionResult", "NoDateError", "ReadingStoppedError", "extract_events",
           "furniture_spans", "timex_to_date"]


class NoDateError(ValueError):
    """The article has no date to resolve relative expressions against, and none was given."""


class ReadingStoppedError(Exception):
    """:func:`extract_events`'s ``progress`` callback returned False: the reading was
    stopped (the Import Article dialog's Stop) and has no result."""


#: The passes of :func:`extract_events`, in order, and the share of a reading's time each
#: takes, in thousandths, for a text of 512 KB and one of 5 MB: the shares move with the
#: length, as the passes grow at different rates (describing the mentions from 26 % of
#: 0.5 MB to 44 % of 5 MB).  Measured on verify45's six news articles repeated (session 37,
#: fix76: ``benchmarks/reading_progress.py``); within the four longest passes the share
#: moves with the rule or the mention the pass has reached.
_PASSES = ("dateline", "dates", "sentences", "triggers", "describe", "dating", "merging",
           "titles")
_SHARES_AT: tuple[tuple[int, tuple[int, ...]], tuple[int, tuple[int, ...]]] = (
    (512 * 1024, (5, 360, 120, 57, 256, 45, 113, 40)),
    (5 * 1024 * 1024, (1, 177, 59, 31, 436, 31, 193, 72)),
)
#: ``total`` of every ``progress(done, total)`` call of :func:`extract_events`.
READING_STEPS = 1000


def pass_shares(chars: int) -> dict[str, int]:
    """Each pass's share of the reading of a text of ``chars`` characters, in thousandths
    (they add up to :data:`READING_STEPS`): :data:`_SHARES_AT` interpolated on the
    logarithm of the length, its ends beyond them."""
    (small, at_small), (large, at_large) = _SHARES_AT
    where = (math.log(max(chars, 1)) - math.log(small)) / (math.log(large) - math.log(small))
    where = min(max(where, 0.0), 1.0)
    shares = [round(a + (b - a) * where) for a, b in zip(at_small, at_large, strict=True)]
    total = sum(shares)
    shares = [round(share * READING_STEPS / total) for share in shares]
    shares[-1] += READING_STEPS - sum(shares)
    return dict(zip(_PASSES, shares, strict=True))


def _no_report(_share: float) -> None:
    """The ``within`` callback of a reading nobody watches."""


class _ReadingProgress:
    """Tells ``report(done, READING_STEPS)`` how far a reading is and raises
    :class:`ReadingStoppedError` when it answers False.  Without ``report`` it does nothing
    (one attribute test a call)."""

    __slots__ = ("_done", "_report", "_shares")

    def __init__(self, report: Callable[[int, int], bool] | None, chars: int) -> None:
        self._report = report
        self._done = 0
        self._shares = pass_shares(chars) if report is not None else {}

    def _tell(self, done: int) -> None:
        assert self._report is not None
        if not self._report(min(done, READING_STEPS), READING_STEPS):
            raise ReadingStoppedError("the reading was stopped")

    def within(self, name: str) -> Callable[[float], None] | None:
        """A callback for the pass ``name``: called with the share (0-1) of it done."""
        if self._report is None:
            return None
        start, share = self._done, self._shares[name]
        return lambda fraction: self._tell(start + int(share * fraction))

    def passed(self, name: str) -> None:
        """The pass ``name`` is over."""
        if self._report is not None:
            self._done += self._shares[name]
            self._tell(self._done)


@dataclass(frozen=True)
class Candidate:
    """An event the extractor proposes, for the user to accept, edit or drop.

    Attributes:
        title: A short headline ("Cho Tae-yul and Takeshi Iwaya meet in Tokyo").
        date: When, at the precision the text gives (circa when derived loosely).
        date_basis: How the date follows from the text, in words.
        category: One of ``event_vocabulary.CATEGORIES``.
        confidence: 0..1, how sure the extractor is of the event and its date.
        location: Where, if the text says.
        participants: People or countries taking part, as the text names them.
        evidence: The sentences that mention the event.
        source_id: The ``Source`` the candidate was read from.
        end: The last day of an event that lasts, when the text gives it ("from 3 to 5
            June", "a three-day visit" from its first day, "next week": ``Event.end``,
            inclusive), else ``None``.
        status: How the claim stands as the article tells it (``Event.status``): "disputed"
            for a statement the same sentence calls a claim another party disputes
            (:func:`_disputed_claims`), else ``""`` (not assessed).
    """

    title: str
    date: FuzzyDate
    date_basis: str
    category: str
    confidence: float
    location: str = ""
    participants: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    source_id: str | None = None
    end: FuzzyDate | None = None
    status: str = ""

    def to_event(self, event_id: str | None = None) -> Event:
        """The candidate as a timeline ``Event`` (a new id unless one is given)."""
        return Event(
            id=event_id or new_event_id(),
            title=self.title,
            date=self.date,
            end=self.end,
            category=self.category,
            participants=self.participants,
            location=self.location,
            summary=entry_clause(self.evidence[0].sentence) if self.evidence else "",
            date_basis=self.date_basis,
            source_id=self.source_id,
            evidence=self.evidence,
            status=self.status,
        )


@dataclass(frozen=True)
class ExtractionResult:
    """What :func:`extract_events` found in one article.

    Attributes:
        source: The article as a ``Source`` (dateline place and date, how the date
            was found, the text).
        dct: The document creation time, or ``None`` when neither given nor found.
        dct_basis: How the DCT was established, in words.
        dateline: The dateline as read.
        timexes: The temporal expressions the tagger found.
        candidates: The event candidates, in date order.
        mode: How the dates were read: ``"news"`` or ``"narrative"``.
        requested_mode: The mode asked for: ``"auto"``, ``"news"`` or ``"narrative"``
            (shown again when the person goes back to the article).
        undated: The expressions left out because they need the DCT and there is none
            ("May 3", "September", "last month"; TimeML: underspecified values), in text
            order; empty when the article has a date or is read as a narrative.
        news_cues: When the reading mode was chosen automatically and chose a narrative:
            what in the text reads as news of a day, quoted (its dateline without a year,
            'said today', 'next week', a byline: ``timex.news_cues``), so that the import
            asks for the article's date rather than place those after the story's last date
            (verify43 F2); else empty.
    """

    source: Source
    dct: _dt.date | None
    dct_basis: str
    dateline: Dateline
    timexes: tuple[Timex, ...]
    candidates: tuple[Candidate, ...]
    mode: str = "news"
    requested_mode: str = "auto"
    undated: tuple[Timex, ...] = ()
    news_cues: tuple[str, ...] = ()


def _standfirsts_as_headings(segments: list[Segment], dateline: Dateline) -> list[Segment]:
    """The segments, those above the dateline (or the date line that stands for it) taken as
    headings: a headline's full-sentence standfirst ('Serbia's foreign ministry protested to
    Croatia's ambassador after ...' above 'By X | Belgrade | April 8, 2016') repeats the
    story the body tells and dates, as the headline does."""
    above = [s for s in segments if s.end <= dateline.span[0] and s.kind == "sentence"]
    if not above or len(above) > _STANDFIRST_SENTENCES:
        return segments  # none, or body text above a line read as a dateline: not a standfirst
    if not any(s.start >= dateline.span[1] and s.kind == "sentence" for s in segments):
        # a date line at the story's foot ("Published - June 09, 2027 10:52 pm IST", The
        # Hindu): what is above it is the story itself (ext69: a two-sentence story gave
        # no event)
        return segments
    return [replace(s, kind="heading") if s in above else s for s in segments]


def _dateline_alone(segments: list[Segment], dateline: Dateline) -> list[Segment]:
    """The segments, a sentence that lies within the dateline's span marked ``"dateline"``:
    "MOSCOW, November 18. /TASS/." and "BAKU, Azerbaijan, October 10." end in a full stop
    and are split as sentences of their own, and the stages that read the story's lead
    (``sentences.body_segments``) took them for it (verify55 F34, F22: the lead's news gave
    no row)."""
    start, end = dateline.span
    if end <= start:
        return segments
    return [replace(s, kind="dateline") if s.kind == "sentence" and start <= s.start
            and s.end <= end else s for s in segments]


_STANDFIRST_SENTENCES = 2
"""A standfirst is a sentence or two; more text above a dateline is body text."""


_MASTHEAD = re.compile(r"\s[|\u2022\u00b7]\s")
"""A masthead or a section path: 'POLITIKA | Politics', 'World · Europe'."""
_SECTION_THEN_HEADLINE = re.compile(
    r"(?P<section>[^\W\d_][\w'\u2019&-]*+(?:[^\S\n][^\W\d_][\w'\u2019&-]*+){0,2})"
    r"[^\S\n]++[|\u2022\u00b7][^\S\n]++"
    r"(?P<headline>(?=[^|\u2022\u00b7\n]*?\s[a-z])(?:[^\s|\u2022\u00b7]++[^\S\n]++){4,}"
    r"[^\s|\u2022\u00b7]++)")
"""A section's label before its article's headline: 'Commentary | The India-China thaw: how
durable is the détente on the LAC?', 'Opinion | Why the talks failed' (verify61 F9): a label
of one to three words, then one headline of five words or more with a lower-case word, not a
masthead's short places or sections ('Balkan Insight | Pristina, Belgrade')."""
_BYLINE = re.compile(r"(?:By|BY|Written\s++by|Author\s*+:)[^\S\n]++[A-Z]")
"""A byline's opening ('By Dr. Meera Raghunathan, Senior Fellow'): no headline."""
_LETTERHEAD = re.compile(
    r"(?i:(?:the\s+)?(?:republic|kingdom|state|government|ministry|embassy|office|permanent\s+"
    r"mission|department|federal\s+department|presidency|cabinet)\b.{0,80}?\bof\b.{0,80}"
    r"|(?:press|news|media)\s+release|press\s+statement|statement|for\s+immediate\s+release)")
"""A press release's letterhead and label: 'Republic of Kosovo', 'Ministry of Foreign Affairs
and Diaspora', 'PRESS RELEASE'; with a state's name in full (:data:`dateline.STATE_LINE`:
'Federal Democratic Republic of Ethiopia', verify45 F8, the Ethiopian ministry's release was
titled with it)."""


def article_title(segments: Sequence[Segment], dateline_span: tuple[int, int]) -> str:
    """The article's headline: its first heading that is no masthead or section path
    (:data:`_MASTHEAD`), no letterhead or label (:data:`_LETTERHEAD`), not the dateline or a
    date line (no letters), else its first heading, else ``""``.  Politika's story was
    titled "POLITIKA | Politics" and the Kosovo ministry's "Republic of Kosovo", the
    headlines on the lines below them (verify43 F3)."""
    # A byline ("By Dr. Meera Raghunathan, Senior Fellow") is never the headline (verify61
    # F9: the article was titled by it, its headline "Commentary | ..." read as a masthead)
    headings = [s for s in segments if s.kind == "heading" and not _BYLINE.match(s.text.lstrip())]
    start, end = dateline_span
    for i, heading in enumerate(headings):
        text = heading.text.strip()
        if (labelled := _SECTION_THEN_HEADLINE.fullmatch(text)) is not None:
            return labelled.group("headline")  # "Commentary | The India-China thaw: ..."
        if (_MASTHEAD.search(text) or _LETTERHEAD.fullmatch(text)
                or STATE_LINE.fullmatch(letterhead_case(text))
                or not any(c.isalpha() for c in text)
                or (heading.start < end and start < heading.end)
                or _above_a_label(heading, headings[i + 1:])):
            continue
        return heading.text
    first = _headline_line(segments)
    if first:
        return first
    return headings[0].text if headings else ""


def _headline(segments: Sequence[Segment], dateline: Dateline) -> str:
    """The article's headline (:func:`article_title`) without its wire slugs
    ("UPDATE 2-", verify44 F21), or ``""``."""
    return without_slugs(article_title(segments, dateline.span))[0]


def headline(text: str) -> str:
    """The headline ``extract_events`` gives ``text``'s ``Source`` (its ``title``), or
    ``""``, read without the rest of the extraction (a few milliseconds for an article):
    what a question about an article pasted without a name calls it (verify51: the
    crashed review's question said "pasted text", the review the headline)."""
    dateline = read_dateline(text)
    return _headline(_standfirsts_as_headings(bound_segments(split_sentences(text), text),
                                              dateline), dateline)


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the segments of ``text`` that are no sentence of
    the story but what the reader knows is around it: the headline (as :func:`headline`
    reads it, slugs included), each byline (``dateline.byline_spans``) and a dateline
    standing alone as a sentence ("MOSCOW, November 18. /TASS/.", ``_dateline_alone``).
    Add quote… leaves them out of the sentences it offers (verify63 F15: its list began
    with the headline and "By Layla Haddad and Karim Nasser")."""
    dateline = read_dateline(text)
    segments = _dateline_alone(_standfirsts_as_headings(
        bound_segments(split_sentences(text), text), dateline), dateline)
    spans = byline_spans(text)
    title = " ".join(article_title(segments, dateline.span).split())
    for segment in segments:
        if segment.kind == "dateline" or (title and " ".join(segment.text.split()) == title):
            title = title if segment.kind == "dateline" else ""  # (the headline once)
            spans.append((segment.start, segment.end))
    return sorted(spans)


_LABEL = re.compile(r"(?i:(?:press|news|media)\s+release|press\s+statement|statement|"
                    r"for\s+immediate\s+release)")


def _above_a_label(heading: Segment, after: Sequence[Segment]) -> bool:
    """Whether ``heading`` is the first line and a release's label line ('PRESS RELEASE')
    follows it: the issuing body's name as its letterhead writes it ('European External
    Action Service' / 'PRESS RELEASE' / the headline, verify46 F3)."""
    # (or one of the two lines above it: "Minister for Foreign Affairs / Senator the Hon Penny
    # Wong / MEDIA RELEASE", verify57 F10: the article was "Minister for Foreign Affairs")
    above = [heading, *after[:2]]
    label = next((i for i, h in enumerate(above) if _LABEL.fullmatch(h.text.strip())), None)
    return (label is not None and label > 0 and above[label].paragraph <= 2
            and above[label].paragraph == heading.paragraph + label
            and all(_reads_as_a_name(h.text) for h in above[:label]))


_NAME_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "de", "du", "des", "la", "le"})
_NAME_WORDS = 8


def _reads_as_a_name(line: str) -> bool:
    """Whether ``line`` reads as a body's name, not a headline: at most :data:`_NAME_WORDS`
    words, every one capitalised but the small words of names ('Office for the Coordination
    of Humanitarian Affairs'); 'IAEA Director General Statement on Agreement with Iran on
    Resumption of Verification' above 'PRESS RELEASE' is the headline (verify47 F8: the
    letterhead under the label titled the article)."""
    words = line.split()
    return len(words) <= _NAME_WORDS and all(
        w[0].isupper() or not w[0].isalpha() or w in _NAME_SMALL_WORDS for w in words)


_HEADLINE_WORDS = 25


def _headline_line(segments: Sequence[Segment]) -> str:
    """The article's first line when it is a line by itself that reads as a headline (at most
    :data:`_HEADLINE_WORDS` words, no closing full stop), else ``""``: a headline ending in a
    question mark ('ANALYSIS: … But Can It Outlast the Last One?') is split as a sentence, and
    the only heading left was the masthead under the standfirst ('Balkan Insight | Pristina,
    Belgrade', verify46 F3)."""
    if not segments or segments[0].paragraph != 0 or segments[0].kind == "heading":
        return ""  # none, or a heading the caller has turned down
    if len(segments) > 1 and segments[1].paragraph == 0:
        return ""  # the first line holds more than one sentence: body text
    text = segments[0].text.strip()
    if text.endswith(".") or len(text.split()) > _HEADLINE_WORDS or _MASTHEAD.search(text):
        return ""
    return segments[0].text


def extract_events(text: str, dct: _dt.date | None = None, place: str | None = None,
                   *, require_dct: bool = False, mode: str = "auto",
                   timeline_days: Sequence[_dt.date] = (),
                   progress: Callable[[int, int], bool] | None = None) -> ExtractionResult:
    """Read an article and propose dated events.

    Args:
        text: The article text.
        dct: The document creation time when known; else it is read from the dateline.
        place: Where the article was filed, when known; else the dateline's place.
        require_dct: Raise ``NoDateError`` instead of leaving out relative dates when
            the article has relative expressions and no date to resolve them against.
        mode: ``"news"``: relative and year-less dates need the article's date (DCT);
            ``"narrative"`` (history, background): without a DCT they are anchored to the
            last date the text mentions, as HeidelTime's narrative mode does;
            ``"auto"`` (default): narrative when the article has no date and reads as a
            story (``timex.choose_mode``), else news.
        timeline_days: Dates of the open timeline the article is imported into (its
            articles' dates), a hint for a dateline's year the text leaves open
            (``read_dateline``); empty (default): the text alone decides.
        progress: Called as ``progress(done, READING_STEPS)`` as the reading goes on
            (``done`` in thousandths of the reading's time: :func:`pass_shares`; some
            hundred calls for an article, a few thousand for megabytes), from the
            thread that reads; returning False stops the reading.

    Returns:
        The result with its ``Source``, DCT and how it was found, the temporal
        expressions, and the merged event candidates in date order.  An article
        without any date gives no candidates; without a DCT only absolute dates
        ("March 2023") are used and relative ones ("last month") are left out.

    Raises:
        NoDateError: Only with ``require_dct``: relative expressions and no DCT.
        ReadingStoppedError: ``progress`` returned False.
    """
    steps = _ReadingProgress(progress, len(text))
    dateline = read_dateline(text, dct.year if dct else None, timeline_days=timeline_days)
    if dct is not None and dateline.date != dct:
        # The caller's date wins; the dateline still supplies the place and the span.
        dateline = Dateline(dateline.place, dct.month, dct.day, dct.year, dateline.outlet,
                            dateline.span, dateline.year_basis)
    dct, dct_basis = find_dct(dct, dateline)
    if place:
        dateline = Dateline(place, dateline.month, dateline.day, dateline.year, dateline.outlet,
                            dateline.span, dateline.year_basis)
    relative: list[Timex] = []
    cues: tuple[str, ...] = ()
    if mode not in ("auto", "news", "narrative"):
        raise ValueError(f"unknown reading mode {mode!r}: auto, news or narrative")
    # (a dateline with its day but no year the text settles is news of that day, not a
    # story told in dated steps: read as a narrative, its 'last August' and 'In March' took
    # the year of the date told before them, a year the text does not support; ext97)
    narrative = dct is None and (mode == "narrative"
                                 or (mode == "auto" and dateline.day is None
                                     and choose_mode(text, None) == "narrative"))
    steps.passed("dateline")
    # (a Thai story's 'B.E. 2543', 'early 2568' read as Gregorian years, at their offsets)
    read = gregorian_years_in_place(text)
    if dct is not None:
        timexes = as_written(text, read, tag_timexes(read, dct, progress=steps.within("dates")))
    elif narrative:
        timexes = as_written(text, read, tag_timexes(read, None, mode="narrative",
                                                     progress=steps.within("dates")))
        if mode == "auto":
            found_line = (" ".join(text[dateline.span[0]:dateline.span[1]].split()),) \
                if dateline.span[1] > dateline.span[0] else ()
            cues = found_line + tuple(c for c in news_cues(text) if c not in found_line)
        dct_basis = f"{dct_basis}; read as a narrative: dates without a year take it from " \
                    "the last date mentioned"
    else:
        timexes, relative = absolute_timexes(read, progress=steps.within("dates"))
        timexes, relative = as_written(text, read, timexes), as_written(text, read, relative)
        if require_dct and relative:
            raise NoDateError(f"'{relative[0].text}' needs the article's date, and there is "
                              f"none: {dct_basis}")
    timexes = dates_counted_from_events(timexes)  # ("within a week of its signing": a DATE)
    timexes = years_of_dated_entries(text, timexes)  # ("- April 19, 2013: ...; on April 22")
    timexes = years_of_a_year_reviewed(text, timexes, dct)  # ("2025 in diplomacy": "on 18 March")
    timexes = years_of_other_calendars(text, timexes)  # ("28 May 2568" in a Thai story)
    timexes = seasons_as_modifiers(text, timexes)  # ("why winter releases could not be cut")
    tagged = timexes  # (every expression, for the result: the Article pane marks them)
    restated = {id(t) for t in restated_times(timexes, text)}
    timexes = [t for t in timexes if id(t) not in restated]  # ("18:00 | (14:00 GMT)": one time)
    steps.passed("dates")
    # sentences
    segments = _dateline_alone(_standfirsts_as_headings(
        bound_segments(split_sentences(text), text), dateline), dateline)
    entities = Entities(text, dateline.span)
    steps.passed("sentences")
    # triggers and their arguments
    mentions = [m for m in find_mentions(text, segments) if not interviewers_question(text, m.seg)]
    mentions = find_dated_conjuncts(text, segments, mentions, timexes, dct, dateline.span)
    mentions = find_previous_ones(text, segments, mentions, timexes, dct)
    mentions = find_next_ones(text, segments, mentions, timexes, dct)
    mentions = find_acts_done_before(text, segments, mentions, timexes, dct)
    mentions = find_ordered_gerund_acts(text, segments, mentions, timexes, dct)
    mentions = find_state_starts(text, segments, mentions, timexes, dct)
    mentions = find_troops_out(text, segments, mentions, timexes, dct)
    mentions = find_named_days(text, segments, mentions, timexes, dct)
    mentions = find_entry_lines(text, segments, mentions, timexes, dct)
    mentions = find_diary_entries(text, segments, mentions, timexes, dct, dateline.span[1])
    mentions = find_lead_statements(text, segments, mentions, dct)
    steps.passed("triggers")
    describe_mentions(text, mentions, entities, dateline, timexes,
                      progress=steps.within("describe"))
    steps.passed("describe")
    entities.people_of_one_name_told_apart(mentions)
    mentions = absorb_objects(mentions, timexes, text)
    # dates (told how far at three points between the steps: none is long alone)
    dating = steps.within("dating") or _no_report
    date_mentions(text, mentions, timexes, dateline, dct, narrative=narrative)
    date_ranges_of_years(text, mentions, timexes, dct)
    date_by_entry_stamps(text, mentions, timexes, dct)
    date_by_day_headings(segments, mentions, timexes, dct, dateline.span[1])
    date_counted_days(segments, mentions, timexes, dct, dateline.span[1])
    date_by_a_programmes_paragraph_day(segments, mentions, timexes, dct)
    date_years_since(text, mentions)
    date_during_the_visit(text, mentions)
    dating(0.3)
    date_after_the_story_s_event(text, mentions)
    undate_references(text, mentions)
    fold_reduced_relatives(text, mentions)
    date_nouns_by_their_clause(text, mentions)  # ("the accord they signed in 2011")
    dating(0.5)
    mentions = date_gapped_coordinations(text, mentions, timexes, dct)
    dating(0.7)
    date_statements_made_at_an_occasion(segments, mentions)
    date_undated_lead(segments, mentions, dct)
    date_also_said_after_the_lead(segments, mentions)
    the_lead_s_news_announced_next(segments, mentions, timexes)
    people_of_the_lead_meeting_told_again(segments, mentions, entities, text)
    ceremony_of_the_lead_told_next(segments, mentions)
    mark_unresolved(mentions, relative, dateline.span[1])
    place_lead_event(mentions, dateline, dct, text)
    date_on_the_sidelines(text, mentions)
    date_the_eve_of(text, mentions, timexes, dct, dateline.span[1])
    date_days_after_a_day(text, mentions, timexes)
    date_stopped_after_a_dated_one(text, mentions, timexes)
    place_named_in_the_sentence(mentions, timexes)
    place_told_before(mentions, dateline, entities)  # ("there", "the island nation's capital")
    order_reactions(text, mentions, dct)
    say_limits(text, mentions, dct)
    mentions = [m for m in mentions if not _a_beginning_decades_ago(m, text)]
    steps.passed("dating")
    # merging
    clusters, lead_countries = merge_mentions(text, mentions, entities, dct, timexes,
                                              progress=steps.within("merging"),
                                              segments=segments)
    steps.passed("merging")
    # "both sides" of a story of two parties ("Sudan's army and the RSF agreed")
    sides = lead_sides(mentions, entities)
    sides = sides or lead_side_and_partner(mentions, entities)  # ("ASEAN ... talks with China")
    found = fold_bare_statements(clusters, text, timexes, entities, dct, lead_countries)
    place_acts_of_visits(found, entities)
    found = fold_trips_into_their_meetings(found, dct)
    found = fold_counted_ends_into_dated_ones(found)  # ("three years after the deal collapsed")
    # titles: one candidate per event
    source = Source(
        id=article_id(text),  # (what a review knows its left-out readings by)
        title=_headline(segments, dateline),
        outlet=dateline.outlet,
        dateline_place=dateline.place,
        dateline_date=dct,
        date_basis=dct_basis,
        text=text,
    )
    group = lead_group(mentions, entities)  # ("Egypt, Ethiopia and Sudan resumed talks")
    # the group a sentence counts ("the three leaders"), also when the lead's act names none
    # ("Yoon returned home ... Yoon, Biden and Kishida held their first trilateral summit")
    counted = group or opening_group(mentions, entities, CAPITALS.get(
        dateline.place.title(), CAPITALS.get(dateline.place, "")) if dateline.place else "")
    times = _PeopleTimes(found, entities, text)
    # (the first two keep one candidate a cluster; the last drops a plan's row)
    candidates, told_in_the_plan = _plans_put_off_from_a_first_day(found, _plans_put_off_before(
        found, _plans_put_off_later(found, [
            _candidate(c, text, timexes, entities, dct, lead_countries, source.id, sides, group,
                       counted, times)
            for c in found])), dct)
    candidates = [c for c in _putting_off_told_with_its_plan(found, text, candidates, dct)
                  if id(c) not in told_in_the_plan]
    candidates = _look_backs(_disputed_claims(_doers_of_the_measure_told_before(candidates)))
    candidates += _named_periods(segments, timexes, candidates, source.id)
    candidates.sort(key=lambda x: (x.date.sort_key(), x.title))
    steps.passed("titles")
    return ExtractionResult(source, dct, dct_basis, dateline, tuple(tagged), tuple(candidates),
                            "narrative" if narrative else "news", mode, tuple(relative),
                            cues[:4])


_DECADES_AGO = re.compile(
    r"(?i:(?:two|three|four|five|six|seven|eight|nine|several|many|\d+)\s+decades|half\s+a\s+"
    r"century|a\s+century|generations)\s+ago")
"""'seven decades ago', 'half a century ago': a round count back from the article's day, as a
lede tells where a story began."""
_WHAT_BEGAN = re.compile(r"([A-Za-z-]+)\s+(?:(?:that|which)\s+)?(?:had\s+)?(?:first\s+)?$")
"""The noun before 'began': 'a circle | that began', 'the feud | began'."""


def _a_beginning_decades_ago(m: Mention, text: str) -> bool:
    """Whether ``m`` is a "began" or "started" dated only by a round count of decades back
    (:data:`_DECADES_AGO`) whose subject is no event ('a circle that began with a handshake
    ... seven decades ago', 'a story that started ... six decades ago'): a lede's figure of
    speech, no event (verify86 F6: "1955 Circle begins with a handshake").  Not "the feud
    began four decades ago", a dispute's own start (its noun is a trigger), nor an act the
    sentence names, which is a mention of its own."""
    t = m.date_timex
    if m.pos != "verb" or m.verb not in ("begin", "start") or t is None \
            or _DECADES_AGO.fullmatch(t.text) is None:
        return False
    before = _WHAT_BEGAN.search(text, max(m.seg.start, m.start - 40), m.start)
    noun = before.group(1).lower() if before else ""
    return not (noun in TRIGGER_TABLE and TRIGGER_TABLE[noun][2] == "noun")


_NAMED_PERIOD = re.compile(
    r"(?<![\w'-])[Tt]he\s++(?P<name>(?:[A-Z][\w'\u2019-]*+\s++){1,4}+(?:years|era|period|decades))"
    r"(?:\s*+,\s*+(?:(?:roughly|about|around|approximately|from|between|circa|c\.)\s++)?"
    r"|\s*+\(\s*+(?:from\s++)?)"
    r"(?P<first>[12]\d{3})\s*+(?:to|until|through|and|-|\u2013|\u2014)\s*+(?P<last>[12]\d{3})\s*+[,)]")
"""A named period told with its span of years: 'the Frost years, roughly 1964 to 1987,',
'the Thaw era (1956-1964)', 'The Reform decades, from 1990 to 2010,' (verify86 F6: no row
for such a period, which a history explainer uses to frame its events)."""
_LONGEST_NAMED_PERIOD = 150
"""The most years a named period's span may cover (longer reads as no period of a story)."""


def _named_periods(segments: Sequence[Segment], timexes: Sequence[Timex],
                   candidates: Sequence[Candidate], source_id: str) -> list[Candidate]:
    """A candidate for each named period the article tells with its span of years
    (:data:`_NAMED_PERIOD`): titled by its name without "the" ("Frost years"), dated from its
    first year to its last (``Candidate.end``), in the Event lane, where the reviewer may move
    it to a lane shown as eras (docs/GUIDE.md, "Show periods as eras").  None for a sentence
    whose span another candidate already has, nor for a span that does not run forward by
    at most :data:`_LONGEST_NAMED_PERIOD` years."""
    by_start = {t.start: t for t in timexes if t.type == "DATE"}
    out: list[Candidate] = []
    for seg in segments:
        for found in _NAMED_PERIOD.finditer(seg.text):
            first = by_start.get(seg.start + found.start("first"))
            last = by_start.get(seg.start + found.start("last"))
            if first is None or last is None:
                continue
            start, end = timex_to_date(first), timex_to_date(last)
            if start is None or end is None or start.year is None or end.year is None \
                    or not 0 < end.year - start.year <= _LONGEST_NAMED_PERIOD:
                continue
            if any(c.end is not None and c.date == start and c.end == end for c in candidates):
                continue  # (the span's own row, read from the sentence's act)
            name = " ".join(found.group("name").split())
            out.append(Candidate(
                title=name[0].upper() + name[1:],
                date=start,
                end=end,
                date_basis=f"'{first.text}' to '{last.text}', the span of the period named "
                           f"'{seg.text[found.start():found.end('name')]}'",
                category="event",
                confidence=0.6,
                evidence=(Evidence(seg.text, seg.start, seg.end, seg.start + found.start("first"),
                                   seg.start + found.end("last")),),
                source_id=source_id,
            ))
    return out


_THAT_MEASURE_UNDONE = re.compile(
    r"\s*(?:That|This|The)\s+(?P<noun>ban|embargo|sanctions|blockade|moratorium|boycott|"
    r"suspension|freeze)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:lifted|eased|extended|renewed|relaxed|dropped|revoked|reversed|withdrawn|scrapped|"
    r"tightened|widened)\b(?!\s+(?:\S+\s+){0,3}?by\s)")
"""'That ban was lifted in August 2014': a measure told in the sentence before, undone or
changed in the passive, by no one the sentence names."""
_THE_MEASURE_TOLD = {"ban": r"\bban(?:s|ned|ning)?\b", "embargo": r"\bembargo(?:es|ed)?\b",
                     "sanctions": r"\bsanction(?:s|ed)?\b", "blockade": r"\bblockade[sd]?\b",
                     "moratorium": r"\bmoratorium\b", "boycott": r"\bboycott(?:s|ed)?\b",
                     "suspension": r"\bsuspen(?:sion|ded|ds?)\b", "freeze": r"\bfro?ze[ns]?\b"}
_SENTENCES_BACK = 400
"""How far before (characters from the sentence's start) the measure may be told."""


def _doers_of_the_measure_told_before(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, a measure undone in the passive by no one named (:data:`
    _THAT_MEASURE_UNDONE`: "That ban was lifted in August 2014 after the islands agreed to
    cut their quota") given first the doer of the row that told the measure just before
    ("... when Brussels banned imports of Faroese herring and mackerel": the European
    Union; verify75 F7, the row named only the Faroe Islands): the one who imposed a
    measure is the one who lifts it, unless the text says otherwise."""
    out = list(candidates)
    for k, c in enumerate(candidates):
        if not c.evidence:
            continue
        said = c.evidence[0]
        undone = _THAT_MEASURE_UNDONE.match(said.sentence)
        if undone is None:
            continue
        told = re.compile(_THE_MEASURE_TOLD[undone.group("noun")], re.IGNORECASE)
        before = [b for b in candidates if b.evidence and b.participants
                  and said.start - _SENTENCES_BACK <= b.evidence[0].start < said.start
                  and b.evidence[0].end <= said.start
                  and told.search(b.evidence[0].sentence) is not None
                  and told.search(b.title) is not None]
        if not before:
            continue
        doer = max(before, key=lambda b: b.evidence[0].start).participants[0]
        if doer not in c.participants:
            out[k] = replace(c, participants=(doer, *c.participants))
    return out


_A_COMPARISON = re.compile(
    r"\b(?:similar|[Tt]he\s+same\s+(?!day|week|month|year|time|date|night|morning|evening|"
    r"afternoon|weekend)[a-z]+|unlike|compared\s+(?:with|to)|as\s+in\s+(?:1[89]|20)\d\d"
    r"|(?:first|last)\s+time\s+since\s+(?:1[89]|20)\d\d,?\s+there\s+(?:is|are|was|were|has\s+"
    r"been|have\s+been)\s+no)\b")
"""The words of a sentence that looks back or compares: "the negotiations of 1991 opened in a
climate of similar distrust", "The same envoys who failed in 1984 secured a treaty four years
later", "the first time since 1985, there has been no accord in force" (verify80 F5: an
explainer's closing lines, each a ticked row)."""
_LOOK_BACK_COST = 0.45
"""A look-back's confidence at most: under ``ui.import_article.UNSURE_BELOW`` (0.5), unticked."""


def _look_backs(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, a row told only by a sentence that looks back or compares
    (:data:`_A_COMPARISON`) and dated to a year or coarser left out when the article has a
    row of its kind within that year (the event it looks back at: "secured a treaty four
    years later" beside the treaty's own signing on its day), else unticked (its confidence
    at most :data:`_LOOK_BACK_COST`), with the reason in its date basis.  A year used as a
    comparison is no new event (verify80 F5: four ticked rows from an explainer's last
    paragraphs, "Talks", "First agreement reached", "Previous treaty", "Treaty signed")."""
    out: list[Candidate] = []
    for c in candidates:
        if len(c.evidence) != 1 or c.date.precision in (Precision.DAY, Precision.MONTH,
                                                        Precision.PART_OF_YEAR) \
                or (cue := _A_COMPARISON.search(c.evidence[0].sentence)) is None:
            out.append(c)
            continue
        first, last = c.date.start_day(), c.date.end_day()
        if any(d is not c and d.category == c.category and d.date.precision is not c.date.precision
               and first <= d.date.start_day() <= last for d in candidates):
            continue
        words = " ".join(cue.group(0).split())
        out.append(replace(c, confidence=min(c.confidence, _LOOK_BACK_COST),
                           date_basis=f"{c.date_basis}; the sentence looks back or compares "
                                      f"('{words}'): unticked, no new event unless you tick it"))
    return out


_BODIES_ACTING_FOR: dict[str, str] = {
    "European Commission": "European Union",
    "Council of the European Union": "European Union",
}
"""A body that acts for a union, as its executive or its governments' council (the EU
treaties, TEU art. 16-17): named beside the union on one row, both name the one actor."""


def _the_body_for_its_union(people: list[str]) -> list[str]:
    """``people`` without a union its acting body names too (:data:`_BODIES_ACTING_FOR`):
    "Last month the Commission warned that it could close EU ports to ..." gave "European
    Commission, European Union", one actor twice (verify75 F7); the body, the more
    specific, is kept."""
    unions = {_BODIES_ACTING_FOR[p] for p in people if p in _BODIES_ACTING_FOR}
    if not unions.intersection(people):
        return people
    return [p for p in people if p not in unions]


_A_CLAIM_DISPUTED = re.compile(
    r"\b(?:said|says|say|told|stated|claimed|claims|insisted|argued|argues)\b[^;]*?,\s+"
    r"(?:a|an)\s+(?:\w+\s+)?(?:claim|assertion|figure|estimate|account|charge|accusation)\s+"
    r"(?:that\s+|which\s+)?(?:the\s+)?(?:[\w'\u2019.-]+\s+){1,5}?(?:(?:has|have)\s+)?"
    r"(?:disputes?|disputed|den(?:y|ies|ied)|rejects?|rejected|contests?|contested|challenges?|"
    r"challenged)\b")
"""'Faroese officials said on Wednesday that more than a third of the stock now spends the
summer in Faroese waters, a claim the European Commission disputes': what one party said, the
same sentence telling that another disputes it (verify75 F6)."""


def _disputed_claims(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, a statement whose sentence calls what was said a claim another party
    disputes, denies, rejects or contests (:data:`_A_CLAIM_DISPUTED`) marked ``"disputed"``
    (``core.status.DISPUTED``: the sources disagree on it; a denial of another's claim is
    no denial of an event of that party's own, ``core.status.DENIED``)."""
    return [replace(c, status="disputed")
            if c.category == "statement" and not c.status and c.evidence
            and _A_CLAIM_DISPUTED.search(c.evidence[0].sentence) is not None else c
            for c in candidates]


_HERE_WORDS = re.compile(r"\s+(?:here|in\s+the\s+(?:capital|city))\b(?![\w'-])")
_A_STATE_S_CAPITAL = re.compile(r"\s+in\s+[A-Z][\w-]*+(?:\s+[A-Z][\w-]*+)?+['\u2019]s\s+capital\b(?![\w'-])")
"""' in Borduria's capital': a capital named by its state, before its own name."""


_A_BODY_THAT_ACTS = re.compile(
    r"(?:(?i:the|a|an)\s+)?((?:(?!(?i:whose|its|their|his|her|our|which|that|and|or)\b)"
    r"[\w'\u2019-]+\s+){0,3}?(?i:commission|committee|council|panel|mission|parliament|senate|"
    r"assembly|congress|tribunal|court|rebels|insurgents|militants|militias?|junta|cabinet|"
    r"legislature|(?:working|contact|steering|expert)\s+group)(?:\s+of\s+(?:experts|inquiry|judges|ministers))?)")
"""A subject that names a body or an armed group by its common noun, its words as written
(group 1): 'the joint boundary commission', 'the rebels', 'a UN panel of experts'."""


_A_STATE_S_OWN = frozenset({"parliament", "senate", "congress", "assembly", "legislature", "cabinet"})
"""A state's own bodies: the state stands for them when it takes part."""
_ARMED_GROUPS = frozenset({"rebels", "insurgents", "militants", "militia", "militias", "junta"})
"""Armed groups told by their noun alone ("the rebels"): a side, though unnamed."""
_A_NAMED_BODY = re.compile(
    rf"(?<![\w'\u2019-])(?:{CAPITAL}[\w'\u2019-]*+\s++(?:(?:of|for|on)\s++(?:the\s++)?)?){{0,4}}"
    r"(?:Council|Commission|Committee|Group|Alliance|Tribunal|Assembly|Parliament|Forum|"
    r"Organi[sz]ation)(?![\w'\u2019-])")
"""A body's own name, its capitalised words before its head: 'Minsk Group', 'Transitional
Presidential Council', 'Alliance of Sahel States' is not one (its head comes first)."""


def _with_the_body_that_acts(people: list[str], best: Mention) -> list[str]:
    """``people`` with the body or armed group that is the subject of the event's verb
    first ("the rebels signed a truce", "the joint boundary commission met", "the Tarsian
    parliament ratified the accord": "Rebels", "Joint boundary commission", "Tarsian
    parliament"), as the text names it (:data:`_A_BODY_THAT_ACTS`), or the body a subject
    that names no one else, or a passive's patient, names by its own name (:data:`_A_NAMED_BODY`:
    "The Lake Contact Group was set up in 1994"), unless a participant already names it, a
    state's parliament or cabinet stands beside its state ("the Czech parliament", a bare
    "Parliament" with a state taking part), or a bare noun names no body ("the commission";
    an armed group's noun alone, "the rebels", is a side all the same).  ext150: such rows
    named no one, or only the story's two states, while "every key participant" of a studied
    set's event names the body."""
    phrase = " ".join(best.subject_phrase.split())
    if best.pos == "verb" and not best.subject and not best.patient and phrase \
            and (body := _A_BODY_THAT_ACTS.fullmatch(phrase)) is not None:
        named = upper_first(body.group(1))
        said = named.split()
        head = said[-1].lower()
        states = {COUNTRIES.get(w, DEMONYMS.get(w, "")) for w in (
            re.sub(r"['\u2019]s$", "", x) for x in said)} - {""}
        if head in _A_STATE_S_OWN and (states & set(people) or len(said) == 1 and any(
                p in COUNTRIES.values() for p in people)):
            return people  # ("the Czech parliament", "Parliament" of a state named: the state)
        if len(said) == 1 and head not in _ARMED_GROUPS:
            return people  # ("the commission": no body the story named, ext105's rule)
    elif best.pos == "verb" and not best.subject and (own := _A_NAMED_BODY.search(
            " ".join((best.patient or phrase).split()))) is not None:
        # ("The Contact Group was set up in 1994", "the mandate of the Transitional
        # Council ends": the body the row is about, by its name)
        named = own.group(0)
    else:
        return people
    words = set(named.lower().split())
    if any(p.lower() == named.lower() or words <= set(p.lower().split()) for p in people):
        return people
    return [named, *people]


def _here_named(title: str, location: str) -> str:
    """A title's "here" or "in the capital" (the dateline's city, :func:`.pipeline.dating.
    place_lead_event`) said by its name: "India and Canada agree here to resume talks in
    Ottawa" -> "India and Canada agree to resume talks in Ottawa" (ext32); a title read
    apart from its article has no "here"."""
    if location and (capital := _A_STATE_S_CAPITAL.search(title)) is not None \
            and re.search(rf"\b(?:in|at)\s+{re.escape(location)}\b", title[capital.end():]):
        # "meet again in Borduria's capital in Zenda": the capital named, said once
        # (verify84 F2: "agreed to meet again in Borduria's capital, Zenda, on ...")
        title = title[:capital.start()] + title[capital.end():]
    found = _HERE_WORDS.search(title)
    if found is not None and not location and found.group(0).strip() == "here":
        return title[:found.start()] + title[found.end():]  # ("The removal takes effect here
        # from ...", in a notice with no place read: ext149)
    if found is None or not location:
        return title
    if re.search(rf"\b(?:in|at)\s+{re.escape(location)}\b", title):
        return title[:found.start()] + title[found.end():]
    return f"{title[:found.start()]} in {location}{title[found.end():]}"


_UNCAPPED = re.compile(r"[A-Z][a-z'-]*+(?:\s++[a-z][\w'-]*+)++")
"""'Diplomatic ties': a noun phrase capitalised only because it opens its sentence."""


def _what_it_was_done_to(title: str, sentence: str) -> str:
    """A title that is a subject and its verb alone ("Seoul shelves"), told in a relative
    clause whose antecedent is the verb's object, with that object: "the 2015 agreement on
    \"comfort women\", which Seoul effectively shelved in 2018" -> "Seoul shelves 2015
    agreement on \"comfort women\"" (verify33 E8: the row said not what was shelved).  The
    antecedent may open the sentence without a determiner, and the clause's subject may
    name others before the title's: "Diplomatic ties, which India and China restored in
    1976, ..." -> "India and China restore diplomatic ties" (ext91, verify61/62: "China
    restores").  The title is unchanged when the sentence has no such clause."""
    # (the subject may be a state's body in lower case: "Sweden's harbour board", verify88
    # F2's "... railway company introduces (scheduled)", ext155)
    bare = re.fullmatch(r"([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}(?:['\u2019]s(?: [a-z][\w-]*){1,3})?) "
                        r"([a-z]+)( unconstitutional|"
                        r" illegal| unlawful)?( \(scheduled\))?", title)
    if bare is None:
        return title
    subject, verb = bare.group(1), bare.group(2)
    stem = verb[:-2] if verb.endswith("es") and len(verb) > 5 else verb.rstrip("s")
    clause = (r"(?:\b(?i:the|a|an|its|their|this|that)\s+|(?:^|\s[-\u2013\u2014]\s)(?P<opens>))"
              r"(?P<thing>(?:(?!(?i:the|a|an|its|their|this|that)\s)[^,;()\s]++\s++){0,7}?"
              r"[^,;()\s]++),?\s+(?:which|that)\s+"
              r"(?P<more>(?:(?:the\s+)?[A-Z][\w'.-]*\s+){1,4}and\s+(?:the\s+)?)?"
              + re.escape(subject) + r"\s+(?:[a-z]+ly\s+)?"
              # (or plans it: "that Sweden's harbour board plans to introduce on 1 July")
              r"(?:(?:plans|planned|intends|intended|wants|hopes|is\s+due|was\s+due)\s+to\s+)?"
              r"(?P<verb>[a-z]+)\b")
    found = next((m for m in re.finditer(clause, sentence)
                  if m.group("verb").startswith(stem[:max(3, len(stem) - 1)])
                  or verb_lemma(m.group("verb")) == verb_lemma(verb)), None)
    if found is None:
        return title
    thing = " ".join(found.group("thing").split())
    if found.group("opens") is not None and _UNCAPPED.fullmatch(thing):
        thing = thing[:1].lower() + thing[1:]  # ("Diplomatic ties, which ...")
    if found.group("more"):
        # (the clause's subject in full: "India and China", the title's "China" its last)
        more = " ".join(re.sub(r"\bthe\s+", "", found.group("more")).split())
        subject = f"{more} {subject}"
        verb = verb_lemma(found.group("verb")) if verb.endswith("s") else verb
    # (and what it was found to be: "which Kosovo's Constitutional Court found partly
    # unconstitutional" -> "... finds general principles of ... unconstitutional", verify43
    # X19; an irregular past, "found", is the verb's too)
    return f"{subject} {verb} {thing}{bare.group(3) or ''}{bare.group(4) or ''}"


def _closed_quotes(title: str, sentence: str = "") -> str:
    """A title that ends inside a quotation, closed: 'Agreement on "comfort women' (the
    phrase stopped before the closing mark; verify33 E8) -> 'Agreement on "comfort women"';
    where the sentence closes it before the title's end, there ('Deal on "comfort women in
    Seoul' -> 'Deal on "comfort women" in Seoul', a place added after the phrase)."""
    last = title.rfind('"')
    if title.count('"') % 2 == 1 and (last == 0 or title[last - 1] in " (") \
            and title[last + 1:last + 2].isalnum():
        inside = title[last + 1:]
        for quoted in re.finditer(r'"([^"\n]{1,80})"', sentence):
            words = quoted.group(1)
            if len(inside) > len(words) and inside.startswith(words) \
                    and not inside[len(words)].isalnum():
                at = last + 1 + len(words)
                return title[:at] + '"' + title[at:]
        return title + '"'  # (an opening mark: not '15%" level', a title begun inside one)
    if title.count("\u201c") > title.count("\u201d"):
        return title + "\u201d"
    return title


def _what_does_it(title: str, sentence: str) -> str:
    """A title that is a verb alone ("Begins"), whose subject is a relative "which" or
    "that", with that antecedent: "the next rainy season, which begins in June" -> "Next
    rainy season begins" (ext32: a row titled "Begins" says neither who nor what).  The
    title is unchanged when the sentence has no such clause."""
    bare = re.fullmatch(r"([A-Z][a-z]+)( \(scheduled\))?", title)
    if bare is None:
        return title
    verb = bare.group(1).lower()
    stem = verb[:-1] if verb.endswith("s") else verb
    found = re.search(r"((?:[\w'-]+\s+){0,3}?[\w'-]+),?\s+(?:which|that)\s+(?:[a-z]+ly\s+)?(?:"
                      + re.escape(verb) + "|" + re.escape(stem) + r"e?d)\b", sentence)
    # (or its past: "shuttle diplomacy, which stalled last month" -> "Shuttle diplomacy
    # stalls", verify33 E4; an irregular one: "the dialogue, which began in March 2011" ->
    # "Dialogue begins", verify43 X7)
    if found is None:
        found = next((f for f in re.finditer(r"((?:[\w'-]+\s+){0,3}?[\w'-]+),?\s+(?:which|that)\s+"
                                             r"(?:[a-z]+ly\s+)?([a-z]+)\b", sentence)
                      if verb_lemma(f.group(2)) == verb_lemma(verb)), None)
    if found is None:
        return title
    words = found.group(1).split()
    last = max((i for i, w in enumerate(words[:-1])
                if w.lower() in ("the", "a", "an", "its", "their", "his", "her")), default=-1)
    words = words[last + 1:]  # ("could undermine the | dialogue, which began": the noun's own)
    while words and words[0].lower() in ("the", "a", "an", "its", "their", "his", "her", "of",
                                         "before", "after", "until", "by", "since", "in", "on"):
        words = words[1:]
    if len(words) > 2 and words[0].lower() == "to":
        words = words[2:]  # "agreed to resume shuttle diplomacy, which stalled": the diplomacy
    if not words:
        return title
    thing = " ".join(words)
    return f"{thing[:1].upper()}{thing[1:]} {verb}{bare.group(2) or ''}"


def _what_the_noun_did_to(title: str, sentence: str, people: list[str]) -> str:
    """A title that is an event noun alone ("Coup"), whose sentence tells in a relative
    clause what it did to one of the event's ``people`` ("the July 26, 2023 coup that
    toppled President Mohamed Bazoum" -> "Coup topples Mohamed Bazoum"; verify56 F2: the
    row read "Coup", and no one); ``title`` otherwise."""
    bare = re.fullmatch(r"([A-Z][a-z]+)( \(scheduled\))?", title)
    if bare is None or not people:
        return title
    found = re.search(rf"\b{re.escape(bare.group(1).lower())},?\s+(?:that|which)\s+([a-z]+ed)\s+",
                      sentence, re.IGNORECASE)
    if found is None or (entry := TRIGGER_TABLE.get(found.group(1).lower())) is None \
            or entry[2] != "verb":
        return title
    after = sentence[found.end():found.end() + 80]
    whom = next((p for p in people if re.match(rf"(?:{CAPITAL}[\w.'-]*\s+){{0,3}}?{re.escape(p)}\b",
                                               after)), None)
    if whom is None:
        return title
    return f"{bare.group(1)} {third_person(entry[3])} {whom}{bare.group(2) or ''}"


_BODY_BEFORE_WHICH = re.compile(
    rf"(?:the\s+)?((?:{CAPITAL}[\w'-]*\s+){{1,4}}(?:Court|Council|Commission|Assembly|Tribunal|"
    rf"Parliament|Committee|Agency|Organi[sz]ation)(?:\s+of\s+(?:{CAPITAL}[\w'-]*\s*){{1,2}})?)"
    r"[^,;]{0,60},\s+which\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def _the_body_which(title: str, sentence: str) -> str:
    """A title that opens with its verb ("Finds declaration did not violate international
    law"), told in a relative clause after a named court or body ("asked the International
    Court of Justice for an advisory opinion, which found on 22 July 2010 that ..."), with
    that body as its subject (verify43 X17: the row named no one).  The title is unchanged
    when the sentence has no such clause."""
    first = re.match(r"([A-Z][a-z]+)s\b", title)
    if first is None:
        return title
    verb = first.group(1).lower()
    found = next((m for m in _BODY_BEFORE_WHICH.finditer(sentence)
                  if verb_lemma(m.group(2)) in (verb, verb + "e")
                  or m.group(2).startswith(verb)), None)
    if found is None:
        return title
    body = " ".join(found.group(1).split())
    return f"{body} {title[:1].lower()}{title[1:]}"


_BARE_GATHERING = re.compile(r"(Talks|Negotiations|Consultations|Meeting|(?:Next|New|Another|"
                             r"Fresh) round(?: of (?:talks|negotiations))?)"
                             r"( (?:in|at|off) .+?)?( \(scheduled\))?")


def _who_meets(title: str, people: list[str], location: str = "") -> str:
    """A gathering's bare title with who meets: "Talks (scheduled)" -> "Talks between Egypt,
    Ethiopia and Sudan (scheduled)" (ext32: "The talks are to continue on Monday and
    Tuesday" titled "Talks", a row that says neither who nor what; ext41: "'We are ready to
    hold the next round in Kuala Lumpur in August,' Mohamad told reporters" titled "Next
    round in Kuala Lumpur", no one named).  Only with two or more
    participants, the title being the noun alone (and its place, ``location``)."""
    bare = _BARE_GATHERING.fullmatch(title)
    if bare is None or len(people) < 2 or bare.group(2) and not (
            location and bare.group(2).endswith(f" {location}")):
        return title  # (not "Talks in Luanda collapse": a title that says what happened)
    return f"{bare.group(1)} between {join_names(people)}{bare.group(2) or ''}{bare.group(3) or ''}"


def _the_sides_who_meet(title: str, people: list[str], sides: list[str]) -> str:
    """A title "A and B meet ..." whose two names are the lead's two ``sides`` told
    otherwise (a side's state for its army), with the sides as the
    participants name them: "Rapid Support Forces and Sudan meet in Jeddah" -> "Sudan's army
    and Rapid Support Forces meet in Jeddah" (verify42 X4: the participants were already
    the sides); ``title`` otherwise."""
    if len(sides) != 2 or people[:2] != sides:
        return title
    told = re.match(r"(.+?) and (.+?) (meet|visit|sign|agree)\b", title)
    if told is None:
        return title
    stood = {state_of_force(s) or s for s in sides} | set(sides)
    if {told.group(1), told.group(2)} <= stood and {told.group(1), told.group(2)} != set(sides):
        return f"{sides[0]} and {sides[1]}{title[told.end(2):]}"
    return title


_THE_PAIR_COUNTED = re.compile(
    r"\b(?:the\s+two|both)\s+(?:neighbou?rs|countries|nations|states|sides|parties|"
    r"governments|rivals)\b", re.IGNORECASE)
"""'between | the two neighbours |': a pair counted, not named (the lead's two sides)."""


def _the_pair_counted_with_it(c: Cluster, text: str) -> bool:
    """Whether a sentence of ``c``, or one naming its word with its year ("the gravest clash
    between the two states since their 2018 accord"), counts a pair (:data:`_THE_PAIR_COUNTED`)."""
    if any(_THE_PAIR_COUNTED.search(m.seg.text) for m in c.mentions):
        return True
    year = str(c.date.year) if c.date is not None and c.date.year is not None else ""
    if not year:
        return False
    word = c.best.word.lower()
    for found in _THE_PAIR_COUNTED.finditer(text):
        left = max(text.rfind(".", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
        right = min((k for k in (text.find(".", found.end()), text.find("\n", found.end()))
                     if k >= 0), default=len(text))
        sentence = text[left:right]
        if year in sentence and word in sentence.lower():
            return True
    return False


_A_COUNTED_PAIR_FIRST = re.compile(
    r"(?:The\s+two|Both|Two)\s+(?:governments|countries|nations|states|sides|parties|delegations|"
    r"neighbou?rs|rivals)(?:\s+(?=[a-z])|(?=:\s))")
"""A title that opens with the pair it counts, not named: '| Both governments | sign a peace
agreement in Jinja', '| Two delegations|: Joint statement'."""


def _the_counted_pair_named(title: str, people: list[str], sides: list[str]) -> str:
    """A title opening with a counted pair ("Both governments sign ...", "Two sides
    agree ...") whose participants are the lead's two ``sides`` exactly, with the sides
    named: "Oronia and Velsa sign ..." (ext144, verify83 F4: the row told "Both
    governments" once the mediator was no longer read as a side); ``title`` otherwise."""
    told = _A_COUNTED_PAIR_FIRST.match(title)
    if told is None or len(sides) != 2 or sorted(people) != sorted(sides):
        return title
    rest = title[told.end():]
    return f"{sides[0]} and {sides[1]}{rest if rest.startswith(':') else ' ' + rest}"


_NOT_HELD_AFTER = re.compile(
    r"[^.;:!?]{0,80}?\b(?:never\s+(?:took\s+place|happened|materiali[sz]ed|came\s+about)"
    r"|(?:was|were)\s+never\s+(?:held|convened)"
    r"|did\s+not\s+(?:take\s+place|happen|materiali[sz]e))\b", re.IGNORECASE)
"""What follows a gathering noun when it was planned and not held: "a sixth round, planned for
mid-June, | never took place"."""
# (" (did not take place)": core's, which the duplicate rules read as they read " (scheduled)")


def _not_held(title: str, best: Mention, text: str) -> str:
    """``title`` with " (did not take place)" instead of any " (scheduled)" when the event is
    a noun followed in its sentence by "never took place", "was never held", "did not take
    place" (verify47 F3: "a sixth round, planned for mid-June, never took place" was a ticked
    "Sixth round (scheduled)"); ``title`` unchanged otherwise."""
    if _AN_ATTEMPT_BEFORE.search(text, max(best.seg.start, best.start - 60), best.start) \
            and _FAILED_AFTER.match(text, best.end, best.seg.end):
        return title.removesuffix(" (scheduled)") + NOT_HELD_SUFFIX
    if best.pos != "noun" or _NOT_HELD_AFTER.match(text, best.end, best.seg.end) is None:
        return title
    return title.removesuffix(" (scheduled)") + NOT_HELD_SUFFIX


_AN_ATTEMPT_BEFORE = re.compile(r"\b(?:[Aa]n?\s+(?:\w+\s+)?(?:attempt|bid|effort)|[Aa]ttempts|"
                                r"[Ee]fforts|[Bb]ids)\s+to\s+(?:\w+\s+){0,4}?$")
_FAILED_AFTER = re.compile(r"[^.;:!?]{0,100}?\b(?:failed|collapsed|fell\s+through|foundered|"
                           r"came\s+to\s+nothing)\b")
"""'An attempt to sign | the treaty on PNG's anniversary, 16 September 2025, | failed when the
cabinet could not assemble a quorum': the signing did not take place (verify59 F8: a ticked
treaty row, not marked)."""


_OWNER = re.compile(rf"{CAPITAL}[\w.-]*+(?:\s++{CAPITAL}[\w.-]*+)*+['\u2019]s\s++")


def _no_places(people: list[str]) -> list[str]:
    """``people`` without a state's parts and the world's regions (the last word one of
    ``event_vocabulary.STATE_PART_HEADS``, or a name of ``REGIONS``), told with a state's
    possessive or without: "Nepal and the Xizang Autonomous Region agreed", "Officials from
    Nepal and China's Xizang Autonomous Region signed" named the region a participant (ext91,
    verify61/62: a region is a place, never a party).  A body's name is kept (a word of
    ``ORG_WORDS``), and so is every other geographic name ("Faroe Islands", "International
    Tribunal for the Law of the Sea" are parties)."""
    kept = []
    for name in people:
        bare = _OWNER.sub("", name, count=1) if _OWNER.match(name) else name
        words = bare.split()
        place = len(words) >= 2 and words[-1] in vocab.STATE_PART_HEADS or bare in vocab.REGIONS
        if not place or any(word in vocab.ORG_WORDS for word in words):
            kept.append(name)
    return kept


PUT_OFF_CONFIDENCE = 0.45
"""The confidence of a plan its own sentences tell as put off or called off
(:func:`_plan_put_off`): under the import review's 0.5 (``ui.import_article.UNSURE_BELOW``),
so its row starts unticked and says why, a question for the reviewer rather than a ticked
meeting the timeline would show as held."""


_PUT_OFF_BEFORE = re.compile(r"\b(?:already|previously|repeatedly|twice|(?:several|many|two|three)"
                             r"\s+times|more\s+than\s+once|once\s+before)\b", re.IGNORECASE)
"""Words beside a putting off that tell it as the plan's past, the plan as it stands its new
date: "a state visit to France in late September or early October, a trip that has
*already* been postponed *several times*" (the dev set's h4 article)."""


def _told_before(mentions: Sequence[Mention], phrase: str, sentence: str) -> bool:
    """Whether one of ``mentions`` is told in ``sentence`` (spaces made one) before the
    ``phrase`` that says the event was put off: the plan, then what became of it ("A
    meeting ... planned for July 10 in Astana has been called off").  Not a plan told after
    another occasion's putting off in its sentence: "A fourth round ..., was postponed, and
    Omani officials said ... that new dates would be announced" (the dev set's one such
    row, "New dates to be announced", is no plan put off); nor a putting off told as the
    plan's past (:data:`_PUT_OFF_BEFORE`)."""
    at = sentence.find(phrase)
    if at < 0 or _PUT_OFF_BEFORE.search(sentence, max(0, at - 30), at + len(phrase) + 30):
        return False
    # (the last clause opened by "after", "before" ... ahead of the phrase: the plan must be
    # told in it, else the phrase is what became of an earlier event: "The visit comes weeks
    # after ..., and after a meeting of ministers in Suva was called off on Feb. 11" -- the
    # meeting was, not the visit; verify66 F3, "Prabowo Subianto visits Suva (cancelled)")
    opens = max((o.end() for o in _EARLIER_EVENT_CLAUSE.finditer(sentence, 0, at)
                 if not re.search(r"[,;]", sentence[o.end():at])), default=0)
    return any(
        " ".join(m.seg.text.split()) == sentence
        and opens <= len(" ".join(m.seg.text[:m.start - m.seg.start].split())) < at
        for m in mentions)


_EARLIER_EVENT_CLAUSE = re.compile(r"(?:^|[,;]\s*(?:and\s+)?|\s)(?:after|before|following|because|"
                                   r"once)\s+(?=(?:a|an|the|this|that|its|their|his|her)\s)",
                                   re.IGNORECASE)
"""'..., and after | a meeting ... was called off': a clause of another event than the
sentence's own (its subject a noun phrase; ``core.occurrence.SUBORDINATE``'s narrower
cousin: "as" and "since" open asides and counts too).  Only a clause the putting off is in,
no comma between: "The summit ..., which had been set before the elections, was cancelled"
is the summit's."""


def _plan_put_off(candidate: Candidate, best: Mention,
                  mentions: Sequence[Mention], dct: _dt.date | None = None) -> Candidate:
    """``candidate``, a plan (its best mention planned or scheduled: "A planned meeting of
    the two foreign ministers in Geneva on 4 May", "Talks ... set for 4 May") whose source
    sentences say it was put off or called off (``core.occurrence.not_held_words``:
    "was postponed", "were scrapped", "called off", not turned round by "not", "despite",
    "threatened to" ...), titled so and flagged: its " (scheduled)", or the end of a title
    of a plan already past ("Planned meeting in Geneva"), becomes " (postponed)",
    " (cancelled)" or " (did not take place)" (``core.occurrence.not_held_note``, the notes a
    merge writes: ``core.duplicates._merged_title``), and its confidence
    :data:`PUT_OFF_CONFIDENCE` at most.  ext91 (verify61/62): "A planned meeting ... in
    Geneva on 4 May was postponed" under a dateline after 4 May was a ticked "Planned
    meeting in Geneva", 4 May, nothing saying it did not happen.  A title that already
    tells it ("Talks called off", "Meeting postponed in Geneva", the act of putting off
    dated by its own day) is unchanged, as is any candidate that is no plan, and one whose
    ``mentions`` (its cluster's) are all told after the phrase (:func:`_told_before`)."""
    title = candidate.title
    if not (best.planned or best.scheduled or title.endswith(" (scheduled)")) \
            or title.endswith(NOT_HELD_SUFFIX) or NOT_HELD.search(title) is not None:
        return candidate
    phrase, sentence = not_held_words(candidate.to_event(candidate.title))
    if not phrase or not _told_before(mentions, phrase, sentence):
        return candidate
    return _the_nearer_year(replace(
        candidate, title=f"{title.removesuffix(' (scheduled)')} ({not_held_note(phrase)})",
        confidence=min(candidate.confidence, PUT_OFF_CONFIDENCE)), best, phrase, sentence, dct)


_PAST_PUTTING_OFF = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\b|"
                               r"\b(?:called|put)\s+off\b|ed\b", re.IGNORECASE)
"""A putting off told as done ("were scrapped", "has been postponed", "called off")."""
_TO_COME_BEFORE = re.compile(r"\b(?:will|would|shall|may|might|could|to)\s+(?:\w+\s+)?be\s+$",
                             re.IGNORECASE)
"""'will be | cancelled': a putting off still to come."""
_A_YEAR_WRITTEN = re.compile(r"\d{4}|['\u2019]\d\d\b|\byear\b", re.IGNORECASE)


def _the_nearer_year(candidate: Candidate, best: Mention, phrase: str, sentence: str,
                     dct: _dt.date | None) -> Candidate:
    """``candidate``, a plan told as called off or put off in the past ("Talks … set for
    4 May in Geneva were scrapped"), dated in the year before when its date names no year
    and that day is nearer the article's than the one the tagger chose, ahead of it (a
    plan's day reads as to come): under a 12 May dateline, 4 May of this year, 8 days
    before, not 4 May next year, 357 days ahead (ext91's leftover).  A day or month only;
    ``best.date_basis`` says so."""
    date = candidate.date
    if dct is None or best.date_timex is None or best.date != date or date.circa \
            or date.precision not in (Precision.DAY, Precision.MONTH) \
            or _A_YEAR_WRITTEN.search(best.date_timex.text) is not None \
            or _PAST_PUTTING_OFF.search(phrase) is None \
            or _TO_COME_BEFORE.search(sentence[:max(0, sentence.find(phrase))]) is not None:
        return candidate
    today = dct.toordinal()
    if date.start_day() <= today:
        return candidate
    try:
        earlier = FuzzyDate.of_ymd(date.year - 1, date.month or 1, date.day or 1) \
            if date.precision is Precision.DAY else FuzzyDate.of_month(date.year - 1, date.month or 1)
    except ValueError:  # (29 February)
        return candidate
    if today - earlier.start_day() >= date.start_day() - today:
        return candidate
    return replace(candidate, date=earlier,
                   date_basis=f"{candidate.date_basis}; {earlier.describe()}, the nearer of "
                              f"the two years: the article tells the plan as {phrase}")


_PUTTING_OFF = frozenset({"postpone", "cancel", "call", "scrap", "delay", "defer", "shelve",
                         "reschedule", "put"})
"""Verbs that put off or call off an occasion (``core.occurrence.NOT_HELD``'s)."""
_THE_OCCASION = re.compile(r"(?:(?:the|that|this|its|their)\s+)?(?:planned\s+|proposed\s+|"
                           r"scheduled\s+)?(meeting|talks|visit|trip|summit|round|session|"
                           r"conference|negotiations|consultations)", re.IGNORECASE)
"""'The meeting', 'that visit', 'the planned summit': an occasion told again by its bare noun
(no "a": a new one), what a verb of :data:`_PUTTING_OFF` was done to (group 1: the noun)."""


_PASSIVE_AFTER_THE_PLAN = re.compile(r"[^;:()\u2014]{0,160}?\b(?:was|were|has\s+been|have\s+been|"
                                     r"had\s+been)\s+(?:\w+ly\s+)?$")
"""'A meeting ... that had been scheduled for Feb. 25 in Nuku'alofa, Tonga, | was | postponed':
the plan is the subject of the passive that puts it off."""


def _putting_off_told_with_its_plan(clusters: Sequence[Cluster], text: str,
                                    candidates: list[Candidate],
                                    dct: _dt.date | None = None) -> list[Candidate]:
    """``candidates`` (one a cluster, in order) with a plan and its putting off, told in one
    sentence whose passive puts the plan off on a day of its own, as one row: "A meeting of
    Pacific Islands Forum foreign ministers that had been scheduled for Feb. 25 in
    Nuku'alofa, Tonga, was postponed Tuesday until April" gave "Meeting in Nuku'alofa
    (postponed)", 25 February, and "Tonga postponed", 17 February: one postponement told
    twice (verify66 F3).  The putting off's row stays, dated by its day (the news; the dev
    set's gold keeps it and leaves the plan optional, u45b), with the plan's place and
    people when it has none, its basis telling the day the plan had been set for, and the
    plan's words for a title that does not name it ("Meeting in Nuku'alofa postponed");
    the plan's row (:func:`_plan_put_off`'s "... (postponed)") goes.  Only when every
    mention of the putting off is in that sentence and no other event is told between, and
    only when the putting off's clause gives its day ("was postponed Tuesday"): a day read
    from the report ("was postponed, the ministry said on Tuesday") may be later than the
    putting off, and the plan keeps its row as ext91 made it."""
    dropped: set[int] = set()
    result = list(candidates)
    for i, plan in enumerate(candidates):
        best = clusters[i].best
        note = not_held_note_of(plan.title)
        told_so = NOT_HELD.search(plan.title)  # ("Talks postponed in Lima": the plan's title
        # already tells the putting off, which the putting off's row then takes)
        # (a plan "moved to" a later date is not told put off by its own title: verify87 F1)
        moved = plan.title.endswith(SCHEDULED_SUFFIX) and not (note or told_so)
        if not (note or told_so or moved) or best.pos != "noun" \
                or not (best.planned or best.scheduled):
            continue
        for j, act in enumerate(clusters):
            m = act.best
            # ("brought forward to 5 January": the plan moved to an earlier day, verify87)
            forward = m.pos == "verb" and m.date_timex is not None \
                and m.verb in _BRINGING_FORWARD \
                and _FORWARD_TO_ITS_NEW_DATE.fullmatch(text, m.end, m.date_timex.start) is not None
            if j == i or j in dropped or m.pos != "verb" \
                    or (m.verb not in _PUTTING_OFF and not forward and not (
                        m.verb in _PUTTING_BACK and m.date_timex is not None
                        and _UNTIL_ITS_NEW_DATE.fullmatch(text, m.end, m.date_timex.start))) \
                    or (moved and not forward and (
                        m.verb not in _PUTTING_BACK
                        or result[j].date.start_day() <= plan.date.start_day())) \
                    or (forward and result[j].date.start_day() >= plan.date.start_day()) \
                    or m.seg is not best.seg or m.start < best.end \
                    or m.date_timex is None or m.date_timex.start < m.end \
                    or re.search(r"[,;:]", text[m.end:m.date_timex.start]) \
                    or any(x.seg is not best.seg for x in act.mentions) \
                    or _PASSIVE_AFTER_THE_PLAN.fullmatch(m.seg.text, best.end - m.seg.start,
                                                         m.start - m.seg.start) is None \
                    or any(best.end <= x.start < m.start for k, c in enumerate(clusters)
                           if k not in (i, j) for x in c.mentions):
                continue
            dropped.add(i)
            told = result[j]
            title = plan.title if told_so and not note else told.title
            named = plan.title.removesuffix(f" ({note})" if note else SCHEDULED_SUFFIX)
            if note and best.word.lower() not in title.lower() and note != "did not take place" \
                    and named.lower().startswith(best.word.lower()):
                title = f"{named} {' '.join(m.seg.text[m.start - m.seg.start:].split()[:1])}"
                title = title if title.endswith(("postponed", "cancelled", "delayed",
                                                 "deferred", "scrapped", "shelved")) \
                    else f"{named} {note}"
            if forward or _UNTIL_ITS_NEW_DATE.fullmatch(text, m.end, m.date_timex.start) \
                    is not None:
                if told.location and placed_by_a_later_clause(
                        m.seg.text, told.location, m.date_timex.end - m.seg.start):
                    told = replace(told, location="")
                title = _put_off_to_its_new_date(named if note or moved else title, plan,
                                                 told, dct, earlier=forward)
            result[j] = replace(
                told, title=title, location=told.location or plan.location,
                participants=tuple(dict.fromkeys((*told.participants, *plan.participants))),
                date_basis=f"{told.date_basis}; the {best.word} had been set for {plan.date}")
            break
    return [c for k, c in enumerate(result) if k not in dropped]


_AFTER_A_FIRST_DAY = re.compile(
    r"[,;]?\s+after\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'-]+\s+){0,3}?$", re.IGNORECASE)
"""'will sign the accord in Lima on 9 March|, after a | ceremony first set for 2 February was
postponed': the occasion the plan's sentence goes on to tell as put off is the plan's own
first day."""


def _plans_put_off_from_a_first_day(
        clusters: Sequence[Cluster], candidates: list[Candidate],
        dct: _dt.date | None) -> tuple[list[Candidate], set[int]]:
    """``candidates`` (one a cluster, in order) with a plan whose sentence goes on to tell,
    after "after a", the occasion put off from an earlier day ("X and Y will sign the accord
    in Lima on 9 March, after a ceremony first set for 2 February was postponed") told as one
    plan: "X and Y sign the accord in Lima, postponed from 2 February (scheduled)", as
    :func:`_put_off_to_its_new_date` titles a plan moved in its own clause (docs/GUIDE.md:
    a plan postponed is one event, its first day in its title and basis).  ext158, from
    verify89 F3: a second row "Ceremony (postponed)" on the first day, drawn as held, and the
    plan with no word of it.

    Returns:
        The candidates, still one a cluster, and the ``id`` of each row now told in its plan
        (the caller leaves it out once the other passes have read the list).
    """
    result = list(candidates)
    told_in_the_plan: set[int] = set()
    for i, put_off in enumerate(candidates):
        noun = clusters[i].best
        if not_held_note_of(put_off.title) != "postponed" or noun.pos != "noun" \
                or noun.date_timex is None or _AFTER_A_FIRST_DAY.search(
                    noun.seg.text, 0, noun.phrase_start - noun.seg.start) is None:
            continue
        for j, plan in enumerate(result):
            act = clusters[j].best
            if j == i or id(plan) in told_in_the_plan or act.seg is not noun.seg \
                    or act.end > noun.start or not plan.title.endswith(SCHEDULED_SUFFIX) \
                    or act.date_timex is None or act.date_timex.end > noun.start \
                    or plan.date.start_day() <= put_off.date.start_day() \
                    or any(act.end <= x.start < noun.start for k, c in enumerate(clusters)
                           if k not in (i, j) for x in c.mentions if x.seg is noun.seg):
                continue
            title = _put_off_to_its_new_date(plan.title.removesuffix(SCHEDULED_SUFFIX),
                                             put_off, plan, dct)
            result[j] = replace(plan, title=title,
                                date_basis=f"{plan.date_basis}; postponed from {put_off.date}")
            told_in_the_plan.add(id(put_off))
            break
    return result, told_in_the_plan


_UNTIL_ITS_NEW_DATE = re.compile(r"\s+(?:(?:back|off)\s+)?(?:until|till|to|for)\s+")
"""'has been postponed | until | April', 'were pushed | back to | 2 February', 'was put | off
until |', 'was rescheduled | for |': the day after a putting off is the plan's new one, not
the putting off's own (verify87 F1: "pushed back to" was not read as one)."""
_PUTTING_BACK = frozenset({"push", "put", "move"})
"""Verbs that put off an occasion only with their particle and its new date ("were pushed back
to 2 February", "was put back until", "has been moved to"), read so by
:data:`_UNTIL_ITS_NEW_DATE` (verify87 F1)."""
_BRINGING_FORWARD = frozenset({"bring", "move"})
"""Verbs that move an occasion to an earlier day with "forward" or "up" and its new date
("were brought forward to 5 January", "has been moved up to", :data:`_FORWARD_TO_ITS_NEW_DATE`;
verify87's follow-up: "Talks brought" on the new day beside the plan left on the old)."""
_FORWARD_TO_ITS_NEW_DATE = re.compile(r"\s+(?:forward|up)\s+(?:to|until|till)\s+")
_PUT_OFF_WORD = re.compile(r"\s+(?:postponed|delayed|deferred|put\s+off)\b")


def _put_off_to_its_new_date(title: str, plan: Candidate, told: Candidate,
                             dct: _dt.date | None, *, earlier: bool = False) -> str:
    """The title of a plan put off to a new date its own sentence gives ("A follow-up
    meeting planned for March 5 in Kingstown has been postponed until April"): the row is
    dated by the new date, so it tells the occasion then, put off from the day it had
    (``plan.date``, its year left out when the new date's), marked "(scheduled)" when the
    new date is after the article's, as any plan (``core.occurrence.SCHEDULED_SUFFIX``):
    "Follow-up meeting in Kingstown, postponed from 5 March (scheduled)", April 2026.  It
    was "Follow-up meeting postponed in Kingstown", read as put off in Kingstown in April,
    and no plan though after the article's date (verify69 F5).  With ``earlier``, a plan
    brought forward: "Talks, brought forward from 12 January (scheduled)"."""
    what = _PUT_OFF_WORD.sub("", title, count=1)
    place = told.location or plan.location
    if place and place not in what:
        what = f"{what} in {place}"  # (where the occasion is to be held, now it is told)
    old = str(plan.date)
    if plan.date.year == told.date.year:
        old = old.removesuffix(f" {plan.date.year}")
    ahead = dct is not None and told.date.start_day() > dct.toordinal()
    moved = "brought forward" if earlier else "postponed"
    return f"{what}, {moved} from {old}" + (" (scheduled)" if ahead else "")


def _told_put_off(title: str) -> bool:
    """Whether a candidate's ``title`` already tells that its occasion was put off or called
    off: its note (" (postponed)", " (cancelled)", :data:`NOT_HELD_SUFFIX`) or its own words
    ("Next round of talks postponed in X", the act of putting off, dated by its own day).
    Such a row is no plan waiting to be put off (verify87 F5: a lead's "... postponed" took a
    later sentence's note, "... postponed in X (postponed)", and lost its tick)."""
    return title.endswith(("(postponed)", "(cancelled)", NOT_HELD_SUFFIX)) \
        or NOT_HELD.search(title) is not None


def _plans_put_off_later(clusters: Sequence[Cluster],
                         candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` (one a cluster, in order), a plan told as put off or called off in a
    later sentence of its paragraph or the next titled so (:func:`_plan_put_off`'s notes
    and confidence): "India and Pakistan's foreign ministers had planned to meet in Geneva
    on 4 May. | The meeting has been postponed, officials said on Tuesday." gave a ticked
    "India and Pakistan meet in Geneva (scheduled)" beside "Meeting postponed" (ext91).
    The putting off is a verb of :data:`_PUTTING_OFF` done to the occasion's bare noun
    (:data:`_THE_OCCASION`: its passive's subject or its object) and keeps its own row,
    dated by its own day; the plan is the nearest one before it (planned or scheduled, not
    yet said to be put off) of the noun's kind: a visit for "visit" or "trip", a meeting
    for the others.  One plan a putting off."""
    result = list(candidates)
    for act in clusters:
        m = act.best
        said = NOT_HELD.search(m.seg.text, m.start - m.seg.start)
        thing = _THE_OCCASION.fullmatch((m.patient or m.object_text).strip())
        if m.pos != "verb" or m.verb not in _PUTTING_OFF or m.planned or thing is None \
                or said is None or said.start() != m.start - m.seg.start:
            continue
        kind = "visit" if thing.group(1).lower() in ("visit", "trip") else "meeting"
        plans = [i for i, c in enumerate(clusters)
                 if c.best.seg.end <= m.seg.start and event_category(c) == kind
                 and (c.best.planned or c.best.scheduled)
                 and c.best.seg.paragraph >= m.seg.paragraph - 1
                 and not _told_put_off(result[i].title)]
        if not plans:
            continue
        i = max(plans, key=lambda j: clusters[j].best.start)
        plan = result[i]
        result[i] = replace(plan, title=f"{plan.title.removesuffix(' (scheduled)')} "
                                        f"({not_held_note(said.group(0))})",
                            confidence=min(plan.confidence, PUT_OFF_CONFIDENCE))
    return result



_AN_OCCASION = re.compile(r"\s*(?:off\s+)?(?:(?:a|an)\s+(?:planned\s+|proposed\s+|scheduled\s+)?"
                          r"(?:[\w'\u2019-]+\s+){0,2}?(?P<noun>meeting|talks|visit|trip|summit|"
                          r"round|session|conference|negotiations|consultations)|"
                          r"(?P<plural>talks|negotiations|consultations))\b", re.IGNORECASE)
"""'cancelled | a meeting of Pacific and Indonesian ministers ...', 'called | off a visit by
...', 'cancelled | talks with Tonga': a new occasion (its "a", or a plural without one) that
a verb of :data:`_PUTTING_OFF` was done to (group ``noun`` or ``plural``: the noun)."""
_ITS_PLAN_AFTER = re.compile(r"\s+(?:due|set|scheduled|planned|slated|expected|that|which|who)\b|,",
                             re.IGNORECASE)
"""Where the occasion's own words end in a putting off's object: "a meeting of Pacific and
Indonesian ministers | due to be held in Suva next week"."""
_THE_SAME_OCCASION = re.compile(r"(?:the|that|this)\s+(?:planned\s+|proposed\s+|scheduled\s+|"
                                r"cancelled\s+|postponed\s+)?$", re.IGNORECASE)


def _plans_put_off_before(clusters: Sequence[Cluster],
                          candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` (one a cluster, in order), a plan told again by its bare noun ("The
    meeting, set for 16 February, was to have taken stock ...") in the sentences after the
    one that put it off or called it off ("Fiji on Wednesday cancelled a meeting of Pacific
    and Indonesian ministers due to be held in Suva next week"), titled so and flagged as
    :func:`_plans_put_off_later` does, the other way round (verify66 F5: a ticked "Meeting
    (scheduled)", no place).  The putting off is a verb of :data:`_PUTTING_OFF` whose object
    is a new occasion (:data:`_AN_OCCASION`, "a meeting"); the plan is the first one after
    it, in its paragraph or the next, whose event noun of that kind opens with "the" or
    "that" (:data:`_THE_SAME_OCCASION`).  A plan that names no place takes the one the
    object names ("due to be held in Suva"), one that names nobody the putting off's
    parties, a plan told by its bare noun ("The meeting") the object's words ("Meeting of
    Pacific and Indonesian ministers in Suva"); the putting off's sentence is added to its
    evidence.  A plan the object itself tells ("a summit ... due to be held in Apia next
    week") is titled and flagged so too.  The putting off keeps its own row, dated by its own
    day.  One later plan a putting off."""
    result = list(candidates)
    for k, act in enumerate(clusters):
        m = act.best
        said = NOT_HELD.search(m.seg.text, m.start - m.seg.start)
        obj = m.patient or m.object_text
        thing = _AN_OCCASION.match(obj)
        if m.pos != "verb" or m.verb not in _PUTTING_OFF or m.planned or thing is None \
                or said is None or said.start() != m.start - m.seg.start:
            continue
        at = "noun" if thing.group("noun") else "plural"
        noun_word = thing.group(at).lower()
        kind = "visit" if noun_word in ("visit", "trip") else "meeting"
        for j, c in enumerate(clusters):
            if c.best.seg is m.seg and c.best.pos == "noun" and m.end < c.best.start \
                    and c.best.word.lower() == noun_word \
                    and c.best.start - m.end <= len(obj) \
                    and (c.best.planned or c.best.scheduled or result[j].title.endswith(" (scheduled)")) \
                    and not _told_put_off(result[j].title):
                # ("Samoa on Wednesday postponed a summit ... due to be held in Apia next
                # week": the object's own plan, dated by its words, is what was put off)
                result[j] = replace(result[j], title=f"{result[j].title.removesuffix(' (scheduled)')}"
                                                     f" ({not_held_note(said.group(0))})",
                                    confidence=min(result[j].confidence, PUT_OFF_CONFIDENCE))
        plans = [i for i, c in enumerate(clusters)
                 if c.best.seg.start >= m.seg.end and c.best.pos == "noun"
                 and event_category(c) == kind and (c.best.planned or c.best.scheduled)
                 and c.best.seg.paragraph <= m.seg.paragraph + 1
                 and _THE_SAME_OCCASION.search(c.best.seg.text[:c.best.start - c.best.seg.start])
                 and not _told_put_off(result[i].title)]
        if not plans:
            continue
        i = min(plans, key=lambda j: clusters[j].best.start)
        plan, told = result[i], result[k]
        end = _ITS_PLAN_AFTER.search(obj, thing.end())
        words = " ".join(obj[thing.start(at):end.start() if end else len(obj)].split())
        place = plan.location or (told.location if told.location and told.location in obj
                                  else "")
        title = plan.title.removesuffix(" (scheduled)")
        noun = clusters[i].best
        if says_little(title) or title.lower() == noun_word or re.fullmatch(
                r"(?:the|that|this)\s+[\w-]+", noun.seg.text[noun.phrase_start - noun.seg.start:
                                                              noun.phrase_end - noun.seg.start],
                re.IGNORECASE):
            title = words[:1].upper() + words[1:]  # (the plan's own noun says no more)
        if place and place not in title:
            title = f"{title} in {place}"
        evidence = plan.evidence + tuple(
            replace(e, date_start=None, date_end=None) for e in told.evidence[:1]
            if all(e.start != x.start for x in plan.evidence))
        result[i] = replace(plan, title=f"{title} ({not_held_note(said.group(0))})",
                            location=place, participants=plan.participants or told.participants,
                            evidence=evidence,
                            confidence=min(plan.confidence, PUT_OFF_CONFIDENCE))
    return result


CONDITIONAL_PLAN_COST = 0.15
"""What a plan told as a possibility on a condition costs in confidence, beyond any plan's
0.1 (``merging.confidence_of``): "a third round could take place in Rome next month if the
Muscat meeting produced results" may not happen at all (ext94, verify64 F2)."""
_MAY_HAPPEN = re.compile(r"\b(?:could|might|may)\s+(?:\w+ly\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_MAY_HAPPEN_AFTER = re.compile(r"\s+(?:could|might|may)\s", re.IGNORECASE)
_IF_AFTER = re.compile(r"[^.;:!?]*?\b(?:if|unless|provided\s+that)\s", re.IGNORECASE)


def _a_possibility_on_a_condition(best: Mention, text: str, dct: _dt.date | None,
                                  date: FuzzyDate) -> bool:
    """Whether the event ``best`` tells is a plan still to come (``date`` after ``dct``)
    that its clause tells as a possibility ("could", "might", "may" before its verb or
    right after its noun) on a condition told after it ("if", "unless", "provided that")."""
    if dct is None or date.start_day() <= dct.toordinal():
        return False
    lo = max(best.seg.start, best.start - 40)
    possible = _MAY_HAPPEN.search(text, lo, best.start) if best.pos == "verb" else \
        _MAY_HAPPEN_AFTER.match(text, best.end, best.seg.end)
    return possible is not None and _IF_AFTER.match(text, best.end, best.seg.end) is not None


_ANOTHER_TIME_DAYS = 5 * 366
"""How far (days) an event's date may be from every event whose sentence names a person
for the person to take part in it unnamed: a term of office (four or five years)."""


class _PeopleTimes:
    """When the people of an article act: the dates of the events whose own sentences name
    each person (by any name the article gives them: :meth:`.Entities.people_in`), computed
    for a sentence when first asked."""

    def __init__(self, found: Sequence[Cluster], entities: Entities, text: str) -> None:
        self._found = found
        self._entities = entities
        self._text = text
        self._named: dict[int, frozenset[str]] = {}  # sentence start -> the people it names
        self._days: dict[str, list[int]] = {}

    def _people_of(self, seg: Segment) -> frozenset[str]:
        found = self._named.get(seg.start)
        if found is None:
            found = self._named[seg.start] = frozenset(
                name for _, name in self._entities.people_in(self._text, seg.start, seg.end))
        return found

    def days(self, person: str) -> list[int]:
        """The first days of the events whose sentences name ``person``."""
        found = self._days.get(person)
        if found is None:
            found = self._days[person] = [
                c.date.start_day() for c in self._found if c.date is not None
                and any(person in self._people_of(m.seg) for m in c.mentions)]
        return found

    def without_people_of_another_time(self, people: list[str], c: Cluster) -> list[str]:
        """``people`` without those the event's own sentences do not name and who act only
        in events more than :data:`_ANOTHER_TIME_DAYS` from its date: "negotiators convened
        in Helsinki for the remainder of that year", of 1972, was given the two leaders of
        the article's lead, who met in 1961 (verify80 F3: carried across eighteen years);
        each such person's state stands in when the article gives it."""
        known = self._entities.people
        if c.date is None or not any(p in known for p in people):
            return people
        named = frozenset().union(*(self._people_of(m.seg) for m in c.mentions))
        # (the doer a pronoun stands for is told: "He last visited Peru in July 2015")
        doers = " ".join(m.subject for m in c.mentions)
        day = c.date.start_day()
        kept: list[str] = []
        for p in people:
            if p in known and p not in named and p not in doers and (days := self.days(p)) \
                    and all(abs(d - day) > _ANOTHER_TIME_DAYS for d in days):
                state = known.get(p, "")
                if state and state not in people and state not in kept:
                    kept.append(state)
                continue
            kept.append(p)
        return kept


def _candidate(c: Cluster, text: str, timexes: list[Timex], entities: Entities,
               dct: _dt.date | None, lead_countries: list[str], source_id: str,
               sides: list[str], group: list[str], counted: list[str] | None = None,
               times: _PeopleTimes | None = None) -> Candidate:
    """One event as a candidate: its title, date, participants, confidence and evidence
    (``sides``: the lead's two sides, :func:`.arguments.lead_sides`; ``group``: its three
    or more, :func:`.arguments.lead_group`; ``counted``: the group a sentence counting it
    names, ``group`` or :func:`.arguments.opening_group`; ``times``: when the article's
    people act, :class:`_PeopleTimes`)."""
    best = c.best
    if best.own_parties:
        # a text of a year: the parties its own phrase names, or none (ext51's note)
        people = named_in_full(list(dict.fromkeys((*best.participants, *best.countries))), text)
    else:
        people = named_in_full(event_participants(sorted(c.mentions, key=lambda x: x.start),
                                                  entities, best.seg.text, lead_countries, sides,
                                                  group, counted), text)
    people = _no_places(people)
    if not people and best.category == "treaty" and len(sides) == 2 \
            and _the_pair_counted_with_it(c, text):
        # "the gravest clash between the two states since their 2018 accord": an
        # agreement of the pair a sentence of it counts is the lead's two sides' (ext148,
        # verify85 F7: "Agreement reached" without participants)
        people = list(sides)
    if times is not None:
        people = times.without_people_of_another_time(people, c)
    # (but a region one side of a gathering named for its sides: "the first EU-Central Asia
    # summit", ext96)
    people += [r for r in regions_joined_in_a_gathering(c.mentions) if r not in people]
    location = cluster_location(c)
    if best.category == "visit" and location:
        # ("inspectors arrived in West Germany": Germany, inside the place's name, is no
        # party to it, verify80 F2)
        people = [p for p in people if not inside_the_name(p, location)]
    # (not "Talks between" the mediators alone: "The talks, brokered by the African Union
    # with the support of the United States and Kenya, opened", own AFP Pretoria story)
    # (nor "Talks between Qatar, Turkey, Pakistan and Afghanistan": the talks are between the
    # sides, the mediators take part; ext59)
    sides_only = [p for p in people if p not in entities.mediators()]
    between = [] if not sides_only else sides_only if len(sides_only) >= 2 else people
    title = shorten_keeping_the_verb(with_acronym(_who_meets(_here_named(compose_title(
        c, text, timexes, entities, dct, lead_countries, group), location), between, location),
        text))
    if len(people) == 1 and (bare := _BARE_GATHERING.fullmatch(title)) is not None and (
            whose := whose_own_gathering(c.mentions, best.seg.text)):
        # "… to be discussed by EU trade ministers at their meeting in Oslo": "Meeting of EU
        # trade ministers in Oslo", not a bare "Meeting in Oslo" (verify89 F2)
        title = f"{bare.group(1)} of {whose}{bare.group(2) or ''}{bare.group(3) or ''}"
    title = _closed_quotes(_what_it_was_done_to(_what_does_it(title, c.best.seg.text),
                                                c.best.seg.text), c.best.seg.text)
    title = _what_the_noun_did_to(title, c.best.seg.text, people)
    title = _not_held(title, best, text)
    told_by_a_body = _the_body_which(title, c.best.seg.text)
    if told_by_a_body != title and not people:
        # (the body is the one that acted: "International Court of Justice finds ...")
        people = [told_by_a_body[:len(told_by_a_body) - len(title) - 1]]
    title = told_by_a_body
    title = _the_counted_pair_named(_the_sides_who_meet(title, people, sides), people, sides)
    location = location or seat_of_the_court(people, title)
    people = sides_of_a_dispute(people, title, sides, entities, text)
    people = _the_body_for_its_union(people)
    people = _with_the_body_that_acts(people, best)
    # (the sides, not their host: "Talks between Saudi Arabia and Iran hosted by Iraq")
    helped = [p for p in people if p not in entities.mediators() and not re.search(
        rf"(?:hosted|brokered|mediated|chaired|facilitated)\s+by\s+{re.escape(p)}", title)]
    title = whose_talks(title, helped if len(helped) >= 2 else people, c, text)
    confidence = confidence_of(c, dct)
    if says_little(title):
        # A bare "Agreement" ("Agreement reached") tells the reviewer little: rank it lower.
        confidence = round(max(0.1, confidence - 0.2), 2)
    if _a_possibility_on_a_condition(best, text, dct, c.date):
        confidence = round(max(0.1, confidence - CONDITIONAL_PLAN_COST), 2)
    end, end_words = event_end(c, text, timexes, dct)
    date = c.date
    if best.limit is not None and end is None and best.date == date:
        date = date.with_limit(best.limit)  # "due by mid-2027": by mid 2027 (verify43 X21)
        date = deadline_day(date, best)  # "by the end of 2025": by 31 December 2025
    if end is not None and date.circa and named_week(best.date_timex) and best.date == date:
        # "next week": the week from its Monday to its Sunday, as the text names it, not
        # circa days (verify45 F21; circa stays on the Monday alone, without its end)
        date = date.with_circa(False)
    if best.anchor is None and best.date == date \
            and (fiscal := fiscal_year_span(text, best.date_timex, best.subject)) is not None:
        # "In FY2025, Australia signed a treaty with Nauru": July 2024 to June 2025, not
        # the calendar year the tagger's value names (verify59 F27)
        date, end, end_words = fiscal
    date, at = time_of_day(date, c.mentions, best, text, timexes)
    return _plan_put_off(Candidate(
        title=title,
        date=date,
        end=end,
        date_basis="; ".join(w for w in (best.date_basis, at, end_words) if w),
        category=event_category(c),
        confidence=confidence,
        location=location,
        participants=tuple(people),
        evidence=evidence_of(c),
        source_id=source_id,
    ), best, c.mentions, dct)
