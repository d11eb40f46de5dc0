"""Events merged away or never proposed (session 39, ext60): key-dates lists told in the
present, two dated acts in one sentence, named days, states reached by a date.

The texts are invented; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import Candidate, extract_events

DCT = dt.date(2027, 2, 10)  # a Wednesday


def events(text: str, dct: dt.date | None = DCT) -> list[Candidate]:
    return list(extract_events(text, dct).candidates)


def dated(found: list[Candidate]) -> list[tuple[str, str]]:
    return [(c.date.to_timex()[0], c.title) for c in found]


KEY_DATES = """OSLO, Feb 10, 2027 (NTB) - Key dates in the fisheries dispute between Norway and the EU:

- June 2, 2017: Norway bans EU trawlers from the snow crab grounds off Svalbard.

- 2019: An EU court rules the ban lawful; Latvia appeals the ruling on March 4.

- October 11, 2021: Norwegian and EU negotiators initial a quota agreement in Bergen; the EU's fisheries council approves it on December 13.

- March 8, 2024: The two sides sign a ten-year accord in Brussels.
"""


def test_a_key_dates_list_told_in_the_present_gives_each_entry_its_row() -> None:
    rows = dated(events(KEY_DATES))
    values = [v for v, _ in rows]
    assert "2017-06-02" in values  # "Norway bans ..." (a present tense after the stamp)
    assert "2021-10-11" in values  # "negotiators initial a quota agreement"
    assert "2024-03-08" in values  # "The two sides sign a ten-year accord"


def test_a_year_less_day_of_a_key_dates_entry_takes_the_entry_s_year() -> None:
    values = [v for v, _ in dated(events(KEY_DATES))]
    assert "2021-12-13" in values  # "the EU's fisheries council approves it on December 13"
    assert "2019-03-04" in values  # "Latvia appeals the ruling on March 4" (after "2019:")
    assert not any(v.startswith(("2027", "2026")) for v in values)


def test_a_key_dates_entry_declaring_independence_is_a_row() -> None:
    text = ("PARIS, Feb 10, 2027 (AFP) - Key dates:\n\n"
            "- May 21, 2006: Montenegro votes to leave its union with Serbia.\n\n"
            "- June 3, 2006: Montenegro declares independence.\n")
    assert "2006-06-03" in [v for v, _ in dated(events(text))]


def test_a_dateline_with_a_dash_is_no_key_dates_entry() -> None:
    # (the date before a dash is the story's: "February 12, 2025 - ..."; its past tense reads
    # as always, and a present tense after it is no historic present)
    text = ("February 10, 2027 - Norway and Iceland sign quota deals every year, officials "
            "said on Wednesday, and signed the latest one on Tuesday.")
    assert [v for v, _ in dated(events(text, None))] == ["2027-02-09"]


def test_talks_that_opened_in_one_month_and_ended_in_another_give_two_rows() -> None:
    text = ("QUITO, Sept. 9, 2026 (AP) — Ecuador and Peru will resume border talks next month, "
            "after a first round that opened in April and ended in August without agreement.")
    values = [v for v, _ in dated(events(text, None))]
    assert "2026-04" in values and "2026-08" in values


def test_the_next_leg_of_a_trip_told_with_fly_is_a_planned_row() -> None:
    text = ("SEOUL, May 3, 2027 (Yonhap) -- Foreign Minister Cho Hyun arrived in Canberra on "
            "Saturday, held talks with Foreign Minister Penny Wong on Sunday and will fly to "
            "Wellington on Tuesday, the ministry said Monday.")
    rows = dated(events(text, None))
    assert [v for v, _ in rows] == ["2027-05-01", "2027-05-02", "2027-05-04"], rows
    assert "Wellington" in rows[-1][1]


def test_a_named_day_of_an_agreement_is_the_row_not_the_clause_that_tells_it() -> None:
    text = ("LONDON, Dec 1, 2026 (Reuters) - The accord was signed in Geneva on 3 March 2020. "
            "Transition Day followed on 9 October 2020, when the monitors confirmed that both "
            "armies had pulled back and the border crossings were reopened.")
    rows = dated(events(text, None))
    assert ("2020-10-09", "Transition Day") in rows
    assert [v for v, _ in rows].count("2020-10-09") == 1


def test_a_named_day_in_apposition_to_a_date_is_a_row_once() -> None:
    text = ("LONDON, Dec 1, 2026 (Reuters) - Since 9 October 2020, Transition Day under the "
            "accord, the monitors have reported no breach. Transition Day came on "
            "9 October 2020, when the armies pulled back.")
    rows = dated(events(text, None))
    assert rows.count(("2020-10-09", "Transition Day")) == 1
    assert [v for v, _ in rows].count("2020-10-09") == 1


def test_a_text_tabled_and_a_limit_exceeded_are_rows() -> None:
    text = ("LONDON, Dec 1, 2026 (Reuters) - The IAEA reported the breach in 2018. Talks to "
            "restore the deal opened in Vienna in April 2021 and ran until the European Union "
            "tabled a final text in August 2022. Iran began to enrich uranium again, and by "
            "mid-2023 it had exceeded the limit on its stockpile.")
    found = events(text, None)
    rows = dated(found)
    assert ("2022-08", "European Union tables final text") in rows, rows
    exceeded = [c for c in found if "exceed" in c.title]
    assert len(exceeded) == 1 and exceeded[0].date.to_timex()[0] == "2023"
    assert exceeded[0].title.startswith("Iran")  # (the state of its own sentence, not the IAEA)
    assert "2021-04" in [v for v, _ in rows]


def test_sales_that_exceeded_expectations_are_no_row() -> None:
    text = "Exports exceeded expectations in March 2024, the ministry said."
    assert not [c for c in events(text) if "xceed" in c.title]


def test_a_mandate_renewed_for_another_year_is_a_row() -> None:
    text = ("UNITED NATIONS, Nov 4, 2026 (Reuters) - The U.N. Security Council on Wednesday "
            "renewed for another year the mandate of the U.N. mission in South Sudan.")
    assert [v for v, _ in dated(events(text, None))] == ["2026-11-04"]


def test_a_summit_named_with_where_and_when_it_is_held_is_a_row() -> None:
    text = ("JAKARTA, Nov 3, 2026 - The Chair will report on these efforts to the 50th ASEAN "
            "Summit, to be held in Kuala Lumpur on 12 and 13 November 2026.")
    rows = dated(events(text, None))
    assert [v for v, _ in rows] == ["2026-11-12"], rows
    assert "Summit" in rows[0][1]


def test_an_act_after_marks_n_years_since_is_dated_n_years_before_the_day_marked() -> None:
    text = ("MANILA, Nov 24, 2026 - The Philippines marks ten years on Tuesday since the "
            "government and the rebels signed their peace agreement in Davao.")
    assert [v for v, _ in dated(events(text, None))] == ["2016-11-24"]


def test_what_has_gone_on_since_a_fronted_date_is_no_event_of_that_date() -> None:
    text = ("MANILA, Nov 24, 2026 - The accord entered into force on March 1, 2017. Since "
            "March 1, 2017, more than 40 former rebels have been killed, the UN says.")
    assert [v for v, _ in dated(events(text, None))] == ["2017-03-01"]


def test_a_case_filed_a_version_endorsed_and_a_text_concluded_are_rows() -> None:
    text = ("LIMA, Sept. 9, 2026 (AP) — Peru had filed the case in April 2013. Congress "
            "endorsed the new version on November 30, 2016. Negotiators concluded the text "
            "in June 2026.")
    values = [v for v, _ in dated(events(text, None))]
    assert values == ["2013-04", "2016-11-30", "2026-06"], values


def test_an_act_during_the_visit_takes_the_visit_s_date() -> None:
    text = ("KUALA LUMPUR, Aug 20, 2026 (Bernama) -- Lee visited Hanoi in March 2024, his first "
            "trip abroad after taking office in December 2023, and the two sides signed a "
            "fisheries treaty during the visit.")
    rows = dated(events(text, None))
    assert [v for v, t in rows if "treaty" in t] == ["2024-03"], rows
