"""Fuzzing the native loader (issue 9 §5): whatever the input, one ``FormatError`` or a
timeline that survives save → load unchanged.

A few hundred examples per test in a normal run; ``TIMELINE_FUZZ_EXAMPLES=20000`` for a
long campaign.  Strategies: whole timeline documents (any text, every precision, evidence
at real offsets, markup and odd Unicode in every string) and mutated bytes of valid files
(flips, cuts, insertions, spliced JSON fragments and escapes).
"""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from native_samples import sample_text

from timeline_app.core import Timeline
from timeline_app.core.dates import PART_OF_YEAR_MONTHS, Precision
from timeline_app.io import FormatError, dumps, loads

EXAMPLES = int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text as files bring it: any code point JSON can carry, markup, and very long runs.
TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(['<img src="/dev/zero">', "</b>", "\\u0000", "\u202e", "😀", " ", ""]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
)


@st.composite
def dates(draw: st.DrawFn) -> dict[str, Any]:
    precision = draw(st.sampled_from(list(Precision)))
    year = draw(st.integers(-5, 10_005))
    month = draw(st.integers(0, 13))
    day = draw(st.integers(0, 32))
    value = {
        Precision.DAY: f"{year:04d}-{month:02d}-{day:02d}",
        Precision.MONTH: f"{year:04d}-{month:02d}",
    }.get(precision, f"{year:04d}")
    if precision is Precision.DECADE and draw(st.booleans()):
        value = f"{year - year % 10:04d}"
    date: dict[str, Any] = {"value": value, "precision": precision.value}
    if precision is Precision.PART_OF_YEAR or draw(st.integers(0, 20)) == 0:
        date["part"] = draw(st.sampled_from(list(PART_OF_YEAR_MONTHS)))
    if draw(st.booleans()):
        date["circa"] = draw(st.booleans())
    return date


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    text = draw(st.text(min_size=0, max_size=200))
    sources = [{"id": "src", "title": draw(TEXT), "outlet": draw(TEXT),
                "dateline_place": draw(TEXT), "dateline_date": draw(st.one_of(
                    st.none(), st.dates().map(lambda d: d.isoformat()))),
                "date_basis": draw(TEXT), "text": text, "url": draw(TEXT)}]
    events = []
    for n in range(draw(st.integers(0, 6))):
        event: dict[str, Any] = {"id": draw(st.one_of(st.just(f"e{n}"), TEXT)),
                                 "title": draw(TEXT), "date": draw(dates())}
        if draw(st.booleans()):
            event["end"] = draw(st.one_of(st.none(), dates()))
        for key in ("category", "location", "summary", "date_basis"):
            if draw(st.booleans()):
                event[key] = draw(TEXT)
        if draw(st.booleans()):
            event["participants"] = draw(st.lists(TEXT, max_size=3))
        if draw(st.booleans()):
            event["source"] = "src"
            start = draw(st.integers(0, len(text)))
            end = draw(st.integers(start, len(text)))
            evidence: dict[str, Any] = {"sentence": text[start:end], "start": start, "end": end}
            if draw(st.booleans()):
                evidence["date_start"] = draw(st.integers(start, end))
                evidence["date_end"] = draw(st.integers(evidence["date_start"], end))
            event["evidence"] = [evidence]
        if draw(st.booleans()):  # (version 4; a version-1 file with one is refused)
            event["status"] = draw(st.sampled_from(["disputed", "confirmed", "rumoured"]))
        events.append(event)
    document: dict[str, Any] = {"format": "diplomatic-timeline",
                                "version": draw(st.sampled_from([1, 4])),
                                "title": draw(TEXT), "description": draw(TEXT),
                                "sources": sources, "events": events}
    return document


def _check(data: str | bytes) -> None:
    """The whole promise: one FormatError, or a timeline equal to itself after a save."""
    try:
        timeline = loads(data, "fuzz.json")
    except FormatError as error:
        assert error.path == "fuzz.json" and error.problem
        assert len(str(error)) <= 600
        return
    _assert_round_trip(timeline)


def _assert_round_trip(timeline: Timeline) -> None:
    again = loads(dumps(timeline))
    assert again.events == timeline.events
    assert again.sources == timeline.sources
    assert (again.title, again.description) == (timeline.title, timeline.description)


@FUZZ
@given(documents())
def test_generated_documents_load_or_fail_cleanly(document: dict[str, Any]) -> None:
    _check(json.dumps(document, ensure_ascii=False))


FRAGMENTS = [b"NaN", b"-Infinity", b'"\\ud800"', b"\\udc00", b"{", b"}", b"[", b"]", b",",
             b":", b'"title": "x", ', b"null", b"true", b"1e999", b"-0", b"1" + b"0" * 400,
             b"\xff", b"\xed\xa0\x80", b"\x00", b'"', b"\\", b"\\u003a", b"[[[[[[[[[[",
             b'"version": 2, ']


@st.composite
def mutated_bytes(draw: st.DrawFn) -> bytes:
    base = draw(st.one_of(st.just(sample_text()), documents().map(json.dumps)))
    data = bytearray(base.encode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert", "splice", "truncate"]))
        if action == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "cut":
            del data[at: at + draw(st.integers(1, 20))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif action == "splice":
            data[at:at] = draw(st.sampled_from(FRAGMENTS))
        else:
            del data[at:]
    return bytes(data)


@FUZZ
@given(mutated_bytes())
@example(b'n"fo')  # msgspec's error pointed past the end: an IndexError (session 9)
def test_mutated_bytes_load_or_fail_cleanly(data: bytes) -> None:
    _check(data)
