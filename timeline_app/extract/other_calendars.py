"""Years of other calendars written in an English article: a Thai story's Buddhist-era years
('28 May 2568', 'B.E. 2568') and an Ethiopian story's years of its own calendar ('Hidar 12,
2016 E.C. (November 22, 2023)').

The tagger reads every four-digit year as a Gregorian one, so a Thai story dated its events
543 years late and an Ethiopian one dated a row to 2016 instead of 2024 (ext143, from blind
set h26: four rows of the Thai story and one of the Ethiopian one).  :func:`years_of_other_calendars`
mends the tagger's expressions before the extractor dates anything with them.

Sources: the Thai solar calendar counts its years from 543 BC (2568 B.E. = 2025 CE: Royal
Institute of Thailand, as every Thai newspaper prints the year); the Ethiopian calendar's
year is seven or eight years behind the Gregorian one, and its dates are written with
'E.C.' (Ethiopian Calendar), the Gregorian date often beside them in brackets.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the dateline reader imports this module, and the tagger imports it)
    from .timex import Timex

#: The Buddhist era's year minus the Gregorian year of the same (solar Thai) calendar year.
BUDDHIST_ERA_OFFSET = 543
#: The Buddhist-era years read as such: 1857 to 2157 CE.
_BUDDHIST_YEARS = range(2400, 2701)

_BUDDHIST_MARK = re.compile(r"\bB\.\s?E\.|\bBuddhist\s+(?:[Ee]ra|calendar)\b|\b\d{4}\s+BE\b")
"""An article that says it counts years in the Buddhist era: 'B.E. 2568', '(B.E. 2568)',
'the Buddhist Era', '2568 BE'."""
_GREGORIAN_BESIDE = re.compile(r"\s*\(\s*(?:(?:CE|AD|A\.D\.)\s*)?(?P<year>\d{4})\s*(?:CE|AD|A\.D\.)?\s*\)")
"""A Gregorian year in brackets right after a date: '15 June 2505 (1962)'."""
_ETHIOPIAN_MARK = re.compile(r"[^\S\n]*+(?:E\.\s?C\.|EC\b|E\.C\b|(?:in|of|by)\s++the\s++Ethiopian\s++calendar\b)")
"""'E.C.' right after a year, or the calendar named ('2017 in the Ethiopian calendar'; ext162,
from blind set h31: a feast's day was dated by the Gregorian year 2019): a year of the
Ethiopian calendar."""
_YEAR_VALUE = re.compile(r"(?P<year>\d{4})(?P<rest>(?:-[\w-]+)?)")
_ERA_YEAR = re.compile(r"(?P<before>\bB\.[^\S\n]?E\.[^\S\n]?+)?(?<![\d.,])(?P<year>\d{4})"
                       r"(?!\d|,\d)(?P<after>[^\S\n]?+(?:B\.[^\S\n]?E\.|BE\b))?")
"""A number of four digits, not part of a longer one ('2,568'), with the mark of the era
before it or after it, if any: 'B.E. 2569', '2569 B.E.', '2569 BE'."""


def gregorian_years_in_place(text: str) -> str:
    """``text`` with the years of the Buddhist era written as Gregorian ones, each at the
    offsets of the year it replaces, and the mark 'B.E.' before or after it blanked ('signed
    in B.E. 2543' -> 'signed in      2000'): for the tagger, whose expressions keep the
    offsets of the text (:func:`gregorian_years` puts the year first, for the dateline's
    patterns, which allow one blank between a month and its year).  A text that marks no
    such era comes back as it is.  (ext157, from blind set h30: the tagger took no bare
    'B.E. 2543' or 'early 2568' for a year, and those rows were lost.)"""
    return _gregorian(text, in_place=True)


_JAPANESE_ERAS: dict[str, tuple[int, int]] = {
    "reiwa": (2018, 99), "heisei": (1988, 31), "showa": (1925, 64), "sh\u014dwa": (1925, 64),
    "taisho": (1911, 15), "taish\u014d": (1911, 15), "meiji": (1867, 45),
}
"""Japan's era names and, for each, the Gregorian year before its first year and its last
year's number: Reiwa 1 is 2019 (from 1 May), Heisei 1 is 1989, Showa 1 is 1926, Taisho 1 is
1912, Meiji 1 is 1868 (the Cabinet Office's era table, as Kyodo and NHK print years: 'Reiwa
6, or 2024').  An era's first and last years are shared with the era before or after; the
year is the same."""
_JAPANESE_ERA_YEAR = re.compile(r"\b(?P<era>(?-i:Reiwa|Heisei|Sh[o\u014d]wa|Taish[o\u014d]|Meiji))"
                                r"[^\S\n]++(?P<n>\d{1,2})(?!\d|[.,:/-]\d|[^\W\d_])")
"""A year of a Japanese era: 'August Reiwa 5', 'or Reiwa 6,' (ext162, from blind set h31: the
month of 'August Reiwa 5 (2023)' took the year of the article's context, two years late)."""


def _japanese_years(text: str) -> str:
    """``text`` with each Japanese era's year (:data:`_JAPANESE_ERA_YEAR`) written as its
    Gregorian year at its start and blanks after it, so that every offset is kept."""
    def gregorian(m: re.Match[str]) -> str:
        before, last = _JAPANESE_ERAS[m.group("era").lower()]
        n = int(m.group("n"))
        if not 1 <= n <= last:
            return m.group(0)
        return f"{before + n:04d}".ljust(len(m.group(0)))

    return _JAPANESE_ERA_YEAR.sub(gregorian, text)


def _gregorian(text: str, in_place: bool) -> str:
    """:func:`gregorian_years_in_place` (``in_place``) or :func:`gregorian_years`, and the
    years of Japan's eras (:func:`_japanese_years`)."""
    if _JAPANESE_ERA_YEAR.search(text) is not None:
        text = _japanese_years(text)
    if _BUDDHIST_MARK.search(text) is None:
        return text

    def gregorian(m: re.Match[str]) -> str:
        year = int(m.group("year"))
        if year not in _BUDDHIST_YEARS:
            return m.group(0)
        before = len(m.group("before") or "") if in_place else 0
        return " " * before + f"{year - BUDDHIST_ERA_OFFSET:04d}" \
            + " " * (len(m.group(0)) - 4 - before)

    return _ERA_YEAR.sub(gregorian, text)


def as_written(text: str, read: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` tagged in ``read`` (:func:`gregorian_years_in_place` of ``text``) with
    their words as ``text`` writes them, and a basis that says which year of the Buddhist
    era each read as a Gregorian one; ``timexes`` as they are when ``read`` is ``text``."""
    if read is text:
        return timexes
    out: list[Timex] = []
    for t in timexes:
        written = text[t.start:t.end]
        if written == t.text:
            out.append(t)
            continue
        era = next((m for m in _ERA_YEAR.finditer(written)
                    if int(m.group("year")) in _BUDDHIST_YEARS), None)
        note = "" if era is None else (
            f", a year of the Buddhist era: {era.group('year')} B.E. is "
            f"{int(era.group('year')) - BUDDHIST_ERA_OFFSET}")
        out.append(dataclasses.replace(t, text=written, basis=f"{t.basis}{note}"))
    return out


def gregorian_years(text: str) -> str:
    """``text`` with the years of the Buddhist era written as Gregorian ones, for a reader of
    dates that takes every year as Gregorian (the dateline's: 'Thursday, 14 May B.E. 2569'
    -> 'Thursday, 14 May 2026     ').

    In an article that marks the Buddhist era (:data:`_BUDDHIST_MARK`), every number of four
    digits between 2400 and 2700 loses 543, and the mark 'B.E.' before or after it is dropped;
    blanks after the year keep every later offset of the text where it was.  A text that marks
    no such era comes back as it is.  (ext157, from blind set h30: a Thai agency's date line
    with its year in the Buddhist era was read as no date at all, and the article lost its
    DCT.)
    """
    return _gregorian(text, in_place=False)


def years_of_other_calendars(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with the years of other calendars mended, in the same order:

    * in an article that marks the Buddhist era (:data:`_BUDDHIST_MARK`), or where a date's
      Gregorian year follows it in brackets 543 years less, a DATE whose year is between
      2400 and 2700 takes its Gregorian year ('28 May 2568' -> 2025-05-28);
    * a year written with 'E.C.' after it is left out: its Gregorian date is told beside
      it, or nothing can date by it ('Hidar 12, 2016 E.C. (November 22, 2023)' keeps only
      22 November 2023).

    The basis of a mended expression says so.
    """
    buddhist = _BUDDHIST_MARK.search(text) is not None
    out: list[Timex] = []
    for t in timexes:
        if t.type == "DATE" and _ETHIOPIAN_MARK.match(text, t.end) is not None \
                and re.search(r"\d{4}$", t.text):
            continue  # (a year of the Ethiopian calendar: no Gregorian year)
        m = _YEAR_VALUE.fullmatch(t.value) if t.type == "DATE" else None
        if m is None or int(m.group("year")) not in _BUDDHIST_YEARS:
            out.append(t)
            continue
        year = int(m.group("year")) - BUDDHIST_ERA_OFFSET
        beside = _GREGORIAN_BESIDE.match(text, t.end)
        if not buddhist and (beside is None or int(beside.group("year")) != year):
            out.append(t)
            continue
        out.append(dataclasses.replace(
            t, value=f"{year:04d}{m.group('rest')}",
            basis=f"'{t.text}', a year of the Buddhist era: {m.group('year')} B.E. is {year}"))
    return out
