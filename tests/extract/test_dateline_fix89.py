"""A press release's letterhead and sign-off (verify47 F8, session 39): the IAEA-style
release 'PRESS RELEASE / <agency> / Vienna, Austria / 13 October 2026', signed '<agency>
Office of Public Information and Communication', had no place and no outlet.  Every text
here is my own, in the tester's shapes."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events, read_dateline

LEAD = "\n\nThe Director General today signed an arrangement with the Ruvian government.\n"
RELEASE = ("Director General Statement on the Arrangement with Ruvia\n\nPRESS RELEASE\n"
           "International Atomic Energy Agency\nVienna, Austria\n13 October 2026" + LEAD)


def test_a_city_line_above_the_letterhead_s_date_line_is_the_place() -> None:
    dateline = read_dateline(RELEASE)
    assert (dateline.place, dateline.date) == ("Vienna", dt.date(2026, 10, 13))
    assert read_dateline("VIENNA\n13 October 2026" + LEAD).place == "Vienna"
    assert read_dateline("Vienna, Austria\n13 October 2026" + LEAD).place == "Vienna"


def test_a_line_above_a_date_that_is_no_known_city_of_its_country_is_no_place() -> None:
    assert read_dateline("Vienna, Germany\n13 October 2026" + LEAD).place == ""
    assert read_dateline("Talks resume\n13 October 2026" + LEAD).place == ""
    assert read_dateline("Vienna talks: a new round\n13 October 2026" + LEAD).place == ""


def test_an_office_of_public_information_signing_off_names_the_outlet() -> None:
    signed = RELEASE + "\nIAEA Office of Public Information and Communication\n"
    source = extract_events(signed).source
    assert (source.outlet, source.dateline_place) == ("IAEA", "Vienna")
    assert source.title == "Director General Statement on the Arrangement with Ruvia"
    assert read_dateline(RELEASE + "\nNordic Mediation Service Office of Communications\n"
                         ).outlet == "Nordic Mediation Service"


# ------------------------------------------------------------ an understanding reached

def _rows(sentence: str) -> list[tuple[str, str]]:
    text = "VIENNA, Oct 13 (Reuters) - " + sentence + "\n"
    return [(str(c.date), c.title) for c in extract_events(text).candidates]


def test_an_understanding_reached_on_a_day_is_a_row() -> None:
    assert _rows("The plan follows the understanding reached in Cairo on 9 September 2025.") == [
        ("9 September 2025", "Understanding reached in Cairo")]
    assert _rows("An understanding was reached in Doha on 12 May 2025.") == [
        ("12 May 2025", "Understanding reached in Doha")]


def test_understanding_as_a_word_of_a_memorandum_or_of_knowing_is_no_second_row() -> None:
    assert _rows("Both ministers stressed a better understanding of each other on 3 March "
                 "2025.") == []
    rows = _rows("The two sides signed a memorandum of understanding in Ankara on 1 January 2024.")
    assert len(rows) == 1 and "memorandum" in rows[0][1], rows


# ------------------------------------------------------------ a numbered text is no place

def _places(sentence: str) -> list[str]:
    text = "VIENNA, Oct 13 (Reuters) - " + sentence + "\n"
    return [c.location for c in extract_events(text).candidates]


def test_a_numbered_resolution_or_article_is_no_place() -> None:
    assert _places("The council imposed an arms embargo in Resolution 2231 on 20 July "
                   "2015.") == [""]
    assert _places("The Security Council adopted sanctions in Resolution 1737 in December "
                   "2006.") == [""]
    assert _places("The council met in Paris on 3 March 2025.") == ["Paris"]


# ------------------------------------------------------------ a second object named between commas

def test_a_gapped_second_object_named_between_commas_is_its_own_row() -> None:
    assert _rows("The Council adopted its first sanctions resolution, Resolution 1737, on 23 "
                 "December 2006, and the most far-reaching one, Resolution 1929, on 9 June "
                 "2010.") == [("23 December 2006", "Council adopts its first sanctions resolution"),
                              ("9 June 2010", "Council adopts Resolution 1929")]
    assert _rows("Kenya signed its first accord with Ruvia, the Lamu Protocol, in March 2019, "
                 "and a second, the Mombasa Accord, in May 2021.")[1] == (
        "May 2021", "Kenya signs Mombasa Accord")


# ------------------------------------------------------------ Turkish dates kept by a translation

def test_a_turkish_day_month_year_inside_english_keeps_its_day() -> None:
    from timeline_app.extract.timex import tag_timexes

    dct = dt.date(2026, 11, 16)
    assert [(t.text, t.value) for t in tag_timexes(
        "The first round was held in Ankara on 1 Temmuz 2024.", dct)] == [
        ("1 Temmuz 2024", "2024-07-01")]
    assert [(t.text, t.value) for t in tag_timexes("Talks resumed on 18 Şubat 2025.", dct)] == [
        ("18 Şubat 2025", "2025-02-18")]
    assert tag_timexes("The Mart 2025 talks failed.", dct) == []  # (no day: no foreign date)


def test_the_same_act_again_elsewhere_after_and_is_a_second_row() -> None:
    assert _rows("Somalia and Ethiopia met in Addis Ababa on 11 Ocak 2025 and in Mogadishu on "
                 "27.02.2025.") == [
        ("11 January 2025", "Somalia and Ethiopia meet in Addis Ababa"),
        ("27 February 2025", "Somalia and Ethiopia meet in Mogadishu")]
