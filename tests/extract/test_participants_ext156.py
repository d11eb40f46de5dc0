"""Session 65, ext156: who takes part, from dev's commonest participant losses (a side of
the event named in its sentence and left out).  The sentences are written for these tests."""

from __future__ import annotations

from timeline_app.extract import extract_events

HEAD = "VIENTIANE, March 12, 2026 (Lao News) - "


def _rows(sentence: str):
    return extract_events(HEAD + sentence).candidates


def test_a_state_named_as_a_visit_s_place_takes_part() -> None:
    rows = _rows("Penny Wong will be in Cambodia next week on a working visit.")
    visits = [c for c in rows if c.category == "visit"]
    assert visits and "Cambodia" in visits[0].participants, [(c.title, c.participants) for c in rows]


def test_each_state_a_tour_will_take_the_visitor_to_takes_part() -> None:
    rows = _rows("Penny Wong is due in Cambodia next week on a tour that will take her to "
                 "Thailand and Vietnam.")
    visits = [c for c in rows if c.category == "visit"]
    assert visits, [c.title for c in rows]
    assert {"Penny Wong", "Cambodia", "Thailand", "Vietnam"} <= set(visits[0].participants)


def test_a_tour_s_states_without_a_place_of_the_visit() -> None:
    rows = _rows("The US president is due in the Gulf next week on a tour that will take him "
                 "to Saudi Arabia, Qatar and the United Arab Emirates.")
    visits = [c for c in rows if c.category == "visit"]
    assert visits and {"Saudi Arabia", "Qatar", "United Arab Emirates"} <= set(
        visits[0].participants), [(c.title, c.participants) for c in rows]


def test_guard_a_city_left_for_is_a_way_not_a_stay() -> None:
    rows = _rows("Penny Wong left for Bangkok on Tuesday.")
    assert all("Thailand" not in c.participants for c in rows), [c.participants for c in rows]
