"""Whether a text reads as English, the one language the extractor reads.  Qt-free.

The extractor's rules (its verbs, nouns, month names in the running text, "last week")
are English; a French or Spanish article still gets its dateline read (``extract.dateline``
knows month names in 15 languages), but its sentences give rows made of wrong words: a
French AFP story gave one row, "Sur un accord", 2015, at 90 % confidence, and nothing
said that only English is read (verify45 F18).

The test is the share of the text's words that are among the most frequent English
function words (:data:`FUNCTION_WORDS`, the 60 commonest words of the Corpus of
Contemporary American English that are articles, pronouns, prepositions, conjunctions or
auxiliaries, less those that are also common French, Spanish, Italian, Portuguese or
German words: "a", "in", "on", "an", "die", "was", "son").  English news prose has 14-45 %
of its words there (measured, ``benchmarks/language_share.py``: the 392 documents of
TimeBank, AQUAINT, MEANTIME-en and WikiWars at 14.3 % or more, the dev articles at 19 % or
more, session 36's trial articles 26-33 %); French, Spanish and German news paragraphs 0 %.
A text of fewer than :data:`MIN_WORDS` words is not judged (a headline, a list of names).

Linear: one pass of a regular expression without nested quantifiers.
"""

from __future__ import annotations

import re

__all__ = ["ENGLISH_SHARE", "FUNCTION_WORDS", "MIN_WORDS", "english_share", "looks_english"]

FUNCTION_WORDS = frozenset("""
the of and to that for with as at by from or but not be is are was were been has have had
will would could should can may this these those which who whom whose what when where it
its they them their he his she her we our you your i there than into about after over
also said says
""".split()) - {"was"}
"""Frequent English function words (see the module's docstring); "was" is left out (a
German word too), "said"/"says" kept: news prose's commonest verbs."""

ENGLISH_SHARE = 0.07
"""Below this share of :data:`FUNCTION_WORDS` among its words a text is not read as
English (English news: 0.14 and more; French, Spanish, German: 0.00), half-way."""

MIN_WORDS = 40
"""A text of fewer words is not judged: too little to tell."""

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def english_share(text: str) -> tuple[float, int]:
    """``(share, words)``: the share of ``text``'s words that are English function words
    (:data:`FUNCTION_WORDS`, case folded) and how many words it has (0.0 and 0 for none)."""
    words = _WORD.findall(text)
    if not words:
        return 0.0, 0
    found = sum(1 for word in words if word.casefold() in FUNCTION_WORDS)
    return found / len(words), len(words)


def looks_english(text: str) -> bool:
    """False when ``text`` has at least :data:`MIN_WORDS` words and under
    :data:`ENGLISH_SHARE` of them are English function words; True otherwise."""
    share, words = english_share(text)
    return words < MIN_WORDS or share >= ENGLISH_SHARE
