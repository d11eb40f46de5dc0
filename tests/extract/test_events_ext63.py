"""Participants, places and titles on the shapes of unseen news (session 40, ext63):
a readout's minister named before an office ending in "and International Cooperation",
a wire story filed away from where the act happened, titles that are a stub.

The texts are invented (verify49's shapes told of other states); none is taken from an
evaluation corpus.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import Candidate, extract_events

DCT = dt.date(2026, 12, 2)  # a Wednesday


def events(text: str, dct: dt.date | None = DCT) -> list[Candidate]:
    return list(extract_events(text, dct).candidates)


def test_the_minister_named_before_an_office_of_two_fields_is_who_acts() -> None:
    # verify49 F4: "International Cooperation" (the office's tail) was the participant
    text = ("Kigali, 2 December 2026\n\nH.E. Olivier Nduhungirehe, Minister of Foreign Affairs "
            "and International Cooperation, today held a telephone conversation with H.E. "
            "Téte António, Minister of External Relations of the Republic of Angola.\n")
    (call,) = events(text)
    assert call.participants[:2] == ("Olivier Nduhungirehe", "Téte António")
    assert "International Cooperation" not in call.title


def test_an_honorific_before_the_minister_does_not_lose_him() -> None:
    text = ("Kigali, 2 December 2026\n\nH.E. Olivier Nduhungirehe, Minister of Foreign "
            "Affairs, today held a telephone conversation with H.E. Téte António, Minister "
            "of External Relations of the Republic of Angola.\n")
    (call,) = events(text)
    assert "Olivier Nduhungirehe" in call.participants
    assert call.title.startswith("Olivier Nduhungirehe")
