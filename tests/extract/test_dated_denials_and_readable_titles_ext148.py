"""A denial said in a dated statement is an event, and titles a minister can read (session 62,
ext148; verify85 F2 and F7).  Sentences written for these tests, of the same shape as the
trial user's wire, with other names and places."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

_DAY = dt.date(2025, 6, 5)  # a Thursday


def _rows(text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(str(c.date), c.title, c.category, tuple(c.participants))
            for c in extract_events(text, dct=_DAY).candidates]


def test_a_denial_saying_in_a_statement_on_a_day_is_a_statement_row() -> None:
    text = ("Moldova's foreign ministry denied that it had accepted Romanian demands for a "
            "customs union along the river, saying in a statement on Tuesday that the "
            "\"border was never on the agenda in Iasi.\" Romanian officials declined to comment.")
    rows = [r for r in _rows(text) if "denies" in r[1]]
    assert len(rows) == 1, _rows(text)
    date, title, category, people = rows[0]
    assert date == "3 June 2025" and category == "statement", rows
    assert "denies accepting Romanian demands" in title and "Moldova" in people, rows


def test_a_denial_in_a_statement_on_a_day_is_dated_by_the_statement() -> None:
    text = "Moldova denied that it had closed the crossing in a statement on Wednesday."
    rows = _rows(text)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("4 June 2025", "Moldova denies closing the crossing", "statement")], rows


def test_guard_a_denial_with_no_date_of_its_own_still_gives_no_row() -> None:
    text = "Moldova's foreign ministry denied that it had accepted Romanian demands."
    assert not [r for r in _rows(text) if "denies" in r[1]], _rows(text)


_STORY = ("TBILISI, June 3 (Newsdesk) -- Armenia and Azerbaijan agreed on Tuesday to resume "
          "talks on the contested Lachin and Agdam checkpoints, Georgian mediators said.\n\n"
          "Georgian envoy Nino Beridze told journalists that teams led by Armenian Foreign "
          "Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov had talked "
          "for ten hours at a state residence.\n\n")


def test_a_clash_in_which_people_were_killed_is_titled_by_who_was_killed() -> None:
    text = _STORY + ("The talks follow a skirmish near Agdam on May 12 in which four soldiers "
                     "were killed, the most serious incident between the two neighbours since "
                     "the 2020 ceasefire agreement.\n")
    killed = [r for r in _rows(text) if r[0] == "12 May 2025"]
    assert len(killed) == 1 and killed[0][1] == "Four soldiers killed", _rows(text)


def test_an_agreement_of_the_pair_counted_names_the_pair() -> None:
    text = _STORY + ("The talks follow a skirmish near Agdam on May 12, the most serious "
                     "incident between the two neighbours since the 2020 agreement.\n\n"
                     "The 2020 agreement ended six weeks of fighting.\n")
    agreed = [r for r in _rows(text) if r[0] == "2020"]
    assert len(agreed) == 1 and set(agreed[0][3]) == {"Armenia", "Azerbaijan"}, _rows(text)


def test_shut_again_after_a_clause_is_titled_by_the_clause_s_subject() -> None:
    text = _STORY + ("The 2020 agreement ended six weeks of fighting, but the checkpoints "
                     "opened only for a short time before being shut again in 2021.\n")
    shut = [r for r in _rows(text) if r[0] == "2021"]
    assert len(shut) == 1 and shut[0][1].startswith("Checkpoints shut"), _rows(text)


def test_a_visit_to_meet_both_leaders_lists_no_ministers() -> None:
    text = _STORY + ("Beridze said Georgian Prime Minister Irakli Kobakhidze would travel to "
                     "Yerevan and Baku later this month to meet both leaders.\n")
    visits = [r for r in _rows(text) if r[2] == "visit"]
    assert len(visits) == 1, _rows(text)
    people = set(visits[0][3])
    assert "Irakli Kobakhidze" in people and {"Armenia", "Azerbaijan"} <= people, visits
    assert not people & {"Ararat Mirzoyan", "Jeyhun Bayramov"}, visits


def test_a_journey_to_two_capitals_names_both_in_its_title() -> None:
    text = _STORY + ("Beridze said Georgian Prime Minister Irakli Kobakhidze would travel to "
                     "Yerevan and Baku later this month.\n")
    visits = [r for r in _rows(text) if r[2] == "visit"]
    assert len(visits) == 1 and "visits Yerevan and Baku" in visits[0][1], _rows(text)
