"""Run the event builder's stages one by one on a made-up text (for the stage tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline_app.extract.dateline import Dateline, read_dateline
from timeline_app.extract.pipeline.arguments import describe_mentions
from timeline_app.extract.pipeline.dating import date_mentions
from timeline_app.extract.pipeline.entities import Entities
from timeline_app.extract.pipeline.mentions import Mention
from timeline_app.extract.pipeline.triggers import absorb_objects, find_mentions
from timeline_app.extract.sentences import Segment, bound_segments, split_sentences
from timeline_app.extract.timex import Timex, tag_timexes

DCT = dt.date(2025, 3, 22)  # a Saturday


@dataclass
class Staged:
    text: str
    segments: list[Segment]
    timexes: list[Timex]
    entities: Entities
    dateline: Dateline
    mentions: list[Mention]


def run_until(text: str, stage: str, dct: dt.date = DCT) -> Staged:
    """The state after ``stage``: "triggers", "arguments" or "dating"."""
    segments = bound_segments(split_sentences(text), text)
    timexes = tag_timexes(text, dct)
    entities = Entities(text)
    dateline = read_dateline(text, dct.year)
    mentions = find_mentions(text, segments)
    if stage in ("arguments", "dating"):
        describe_mentions(text, mentions, entities, dateline, timexes)
        mentions = absorb_objects(mentions)
    if stage == "dating":
        date_mentions(text, mentions, timexes, dateline, dct)
    return Staged(text, segments, timexes, entities, dateline, mentions)


def by_word(staged: Staged, word: str) -> Mention:
    return next(m for m in staged.mentions if m.word == word)
