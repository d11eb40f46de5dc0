"""verify84 F3: a sentence cited for an event that names none of its date, participants,
place or title words (a ministry's closing thanks, cited for "Second round of talks")
is named as such (``core.cited.names_nothing_of``)."""

from __future__ import annotations

from timeline_app.core import Evidence
from timeline_app.core.cited import names_nothing_of

DATED = "The second round of talks on the Merrow Sound was held in Lessen on 2 June 2026."
THANKS = ("The Ministry thanks the visiting delegation for the cordial atmosphere of the "
          "talks and recalls the convention both states ratified long ago.")


def _evidence(sentence: str, dated: bool = False) -> Evidence:
    if dated:
        at = sentence.index("2 June 2026")
        return Evidence(sentence, 0, len(sentence), at, at + len("2 June 2026"))
    return Evidence(sentence, 0, len(sentence))


def test_a_sentence_of_nothing_of_the_event_is_named() -> None:
    title = "Second round of talks in the Merrow Sound"
    assert names_nothing_of(_evidence(THANKS), title, (), "Merrow Sound")
    # the dating sentence, and one naming a participant, the place or a title word, not
    assert not names_nothing_of(_evidence(DATED, dated=True), title, (), "Merrow Sound")
    assert not names_nothing_of(_evidence(THANKS), title, ("Ministry of Karesh",), "")
    assert not names_nothing_of(_evidence(THANKS + " Lessen hosted."), title, (), "Lessen")
    assert not names_nothing_of(_evidence(THANKS), "Convention ratified (scheduled)", (), "")
