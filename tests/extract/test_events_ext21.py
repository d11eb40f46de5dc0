"""What a fresh user found wrong in two wire stories (session 17, verify20's Sudan talks in
Doha and Lula's state visit to New Delhi): a trip told with "went to" that was no event, and
titles and lanes of sentences that are not the usual "X signed Y".  Each rule is checked on
text of my own (Ottawa, Nairobi, Hanoi, Lima), not on the stories it was found in."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events

DCT = dt.date(2025, 5, 16)  # a Friday


def _rows(text: str, dct: dt.date = DCT) -> list[tuple[str, str, tuple[str, ...], str, str]]:
    return [(c.title, str(c.date), c.participants, c.location, c.category)
            for c in extract_events(text, dct=dct).candidates]


# ------------------------------------------------------------------ F2. "went to X" is a trip
def test_went_to_a_named_place_is_a_visit_on_each_of_its_dates() -> None:
    # was no event at all ("travelled to", "visited" were)
    assert _rows("Carney went to Ottawa in 2017.") == [
        ("Carney visits Ottawa", "2017", ("Carney",), "Ottawa", "visit")]
    rows = _rows("Ruto went to Hanoi in 2018 and again in 2022 for trade talks.")
    assert [(r[1], r[0], r[3]) for r in rows] == [
        ("2018", "Ruto visits Hanoi", "Hanoi"), ("2022", "Ruto visits Hanoi", "Hanoi")]


def test_headed_to_and_will_go_to_are_trips_too() -> None:
    assert _rows("Boric headed to Lima in 2021.")[0][:2] == ("Boric visits Lima", "2021")
    found = _rows("Boric will go to Lima on Tuesday.")
    assert [(r[0], r[1], r[4]) for r in found] == [
        ("Boric visits Lima (scheduled)", str(FuzzyDate.of_day(dt.date(2025, 5, 20))), "visit")]


def test_going_without_a_named_place_is_no_trip() -> None:
    for text in ("Voters went to the polls on Sunday.", "The vote went ahead on Sunday.",
                 "Ruto headed the delegation on Sunday."):
        assert not any(r[4] == "visit" for r in _rows(text)), text
