"""A treaty named after a city was signed there (verify41's a2 and a3: "the Treaty of Paris,
signed by Britain, France and Spain", "signed the first Treaty of Paris" had no place)."""

from __future__ import annotations

from timeline_app.extract import extract_events


def _places(text: str) -> list[str]:
    return [c.location for c in extract_events(text, mode="narrative").candidates]


def test_a_treaty_of_a_city_signed() -> None:
    assert _places("In 1856 Russia, France and Britain signed the Treaty of Paris.") == ["Paris"]


def test_a_treaty_of_a_city_signed_elsewhere_keeps_that_place() -> None:
    # (guard: a place the sentence gives wins)
    assert _places("In 1920 the allies signed the Treaty of Sevres in London.") == ["London"]


def test_a_treaty_of_no_known_city_gives_no_place() -> None:
    assert _places("In 1713 Britain and France signed the Treaty of Utrecht.") == [""]
