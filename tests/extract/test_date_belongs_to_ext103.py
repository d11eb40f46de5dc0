"""ext103 (verify66 F1, F4, F5, F7, F9, F10): what a sentence's date, place and outlet
belong to, in sentences of our own with the shapes of verify66's four wire stories.

"as it did in 2018" after a verb that is no event without its object ("will chair the
technical working group") made a ticked Meeting "Indonesia meets"; a remark's day ("said on
Tuesday that a state visit ... in March was not in question") dated the visit; a meeting
cancelled in the lead and dated in the next sentence ("The meeting, set for 16 February")
came out "Meeting (scheduled)", ticked, without its place; "two weeks after" an event
before a month-only anchor fell in the month before; a byline's newspaper was read as the
place and no outlet was found in an AFP story; a row cited an unrelated sentence and lost
its own sentence's place."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events, read_dateline
from timeline_app.extract.events import Candidate

DAY = dt.date(2026, 3, 3)


def _rows(body: str, day: dt.date = DAY, dateline: str = "KUALA LUMPUR") -> list[Candidate]:
    text = f"Talks story\n\n{dateline}, {day:%b} {day.day} (Reuters) - {body}"
    return list(extract_events(text, day).candidates)


def test_as_it_did_after_a_verb_that_is_no_event_here_titles_the_clause_s_act() -> None:
    rows = _rows("Malaysia and Vanuatu resumed talks on Tuesday, officials said.\n\n"
                 "Malaysia will chair the joint steering committee, as it did in 2017.")
    then = [r for r in rows if str(r.date) == "2017"]
    assert [(r.title, r.category) for r in then] == [
        ("Malaysia chairs joint steering committee", "event")]


def test_as_it_did_after_a_meeting_verb_with_its_meeting_stays_a_meeting() -> None:
    # (guard: "chair the summit" is a meeting by the vocabulary's own rule)
    rows = _rows("Malaysia will chair the regional summit, as it did in 2017.")
    then = [r for r in rows if str(r.date) == "2017"]
    assert [r.category for r in then] == ["meeting"]


def test_two_weeks_before_a_month_only_anchor_stays_in_its_reach() -> None:
    rows = _rows("The fisheries talks opened in Port Vila in February, two weeks after the "
                 "trade ministers' meeting in Manila.")
    before = next(r for r in rows if "Manila" in r.title)
    assert str(before.date) == "c. February 2026"
    assert "2 weeks before" in before.date_basis


def test_some_weeks_before_a_month_only_anchor_is_still_the_month_before() -> None:
    # (guard: "in September, weeks after the withdrawal" is a dev article's August)
    rows = _rows("The fisheries talks opened in Port Vila in February, weeks after the "
                 "trade ministers' meeting in Manila.")
    before = next(r for r in rows if "Manila" in r.title)
    assert str(before.date) == "c. January 2026"


def test_a_remark_s_day_does_not_date_the_visit_its_that_clause_dates() -> None:
    rows = _rows("Vanuatu cancelled a meeting of Pacific and Malaysian ministers on Wednesday, "
                 "officials said.\n\nVanuatu's prime minister, Jotham Napat, said on Tuesday "
                 "that a state visit by Malaysia's king in April was \"not in doubt\".",
                 dt.date(2026, 2, 11), "PORT VILA")
    visits = [r for r in rows if r.category == "visit"]
    assert [str(r.date) for r in visits] == ["April 2026"]
    assert "April" in visits[0].date_basis
    assert not any(str(r.date) == "10 February 2026" for r in rows)


_CALLED_OFF_LEAD = ("Tonga on Wednesday cancelled a meeting of Pacific and Samoan ministers due "
                    "to be held in Nuku'alofa next week, officials said.")


def test_a_plan_told_after_the_lead_that_cancelled_it_is_cancelled_and_placed() -> None:
    rows = _rows(f"{_CALLED_OFF_LEAD}\n\nThe meeting, set for 16 February, was to have "
                 "reviewed fisheries talks that Samoa and Tonga opened in Apia on 20 January.",
                 dt.date(2026, 2, 11), "NUKU'ALOFA")
    plan = next(r for r in rows if str(r.date) == "16 February 2026")
    assert plan.title == "Meeting of Pacific and Samoan ministers in Nuku'alofa (cancelled)"
    assert plan.location == "Nuku'alofa"
    assert plan.confidence < 0.5  # (starts unticked in the review)
    assert any("cancelled a meeting" in e.sentence for e in plan.evidence)
    # (the cancelling keeps its own row, on its own day)
    assert any(str(r.date) == "11 February 2026" and "cancels" in r.title for r in rows)


def test_a_plan_of_another_kind_after_a_cancelled_meeting_stays_a_plan() -> None:
    rows = _rows(f"{_CALLED_OFF_LEAD}\n\nThe visit, set for 16 February, will go ahead.",
                 dt.date(2026, 2, 11), "NUKU'ALOFA")
    assert not any(str(r.date) == "16 February 2026" and "cancelled" in r.title for r in rows)


def test_a_newspaper_s_date_line_before_its_city_is_the_outlet_not_the_place() -> None:
    text = ("Leaders agree to finish talks\n\nThe Samoa Herald Sun, Apia, 4 March 2026\n\n"
            "Malaysia's king arrived in Apia on Monday for a state visit.")
    line = read_dateline(text)
    assert (line.place, line.outlet, line.day, line.month, line.year) == (
        "Apia", "The Samoa Herald Sun", 4, 3, 2026)


def test_a_place_and_its_region_stay_a_place() -> None:
    # (guard: "Kota Kinabalu, Sabah" is a city and its state, no newspaper)
    line = read_dateline("Talks\n\nKOTA KINABALU, Sabah, 4 March 2026 - Officials met.")
    assert line.place == "Kota Kinabalu" and line.outlet == ""


_AFP_STORY = ("Vanuatu calls off ministers' meeting\n\nPORT VILA, 11 February — Vanuatu on "
              "Wednesday cancelled a meeting of Pacific ministers, officials told AFP.\n\n"
              "The crew were released on Monday.\n\n")


def test_an_afp_desk_sign_off_names_the_outlet() -> None:
    assert read_dateline(_AFP_STORY.replace("told AFP", "said") + "str-kl/dva").outlet == "AFP"


def test_told_an_agency_under_a_wire_dateline_names_the_outlet() -> None:
    assert read_dateline(_AFP_STORY).outlet == "AFP"


def test_an_agency_told_beside_another_agency_named_is_no_outlet() -> None:
    # (guard: a story that quotes two agencies' reporting is neither's)
    assert read_dateline(_AFP_STORY + "He later told Reuters the talks would resume.").outlet == ""


_BACKGROUND = ("Malaysia and Vanuatu opened a new round of talks on their sea boundary in Kuala "
               "Lumpur on Tuesday, officials said.\n\nThe two countries first held boundary "
               "talks in 2015 in Denpasar, but the process was suspended in 2020.\n\n")


def test_talks_going_on_in_reported_speech_are_the_story_s_not_those_told_before() -> None:
    rows = _rows(_BACKGROUND + "Diplomats in the region said the talks were being watched "
                 "closely by Australia and Japan.")
    then = next(r for r in rows if str(r.date) == "2015")
    assert not any("watched" in e.sentence for e in then.evidence)
    now = next(r for r in rows if str(r.date) == "3 March 2026")
    assert any("watched" in e.sentence for e in now.evidence)


def test_a_place_after_the_year_of_talks_told_before_is_theirs() -> None:
    rows = _rows(_BACKGROUND)
    assert [r.location for r in rows if str(r.date) == "2015"] == ["Denpasar"]


def test_talks_told_as_past_after_the_talks_of_a_year_are_still_those() -> None:
    # (guard: the past tense, not going on, keeps referring back to the talks told before)
    rows = _rows(_BACKGROUND + "The talks had focused on fishing grounds.")
    then = next(r for r in rows if str(r.date) == "2015")
    assert any("focused" in e.sentence for e in then.evidence)


def _visit(sentence: str) -> Candidate:
    rows = _rows("Vanuatu cancelled a meeting of Pacific and Malaysian ministers on Wednesday, "
                 f"officials said.\n\n{sentence}", dt.date(2026, 2, 11), "PORT VILA")
    return next(r for r in rows if r.category == "visit")


def test_a_visit_its_host_s_official_speaks_of_is_to_the_host() -> None:
    visit = _visit("Vanuatu's prime minister, Jotham Napat, said on Tuesday that a state visit "
                   "by Malaysia's king in April was \"not in doubt\".")
    assert (visit.title, visit.location) == ("Malaysia visits Vanuatu (scheduled)", "Vanuatu")


def test_a_visit_that_names_where_it_goes_keeps_it() -> None:
    visit = _visit("Vanuatu's prime minister, Jotham Napat, said on Tuesday that a state visit "
                   "by Malaysia's king to Samoa in April was \"not in doubt\".")
    assert visit.location == "Samoa"


def test_a_visit_the_visitor_s_own_official_speaks_of_has_no_host() -> None:
    visit = _visit("Malaysia's foreign minister said on Tuesday that a state visit by "
                   "Malaysia's king in April was \"not in doubt\".")
    assert visit.location != "Malaysia"


def test_a_visit_called_off_in_the_lead_and_dated_next_is_cancelled() -> None:
    rows = _rows("Tonga on Tuesday called off a visit by Malaysia's foreign minister to "
                 "Nuku'alofa, officials said.\n\nThe visit, planned for 20 February, would have "
                 "been the first since 2015.", dt.date(2026, 2, 11), "APIA")
    plan = next(r for r in rows if str(r.date) == "20 February 2026")
    assert plan.title == "Visit by Malaysia's foreign minister to Nuku'alofa (cancelled)"
    assert plan.confidence < 0.5


def test_talks_cancelled_without_an_article_and_dated_next_are_cancelled() -> None:
    rows = _rows("Samoa on Wednesday cancelled talks with Tonga due to be held in Apia next "
                 "week.\n\nThe talks, set for 18 February, were to have covered fisheries.",
                 dt.date(2026, 2, 11), "APIA")
    plan = next(r for r in rows if str(r.date) == "18 February 2026")
    assert plan.title.endswith("(cancelled)") and plan.location == "Apia"


def test_the_plan_the_putting_off_s_own_object_tells_is_put_off_too() -> None:
    rows = _rows("Samoa on Wednesday postponed a summit of Pacific leaders due to be held in "
                 "Apia next week, officials said.\n\nThe summit, set for 18 February, was to "
                 "have discussed fisheries.", dt.date(2026, 2, 11), "APIA")
    plans = [r for r in rows if r.category == "meeting"]
    assert plans and all(r.title.endswith("(postponed)") and r.confidence < 0.5 for r in plans)


def test_a_remark_s_day_leaves_a_visit_dated_next_month_by_its_own_words() -> None:
    visit = _visit("Samoa's foreign minister told reporters on Monday that a visit by Japan's "
                   "prime minister next month would go ahead.")
    assert (str(visit.date), visit.title) == ("March 2026", "Japan visits Samoa (scheduled)")
