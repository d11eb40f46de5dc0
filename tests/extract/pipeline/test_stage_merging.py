"""Stage 5: mentions of one event become one cluster."""

from __future__ import annotations

from stage_helpers import DCT, run_until

from timeline_app.extract.pipeline.merging import Cluster, compatible, merge_mentions


def _events(text: str):  # type: ignore[no-untyped-def]
    staged = run_until(text, "dating")
    clusters, _ = merge_mentions(text, staged.mentions, staged.entities, DCT)
    return clusters


def test_two_mentions_of_one_meeting_merge() -> None:
    clusters = _events("Foreign Minister Cho Tae-yul met Foreign Minister Takeshi Iwaya in "
                       "Tokyo on Saturday. The meeting in Tokyo lasted two hours.")
    assert len(clusters) == 1 and len(clusters[0].mentions) == 2


def test_different_dates_are_different_events() -> None:
    clusters = _events("The ministers met in Tokyo on Saturday. They met again in Seoul on "
                       "March 2.")
    assert len(clusters) == 2


def test_an_anniversary_dates_what_it_celebrates() -> None:
    clusters = _events("Seoul and Tokyo marked the 60th anniversary of the normalization of "
                       "ties on Saturday.")
    years = sorted(c.date.year for c in clusters)
    assert years == [1965, 2025]
    # a day the text gives inside the anniversary's month is that event itself
    clusters = _events("Ruritania and Elbonia established diplomatic relations on Aug. 15, "
                       "1975. They will celebrate the 50th anniversary of the establishment "
                       "of diplomatic ties in August this year.")
    assert sorted(str(c.date) for c in clusters if c.date.year == 1975) == ["15 August 1975"]


def test_a_beginning_is_the_event_its_when_clause_tells() -> None:
    clusters = _events("The border war began on 2 March 2025, when rebel gunmen attacked "
                       "northern Elbonia.")
    assert len(clusters) == 1
    assert {m.word for m in clusters[0].mentions} == {"began", "attacked"}
    # a beginning alone stays an event of its own
    assert len(_events("The border war began on 2 March 2025.")) == 1


def test_earlier_on_the_same_day_is_another_occasion() -> None:
    clusters = _events("Foreign Minister Cho Tae-yul met President Lee Jae-sung in Seoul on "
                       "Saturday. Earlier on Saturday, Cho held talks with Foreign Minister "
                       "Takeshi Iwaya.")
    assert len([c for c in clusters if c.mentions[0].category == "meeting"]) == 2


def _dated_events(text: str) -> list[tuple[str, str]]:
    staged = run_until(text, "dating")
    clusters, _ = merge_mentions(text, staged.mentions, staged.entities, DCT, staged.timexes)
    return sorted((c.date.to_timex()[0], c.best.title or c.best.word) for c in clusters)


def test_the_first_since_a_date_dates_the_previous_occasion() -> None:
    assert _dated_events("Ward's visit to Oslo in February was his first since July 2009.") \
        == [("2009-07", "Ward's previous visit to Oslo"), ("2025-02", "visit")]
    # a duration or an event after "since" names no earlier date
    assert len(_dated_events("Ward's visit to Oslo in February was his first in 15 years.")) \
        == 1
    assert len(_dated_events("Ward's visit to Oslo in February was his first since the war.")) \
        == 1


def test_a_plan_later_this_year_is_not_the_meeting_of_the_day() -> None:
    import datetime as _dt

    from timeline_app.extract import extract_events
    text = ("WASHINGTON, July 1 (AP) - The foreign ministers of India and Japan met in "
            "Washington on Tuesday.\n\nIndia will host the leaders' summit later this year, "
            "the minister said.")
    found = extract_events(text, _dt.date(2025, 7, 1)).candidates
    assert {c.date.to_timex()[0] for c in found if c.category == "meeting"} >= \
        {"2025-07-01", "2025"}, [(c.date.to_timex(), c.title) for c in found]


def test_the_next_round_in_the_first_half_of_the_year_is_not_tuesdays_meeting() -> None:
    import datetime as _dt

    from timeline_app.extract import extract_events
    text = ("SEOUL, Feb. 27 (Yonhap) -- The envoys held a trilateral meeting in Washington on "
            "Tuesday.\n\nThe ministry said the next round of trilateral talks would take place "
            "in Tokyo in the first half of this year.")
    found = extract_events(text, _dt.date(2025, 2, 27)).candidates
    assert len([c for c in found if c.category == "meeting"]) == 2, \
        [(c.date.to_timex(), c.title) for c in found]


def test_an_anniversary_does_not_derive_an_event_the_text_dates_in_that_year() -> None:
    import datetime as _dt

    from timeline_app.extract import extract_events
    text = ("SEOUL, Nov. 4 (Yonhap) -- The ministers met on Tuesday.\n\nThe two countries "
            "marked the 60th anniversary of the normalization of relations this year. They "
            "signed the Treaty on Basic Relations on June 22, 1965.")
    found = extract_events(text, _dt.date(2025, 11, 4)).candidates
    assert [c.date.to_timex()[0] for c in found if c.date.year == 1965] == ["1965-06-22"], \
        [(c.date.to_timex(), c.title) for c in found]


def test_an_undated_act_does_not_join_the_event_of_a_clause_hanging_on_it() -> None:
    # "later received X at the secretariat, where they reviewed plans for a summit to be held
    # in 2028": the reception is not the summit (ext83, session 48: one row "X and Y meet
    # (scheduled)" of 2028)
    text = ("Secretary-General Jasem Albudaiwi later received Norway's Special Envoy for the "
            "Gulf, Erik Solvang, at the secretariat, where they reviewed plans for the third "
            "Gulf-Nordic summit, to be held in Oslo in 2028.")
    staged = run_until(text, "dating")
    received = next(m for m in staged.mentions if m.word == "received")
    summit = next(m for m in staged.mentions if m.word == "summit")
    assert not compatible(Cluster([summit]), received, need_evidence=True)
    clusters = _events(text)
    assert not any(m.word == "received" for c in clusters for m in c.mentions)
