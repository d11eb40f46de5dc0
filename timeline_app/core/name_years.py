"""The years at the end of a timeline's name, and whether the app made that name.  Qt-free.

An import names a new timeline after its article: the headline's subject and the years of
its events, "Central Asian states, 2018-2026" (``extract.subject.timeline_name``).  verify68
F12: an analyst added events by hand in 1924 and "by 2040" and the name, the file and the
exported picture's heading still said "…, 2018-2026" over "1924 – by the end of 2040".
A name the app made follows the years of the events (``Document`` renames it in the same
undo step as the edit); a name a person typed never changes.

Whether the app made a name is read from its words (the file keeps no note of it): its
subject, before the years, begins one of the timeline's articles' headlines, whole words
("Central Asian states" of "Central Asian states fail to agree …", "Japan and Philippines"
of "Japan, Philippines agree …"), or names two of the events' participants ("Argentina and
Spain", the parties ``timeline_name`` takes when a headline names one party alone).
``timeline_name`` itself is not asked: its verb table takes ~0.5-2 s to load, a pause at
an edit.  A subject ending in a possessive ("South Korea and Japan" of the sample's
"South Korea and Japan's Diplomats …") is no such prefix: the sample's name is offered a
rename at its first Save instead (verify67 F12).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["FIRST_NAME_YEAR", "LAST_NAME_YEAR", "name_made_from", "name_with_years", "name_years",
           "years_words"]

#: The years at the end of a name as ``timeline_name`` and :func:`name_with_years` write
#: them: ", 2018-2026", ", 2024", ", 1650-2026", ", 431 BC–2026" (a year before AD 1 with
#: "BC"; years of one to four digits: verify80 F12, "…, 1650-2026" stayed so after an
#: event of 431 BC was added, the print's header saying "431 BC – 2026").  Compiled on
#: first use (``re``'s cache), not at import: the main window imports this module before
#: its first paint, which reads no name's years (~1 M instructions; session 65, scale72).
_NAME_YEARS = r", ([0-9]{1,4}(?: BC)?)(?:([-–])([0-9]{1,4}(?: BC)?))?$"

#: The earliest and latest years a name writes (astronomical: 0 is 1 BC).
FIRST_NAME_YEAR, LAST_NAME_YEAR = -9998, 9999


def _astronomical(words: str) -> int:
    """A year as a name writes it ("431 BC", "2026") as an astronomical year (-430, 2026)."""
    number, bc, _rest = words.partition(" BC")
    return 1 - int(number) if bc else int(number)


def years_words(first: int, last: int, dash: str = "-") -> str:
    """The years ``first`` to ``last`` (astronomical) as a name writes them: "2018-2026",
    "2024" for one year, "431 BC–2026" (a year before AD 1 with "BC", and then an en
    dash: "431 BC-2026" reads as a subtraction); ``dash`` between years of our era."""
    def one(year: int) -> str:
        return f"{1 - year} BC" if year <= 0 else str(year)

    if first == last:
        return one(first)
    return f"{one(first)}{'–' if first <= 0 else dash}{one(last)}"

#: What may follow a headline's subject: a space or a kicker's colon or dash.
_AFTER_SUBJECT = frozenset(" \t:;–—|")


def name_years(name: str) -> tuple[int, int] | None:
    """The first and last year at the end of ``name`` ("…, 2018-2026" → (2018, 2026),
    "…, 2024" → (2024, 2024)), or None when it ends in none."""
    found = re.search(_NAME_YEARS, name)
    if found is None:
        return None
    return _astronomical(found.group(1)), _astronomical(found.group(3) or found.group(1))


def name_with_years(name: str, first: int, last: int) -> str | None:
    """``name`` with the years at its end (``name_years``) made ``first`` to ``last``
    (astronomical years; :func:`years_words`), its dash kept between years of our era:
    "Central Asian states, 1924-2040", "…, 431 BC–2026"; None when it ends in no such
    years, already says these, or they are beyond ``FIRST_NAME_YEAR`` to
    ``LAST_NAME_YEAR``."""
    found = re.search(_NAME_YEARS, name)
    if found is None or not FIRST_NAME_YEAR <= first <= last <= LAST_NAME_YEAR:
        return None
    # (the en dash after a year BC is the BC year's: back to our era, "-" again)
    dash = "-" if found.group(1).endswith("BC") else found.group(2) or "-"
    shown = f"{name[:found.start()]}, {years_words(first, last, dash)}"
    return None if shown == name else shown


def name_made_from(name: str, headlines: Iterable[str], participants: Iterable[str]) -> bool:
    """Whether ``name`` reads as one an import made (see the module's docstring): years at
    its end, and before them a subject that begins one of ``headlines`` (whole words; "A
    and B" also as the headline's "A, B"), or that is two of ``participants`` joined by
    "and" when a headline's subject is one name (its second word in lower case,
    "Argentina recalls …", or no word in lower case: "-- BERNAMA")."""
    found = re.search(_NAME_YEARS, name)
    if found is None:
        return False
    subject = name[:found.start()].strip()
    if not subject:
        return False
    first, _and, second = subject.partition(" and ")
    starts = [subject, f"{first}, {second}"] if second else [subject]
    one_party = False  # a headline whose subject is one name: "Argentina recalls …"
    for headline in headlines:
        headline = headline.strip()
        for start in starts:
            if headline.startswith(start) and (len(headline) == len(start)
                                               or headline[len(start)] in _AFTER_SUBJECT):
                return True
        words = headline.split()
        one_party = one_party or len(words) < 2 or words[1][:1].islower() or not any(
            word.islower() for word in words)
    if not (second and one_party):
        return False
    named = {" ".join(p.split()) for p in participants}
    return first in named and second in named


def title_kept_typed(title: str, typed_title: str | None) -> bool:
    """Whether a file notes that a timeline's name was typed (the native format's
    ``title_typed``, version 13, and the exports' own key): ``title`` is the name a person
    typed (``Timeline.typed_title``) and ends in years (:func:`name_years`), the only
    names the app renames to follow its events' years.  "Gulf talks" typed needs no note,
    and its file keeps its older version, which older copies of the app open."""
    return typed_title is not None and typed_title == title and name_years(title) is not None
