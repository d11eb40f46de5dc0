"""Datelines of a fact-checker's trial and of other outlets' styles (ext47; verify42 X1, X17,
X23).

X1: 'JEDDAH, Dec 2 (Reuters) - ... agreed on Wednesday to a 72-hour humanitarian truce
starting on Saturday' took 'Saturday' (a day to come) for the lead's day, and 'arrived in
Jeddah on Monday' moved it on to a Monday: 2 December 2024.  X17: 'PORT SUDAN – December 3,
2026 (SUDAN TRIBUNE) –' was read as a place and a dash, its date and outlet lost.  X23: an
explainer's 'By our Middle East desk, 3 December 2026' was no date line, and became the
article's headline.  Each rule has a guard: the reading it must not take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import dateline as dl
from timeline_app.extract import extract_events

TODAY = dt.date(2026, 12, 4)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dl, "_today", lambda: TODAY)


REUTERS = (
    "Sudan's warring sides agree 72-hour truce at Jeddah talks, mediators say\n\n"
    "JEDDAH, Dec 2 (Reuters) - Sudan's army and the paramilitary Rapid Support Forces (RSF) "
    "agreed on Wednesday to a 72-hour humanitarian truce starting on Saturday, Saudi and U.S. "
    "mediators said, the first deal between the two sides in more than three years of war.\n\n"
    "The agreement was reached on the second day of a new round of talks in Jeddah that opened "
    "on Tuesday, and will be signed at a ceremony on Thursday, an official said.\n\n"
    "The army's delegation arrived in Jeddah on Monday.\n\n"
    "The war erupted in April 2023. Previous talks in Jeddah collapsed in December 2023.\n")


def test_a_weekday_that_starts_what_the_lead_announces_is_not_the_lead_s_day():
    found = dl.read_dateline(REUTERS)
    assert found.date == dt.date(2026, 12, 2)
    assert "'Wednesday'" in found.year_basis and "Saturday" not in found.year_basis


@pytest.mark.parametrize("words", ["starting on Saturday", "beginning Saturday",
                                   "to take effect on Saturday", "effective from Saturday"])
def test_a_day_something_starts_on_is_a_day_to_come(words: str):
    assert dl._planned_or_other_week(f"agreed on Wednesday to a truce {words}",
                                     len(f"agreed on Wednesday to a truce {words}") - 8)


def test_guard_a_day_something_began_on_is_still_the_lead_s_day():
    # 'began on Saturday' tells a past day: it stays the lead's
    text = ("SEOUL, Dec. 5 (Yonhap) -- Fighting that began on Saturday left dozens dead, "
            "officials said.\n")
    found = dl.read_dateline(text)
    assert "'Saturday'" in found.year_basis
    assert found.date is not None and found.date.weekday() == 5


TRIBUNE = ("Jeddah talks: army and RSF agree three-day truce\n\n"
           "PORT SUDAN – December 3, 2026 (SUDAN TRIBUNE) – The Sudanese Armed Forces and the "
           "Rapid Support Forces on Wednesday agreed to a humanitarian truce of 72 hours in the "
           "Saudi city of Jeddah, at the end of two days of negotiations that began on Tuesday "
           "1 December.\n")


def test_a_place_a_dash_a_date_and_an_outlet_in_capitals_is_a_dateline():
    found = dl.read_dateline(TRIBUNE)
    assert (found.place, found.date, found.outlet) == ("Port Sudan", dt.date(2026, 12, 3),
                                                      "Sudan Tribune")
    assert TRIBUNE[found.span[1]:].startswith("The Sudanese")


def test_the_weekday_dated_day_of_the_tribune_story_is_dated():
    result = extract_events(TRIBUNE)
    assert result.dct == dt.date(2026, 12, 3) and not result.undated
    assert any(c.date.describe() == "1 December 2026" for c in result.candidates)


def test_guard_a_place_and_a_dash_without_a_date_stays_a_place_dash_dateline():
    found = dl.read_dateline("PORT SUDAN – The army said on Wednesday that talks would resume.\n")
    assert (found.place, found.month, found.outlet) == ("Port Sudan", None, "")


@pytest.mark.parametrize(("outlet", "shown"), [("SUDAN TRIBUNE", "Sudan Tribune"),
                                               ("BBC NEWS", "BBC News"), ("AFP", "AFP")])
def test_an_outlet_in_capitals_is_shown_as_a_name(outlet: str, shown: str):
    found = dl.read_dateline(f"KHARTOUM – December 3, 2026 ({outlet}) – The army said so.\n")
    assert found.outlet == shown


EXPLAINER = ("Explainer: What is at stake in the new Jeddah talks on Sudan?\n\n"
             "By our Middle East desk, 3 December 2026\n\n"
             "The deal agreed in Jeddah this week is modest: a 72-hour truce that begins on "
             "Saturday. In 1993 the United States placed Sudan on its list of state sponsors "
             "of terrorism. Fighting broke out in Khartoum on 15 April 2023. Between 2024 and "
             "2025 diplomacy moved to Geneva, Cairo and Washington, without result.\n\n"
             "A second round on a permanent ceasefire is planned for early next year.\n")


def test_a_byline_with_a_comma_and_a_date_is_the_article_s_date_line():
    found = dl.read_dateline(EXPLAINER)
    assert found.date == dt.date(2026, 12, 3) and found.place == ""
    assert "'date' line" in found.year_basis


def test_the_explainer_has_its_headline_and_next_year_is_the_article_s():
    result = extract_events(EXPLAINER)
    assert result.source.title == "Explainer: What is at stake in the new Jeddah talks on Sudan?"
    assert result.dct == dt.date(2026, 12, 3) and result.mode == "news"
    assert any(c.date.describe() == "early 2027" for c in result.candidates)


def test_guard_a_byline_is_no_place():
    found = dl.read_dateline("By Jane Doe, 3 December 2026\n\nThe ministers met on Thursday.\n")
    assert found.place == "" and found.date == dt.date(2026, 12, 3)


def test_guard_a_sentence_opening_with_by_and_a_date_is_no_date_line():
    text = "By contrast, the talks of 3 December 2026 ended early.\n\nThe ministers met.\n"
    assert dl._find_published(text) is None


LEAD = ("Japan and South Korea agreed on Thursday to resume talks on a fisheries deal, officials "
        "said.\n\nThe talks began in Tokyo on Wednesday.\n")


@pytest.mark.parametrize(("head", "place", "outlet"), [
    ("TOKYO, Dec. 3 (Kyodo) -- ", "Tokyo", "Kyodo"),
    # (the outlet that opens a web date line: ext54, verify45's note)
    ("KYODO NEWS - Dec 3, 2026 - 19:35 | World, All\n\n", "", "Kyodo News"),
    ("SEOUL, Dec. 3 (Yonhap) -- ", "Seoul", "Yonhap"),
    ("Posted : 2026-12-03 14:05\nUpdated : 2026-12-03 15:10\n\nSEOUL, Dec. 3 (Yonhap) -- ",
     "Seoul", "Yonhap"),
    ("BEIJING, Dec. 3 (Xinhua) -- ", "Beijing", "Xinhua"),
    ("Source: Xinhua| 2026-12-03 22:47:15|Editor: huaxia\n\nBEIJING, Dec. 3 (Xinhua) -- ",
     "Beijing", "Xinhua"),
    ("PARIS, 3 déc 2026 (AFP) - ", "Paris", "AFP"),
    ("Tokyo (AFP) - 3 décembre 2026 - ", "Tokyo", "AFP"),
    ("Paris (AFP) – 03/12/2026 – ", "Paris", "AFP"),
    ("Published on 03/12/2026 at 14:05\n\nParis (AFP) - ", "Paris", "AFP"),
    ("NEW DELHI, December 03, 2026 22:15 IST\n\n", "New Delhi", ""),
    ("Updated - December 03, 2026 10:15 pm IST\n\nNEW DELHI\n\n", "New Delhi", ""),
    ("Ahram Online, Thursday 3 Dec 2026\n\n", "", "Ahram Online"),
    ("Updated 3:04 PM EST, Thu December 3, 2026\n\n(CNN) — ", "", "CNN"),
    ("Updated 3:04 PM EST, Thu December 3, 2026\n\nWashington (CNN) — ", "Washington", "CNN"),
    ("Cairo, Thursday 3 December 2026 (Ahram Online) - ", "Cairo", "Ahram Online"),
    ("Jakarta, 3/12/2026 (ANTARA) - ", "Jakarta", "ANTARA"),
    ("Ankara, 03.12.2026 (AA) - ", "Ankara", "AA"),
    ("December 3, 20263:14 PM GMT+9Updated 2 hours ago\n\n", "", ""),
    ("Last Updated : 03 Dec 2026, 10:15 PM IST\n\n", "", ""),
    ("First Published: Dec 03 2026 | 10:15 PM IST\n\n", "", ""),
    ("Published On 3 Dec 20263 Dec 2026\n\n", "", ""),
])
def test_datelines_of_other_outlets_are_read(head: str, place: str, outlet: str):
    found = dl.read_dateline(head + LEAD)
    assert (found.place, found.date, found.outlet) == (place, dt.date(2026, 12, 3), outlet)
    assert (head + LEAD)[found.span[1]:].lstrip().startswith(("Japan", "NEW DELHI"))


def test_an_outlet_alone_before_the_lead_is_read():
    found = dl.read_dateline("(CNN) — " + LEAD)
    assert (found.outlet, found.place, found.month) == ("CNN", "", None)


def test_guard_a_bracketed_aside_without_a_dash_is_no_outlet():
    found = dl.read_dateline("(Reporting by Jane Doe; editing by John Roe)\n\n" + LEAD)
    assert found.outlet == ""


def test_french_months_are_read_only_after_the_day():
    assert dl._month_number("déc") == 12 and dl._month_number("juillet") == 7
    # 'mars' is French for March; English 'Mar.' still reads as March
    found = dl.read_dateline("PARIS, 3 mars 2026 (AFP) - " + LEAD)
    assert found.date == dt.date(2026, 3, 3)


def test_guard_a_numeric_afp_date_is_read_day_first_from_the_lead_s_weekday():
    # 03/12/2026 month first is 12 March 2026, a Thursday too: the place (Paris) decides
    found = dl.read_dateline("Paris (AFP) – 03/12/2026 – " + LEAD)
    assert found.date == dt.date(2026, 12, 3) and "day first" in found.year_basis


@pytest.mark.parametrize("told", ["began on Tuesday 1 December", "began on Tuesday, Dec. 1",
                                  "began on Tuesday, the 1st of December",
                                  "will end on Saturday, December 5"])
def test_a_weekday_told_with_its_date_gives_the_dateline_s_year(told: str):
    # (the lead names no weekday of its own: 3 December is a Thursday in 2026, and
    # 'Tuesday' was taken for the dateline's day, 2024)
    found = dl.read_dateline(f"PORT SUDAN, Dec 3 (ST) - The army and the RSF agreed to a truce "
                             f"in Jeddah, at the end of negotiations that {told}.\n")
    assert found.date == dt.date(2026, 12, 3)
    assert "weekday with its date" in found.year_basis


def test_a_weekday_with_its_date_across_the_new_year_gives_the_year_before():
    # 30 December 2025 is a Tuesday: the dateline's 2 January is of 2026
    found = dl.read_dateline("SEOUL, Jan. 2 (Yonhap) -- The talks that began on Tuesday, "
                             "Dec. 30 ended without a deal.\n")
    assert found.date == dt.date(2026, 1, 2)


def test_guard_a_weekday_with_its_date_far_from_the_dateline_is_no_evidence():
    text = ("SEOUL, Dec. 3 (Yonhap) -- The ministers met on Thursday, officials said. They had "
            "last met on Friday, March 6.\n")
    found = dl.read_dateline(text)
    assert "weekday with its date" not in found.year_basis and "'Thursday'" in found.year_basis


def test_guard_a_weekday_with_a_full_date_is_a_bound_not_a_dated_weekday():
    assert dl._dated_weekday_years("talks began on Tuesday, 1 December 2026 in Jeddah", 12, 3) \
        is None


def test_guard_a_date_line_followed_by_words_of_a_sentence_keeps_its_own_end():
    text = "Published: 3 December 2026 the ministers met in Tokyo on Thursday.\n"
    found = dl.read_dateline(text)
    assert found.date == dt.date(2026, 12, 3)
    assert text[found.span[1]:].startswith(" the ministers")


def test_guard_a_year_running_into_other_digits_is_no_year():
    # '20263' with no time after it is no year 2026 and a time
    assert dl._find_published("December 3, 20263 people marched.\n") is None


def test_guard_cnn_s_updated_line_and_outlet_give_the_day_and_the_outlet():
    text = ("Updated 3:04 PM EST, Tue December 1, 2026\n\n(CNN) — The foreign ministers of Japan "
            "and South Korea met in Tokyo on Tuesday.\n")
    found = dl.read_dateline(text)
    assert (found.date, found.outlet) == (dt.date(2026, 12, 1), "CNN")
    assert "'updated' line" in found.year_basis


@pytest.mark.parametrize("place", ["Dar es Salaam", "Rio de Janeiro", "Port of Spain",
                                   "Santiago de Chile", "Frankfurt am Main", "al-Mukalla"])
@pytest.mark.parametrize("style", ["{}, Dec 3 (Reuters) - ", "{} (AFP) - "])
def test_a_place_with_a_small_word_in_its_name_is_read(place: str, style: str):
    text = style.format(place) + LEAD
    found = dl.read_dateline(text)
    assert found.place == place and text[found.span[1]:].startswith("Japan")


def test_guard_a_lower_case_word_that_is_no_particle_is_no_place():
    assert dl.read_dateline("Talks in Jeddah (AFP) - " + LEAD).place == ""
    assert dl.read_dateline("Putin on Thursday, Dec 3 (Reuters) - " + LEAD).place != \
        "Putin on Thursday"


def test_a_date_then_a_place_and_an_outlet_is_a_dateline():
    text = "December 3, 2026 - NEW DELHI (PTI) - " + LEAD
    found = dl.read_dateline(text)
    assert (found.place, found.date, found.outlet) == ("New Delhi", dt.date(2026, 12, 3), "PTI")
    assert text[found.span[1]:].startswith("Japan")


def test_guard_a_date_then_the_lead_s_names_is_a_date_alone():
    text = ("December 3, 2026 - Indian Prime Minister Narendra Modi and French President "
            "Emmanuel Macron issued a joint statement on Thursday.\n")
    found = dl.read_dateline(text)
    assert (found.place, found.date) == ("", dt.date(2026, 12, 3))
    assert text[found.span[1]:].startswith("Indian Prime Minister")
