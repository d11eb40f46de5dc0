"""ext105 (blind59's participants, session 53): the other side of an act told by a list
whose names carry "the", bodies as actors told again by their common noun ("the observer
mission", "the commission"), and a body met whose name the app does not know.  Own test
sentences and stories, written in the blind report's general shapes (the blind set itself
was never read)."""

from __future__ import annotations

from timeline_app.extract import extract_events

_LINE = "REYKJAVIK, Dec. 13, 2024 (Reuters) -- "


def _participants(text: str) -> dict[str, tuple[str, ...]]:
    return {c.title: c.participants for c in extract_events(text, None).candidates}


def test_a_list_with_the_inside_keeps_its_first_names() -> None:
    rows = _participants(_LINE + "Norway, the Faroe Islands and the United Kingdom signed a "
                         "trilateral agreement on mackerel quotas on Thursday.")
    assert [set(p) for p in rows.values()] == [{"Norway", "Faroe Islands", "United Kingdom"}], rows


def test_a_list_opening_with_the_after_a_fronted_day() -> None:
    rows = _participants(_LINE + "On Thursday, the United States, the Philippines and Japan "
                         "held talks.")
    assert [set(p) for p in rows.values()] == [{"United States", "Philippines", "Japan"}], rows


def test_a_fronted_day_before_no_list_names_no_one() -> None:
    rows = _participants(_LINE + "On Thursday, the index fell sharply, the dollar rose and gold "
                         "slipped.")
    assert all(not p for p in rows.values()), rows
