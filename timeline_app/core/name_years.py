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

__all__ = ["name_made_from", "name_with_years", "name_years"]

#: The years at the end of a name as ``timeline_name`` writes them: ", 2018-2026", ", 2024".
_NAME_YEARS = re.compile(r", ([0-9]{4})(?:([-–])([0-9]{4}))?$")

#: What may follow a headline's subject: a space or a kicker's colon or dash.
_AFTER_SUBJECT = frozenset(" \t:;–—|")


def name_years(name: str) -> tuple[int, int] | None:
    """The first and last year at the end of ``name`` ("…, 2018-2026" → (2018, 2026),
    "…, 2024" → (2024, 2024)), or None when it ends in none."""
    found = _NAME_YEARS.search(name)
    if found is None:
        return None
    return int(found.group(1)), int(found.group(3) or found.group(1))


def name_with_years(name: str, first: int, last: int) -> str | None:
    """``name`` with the years at its end (``name_years``) made ``first`` to ``last``
    (astronomical years), its dash kept: "Central Asian states, 1924-2040"; None when it
    ends in no such years, already says these, or they are not four-digit years
    (1000-9999)."""
    found = _NAME_YEARS.search(name)
    if found is None or not 1000 <= first <= last <= 9999:
        return None
    years = str(first) if first == last else f"{first}{found.group(2) or '-'}{last}"
    shown = f"{name[:found.start()]}, {years}"
    return None if shown == name else shown


def name_made_from(name: str, headlines: Iterable[str], participants: Iterable[str]) -> bool:
    """Whether ``name`` reads as one an import made (see the module's docstring): years at
    its end, and before them a subject that begins one of ``headlines`` (whole words; "A
    and B" also as the headline's "A, B"), or that is two of ``participants`` joined by
    "and" when a headline's subject is one name (its second word in lower case,
    "Argentina recalls …", or no word in lower case: "-- BERNAMA")."""
    found = _NAME_YEARS.search(name)
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
