"""A source sentence that is itself a quotation is quoted once (verify66 F16): Details
showed “"We have been friends since 1970 …," … told The Associated Press.” — a doubled
opening mark.  Inside the pane's “…” the sentence's own double marks are single ones, a
quotation within a quotation (``safe_text.nested_quotes``)."""

from __future__ import annotations

from tests.ui.test_find_shows_where import shaded
from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui.context_menu import event_as_text
from timeline_app.ui.detail_pane import DetailPane, event_html
from timeline_app.ui.safe_text import cited_html, nested_quotes

AP = ('"We have been friends since 1970, when Fiji became independent, and friends talk '
      'even when they disagree," Indonesian Ambassador Dupito Simamora told The Associated '
      "Press.")


def _event(sentence: str = AP) -> Event:
    at = sentence.index("1970")
    return Event("e", "Fiji becomes independent", FuzzyDate.of_ymd(1970, 10, 10),
                 evidence=(Evidence(sentence, 100, 100 + len(sentence),
                                    100 + at, 104 + at),))


def test_nested_quotes_makes_the_sentences_own_marks_single_and_keeps_its_length() -> None:
    assert nested_quotes(AP).startswith("‘We have been friends")
    assert "disagree,’ Indonesian" in nested_quotes(AP)
    said = 'Fiji said the visit was "not in question" and (“firmly”) on.'
    assert nested_quotes(said) == "Fiji said the visit was ‘not in question’ and (‘firmly’) on."
    assert len(nested_quotes(said)) == len(said)
    plain = "Fiji's minister said no."  # (apostrophes and single marks as they are)
    assert nested_quotes(plain) is plain


def test_details_quotes_a_quotation_with_one_opening_mark(qtbot) -> None:
    document = Document(Timeline.from_events([_event()]))
    selection = EventSelection()
    pane = DetailPane(document, selection)
    qtbot.addWidget(pane)
    selection.select("e")
    text = pane.plain_text()
    assert "“‘We have been friends since 1970" in text
    assert '“"' not in text and "““" not in text
    assert "told The Associated Press.”" in text
    # the date still marked on its own words, and Find still shades the sentence's words
    assert ">1970</span>" in event_html(_event(), None)
    pane.set_find_text("friends")
    assert shaded(pane) == ["friends", "friends"]


def test_the_editor_and_copy_as_text_quote_it_the_same_way() -> None:
    assert cited_html(_event().evidence[0]).startswith("“‘We have been")
    assert "“‘We have been friends" in event_as_text(_event())
