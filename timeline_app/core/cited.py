"""Whether a sentence cited for an event says anything of it.  Qt-free.

verify84 F3: an imported row of "9 May 2025 · Second round of talks" cited, beside the
sentence that dated it, the ministry's closing thanks for "the constructive atmosphere
of the talks", whose end recalls a convention "both states ratified in the mid-1990s";
merged, the 9 May event cited it as its third source, and nothing had said it was off
the subject.  The import review now names such a sentence (:func:`names_nothing_of`)
where it shows the row's sentences, so that it is not carried into a merge unseen.

The rule: a sentence names nothing of an event when it holds none of the event's date
words (the evidence's date span), none of the words of its participants or place, and
none of its title's words of weight (``title_words``: three letters or more, not a
function word, a number, a kind of happening's noun such as "talks" or "meeting", or a
word of order such as "second").  Words are compared by their first five letters
("ratified" ~ "ratify", "Norland's" ~ "Norland"), case and accents folded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline_app.core.model import Evidence
from timeline_app.core.query import fold

__all__ = ["names_nothing_of", "title_words"]

_WORD = re.compile(r"[^\W_]+")
#: Words that name no one happening: function words, kinds of happening, words of order
#: and of plans (folded).
_WEIGHTLESS = frozenset("""
a an and the of in on at to for with by from as into over after before its their his her
is are was were be has have had will both two three new
meeting meetings meet meets talks talk round rounds session sessions visit visits trip
summit conference call event events statement agreement deal
first second third fourth fifth next last final scheduled expected due
""".split())


def _stem(word: str) -> str:
    return word[:5]


def title_words(title: str) -> frozenset[str]:
    """The stems (five letters) of ``title``'s words of weight (folded, three letters or
    more, no number, not ``_WEIGHTLESS``)."""
    return frozenset(_stem(w) for w in _WORD.findall(fold(title))
                     if len(w) > 2 and not w.isdigit() and w not in _WEIGHTLESS)


def names_nothing_of(evidence: Evidence, title: str, participants: Iterable[str],
                     place: str) -> bool:
    """Whether ``evidence``'s sentence names none of an event's date words (its date
    span in the sentence), participants' or place's words, nor its title's words of
    weight (``title_words``).  A sentence with no words at all names nothing either.

    Args:
        evidence: A sentence cited for the event.
        title, participants, place: The event's (a review row's) as they stand.
    """
    if evidence.date_span_in_sentence() is not None:
        return False
    told = {_stem(w) for w in _WORD.findall(fold(evidence.sentence)) if len(w) > 2}
    names = {_stem(w) for text in (*participants, place)
             for w in _WORD.findall(fold(text)) if len(w) > 2 and w not in _WEIGHTLESS}
    return not (told & names or told & title_words(title))
