"""Whether an article's events tell the story of a timeline whose events name no
participant and no place (a file of The Timeline Project or TimelineJS, a CSV of titles
and dates).  Qt-free.

The import review compares an article with the open timeline by their participants and
places (``ui.import_article.ReviewDialog._relates_to``); a timeline that names none gave
nothing to compare and was always added to (verify70 F2).  verify80 F14: with a
colleague's software-release history open (a Timeline Project file, titles "Timeline
1.2.0"), the review of an arms-control history chose "Add to the current timeline", and a
first import would have mixed two unrelated histories.  Such a timeline still has words:
its name, its events' titles and its lanes, and years.  The rule (:func:`shares_story`):

- two or more words of weight (``story_words``: four letters or more, not a function
  word, not a number) in common between the timeline's name and titles and the article's
  headline and rows' titles, or
- one such word, or a lane of the same name (the neutral "Event" aside), when the
  article's rows fall within the timeline's years (``years_overlap``).

Nothing in common starts a new timeline; the review says so beside its choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from timeline_app.core.model import Event

__all__ = ["SharedStory", "shares_story", "story_words", "years_overlap"]

#: Words of four letters or more that say nothing of a story: English function words
#: and the words of any chronicle ("first", "years", "timeline").  Folded.
_WEIGHTLESS = frozenset("""
that this these those which whom whose what when where with from into about after over
also said says their there they them than have been were will would could should
before during since until under between against through across among within without
first second third last next year years month months week weeks time times today
timeline event events date dates new more most other some such only very
""".split())

#: A word: letters (an apostrophe or a hyphen inside), never a number ("1.2.0").
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

#: The lane every timeline may have whatever its story (``core.model``'s neutral kind).
_NEUTRAL_LANES = frozenset({"event", "events", "", "uncategorised", "uncategorized"})


def story_words(texts: Iterable[str]) -> set[str]:
    """The words of weight of ``texts``, folded: four letters or more, not
    ``_WEIGHTLESS``, a plural's final "s" kept (compared as written)."""
    return {word for text in texts for word in
            (w.casefold() for w in _WORD.findall(text))
            if len(word) >= 4 and word not in _WEIGHTLESS}


def years_overlap(existing: Sequence[tuple[float, float]],
                  incoming: Sequence[tuple[float, float]]) -> bool:
    """Whether one of ``incoming``'s day spans (``Event.day_range``: first day,
    exclusive end) falls within the days ``existing``'s spans run from first to last."""
    if not existing or not incoming:
        return False
    first = min(a for a, _b in existing)
    end = max(b for _a, b in existing)
    return any(a < end and b > first for a, b in incoming)


class SharedStory:
    """What an article has in common with a timeline of no participants or places
    (:func:`shares_story`): ``words`` (folded), ``lanes`` (folded) and whether the
    article's rows fall within the timeline's years (``overlap``)."""

    __slots__ = ("lanes", "overlap", "words")

    def __init__(self, words: set[str], lanes: set[str], overlap: bool) -> None:
        self.words = words
        self.lanes = lanes
        self.overlap = overlap

    def __bool__(self) -> bool:
        """The rule of the module's docstring."""
        return len(self.words) >= 2 or (self.overlap and bool(self.words or self.lanes))


def shares_story(existing: Sequence[Event], timeline_name: str, headline: str,
                 rows: Sequence[Event]) -> SharedStory:
    """What the article of headline ``headline`` and events ``rows`` has in common with
    the timeline named ``timeline_name`` holding ``existing`` (its events: titles, lanes,
    days); true when the module's rule finds it tells that timeline's story.

    Raises nothing; a large timeline costs one pass over its titles."""
    theirs = story_words([timeline_name, *(event.title for event in existing)])
    ours = story_words([headline, *(row.title for row in rows)])
    lanes = ({e.category.casefold().strip() for e in existing}
             & {r.category.casefold().strip() for r in rows}) - _NEUTRAL_LANES
    overlap = years_overlap([e.day_range() for e in existing],
                            [r.day_range() for r in rows])
    return SharedStory(theirs & ours, lanes, overlap)
