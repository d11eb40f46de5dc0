"""Years before AD 1 and years of fewer than four digits in the tagger (verify41 F2: "AD 63",
"In 114", "the spring of 66" were not tagged; relative dates after a BC year were not
counted from it)."""

from __future__ import annotations

import datetime as _dt

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

_NEWS_DAY = _dt.date(2024, 5, 3)


def _story(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag_timexes(text, None, mode="narrative")]


def _news(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, _NEWS_DAY)]


def test_a_year_with_its_era_of_any_length() -> None:
    assert _story("The fleet sailed in AD 63.") == [("AD 63", "0063", None)]
    assert _story("The fleet sailed in 63 AD.") == [("63 AD", "0063", None)]
    assert _story("The city fell in 476 CE.") == [("476 CE", "0476", None)]
    assert _story("It was built c. AD 30 by the king.") == [("c. AD 30", "0030", "APPROX")]
    assert _news("A monument from A.D. 800 was found.") == [("A.D. 800", "0800")]


def test_a_number_before_ad_that_is_no_year() -> None:
    assert _news("The trial enrolled 25 AD patients and 30 controls.") == []


def test_circa_bc_year() -> None:
    assert _story("About ten years later, c. 10 BC, the king sent his sons.")[-1] \
        == ("c. 10 BC", "BC0010", "APPROX")


def test_relative_years_count_from_a_bc_year_and_across_ad_1() -> None:
    assert _story("In 53 BC Crassus invaded Mesopotamia. The following year the Parthians "
                  "raided Syria.")[-1] == ("The following year", "BC0052", None)
    assert _story("In 2 BC the treaty was signed. Three years later the king died.")[-1] \
        == ("Three years later", "0002", None)
    assert _story("The war began in 1 BC. The following year it ended.")[-1] \
        == ("The following year", "0001", None)
    # a month without a year takes the BC story's year
    assert _story("The army marched in 480 BC. In September it reached the coast.")[-1] \
        == ("September", "BC0480-09", None)


def test_bare_years_of_a_first_millennium_story() -> None:
    told = _story("In AD 63 the generals agreed at Rhandeia. In the spring of 66, Tiridates "
                  "travelled to Rome. In 114 the emperor annexed Armenia, and in 116 he took "
                  "Ctesiphon. The empire came to an end in 224, when Ardashir won.")
    assert [(t, v) for t, v, _ in told] == [
        ("AD 63", "0063"), ("the spring of 66", "0066-SP"), ("114", "0114"),
        ("116", "0116"), ("224", "0224")]


def test_bare_years_of_a_bc_story_are_bc() -> None:
    told = _story("The revolt broke out in 499 BC. By 494 the rebels had lost, and in 492 the "
                  "king sent a fleet. The rest of 491 was quiet.")
    assert [v for _, v, _ in told] == ["BC0499", "BC0494", "BC0492", "BC0491"]


def test_a_bc_range_s_first_year() -> None:
    assert _story("The Ionian Revolt (499-493 BC) failed.") == [
        ("499", "BC0499", None), ("493 BC", "BC0493", None)]
    assert _story("It lasted from 264 to 241 BC.")[0] == ("264", "BC0264", None)


def test_centuries_with_their_era() -> None:
    assert _story("In the 2nd century BC Rome grew.") == [("the 2nd century BC", "BC01", None)]
    assert _story("In the 1st century AD the empires fought.") \
        == [("the 1st century AD", "00", None)]


def test_no_short_years_but_in_a_story_of_the_first_millennium() -> None:
    # numbers of people, money, resolutions and articles of news, with or without a date
    text = ("The council adopted Resolution 242 in 1967. In 114 cases the police acted, and "
            "by 300 votes to 12 the assembly agreed to Article 5. Since 2019 the fund has "
            "paid out in 45 instalments, 12 in 2023.")
    assert [v for _, v in _news(text)] == ["1967", "2019", "2023"]
    assert [v for _, v, _ in _story(text)] == ["1967", "2019", "2023"]
    # a 20th-century story: "in 12" is no year ("114 days" a length)
    assert [v for _, v, _ in _story("In 1943 the army landed. In 114 days it took the "
                                    "island, and in 12 the navy lost three ships.")] \
        == ["1943", "P114D"]
    # an AD story: a number that something follows is no year
    assert [v for _, v, _ in _story("In AD 63 peace was made. In 66 ships the king sailed "
                                    "to Rome.")] == ["0063"]


def test_an_article_of_rome_and_parthia_gives_its_events() -> None:
    result = extract_events(
        "Rome and Parthia\n\nIn 53 BC the Roman general Crassus invaded Mesopotamia. In AD 63 "
        "the general Corbulo met the king Vologases at Rhandeia. In 114 the emperor Trajan "
        "annexed Armenia.\n")
    dates = sorted(c.date.describe() for c in result.candidates)
    assert dates == ["53 BC", "AD 114", "AD 63"]


def test_the_same_day_of_a_story_that_named_no_day_is_no_1_january() -> None:
    told = _story("In 479 BC the Greeks won at Plataea. On the same day the fleet won at "
                  "Mycale. The next day they sailed home.")
    assert [(t, v) for t, v, _ in told] == [("479 BC", "BC0479"), ("the same day", "BC0479")]
    assert _story("In 1943 the army landed. That same day the navy sailed.")[-1] \
        == ("That same day", "1943", None)


def test_a_short_year_s_basis_names_the_date_it_follows() -> None:
    (_, second) = tag_timexes("In AD 63 peace was made. In 114 the emperor came.", None,
                              mode="narrative")
    assert second.basis == "a year of the story's era, after the date mentioned before ('AD 63')"


def test_an_ad_range_s_other_year() -> None:
    assert _news("Tiberius ruled (AD 14-37) from Rome.") == [("AD 14", "0014"), ("37", "0037")]
    assert _news("Tiberius ruled 14\u201337 AD in Rome.") == [("14", "0014"), ("37 AD", "0037")]
    assert _news("It lasted AD 63-6 then.") == [("AD 63", "0063")]
    assert _news("See pages 12-14 of the AD report.") == []


def test_a_month_of_a_bc_year() -> None:
    assert _story("In August 480 BC the Persians came. In September the fleet sailed.") == [
        ("August 480 BC", "BC0480-08", None), ("September", "BC0480-09", None)]
    assert _story("On March 15, 44 BC Caesar died.") == [("March 15, 44 BC", "BC0044-03-15", None)]


def test_a_season_of_a_story_s_year_is_in_that_year() -> None:
    assert _story("In 481 BC, Xerxes began to muster troops. The army was gathered in the "
                  "summer.")[-1] == ("the summer", "BC0481-SU", None)
    assert _story("In 1481, the king began to muster troops. The army was gathered in the "
                  "summer.")[-1] == ("the summer", "1481-SU", None)


def test_a_history_that_writes_its_era_once_reads_as_a_narrative() -> None:
    result = extract_events("Rome\n\nIn AD 63 peace was made at Rhandeia. In 114 the emperor "
                            "Trajan annexed Armenia.\n")
    assert result.mode == "narrative"
    assert [c.date.describe() for c in result.candidates] == ["AD 114"]
    # news with one year and numbers after 'In' stays news
    assert extract_events("In 2019 the fund paid. In 45 cases it did not.\n").mode == "news"


def test_a_bc_decade_with_its_article() -> None:
    # (not 'the 40s', the 1940s, and a name 'BC Rome')
    assert _story("In the 40s BC Rome grew.") == [("the 40s BC", "BC004", None)]
    assert _story("In the 480s BC Athens grew.") == [("the 480s BC", "BC048", None)]


def test_a_circa_year_of_a_history() -> None:
    assert _story("The treaty of c. 1713 ended the war.") == [("c. 1713", "1713", "APPROX")]
    # news: circa inside a sentence too (verify44 F2: "met in Puerto Ordaz c. 2011" was 2011)
    assert _news("The treaty of c. 1713 ended the war.") == [("c. 1713", "1713")]
    assert _story("c.1998 The Boston Globe") == []  # (a copyright line)


def test_a_season_of_a_four_digit_bc_year() -> None:
    assert _story("In the spring of 1200 BC the city fell.") \
        == [("the spring of 1200 BC", "BC1200-SP", None)]
    assert _story("In the spring of 1066 the army sailed.") \
        == [("the spring of 1066", "1066-SP", None)]
