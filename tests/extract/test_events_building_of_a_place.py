"""A building named by its own name and its palace's or city's is in that last place (my
Versailles text: "signed ... in the Hall of Mirrors of the Palace of Versailles" was placed at
"Hall")."""

from __future__ import annotations

from timeline_app.extract import extract_events


def _places(text: str) -> list[str]:
    return [c.location for c in extract_events(text, mode="narrative").candidates]


def test_a_hall_of_a_palace_of_a_place() -> None:
    assert _places("The Treaty of Trianon was signed on 4 June 1920 in the Hall of Mirrors of "
                   "the Palace of Trianon.") == ["Trianon"]


def test_a_palace_of_a_city() -> None:
    assert _places("The Treaty of Saint-Germain was signed in September 1919 in the Palace of "
                   "Saint-Germain-en-Laye.") == ["Saint-Germain-en-Laye"]


def test_a_hall_in_a_city_keeps_its_city() -> None:
    # (guard: "at the Great Hall of the People in Beijing" is Beijing, as before)
    assert _places("In 1972 Nixon met Mao at the Great Hall of the People in Beijing.") == [
        "Beijing"]
