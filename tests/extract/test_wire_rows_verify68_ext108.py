"""ext108 (verify68 F1, F2, F3, F7): a season that modifies a noun, a relative clause's
subject, a participle clause's act and "weeks after" in a title, in sentences of our own with
the shapes of verify68's wire stories and brief on a river dispute.

"winter" before a noun ("why winter releases could not be cut", "broke down over winter
releases", "without a winter deal, we expect ...") made three ticked rows dated "winter
2027"; "The new ... minister, who took office in September" gave the office to a president
named in another sentence; "a fault ... cut electricity ..., forcing the plant to release
more water" was titled from its participle clause; "signed a protocol ... weeks after their
ministers met" kept "weeks" in the title."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.events import Candidate

DAY = dt.date(2026, 12, 2)


def _rows(body: str, day: dt.date = DAY, dateline: str = "ALMATY") -> list[Candidate]:
    text = f"Water story\n\n{dateline}, {day:%b}. {day.day} (Reuters) - {body}"
    return list(extract_events(text, day).candidates)


_LEAD = ("Energy ministers of Kazakhstan and Turkmenistan met in Almaty on Tuesday but "
         "failed to agree on gas deliveries.\n\n")


def test_a_season_modifying_a_noun_dates_no_row() -> None:
    for sentence in ("Kazakh officials said the shortage showed why winter deliveries "
                     "could not be cut.",
                     "Turkmen officials told us the meeting broke down over winter "
                     "deliveries from the Caspian fields.",
                     "Without a winter deal, we expect Turkmenistan to ask Iran for more "
                     "power and to cut the gas it sells east."):
        rows = _rows(_LEAD + sentence)
        assert [str(r.date) for r in rows if "WI" in str(r.date) or "winter" in str(r.date)] \
            == [], sentence
        assert [r.title for r in rows if r.evidence[0].sentence.startswith(sentence[:20])] \
            == [], sentence


def test_a_season_of_a_year_the_sentence_gave_still_dates_its_act() -> None:
    # (guard: "in 2019, when a similar winter crisis ended with a swap deal" is the winter
    # of 2019, the sentence's own year)
    rows = _rows(_LEAD + "The ministers agreed to meet again in Astana in February, as they "
                 "did in 2019, when a similar winter crisis ended with a swap deal of oil "
                 "for grain.")
    swap = next(r for r in rows if "swap" in r.title.lower())
    assert str(swap.date) == "winter 2019"


def test_a_season_that_is_the_time_of_an_act_still_dates_it() -> None:
    # (guard: "this winter", "in the winter" and "the winter months" are times)
    rows = _rows(_LEAD + "Kazakhstan and Turkmenistan will sign a gas swap agreement this "
                 "winter, officials said.")
    assert any("winter" in str(r.date) for r in rows if "agreement" in r.title.lower())


_BRIEF = ("Caspian Brief No. 9: A visit to watch\n\nSteppe Energy Institute, 4 December 2026\n\n"
          "Our reading is that the coming visit of Kazakh President Kassym-Jomart Tokayev to "
          "Turkmenistan is now the best chance of progress. The programme of the visit is as "
          "follows:\n\n"
          "Day 1, 14 December: the president arrives in Ashgabat and holds talks with "
          "President Serdar Berdimuhamedow.\n"
          "Day 3, 16 December: Tokayev travels to Mary for a business forum.\n\n")


def test_who_took_office_is_the_one_the_description_before_who_names() -> None:
    for tail in ("has said he will attend every session.", "will attend every session."):
        rows = list(extract_events(_BRIEF + "The new Turkmen energy minister, who took office "
                                   "in September, " + tail).candidates)
        office = [r for r in rows if "office" in r.title]
        assert [(r.title, str(r.date)) for r in office] == [
            ("New Turkmen energy minister takes office", "September 2026")], tail
        assert "Kassym-Jomart Tokayev" not in office[0].participants


def test_who_after_a_name_still_gives_the_office_to_the_person() -> None:
    # (guard: "President X, who took office" is the person's, the name before "who")
    rows = _rows(_LEAD + "Turkmen President Serdar Berdimuhamedow, who took office in March "
                 "2022, will attend the session.")
    office = [r for r in rows if "office" in r.title]
    assert [r.participants[:1] for r in office] == [("Serdar Berdimuhamedow",)]


def test_a_mishap_that_cut_power_is_the_row_not_the_participle_clause_after_it() -> None:
    rows = _rows(_LEAD + "On Nov. 20, a fault on the Central Asian power grid cut electricity to "
                 "parts of western Kazakhstan and eastern Turkmenistan for nine hours, forcing "
                 "the Shardara plant to release more water than planned.")
    fault = [r for r in rows if str(r.date) == "20 November 2026"]
    assert [r.title for r in fault] == [
        "Fault cuts electricity to parts of western Kazakhstan and eastern Turkmenistan"]
    assert not [r.title for r in rows if r.title.lower().startswith("forcing")]


def test_a_noun_cut_after_a_mishap_word_is_still_no_act() -> None:
    # (guard: "a power cut" is a noun; "the fire cut" needs its verb's object)
    rows = _rows(_LEAD + "A power cut in western Kazakhstan lasted nine hours on Nov. 20.")
    assert not [r.title for r in rows if "cut" in r.title.lower()]


def test_weeks_after_belongs_to_the_date_not_the_title() -> None:
    for interval in ("weeks", "a few days", "months"):
        text = (f"Pipeline protocol\n\nASTANA, Dec. 5 (AFP) - Kazakhstan and Turkmenistan "
                f"signed a protocol on pipeline repairs {interval} after their energy ministers "
                f"met in Aktau in October, officials said on Saturday.\n\nThe protocol was "
                f"signed in Astana by deputy energy ministers of the two countries.")
        rows = list(extract_events(text, dt.date(2026, 12, 5)).candidates)
        signed = next(r for r in rows if "protocol" in r.title)
        assert signed.title == ("Kazakhstan and Turkmenistan sign protocol on pipeline repairs "
                                "in Astana"), interval


def test_the_writers_own_forecast_is_no_row_even_with_a_date() -> None:
    rows = _rows(_LEAD + "Without a deal, we expect Turkmenistan to ask Iran for more power in "
                 "January and to cut the gas it sells east.")
    assert [r.title for r in rows if str(r.date) == "January 2027"] == []


def test_a_quoted_we_expect_is_still_the_speaker_s_plan() -> None:
    # (guard: "'We expect ... to sign the gas deal in January,' the minister said" is a
    # government's plan, a row to watch)
    rows = _rows(_LEAD + "\u201cWe expect Turkmenistan to sign the gas deal in January,\u201d "
                 "the minister said.")
    assert [r.title for r in rows if str(r.date) == "January 2027"] == ["Gas deal (scheduled)"]


def test_the_one_forced_to_act_is_its_subject_not_the_participle() -> None:
    # (a main clause that makes no row: the forced act is the row, done by the plant)
    rows = _rows(_LEAD + "On Nov. 20, the river swelled after days of rain, forcing the "
                 "Shardara plant to release more water than planned.")
    assert [r.title for r in rows if str(r.date) == "20 November 2026"] == [
        "Shardara plant releases more water than planned"]
