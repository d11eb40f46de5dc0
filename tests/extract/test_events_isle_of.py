"""An island named "Isle of ..." is where what was done on it took place (verify41's a2: "France
and Spain concluded the Treaty of the Pyrenees on the Isle of Pheasants" had no place)."""

from __future__ import annotations

from timeline_app.extract import extract_events


def _places(text: str) -> list[str]:
    return [c.location for c in extract_events(text, mode="narrative").candidates]


def test_a_treaty_concluded_on_an_isle() -> None:
    assert _places("In 1807 Napoleon and Alexander I signed a treaty on the Isle of Tilsit.") \
        == ["Isle of Tilsit"]


def test_on_the_day_is_no_place() -> None:
    # (guard: "on" a capitalised word that is no "Isle of")
    assert _places("In 1807 France and Russia signed a treaty on the Neman.") == [""]
