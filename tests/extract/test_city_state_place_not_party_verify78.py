"""A state named only as where its namesake city saw an act by others is its place, not a
party (verify78 F5: "Abe and Putin agreed in Singapore to speed up talks" named Singapore
among the doers).  Fails before session 58."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events


@pytest.mark.parametrize("city", ["Singapore", "Luxembourg"])
def test_the_city_where_two_leaders_agreed_takes_no_part(city: str) -> None:
    text = ("NEW DELHI, May 2 (PTI) -- India and Bangladesh resumed border talks on Friday. "
            "Leaders tried again in June 2019, when Prime Minister Narendra Modi and Prime "
            f"Minister Sheikh Hasina agreed in {city} to speed up talks on the river "
            "dispute.")
    rows = [(c.title, tuple(c.participants)) for c in
            extract_events(text, dt.date(2025, 5, 2)).candidates]
    agreed = [r for r in rows if "agree" in r[0] and city in r[0]]
    assert agreed, rows
    assert city not in agreed[0][1], rows
    assert "Narendra Modi" in agreed[0][1], rows
