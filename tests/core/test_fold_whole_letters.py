"""Find folds the letters NFKD keeps whole: ł, đ, ø, ı, æ… (verify37 F5).

A fact-checker on a German or English keyboard types "Lodz", "Lukasz", "Do Hung": the
accents of "Erdoğan" and "İstanbul" were already ignored, but "Łódź", "Łukasz Jasiński" and
"Đỗ Hùng Việt" were not found, as Ł, Đ, Ø and ı have no Unicode decomposition.
"""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.core.query import EventSearch, fold, found_in, found_spans


def test_fold_spells_whole_letters_as_on_a_latin_keyboard() -> None:
    assert fold("Łódź") == "lodz"
    assert fold("ŁUKASZ Jasiński") == "lukasz jasinski"
    assert fold("Đỗ Hùng Việt") == "do hung viet"
    assert fold("Øresund") == fold("ØRESUND") == "oresund"
    assert fold("Kırıkkale") == "kirikkale"
    assert fold("Æthelred") == "aethelred"
    assert fold("İstanbul") == "istanbul"


def _timeline() -> Timeline:
    sentence = ("Vietnamese ambassador Đỗ Hùng Việt attended a dinner for the delegations "
                "in Łódź on 20 March 2026.")
    return Timeline.from_events([
        Event("dinner", "Dinner for the delegations", FuzzyDate.of_day(_dt.date(2026, 3, 20)),
              category="meeting", participants=("Đỗ Hùng Việt", "Łukasz Jasiński"),
              location="Łódź", evidence=(Evidence(sentence, 0, len(sentence)),)),
        Event("talks", "Talks in Istanbul", FuzzyDate.of_day(_dt.date(2026, 3, 24)),
              category="meeting", location="İstanbul"),
    ])


def test_find_matches_names_typed_without_their_letters() -> None:
    search = EventSearch(_timeline())
    assert search.matches("lodz") == {"dinner"}
    assert search.matches("Lukasz Jasinski") == {"dinner"}
    assert search.matches("do hung viet") == {"dinner"}
    assert search.matches("istanbul") == {"talks"}
    event = _timeline().get("dinner")
    assert event is not None
    assert found_in(event, "Lodz") == ("place", "source sentence")


def test_found_words_are_shaded_on_the_letters_shown() -> None:
    shown = "Łukasz Jasiński in Łódź"
    assert [shown[a:b] for a, b in found_spans(shown, "lodz lukasz")] == ["Łukasz", "Łódź"]
    king = "Æthelred"
    assert [king[a:b] for a, b in found_spans(king, "aeth")] == ["Æth"]


def test_find_matches_polynesian_names_typed_without_the_okina() -> None:
    """verify59 F28: Find "Fiame Mataafa" and "Nukualofa" found no "Fiamē Naomi Mataʻafa",
    no "Riots in Nukuʻalofa": the ʻokina is left out as an English keyboard leaves it, and a
    curly apostrophe is the keyboard's."""
    assert fold("Nukuʻalofa") == fold("Nukualofa") == "nukualofa"
    assert fold("Xi’s visit") == "xi's visit"
    timeline = Timeline.from_events([
        Event("sworn", "Fiamē Naomi Mataʻafa sworn in", FuzzyDate.of_day(_dt.date(2021, 7, 23)),
              category="event"),
        Event("riots", "Riots in Nukuʻalofa", FuzzyDate.of_day(_dt.date(2006, 11, 16)),
              category="event", location="Nukuʻalofa")])
    search = EventSearch(timeline)
    assert search.matches("Fiame Mataafa") == {"sworn"}
    assert search.matches("nukualofa") == {"riots"}
    assert found_spans("Riots in Nukuʻalofa", "Nukualofa") == [(9, 19)]
