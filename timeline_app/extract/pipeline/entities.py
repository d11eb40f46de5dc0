"""People and countries of one article (:class:`Entities`).

Input: the article text.  People are names that follow a title of office ("Foreign
Minister Takeshi Iwaya"), each part of a full name an alias ("Iwaya"); countries come
from the vocabulary.  Answers: who is named between two offsets, and whom "he", "it",
"the company" or "the two leaders" refer to.
"""

from __future__ import annotations

import re

from .. import event_vocabulary as vocab
from .phrases import MONTH_AND_DAY_NAMES, NAME_CHUNK, NOT_SUBJECT_WORDS


class Entities:
    """People (named with a title of office) and countries of one article."""

    def __init__(self, text: str) -> None:
        self.people: dict[str, str] = {}  # full name -> country ("" unknown)
        demonyms = "|".join(re.escape(d) for d in sorted(vocab.DEMONYMS, key=len, reverse=True))
        titles = "|".join(re.escape(t) for t in sorted(vocab.PERSON_TITLES, key=len, reverse=True))
        name = r"[A-Z][a-z]+(?:-[A-Za-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z]+)?){0,2}"
        person = re.compile(rf"(?:\b(?P<demonym>{demonyms})\s+)?(?<![\w-])(?:{titles})\s+"
                            rf"(?P<name>{name})")
        for m in person.finditer(text):
            full = m.group("name")
            if full in vocab.COUNTRIES or full in vocab.CITIES or full in vocab.DEMONYMS:
                continue
            country = vocab.DEMONYMS.get(m.group("demonym") or "", "")
            if full not in self.people or country:
                self.people[full] = country
        # Each part of a full name refers to the person later on ("Iwaya", "Cho's").
        self.alias: dict[str, str] = {}
        for full in self.people:
            self.alias[full] = full
            for part in full.split():
                if len(part) >= 3:
                    self.alias.setdefault(part, full)
        names = sorted(self.alias, key=len, reverse=True)
        self._person_re = (re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
                           if names else None)
        places = sorted(vocab.COUNTRIES, key=len, reverse=True)
        self._country_re = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, places))
                                      + r")(?![\w])")

        # Words written with a capital inside a sentence: names, not sentence starts.
        self._midcaps = set(re.findall(r"(?<=[a-z0-9,;] )[A-Z][\w'&.\u2019-]*", text))
        self._text = text

    def is_name(self, word: str) -> bool:
        """Whether a capitalised word is a name (also written so inside a sentence)."""
        return (word in self._midcaps or word in self.alias or word in vocab.COUNTRIES
                or re.fullmatch(r"[A-Z0-9&.-]{2,}", word) is not None)

    def antecedent(self, text: str, before: int, person: bool, head: str = "") -> str:
        """The actor "he"/"she" or "it"/"the company" refers to: the last one named before.

        A name whose words match the description wins ("the airline" -> "... Airlines"),
        then the last name that was a subject (a verb or an appositive follows it, or it
        opens a sentence), then the last name.
        """
        lower = max(0, before - 600)
        best = ["", "", ""]  # matching the description, a subject, any
        pieces = [(piece, part.start(), part.end())
                  for part in NAME_CHUNK.finditer(text, lower, before)
                  for piece in re.split(r"(?<=[a-z]{2})\.\s+", part.group(0))]
        for piece, begin, end in pieces:
            words = piece.split()
            while words and words[0].lower() in NOT_SUBJECT_WORDS:
                words.pop(0)
            name = re.sub(r"['\u2019]s$", "", " ".join(words)).rstrip(".,")
            if not name or name.lower() in MONTH_AND_DAY_NAMES or name in vocab.COUNTRIES \
                    or name in vocab.DEMONYMS or name in vocab.CITIES:
                continue
            # A lone capitalised word is a name if written so mid-sentence, or if a
            # verb follows it ("Zenco filed ...").
            if len(words) == 1 and not self.is_name(name) and not re.match(
                    r"\s+(?:\w+ed|has|had|have|is|was|were|are|will|would|said|says)\b",
                    text[end:end + 20]):
                continue
            full = self.alias.get(name, name)
            is_person = full in self.people or (
                2 <= len(full.split()) <= 3 and all(w[:1].isupper() and w.isalpha() and
                                                    w not in vocab.ORG_WORDS for w in full.split()))
            if is_person != person:
                continue
            best[2] = full
            if re.match(r"\s*(?:,|\(|\w+ed\b|has|had|have|is|was|were|are|will|would|said|says|"
                        r"announced|\w+s\s+(?:to|that)\b)", text[end:end + 25]) or \
                    re.search(r"(?:^|[.!?\n]\s*)$", text[max(0, begin - 3):begin]):
                best[1] = full
            if head and any(w.lower().startswith(head[:5]) for w in full.split()):
                best[0] = full
        return next((b for b in best if b), "")

    def last_two(self, text: str, before: int, kind: str) -> list[str]:
        """The last two people ("people"), countries ("countries") or either ("parties")
        named before ``before``, in the order the text introduced them."""
        people = self.people_in(text, 0, before)
        countries = self.countries_in(text, 0, before) + [
            (pos, self.people[p]) for pos, p in people if self.people.get(p)]
        # A side is a person's country when known, else the person.
        sides = self.countries_in(text, 0, before) + [
            (pos, self.people.get(p) or p) for pos, p in people]
        choices = {"people": [people], "countries": [countries],
                   "parties": [countries, sides]}[kind]
        for found in choices:
            last: dict[str, int] = {}
            first: dict[str, int] = {}
            for pos, name in sorted(found):
                last[name] = pos
                first.setdefault(name, pos)
            two = sorted(last, key=lambda n: -last[n])[:2]
            if len(two) == 2:
                return sorted(two, key=lambda n: first[n])
        return []

    def people_in(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        if self._person_re is None:
            return []
        return [(m.start(), self.alias[m.group(0)])
                for m in self._person_re.finditer(text, start, end)]

    def countries_in(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        found = []
        for m in self._country_re.finditer(text, start, end):
            found.append((m.start(), vocab.COUNTRIES[m.group(0)]))
        return found
