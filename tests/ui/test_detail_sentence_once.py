"""The detail pane quotes an extracted event's sentence once (verify18: every extracted
event showed it twice, as its summary and as its source sentence)."""

from __future__ import annotations

from timeline_app.core.model import Event, Evidence
from timeline_app.core.parse_date import parse_fuzzy_date
from timeline_app.ui.detail_pane import event_html

SENTENCE = "The ministers said the code should build on the guidelines adopted in early 2019."


def _event(summary: str) -> Event:
    return Event(id="e1", title="Guidelines adopted", date=parse_fuzzy_date("2019"),
                 summary=summary, evidence=(Evidence(SENTENCE, 0, len(SENTENCE)),))


def test_a_summary_that_is_the_source_sentence_is_shown_once() -> None:
    assert event_html(_event(SENTENCE), None).count("guidelines adopted in early") == 1


def test_a_summary_that_is_the_sentence_with_other_spacing_is_shown_once() -> None:
    assert event_html(_event(SENTENCE.replace(" ", "\n  ", 2)), None).count("build on the") == 1


def test_a_summary_of_its_own_is_still_shown_beside_the_sentence() -> None:
    text = event_html(_event("Agreed to speed up the talks."), None)
    assert "Agreed to speed up the talks." in text
    assert text.count("guidelines adopted in early") == 1
