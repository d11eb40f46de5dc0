"""Where Find found an event (``core.query.found_in``, ``found_spans``; verify29: "Seoul"
found "Cho and Iwaya meet in Munich" only through a source sentence, and nothing said so)."""

from __future__ import annotations

import datetime as _dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.query import EventSearch, fold, found_in, found_spans

MUNICH = Event(
    "munich", "Cho and Iwaya meet in Munich", FuzzyDate.of_month(2025, 2), category="meeting",
    participants=("Cho Tae-yul", "Takeshi Iwaya"), location="München",
    summary="On the sidelines of the security conference.",
    evidence=(Evidence("A month after Iwaya's visit to Seoul.", 0, 37),
              Evidence("The last talks were in Munich.", 40, 70)))


def test_a_word_found_only_in_a_source_sentence_says_so():
    assert found_in(MUNICH, "Seoul") == ("source sentence 1",)
    assert found_in(MUNICH, "  SEOUL ") == ("source sentence 1",)


def test_every_field_holding_a_word_is_named_in_the_details_order():
    assert found_in(MUNICH, "munchen iwaya") == (
        "title", "place", "participants", "source sentence 1")
    assert found_in(MUNICH, "munich") == ("title", "source sentence 2")
    assert found_in(MUNICH, "meet") == ("title", "lane")  # "meet in", "meeting"
    assert found_in(MUNICH, "sidelines") == ("summary",)


def test_no_match_no_field():
    assert found_in(MUNICH, "seoul tokyo") == ()  # every word must be found
    assert found_in(MUNICH, "") == () and found_in(MUNICH, "   ") == ()


def test_found_spans_fold_case_and_accents_and_join_overlaps():
    assert found_spans("Seoul and SEOUL", "seoul") == [(0, 5), (10, 15)]
    assert found_spans("München", "munchen") == [(0, 7)]  # accents aside, on the shown text
    assert found_spans("Straße", "strasse") == [(0, 6)]  # one character folded to two
    assert found_spans("Iwaya", "iwa way") == [(0, 4)]  # overlapping finds: one span
    assert found_spans("Iwaya", "") == [] and found_spans("", "x") == []


_text = st.text(st.sampled_from("aAäÄßsS éÉ-x"), max_size=12)


@settings(max_examples=150, deadline=None)
@given(_text, _text)
def test_every_span_folds_to_a_word_of_the_search(shown, query):
    words = fold(query).split()
    for start, end in found_spans(shown, query):
        assert 0 <= start < end <= len(shown)
        assert any(word in fold(shown[start:end]) for word in words)


_fields = st.text(st.sampled_from("seoul munich SÉOUL"), max_size=14)


@settings(max_examples=100, deadline=None)
@given(_fields, _fields, st.lists(_fields, max_size=2), st.sampled_from(
    ["seoul", "munich", "seoul munich", "ul", "é"]))
def test_found_in_agrees_with_the_search(title, place, sentences, query):
    event = Event("e", title, FuzzyDate.of_day(_dt.date(2025, 1, 1)), location=place,
                  evidence=tuple(Evidence(s, 0, len(s)) for s in sentences))
    matches = EventSearch([event]).matches(query)
    assert bool(found_in(event, query)) == (matches is not None and "e" in matches)


PHRASE = Event(
    "phrase", "Iran and France protest climate cooperation for the first time in a decade",
    FuzzyDate.of_day(_dt.date(1966, 3, 2)), category="statement",
    participants=("Iran", "France", "Takeshi Iwaya"))


def test_a_short_word_beside_longer_ones_is_shown_at_a_words_start_only():
    # "a" and "in" of a phrase shaded every "a" of "Iran and France, Takeshi Iwaya" in
    # the details, and the lane ("st[a]tement") and the participants were named.
    query = "protest climate cooperation for the first time in a decade"
    assert found_in(PHRASE, query) == ("title",)
    shown = "Iran, France, Takeshi Iwaya"
    assert found_spans(shown, query) == []
    # (one span for the phrase since verify63 F13, three words before; a word's start,
    # "[In]land", no longer: only a whole word beside another find)
    assert found_spans("talks in a decade", "in a decade") == [(6, 17)]
    assert found_spans("Inland", "in decade") == []


def test_a_phrase_is_shaded_as_one_and_its_short_words_nowhere_else():
    """verify63 F13: Find for "Wang Yi in Tokyo" shaded every "in" of Details, the one at
    the start of "included" too."""
    query = "Wang Yi in Tokyo"
    shown = "Wang Yi in Tokyo, in talks that included a dinner in Seoul."
    assert [shown[a:b] for a, b in found_spans(shown, query)] == ["Wang Yi in Tokyo"]
    assert found_spans("Takeshi Iwaya, Wang Yi", query) == [(15, 22)]  # "Yi" beside "Wang"
    assert found_spans("Meetings in Asia included", query) == []
    event = Event("e", "Trilateral meeting in Tokyo", FuzzyDate.of_month(2025, 3),
                  category="meeting", participants=("Wang Yi",), summary="Held in Asia.",
                  evidence=(Evidence("Wang Yi was in Tokyo.", 0, 21),))
    # (the summary holds "in" only: not named)
    assert found_in(event, query) == ("title", "participants", "source sentence")


def test_short_words_alone_are_shown_wherever_found():
    # (the first letters typed: as the search finds them)
    assert found_spans("Iran", "a") == [(2, 3)]
    assert found_spans("Seoul", "ul") == [(3, 5)]
    assert found_in(PHRASE, "ra") == ("title", "participants")


def test_a_summary_that_is_the_source_sentence_is_named_as_the_sentence():
    """verify86 F8: Find "released" said "matched in: title, summary, source sentence" of
    an imported event whose Summary the editor showed empty: an import's summary is its
    sentence, which Details and the editor show as the sentence only."""
    sentence = "The pilots were set free on 4 May 2019 after talks in Oslo."
    freed = Event("freed", "Pilots released", FuzzyDate(2019, 5, 4), summary=sentence,
                  evidence=(Evidence(sentence, 0, len(sentence)),))
    assert found_in(freed, "free") == ("source sentence",)
    own = Event("own", "Pilots released", FuzzyDate(2019, 5, 4),
                summary="Set free after talks.", evidence=(Evidence(sentence, 0, 9),))
    assert found_in(own, "free") == ("summary", "source sentence")
