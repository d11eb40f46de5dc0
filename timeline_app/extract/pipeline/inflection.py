"""English verb forms, from ``lemminflect`` (not our own rules: see issue 8 §4).

Input: a verb's lemma or one of its forms.  Output: its forms by Penn Treebank tag
(``VBZ`` "meets", ``VBD`` "met", ``VBN`` "met", ``VBG`` "meeting"), its third person
for titles ("agrees to buy"), its lemma ("agreed" -> "agree").  The tables load on
first use (about 0.2 s for inflections, 0.3 s for lemmas).

The hand-written rules this replaces wrote "begining" and lemmatised "hoped" as
"hop" and "prepared" as "prepar"; lemminflect also knows both spellings where
English has two ("traveled", "travelled").
"""

from __future__ import annotations

from functools import cache

from lemminflect import getInflection, getLemma

__all__ = ["past_only", "third_person", "verb_forms", "verb_lemma"]


@cache
def verb_forms(lemma: str) -> dict[str, tuple[str, ...]]:
    """Every form of a verb by kind: ``"base"``, ``"s"``, ``"past"`` (past tense, then
    participle, each spelling) and ``"ing"``; a verb lemminflect does not know gets
    the regular forms it guesses (``getInflection`` with out-of-vocabulary rules)."""
    def forms(tag: str) -> tuple[str, ...]:
        return tuple(getInflection(lemma, tag=tag, inflect_oov=True)) or (lemma,)

    past = tuple(dict.fromkeys(forms("VBD") + forms("VBN")))
    return {"base": (lemma,), "s": forms("VBZ"), "past": past, "ing": forms("VBG")}


def past_only(lemma: str) -> frozenset[str]:
    """Past tenses that are no participles ("rose", not "risen"; "took", not "taken")."""
    vbn = set(getInflection(lemma, tag="VBN", inflect_oov=True))
    return frozenset(f for f in getInflection(lemma, tag="VBD", inflect_oov=True) if f not in vbn)


@cache
def third_person(verb: str) -> str:
    """The third person singular present ("agree" -> "agrees", "go" -> "goes")."""
    forms = getInflection(verb, tag="VBZ", inflect_oov=True)
    return forms[0] if forms else verb + "s"


@cache
def verb_lemma(word: str) -> str:
    """The base form of a verb form ("agreed" -> "agree", "chose" -> "choose")."""
    lemmas = getLemma(word, upos="VERB", lemmatize_oov=True)
    return lemmas[0] if lemmas else word
