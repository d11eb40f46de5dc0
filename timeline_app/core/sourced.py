"""A sentence kept with its own article: an event merged from several articles.  Qt-free.

An ``Event`` names one article (``source_id``) and its ``Evidence`` offsets point into that
article's text, which the native format checks on opening.  An event merged from events of
several articles (Edit → Merge Selected Events, ``core.merge``; an import's "Merge into",
``core.duplicates``; File → Merge) keeps each sentence with the article it was read from as
a ``SourcedEvidence`` (the native format's evidence key ``source``, version 3), and a quote
typed by hand into an article's event as one of no article (verify30, fault 1: the merged
sentences' offsets were checked against the event's article and the saved file could not be
opened again; fault 2: every sentence showed, and filtered, as the first article's).

Its own module, imported where such sentences are made or read and not before the app's
first paint: a dataclass costs ~0.6 ms to define (``tests/ui/test_startup.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .model import Event, Evidence

__all__ = ["REFERENCE_KINDS", "Reference", "SourcedEvidence", "cited_sources", "evidence_kept_by",
           "evidence_source", "guessed_kind", "is_excerpt_of", "reference",
           "with_sources_renamed"]


@dataclass(frozen=True, slots=True)
class SourcedEvidence(Evidence):
    """A sentence of another article than its event's (see the module's docstring).

    Attributes:
        source: The id of the ``Source`` whose text the offsets point into; ``None``: no
            article (a quote typed by hand, kept by an event that has one).  The native
            format's evidence key ``source`` (version 3).
    """

    source: str | None = None


#: What a source typed by hand that is not a quote is (``Reference.kind``): a bibliographic
#: reference ("Parry, Consolidated Treaty Series, vol. 1, pp. 119-356") or a link (a web
#: address).  A quote (the words of a text) is a plain ``Evidence`` or ``SourcedEvidence``.
REFERENCE_KINDS = ("reference", "link")


@dataclass(frozen=True, slots=True)
class Reference(SourcedEvidence):
    """Where an event comes from, typed by hand, that is not a quote: a reference to a
    work or a link (verify53 F17: "Instrumentum Pacis Osnabrugensis, art. I; text in Parry,
    Consolidated Treaty Series, vol. 1, pp. 119-356." was shown in quotation marks as a
    "Source sentence", as if the treaty said those words).  Of no article (``source`` is
    None; offsets 0 to its length, as a quote of no article).

    Attributes:
        kind: One of ``REFERENCE_KINDS``.  The native format's evidence key ``kind``
            (version 11); absent, a sentence or a quote.
    """

    kind: str = "reference"


def reference(text: str, kind: str) -> Reference:
    """``text`` as a ``Reference`` of ``kind`` (one of ``REFERENCE_KINDS``; ValueError
    otherwise), offsets 0 to its length and no article."""
    if kind not in REFERENCE_KINDS:
        raise ValueError(f"not a kind of reference: {kind!r}")
    return Reference(text, 0, len(text), None, None, None, kind)


_LINK = re.compile(r"(?:https?://|www\.)\S+\Z", re.IGNORECASE)
# Marks of a bibliographic citation: pages, volume, article, edition, an ISBN or DOI, "ed."
# (Chicago Manual of Style, ch. 14, "Notes and bibliography": the elements of a note).
_CITATION = re.compile(
    r"\b(?:pp?\.\s*\d|vols?\.\s*\d|art\.\s*[IVXLC\d]|arts\.|no\.\s*\d|eds?\.|"
    r"ISBN|doi:|ibid\b|op\. cit\.|fols?\.\s*\d)", re.IGNORECASE)


def guessed_kind(text: str) -> str:
    """What a source typed by hand most likely is: ``"link"`` when it is one web address
    (``http://…``, ``https://…``, ``www.…``), ``"reference"`` when it has a citation's
    marks (``pp. 119``, ``vol. 1``, ``art. I``, ``ed.``, an ISBN or DOI: Chicago Manual
    of Style, ch. 14) and is not in quotation marks, else ``"quote"``.  A guess the Add
    quote… dialog offers; the person chooses."""
    words = " ".join(text.split())
    if _LINK.match(words):
        return "link"
    if words and words[0] in "“\"‘'«„":
        return "quote"
    return "reference" if _CITATION.search(words) else "quote"


def evidence_source(event: Event, evidence: Evidence) -> str | None:
    """The id of the article ``evidence`` (one of ``event``'s) was read from, or ``None``."""
    if isinstance(evidence, SourcedEvidence):
        return evidence.source
    return event.source_id


def evidence_kept_by(evidence: Evidence, read_from: str | None,
                     kept_by: str | None) -> Evidence:
    """``evidence`` of an event of the article ``read_from``, as evidence of an event whose
    article is ``kept_by``: a ``SourcedEvidence`` naming its own article when that is not
    ``kept_by``, else a plain ``Evidence`` (so a sentence back with its own article's event
    is written as before).

    Args:
        evidence: A sentence of an event (plain, or already naming its article).
        read_from: The ``source_id`` of the event it belonged to.
        kept_by: The ``source_id`` of the event that keeps it.
    """
    own = evidence.source if isinstance(evidence, SourcedEvidence) else read_from
    fields = (evidence.sentence, evidence.start, evidence.end, evidence.date_start,
              evidence.date_end)
    if own == kept_by and not isinstance(evidence, Reference):
        return evidence if type(evidence) is Evidence else Evidence(*fields)
    if isinstance(evidence, SourcedEvidence):
        return evidence
    return SourcedEvidence(*fields, own)


def cited_sources(events: Iterable[Event]) -> Iterator[str]:
    """The ids of the articles ``events`` cite, their own and their sentences' (an id
    once per event or sentence that cites it, in order)."""
    for event in events:
        if event.source_id:
            yield event.source_id
        for evidence in event.evidence:
            if isinstance(evidence, SourcedEvidence) and evidence.source:
                yield evidence.source


def with_sources_renamed(event: Event, renamed: dict[str, str]) -> Event:
    """``event`` with each article id it cites (its own, its sentences') that is a key of
    ``renamed`` replaced by its value (File → Merge: an id taken by another article)."""
    if not renamed:
        return event
    evidence = tuple(
        replace(e, source=renamed[e.source])
        if isinstance(e, SourcedEvidence) and e.source in renamed else e
        for e in event.evidence)
    source_id = renamed.get(event.source_id, event.source_id) if event.source_id else None
    if source_id == event.source_id and evidence == event.evidence:
        return event
    return replace(event, source_id=source_id, evidence=evidence)


def is_excerpt_of(excerpt: str, text: str) -> bool:
    """Whether ``excerpt`` is ``text`` with some of it blanked: as long, and each of its
    characters a space, an ellipsis or ``text``'s at that place — an article an export meant for
    others carried as the sentences its events cite (``io.exchange.ExcerptedSource``),
    read back.  The article imported again in full then replaces it: the events' offsets
    into the excerpt point at the same sentences in the whole text (verify58 F18).
    ~0.1 µs per character."""
    if len(excerpt) != len(text) or excerpt == text:
        return False
    return all(a == b or a in " \u2026" for a, b in zip(excerpt, text, strict=True))

