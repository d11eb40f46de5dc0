"""The indexes that keep the event builder linear on one event told many times (session 62,
ext145: the family 'real sentence' of ``tests/linear_time_probe.py`` grew about 9x for a 4x
input) give the answers of the plain walks they replace: each is compared on random
mentions with the walk it replaced, written here as it was."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.extract.pipeline import merging, titles
from timeline_app.extract.pipeline.arguments import participants
from timeline_app.extract.pipeline.mentions import Mention
from timeline_app.extract.sentences import Segment
from timeline_app.extract.timex import Timex

_SENTENCES = [
    "The envoys met separately in Lisbon.",
    "Two days after the summit, the pact was signed.",
    "The ministers met and signed the accord, then left.",
    "The trade office in the Slovak capital opened on Monday.",
    "Its embassy in the Danish capital and the consulate in the Dutch capital closed.",
    "They held talks in separate meetings.",
    "Officials agreed on the eve of the vote and also spoke.",
]
_DATE_WORDS = ["Monday", "the eve of", "two days after", "2019"]


_AND_SENTENCES = {
    "Envoys met and signed and then left.": ["met", "signed", "left"],
    "Markets rose and fell, and also rallied.": ["rose", "fell", "rallied"],
}
"""Sentences of verbs joined by "and", and their verbs: the second verbs of one subject."""


@st.composite
def _segments(draw: st.DrawFn, sentences: Sequence[str]) -> list[Segment]:
    texts = draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=4))
    out, at = [], 0
    for text in texts:
        out.append(Segment(at, at + len(text), text))
        at += len(text) + 1
    return out


@st.composite
def _mentions(draw: st.DrawFn, segments: list[Segment]) -> Mention:
    seg = draw(st.sampled_from(segments))
    # (a word's first place in its sentence; in a sentence of verbs joined by "and", a verb)
    word = draw(st.sampled_from(_AND_SENTENCES.get(seg.text) or seg.text.split()))
    start = seg.start + seg.text.index(word)
    end = start + len(word)
    timex = None
    if draw(st.booleans()):
        timex = Timex(0, 1, draw(st.sampled_from(_DATE_WORDS)), "DATE", "XXXX",
                      anchor=draw(st.sampled_from([None, "", "Monday", "2019", "the eve of"])))
    return Mention(seg=seg, start=start, end=end, word=word,
                   category="meeting", weight=1.0,
                   pos=draw(st.sampled_from(["verb", "verb", "noun"])),
                   verb=draw(st.sampled_from(["", "meet", "sign"])),
                   subject=draw(st.sampled_from(["the envoys", "the envoys", ""])),
                   subject_phrase=draw(st.sampled_from(["", "", "Markets"])),
                   planned=draw(st.sampled_from([False, False, True])), date_timex=timex,
                   object_text=draw(st.sampled_from(["", "its embassy in the Dutch capital",
                                                     "envoy to Lisbon", "the"])),
                   patient=draw(st.sampled_from(["", "the trade office in the", "Slovak capital"])))


@st.composite
def _told(draw: st.DrawFn, sentences: Sequence[str] = _SENTENCES,
          ) -> tuple[list[Mention], Mention, str]:
    """Mentions of a random article, one of them or another, and the article's text."""
    segments = draw(_segments(sentences))
    told = draw(st.lists(_mentions(segments), min_size=1, max_size=10))
    m = draw(st.one_of(st.sampled_from(told), _mentions(segments)))
    return told, m, " ".join(s.text for s in segments)


def _plain_counted_from_one_of(m: Mention, others: list[Mention]) -> bool:
    """``merging._counted_from_one_of`` before session 62: a walk of ``others``."""
    if not merging._counted_from_an_event(m):
        return False
    anchor = m.date_timex.anchor if m.date_timex is not None else None
    return any(x is not m and x.date_timex is not None and x.date_timex.text == anchor
               for x in others)


@settings(max_examples=150, deadline=None, database=None)
@given(_told())
def test_an_event_s_summaries_answer_as_the_walk_of_its_members(
        told_m: tuple[list[Mention], Mention, str]) -> None:
    told, m, _text = told_m
    c = merging.Cluster(told)
    assert (merging._counted_from_one_of(m, c)
            == _plain_counted_from_one_of(m, c.mentions))
    assert (merging._one_is_counted_from(c, m)
            == any(_plain_counted_from_one_of(x, [m]) for x in c.mentions))
    assert c.counted == any(merging._counted_from_an_event(x) for x in c.mentions)
    assert c.separately == any(merging._SEPARATELY.search(x.seg.text) for x in c.mentions)


def _plain_second_verb(x: Mention, told: list[Mention], text: str) -> bool:
    """``titles._a_second_verb_of_its_subject`` before session 62: every pair asked."""
    return x.pos == "verb" and bool(x.subject or x.subject_phrase) and any(
        y.pos == "verb" and y.seg is x.seg and y.end <= x.start
        and (y.subject, y.subject_phrase) == (x.subject, x.subject_phrase)
        and not y.planned and not x.planned
        and titles._JOINED_BY_AND.fullmatch(text, y.end, x.start) is not None for y in told)


@settings(max_examples=150, deadline=None, database=None)
@given(_told(list(_AND_SENTENCES)))
def test_second_verbs_are_found_as_by_asking_every_pair(
        told_m: tuple[list[Mention], Mention, str]) -> None:
    told, _m, text = told_m
    seconds = titles._second_verbs_of_their_subjects(told, text)
    assert {id(x) for x in told if _plain_second_verb(x, told, text)} == seconds


def _plain_states_of_the_envoys_posts(told: list[Mention]) -> list[str]:
    """``participants._states_of_the_envoys_posts`` before session 62: each phrase searched
    joined to the 80 characters before every mention."""
    phrases = [" ".join((m.word, m.object_text, m.patient, m.subject_phrase)) for m in told]
    before = [m.seg.text[max(0, m.start - m.seg.start - 80):m.start - m.seg.start] for m in told]
    return list(dict.fromkeys(
        [participants.CAPITALS[post.group(1)] for phrase in phrases
         for post in participants._AN_ENVOY_S_POST.finditer(phrase)
         if participants.CAPITALS.get(post.group(1), post.group(1)) != post.group(1)
         and post.group(1) not in participants.COUNTRIES]
        + [participants.DEMONYMS[post.group(1)] for phrase in phrases
           for post in participants._A_POST_IN_A_CAPITAL.finditer(" ".join((phrase, *before)))
           if post.group(1) in participants.DEMONYMS]))


@settings(max_examples=150, deadline=None, database=None)
@given(_told())
def test_the_posts_of_envoys_are_found_as_in_every_phrase_joined_to_every_sentence(
        told_m: tuple[list[Mention], Mention, str]) -> None:
    told, _m, _text = told_m
    assert participants._states_of_the_envoys_posts(told) == \
        _plain_states_of_the_envoys_posts(told)


def test_a_phrase_that_runs_into_the_sentences_before_is_still_read() -> None:
    """'the trade office in the | Slovak capital': a match across the join is kept."""
    seg = Segment(0, 60, "Slovak capital officials said the trade office opened today.")
    told = [Mention(seg=seg, start=0, end=6, word="office", category="meeting", weight=1.0,
                    pos="noun", verb="", patient="the trade office in the")]
    told.append(Mention(seg=seg, start=15, end=19, word="said", category="meeting",
                        weight=1.0, pos="verb", verb="say"))
    assert participants._states_of_the_envoys_posts(told) == \
        _plain_states_of_the_envoys_posts(told) == ["Slovakia"]
