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


def test_weekday_alone_gives_the_latest_year_not_after_today_and_says_why(
        today_2026: None) -> None:
    # 8 May is a Thursday in 2014, 2025, 2031: a dateline leaves the year out of current news
    line = read_dateline("Paris, May 8 (AFP) The French minister met his guest on Thursday.")
    assert line.year == 2025, line.year_basis
    assert "Thursday" in line.year_basis and "latest" in line.year_basis


@pytest.mark.parametrize(("text", "year"), [
    # the lead's event the day before, told on the dateline's day ('said Thursday')
    ("SEOUL, Feb. 27 (Yonhap) -- The envoy had a breakfast meeting with his U.S. counterpart "
     "on Wednesday, the ministry said Thursday. Troops were first seen in October last year.",
     2025),  # 27 February is a Thursday in 2014, 2020, 2025
    # not later than today (30 November 2026): 4 December 2026 is a Friday, not yet come
    ("LONDON, Dec. 4 (Reuters) - The ministers met on Friday.", 2020),
])
def test_a_weekday_without_years_in_the_text_takes_the_latest_past_year(
        today_2026: None, text: str, year: int) -> None:
    assert read_dateline(text).year == year


def test_no_weekday_and_no_year_leave_the_year_unknown(today_2026: None) -> None:
    line = read_dateline("KUALA LUMPUR, Jan 19 (Bernama) -- The minister said today that the "
                         "two sides had agreed, and will meet on Thursday.")
    assert line.year is None and "unknown" in line.year_basis


@pytest.mark.parametrize(("text", "ymd"), [
    # day first: 3 July 2025 is the Thursday the lead names, 7 March 2025 a Friday
    ("Border to reopen\nPublished: 03/07/2025 - 14:20 Modified: 03/07/2025 - 16:05\n\n"
     "NIAMEY (AFP) - Niger and Benin agreed on Thursday to reopen their border.", (2025, 7, 3)),
    # month first when the weekday says so: 5 June 2024 is a Wednesday, 6 May a Monday
    ("Published: 06/05/2024\n\nNAIROBI (Reuters) - The talks ended on Wednesday.", (2024, 6, 5)),
    # a day after the weekday named (filed the next day): 4 February 2025 is a Tuesday
    ("04/02/2025 - The ministers met on Monday and agreed to talk again.", (2025, 2, 4)),
    # both readings fit (1 July and 7 January 2025 are Tuesdays), or no weekday: the outlet's
    # place or time zone, else month first
    ("7/1/2025 - The ministers met in Washington on Tuesday.", (2025, 7, 1)),
    ("Published: 03/07/2025\n\nNIAMEY (AFP) - Niger and Benin agreed to reopen the border.",
     (2025, 7, 3)),  # Niamey is no American city: day first
    ("Published: 03/07/2025\n\nWASHINGTON (AP) - The two sides agreed to reopen talks.",
     (2025, 3, 7)),
    ("Published: 03/07/2025 10:05 EDT\n\nThe two sides agreed to reopen talks.", (2025, 3, 7)),
    ("Published: 03/07/2025 10:05 CEST\n\nThe two sides agreed to reopen talks.", (2025, 7, 3)),
    ("Published: 03/07/2025\n\nThe two sides agreed to reopen talks.", (2025, 3, 7)),
    # not ambiguous: 25 is no month, so day first
    ("Published: 25/07/2025\n\nNIAMEY (AFP) - The talks ended on Monday.", (2025, 7, 25)),
    ("14/03/2026 - The talks ended on Friday.", (2026, 3, 14)),
])
def test_an_ambiguous_numeric_date_is_read_as_the_leads_weekday_confirms(
        text: str, ymd: tuple[int, int, int] | None) -> None:
    line = read_dateline(text)
    got = (line.year, line.month, line.day) if line.year else None
    assert got == ymd, line.year_basis


def test_weekday_and_lower_bound_pick_the_latest_year_that_fits() -> None:
    line = read_dateline(
        "Paris, May 8 (AFP) The minister met his guest on Thursday.\n"
        "Ties have improved since 2019.")
    assert line.year == 2025  # 8 May is a Thursday in 2025 (and 2014, 2031): the latest up to today
    assert "since 2019" in line.year_basis and "Thursday" in line.year_basis


def test_future_years_are_no_lower_bound(today_2026: None) -> None:
    line = read_dateline("Paris, May 8 (AFP) They met on Thursday and will meet again in 2040.")
    assert line.year == 2025, line.year_basis  # not 2031 or 2036 (Thursdays before 2040)


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


@pytest.fixture
def today_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fix 'today' so that 'an article is not from the future' does not age."""
    import timeline_app.extract.dateline as dl
    monkeypatch.setattr(dl, "_today", lambda: __import__("datetime").date(2026, 11, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEOUL, MARCH 22 (Yonhap) -- South Korea said.", ("Seoul", 3, 22, None, "Yonhap")),
        ("March 22, 2025 - The talks ended.", ("", 3, 22, 2025, "")),
        ("WASHINGTON, JAN. 27, 2017 (AP) -- The president said.", ("Washington", 1, 27, 2017, "AP")),
        ("TOKYO, March 22 Kyodo - Japan said.", ("Tokyo", 3, 22, None, "Kyodo")),
        ("TOKYO, Sept 30 (Kyodo) - Japan said.", ("Tokyo", 9, 30, None, "Kyodo")),
        ("3/22/2025 - The talks ended.", ("", 3, 22, 2025, "")),
    ],
)
def test_agency_dateline_forms(text: str, expected: tuple[object, ...]) -> None:
    line = read_dateline(text)
    assert (line.place, line.month, line.day, line.year, line.outlet) == expected


def test_a_published_line_near_the_top_gives_the_date() -> None:
    line = read_dateline("Talks end\nPublished: 2024-05-14\nUpdated: 2024-05-15\nThe ministers met.")
    assert (line.month, line.day, line.year) == (5, 14, 2024) and "published" in line.year_basis
    line = read_dateline("Talks end\nUpdated May 15, 2024 10:00\nThe ministers met.")
    assert (line.month, line.day, line.year) == (5, 15, 2024) and "updated" in line.year_basis


def test_a_published_line_gives_the_year_a_dateline_leaves_out() -> None:
    line = read_dateline("Published: 2024-05-14\nBEIJING, May 14 (Xinhua) -- China said.")
    assert (line.place, line.month, line.day, line.year) == ("Beijing", 5, 14, 2024)


def test_a_by_elsewhere_does_not_discard_a_past_year(today_2026: None) -> None:
    # 21 November is a Thursday in 2013, 2019, 2024; 'by 2015' has not come yet
    line = read_dateline("SEOUL, Nov. 21 (Yonhap) -- The ministers met on Thursday. Talks began "
                         "in 2013 and the two sides want a deal by 2015.")
    assert line.year == 2013, line.year_basis


def test_the_latest_year_consistent_with_the_text_wins(today_2026: None) -> None:
    line = read_dateline("BEIJING, May 14 (Xinhua) -- China and Brazil held talks on Tuesday. "
                         "Ties have grown since 2019.")
    assert line.year == 2024, line.year_basis  # 14 May is a Tuesday in 2019 and 2024


@pytest.mark.parametrize(("text", "ymd"), [
    ("Ties severed\n\n31.10.2023\n\nANKARA\n\nBolivia cut ties.", (2023, 10, 31)),
    ("Ministry of Foreign Affairs\nPress Release\n18 January 2024\n\nThe minister visited.", (2024, 1, 18)),
    ("Pact talks\n\nBy Staff\nApril 16, 2024 6:05 AM GMT+9\n\nTOKYO (Reuters) - Talks began.",
     (2024, 4, 16)),
    ("Speech at the UN\nUpdated 3:14 PM EDT, September 24, 2024\n\nUNITED NATIONS (AP) \u2014 He spoke.",
     (2024, 9, 24)),
])
def test_a_line_that_is_only_a_date_near_the_top_gives_the_date(
        text: str, ymd: tuple[int, int, int]) -> None:
    line = read_dateline(text)
    assert (line.year, line.month, line.day) == ymd, line.year_basis


@pytest.mark.parametrize("line", [
    "By Jane Doe | March 3, 2026",  # a byline with the date
    "By Jane Doe \u00b7 3 March 2026",
    "March 3, 2026 at 10:14 a.m. EST",  # 'at' before the time
    "Posted: Tue 3 Mar 2026",  # a weekday before the date
    "Tuesday, March 3, 2026",
    "2026-03-03T10:14:00Z",  # an ISO 8601 time stamp
    "Date: 03.03.2026",  # a 'Date:' label
])
def test_more_date_lines_of_web_articles(line: str) -> None:
    text = f"Talks end\n{line}\n\nGENEVA (Reuters) - The talks ended on Tuesday."
    assert read_dateline(text).date == __import__("datetime").date(2026, 3, 3), line


@pytest.mark.parametrize(("text", "place", "ymd"), [
    # a place in capitals and a dash, no outlet: the lead's full date is the article's
    ("WASHINGTON \u2014 The talks ended on Tuesday, March 3, 2026.", "Washington", (2026, 3, 3)),
    ("MANILA, Philippines \u2014 The ministers met on March 3, 2026.", "Manila", (2026, 3, 3)),
    ("ISLAMABAD: The talks ended on Tuesday, officials said.", "Islamabad", None),
    # a region in another script's letters
    ("ANKARA, T\u00fcrkiye (AA) - The talks ended.", "Ankara", None),
    # a label in capitals is no place
    ("BREAKING: The talks ended on Tuesday, March 3, 2026.", "", None),
    ("UN: The talks ended.", "", None),
])
def test_a_place_in_capitals_and_a_dash_is_a_dateline(
        text: str, place: str, ymd: tuple[int, int, int] | None) -> None:
    line = read_dateline(text)
    assert line.place == place, line
    assert ((line.year, line.month, line.day) if line.date else None) == ymd, line.year_basis


def test_tass_dateline_and_a_title_case_place_with_its_agency() -> None:
    line = read_dateline("MOSCOW, October 24. /TASS/. The Duma on Thursday ratified the treaty "
                         "signed in 2000.")
    assert (line.place, line.month, line.day, line.outlet) == ("Moscow", 10, 24, "TASS")
    assert line.year == 2024, line.year_basis  # a Thursday in 2019 and 2024; the latest
    line = read_dateline("Hanoi (VNA) \u2013 The leaders held talks.")
    assert (line.place, line.outlet) == ("Hanoi", "VNA")


def test_several_weekdays_in_the_lead_point_to_the_latest(today_2026: None) -> None:
    line = read_dateline(
        "ABU DHABI, Sept. 18 (WAM) -- The envoy, who met the minister in Riyadh on Monday and "
        "his Omani colleague on Tuesday, held talks in Abu Dhabi on Wednesday. The truce has "
        "lapsed since April 2022.")
    assert line.year == 2024, line.year_basis  # 18 September is a Wednesday in 2019 and 2024


def test_an_event_the_day_before_the_dateline(today_2026: None) -> None:
    # 15 January is a Tuesday in 2019 and 2030 only: the Tuesday meeting was filed on Wednesday
    line = read_dateline("CAIRO, Jan. 15 (Xinhua) -- The ministers met in Cairo on Tuesday. "
                         "Relations were restored in June 2021.")
    assert line.year == 2025 and "the day after" in line.year_basis, line.year_basis


def test_a_weekday_after_a_visit_to_a_place_is_the_leads_day(today_2026: None) -> None:
    # 'a visit to China on Wednesday': 'to' is a preposition here, no plan
    line = read_dateline("NAIROBI, June 18 (Reuters) - The president wrapped up a three-day "
                         "visit to China on Wednesday. The railway opened in 2017.")
    assert line.year == 2025, line.year_basis  # 18 June is a Wednesday in 2025 and 2019


def test_a_passive_after_a_future_marker_is_no_past(today_2026: None) -> None:
    # 'is due to be commissioned in 2028' has not come: no lower bound of 2028
    line = read_dateline("MOSCOW, April 8. /TASS/. The minister told a briefing on Wednesday "
                         "that talks went well. Ties were upgraded in July 2024, and the plant "
                         "is due to be commissioned in 2028.")
    assert line.year == 2026, line.year_basis  # 8 April is a Wednesday in 2026 and 2020


def test_a_past_year_in_a_clause_with_would_is_no_upper_bound(today_2026: None) -> None:
    line = read_dateline("BEIJING, March 10 (AFP) - Saudi Arabia and Iran agreed on Friday to "
                         "restore ties, in a deal that would end a rupture that began in 2016.")
    assert line.year == 2023, line.year_basis  # a Friday in 2017 and 2023


def test_a_later_sentence_a_day_or_two_after_the_leads_weekday_is_the_dateline_day(
        today_2026: None) -> None:
    # 'voted Saturday' is news told on Monday: 16 December is a Monday in 2019 and 2024
    # (a Saturday in 2017 and 2023)
    line = read_dateline(
        "SEOUL, Dec. 16 (Yonhap) -- The National Assembly voted Saturday to impeach the "
        "president.\n\nThe minister held phone talks with his U.S. counterpart on Sunday. "
        "It held its first meeting on the case on Monday, the court said.\n\n"
        "In 2017, the court upheld the impeachment of a president impeached in December 2016.")
    assert line.year == 2024, line.year_basis
    assert "Monday" in line.year_basis and "Saturday" in line.year_basis


@pytest.mark.parametrize("later", [
    "The minister said at a press conference on Friday that talks would go on.",  # 3 days after
    "The minister will travel to Beijing on Wednesday.",  # planned, not told
    "The envoy is scheduled to hold talks on Wednesday.",  # a plan
    "The minister met him last Wednesday.",  # not the dateline's week
])
def test_later_weekdays_that_do_not_move_the_dateline(today_2026: None, later: str) -> None:
    # 5 November is a Tuesday in 2019 and 2024; a Wednesday/Friday reading would give 2025/2021
    line = read_dateline("TOKYO, Nov. 5 Kyodo - Japan summoned China's ambassador on Tuesday, "
                         "the ministry said. Ties have been strained since 2014.\n\n" + later)
    assert line.year == 2024, line.year_basis


def test_a_dateline_without_a_date_takes_its_lead_events_full_date() -> None:
    line = read_dateline("Hanoi (VNA) \u2013 General Secretary To Lam held talks with President "
                         "Prabowo Subianto in Hanoi on March 10, 2025, during which the two "
                         "leaders agreed to raise trade by 2028.\n\nThey met in 2013.")
    assert (line.place, line.outlet, line.year, line.month, line.day) == ("Hanoi", "VNA", 2025, 3, 10)
    assert "lead" in line.year_basis
    # a lead with no full day gives nothing; nor does a date that is not the event's day
    assert read_dateline("WASHINGTON (AP) \u2014 Talks held since March 2023 went on.").date is None


@pytest.mark.parametrize(("top", "ymd"), [
    # a day-first numeric date with a time after a dash, and a modification stamp after it
    # (France 24 / AFP web pages): the first date is the publication's
    ("Issued on: 14/06/2022 - 19:32 Modified: 14/06/2022 - 21:05", (2022, 6, 14)),
    ("Published: 9 May 2023 \u2013 10:15 Updated: 10 May 2023", (2023, 5, 9)),
    # a byline without 'By', a day-first dotted date, an update stamp (Anadolu)
    ("Serdar Dincel  |04.09.2024 - Update : 04.09.2024", (2024, 9, 4)),
    ("Jane Doe | 12.03.2021", (2021, 3, 12)),
    # a byline with the place between the name and the date (newspapers)
    ("By Milica Stojanovi\u0107 | Belgrade | April 8, 2016", (2016, 4, 8)),
    ("By Jane Doe \u00b7 Nairobi \u00b7 3 March 2026", (2026, 3, 3)),
])
def test_date_lines_with_a_byline_a_time_after_a_dash_or_a_modification_stamp(
        top: str, ymd: tuple[int, int, int]) -> None:
    text = f"Leaders sign deals\n\n{top}\n\nNOUAKCHOTT (AFP) - The two leaders signed two deals."
    line = read_dateline(text)
    assert (line.year, line.month, line.day) == ymd, line.year_basis


def test_a_place_then_a_date_line_alone_on_the_next_line() -> None:
    # Anadolu: the byline line, then the place alone in capitals on a line of its own
    text = "Leaders meet\n\nJane Doe  |04.09.2024 - Update : 04.09.2024\n\nANKARA\n\nThe leaders met."
    line = read_dateline(text)
    assert line.date == __import__("datetime").date(2024, 9, 4), line.year_basis
    assert line.place == "Ankara" and text[line.span[1]:].startswith("The leaders")
    # no place line: the body follows the date line
    line = read_dateline("Leaders meet\n\nJane Doe | 04.09.2024\n\nThe leaders met in ANKARA.")
    assert (line.place, line.day) == ("", 4)
    line = read_dateline("Leaders meet\n\nJane Doe | 04.09.2024\n\nEXCLUSIVE\n\nThe leaders met.")
    assert (line.place, line.day) == ("", 4)


def test_a_weekday_before_a_date_line_is_no_place() -> None:
    # Antara: 'Thursday, 29 August 2024 17:35 WIB' then 'Canberra (ANTARA) -'
    text = ("Ministers meet\nThursday, 29 August 2024 17:35 WIB\n"
            "Canberra (ANTARA) - The ministers met on Thursday.")
    line = read_dateline(text)
    assert (line.place, line.outlet, line.date) == (
        "Canberra", "ANTARA", __import__("datetime").date(2024, 8, 29)), line.year_basis


@pytest.mark.parametrize("text", [
    "Bogota, Aug 11 (EFE).- The ministers met on Thursday.",  # Spanish agencies' '.-'
    "Madrid, Aug 11 (Europa Press).- The ministers met on Thursday.",
])
def test_the_spanish_agencies_dot_dash_ends_the_dateline(text: str, today_2026: None) -> None:
    line = read_dateline(text)
    assert (line.month, line.day) == (8, 11) and text[line.span[1]:].startswith("The"), line
    assert line.year == 2022, line.year_basis  # the lead's Thursday: 11 August 2022, the latest


@pytest.mark.parametrize(("text", "year"), [
    # 'after N years' in the headline, 'for the first time since YEAR' in the lead: 1961 + 54
    # is 2014-2016 (whole years, rounded), and of those 20 July is a Monday only in 2015
    ("U.S., Cuba restore ties after 54 years\n\nWASHINGTON, July 20 (Reuters) - The two "
     "countries restored relations on Monday, reopening embassies for the first time since 1961.",
     2015),
    # 'the first ... in twelve years' and 'first ... since September 2012': 4 September is a
    # Wednesday in 2024 (not 2023, 2025)
    ("Egyptian president in Ankara for 1st visit in twelve years\n\nANKARA, Sept. 4 (AA) - The "
     "president arrived on Wednesday, the first visit by an Egyptian leader since September 2012.",
     2024),
    # 'N years after YEAR' in the lead alone
    ("Ties restored\n\nHAVANA, July 20 (AP) - Cuba and the United States restored ties on "
     "Monday, fifty-four years after the 1961 break.", 2015),
])
def test_years_elapsed_since_a_year_and_the_leads_weekday_give_the_year(
        text: str, year: int, today_2026: None) -> None:
    line = read_dateline(text)
    assert line.year == year, line.year_basis
    assert "years after" in line.year_basis


@pytest.mark.parametrize("text", [
    # the length of something else ('after five years of talks'): no evidence of the year
    "Deal signed\n\nGENEVA, July 20 (Reuters) - The two sides signed a deal on Monday after five "
    "years of talks, the first accord since 1961.",
    # elapsed years said of a past event, not in the headline or lead
    "Deal signed\n\nGENEVA, July 20 (Reuters) - The two sides signed a deal on Monday.\n"
    "In 1990 they met for the first time since 1961, after 29 years.",
])
def test_elapsed_years_not_said_of_the_leads_event_are_no_evidence(
        text: str, today_2026: None) -> None:
    line = read_dateline(text)
    assert "years after" not in line.year_basis and line.year == 2026, line.year_basis


@pytest.mark.parametrize("line", [
    "PTI | Updated: Mar 3, 2026, 09:40 IST",  # a byline, then a label
    "Published - March 3, 2026 09:40 am IST",  # a label and a dash
    "Last update 3 Mar 2026",
    "March 3, 2026 4:10 PM GMT+5:30 Updated 3 hours ago",  # a '... ago' stamp after the date
    "AFP | Mar 3, 2026 | 9:40 AM",  # bars around the date
    "March 3, 2026 | 9:40 AM CET | Source: ANI",
    "JIJI PRESS - Mar 3, 2026 - 09:40 | Politics, Asia",  # a section list
    "Source: Xinhua| 2026-03-03 09:40:12|Editor: zhang",  # a lower-case editor's name
    "Last modified on Tue 3 Mar 2026 09.40 GMT",
    "Tuesday 3 March 2026 09:40, UK",
    "Mar 3, 2026 (Updated: Mar 4, 2026)",  # the first date is the publication's
    "Written by Jane Doe | Geneva | Updated: March 3, 2026 09:40 CET",
    "Mar. 3, 2026 / 9:40 AM / UPDATED 5 HOURS AGO",
    "2026/03/03 09:40",  # year first, as East Asian outlets write it
    "2026.03.03 09:40",
    "3rd of March 2026",
    "Date of publication: 3 March 2026",
    "By CGTN | 03-Mar-2026",  # day-month-year with dashes
    "(People's Daily Online) 09:40, March 03, 2026",  # a possessive in the outlet
    "Press release | 3 March 2026 | Brussels",
    "03.03.2026 | Press release",
    "First published on: 03-03-2026 at 09:40 IST",
    "by Jane Doe  March 3, 2026 9:40 AM 3 min read",  # a lower-case byline, a reading time
])
def test_page_furniture_lines_around_a_date(line: str) -> None:
    text = f"Talks end\n{line}\n\nGENEVA: The talks ended on Tuesday, officials said."
    assert read_dateline(text).date == __import__("datetime").date(2026, 3, 3), line


@pytest.mark.parametrize("line", [
    "The envoys met on Mar 3, 2026 in Geneva.",  # prose: lower-case words of its own
    "By Mar 3, 2026, the talks will be over.",
    "Envoys Meet In Geneva Ahead Of March 3, 2026 Vote",  # a title-case headline
])
def test_prose_and_headlines_with_a_date_are_no_date_line(line: str) -> None:
    text = f"{line}\n\nGENEVA: The talks ended on Tuesday, officials said."
    assert read_dateline(text).date is None, line


@pytest.mark.parametrize(("text", "ymd"), [
    ("Addis Ababa, March 3/2026 (ENA) - The ministers today signed an accord.", (2026, 3, 3)),
    ("Nairobi, March 3,2026 (KNA) - The ministers today signed an accord.", (2026, 3, 3)),
])
def test_a_year_after_a_slash_or_a_bare_comma_in_the_dateline(
        text: str, ymd: tuple[int, int, int]) -> None:
    line = read_dateline(text)
    assert (line.year, line.month, line.day) == ymd, line.year_basis


@pytest.mark.parametrize(("text", "place", "outlet"), [
    # several places share a Reuters dateline: the first is the place
    ("LONDON/PARIS, March 3 (Reuters) - The envoys met on Tuesday.", "London", "Reuters"),
    ("Ankara/Baghdad, 3 March 2026 (AA) - The envoys met on Tuesday.", "Ankara", "AA"),
    # ANI's country in brackets after the place
    ("Mumbai [India], March 3 (ANI): The envoys met on Tuesday.", "Mumbai", "ANI"),
    # a full stop after the outlet, an acronym after a comma
    ("Bishkek, March 3 (Kabar). The envoys met on Tuesday.", "Bishkek", "Kabar"),
    ("Yerevan, March 3, ARKA - The envoys met on Tuesday.", "Yerevan", "ARKA"),
])
def test_more_agency_dateline_forms(text: str, place: str, outlet: str, today_2026: None) -> None:
    line = read_dateline(text + " Talks began in 2024.")
    assert (line.place, line.outlet) == (place, outlet), line
    assert line.date == __import__("datetime").date(2026, 3, 3), line.year_basis


def test_a_place_and_an_acronym_outlet_without_a_date() -> None:
    line = read_dateline("Baku, AZERTAC -- The envoys met on Tuesday, March 3, 2026.")
    assert (line.place, line.outlet, line.date) == ("Baku", "AZERTAC",
                                                   __import__("datetime").date(2026, 3, 3))


def test_what_is_done_and_what_is_announced_pin_the_year_without_a_weekday(
        today_2026: None) -> None:
    # a 12 February dateline: a pact that took effect on 3 November 2022 puts it in 2023 or
    # later, a visit 'will' make from 20 to 22 February 2023 in 2023 or earlier
    line = read_dateline(
        "WELLINGTON, Feb 12 (X) - The minister will travel to Suva from 20 to 22 February 2023, "
        "the ministry said. A fisheries pact took effect on 3 November 2022.")
    assert line.year == 2023, line.year_basis
    # a coming date alone leaves the year open
    assert read_dateline("WELLINGTON, Feb 12 (X) - The minister will travel to Suva on 20 "
                         "February 2023, the ministry said.").year is None


def test_a_month_told_as_done_raises_the_lower_bound_past_the_datelines_day(
        today_2026: None) -> None:
    # 'in October 2014' under a 23 May dateline: 2015 or later; 23 May is a Monday in 2011 and
    # 2016 (and 2022): 2011 is out
    line = read_dateline("SUVA, May 23 (X) - The leaders met on Monday. The talks stalled "
                         "in October 2014 and resumed in 2015.")
    assert line.year == 2016, line.year_basis


@pytest.mark.parametrize("sentence", [
    "This year the two nations mark 60 years of diplomatic relations, which began in 1965.",
    "The two nations celebrate 60 years of relations established in 1965.",
])
def test_years_of_relations_marked_now_give_the_year(sentence: str, today_2026: None) -> None:
    line = read_dateline(f"Ministry of Foreign Affairs\nMedia release\n\nCANBERRA, June 3 (X) - "
                         f"The ministers signed an accord today. {sentence}")
    assert line.year == 2025, line.year_basis


def test_years_of_relations_marked_next_year_are_no_evidence(today_2026: None) -> None:
    line = read_dateline("CANBERRA, June 3 (X) - The ministers signed an accord today. Next year "
                         "the two nations mark 60 years of relations established in 1965.")
    assert line.year is None, line.year_basis


def test_a_weekday_told_in_the_past_perfect_is_before_the_leads_day(today_2026: None) -> None:
    # 'had warned on Thursday' was before the lead's Tuesday: 30 July is a Tuesday in 2019
    # and 2024 (a Thursday in 2026)
    line = read_dateline("ALGIERS, July 30 (X) - The ministry said Tuesday it was recalling its "
                         "envoy. Tensions rose after the pact of June 2022.\n\nThe government "
                         "had warned on Thursday that it would respond.")
    assert line.year == 2024, line.year_basis


def test_a_recent_event_dated_to_its_month_picks_the_year_just_after_it(
        today_2026: None) -> None:
    # 5 November is a Tuesday in 2019 and 2024: a committee that last met in March 2018 and
    # nothing later points to 2019; a bare year ('the 1990 invasion'), or 'since', is
    # background and leaves the latest year
    text = ("KUWAIT, Nov 5 (X) -- The minister received a phone call on Tuesday. The joint "
            "committee last met in March 2018.")
    assert read_dateline(text).year == 2019
    assert read_dateline(text.replace("in March 2018", "in 2018")).year == 2024
    assert read_dateline(text.replace("last met in March 2018",
                                      "has not met since March 2018")).year == 2024


def test_an_old_event_dated_to_its_month_is_background(today_2026: None) -> None:
    # 24 October is a Thursday in 2002, 2013, 2019 and 2024: a treaty concluded in February
    # 2000 is two years before 2002, too far to say the article is from then
    line = read_dateline("MOSCOW, October 24. /TASS/. The Duma on Thursday ratified the pact. "
                         "It replaces the treaty the two sides concluded in February 2000.")
    assert line.year == 2024, line.year_basis


@pytest.mark.parametrize("closing", [
    "Ministry of External Affairs\nNew Delhi\nMarch 3, 2026",
    "MINISTRY OF FOREIGN AFFAIRS\nWELLINGTON\n3 MARCH 2026",
    "Issued on 3 March 2026",
])
def test_a_press_release_signed_off_with_its_date(closing: str) -> None:
    body = "\n\n".join(f"Point {n}: the ministers will discuss trade." for n in range(12))
    text = ("Visit of the Foreign Minister to Fiji\n\nThe Foreign Minister will visit Suva "
            "from 10 to 12 March at the invitation of his Fijian counterpart. The two "
            f"ministers last met in 2024.\n\n{body}\n\n{closing}\n")
    line = read_dateline(text)
    assert line.date == __import__("datetime").date(2026, 3, 3), line.year_basis
    assert "closing date" in line.year_basis


def test_a_date_in_the_last_sentence_is_no_closing_date() -> None:
    text = ("Visit of the Foreign Minister to Fiji\n\nThe minister will visit Suva next week. "
            "The two countries signed a pact on March 3, 2026 in Suva.\n")
    assert read_dateline(text).date is None


def test_a_lead_without_a_weekday_takes_the_day_the_next_sentences_tell(today_2026: None) -> None:
    # 'At the talks in Oslo on Thursday, ... signed': 4 June is a Thursday in 2020 and 2026
    line = read_dateline(
        "OSLO, June 4 (X) - The two countries have agreed a fisheries deal after years of "
        "dispute.\n\nAt the talks in Oslo on Thursday, the two ministers signed a protocol. "
        "Talks began in 2019.")
    assert line.year == 2026 and "Thursday" in line.year_basis, line.year_basis
    # a day to come is no such day
    line = read_dateline(
        "OSLO, June 4 (X) - The two countries have agreed a fisheries deal after years of "
        "dispute.\n\nAt the talks in Oslo on Thursday, the two ministers will sign a protocol. "
        "Talks began in 2019.")
    assert line.year is None, line.year_basis


@pytest.mark.parametrize(("top", "ymd"), [
    ("Updated: Jan 2, 2026, 09:40 IST", (2025, 12, 31)),  # the update a few days later
    ("Published: 2026-03-04", (2026, 3, 3)),
])
def test_a_publication_line_a_few_days_after_the_dateline_gives_its_year(
        top: str, ymd: tuple[int, int, int]) -> None:
    month, day = ymd[1], ymd[2]
    name = __import__("calendar").month_abbr[month]
    line = read_dateline(f"Talks end\n{top}\n\nGENEVA, {name} {day} (X) - The talks ended, "
                         "officials said.")
    assert (line.year, line.month, line.day) == ymd, line.year_basis


@pytest.mark.parametrize("text", [
    "GENEVA (3 March 2026) \u2013 The rights chief said the talks had ended.",
    "Nairobi (Mar 3, 2026) - The talks ended.",
])
def test_a_date_in_brackets_after_the_place(text: str) -> None:
    line = read_dateline(text)
    assert line.date == __import__("datetime").date(2026, 3, 3) and line.place, line


def test_a_marking_dated_in_its_own_year_is_no_founding_year(today_2026: None) -> None:
    # verify27 (session 20): "mark 70 years of relations in December 2025" read 2025 as the
    # founding, so the year was 2095, "not a Tuesday: the year is unknown"; the weekday
    # gives the latest Tuesday 14 October up to today instead
    text = ("HANOI, October 14 (X) - The two leaders signed an agreement on Tuesday.\n\n"
            "The two countries plan to mark 70 years of diplomatic relations in December 2025 "
            "with a state visit.")
    line = read_dateline(text)
    assert (line.month, line.day, line.year) == (10, 14, 2025), line.year_basis
    assert "2095" not in line.year_basis


def test_a_past_agreement_s_dates_and_a_plan_s_bound_nothing_as_past(today_2026: None) -> None:
    # verify27: 'agreed to launch joint patrols from January 2026' read as past put a
    # 14 October dateline in 2026 ("the day after a Tuesday"); the agreement is past, the
    # patrols are not, and 'plan to mark ... in December 2025' has not come yet
    text = ("HANOI, October 14 (X) - The two leaders signed an agreement on Tuesday.\n\n"
            "They also agreed to launch joint coast guard patrols from January 2026. Talks "
            "began in May 2010.\n\nThe two countries plan to mark 70 years of relations in "
            "December 2025 with a state visit.")
    line = read_dateline(text)
    assert line.year == 2025, line.year_basis
    assert "January 2026" not in line.year_basis


@pytest.mark.parametrize(("text", "read"), [
    ("Goma (DR Congo) (AFP) - The M23 armed group on Wednesday began pulling fighters out.",
     ("Goma", "AFP", None)),
    ("Goma (DR Congo) (AFP) \u2013 2 December 2026 \u2013 The M23 armed group began pulling out.",
     ("Goma", "AFP", (2026, 12, 2))),
    ("Abidjan (C\u00f4te d'Ivoire) (AFP) - The talks ended.", ("Abidjan", "AFP", None)),
    ("Kinshasa (AFP) - The government said.", ("Kinshasa", "AFP", None)),
])
def test_afps_country_in_brackets_before_the_outlet(
        text: str, read: tuple[str, str, tuple[int, int, int] | None]) -> None:
    """AFP's 'Goma (DR Congo) (AFP) - ...': no dateline was read, so the story had no place,
    no outlet and, with a date after the outlet, no date (verify39)."""
    line = read_dateline(text)
    assert (line.place, line.outlet,
            (line.year, line.month, line.day) if line.year else None) == read
