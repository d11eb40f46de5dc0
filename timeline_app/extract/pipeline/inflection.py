"""English verb forms, from ``lemminflect`` (not our own rules: see issue 8 §4).

Input: a verb's lemma or one of its forms.  Output: its forms by kind (``"s"``
"meets", ``"past"`` "met", ``"ing"`` "meeting"), its third person for titles ("agrees
to buy"), its lemma ("agreed" -> "agree").  The vocabulary's verbs are answered from
:mod:`.verb_table`, which ``tools/build_verb_table.py`` generates with lemminflect, so
that importing the extractor does not load lemminflect's lexicons; any other verb asks
lemminflect itself (imported on first need).

The hand-written rules this replaces wrote "begining" and lemmatised "hoped" as
"hop" and "prepared" as "prepar"; lemminflect also knows both spellings where
English has two ("traveled", "travelled").
"""

from __future__ import annotations

from functools import cache

from .verb_table import FORMS, LEMMAS

__all__ = ["is_common_noun", "is_noun_form", "past_only", "past_tense_lemma", "third_person",
           "verb_forms", "verb_lemma", "verb_tags"]


@cache
def _inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    """Forms by Penn Treebank tag (VBZ, VBD, VBN, VBG); each at least the lemma."""
    known = FORMS.get(lemma)
    if known is not None:
        return known
    if " " in lemma:
        # a phrasal verb inflects its verb: "fire on" -> "fires on", not "fire ons" (ext144)
        head, rest = lemma.split(" ", 1)
        return {tag: tuple(f"{form} {rest}" for form in forms)
                for tag, forms in _inflections(head).items()}
    from lemminflect import getInflection  # a verb outside the vocabulary: ask lemminflect

    return {tag: tuple(getInflection(lemma, tag=tag, inflect_oov=True)) or (lemma,)
            for tag in ("VBZ", "VBD", "VBN", "VBG")}


def verb_forms(lemma: str) -> dict[str, tuple[str, ...]]:
    """Every form of a verb by kind: ``"base"``, ``"s"``, ``"past"`` (past tense, then
    participle, each spelling) and ``"ing"``; a verb lemminflect does not know gets
    the regular forms it guesses."""
    tags = _inflections(lemma)
    past = tuple(dict.fromkeys(tags["VBD"] + tags["VBN"]))
    return {"base": (lemma,), "s": tags["VBZ"], "past": past, "ing": tags["VBG"]}


def past_only(lemma: str) -> frozenset[str]:
    """Past tenses that are no participles ("rose", not "risen"; "took", not "taken")."""
    tags = _inflections(lemma)
    return frozenset(f for f in tags["VBD"] if f not in tags["VBN"])


def third_person(verb: str) -> str:
    """The third person singular present ("agree" -> "agrees", "go" -> "goes")."""
    return _inflections(verb)["VBZ"][0]


@cache
def verb_lemma(word: str) -> str:
    """The base form of a verb form ("agreed" -> "agree", "chose" -> "choose")."""
    known = LEMMAS.get(word)
    if known is not None:
        return known
    from lemminflect import getLemma  # a verb outside the vocabulary: ask lemminflect

    lemmas = getLemma(word, upos="VERB", lemmatize_oov=True)
    return lemmas[0] if lemmas else word


@cache
def past_tense_lemma(word: str) -> str:
    """The lemma of a known verb's past form ("reopened" -> "reopen", "was"-less
    participles included: "revoked"), or "" when ``word`` is no past form of a verb
    lemminflect's lexicon knows ("embassy", "red", "hundred")."""
    from lemminflect import getAllLemmas  # (imported on first need, as above)

    for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()):
        tags = _inflections(lemma)
        if word != lemma and word in tags["VBD"] + tags["VBN"]:
            return str(lemma)
    return ""


@cache
def gerund_lemma(word: str) -> str:
    """The lemma of a verb's -ing form ("closing" -> "close", "launching" -> "launch"), or
    "" when ``word`` (lower case) is no -ing form of a verb lemminflect's lexicon knows."""
    from lemminflect import getAllLemmas  # (imported on first need, as above)

    if not word.endswith("ing"):
        return ""
    for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()):
        if word != lemma and word in _inflections(lemma)["VBG"]:
            return str(lemma)
    return ""


@cache
def is_common_noun(word: str) -> bool:
    """Whether lemminflect's lexicon (built from English dictionaries, without proper
    names) lists ``word``, lower-cased, as a noun: "Violence", "Unrest", "Shares" yes;
    "Zenco", "Rwanda", "Boeing" no.  (Some names are common nouns too, "Apple", "Shell":
    ask only of a word the article never writes capitalised inside a sentence.)  A verb's
    -ing form is one too, a gerund: "Fighting broke out", "Shelling resumed" (ext42's own
    story: "Fighting" was read as a name); "Harding", "Stirling" are no verb's."""
    from lemminflect import getAllLemmas  # (imported on first need, as above)

    low = word.lower()
    return bool(getAllLemmas(low, upos="NOUN")) or (
        low.endswith("ing") and bool(getAllLemmas(low, upos="VERB")))


@cache
def verb_tags(word: str) -> frozenset[str]:
    """The Penn Treebank tags among VBZ, VBD and VBP (the plain present, also the base)
    that ``word`` (lower case) has as a form of a verb lemminflect's lexicon knows:
    "recalls" {VBZ}, "agreed" {VBD}, "resume" {VBP}; empty for "sea" (a headline's verb,
    ``extract.subject``)."""
    from lemminflect import getAllInflections, getAllLemmas  # (on first need, as above)

    tags: set[str] = set()
    for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()):
        forms = getAllInflections(lemma, upos="VERB")
        tags.update(tag for tag in ("VBZ", "VBD") if word in forms.get(tag, ()))
        if word == lemma or word in forms.get("VBP", ()):
            tags.add("VBP")
    return frozenset(tags)


@cache
def is_noun_form(word: str) -> bool:
    """Whether lemminflect's lexicon lists ``word`` (lower case) as a noun's form
    ("talks"); unlike ``is_common_noun``, a verb's -ing form alone is none."""
    from lemminflect import getAllLemmas  # (on first need, as above)

    return bool(getAllLemmas(word, upos="NOUN"))


@cache
def plural_noun_lemma(word: str) -> str:
    """The singular of ``word`` (lower case) when it is a common noun's plural
    ("secretaries" -> "secretary", "chiefs" -> "chief"), else "": lemminflect's lexicon lists
    it as a noun whose lemma is another word, and it ends in "s" ("news", "series" and
    "people" are none)."""
    from lemminflect import getAllLemmas  # (on first need, as above)

    lemmas = getAllLemmas(word, upos="NOUN").get("NOUN", ())
    return lemmas[0] if word.endswith("s") and lemmas and word not in lemmas else ""
