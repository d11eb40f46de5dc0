"""The article's people and countries, and whom "the two leaders" refers to."""

from __future__ import annotations

import re

from timeline_app.extract.pipeline.entities import Entities

TEXT = ("Foreign Minister Han Min-su met Foreign Minister Oda Kenji in Tokyo. Han and Oda "
        "spoke of Japan. Later, President Lee Jae-sun met Prime Minister Ito Hiro. The two "
        "leaders signed a pact. Hanover and Odaiba are not people.")


def test_people_in_finds_the_longest_alias_at_word_boundaries() -> None:
    entities = Entities(TEXT)
    names = sorted(entities.alias, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
    for start, end in ((0, len(TEXT)), (5, 60), (17, 20), (70, 90)):
        expected = [(m.start(), entities.alias[m.group(0)])
                    for m in pattern.finditer(TEXT, start, end)]
        assert entities.people_in(TEXT, start, end) == expected, (start, end)
    assert ("Han Min-su" in dict(entities.people_in(TEXT, 0, len(TEXT))).values())


def test_the_last_two_named_before_an_offset() -> None:
    entities = Entities(TEXT)
    before = TEXT.index("The two leaders")
    assert entities.last_two(TEXT, before, "people") == ["Lee Jae-sun", "Ito Hiro"]
    assert entities.last_two(TEXT, TEXT.index("Later"), "people") == ["Han Min-su", "Oda Kenji"]
    assert entities.last_two(TEXT, 10, "people") == []
    # the same answer for a copy of the text (the slow path, without the index)
    copy = "".join(list(TEXT))
    assert entities.last_two(copy, before, "people") == ["Lee Jae-sun", "Ito Hiro"]


def test_names_with_particles_honorifics_and_regnal_numbers() -> None:
    entities = Entities(
        "He met Saudi Defence Minister Prince Khalid bin Salman and Brazilian President Luiz "
        "Inacio Lula da Silva, then Queen Elizabeth II. Commission President Ursula von der "
        "Leyen spoke. President Joe Biden Tuesday said so.")
    assert set(entities.people) == {"Khalid bin Salman", "Luiz Inacio Lula da Silva",
                                    "Elizabeth II", "Ursula von der Leyen", "Joe Biden"}
    assert entities.people["Khalid bin Salman"] == "Saudi Arabia"
    assert entities.alias["Lula"] == "Luiz Inacio Lula da Silva"
    assert entities.alias["Elizabeth"] == "Elizabeth II"
    assert "bin" not in entities.alias and "da" not in entities.alias  # particles name no one


def test_names_opened_by_initials() -> None:
    # South Asian and other news write given names as initials: "S. Jaishankar", "D N
    # Dhungyel"; the surname alone refers to the person later on.
    entities = Entities(
        "Foreign Minister Ana Sato hosted her Indian counterpart S. Jaishankar in Lima. "
        "Bhutan's Foreign Minister D N Dhungyel spoke. Minister A. B. Rao left.")
    assert {"S. Jaishankar", "D N Dhungyel", "A. B. Rao"} <= set(entities.people)
    assert entities.alias["Jaishankar"] == "S. Jaishankar"
    assert entities.alias["Dhungyel"] == "D N Dhungyel"
    assert "S." not in entities.alias and "D" not in entities.alias


def test_people_are_looked_for_past_the_end_of_a_short_text_without_an_index_error() -> None:
    # the lead's reach (600 characters) is longer than the text, and a capital sits closer
    # to its end than a known name is long
    text = "President Gitanas Nauseda met Latvian leader Edgars Rinkevics in Vilnius. Ties hold."
    assert Entities(text).people_in(text, 0, 600) == [(10, "Gitanas Nauseda"),
                                                      (45, "Edgars Rinkevics")]
