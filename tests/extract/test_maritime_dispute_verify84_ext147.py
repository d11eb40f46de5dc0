"""A boundary dispute told over decades (verify84 F2, ext147): the act of a sentence, not
the reply to it; the place a round of talks was held in, not the sea it was about; titles
that keep what the act was done to and who did it; an award told twice in one story.  The
sentences are written for these tests."""

from __future__ import annotations

from timeline_app.extract import extract_events

HEAD = ("STRELSAU, March 4, 2026 (Wire) -- The foreign ministers of Ruritania and Borduria "
        "met in Strelsau on Tuesday.\n\n")


def _rows(body: str) -> list[tuple[str, str, str]]:
    result = extract_events(HEAD + body + "\n")
    return [(str(c.date), c.title, c.location) for c in result.candidates
            if c.date.to_timex()[0] != "2026-03-03"]


def test_a_concession_granted_is_the_row_not_the_reply_to_it() -> None:
    rows = _rows("Around 1961 Ruritania granted a concession to a consortium of foreign firms, "
                 "and Borduria answered with notes of protest rather than gunboats.")
    titles = [title for _, title, _ in rows]
    assert any(title.startswith("Ruritania grants concession") for title in titles)
    assert all(not title.startswith("Borduria: Protest") or len(rows) > 1 for title in titles)


def test_the_city_the_talks_were_held_in_beats_the_sea_they_were_about() -> None:
    rows = _rows("The third round of negotiations between Ruritania and Borduria on the fishing "
                 "zone in the Bay of Marl was held in Zenda on 2 March 2026.")
    assert [(date, place) for date, _, place in rows] == [("2 March 2026", "Zenda")]
    assert "Bay of Marl" not in rows[0][1]


def test_a_verb_after_and_takes_the_subject_of_the_event_before_it() -> None:
    rows = _rows("The panel held its first hearings in March 2001 and delivered its award on "
                 "October 4, 2003.")
    assert ("4 October 2003", "Panel delivers its award", "") in rows


def test_the_award_named_again_by_its_year_is_the_same_row() -> None:
    rows = _rows("In 2000 the two states referred the dispute to a panel in Geneva. The panel "
                 "delivered its award on October 4, 2003, drawing a line that Borduria "
                 "accepted.\nExperts remain cautious. \"The 2003 award is still the obstacle,\" "
                 "said Ivo Marek, a lawyer at the University of Zenda.")
    awards = [(date, title) for date, title, _ in rows if "award" in title.lower()]
    assert awards == [("4 October 2003", "Panel delivers its award")]


def test_a_capital_named_after_its_state_s_possessive_and_a_comma_is_the_place() -> None:
    rows = _rows("Both envoys agreed to meet again in Borduria's capital, Zenda, on April 12.")
    assert [place for _, _, place in rows] == ["Zenda"]


def test_an_incident_of_a_season_and_submissions_filed_with_a_body_are_rows() -> None:
    rows = _rows("Through the late 1960s the coast guards tailed each other's trawlers, and a "
                 "boarding incident during the spring of 1972 almost ended in gunfire.")
    assert [(date, title) for date, title, _ in rows] == [("spring 1972", "Boarding incident")]
    rows = _rows("Each state filed its own submissions to a United Nations seabed panel "
                 "during the mid-2000s.")
    assert [date for date, _, _ in rows] == ["the mid-2000s"]
    assert "submissions" in rows[0][1]
    assert _rows("The incident was widely reported.") == []
