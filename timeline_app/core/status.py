"""How a claim stands: the status a fact-checker gives an event (``Event.status``).

Four values and "not assessed" (the default, ``NOT_ASSESSED``, the empty string), each
named as a wire desk or a fact-check says it:

- ``confirmed``: established — on the record (an official statement, a signed text),
  or told alike by sources that are independent of each other;
- ``unconfirmed``: only reported — one outlet's account, or several that repeat one
  source, not yet confirmed ("unconfirmed reports", "could not be independently
  verified" in AP and Reuters copy);
- ``disputed``: sources disagree on whether it happened, or on when or where (five
  outlets telling the Sudan truce talks with different dates: verify42 F9);
- ``denied``: a party to it, or a source that would know, says it did not happen.

Why these four.  FactBank (Saurí and Pustejovsky 2009, the factuality layer over
TimeBank's TimeML events) grades how firmly a source presents an event: certain, probable
or possible, positive or negative (CT+, PR+, PS+, CT-, …), and Uu, underspecified, when
the source does not commit.  A journalist reads a degree of belief less readily than a
desk's verdict, so the grades are folded into the verdicts they come to: CT+ of the
timeline's own author is ``confirmed``; PR+/PS+ (or CT+ only of the source quoted) is
``unconfirmed``; CT- of a party is ``denied``; and sources whose values conflict (FactBank
keeps one per source; a newsroom calls it so) is ``disputed``.  Uu is "not assessed",
the state of every event until someone looks.  Fact-checkers' rating scales (PolitiFact's
six from True to Pants on Fire, Snopes' True/False/Mixture/Unproven, AFP Fact Check's
False/Misleading/Missing context) rate a statement's truth and need a verdict for each
shade; a timeline's events are happenings, whose standing is whether they are
established, and the four words above are the ones wire copy uses for that.  A fixed
set: a filter, a column and an export need the same few words everywhere.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "CONFIRMED",
    "DENIED",
    "DISPUTED",
    "NOT_ASSESSED",
    "STATUSES",
    "STATUS_HINTS",
    "TOLD_FIRST",
    "UNCONFIRMED",
    "is_status",
    "status_from_text",
    "status_told_first",
    "status_words",
    "without_status_told_first",
]

NOT_ASSESSED: Final = ""
"""No one has judged the claim yet: every event's status until set (FactBank's Uu)."""
CONFIRMED: Final = "confirmed"
UNCONFIRMED: Final = "unconfirmed"
DISPUTED: Final = "disputed"
DENIED: Final = "denied"

STATUSES: Final = (CONFIRMED, UNCONFIRMED, DISPUTED, DENIED)
"""The statuses an event may have besides ``NOT_ASSESSED``, in the order a choice offers
them (from established to refuted): also what the native format's ``status`` accepts."""

#: What each status means, in a few words (the editor's and the filter's tooltips).
STATUS_HINTS: Final = {
    NOT_ASSESSED: "no one has judged this claim yet",
    CONFIRMED: "on the record, or told alike by independent sources",
    UNCONFIRMED: "only reported: not confirmed by an independent source",
    DISPUTED: "sources disagree on whether it happened, or on when or where",
    DENIED: "a party to it, or a source that would know, says it did not happen",
}


TOLD_FIRST: Final = (DISPUTED, DENIED, UNCONFIRMED)
"""The statuses that warn a reader, said before an event's title where a title stands alone
without the timeline's marks: the printed dated list ("? Disputed: …", verify75 F10) and a
calendar entry's ``SUMMARY`` ("Disputed: …", verify75 F11: the status was only in the
description, which a calendar shows on a click)."""


def status_told_first(title: str, status: str) -> str:
    """``title`` with a warning ``status`` (``TOLD_FIRST``) said before it, as the
    window's words write it ("Disputed: Faroese officials say …"); else ``title``."""
    return f"{status_words(status)}: {title}" if status in TOLD_FIRST else title


def without_status_told_first(title: str, status: str) -> str:
    """``title`` without the "Disputed: " :func:`status_told_first` put before it for
    ``status`` (any case; a title a calendar user retyped keeps what it says else), or
    ``title`` as it is when it has none or nothing would be left."""
    if status not in TOLD_FIRST:
        return title
    told = f"{status_words(status)}:"
    if title[:len(told)].casefold() != told.casefold():
        return title
    return title[len(told):].lstrip() or title


def is_status(value: object) -> bool:
    """Whether ``value`` is a status an event may have (``STATUSES`` or ``NOT_ASSESSED``)."""
    return value == NOT_ASSESSED or value in STATUSES


def status_words(status: str) -> str:
    """A status as the window and the exports write it: "Disputed", "Not assessed"."""
    return "Not assessed" if status == NOT_ASSESSED else status[:1].upper() + status[1:]


def status_from_text(text: str) -> str | None:
    """The status ``text`` names, as ``status_words`` writes it or as the file keeps it,
    in any case and without surrounding blanks ("Disputed", "disputed", " DENIED ");
    "" and "Not assessed" are ``NOT_ASSESSED``; ``None`` for anything else (another
    tool's word, which an import keeps elsewhere or counts in its notes)."""
    folded = " ".join(text.split()).casefold()
    if folded in ("", "not assessed"):
        return NOT_ASSESSED
    return folded if folded in STATUSES else None
