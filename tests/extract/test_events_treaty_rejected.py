"""A treaty rejected is a rejection, not a signing (my Versailles text: "The United States
Senate rejected the treaty in November 1919" read "United States Senate signs treaty")."""

from __future__ import annotations

import datetime as _dt

from timeline_app.extract import extract_events


def _titles(text: str, dct: _dt.date | None = None) -> list[str]:
    return [c.title for c in extract_events(text, dct, mode="narrative" if dct is None
                                            else "auto").candidates]


def test_a_treaty_rejected_by_a_senate() -> None:
    assert _titles("The Australian Senate rejected the treaty in March 1911.") == [
        "Australian Senate rejects treaty"]


def test_a_treaty_rejected_in_news() -> None:
    titles = _titles("OSLO, May 3 (Reuters) - The Norwegian parliament rejected the accord on "
                     "Monday.", _dt.date(2021, 5, 3))
    assert len(titles) == 1 and "rejects accord" in titles[0] and "sign" not in titles[0]


def test_a_treaty_signed_after_a_plan_was_rejected() -> None:
    # (guard: only the treaty that is the rejection's object)
    titles = _titles("OSLO, May 3 (Reuters) - Norway and Sweden signed a treaty on Monday after "
                     "parliament rejected the first draft.", _dt.date(2021, 5, 3))
    assert any("sign" in t for t in titles)
