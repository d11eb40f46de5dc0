"""The exports say which article told each sentence, and the calendar quotes the sentence
its date was read from first (verify42 F10).

A fact-checker merged the Jeddah committee meeting told by Reuters ("on Dec. 10") and AFP
("on December 12"), keeping Reuters' 10 December.  The calendar's description quoted only
the first sentence, AFP's "… December 12", under DTSTART 10 December; the CSV named no
article at all.
"""

from __future__ import annotations

import csv
import io

from tests.io.test_io_evidence_source import _timeline
from tests.io.test_io_exchange_trial16 import _without_ours
from timeline_app.core.merge import merge_into_one
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events
from timeline_app.io.exchange import take_sentences
from timeline_app.io.ical import dumps_icalendar, event_description, loads_icalendar


def _merged():  # type: ignore[no-untyped-def]
    timeline, first, second = _timeline()
    merged = merge_into_one([first, second], date_from=1)  # Kyodo's date, Reuters' event
    timeline.replace(merged)
    timeline.remove_many(["e2"])
    return timeline, merged


def test_the_calendar_quotes_the_dated_sentence_first_and_names_each_article() -> None:
    timeline, merged = _merged()
    text = event_description(merged, timeline.sources)
    assert text.endswith(
        "Source: \u201cThe two countries signed a peace accord on Tuesday\u201d \u2014 Kyodo"
        "\n\nSource: \u201cThailand and Cambodia signed a truce on Monday\u201d \u2014 Reuters")


def test_the_named_sentences_come_back_from_a_calendar_that_dropped_our_fields() -> None:
    timeline, _ = _merged()
    result = loads_icalendar(_without_ours(dumps_icalendar(timeline)))
    (event,) = list(result.timeline)
    assert [e.sentence for e in event.evidence] == [
        "The two countries signed a peace accord on Tuesday",
        "Thailand and Cambodia signed a truce on Monday"]
    assert "Kyodo" not in event.summary and "Reuters" not in event.summary


def test_take_sentences_reads_a_sentence_with_quotes_and_a_teller() -> None:
    blocks = ["Date: 1 May 2026 (precision: day)",
              "Source: \u201cHe said \u201cno\u201d twice\u201d \u2014 \u201cTalks end\u201d",
              "Source: \u201cPlain\u201d"]
    assert take_sentences(blocks) == ("He said \u201cno\u201d twice", "Plain")
    assert blocks == ["Date: 1 May 2026 (precision: day)"]


def test_the_csv_names_every_article_an_event_rests_on() -> None:
    timeline, _ = _merged()
    rows = list(csv.DictReader(io.StringIO(dumps_csv(timeline))))
    assert rows[0]["Reported by"] == "Kyodo; Reuters"
    # the column is not read back as anything (no article in a CSV), and nothing else moves
    table = read_table(dumps_csv(timeline).encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == [] and "Kyodo" not in events[0].summary


def test_timelinejs_slides_quote_the_dated_sentence_first_with_its_article() -> None:
    import json

    from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

    timeline, _ = _merged()
    document = json.loads(dumps_timelinejs(timeline))
    (slide,) = document["events"]
    assert slide["text"]["text"].endswith(
        "<p>Source: \u201cThe two countries signed a peace accord on Tuesday\u201d \u2014 Kyodo"
        "</p><p>Source: \u201cThailand and Cambodia signed a truce on Monday\u201d \u2014 "
        "Reuters</p>")
    # a file that lost our own key: both sentences read back from the slide's text
    del slide[NAMESPACE]
    del document[NAMESPACE]
    (event,) = list(loads_timelinejs(json.dumps(document)).timeline)
    assert [e.sentence for e in event.evidence] == [
        "The two countries signed a peace accord on Tuesday",
        "Thailand and Cambodia signed a truce on Monday"]


def test_a_timelinejs_slide_names_an_article_by_its_whole_headline() -> None:
    """verify74 F11: a published slide's attribution read "— “The long road to
    Montevideo: how a trade deal outlived its…”", the headline of an article without an
    outlet cut with "…".  The whole headline is written, read back from a file that lost
    our key; with ``working_notes`` False the slide has no "Participants:" nor "Place:"."""
    import json
    from dataclasses import replace

    from timeline_app.io.timelinejs import NAMESPACE, dumps_timelinejs, loads_timelinejs

    headline = ("The long road to Montevideo: how a trade deal outlived its negotiators and "
                "two Brazilian presidents")
    timeline, first, _second = _timeline()
    timeline.remove_many(["e2"])
    timeline.sources["src-a"] = replace(timeline.sources["src-a"], outlet="", title=headline)
    timeline.replace(replace(first, participants=("Thailand", "Cambodia"), location="Kuala Lumpur"))
    document = json.loads(dumps_timelinejs(timeline))
    (slide,) = document["events"]
    assert slide["text"]["text"].endswith(
        "<p>Participants: Thailand, Cambodia</p><p>Place: Kuala Lumpur</p><p>Source: "
        f"\u201cThailand and Cambodia signed a truce on Monday\u201d \u2014 \u201c{headline}"
        "\u201d</p>")
    del slide[NAMESPACE]
    del document[NAMESPACE]
    (event,) = list(loads_timelinejs(json.dumps(document)).timeline)
    assert [e.sentence for e in event.evidence] == [
        "Thailand and Cambodia signed a truce on Monday"]
    assert event.participants == ("Thailand", "Cambodia") and event.location == "Kuala Lumpur"
    published = json.loads(dumps_timelinejs(timeline, working_notes=False))
    (slide,) = published["events"]
    assert slide["text"]["text"] == (
        "<p>Source: \u201cThailand and Cambodia signed a truce on Monday\u201d \u2014 "
        f"\u201c{headline}\u201d</p>")
    (event,) = list(loads_timelinejs(json.dumps(published)).timeline)  # (our key: all back)
    assert event.participants == ("Thailand", "Cambodia") and event.location == "Kuala Lumpur"
