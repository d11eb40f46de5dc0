"""Datelines: place, date and outlet, and a year that is inferred in words or left unknown."""

from pathlib import Path

import pytest

from timeline_app.extract.dateline import ordinal_value, read_dateline

SEED = Path(__file__).resolve().parents[2] / "resources" / "seed-article.txt"


def test_seed_article_resolves_to_22_march_2025_with_a_basis_in_words() -> None:
    line = read_dateline(SEED.read_text(encoding="utf-8"))
    assert (line.place, line.month, line.day, line.year, line.outlet) == (
        "Tokyo", 3, 22, 2025, "NationPress")
    assert "Saturday" in line.year_basis and "2023" in line.year_basis
    text = SEED.read_text(encoding="utf-8")
    assert text[line.span[0]:line.span[1]].startswith("Tokyo, March 22 (NationPress)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON (AP) \u2014 The president said.", ("Washington", None, None, None, "AP")),
        ("SEOUL, Jan. 5 (Yonhap) -- South Korea said.", ("Seoul", 1, 5, None, "Yonhap")),
        ("March 22, 2025 \u2014 The talks ended.", ("", 3, 22, 2025, "")),
        ("Tokyo, 22 March 2025: The talks ended.", ("Tokyo", 3, 22, 2025, "")),
        ("Headline\nBEIJING, Sept. 3 (Xinhua) -- China said.", ("Beijing", 9, 3, None, "Xinhua")),
    ],
)
def test_common_dateline_forms(text: str, expected: tuple[object, ...]) -> None:
    line = read_dateline(text)
    assert (line.place, line.month, line.day, line.year, line.outlet) == expected


def test_the_callers_year_wins() -> None:
    line = read_dateline("Tokyo, March 22 (X) The minister met on Saturday.", year=2019)
    assert line.year == 2019 and "given" in line.year_basis
    assert line.date is not None and line.date.isoformat() == "2019-03-22"


def test_weekday_alone_leaves_the_year_unknown_and_says_why() -> None:
    line = read_dateline("Paris, May 8 (AFP) The French minister met his guest on Thursday.")
    assert line.year is None and line.date is None
    assert "Thursday" in line.year_basis and "unknown" in line.year_basis


def test_weekday_and_lower_bound_pick_the_first_year_after_the_bound() -> None:
    line = read_dateline(
        "Paris, May 8 (AFP) The minister met his guest on Thursday.\n"
        "Ties have improved since 2019.")
    assert line.year == 2025  # 8 May is a Thursday in 2025, the first such year from 2019
    assert "since 2019" in line.year_basis and "Thursday" in line.year_basis


def test_future_years_are_no_lower_bound() -> None:
    line = read_dateline("Paris, May 8 (AFP) They met on Thursday and will meet again in 2040.")
    assert line.year is None


def test_anniversary_with_founding_year_gives_the_year() -> None:
    line = read_dateline(
        "Seoul, June 22 (X) Ministers marked the sixtieth anniversary of the treaty signed in "
        "1965 this year.")
    assert line.year == 2025 and "1965" in line.year_basis


def test_no_dateline() -> None:
    line = read_dateline("The ministers met. Nothing else.")
    assert line.place == "" and line.month is None and line.year is None
    assert "no dateline" in line.year_basis


def test_a_sentence_is_not_a_dateline() -> None:
    assert read_dateline("Officials in Tokyo said talks went well.").place == ""


@pytest.mark.parametrize(("word", "n"), [("60th", 60), ("sixtieth", 60), ("twenty-fifth", 25),
                                         ("first", 1), ("3rd", 3), ("lots", None)])
def test_ordinal_value(word: str, n: int | None) -> None:
    assert ordinal_value(word) == n


def test_ap_underscore_dash_and_a_region_after_the_place() -> None:
    line = read_dateline("NAIROBI, Kenya (AP) _\n\nBombs exploded outside the embassy Friday.")
    assert (line.place, line.outlet, line.month) == ("Nairobi", "AP", None)
