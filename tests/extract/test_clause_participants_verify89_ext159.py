"""verify89 F2 leftovers (ext159): who takes part is read from the clause that holds the
date, and the article's own news -- a joint statement told right after the lead -- is a row.
The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.pipeline.arguments.participants import _A_CLAUSE_BREAK

THURSDAY = dt.date(2025, 10, 9)  # (a Thursday; the Monday before is 6 October)

_STORY = (
    "Estonia, Latvia set ferry accord signing for March\n\n"
    "TALLINN, Oct 9 (Reuters) - Estonia and Latvia will sign their ferry accord in Riga on "
    "March 3, the two countries' foreign ministers said on Thursday, after a ceremony set "
    "for November was put off.\n\n"
    "Estonian Foreign Minister Kalle Tamm and his Latvian counterpart, Juris Ozols, announced "
    "the date in a joint statement issued in Tallinn and Riga.\n\n"
    "Negotiators finalised the text of the 9-article treaty on April 2, 2024, and the two "
    "premiers initialled it at the Royal Palace on June 5, 2024, in a ceremony "
    "hosted by Norwegian Prime Minister Erik Lunde.\n\n"
    "Prime Minister Mart Kask and Prime Minister Ilze Berzina met in Vilnius on September 22 "
    "and settled the last open questions of the route.\n\n"
    "Finnish Foreign Minister Aino Virtanen telephoned both ministers on Monday to suggest "
    "a new day, her ministry said.\n\n"
    "The accord will be reviewed by EU transport ministers at their meeting in Brussels on "
    "November 20, an EU official said.\n"
)


def _rows() -> list[tuple[tuple[int | None, ...], str, tuple[str, ...]]]:
    return [((c.date.year, c.date.month, c.date.day), c.title, c.participants)
            for c in extract_events(_STORY, THURSDAY).candidates]


def _on(day: tuple[int, int, int]) -> list[tuple[str, tuple[str, ...]]]:
    return [(title, people) for when, title, people in _rows() if when == day]


def test_both_ministers_are_the_foreign_ministers_not_a_prime_minister() -> None:
    (row,) = _on((2025, 10, 6))
    _title, people = row
    assert "Kalle Tamm" in people and "Juris Ozols" in people, row
    assert "Mart Kask" not in people and "Ilze Berzina" not in people, row


def test_a_bloc_s_ministers_meeting_is_the_bloc_s_not_the_story_s_pair() -> None:
    (row,) = _on((2025, 11, 20))
    title, people = row
    assert people == ("European Union",), row
    assert title == "Meeting of EU transport ministers in Brussels (scheduled)", row


def test_the_host_of_the_next_clause_is_not_in_the_earlier_act() -> None:
    (row,) = _on((2024, 4, 2))
    _title, people = row
    assert "Norway" not in people and "Erik Lunde" not in people, row
    assert set(people) == {"Estonia", "Latvia"}, row
    (initialled,) = _on((2024, 6, 5))
    assert "Erik Lunde" in initialled[1], initialled


def test_the_joint_statement_after_the_lead_is_the_day_s_row() -> None:
    (row,) = _on((2025, 10, 9))
    title, people = row
    assert set(people) >= {"Kalle Tamm", "Juris Ozols"}, row
    assert title.startswith("Kalle Tamm and Juris Ozols announce"), row
    assert "issued" not in title, row


def test_an_announcement_without_a_joint_statement_stays_undated() -> None:
    text = _STORY.replace(" in a joint statement issued in Tallinn and Riga", "")
    days = [(c.date.year, c.date.month, c.date.day)
            for c in extract_events(text, THURSDAY).candidates]
    assert (2025, 10, 9) not in days, days


def test_a_second_clause_with_its_own_subject_and_act_ends_the_first() -> None:
    assert _A_CLAUSE_BREAK.search(", and the two leaders signed it in a ceremony")
    assert not _A_CLAUSE_BREAK.search(" in talks hosted by Qatar")
    assert not _A_CLAUSE_BREAK.search(", and brokered by Qatar")


def test_a_later_clause_s_by_is_not_the_agent_of_an_earlier_noun() -> None:
    text = _STORY.replace("at the Royal Palace on June", "in Oslo on June")
    (row,) = [c for c in extract_events(text, THURSDAY).candidates
              if (c.date.year, c.date.month, c.date.day) == (2024, 4, 2)]
    assert "Erik Lunde" not in row.participants, row
    assert set(row.participants) == {"Estonia", "Latvia"}, row
    assert "initial" not in row.title, row.title
