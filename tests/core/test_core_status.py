"""How a claim stands: an event's status (``core.status``; verify42 F9, a fact-checker's
first wish: five outlets told the Sudan truce talks with different dates, and no event
could say it was disputed).  Each test fails before session 33 (no ``Event.status``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.lanes import joined_lanes
from timeline_app.core.merge import merge_into_one, merged_status
from timeline_app.core.model import make_event
from timeline_app.core.query import EventFilter, facets, hidden_by
from timeline_app.core.split import split_event
from timeline_app.core.status import (
    CONFIRMED,
    DENIED,
    DISPUTED,
    NOT_ASSESSED,
    STATUS_HINTS,
    STATUSES,
    UNCONFIRMED,
    is_status,
    status_from_text,
    status_words,
)
from timeline_app.io import native_schema

DAY = FuzzyDate.of_day(dt.date(2026, 12, 2))
LATER = FuzzyDate.of_day(dt.date(2026, 12, 3))


def test_an_event_is_not_assessed_until_someone_says_otherwise() -> None:
    event = Event("a", "Truce signed in Jeddah", DAY)
    assert event.status == NOT_ASSESSED == ""
    assert dataclasses.replace(event, status=DISPUTED).status == "disputed"


def test_the_statuses_are_a_small_fixed_set_in_the_wire_desks_words() -> None:
    assert STATUSES == ("confirmed", "unconfirmed", "disputed", "denied")
    assert (CONFIRMED, UNCONFIRMED, DISPUTED, DENIED) == STATUSES
    assert set(STATUS_HINTS) == {NOT_ASSESSED, *STATUSES}
    assert [status_words(s) for s in (NOT_ASSESSED, *STATUSES)] == [
        "Not assessed", "Confirmed", "Unconfirmed", "Disputed", "Denied"]
    assert all(is_status(s) for s in (NOT_ASSESSED, *STATUSES))
    assert not is_status("rumoured") and not is_status("Disputed") and not is_status(None)


@pytest.mark.parametrize(("text", "status"), [
    ("Disputed", DISPUTED), ("disputed", DISPUTED), ("  DENIED ", DENIED),
    ("Not assessed", NOT_ASSESSED), ("not  assessed", NOT_ASSESSED), ("", NOT_ASSESSED),
    ("Unconfirmed", UNCONFIRMED), ("Confirmed", CONFIRMED),
    ("rumoured", None), ("True", None), ("Mostly false", None),
])
def test_a_status_is_read_back_from_its_words_in_any_case(text: str, status: str | None
                                                          ) -> None:
    assert status_from_text(text) == status


def test_the_native_formats_status_takes_exactly_these_values() -> None:
    hints = typing.get_type_hints(native_schema.Event, include_extras=True)
    literal = typing.get_args(typing.get_args(hints["status"])[0])[0]
    assert typing.get_args(literal) == STATUSES


def test_the_fast_builder_and_a_lane_spelling_join_keep_the_status() -> None:
    made = make_event("a", "T", DAY, None, "Talks", (), "", "", "", None, (), DISPUTED)
    assert made == Event("a", "T", DAY, category="Talks", status=DISPUTED)
    joined = joined_lanes([made], ["talks"])
    assert joined[0].category == "talks" and joined[0].status == DISPUTED


def _told(event_id: str, date: FuzzyDate, status: str = "") -> Event:
    return Event(event_id, "Truce talks", date, category="meeting", status=status)


def test_a_merge_keeps_the_first_status_given_unless_the_person_chooses_one() -> None:
    a, b = _told("a", DAY), _told("b", LATER, UNCONFIRMED)
    assert merged_status([a, b]) == UNCONFIRMED
    assert merge_into_one([a, b]).status == UNCONFIRMED
    assert merge_into_one([_told("a", DAY, CONFIRMED), b]).status == CONFIRMED
    assert merge_into_one([a, b], status=DISPUTED).status == DISPUTED
    assert merge_into_one([a, b], status=NOT_ASSESSED).status == NOT_ASSESSED
    # The dates disagree, and the merge itself sets nothing: the dialog offers "disputed".
    assert merge_into_one([a, _told("b", LATER)]).status == NOT_ASSESSED
    with pytest.raises(ValueError, match="no such status"):
        merge_into_one([a, b], status="rumoured")


def test_a_split_events_new_part_keeps_the_claims_status() -> None:
    event = Event("a", "Truce signed", DAY, participants=("SAF", "RSF"), status=DENIED)
    kept, new = split_event(event, set(), {1}, "n")
    assert kept.status == new.status == DENIED


def _timeline() -> Timeline:
    return Timeline.from_events([
        _told("a", DAY, CONFIRMED), _told("b", DAY, DISPUTED), _told("c", LATER),
        _told("d", LATER, DISPUTED), _told("e", LATER, DENIED)])


def test_the_filter_shows_the_statuses_chosen_and_not_assessed_as_one_of_them() -> None:
    timeline = _timeline()
    shown = EventFilter(statuses=frozenset({DISPUTED}))
    assert shown.is_active and shown.describe() == "status"
    assert hidden_by(timeline, shown) == {"a", "c", "e"}
    assert [e.id for e in timeline if shown.accepts(e)] == ["b", "d"]
    unjudged = EventFilter(statuses=frozenset({NOT_ASSESSED, DENIED}))
    assert hidden_by(timeline, unjudged) == {"a", "b", "d"}
    assert hidden_by(list(timeline), unjudged) == {"a", "b", "d"}


def test_the_filters_count_each_status_in_a_verdicts_order() -> None:
    assert facets(_timeline()).statuses == [(CONFIRMED, 1), (DISPUTED, 2), (DENIED, 1),
                                            (NOT_ASSESSED, 1)]
    assert facets([_told("x", DAY)]).statuses == [(NOT_ASSESSED, 1)]


def test_a_duplicate_merged_on_import_takes_a_status_only_where_none_was_given() -> None:
    """File → Merge and an article's import merge a duplicate into the existing event:
    its status comes along when the existing event is not assessed; a verdict already
    given stays (the review says which it keeps)."""
    from timeline_app.core.duplicates import merge_changes, merge_events

    existing, incoming = _told("a", DAY), _told("b", DAY, DISPUTED)
    assert merge_events(existing, incoming).status == DISPUTED
    assert merge_changes(existing, incoming) == ["status: disputed"]
    judged = _told("a", DAY, CONFIRMED)
    assert merge_events(judged, incoming).status == CONFIRMED
    assert merge_changes(judged, incoming) == []
