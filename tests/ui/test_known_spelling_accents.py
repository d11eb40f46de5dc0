"""A known name typed without its accents is saved in its known spelling (verify37 F17).

"Recep Tayyip Erdogan" typed in the editor or the import review beside the known "Recep
Tayyip Erdoğan" made a second participant, listed apart in the Filters, as "britain" did
beside "Britain" before ui22; so did the place "Lodz" beside "Łódź".
"""

from __future__ import annotations

from timeline_app.ui.event_editor import known_spelling

KNOWN = ["Recep Tayyip Erdoğan", "Łódź", "Britain", "Recep Tayyip Erdogan"]


def test_participants_take_their_known_spelling() -> None:
    assert known_spelling("Recep Tayyip Erdogan, britain, Iran", KNOWN, True) == \
        "Recep Tayyip Erdoğan, Britain, Iran"  # the first known spelling of the two
    assert known_spelling("RECEP TAYYIP ERDOĞAN", KNOWN, True) == "Recep Tayyip Erdoğan"


def test_a_place_takes_its_known_spelling() -> None:
    assert known_spelling("lodz", KNOWN, False) == "Łódź"
    assert known_spelling("Lodzia", KNOWN, False) == "Lodzia"  # another name: as typed
