"""An event merged from several articles shows, shades and filters each sentence with its
own article (verify30, fault 2: four sentences of three articles all under the first's
name, the Article tab showed only the first, and filtering by another hid the event)."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from tests.io.test_io_evidence_source import _timeline
from timeline_app.core.merge import merge_into_one
from timeline_app.core.query import EventFilter


def _merged_window(window):  # type: ignore[no-untyped-def]
    timeline, first, second = _timeline()
    merged = merge_into_one([first, second])
    timeline.replace(merged)
    timeline.remove_many(["e2"])
    window.document.replace_timeline(timeline, None)
    window.selection.select(merged.id)
    return merged


def test_details_name_each_sentences_article(window, qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.detail_pane import DetailPane

    _merged_window(window)
    text = window.findChild(DetailPane).plain_text()
    assert "— from Accord · Kyodo" in text
    assert "Article: Truce · Reuters" in text


def test_the_article_pane_offers_and_shows_the_other_article(window, qtbot):  # type: ignore[no-untyped-def]
    merged = _merged_window(window)
    pane = window.article_pane
    pane._show(merged.id, force=True, hidden_too=True)
    assert "This event also cites: Accord" in pane.toPlainText()
    assert pane.toPlainText().count("KUALA LUMPUR") == 1
    pane.handle_link(QUrl("timeline-article:src-b"))
    assert "MANILA" in pane.toPlainText()
    assert "This event also cites: Truce" in pane.toPlainText()


def test_filtering_by_the_other_article_keeps_the_event(window, qtbot):  # type: ignore[no-untyped-def]
    merged = _merged_window(window)
    window.find_state.set_filter(EventFilter(sources=frozenset({"src-b"})))
    assert window.find_state.is_shown(merged.id)


def test_a_merged_summary_of_source_sentences_is_not_shown_twice(window, qtbot):  # type: ignore[no-untyped-def]
    """verify30: a merged event's summary joined its events' summaries, their sentences,
    and Details showed each sentence twice."""
    import dataclasses

    from timeline_app.ui.detail_pane import DetailPane

    timeline, first, second = _timeline()
    first = dataclasses.replace(first, summary=first.evidence[0].sentence)
    second = dataclasses.replace(second, summary="Analysts were cautious.\n\n"
                                 + second.evidence[0].sentence)
    merged = merge_into_one([first, second])
    timeline.replace(merged)
    timeline.remove_many(["e2"])
    window.document.replace_timeline(timeline, None)
    window.selection.select(merged.id)
    text = window.findChild(DetailPane).plain_text()
    for evidence in merged.evidence:
        assert text.count(evidence.sentence) == 1
    assert "Analysts were cautious." in text
