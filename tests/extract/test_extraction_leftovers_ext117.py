"""ext117 (session 55): extraction leftovers of session 54 — a signing folded into "agree", a
place taken for the one freed, a plan dated "the day after the vote" told in another sentence.
Own articles and sentences in the shapes found, never the blind or trial articles' own."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

# 2. docs54 §3: "... after 300 days in an Iranian prison, freed in a prisoner exchange" was
# "Iranian prison freed": the place of the clause before the comma taken for the freed one.

def _freed(clause: str) -> list[tuple[str, tuple[str, ...]]]:
    text = ("Story\n\nLYON, June 2 (AFP) - Dutch journalist Pieter Jansen was home in Utrecht on "
            f"Thursday after 200 days {clause}, released in a prisoner swap brokered by Oman.\n")
    rows = extract_events(text, dt.date(2024, 6, 2)).candidates
    return [(c.title, c.participants) for c in rows if "release" in c.title.lower()]


def test_a_prison_before_the_comma_is_not_the_one_released() -> None:
    for clause in ("in a Venezuelan prison", "in a prison in Venezuela", "in a Venezuelan jail"):
        released = _freed(clause)
        assert released and released[0][0].startswith("Pieter Jansen released"), (clause, released)
        assert "Pieter Jansen" in released[0][1], (clause, released)


def test_guard_a_person_named_as_an_object_before_the_comma_is_still_the_one_released() -> None:
    text = ("Story\n\nLYON, June 2 (AFP) - President Emmanuel Macron on Thursday welcomed the "
            "engineer Pieter Jansen, released in a prisoner swap brokered by Oman.\n")
    rows = [(c.title, c.participants) for c in extract_events(text, dt.date(2024, 6, 2)).candidates
            if "release" in c.title.lower()]
    assert not any(t.startswith("Emmanuel Macron released") for t, _p in rows), rows
