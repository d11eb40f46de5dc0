"""Details says which articles tell an event when more than one does (verify42 F9): the
signing of the Jeddah truce, merged from the Sudan Tribune, Reuters and AFP, read as one
article's event unless each sentence's "— from …" line under it was read."""

from __future__ import annotations

import dataclasses

from tests.io.test_io_evidence_source import _timeline
from tests.ui.test_merged_articles import _merged_window
from timeline_app.core.merge import merge_into_one
from timeline_app.ui.detail_pane import event_html, reported_by


def test_a_merged_events_details_name_its_articles(window, qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.detail_pane import DetailPane

    _merged_window(window)
    text = window.findChild(DetailPane).plain_text()
    assert "Reported by 2 articles: Reuters (the date above), Kyodo" in text
    assert text.index("Reported by 2 articles:") < text.index("Source sentences")


def test_one_article_or_an_outlet_told_twice_says_nothing_more() -> None:
    timeline, first, second = _timeline()
    assert reported_by(first, timeline.sources) == []  # one sentence
    merged = merge_into_one([first, second])
    assert reported_by(merged, timeline.sources) == ["Reuters", "Kyodo"]
    # two articles of one outlet: one name, and no line
    timeline.sources["src-b"] = dataclasses.replace(timeline.sources["src-b"], outlet="Reuters")
    assert reported_by(merged, timeline.sources) == ["Reuters"]
    assert "Reported by" not in event_html(merged, timeline.sources["src-a"],
                                           sources=timeline.sources)
    # an article without an outlet: its headline, quoted
    timeline.sources["src-b"] = dataclasses.replace(timeline.sources["src-b"], outlet="")
    assert reported_by(merged, timeline.sources) == ["Reuters", "\u201cAccord\u201d"]


def test_when_the_tellings_disagree_on_the_date_details_say_whose_date_is_shown() -> None:
    timeline, first, second = _timeline()
    merged = merge_into_one([first, second], date_from=1)  # Kyodo's 10 November kept
    assert "told otherwise: 5 October 2026" in merged.date_basis
    html = event_html(merged, timeline.sources["src-a"], sources=timeline.sources)
    assert "Reported by 2 articles:</b> Reuters, Kyodo (the date above)" in html
    # the dates agreeing: nothing to say whose it is
    agreeing = dataclasses.replace(second, date=first.date)
    html = event_html(merge_into_one([first, agreeing]), timeline.sources["src-a"],
                      sources=timeline.sources)
    assert "Reported by 2 articles:</b> Reuters, Kyodo" in html


def test_the_count_is_of_articles_said_before_the_outlets() -> None:
    """verify72 F11: "Reuters (the date above), AP (2 articles)" read as two AP articles;
    three articles of two outlets are three articles, not two — and which outlet told
    two of them is said (verify79 F13: "Reported by 3 articles: Reuters, AFP")."""
    timeline, first, second = _timeline()
    third = dataclasses.replace(timeline.sources["src-b"], id="src-c", outlet="Reuters")
    timeline.sources["src-c"] = third
    from timeline_app.core.sourced import SourcedEvidence

    merged = merge_into_one([first, second])
    extra = SourcedEvidence("A third telling of the accord.", 0, 10, source="src-c")
    merged = dataclasses.replace(merged, evidence=(*merged.evidence, extra))
    html = event_html(merged, timeline.sources["src-a"], sources=timeline.sources)
    assert "Reported by 3 articles:</b> Reuters ×2 (the date above), Kyodo</p>" in html
    # (Kyodo's date kept)
    dated = merge_into_one([first, second], date_from=1)
    dated = dataclasses.replace(dated, evidence=(*dated.evidence, extra))
    html = event_html(dated, timeline.sources["src-a"], sources=timeline.sources)
    assert "Reported by 3 articles:</b> Reuters ×2, Kyodo (the date above)</p>" in html
