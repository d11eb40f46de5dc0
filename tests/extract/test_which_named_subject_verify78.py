"""A relative clause whose named subject stands between "which" and its verb, with a phrase
of time or place after the verb, did what it did to the noun phrase before "which"
(verify78 F1: "a dispute over four islands off Hokkaido, which the Soviet Union seized in the
closing days of the war in August 1945" gave "Soviet Union seizes in the closing days of the
war", what it seized left out).  Fails before session 58."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events


def _titles(sentence: str) -> list[str]:
    text = f"TOKYO, November 14, 2025 (Kyodo) -- {sentence}"
    return [c.title for c in extract_events(text, dt.date(2025, 11, 14)).candidates]


@pytest.mark.parametrize(("sentence", "start"), [
    ("The two countries never signed a peace treaty because of a dispute over four islands "
     "off Hokkaido, which the Soviet Union seized in the closing days of the war in August "
     "1945.", "Soviet Union seizes four islands off Hokkaido"),
    ("The ministers discussed the three disputed atolls, which the Philippine Navy occupied "
     "in waters near Palawan in March 2024.", "Philippine Navy occupies three disputed atolls"),
    ("Talks stalled over the two oil fields, which the Iraqi army seized in fighting near "
     "Kirkuk in October 2017.", "Iraqi army seizes two oil fields"),
])
def test_the_noun_before_which_is_what_the_named_subject_acted_on(sentence: str,
                                                                  start: str) -> None:
    titles = _titles(sentence)
    assert any(title.startswith(start) for title in titles), titles
