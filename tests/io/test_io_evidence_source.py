"""An event merged from several articles keeps each sentence with its own article, and the
saved file opens again (verify30, fault 1: the merged sentences' offsets were checked
against the event's one article, and the file was refused: "does not match the text of
source …")."""

from __future__ import annotations

import dataclasses
import json

import pytest

from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline
from timeline_app.core.duplicates import merge_events
from timeline_app.core.merge import merge_into_one
from timeline_app.core.sourced import (
    SourcedEvidence,
    cited_sources,
    evidence_kept_by,
    evidence_source,
    with_sources_renamed,
)
from timeline_app.io import FormatError, dumps, loads
from timeline_app.io.exchange import event_fields, evidence_from_fields, known_sources_only
from timeline_app.io.native_schema import EVIDENCE_SOURCE_VERSION

REUTERS = "KUALA LUMPUR, Oct 6 (Reuters) - Thailand and Cambodia signed a truce on Monday."
KYODO = "MANILA, Nov 11 (Kyodo) - The two countries signed a peace accord on Tuesday."


def _sentence(source: Source, words: str, dated: bool = True) -> Evidence:
    start = source.text.index(words)
    at = words.index("on ") + 3 if dated else None
    return Evidence(words, start, start + len(words),
                    None if at is None else start + at,
                    None if at is None else start + len(words) - 1)


def _timeline() -> tuple[Timeline, Event, Event]:
    a = Source("src-a", "Truce", "Reuters", text=REUTERS)
    b = Source("src-b", "Accord", "Kyodo", text=KYODO)
    first = Event("e1", "Truce signed", FuzzyDate.of_ymd(2026, 10, 5), category="treaty",
                  source_id="src-a",
                  evidence=(_sentence(a, "Thailand and Cambodia signed a truce on Monday"),))
    second = Event("e2", "Accord signed", FuzzyDate.of_ymd(2026, 11, 10), category="treaty",
                   source_id="src-b",
                   evidence=(_sentence(b, "The two countries signed a peace accord on Tuesday"),))
    return (Timeline.from_events([first, second], sources={"src-a": a, "src-b": b}),
            first, second)


def test_a_merged_event_from_two_articles_saves_and_opens_again() -> None:
    timeline, first, second = _timeline()
    merged = merge_into_one([first, second])
    assert merged.source_id == "src-a"
    plain, other = merged.evidence
    assert type(plain) is Evidence
    assert isinstance(other, SourcedEvidence) and other.source == "src-b"
    assert [evidence_source(merged, e) for e in merged.evidence] == ["src-a", "src-b"]
    timeline.replace(merged)
    timeline.remove_many(["e2"])
    text = dumps(timeline)
    assert f'"version": {EVIDENCE_SOURCE_VERSION},' in text
    assert '"source": "src-b"' in text
    again = loads(text)
    assert again.events == timeline.events
    assert dumps(again) == text


def test_a_file_without_such_sentences_stays_version_1() -> None:
    timeline, _first, _second = _timeline()
    assert '"version": 1,' in dumps(timeline)


def test_a_sentence_back_with_its_own_articles_event_is_plain_again() -> None:
    _, first, second = _timeline()
    merged = merge_into_one([first, second])
    moved = merged.evidence[1]
    back = evidence_kept_by(moved, "src-a", "src-b")
    assert type(back) is Evidence
    assert (back.sentence, back.start, back.end) == (
        second.evidence[0].sentence, second.evidence[0].start, second.evidence[0].end)
    assert evidence_kept_by(moved, "src-a", "src-c") is moved


def test_the_imports_merge_into_an_existing_event_keeps_the_articles() -> None:
    _, first, second = _timeline()
    merged = merge_events(first, second)
    assert [evidence_source(merged, e) for e in merged.evidence] == ["src-a", "src-b"]


def test_a_hand_typed_quote_merged_into_an_article_event_names_no_article() -> None:
    timeline, first, _second = _timeline()
    quote = Event("e3", "Quote", FuzzyDate.of_ymd(2026, 10, 5),
                  evidence=(Evidence("A ministry spokesman confirmed it.", 0, 34),))
    merged = merge_into_one([first, quote])
    assert evidence_source(merged, merged.evidence[1]) is None
    timeline.replace(merged)
    text = dumps(timeline)
    assert '"source": null' in text
    assert loads(text).events == timeline.events


def test_an_unknown_or_too_early_evidence_source_is_refused() -> None:
    timeline, first, second = _timeline()
    timeline.replace(merge_into_one([first, second]))
    doc = json.loads(dumps(timeline))
    doc["events"][0]["evidence"][1]["source"] = "src-x"
    with pytest.raises(FormatError, match=r"unknown source") as caught:
        loads(json.dumps(doc))
    assert "$.events[0].evidence[1].source" in str(caught.value)
    doc["events"][0]["evidence"][1]["source"] = "src-a"  # offsets into the wrong text
    with pytest.raises(FormatError, match="does not match the text of source"):
        loads(json.dumps(doc))
    doc["events"][0]["evidence"][1]["source"] = "src-b"
    doc["version"] = 2
    with pytest.raises(FormatError, match="needs version 3"):
        loads(json.dumps(doc))


def test_file_merge_renames_the_sentences_articles_too() -> None:
    _, first, second = _timeline()
    merged = merge_into_one([first, second])
    assert list(cited_sources([merged])) == ["src-a", "src-b"]
    renamed = with_sources_renamed(merged, {"src-b": "src-b-1"})
    assert list(cited_sources([renamed])) == ["src-a", "src-b-1"]
    assert with_sources_renamed(merged, {"src-z": "q"}) is merged


def test_exchange_fields_keep_the_sentences_article() -> None:
    _, first, second = _timeline()
    merged = merge_into_one([first, second])
    assert evidence_from_fields(event_fields(merged)["evidence"]) == merged.evidence
    sources = {"src-a": Source("src-a", text=REUTERS)}
    (kept,) = known_sources_only([merged], sources)
    assert kept.evidence == merged.evidence[:1]


def test_the_article_filter_and_its_counts_see_every_article_an_event_cites() -> None:
    """verify30, fault 2: filtering by the Kyodo story hid the signing merged from it."""
    from timeline_app.core.query import EventFilter, facets, hidden_by

    timeline, first, second = _timeline()
    merged = merge_into_one([first, second])
    timeline.replace(merged)
    timeline.remove_many(["e2"])
    assert dict(facets(timeline).sources) == {"src-a": 1, "src-b": 1}
    kyodo = EventFilter(sources=frozenset({"src-b"}))
    assert kyodo.accepts(merged)
    assert hidden_by(timeline, kyodo) == frozenset()
    assert hidden_by(timeline, EventFilter(sources=frozenset({"src-c"}))) == {"e1"}


def test_a_version_2_file_saved_with_merged_sentences_opens_with_their_articles() -> None:
    """Files saved on 2 December 2026 (before version 3) kept a merged event's sentences
    of another article, and quotes added to an article's event, without their article,
    and were refused (verify30's own files); they open, each sentence with the one
    article whose text holds it, a quote with none, and save as version 3."""
    timeline, first, second = _timeline()
    timeline.replace(merge_into_one([first, second]))
    doc = json.loads(dumps(timeline))
    for evidence in doc["events"][0]["evidence"]:
        evidence.pop("source", None)  # as the app of 2 December wrote it
    quote = "Confirmed by a spokesman."
    doc["events"][0]["evidence"].append({"sentence": quote, "start": 0, "end": len(quote),
                                         "date_start": None, "date_end": None})
    doc["version"] = 2
    opened = loads(json.dumps(doc))
    event = opened.events[0]
    assert [evidence_source(event, e) for e in event.evidence] == ["src-a", "src-b", None]
    assert '"version": 3,' in dumps(opened)
    doc["events"][0]["evidence"][1]["start"] += 1  # in no article's text: refused as before
    doc["events"][0]["evidence"][1]["end"] += 1
    with pytest.raises(FormatError, match="does not match the text of source"):
        loads(json.dumps(doc))


def test_an_imports_merge_keeps_the_marks_of_the_sentence_whose_date_it_keeps() -> None:
    """verify30: "the end of next month" stayed marked after the date came from the other
    article's "Nov. 1"."""
    _, first, second = _timeline()
    vague = dataclasses.replace(first, date=FuzzyDate.of_month(2026, 11))
    merged = merge_events(vague, second)  # the finer date is the incoming one's
    assert merged.date == second.date
    assert merged.evidence[0].date_start is None  # the existing sentence's marks dropped
    assert merged.evidence[1].date_start == second.evidence[0].date_start


@pytest.mark.parametrize("written", ["version 3", "version 2 as saved on 2 December"])
def test_a_lazily_loaded_file_keeps_the_sentences_articles(written: str) -> None:
    """The lazy load (a large file) checks a sentence's own article in its checking loop,
    makes it on request, and its save stays version 3 before any event is made."""
    from timeline_app.io import native

    timeline, first, second = _timeline()
    timeline.replace(merge_into_one([first, second]))
    text = dumps(timeline)
    if written != "version 3":
        doc = json.loads(text)
        for evidence in doc["events"][0]["evidence"]:
            evidence.pop("source", None)
        doc["version"] = 2
        text = json.dumps(doc)
    lazy = loads(text, lazy=True)
    assert native.needed_version(native.snapshot(lazy)) == EVIDENCE_SOURCE_VERSION
    assert list(lazy.events) == list(loads(text).events) == list(timeline.events)
    assert dumps(lazy) == dumps(timeline)


def test_a_scheduled_event_merged_with_its_happening_takes_the_happenings_title() -> None:
    """verify30: "Withdrawal (scheduled)" kept its title once the 1 November "Withdrawal
    begins" of a later article merged into it at import."""
    _, first, second = _timeline()
    planned = dataclasses.replace(first, title="Peace accord signing (scheduled)",
                                  date=FuzzyDate.of_month(2026, 11))
    assert merge_events(planned, second).title == "Accord signed"
    assert merge_events(second, planned).title == "Accord signed"  # (not the other way)
