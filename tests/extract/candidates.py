"""The extractor's candidates of a short text, for the tests of its rules: one pair of
readers per test file, each with the file's own article date (DCT)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from timeline_app.extract import Candidate, extract_events

_NOT_GIVEN = dt.date.min  # (None is a date given: "no article date")


def readers(dct: dt.date | None) -> tuple[Callable[..., list[Candidate]],
                                          Callable[..., Candidate]]:
    """``(events, the_one)`` for texts dated ``dct`` unless a call gives another date:
    ``events(text, dct=…)`` lists the candidates; ``the_one(text, word, dct=…)`` is the
    one candidate whose title holds ``word`` (it fails unless there is exactly one)."""

    def events(text: str, when: dt.date | None = _NOT_GIVEN) -> list[Candidate]:
        return list(extract_events(text, dct if when is _NOT_GIVEN else when).candidates)

    def the_one(text: str, word: str, when: dt.date | None = _NOT_GIVEN) -> Candidate:
        (cand,) = [c for c in events(text, when) if word in c.title]
        return cand

    return events, the_one
