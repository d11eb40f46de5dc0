"""A text that is not English and gives no rows says so (verify46 F14).

A Serbian and a German wire got "No dated events were found in the article (it has 3 date
expressions, but none dates an event it can name)", read as a failure on the article; the
reason — only English sentences are read — was not said.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_app import extract
from timeline_app.ui.import_article import why_nothing

_GERMAN = (
    "BRÜSSEL, 27. November 2026 (dpa) - Serbien und Kosovo haben sich nach stundenlangen "
    "Gesprächen in Brüssel auf einen Fahrplan für einen Verband der serbischen Gemeinden im "
    "Kosovo geeinigt. Das teilte die Europäische Union am späten Freitagabend mit. Die "
    "Arbeitsgruppe soll sich am 10. Dezember in Brüssel treffen, die beiden Politiker "
    "wollen am 15. Januar 2027 zurückkehren. Der Dialog war im März 2011 begonnen worden, "
    "drei Jahre nachdem Kosovo seine Unabhängigkeit erklärt hatte. Belgrad erkennt seine "
    "frühere Provinz bis heute nicht an, und eine Lösung ist nicht in Sicht.\n")


def test_a_german_wire_with_no_rows_says_it_is_not_english() -> None:
    result = extract.extract_events(_GERMAN, dt.date(2026, 11, 27))
    result = dataclasses.replace(result, candidates=())  # the message when none is found
    words = why_nothing(result)
    assert "does not read as English" in words
    assert "only English sentences are read" in words


def test_an_english_article_with_no_rows_keeps_the_old_words() -> None:
    text = ("The committee met for a long time and talked about many things that matter "
            "to the members of the club, but it decided nothing and said it would meet "
            "again when the members had read the report that the chair had written for "
            "them over the summer, which was long.\n")
    result = extract.extract_events(text, dt.date(2026, 11, 27))
    assert "does not read as English" not in why_nothing(result)
