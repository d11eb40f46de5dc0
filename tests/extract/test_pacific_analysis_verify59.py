"""A researcher's long Pacific analysis pieces (verify59 F24, F25, F27, F7, F11): the
region's words for an embassy, a Forum meeting and a deployment; several dated acts in one
sentence; fiscal years (session 49: their months, by the acting state's law); a duration
counted from an undated happening; a date across a semicolon.

The texts are invented; none is taken from an evaluation corpus or the tester's articles.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import Candidate, extract_events
from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2026, 3, 3)


def events(text: str, dct: dt.date | None = DCT) -> list[Candidate]:
    return list(extract_events(text, dct).candidates)


def rows(text: str) -> list[tuple[str, str]]:
    return [(str(c.date), c.title) for c in events(text)]


# ------------------------------------------------------------------------- F24: the region's words
def test_a_mission_or_a_high_commission_opened_is_an_embassy_opened() -> None:
    found = events("In 1982, Samoa opened a mission in Canberra.")
    assert [(c.date.year, c.title, c.location) for c in found] == [
        (1982, "Samoa opens mission in Canberra", "Canberra")]
    found = events("In 1991, Vanuatu opened a high commission in Suva.")
    assert [(c.date.year, c.title) for c in found] == [
        (1991, "Vanuatu opens high commission in Suva")]
    assert found[0].participants == ("Vanuatu", "Fiji")  # (the host, as for an embassy)


def test_fire_opened_on_a_mission_is_no_mission_opened() -> None:
    assert all("mission" not in c.title.lower() or c.category != "event" for c in events(
        "In 1994, gunmen opened fire on a mission in Honiara."))


def test_a_counted_forum_or_a_forum_held_is_the_leaders_meeting() -> None:
    found = events("The 22nd Pacific Islands Forum was held in Nuku'alofa in 1991.")
    assert [(c.date.year, c.category, c.location) for c in found] == [
        (1991, "meeting", "Nuku'alofa")]
    found = events("The South Pacific Forum was held in Rarotonga in 1975.")
    assert [(c.date.year, c.category) for c in found] == [(1975, "meeting")]


def test_the_forum_as_a_body_is_still_no_meeting() -> None:
    assert all(c.category != "meeting" for c in events(
        "In 2000, the Pacific Islands Forum criticised the coup in Fiji."))


def test_a_regional_mission_led_somewhere_is_a_deployment() -> None:
    found = events("In June 2004, New Zealand led a regional mission to Tonga.")
    assert [(str(c.date), c.title) for c in found] == [
        ("June 2004", "New Zealand leads regional mission to Tonga")]
    # a trade mission led somewhere is no deployment
    assert all(c.category != "dispute" for c in events(
        "In June 2004, New Zealand's trade minister led a trade mission to Tonga."))


# ------------------------------------------------------------- F25: several dated acts, one each
def test_each_dated_act_of_a_listed_predicate_is_a_row() -> None:
    found = rows("Nauru first recognised Beijing in 1980, switched to Taiwan in November 2003, "
                 "and returned to Beijing in September 2019.")
    assert found == [("1980", "Nauru recognises Beijing"),
                     ("November 2003", "Nauru switches to Taiwan"),
                     ("September 2019", "Nauru returns to Beijing")]


def test_a_china_owning_something_is_no_recognition() -> None:
    assert events("In 2010 Fiji recognised China's role in the region.") == []


def test_self_governing_since_a_day_is_the_day_it_began() -> None:
    found = events("Niue has been self-governing in free association with New Zealand "
                   "since 19 October 1974.")
    assert [(str(c.date), c.category) for c in found] == [("19 October 1974", "event")]
    assert found[0].title.startswith("Niue self-governing")


def test_licences_issued_are_an_act() -> None:
    found = events("The Mining Act of 2018 set up a licensing regime, and two exploration "
                   "licences were issued in March 2021.")
    assert [(str(c.date), c.title) for c in found] == [
        ("March 2021", "Two exploration licences issued")]
    # a statement issued is still the statement, no licence
    assert [c.category for c in events("The ministry issued a statement on 3 May 2021.")] == [
        "statement"]


def test_a_people_s_votes_on_its_status_are_rows_that_name_it() -> None:
    found = events("Bougainville twice voted on independence, in June 2019 and again in "
                   "November 2021, and twice fell short of the majority it needed.")
    assert [(str(c.date), c.title, c.participants) for c in found] == [
        ("June 2019", "Bougainville votes on independence", ("Bougainville",)),
        ("November 2021", "Bougainville votes on independence", ("Bougainville",))]


# ------------------------------------------------------ F11: a date across a semicolon
def test_a_date_after_a_semicolon_dates_nothing_before_it() -> None:
    found = rows("Two years earlier, in 2019, the two governments had marked the 2005 "
                 "accord's spirit with a joint statement; two years later, relations were at "
                 "their lowest since 1990.")
    assert ("2019", "Joint statement marking accord's spirit") in found
    assert all(date != "2021" for date, _title in found)
    # a date before a semicolon still dates the clause after it
    found = rows("At the end of May 2021, Suva wrote to Canberra; Honiara immediately "
                 "withdrew its ambassador from Suva.")
    assert any(date.endswith("May 2021") and "ambassador" in title for date, title in found)


# ------------------------------------------------------------------- F9: a gap, not a deadline
def test_within_a_week_of_each_other_is_no_date_from_the_article() -> None:
    found = events("In May 2018 Panama and El Salvador switched recognition from Taipei to "
                   "Beijing within a week of each other.")
    assert [str(c.date) for c in found] == ["May 2018"]
    # a deadline from the article's date is still one
    found = events("The two sides agreed to reopen their embassies within two months.")
    assert [c.date.circa for c in found] == [True] and found[0].date.year == 2026


# ------------------------------------------------- F7: weeks after an undated act, a year's clause
def test_weeks_after_a_happening_in_a_year_dated_clause_stay_in_that_year() -> None:
    found = events("The 20th South Pacific Forum in 1989, held in Tarawa only three weeks after "
                   "the general strike in Suva, spent most of its communique on trade.")
    assert sorted(str(c.date) for c in found) == ["1989", "c. 1989"]
    assert all(c.date.year == 1989 for c in found)


# ------------------------------------------------------------------------- F27: fiscal years
def spans(text: str) -> list[tuple[str, str, str]]:
    return [(str(c.date), str(c.end) if c.end else "", c.title) for c in events(text)]


def test_a_year_naming_the_fiscal_year_dates_the_act() -> None:
    # (session 49: New Zealand's fiscal year runs July to June, so the months, not the
    # calendar year the tagger's value names)
    assert spans("In the 2024 fiscal year, New Zealand cut aid to Samoa.") == [
        ("July 2023", "June 2024", "New Zealand cuts aid to Samoa")]
    assert spans("In the 2024-25 fiscal year, New Zealand cut aid to Samoa.") == [
        ("July 2024", "June 2025", "New Zealand cuts aid to Samoa")]


def test_a_fiscal_year_written_with_a_slash_is_a_date() -> None:
    found = [(t.text, t.value) for t in tag_timexes(
        "In fiscal year 2024/25, New Zealand cut aid to Tonga.", DCT)]
    assert found == [("fiscal year 2024", "2024"), ("25", "2025")]  # (as '2024-25')
    assert [(t.text, t.value) for t in tag_timexes("the 2023/2024 season", DCT)] == [
        ("2023", "2023"), ("2024", "2024")]
    # a slash between numbers that are no consecutive years joins no range
    assert tag_timexes("Resolution 2005/25 was adopted.", DCT) == []
    assert spans("In fiscal year 2024/25, New Zealand cut aid to Tonga.") == [
        ("July 2024", "June 2025", "New Zealand cuts aid to Tonga")]
    assert spans("In the 2024/25 financial year, Britain cut aid to Tonga.") == [
        ("April 2024", "March 2025", "United Kingdom cuts aid to Tonga")]


def test_fy_of_a_state_whose_fiscal_year_is_set_by_law_spans_its_months() -> None:
    assert spans("In FY2025, Australia signed a treaty with Tuvalu.") == [
        ("July 2024", "June 2025", "Australia signs treaty with Tuvalu")]
    assert spans("In fiscal 2025, the United States opened an embassy in Port Vila.") == [
        ("October 2024", "September 2025", "United States opens embassy in Port Vila")]
    # Japan names its fiscal year by the year it opens in
    assert spans("In FY2025, Japan signed a treaty with Palau.") == [
        ("April 2025", "March 2026", "Japan signs treaty with Palau")]
    found = events("In FY 2024-25, India opened an embassy in Suva.")
    assert [(str(c.date), str(c.end)) for c in found] == [("April 2024", "March 2025")]
    assert "the fiscal year of India" in found[0].date_basis


def test_fy_with_two_digits_is_that_fiscal_year() -> None:
    assert [(t.text, t.value) for t in tag_timexes("In FY25, Australia signed.", DCT)] == [
        ("FY25", "2025")]
    assert tag_timexes("FY25.5 is no year.", DCT) == []
    assert spans("In FY25, Australia signed a treaty with Tuvalu.") == [
        ("July 2024", "June 2025", "Australia signs treaty with Tuvalu")]


def test_fy_of_any_other_state_is_about_the_year_or_the_two_years() -> None:
    found = events("In FY2025, Fiji signed a treaty with Tonga.")
    assert [(str(c.date), c.end, c.location) for c in found] == [("c. 2025", None, "")]
    assert spans("In the 2024-25 fiscal year, Fiji cut aid to Tonga.") == [
        ("2024", "2025", "Fiji cuts aid to Tonga")]


def test_a_fiscal_year_range_gives_no_second_row() -> None:
    found = events("Negotiations on the pact began in the 2024-25 fiscal year.")
    assert [(str(c.date), str(c.end)) for c in found] == [("2024", "2025")]


def test_money_budgeted_for_a_fiscal_year_does_not_date_what_follows() -> None:
    found = events("On 19 June 2025, New Zealand paused NZ$18 million of the support it had "
                   "budgeted for fiscal year 2024/25, and said it would be released later.")
    assert [str(c.date) for c in found] == ["19 June 2025"]


# ------------------------------------------------- F8: a budget line, a failed signing
def test_money_for_a_treaty_s_implementation_is_no_treaty_signed() -> None:
    assert events('The ministry set aside a line for "Pacific treaty implementation" in the '
                  "budget of May 2024.") == []


def test_a_failed_attempt_to_sign_did_not_take_place() -> None:
    found = events("An attempt to sign the accord on Samoa's national day, 1 June 2025, failed "
                   "when the cabinet could not assemble a quorum.")
    assert [(str(c.date), c.title.endswith("(did not take place)")) for c in found] == [
        ("1 June 2025", True)]
    found = events("They signed the accord on 1 June 2025 after an earlier attempt failed.")
    assert [c.title.endswith("(did not take place)") for c in found] == [False]
