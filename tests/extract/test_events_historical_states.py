"""States of a history that no longer exist are sides (my Berlin text: "Austria-Hungary
occupied Bosnia" read "Hungary occupies", with Austria and Hungary as two participants)."""

from __future__ import annotations

from timeline_app.extract import extract_events


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.title, c.participants) for c in extract_events(text, mode="narrative").candidates]


def test_austria_hungary_is_one_state() -> None:
    [(title, participants)] = _events("Austria-Hungary annexed Bosnia and Herzegovina in 1908.")
    assert title.startswith("Austria-Hungary annexes")
    assert "Austria-Hungary" in participants
    assert "Austria" not in participants and "Hungary" not in participants


def test_prussia_and_the_ottoman_empire_are_sides() -> None:
    [(_title, participants)] = _events("In 1790 Prussia and the Ottoman Empire signed a "
                                       "treaty of alliance.")
    assert {"Prussia", "Ottoman Empire"} <= set(participants)


def test_austria_alone_is_still_austria() -> None:
    # (guard: the longer name only where it is written)
    [(_title, participants)] = _events("In 1756 Austria and France signed a treaty.")
    assert {"Austria", "France"} <= set(participants)
