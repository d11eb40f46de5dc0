"""One beginning told in other words (verify39 F9): "The ceasefire begins" (5 December 2026,
from an article's "…the ceasefire, which begins on Saturday") was not offered as a duplicate
of "Ceasefire takes effect in North Kivu (scheduled)" (5 December 2026, from another's "…due
to take effect on Saturday"): "begins" and "takes effect" were two different words, the
titles 54 % alike.  The texts here are written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates, title_similarity
from timeline_app.extract.event_vocabulary import CATEGORIES

BEGINS = ("The regional bloc's envoy on Thursday urged both sides to respect the truce, which "
          "begins on Saturday.")
EFFECT = ("Observers said on Tuesday they were ready to watch over the truce, which is due to "
          "take effect on Saturday.")


def _sat() -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(2026, 12, 5))


def _event(event_id: str, title: str, category: str, sentence: str) -> Event:
    return Event(event_id, title, _sat(), category=category,
                 evidence=(Evidence(sentence, 0, len(sentence)),))


@pytest.mark.parametrize("words", [
    "takes effect", "take effect", "comes into force", "enters into force", "starts",
    "goes into effect", "kicks off", "gets under way", "commences"])
def test_a_beginning_told_with_another_verb_is_as_alike_as_with_the_same(words):
    said = title_similarity("Truce begins in the east", "Truce begins")
    assert title_similarity(f"Truce {words} in the east", "Truce begins") == said


def test_the_ceasefire_that_begins_is_offered_for_the_one_that_takes_effect():
    existing = _event("kivu", "Ceasefire takes effect in North Kivu (scheduled)", "treaty",
                      EFFECT)
    incoming = _event("aj", "The ceasefire begins", "event", BEGINS)
    assert title_similarity(incoming.title, existing.title) >= 80
    match = find_duplicates([existing], [incoming], kinds=CATEGORIES)["aj"]
    assert match.existing.id == "kivu"
    assert "titles" in match.reason


def test_a_different_thing_that_begins_the_same_day_is_not_offered():
    existing = _event("kivu", "Ceasefire takes effect in North Kivu (scheduled)", "treaty",
                      EFFECT)
    talks = _event("t", "Election campaign begins", "event",
                   "The election campaign formally opened on Saturday in the capital.")
    assert find_duplicates([existing], [talks], kinds=CATEGORIES) == {}
    assert title_similarity("Talks begin in Doha", "Ceasefire takes effect") < 55


HALT = ("The agreement, signed at a ceremony in the host capital, calls for a halt to fighting "
        "in the eastern province from Dec. 5 and for an exchange of prisoners.")


def test_a_merged_event_is_compared_by_each_of_its_articles_sentences():
    """The Reuters event merged with AFP's sentence was 12 % alike with Al Jazeera's as a
    whole (the Reuters sentence's words drowned AFP's), under a sixth: not offered."""
    from timeline_app.core.sourced import SourcedEvidence

    merged = Event("kivu", "Ceasefire takes effect in the east (scheduled)", _sat(),
                   category="treaty", source_id="reuters",
                   evidence=(Evidence(HALT, 0, len(HALT)),
                             SourcedEvidence(EFFECT, 0, len(EFFECT), source="afp")))
    told = Event("aj", "Rebels and government begin", _sat(), category="event",
                 participants=("Government", "Rebels"), source_id="aljazeera",
                 evidence=(Evidence(BEGINS, 0, len(BEGINS)),))
    match = find_duplicates([merged], [told], kinds=CATEGORIES)["aj"]
    assert match.existing.id == "kivu" and not match.likely
    assert "source sentences" in match.reason
    # One article's event with the same two sentences is compared as a whole, as before.
    single = Event("kivu", merged.title, _sat(), category="treaty", source_id="reuters",
                   evidence=(Evidence(HALT, 0, len(HALT)), Evidence(EFFECT, 0, len(EFFECT))))
    assert find_duplicates([single], [told], kinds=CATEGORIES) == {}


@pytest.mark.parametrize(("told", "said"), [
    ("Kenya and Uganda sign border pact", "Kenya and Uganda inked border pact"),
    ("Kenya and Uganda sign border pact", "Kenya and Uganda signed border pact"),
    ("Border talks end in Kampala", "Border talks wrapped up in Kampala"),
    ("Border talks end in Kampala", "Border talks ended in Kampala"),
])
def test_signing_and_ending_are_one_word_each(told, said):
    assert title_similarity(told, said) == 100.0


def test_concluding_an_agreement_is_not_ending_it():
    assert title_similarity("States agree to conclude a code", "States agree to end a code") < 100
