"""verify90 F5 and F9 (ext161): a summit's row names every leader the next sentence lists
with its host, a trip made to prepare a summit is the traveller's own row (not "Summit"),
and a new timeline of a four-state summit is named after the four.  The stories are
written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.dates import Precision
from timeline_app.extract import extract_events
from timeline_app.extract.subject import timeline_name

WEDNESDAY = dt.date(2025, 5, 21)

_STORY = (
    "Baltic leaders back air-defence plan at Riga summit\n\n"
    "RIGA, May 21 (Reuters) - The presidents of Estonia, Latvia and Lithuania and the "
    "prime minister of Poland met in Riga on Tuesday and approved a joint air-defence "
    "plan, officials said.\n\n"
    "Latvian President Janis Ozolins welcomed Estonian President Mart Kask, Lithuanian "
    "President Rasa Vaitkute and Polish Prime Minister Tomasz Nowicki for a one-day summit "
    "at Riga Castle.\n\n"
    "Polish Foreign Minister Pawel Wrona flew to Vilnius on May 2 to prepare the summit. "
    "The defence ministers of the four countries held talks in Tallinn on May 9.\n"
)


def _rows() -> list[tuple[tuple[int | None, ...], str, tuple[str, ...], str]]:
    return [((c.date.year, c.date.month, c.date.day), c.title, c.participants, c.location)
            for c in extract_events(_STORY, WEDNESDAY).candidates]


def test_the_summit_names_every_leader_its_host_welcomed() -> None:
    (row,) = [r for r in _rows() if r[0] == (2025, 5, 20) and "meet" in r[1]]
    people = row[2]
    for leader in ("Janis Ozolins", "Mart Kask", "Rasa Vaitkute", "Tomasz Nowicki"):
        assert leader in people, row


def test_a_trip_that_prepares_the_summit_is_the_traveller_s_row() -> None:
    (row,) = [r for r in _rows() if r[0] == (2025, 5, 2)]
    _when, title, people, place = row
    assert "Summit" not in title and "Pawel Wrona" in title, row
    assert place == "Vilnius", row
    assert "Pawel Wrona" in people, row
    assert not {"Mart Kask", "Rasa Vaitkute", "Estonia", "Latvia"} & set(people), row


def test_a_list_of_guests_ends_where_the_list_does() -> None:
    """Only a list closed by "and" is read on past the first comma: a name after a comma
    that closes no list ("met A, B said") is not a guest."""
    story = ("Ferry talks\n\nTALLINN, May 21 (Reuters) - Estonian Foreign Minister Liis Tamm "
             "met Finnish Foreign Minister Aino Virtanen in Tallinn on Tuesday, Latvian "
             "Foreign Minister Juris Ozols said.\n")
    (row,) = [c for c in extract_events(story, WEDNESDAY).candidates
              if (c.date.month, c.date.day) == (5, 20)]
    assert "Juris Ozols" not in row.participants, row


def _event(key: str, iso: str, *participants: str) -> Event:
    return Event(key, key, FuzzyDate.from_iso(iso, Precision.DAY), participants=participants)


def test_a_story_of_four_states_is_named_after_the_four() -> None:
    four = ("Estonia", "Latvia", "Lithuania", "Poland")
    events = [_event("summit", "2025-05-20", *four, "Mart Kask"),
              _event("plan", "2025-05-20", *four),
              _event("ministers", "2025-05-09", *four),
              _event("trip", "2025-05-02", "Pawel Wrona", "Lithuania"),
              _event("drill", "2024-09-01", "Lithuania", "Poland")]
    assert timeline_name("Leaders back air-defence plan at Riga summit", events) \
        == "Estonia, Latvia, Lithuania and Poland, 2024-2025"


def test_a_story_of_two_sides_keeps_its_two() -> None:
    """A third state named once beside the two sides does not join the name."""
    events = [_event("a", "2025-01-10", "Estonia", "Latvia"),
              _event("b", "2025-02-10", "Estonia", "Latvia", "Finland"),
              _event("c", "2025-03-10", "Estonia", "Latvia")]
    assert timeline_name("Leaders meet again", events) == "Estonia and Latvia, 2025"
