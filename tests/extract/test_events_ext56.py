"""What the last two trials (verify45, verify46: session 36's and 37's articles) still got
wrong in dates and rows (ext56).  Every sentence here is my own, in the testers' shapes.

- Live blogs (verify46 F6): an entry stamp ("16:20 GMT" or "10:05" alone on its line, or
  "16:20 GMT: ..." opening it) is that time on the blog's day, not on the last day an entry
  mentions; the entry's news told "today"/"now" or in the present after the stamp takes the
  stamp's time; a stamp alone is no event."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2026, 12, 3)  # a Thursday


def _rows(text: str) -> list[tuple[str, str]]:
    return [(str(c.date), c.title) for c in extract_events(text).candidates]


# ------------------------------------------------------------ live blogs (verify46 F6)

_BLOG = ("LIVE: Aliyev and Pashinyan in Geneva - as it happened\n\n"
         "Thursday 3 December 2026\n\n"
         "17:10 GMT\nThat is all from us today.\n\n"
         "15:02 GMT\nA ministerial meeting will take place on 14 December, officials say.\n\n"
         "14:40 GMT\nThe delegations are now in separate rooms.\n\n"
         "13:05 GMT\nIlham Aliyev and Nikol Pashinyan have sat down at the same table with "
         "the Swiss mediators for the first time today.\n\n"
         "10:05\nThe foreign ministers arrived this morning.\n")


def test_an_entry_stamp_is_on_the_blogs_day_not_the_last_day_mentioned() -> None:
    values = {t.text: t.value for t in tag_timexes(_BLOG, DCT)}
    assert values["14:40 GMT"] == "2026-12-03T14:40Z"  # (was the 14 December above it)
    assert values["13:05 GMT"] == "2026-12-03T13:05Z"
    assert values["10:05"] == "2026-12-03T10:05"  # a bare stamp is a time too


def test_a_day_heading_later_in_the_blog_dates_the_stamps_under_it() -> None:
    text = ("Wednesday 2 December 2026\n\n11:00 GMT\nTalks are due to resume.\n\n"
            "Thursday 3 December 2026\n\n09:30 GMT\nNothing yet.\n")
    values = {t.text: t.value for t in tag_timexes(text, DCT)}
    assert values["11:00 GMT"] == "2026-12-02T11:00Z"
    assert values["09:30 GMT"] == "2026-12-03T09:30Z"


def test_a_clock_in_running_text_is_no_stamp() -> None:
    # (not at a line's start: the last day told still dates it, as before)
    values = {t.text: t.value for t in tag_timexes(
        "The vote is on 14 December. It opens at 09:30 local time.", DCT)}
    assert values["09:30"] == "2026-12-14T09:30"


def test_the_entrys_news_told_today_takes_the_stamps_time() -> None:
    rows = _rows(_BLOG)
    assert ("3 December 2026, 13:05 UTC", "Ilham Aliyev and Nikol Pashinyan meet") in rows
    assert ("14 December 2026", "Ministerial meeting (scheduled)") in rows
    assert all("17:10" not in d and "14:40" not in d for d, _ in rows)  # stamps alone: no row


def test_a_stamp_opening_the_entry_dates_its_news_in_the_present() -> None:
    text = ("LIVE: Geneva talks\n\nThursday 3 December 2026\n\n"
            "16:20 GMT: Ilham Aliyev and Nikol Pashinyan sit down together with the mediators.\n")
    assert _rows(text) == [("3 December 2026, 16:20 UTC", "Ilham Aliyev and Nikol Pashinyan meet")]


def test_sitting_down_with_reporters_is_no_meeting() -> None:
    text = "GENEVA, Dec 3, 2026 (AFP) - Ilham Aliyev sat down with reporters on Thursday."
    assert _rows(text) == []


# ------------------------------------------------------------ a relative date inside a quote

def test_a_quotes_relative_date_dates_no_act_told_outside_it() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - Ruvia recalled its ambassador, calling the move "
            "\"a response to what happened yesterday\".")
    assert _rows(text) == []  # (was 2 December: the quote's "yesterday" dated the recall)


def test_the_quotes_own_event_keeps_its_relative_date() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - Ruvia and Tarsland held talks in Geneva on Thursday. "
            "\"We will sign the agreement next week,\" the Ruvian foreign minister told "
            "reporters after the talks ended.")
    assert ("7 December 2026", "Signs agreement (scheduled)") in _rows(text)


# ------------------------------------------------------------ Q&A: biographies and questions

def test_an_interviewees_years_in_a_post_date_no_event() -> None:
    text = ("Q&A | 29 November 2026\n\nMira Tesla took part in the border talks between "
            "Ruvia and Tarsland from 2011 to 2014 as a legal adviser. She now teaches law "
            "in Graz.\n\nQ: What do you remember of those years?\n\nA: Mostly the long "
            "nights.\n")
    assert _rows(text) == []  # (was "2011 — Ruvia and Tarsland meet")
    text = ("Q&A | 29 November 2026\n\nOto Lind, a former negotiator (2013-2016), served "
            "from 2013 to 2016 as the head of the Ruvian team in the talks in Geneva.\n")
    assert _rows(text) == []  # (was "2016 — Talks in Geneva")


def test_a_post_does_not_hide_an_act_dated_beside_it() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - Ruvia and Tarsland signed a border treaty in 2014, "
            "with Oto Lind as the head of the Ruvian team.")
    assert [d for d, _ in _rows(text)] == ["2014"]


def test_an_interviewers_question_asserts_no_event() -> None:
    text = ("Q&A | 29 November 2026\n\nQ: How did the 2015 accord change things?\n\n"
            "A: It moved the talks to prime ministers. The first conference was held in "
            "January 2014.\n")
    assert _rows(text) == [("January 2014", "First conference")]  # (not "2015 — Accord reached")
    text = "Q&A | 29 November 2026\n\nQ: Serbia signed the accord in 2015. Why?\n\nA: Money.\n"
    assert _rows(text) == [("2015", "Serbia signs accord")]  # (the statement before the question)


# ------------------------------------------------------------ "by the end of YEAR" + pluperfect

def test_a_pluperfect_after_by_the_end_of_a_year_is_a_fact_of_its_late_part() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - The talks slowed in 2016, and by the end of 2018 they "
            "had stopped entirely after Ruvia imposed a 100 per cent tariff on Tarsland's goods.")
    assert ("late 2018", "Ruvia imposes 100 per cent tariff on Tarsland's goods") in _rows(text)
    text = "GENEVA, Dec 3, 2026 (AFP) - By the end of 2019 the two sides had signed a border treaty."
    assert _rows(text) == [("late 2019", "Two sides sign border treaty")]


def test_by_the_end_of_a_year_before_a_plan_is_still_a_limit() -> None:
    text = "GENEVA, Dec 3, 2026 (AFP) - The two sides will sign a border treaty by the end of 2027."
    assert [d for d, _ in _rows(text)] == ["by 31 December 2027"]


def test_a_set_of_agreements_with_its_own_date_is_a_row() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - The talks went on. A further set of agreements in "
            "August 2015 spelled out the general principles of the association.")
    assert _rows(text) == [("August 2015", "Agreements")]
    text = "GENEVA, Dec 3, 2026 (AFP) - Under the agreements, the border stayed closed in 2015."
    assert _rows(text) == []


# ------------------------------------------------------------ ranges of years (coordinator's rule)

def _spans(text: str) -> list[tuple[str, str, str]]:
    return [(str(c.date), str(c.end) if c.end else "", c.title)
            for c in extract_events(text).candidates]


def test_a_process_over_a_range_of_years_spans_it() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - The talks went on. In 2011 and 2012 the two sides "
            "agreed on freedom of movement, civil registries, university diplomas and the "
            "management of their crossings.")
    assert _spans(text) == [("2011", "2012", "Two sides agree on freedom of movement")]
    text = "GENEVA, Dec 3, 2026 (AFP) - Talks between the two sides were held between 2011 and 2012."
    assert _spans(text) == [("2011", "2012", "Talks")]
    text = "GENEVA, Dec 3, 2026 (AFP) - Negotiations from 2013 to 2015 produced nothing."
    assert _spans(text) == [("2013", "2015", "Negotiations")]


def test_a_single_act_or_a_long_range_keeps_one_year() -> None:
    text = "GENEVA, Dec 3, 2026 (AFP) - The two sides signed treaties in 2011 and 2012."
    assert [e for _, e, _ in _spans(text)] == [""]
    text = "GENEVA, Dec 3, 2026 (AFP) - Negotiations from 2003 to 2015 produced nothing."
    assert [e for _, e, _ in _spans(text)] == [""]  # (beyond a few years: an era)


def test_an_act_just_done_in_a_stamped_entry_is_dated_by_the_stamp() -> None:
    text = ("LIVE: Geneva talks\n\nThursday 3 December 2026\n\n18:05 GMT\nThat is all for "
            "today.\n\n17:48 GMT\nThe Swiss mediator has just confirmed at a press conference "
            "that the two sides have agreed a roadmap.\n\n15:02 GMT\nThe leaders will sign "
            "the roadmap.\n")
    rows = extract_events(text).candidates
    assert [(str(c.date), c.title) for c in rows] == [
        ("3 December 2026, 17:48 UTC", "Swiss mediator confirms two sides have agreed a roadmap")]
    assert "'17:48 GMT' (an entry stamp, on the day heading the entries), the stamp of its " \
           "entry" in rows[0].date_basis


def test_armed_men_sent_somewhere_are_an_event_with_their_day() -> None:
    text = ("Q&A | 29 November 2026\n\nQ: And then the barricades went up?\n\nA: Yes, that "
            "same month. Ruvia sent special police to the northern crossings at Vel and Dorn "
            "on 25 July 2011, and for a year after that everything in the dialogue was about "
            "the border.\n")
    rows = extract_events(text).candidates
    assert [(str(c.date), c.category) for c in rows] == [("25 July 2011", "dispute")]
    assert rows[0].title.startswith("Ruvia sends special police to the northern crossings")
    text = "GENEVA, Dec 3, 2026 (AFP) - Ruvia sent a message to Tarsland on Monday."
    assert _rows(text) == []


# ------------------------------------------------------------ texts named with their day

def test_an_agreement_named_with_small_words_and_its_day_is_a_row() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - The talks went on. The two sides agreed on a timetable, "
            "in line with the Agreement on the Road to Peace of 14 March 2024.")
    assert ("14 March 2024", "Agreement on the Road to Peace") in _rows(text)


def test_an_act_agreed_under_a_text_named_with_its_day_takes_that_day() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - The talks went on. Ruvia will resume the transit "
            "payments, agreed under the Energy Protocol of 21 June 2022, as of 1 January 2027.")
    # (the agreement was dated 1 January 2027, the day the payments resume)
    assert [d for d, _ in _rows(text)] == ["21 June 2022", "1 January 2027"]
    text = ("GENEVA, Dec 3, 2026 (AFP) - The talks went on. Ruvia said it would implement the "
            "Vel Protocol of December 2000.")
    assert _rows(text) == []  # (another act about the text: no date of the verb's)


def test_a_commitment_to_resume_payments_after_an_aside_is_a_plan_of_its_day() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - The talks went on. The mediators take note of Ruvia's "
            "commitment to resume the payment of transit fees, agreed under the Energy Protocol "
            "of 21 June 2022, as of 1 January 2027.")
    rows = _rows(text)
    assert ("1 January 2027", "Ruvia resumes payment of transit fees (scheduled)") in rows
    assert [d for d, _ in rows] == ["21 June 2022", "1 January 2027"]


def test_served_over_a_closed_stretch_is_a_tenure_but_from_a_year_a_start() -> None:
    text = "GENEVA, Dec 3, 2026 (AFP) - The talks went on. Oto Lind served from 2013 to 2016 in the talks in Geneva."
    assert _rows(text) == []
    text = "GENEVA, Dec 3, 2026 (AFP) - Oto Lind, who served as foreign minister from 2015, now chairs the council."
    assert [d for d, _ in _rows(text)] == ["2015"]


# ------------------------------------------------------------ more of her missing rows

def test_a_court_that_said_something_ruled_on_it() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - The talks went on. In July 2010 the International "
            "Court of Justice said the declaration did not violate international law.")
    assert ("July 2010", "International Court of Justice says declaration did not violate "
            "international law") in _rows(text)
    text = "GENEVA, Dec 3, 2026 (AFP) - The talks went on. The minister said on Monday the talks were useful."
    assert _rows(text) == []


def test_officials_quitting_the_institutions_is_an_event() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - The talks went on. In November 2022, Ruvian mayors and "
            "judges quit Tarsland's institutions en masse in a row over number plates.")
    assert [d for d, _ in _rows(text)] == ["November 2022"]


def test_a_court_found_a_plan_not_fully_in_line_with_the_constitution() -> None:
    text = ("GENEVA, Dec 3, 2026 (AFP) - A set of agreements in August 2015 spelled out the "
            "principles. Ruvia's opposition responded with tear gas in the Assembly, and the "
            "Constitutional Court found later that year that the principles were not fully in "
            "line with the constitution.")
    assert ("2015", "Constitutional Court finds principles") in _rows(text)


def test_protesters_gathering_is_an_event_and_leaders_gathering_is_not_one() -> None:
    text = ("LIVE: Geneva talks\n\nThursday 3 December 2026\n\n10:41 GMT\nProtesters from the "
            "Ruvian List gathered outside the government building in Vel this morning.\n")
    assert [d for d, _ in _rows(text)] == ["3 December 2026, morning"]  # (ext132)
    text = "GENEVA, Dec 3, 2026 (AFP) - The talks went on. EU leaders gathered in Geneva on Monday."
    assert _rows(text) == []
